#pragma once

#include "supervisor.h"
#include "workbenchsettings.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <functional>

class QDockWidget;
class QMenu;

namespace Stratus {

class BrokerMonitor;
class ClusterPanel;
class DebuggerPanel;
class DeployModel;
class DeployPanel;
class EditorPanel;
class FlowEditorPanel;
class FunctionsPanel;
class StressPanel;
class InvocationModel;
class InvocationsPanel;
class LogModel;
class LogsPanel;
class NewFunctionDialog;
class ProcessTableModel;
class ProjectModel;
class ProjectPanel;
class RecordFeed;
class RegistryModel;

// Wires the models and panels together and hosts them in docks; the menus open projects and
// dialogs. It holds no logic of its own beyond the order of operations: a project switch or
// close waits for the running cluster to stop.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Options
    {
        QString templateDir; // what File > New copies
        Supervisor::Options supervisor;
    };

    MainWindow(const WorkbenchSettings &settings, Options options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Fails (with a message box unless quiet) when DIR has no stratus.json.
    Status openProject(const QString &dir);
    void closeProject();
    QString projectDir() const { return m_projectDir; }

    Supervisor *supervisor() const { return m_supervisor; }
    ProcessTableModel *processModel() const { return m_processes; }
    LogModel *logModel() const { return m_logs; }
    InvocationModel *invocationModel() const { return m_invocations; }
    RecordFeed *recordFeed() const { return m_feed; }
    ClusterPanel *clusterPanel() const { return m_clusterPanel; }
    LogsPanel *logsPanel() const { return m_logsPanel; }
    InvocationsPanel *invocationsPanel() const { return m_invocationsPanel; }
    ProjectPanel *projectPanel() const { return m_projectPanel; }
    ProjectModel *projectModel() const { return m_project; }
    RegistryModel *registryModel() const { return m_registry; }
    EditorPanel *editorPanel() const { return m_editorPanel; }
    FunctionsPanel *functionsPanel() const { return m_functionsPanel; }
    StressPanel *stressPanel() const { return m_stressPanel; }
    DebuggerPanel *debuggerPanel() const { return m_debuggerPanel; }
    DeployModel *deployModel() const { return m_deployModel; }
    DeployPanel *deployPanel() const { return m_deployPanel; }
    FlowEditorPanel *flowEditorPanel() const { return m_flowPanel; }
    // Opens a *.flow.json in the Flows panel (asks before dropping unsaved changes).
    void openFlow(const QString &path);
    // Opens the source file of a function of the manifest or the registry in the editor.
    void openFunctionSource(const QString &function);
    // Opens File > New Function (window-modal, not blocking); nullptr without a project.
    NewFunctionDialog *showNewFunction();
    void openSource(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QDockWidget *addPanel(QWidget *panel, const QString &objectName, const QString &title,
                          Qt::DockWidgetArea area);
    void createMenus();
    void fillRecentMenu();
    void newProject();
    void openProjectDialog();
    void showSettings();
    void showAbout();
    void updateTitle();
    void reloadManifest();
    Result<Manifest> currentManifest() const;
    // Runs action at once when the cluster is idle, else once it has stopped.
    void whenClusterStopped(std::function<void()> action);

    WorkbenchSettings m_settings;
    Options m_options;
    QString m_projectDir;
    std::function<void()> m_afterStop;
    bool m_closing = false;
    bool m_layoutRestored = false;

    Supervisor *m_supervisor;
    ProcessTableModel *m_processes;
    LogModel *m_logs;
    InvocationModel *m_invocations;
    RecordFeed *m_feed;
    BrokerMonitor *m_monitor;
    ProjectModel *m_project;

    ClusterPanel *m_clusterPanel;
    LogsPanel *m_logsPanel;
    InvocationsPanel *m_invocationsPanel;
    ProjectPanel *m_projectPanel;
    RegistryModel *m_registry;
    EditorPanel *m_editorPanel;
    FunctionsPanel *m_functionsPanel;
    StressPanel *m_stressPanel = nullptr;
    DebuggerPanel *m_debuggerPanel = nullptr;
    DeployModel *m_deployModel = nullptr;
    DeployPanel *m_deployPanel = nullptr;
    FlowEditorPanel *m_flowPanel = nullptr;
    QDockWidget *m_flowDock = nullptr;
    QDockWidget *m_editorDock = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QFutureWatcher<Status> m_newProject;
};

} // namespace Stratus
