#include "mainwindow.h"

#include "brokermonitor.h"
#include "clusterpanel.h"
#include "debuggerpanel.h"
#include "deploymodel.h"
#include "deploypanel.h"
#include "editorpanel.h"
#include "flowdocument.h"
#include "floweditorpanel.h"
#include "functionrestarter.h"
#include "functionspanel.h"
#include "invocationmodel.h"
#include "invocationspanel.h"
#include "logmodel.h"
#include "logspanel.h"
#include "manifesteditor.h"
#include "newfunctiondialog.h"
#include "processtablemodel.h"
#include "projectmodel.h"
#include "projectpanel.h"
#include "projecttemplate.h"
#include "recordfeed.h"
#include "registrymodel.h"
#include "settingsdialog.h"
#include "stresspanel.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLayout>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QPromise>
#include <QScreen>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QTreeView>

namespace Stratus {

Q_LOGGING_CATEGORY(lcWorkbench, "stratus.app.workbench", QtWarningMsg)

MainWindow::MainWindow(const WorkbenchSettings &settings, Options options, QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_options(std::move(options)),
      m_supervisor(new Supervisor(m_options.supervisor, this)),
      m_processes(new ProcessTableModel(m_supervisor, this)), m_logs(new LogModel(this)),
      m_invocations(new InvocationModel(this)), m_feed(new RecordFeed(this)),
      m_monitor(new BrokerMonitor(this)), m_project(new ProjectModel(this)),
      m_clusterPanel(
          new ClusterPanel(m_supervisor, m_processes, m_monitor, [this] { return currentManifest(); })),
      m_logsPanel(new LogsPanel(m_logs)), m_invocationsPanel(new InvocationsPanel(m_invocations, m_feed)),
      m_projectPanel(new ProjectPanel(m_project)), m_registry(new RegistryModel(this)),
      m_editorPanel(new EditorPanel),
      m_functionsPanel(new FunctionsPanel(
          m_registry,
          [this] {
              return m_supervisor->state() == Supervisor::State::Running ? m_supervisor->brokerUrl()
                                                                         : QString();
          },
          [this] { return m_projectDir; }))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/stratus.svg")));
    setDockNestingEnabled(true);
    // Every panel is a dock the user can move; a hidden central widget lets them fill the window.
    auto *central = new QWidget(this);
    central->hide();
    setCentralWidget(central);

    QDockWidget *project =
        addPanel(m_projectPanel, QStringLiteral("projectDock"), tr("Project"), Qt::LeftDockWidgetArea);
    QDockWidget *cluster =
        addPanel(m_clusterPanel, QStringLiteral("clusterDock"), tr("Cluster"), Qt::RightDockWidgetArea);
    QDockWidget *invocations = addPanel(m_invocationsPanel, QStringLiteral("invocationsDock"),
                                        tr("Invocations"), Qt::RightDockWidgetArea);
    QDockWidget *logs =
        addPanel(m_logsPanel, QStringLiteral("logsDock"), tr("Logs"), Qt::RightDockWidgetArea);
    QDockWidget *functions =
        addPanel(m_functionsPanel, QStringLiteral("functionsDock"), tr("Functions"), Qt::RightDockWidgetArea);
    m_editorDock =
        addPanel(m_editorPanel, QStringLiteral("editorDock"), tr("Editor"), Qt::RightDockWidgetArea);
    m_deployModel = new DeployModel(this);
    m_deployPanel = new DeployPanel(m_deployModel);
    QDockWidget *deploy =
        addPanel(m_deployPanel, QStringLiteral("deployDock"), tr("Deploy"), Qt::RightDockWidgetArea);
    // Stress tests, started from the Functions panel or here; beside the logs.
    m_stressPanel = new StressPanel(
        [this] {
            return m_supervisor->state() == Supervisor::State::Running ? m_supervisor->brokerUrl()
                                                                       : QString();
        },
        [this] { return m_projectDir; });
    QDockWidget *stress =
        addPanel(m_stressPanel, QStringLiteral("stressDock"), tr("Stress"), Qt::RightDockWidgetArea);
    // The visual flow editor (docs/floweditor.md); its title carries the file and a '*' while unsaved.
    m_flowPanel = new FlowEditorPanel(m_registry);
    m_flowDock = addPanel(m_flowPanel, QStringLiteral("flowsDock"), tr("Flows"), Qt::RightDockWidgetArea);
    connect(m_flowPanel, &FlowEditorPanel::titleChanged, this,
            [this](const QString &title) { m_flowDock->setWindowTitle(tr("Flows — %1").arg(title)); });
    m_flowDock->setWindowTitle(tr("Flows — %1").arg(m_flowPanel->titleText()));
    connect(m_flowPanel, &FlowEditorPanel::openSourceRequested, this, &MainWindow::openFunctionSource);
    // The function debugger (docs/debugger.md): recorded events, replay; beside the invocations.
    m_debuggerPanel = new DebuggerPanel(
        [this] {
            return m_supervisor->state() == Supervisor::State::Running ? m_supervisor->brokerUrl()
                                                                       : QString();
        },
        [this] { return m_projectDir; });
    QDockWidget *debugger =
        addPanel(m_debuggerPanel, QStringLiteral("debuggerDock"), tr("Debugger"), Qt::RightDockWidgetArea);
    connect(m_supervisor, &Supervisor::started, m_debuggerPanel, &DebuggerPanel::refresh);
    // An invocation's record in the Debugger: double-click, or "Open in Debugger" in its menu.
    auto *openInDebugger = new QAction(tr("Open in Debugger"), m_invocationsPanel->view());
    m_invocationsPanel->view()->addAction(openInDebugger);
    m_invocationsPanel->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    const auto showInDebugger = [this, debugger] {
        const QModelIndex index = m_invocationsPanel->view()->currentIndex();
        if (!index.isValid())
            return;
        debugger->show();
        debugger->raise();
        m_debuggerPanel->openEvent(index.siblingAtColumn(InvocationModel::RequestColumn).data().toString());
    };
    connect(openInDebugger, &QAction::triggered, this, showInDebugger);
    connect(m_invocationsPanel->view(), &QAbstractItemView::doubleClicked, this, showInDebugger);
    connect(m_functionsPanel, &FunctionsPanel::stressTestRequested, this,
            [this, stress](const QString &target) {
                stress->show();
                stress->raise();
                m_stressPanel->startDefault(target);
            });
    splitDockWidget(cluster, invocations, Qt::Vertical);
    splitDockWidget(invocations, logs, Qt::Horizontal);
    // The editor and the functions share the places of the cluster and the invocations: tabs.
    tabifyDockWidget(cluster, m_editorDock);
    tabifyDockWidget(cluster, m_flowDock);
    tabifyDockWidget(invocations, functions);
    tabifyDockWidget(invocations, debugger);
    tabifyDockWidget(logs, stress);
    tabifyDockWidget(logs, deploy);
    logs->raise();
    cluster->raise();
    invocations->raise();
    // Splitting and tabifying activate the layout on the way, once with every right-hand dock
    // still stacked in one column: that minimum (over 1100 px high) would stay the window's and
    // grow it past the screen. The final arrangement's minimum replaces it before any sizing.
    layout()->invalidate();
    layout()->activate();
    // Dock sizes only take once the window has its own size: after the constructor returns.
    QTimer::singleShot(0, this, [this, project, cluster, invocations, logs] {
        if (m_layoutRestored)
            return;
        resizeDocks({project}, {280}, Qt::Horizontal);
        resizeDocks({invocations}, {(width() - 280) * 2 / 5}, Qt::Horizontal);
        resizeDocks({cluster}, {height() * 2 / 5}, Qt::Vertical);
    });

    // The feed and the broker figures follow the cluster.
    connect(m_supervisor, &Supervisor::logLine, m_logs, &LogModel::append);
    connect(m_feed, &RecordFeed::recordsReceived, m_invocations, &InvocationModel::append);
    connect(m_supervisor, &Supervisor::started, this, [this] {
        m_feed->start(m_supervisor->brokerUrl());
        m_registry->setBrokerUrl(m_supervisor->brokerUrl());
        m_monitor->setMonitorUrl(m_supervisor->monitorUrl());
        m_flowPanel->setNatsUrl(m_supervisor->brokerUrl());
    });
    connect(m_supervisor, &Supervisor::stateChanged, this, [this](Supervisor::State state) {
        if (state == Supervisor::State::Stopped || state == Supervisor::State::Failed) {
            m_feed->stop();
            m_monitor->setMonitorUrl({});
            m_registry->setBrokerUrl({});
            m_flowPanel->setNatsUrl({});
        }
        statusBar()->showMessage(m_clusterPanel->statusText());
    });
    connect(m_supervisor, &Supervisor::stopped, this, [this] {
        if (auto action = std::exchange(m_afterStop, nullptr))
            action();
    });
    connect(m_supervisor, &Supervisor::failed, this, [this] {
        if (m_supervisor->state() != Supervisor::State::Stopping)
            if (auto action = std::exchange(m_afterStop, nullptr))
                action();
    });
    connect(&m_newProject, &QFutureWatcher<Status>::finished, this, [this] {
        const QString dir = m_newProject.property("dir").toString();
        const Status created =
            m_newProject.future().resultCount() ? m_newProject.result() : Status(makeError(tr("cancelled")));
        if (!created) {
            QMessageBox::warning(this, tr("New project"), created.errorMessage());
            return;
        }
        (void)openProject(dir);
    });
    m_project->setAutoRefreshInterval(5000);

    // Editing: a file from the project tree or a function's source; saving refreshes git status.
    connect(m_projectPanel->view(), &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) {
                if (index.data(ProjectModel::IsDirRole).toBool())
                    return;
                const QString path = index.data(ProjectModel::PathRole).toString();
                if (path.endsWith(QLatin1String(Flow::FileSuffix)))
                    openFlow(path);
                else
                    openSource(path);
            });
    connect(m_functionsPanel, &FunctionsPanel::openSourceRequested, this, &MainWindow::openSource);
    connect(m_editorPanel, &EditorPanel::saved, this, [this](const QString &path) {
        m_project->refresh();
        if (QFileInfo(path).fileName() == QLatin1String(Manifest::FileName))
            reloadManifest();
    });
    connect(m_editorPanel, &EditorPanel::restartRequested, this, [this](const QString &path) {
        const QStringList restarted = FunctionRestarter::restartFunctionsUsing(*m_supervisor, path);
        statusBar()->showMessage(
            restarted.isEmpty() ? tr("Saved; no running invoker runs %1.").arg(QFileInfo(path).fileName())
                                : tr("Restarting %1.").arg(restarted.join(QLatin1String(", "))));
    });

    createMenus();
    if (!restoreGeometry(WorkbenchSettings::windowGeometry())) {
        // First run: a comfortable size, but no more than most of the screen, centred on it.
        const QRect available = screen()->availableGeometry();
        const QSize size = QSize(1280, 820).boundedTo(available.size() * 0.9);
        setGeometry(QStyle::alignedRect(layoutDirection(), Qt::AlignCenter, size, available));
    }
    m_layoutRestored = restoreState(WorkbenchSettings::windowState());
    updateTitle();
}

MainWindow::~MainWindow() = default;

QDockWidget *MainWindow::addPanel(QWidget *panel, const QString &objectName, const QString &title,
                                  Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName); // saveState() finds docks by name
    dock->setWidget(panel);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Project…"), QKeySequence::New, this, &MainWindow::newProject);
    file->addAction(tr("&Open Project…"), QKeySequence::Open, this, &MainWindow::openProjectDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    file->addAction(tr("&Close Project"), this, &MainWindow::closeProject);
    file->addSeparator();
    file->addAction(tr("New &Function…"), this, [this] { showNewFunction(); });
    file->addAction(tr("New F&low"), this, [this] {
        m_flowDock->show();
        m_flowDock->raise();
        m_flowPanel->newAction()->trigger();
    });
    file->addSeparator();
    file->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::showSettings);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *clusterMenu = menuBar()->addMenu(tr("&Cluster"));
    clusterMenu->addActions(
        {m_clusterPanel->startAction(), m_clusterPanel->stopAction(), m_clusterPanel->restartAction()});

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Stratus Workbench"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = WorkbenchSettings::recentProjects();
    for (const QString &dir : recent)
        m_recentMenu->addAction(dir, this, [this, dir] { (void)openProject(dir); });
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear list"), this, [] { WorkbenchSettings::clearRecentProjects(); });
}

Result<Manifest> MainWindow::currentManifest() const
{
    if (m_projectDir.isEmpty())
        return makeError(tr("No project is open."));
    auto manifest = Manifest::load(m_projectDir);
    if (!manifest)
        return manifest;
    // Ports from the settings override the project's, so two projects can run side by side.
    if (m_settings.clientPort > 0)
        manifest->broker.port = m_settings.clientPort;
    if (m_settings.monitorPort > 0)
        manifest->broker.monitorPort = m_settings.monitorPort;
    return manifest;
}

void MainWindow::whenClusterStopped(std::function<void()> action)
{
    const Supervisor::State state = m_supervisor->state();
    if (state == Supervisor::State::Stopped || state == Supervisor::State::Failed) {
        action();
        return;
    }
    m_afterStop = std::move(action);
    m_supervisor->stop();
}

Status MainWindow::openProject(const QString &dir)
{
    const QString path = QFileInfo(dir).absoluteFilePath();
    if (!QFileInfo::exists(QDir(path).filePath(QLatin1String(Manifest::FileName)))) {
        const Status error =
            makeError(tr("%1 is not a Stratus project: it has no %2.")
                          .arg(QDir::toNativeSeparators(path), QLatin1String(Manifest::FileName)));
        statusBar()->showMessage(error.errorMessage());
        return error;
    }
    whenClusterStopped([this, path] {
        m_projectDir = path;
        m_project->setRootPath(path);
        m_stressPanel->reloadTargets();
        m_debuggerPanel->refresh();
        m_deployModel->setProject(path);
        m_flowPanel->setProjectDir(path);
        m_logs->clear();
        m_invocations->clear();
        m_editorPanel->closeAll();
        reloadManifest();
        WorkbenchSettings::addRecentProject(path);
        updateTitle();
        qCInfo(lcWorkbench) << "opened" << path;
    });
    return Ok{};
}

void MainWindow::closeProject()
{
    whenClusterStopped([this] {
        m_projectDir.clear();
        m_project->setRootPath({});
        m_deployModel->setProject({});
        m_flowPanel->setProjectDir({});
        m_editorPanel->closeAll();
        m_registry->setManifest({});
        updateTitle();
    });
}

void MainWindow::openProjectDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Project"), m_projectDir);
    if (dir.isEmpty())
        return;
    if (Status opened = openProject(dir); !opened)
        QMessageBox::warning(this, tr("Open Project"), opened.errorMessage());
}

void MainWindow::newProject()
{
    const QString parentDir = QFileDialog::getExistingDirectory(
        this, tr("New Project: choose where to create it"), QDir::homePath());
    if (parentDir.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Project"), tr("Project name:"),
                                               QLineEdit::Normal, QStringLiteral("my-functions"), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    const QString dir = QDir(parentDir).filePath(name);
    auto promise = std::make_shared<QPromise<Status>>();
    m_newProject.setProperty("dir", dir);
    m_newProject.setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, templateDir = m_options.templateDir, dir] {
        promise->start();
        promise->addResult(ProjectTemplate::create(templateDir, dir));
        promise->finish();
    });
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const WorkbenchSettings changed = dialog.settings();
    if (changed.theme != m_settings.theme)
        applyTheme(changed.theme);
    m_settings = changed;
    m_settings.save();
}

void MainWindow::showAbout()
{
    QMessageBox about(this);
    about.setWindowTitle(tr("About Stratus Workbench"));
    about.setIconPixmap(QIcon(QStringLiteral(":/icons/stratus.svg")).pixmap(64, 64));
    about.setTextFormat(Qt::RichText);
    about.setText(tr("<h3>Stratus Workbench %1</h3>"
                     "<p>Build, run and debug serverless functions on NATS: a local cluster with one click, "
                     "live logs and invocation records.</p>"
                     "<p>Built with Qt %2, nats.c and libgit2.</p>")
                      .arg(QApplication::applicationVersion(), QLatin1String(qVersion())));
    about.exec();
}

void MainWindow::reloadManifest()
{
    // The registry panel's fallback list; a broken manifest keeps the last good one shown.
    if (auto manifest = Manifest::load(m_projectDir))
        m_registry->setManifest(*manifest);
    else
        statusBar()->showMessage(manifest.errorMessage());
}

void MainWindow::openSource(const QString &path)
{
    if (m_editorPanel->openFile(path)) {
        m_editorDock->show();
        m_editorDock->raise();
    }
}

void MainWindow::openFlow(const QString &path)
{
    m_flowDock->show();
    m_flowDock->raise();
    if (QFileInfo(path) == QFileInfo(m_flowPanel->document()->filePath()) &&
        m_flowPanel->document()->isModified())
        return; // already open, with edits: keep them
    if (!m_flowPanel->confirmDiscard())
        return;
    if (Status opened = m_flowPanel->openFile(path); !opened)
        statusBar()->showMessage(opened.errorMessage());
}

void MainWindow::openFunctionSource(const QString &function)
{
    const int row = m_registry->rowOf(RegistryEntry::Kind::Function, function);
    const QString path =
        row < 0 ? QString() : ManifestEditor::sourceFileOf(m_registry->entry(row).data, m_projectDir);
    if (path.isEmpty()) {
        statusBar()->showMessage(tr("No source file is known for the function '%1': is it in %2?")
                                     .arg(function, QLatin1String(Manifest::FileName)));
        return;
    }
    openSource(path);
}

NewFunctionDialog *MainWindow::showNewFunction()
{
    if (m_projectDir.isEmpty()) {
        statusBar()->showMessage(tr("Open a project first."));
        return nullptr;
    }
    auto *dialog = new NewFunctionDialog(m_projectDir, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewFunctionDialog::created, this, [this](const QString &path) {
        m_project->refresh();
        reloadManifest();
        openSource(path);
        statusBar()->showMessage(
            tr("Created %1 and added it to %2.")
                .arg(QDir(m_projectDir).relativeFilePath(path), QLatin1String(Manifest::FileName)));
    });
    dialog->open();
    return dialog;
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_projectDir.isEmpty() ? tr("Stratus Workbench")
                                          : tr("%1 — Stratus Workbench").arg(QDir(m_projectDir).dirName()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    WorkbenchSettings::saveWindow(saveGeometry(), saveState());
    const Supervisor::State state = m_supervisor->state();
    if (state == Supervisor::State::Stopped || state == Supervisor::State::Failed) {
        event->accept();
        return;
    }
    // Stop the cluster without freezing the window, then close for real.
    event->ignore();
    if (!m_closing) {
        m_closing = true;
        statusBar()->showMessage(tr("Stopping the cluster before closing…"));
        whenClusterStopped([this] { close(); });
    }
}

} // namespace Stratus
