#pragma once

#include <QFutureWatcher>
#include <QModelIndexList>
#include <QPointer>
#include <QWidget>

class QAction;
class QLineEdit;
class QTableView;

namespace Stratus {

class KeyFilterCombo;
class LogModel;
class TableFilterModel;

// Every process's output, live: filter by process and level, search, copy, save.
class LogsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LogsPanel(LogModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    KeyFilterCombo *processFilter() const { return m_process; }
    KeyFilterCombo *levelFilter() const { return m_level; }
    QLineEdit *searchField() const { return m_search; }
    int visibleLineCount() const;
    // The visible lines (filtered), as Save writes them.
    QStringList visibleLines() const;
    void copySelection() const;
    // Writes the visible lines on a worker thread; saved() follows.
    void saveTo(const QString &path);

signals:
    void saved(const QString &path, const QString &error);

private:
    void saveAs();
    QStringList lines(const QModelIndexList &rows) const;

    QPointer<LogModel> m_model;
    TableFilterModel *m_filter;
    KeyFilterCombo *m_process;
    KeyFilterCombo *m_level;
    QLineEdit *m_search;
    QAction *m_follow;
    QTableView *m_view;
    QFutureWatcher<QString> m_save;
};

} // namespace Stratus
