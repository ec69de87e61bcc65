// The workbench window, offscreen, against a real cluster: a copy of the bundled example
// project is opened, started from the Cluster panel, invoked, and its processes killed and
// stopped from the panel. Each step checks what the user would see in the panels.

#include "clusterpanel.h"
#include "invocationmodel.h"
#include "invocationspanel.h"
#include "keyfiltercombo.h"
#include "logmodel.h"
#include "logspanel.h"
#include "mainwindow.h"
#include "managedprocess.h"
#include "natsclient.h"
#include "processtablemodel.h"
#include "projectmodel.h"
#include "projectpanel.h"
#include "projecttemplate.h"
#include "recordfeed.h"
#include "screenshot.h"
#include "settingsdialog.h"
#include "supervisor.h"
#include "testbroker.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QMutex>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QToolBar>
#include <QTreeView>

#include <memory>

using namespace Stratus;
using namespace Stratus::Test;

class tst_Workbench : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void projectTreeShowsGitStatus();
    void startShowsEveryProcessReady();
    void brokerFiguresAppear();
    void statusLineShowsPlacement();
    void invocationAppearsInPanel();
    void logsAreFilterable();
    void screenshots();
    void killedInvokerRestarts();
    void stopLeavesNoProcess();
    void layoutPersists();
    void settingsDialogRoundTrip();

private:
    void clickAction(QToolBar *bar, QAction *action);
    bool everyProcessReady() const;
    QString describeCluster() const; // for failure messages: what the table and the panel show
    QList<qint64> clusterPids() const;

    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<MainWindow> m_window;
    int m_expectedProcesses = 0;
};

void tst_Workbench::initTestCase()
{
    // QSettings and the window's saved layout go to a test location, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StratusTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_workbench"));
    QSettings().clear(); // a layout saved by an earlier run would change what the screenshots show
    QVERIFY2(!binDir().isEmpty(), "STRATUS_BIN_DIR is not set (run through ctest)");
    const QString example = QDir(sourceDir()).filePath(QStringLiteral("resources/examples/basic"));
    QVERIFY2(QFileInfo::exists(example + QStringLiteral("/stratus.json")), qPrintable(example));
    // A copy: the cluster writes .stratus/ into the project, which must not be the source tree.
    m_project = m_dir.filePath(QStringLiteral("example"));
    const Status created = ProjectTemplate::create(example, m_project);
    QVERIFY2(created, qPrintable(created.errorMessage()));
    auto manifest = Manifest::load(m_project);
    QVERIFY2(manifest, qPrintable(manifest.errorMessage()));
    QCOMPARE(manifest->name, QStringLiteral("example")); // renamed after its folder
    m_expectedProcesses = 3;                             // the broker, the registry and the datastore
    for (const FunctionSpec &f : manifest->functions)
        m_expectedProcesses += f.replicas;
    for (const FlowSpec &f : manifest->flows)
        m_expectedProcesses += f.replicas; // flow invokers
    if (manifest->gateway.enabled)
        ++m_expectedProcesses; // the HTTP gateway

    MainWindow::Options options;
    options.templateDir = example;
    options.supervisor.binDir = binDir();
    m_window = std::make_unique<MainWindow>(WorkbenchSettings{}, options);
    m_window->resize(1500, 950);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const Status opened = m_window->openProject(m_project);
    QVERIFY2(opened, qPrintable(opened.errorMessage()));
    QCOMPARE(m_window->projectDir(), m_project);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("example")));
}

void tst_Workbench::cleanupTestCase()
{
    if (m_window && m_window->supervisor()->state() != Supervisor::State::Stopped) {
        m_window->supervisor()->stop();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->supervisor()->state() == Supervisor::State::Stopped, 20000);
    }
    m_window.reset();
}

void tst_Workbench::clickAction(QToolBar *bar, QAction *action)
{
    QWidget *button = bar->widgetForAction(action);
    QVERIFY(button);
    QVERIFY2(action->isEnabled(), qPrintable(action->text()));
    QTest::mouseClick(button, Qt::LeftButton);
}

bool tst_Workbench::everyProcessReady() const
{
    const QAbstractItemModel *model = m_window->clusterPanel()->processView()->model();
    if (model->rowCount() != m_expectedProcesses)
        return false;
    for (int row = 0; row < model->rowCount(); ++row) {
        // What the user reads: the State column says Ready and a PID is shown.
        if (model->index(row, ProcessTableModel::StateColumn).data().toString() != QLatin1String("Ready") ||
            model->index(row, ProcessTableModel::PidColumn).data().toLongLong() <= 0)
            return false;
    }
    return true;
}

QString tst_Workbench::describeCluster() const
{
    QString text = m_window->clusterPanel()->statusText() + QLatin1Char('\n');
    const QAbstractItemModel *model = m_window->clusterPanel()->processView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells << model->index(row, column).data().toString();
        text += cells.join(QLatin1String(" | ")) + QLatin1Char('\n');
    }
    const LogModel *logs = m_window->logModel();
    for (int row = std::max(0, logs->rowCount() - 15); row < logs->rowCount(); ++row)
        text += logs->formatLine(row) + QLatin1Char('\n');
    return text;
}

QList<qint64> tst_Workbench::clusterPids() const
{
    QList<qint64> pids;
    const QAbstractItemModel *model = m_window->processModel();
    for (int row = 0; row < model->rowCount(); ++row)
        pids
            << model->index(row, ProcessTableModel::PidColumn).data(ProcessTableModel::SortRole).toLongLong();
    return pids;
}

void tst_Workbench::projectTreeShowsGitStatus()
{
    // The copy was `git init`ed and has no commit: every file is new, .stratus/ will be ignored.
    const QTreeView *tree = m_window->projectPanel()->view();
    QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount() > 0, 10000);
    const auto *project = qobject_cast<const ProjectModel *>(
        qobject_cast<const QAbstractProxyModel *>(tree->model())->sourceModel());
    QVERIFY(project);
    const QModelIndex manifest = project->indexOf(QStringLiteral("stratus.json"));
    QVERIFY(manifest.isValid());
    QCOMPARE(manifest.data(ProjectModel::StatusKeyRole).toString(), QStringLiteral("new"));
    QVERIFY(project->indexOf(QStringLiteral("functions/echo.py")).isValid());
    QVERIFY2(m_window->projectPanel()->headerText().contains(QStringLiteral("git")),
             qPrintable(m_window->projectPanel()->headerText()));
}

void tst_Workbench::startShowsEveryProcessReady()
{
    ClusterPanel *panel = m_window->clusterPanel();
    clickAction(panel->toolBar(), panel->startAction());
    QTRY_VERIFY2_WITH_TIMEOUT(everyProcessReady(), qPrintable(describeCluster()), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->supervisor()->state(), Supervisor::State::Running, 10000);
    QVERIFY(panel->statusText().contains(QStringLiteral("Running")));
    QVERIFY(!panel->startAction()->isEnabled());
    QVERIFY(panel->stopAction()->isEnabled());
    // The figures of /proc arrive within a sampling interval or two.
    const QAbstractItemModel *model = panel->processView()->model();
    QTRY_VERIFY_WITH_TIMEOUT(!model->index(0, ProcessTableModel::MemoryColumn).data().toString().isEmpty(),
                             5000);
    QTRY_VERIFY_WITH_TIMEOUT(!model->index(0, ProcessTableModel::CpuColumn).data().toString().isEmpty(),
                             5000);
    QVERIFY(!model->index(0, ProcessTableModel::UptimeColumn).data().toString().isEmpty());
}

void tst_Workbench::brokerFiguresAppear()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_window->clusterPanel()->brokerText().contains(QStringLiteral("Connections:")),
                             10000);
    QVERIFY2(m_window->clusterPanel()->brokerText().contains(QStringLiteral("JetStream:")),
             qPrintable(m_window->clusterPanel()->brokerText()));
}

// Once the idle cluster is packed onto one CPU, the status line says so. Whether it packs
// depends on the machine's load beside it (a build on every CPU keeps it spread): tst_cpupacker
// checks that; here, only what the panel makes of it.
void tst_Workbench::statusLineShowsPlacement()
{
    Supervisor *supervisor = m_window->supervisor();
    QSignalSpy placed(supervisor, &Supervisor::placementChanged);
    if (supervisor->packedCpu() < 0 && !placed.wait(10000))
        QSKIP("the cluster was not packed within 10 s (one CPU, or a busy machine)");
    QVERIFY(supervisor->packedCpu() >= 0);
    const QString note = ClusterPanel::tr("on CPU %1 while the load fits").arg(supervisor->packedCpu());
    QVERIFY2(m_window->clusterPanel()->statusText().endsWith(note),
             qPrintable(m_window->clusterPanel()->statusText()));
}

void tst_Workbench::invocationAppearsInPanel()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_window->recordFeed()->state(), RecordFeed::State::Connected, 10000);
    // The requests block: they run on a thread of their own, like the CLI would in its process.
    struct Outcome
    {
        QMutex mutex;
        QStringList statuses;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    const QString url = m_window->supervisor()->brokerUrl();
    std::unique_ptr<QThread> client(QThread::create([url, outcome] {
        auto c = NatsClient::connect(url, QStringLiteral("tst_workbench"));
        QMutexLocker lock(&outcome->mutex);
        if (!c) {
            outcome->error = c.errorMessage();
            return;
        }
        for (const char *function : {"echo-py", "echo-sh-warm"}) {
            auto reply = c->request(QStringLiteral("fn.") + QLatin1String(function),
                                    R"({"hello":"workbench"})", 10000);
            outcome->statuses << (reply ? QString::fromUtf8(reply->status()) : reply.errorMessage());
        }
    }));
    QSignalSpy finished(client.get(), &QThread::finished);
    client->start();
    QVERIFY(finished.wait(30000));
    client->wait();
    QVERIFY2(outcome->error.isEmpty(), qPrintable(outcome->error));
    QCOMPARE(outcome->statuses, (QStringList{QStringLiteral("ok"), QStringLiteral("ok")}));

    InvocationsPanel *panel = m_window->invocationsPanel();
    QTRY_COMPARE_WITH_TIMEOUT(panel->visibleCount(), 2, 10000);
    QCOMPARE(panel->feedText(), QStringLiteral("Live"));
    // Filter to one function with the combo, as a user would.
    KeyFilterCombo *functions = panel->functionFilter();
    QTRY_VERIFY(functions->findData(QStringLiteral("echo-py")) >= 0);
    functions->selectKey(QStringLiteral("echo-py"));
    QCOMPARE(panel->visibleCount(), 1);
    const QTableView *view = panel->view();
    const QModelIndex first = view->model()->index(0, InvocationModel::FunctionColumn);
    QCOMPARE(first.data().toString(), QStringLiteral("echo-py"));
    QCOMPARE(view->model()->index(0, InvocationModel::StatusColumn).data().toString(), QStringLiteral("ok"));
    QCOMPARE(view->model()->index(0, InvocationModel::StartColumn).data().toString(), QStringLiteral("cold"));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
    const QString details = panel->detailView()->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("\"hello\":\"workbench\"")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Exit code: 0")), qPrintable(details));
    functions->selectKey({});
    QCOMPARE(panel->visibleCount(), 2);
    // Search narrows by text.
    QTest::keyClicks(panel->searchField(), QStringLiteral("sh-warm"));
    QCOMPARE(panel->visibleCount(), 1);
    panel->searchField()->clear();
}

void tst_Workbench::logsAreFilterable()
{
    LogsPanel *panel = m_window->logsPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->visibleLineCount() > 0, 10000);
    // nats-server logs on stderr as "[INF]": the broker's lines are there and classified.
    KeyFilterCombo *processes = panel->processFilter();
    QTRY_VERIFY_WITH_TIMEOUT(processes->findData(QStringLiteral("broker")) >= 0, 10000);
    processes->selectKey(QStringLiteral("broker"));
    const int brokerLines = panel->visibleLineCount();
    QVERIFY(brokerLines > 0);
    const QAbstractItemModel *model = panel->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, LogModel::ProcessColumn).data().toString(), QStringLiteral("broker"));
    panel->levelFilter()->selectKey(QStringLiteral("info"));
    QVERIFY(panel->visibleLineCount() > 0);
    QCOMPARE(model->index(0, LogModel::LevelColumn).data().toString(), QStringLiteral("INFO"));
    panel->levelFilter()->selectKey({});
    QTest::keyClicks(panel->searchField(), QStringLiteral("JetStream"));
    QVERIFY(panel->visibleLineCount() > 0);
    QVERIFY(panel->visibleLineCount() < brokerLines);
    const QStringList lines = panel->visibleLines();
    QVERIFY(lines.first().contains(QStringLiteral(" broker ")));

    QTemporaryDir saveDir;
    const QString path = saveDir.filePath(QStringLiteral("saved.log"));
    QSignalSpy saved(panel, &LogsPanel::saved);
    panel->saveTo(path);
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.first().at(1).toString(), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()).trimmed().split(QLatin1Char('\n')), lines);

    panel->searchField()->clear();
    processes->selectKey({});
}

void tst_Workbench::screenshots()
{
    // After the steps above every panel has content worth looking at.
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
        const QString name = dock->objectName().chopped(4); // "clusterDock" -> "cluster"
        // tst_functions shoots these with a source open and an invocation shown.
        if (name == QLatin1String("editor") || name == QLatin1String("functions"))
            continue;
        QVERIFY2(!saveScreenshot(dock->widget(), name).isEmpty(), qPrintable(name));
    }
    QVERIFY(!saveScreenshot(m_window.get(), QStringLiteral("workbench")).isEmpty());
}

void tst_Workbench::killedInvokerRestarts()
{
    ClusterPanel *panel = m_window->clusterPanel();
    QTableView *view = panel->processView();
    ProcessTableModel *model = m_window->processModel();
    const QString id = QStringLiteral("invoker.echo-py.0");
    const int row = model->rowOf(id);
    QVERIFY(row >= 0);
    const qint64 oldPid = model->process(row)->pid();
    const int oldRestarts = model->process(row)->restarts();
    QVERIFY(oldPid > 0);
    const QModelIndex cell = view->model()->index(row, ProcessTableModel::NameColumn);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    QCOMPARE(panel->selectedProcessId(), id);
    clickAction(panel->toolBar(), panel->killProcessAction());
    QVERIFY(waitForProcessGone(oldPid, 10000));
    QTRY_VERIFY_WITH_TIMEOUT(
        model->index(row, ProcessTableModel::RestartsColumn).data().toInt() > oldRestarts, 15000);
    QTRY_VERIFY2_WITH_TIMEOUT(everyProcessReady(), qPrintable(describeCluster()), 30000);
    const qint64 newPid = model->index(row, ProcessTableModel::PidColumn).data().toLongLong();
    QVERIFY(newPid > 0 && newPid != oldPid);
}

void tst_Workbench::stopLeavesNoProcess()
{
    const QList<qint64> pids = clusterPids();
    QCOMPARE(pids.size(), m_expectedProcesses);
    ClusterPanel *panel = m_window->clusterPanel();
    clickAction(panel->toolBar(), panel->stopAction());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->supervisor()->state(), Supervisor::State::Stopped, 30000);
    for (qint64 pid : pids)
        QVERIFY2(waitForProcessGone(pid, 10000), qPrintable(QString::number(pid)));
    // The table says so too: no PID is shown any more.
    const QAbstractItemModel *model = panel->processView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, ProcessTableModel::PidColumn).data().toString(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->recordFeed()->state(), RecordFeed::State::Stopped, 5000);
    QVERIFY(panel->startAction()->isEnabled());
}

void tst_Workbench::layoutPersists()
{
    // Closing saves the dock layout; a new window restores it.
    auto *logs = m_window->findChild<QDockWidget *>(QStringLiteral("logsDock"));
    QVERIFY(logs);
    logs->setFloating(true);
    QVERIFY(m_window->close());
    MainWindow::Options options;
    options.supervisor.binDir = binDir();
    MainWindow second(WorkbenchSettings{}, options);
    auto *restored = second.findChild<QDockWidget *>(QStringLiteral("logsDock"));
    QVERIFY(restored);
    QVERIFY(restored->isFloating());
    restored->setFloating(false);
    logs->setFloating(false);
    WorkbenchSettings::saveWindow(second.saveGeometry(), second.saveState());
}

void tst_Workbench::settingsDialogRoundTrip()
{
    WorkbenchSettings settings;
    settings.theme = WorkbenchSettings::Theme::Dark;
    settings.language = QStringLiteral("it");
    settings.clientPort = 4333;
    SettingsDialog dialog(settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.settings(), settings);
    auto *language = dialog.findChildren<QComboBox *>().last();
    language->setCurrentIndex(language->findData(QStringLiteral("es")));
    QCOMPARE(dialog.settings().language, QStringLiteral("es"));
    QVERIFY(!saveScreenshot(&dialog, QStringLiteral("settings")).isEmpty());
    settings.language = QStringLiteral("es");
    settings.save();
    QCOMPARE(WorkbenchSettings::load(), settings);
}

QTEST_MAIN(tst_Workbench)
#include "tst_workbench.moc"
