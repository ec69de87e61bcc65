#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QTreeView;

namespace Stratus {

class ProjectModel;

// The project's files with their git status.
class ProjectPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectPanel(ProjectModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QString headerText() const;

private:
    void updateHeader();

    QPointer<ProjectModel> m_model;
    QLabel *m_header;
    QTreeView *m_view;
};

} // namespace Stratus
