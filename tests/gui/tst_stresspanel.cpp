// The Stress panel with real widgets (offscreen) against a real broker and a real warm invoker:
// a run started from the panel shows live charts, ends with a summary and a histogram, is saved
// under PROJECT/stress/ with its git revision; Stop ends a run with a consistent result; two
// saved runs compare side by side; the last run exports as CSV and JSON; Stress Test in the
// Functions panel starts the default profile in one click.

#include "functionspanel.h"
#include "manifest.h"
#include "registrymodel.h"
#include "screenshot.h"
#include "stresschart.h"
#include "stresscompareview.h"
#include "stresspanel.h"
#include "testbroker.h"
#include "testinvoker.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Stratus;
using namespace Stratus::Test;

class tst_StressPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void runShowsLiveDataAndIsSaved();
    void stopEndsTheRun();
    void compareTwoRuns();
    void exportLastRun();
    void oneClickFromFunctionsPanel();
    void noClusterSaysSo();

private:
    bool git(const QStringList &arguments);
    StressResult runToEnd(StressPanel &panel);

    TestBroker m_broker;
    QTemporaryDir m_project;
    std::unique_ptr<TestInvoker> m_echo;
    std::unique_ptr<StressPanel> m_panel;
};

bool tst_StressPanel::git(const QStringList &arguments)
{
    QProcess p;
    p.setWorkingDirectory(m_project.path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"})
        env.insert(QLatin1String(name), QStringLiteral("Stratus Test"));
    for (const char *name : {"GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"})
        env.insert(QLatin1String(name), QStringLiteral("test@example.invalid"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("git"), arguments);
    return p.waitForFinished(10000) && p.exitCode() == 0;
}

void tst_StressPanel::initTestCase()
{
    QVERIFY2(!binDir().isEmpty(), "STRATUS_BIN_DIR is not set (run through ctest)");
    QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
    const QJsonObject echo{{QStringLiteral("name"), QStringLiteral("echo")},
                           {QStringLiteral("command"), binDir() + QStringLiteral("/stratus-echo-cpp")},
                           {QStringLiteral("mode"), QStringLiteral("warm")},
                           {QStringLiteral("maxConcurrency"), 4},
                           {QStringLiteral("timeoutMs"), 3000}};
    const QString manifest = m_project.filePath(QStringLiteral("stratus.json"));
    QFile f(manifest);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                      {QStringLiteral("name"), QStringLiteral("stressed")},
                                      {QStringLiteral("functions"), QJsonArray{echo}}})
                .toJson());
    f.close();
    QVERIFY(git({QStringLiteral("init"), QStringLiteral("-q")}));
    QVERIFY(git({QStringLiteral("add"), QStringLiteral("stratus.json")}));
    QVERIFY(git(
        {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("project")}));
    m_echo = std::make_unique<TestInvoker>(m_broker.url(), manifest, QStringLiteral("echo"));
    QVERIFY2(m_echo->waitReady(), qPrintable(m_echo->log()));

    const QString url = m_broker.url();
    const QString dir = m_project.path();
    m_panel = std::make_unique<StressPanel>([url] { return url; }, [dir] { return dir; });
    m_panel->resize(1280, 800);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void tst_StressPanel::cleanupTestCase()
{
    m_panel.reset();
    m_echo.reset();
    m_broker.stop();
}

StressResult tst_StressPanel::runToEnd(StressPanel &panel)
{
    QSignalSpy saved(&panel, &StressPanel::runSaved);
    QSignalSpy finished(&panel, &StressPanel::runFinished);
    QTest::mouseClick(panel.startButton(), Qt::LeftButton);
    if (!finished.wait(30000) || !saved.wait(10000))
        return {};
    return finished.constFirst().constFirst().value<StressResult>();
}

void tst_StressPanel::runShowsLiveDataAndIsSaved()
{
    StressPanel &panel = *m_panel;
    QCOMPARE(panel.targetCombo()->currentData().toString(), QStringLiteral("echo"));
    const QString profile = m_project.filePath(QStringLiteral("quick.json"));
    QFile f(profile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"name":"quick ramp","kind":"ramp","from":40,"to":200,"duration":"4s"})");
    f.close();
    QVERIFY2(panel.loadProfileFile(profile), qPrintable(panel.statusLabel()->text()));
    QVERIFY(panel.profileCombo()->currentText().startsWith(QLatin1String("quick ramp")));

    QSignalSpy saved(&panel, &StressPanel::runSaved);
    QTest::mouseClick(panel.startButton(), Qt::LeftButton);
    QVERIFY(panel.isRunning());
    QVERIFY(panel.stopButton()->isEnabled());
    QVERIFY(!panel.startButton()->isEnabled());
    // Live: the achieved rate and the latency percentiles are plotted while it runs.
    QTRY_VERIFY_WITH_TIMEOUT(panel.rateChart()->pointCount(1) >= 6, 10000);
    QVERIFY(panel.isRunning());
    QVERIFY(panel.latencyChart()->pointCount(1) >= 1);
    QVERIFY(panel.progressBar()->value() > 0);
    QVERIFY(panel.progressBar()->format().contains(QLatin1String("s left")));
    QVERIFY(panel.statusLabel()->text().contains(QLatin1String("p95")));
    // The invoker's statistics arrive once a second: the cluster overlay fills too.
    QTRY_VERIFY_WITH_TIMEOUT(panel.clusterChart()->pointCount(2) >= 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(panel.rateChart()->pointCount(1) >= 12, 10000);
    panel.tabs()->setCurrentIndex(0);
    QVERIFY(!saveScreenshot(&panel, QStringLiteral("stress-live")).isEmpty());

    QVERIFY(saved.wait(20000));
    QVERIFY(!panel.isRunning());
    const StressResult &r = *panel.lastResult();
    QCOMPARE(r.sent, qint64(480));
    QCOMPARE(r.ok, qint64(480));
    QVERIFY(panel.summaryView()->toPlainText().contains(QLatin1String("Requests/sec:")));
    QVERIFY(panel.summaryView()->toPlainText().contains(QLatin1String("Latency distribution:")));
    QVERIFY(!panel.histogramChart()->chart()->series().isEmpty());
    QVERIFY(!saveScreenshot(&panel, QStringLiteral("stress-summary")).isEmpty());

    // Saved in the project with profile, target, revision and results.
    const QString path = saved.constFirst().constFirst().toString();
    QCOMPARE(QFileInfo(path).absolutePath(),
             QDir(m_project.filePath(QStringLiteral("stress"))).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(json.value(QStringLiteral("plan")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("ramp"));
    QCOMPARE(json.value(QStringLiteral("target")).toObject().value(QStringLiteral("function")).toString(),
             QStringLiteral("echo"));
    QCOMPARE(json.value(QStringLiteral("gitRevision")).toString().size(), 12);
    QCOMPARE(json.value(QStringLiteral("ok")).toInt(), 480);
    QTRY_COMPARE_WITH_TIMEOUT(panel.runsTable()->rowCount(), 1, 5000);
}

void tst_StressPanel::stopEndsTheRun()
{
    StressPanel &panel = *m_panel;
    panel.profileCombo()->setCurrentIndex(1); // constant 50/s for 10 s
    QSignalSpy finished(&panel, &StressPanel::runFinished);
    QSignalSpy saved(&panel, &StressPanel::runSaved);
    QTest::mouseClick(panel.startButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel.rateChart()->pointCount(1) >= 4, 10000);
    QTest::mouseClick(panel.stopButton(), Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    const StressResult r = finished.constFirst().constFirst().value<StressResult>();
    QVERIFY(r.stoppedByUser);
    QVERIFY(r.sent > 0 && r.sent < 500);
    QCOMPARE(r.ok + r.errors + r.cancelled, r.sent);
    QCOMPARE(panel.progressBar()->format(), QStringLiteral("stopped"));
    QVERIFY(panel.startButton()->isEnabled());
    QVERIFY(saved.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(panel.runsTable()->rowCount(), 2, 5000);
}

void tst_StressPanel::compareTwoRuns()
{
    StressPanel &panel = *m_panel;
    QTRY_COMPARE_WITH_TIMEOUT(panel.runsTable()->rowCount(), 2, 5000);
    panel.tabs()->setCurrentIndex(2);
    panel.runsTable()->selectRow(0);
    panel.runsTable()->setRangeSelected(
        QTableWidgetSelectionRange(0, 0, 1, panel.runsTable()->columnCount() - 1), true);
    QSignalSpy compared(&panel, &StressPanel::compared);
    QPushButton *compare = nullptr;
    for (QPushButton *b : panel.findChildren<QPushButton *>())
        if (b->text() == QLatin1String("Compare"))
            compare = b;
    QVERIFY(compare && compare->isEnabled());
    QTest::mouseClick(compare, Qt::LeftButton);
    QVERIFY(compared.wait(5000));
    QTableWidget *table = panel.compareView()->table();
    QCOMPARE(table->rowCount(), 8);
    QCOMPARE(table->verticalHeaderItem(0)->text(), QStringLiteral("requests/s"));
    QVERIFY(panel.compareView()->rateChart()->pointCount(0) > 0);
    QVERIFY(panel.compareView()->rateChart()->pointCount(1) > 0);
    QCOMPARE(panel.tabs()->currentWidget(), panel.compareView());
    QVERIFY(!saveScreenshot(&panel, QStringLiteral("stress-compare")).isEmpty());
}

void tst_StressPanel::exportLastRun()
{
    QTemporaryDir out;
    QVERIFY(m_panel->exportCsv(out.filePath(QStringLiteral("run.csv"))));
    QVERIFY(m_panel->exportJson(out.filePath(QStringLiteral("run.json"))));
    QFile csv(out.filePath(QStringLiteral("run.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readLine().startsWith("start_ms,target_rate,sent_rate,ok,errors"));
    QFile json(out.filePath(QStringLiteral("run.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(json.readAll()).object().contains(QStringLiteral("timeline")));
}

void tst_StressPanel::oneClickFromFunctionsPanel()
{
    // Stress Test on a function in the Functions panel starts the default profile on it.
    StressPanel &panel = *m_panel;
    panel.profileCombo()->setCurrentIndex(2);
    RegistryModel registry;
    const auto manifest = Manifest::load(m_project.path());
    QVERIFY2(manifest, qPrintable(manifest.errorMessage()));
    registry.setManifest(*manifest);
    const QString url = m_broker.url();
    const QString dir = m_project.path();
    FunctionsPanel functions(
        &registry, [url] { return url; }, [dir] { return dir; });
    connect(&functions, &FunctionsPanel::stressTestRequested, &panel, &StressPanel::startDefault);
    functions.show();
    QTRY_VERIFY_WITH_TIMEOUT(functions.selectEntry(QStringLiteral("echo")), 5000);
    QSignalSpy finished(&panel, &StressPanel::runFinished);
    QTest::mouseClick(functions.stressButton(), Qt::LeftButton);
    QVERIFY(panel.isRunning());
    QCOMPARE(panel.profileCombo()->currentIndex(), 0); // the default profile
    QCOMPARE(panel.targetCombo()->currentData().toString(), QStringLiteral("echo"));
    QTRY_VERIFY_WITH_TIMEOUT(panel.rateChart()->pointCount(0) >= 2, 10000);
    panel.stop();
    QVERIFY(finished.wait(5000));
    const StressResult r = finished.constFirst().constFirst().value<StressResult>();
    QVERIFY(r.description.startsWith(QLatin1String("seed: 20/s for 10s")));
    QCOMPARE(r.target.function, QStringLiteral("echo"));
}

void tst_StressPanel::noClusterSaysSo()
{
    const QString dir = m_project.path();
    StressPanel panel([] { return QString(); }, [dir] { return dir; });
    panel.show();
    QTest::mouseClick(panel.startButton(), Qt::LeftButton);
    QVERIFY(!panel.isRunning());
    QVERIFY(panel.statusLabel()->text().contains(QLatin1String("not running")));
}

QTEST_MAIN(tst_StressPanel)
#include "tst_stresspanel.moc"
