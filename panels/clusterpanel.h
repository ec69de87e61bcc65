#pragma once

#include "brokermonitor.h"
#include "manifest.h"
#include "result.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QSpinBox;
class QTableView;
class QToolBar;

namespace Stratus {

class ProcessTableModel;
class Supervisor;

// Start, stop and restart the local cluster, watch its processes and act on one of them,
// and see what the broker reports. Everything it does is asynchronous.
class ClusterPanel : public QWidget
{
    Q_OBJECT
public:
    // Called at every Start, so edits to stratus.json and the settings apply.
    using ManifestProvider = std::function<Result<Manifest>()>;

    ClusterPanel(Supervisor *supervisor, ProcessTableModel *processes, BrokerMonitor *monitor,
                 ManifestProvider manifest, QWidget *parent = nullptr);

    QAction *startAction() const { return m_start; }
    QAction *stopAction() const { return m_stop; }
    QAction *restartAction() const { return m_restart; }
    QAction *restartProcessAction() const { return m_restartProcess; }
    QAction *killProcessAction() const { return m_kill; }
    QAction *scaleAction() const { return m_scale; }
    QToolBar *toolBar() const { return m_toolBar; }
    QTableView *processView() const { return m_view; }
    QSpinBox *replicasBox() const { return m_replicas; }
    QString statusText() const;
    QString brokerText() const;

    void selectProcess(const QString &id);
    QString selectedProcessId() const;

private:
    void start();
    void stop();
    void restart();
    void scaleSelected();
    void updateActions();
    void updateStatus();
    void showBroker(const BrokerFigures &figures);
    void showMessage(const QString &message, bool isError);

    QPointer<Supervisor> m_supervisor;
    QPointer<ProcessTableModel> m_processes;
    ManifestProvider m_manifest;
    bool m_restartPending = false;

    QToolBar *m_toolBar;
    QAction *m_start;
    QAction *m_stop;
    QAction *m_restart;
    QAction *m_restartProcess;
    QAction *m_kill;
    QAction *m_scale;
    QSpinBox *m_replicas;
    QLabel *m_status;
    QLabel *m_message;
    QTableView *m_view;
    QLabel *m_broker;
};

} // namespace Stratus
