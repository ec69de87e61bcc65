#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace Stratus {

class DeployModel;
struct DeployEvent;

// Deploying the project to remote clusters: the targets with their reachability and what each
// node runs; Deploy with a message and every node's progress live; the release history with
// the diff from a release to the project as it is now; Rollback to a kept release. A view over
// DeployModel, which does the work off the GUI thread.
class DeployPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DeployPanel(DeployModel *model, QWidget *parent = nullptr);

    QComboBox *targetCombo() const { return m_target; }
    QLabel *reachLabel() const { return m_reach; }
    QTableWidget *nodesTable() const { return m_nodes; }
    QLineEdit *messageEdit() const { return m_message; }
    QPushButton *deployButton() const { return m_deploy; }
    QPlainTextEdit *progressLog() const { return m_progress; }
    QLabel *resultLabel() const { return m_result; }
    QTableWidget *releasesTable() const { return m_releases; }
    QPushButton *diffButton() const { return m_diffButton; }
    QPushButton *rollbackButton() const { return m_rollback; }
    QPlainTextEdit *diffView() const { return m_diff; }
    QPushButton *refreshButton() const { return m_refresh; }
    QString currentTarget() const;
    bool selectRelease(const QString &release);

private:
    void fillTargets();
    void showState();
    void onProgress(const QString &target, const DeployEvent &event);
    void onFinished(const QString &target, bool ok, const QString &message);
    void addTarget();
    void editTarget();
    void removeTarget();
    void deploy();
    void rollback();
    void showDiff();
    void updateButtons();
    QString selectedRelease() const;
    void showResult(bool ok, const QString &text);

    QPointer<DeployModel> m_model;
    QComboBox *m_target;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_refresh;
    QLabel *m_reach;
    QTableWidget *m_nodes;
    QLineEdit *m_message;
    QPushButton *m_deploy;
    QPlainTextEdit *m_progress;
    QLabel *m_result;
    QTableWidget *m_releases;
    QPushButton *m_diffButton;
    QPushButton *m_rollback;
    QPlainTextEdit *m_diff;
    QTimer *m_poll;
};

} // namespace Stratus
