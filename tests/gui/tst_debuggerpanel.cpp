// The Debugger panel with real widgets (offscreen) against a real cluster: the list shows the
// recorded events, selecting one shows its details, Replay shows an identical result, an
// edited input changes it and the diff names the change; narrow, the panel stacks its parts;
// test events save and run; the recorder pauses. Screenshots debugger.png, debugger-diff.png and
// debugger-narrow.png (tests/gui/screenshot.h).

#include "debuggerpanel.h"
#include "eventmodel.h"
#include "flowstepview.h"
#include "jsoneditor.h"
#include "natsclient.h"
#include "protocol.h"
#include "screenshot.h"
#include "testbroker.h"
#include "testproject.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace Stratus;
using namespace Stratus::Test;

class tst_DebuggerPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsRecordedEvents();
    void selectShowsDetails();
    void replayIsIdentical();
    void editedInputShowsTheChange();
    void narrowPanelStacksItsParts();
    void invalidJsonIsRefused();
    void saveAndRunTestEvents();
    void flowRunOpensOnItsGraph();
    void debugShowsWhereToAttach();
    void pauseAndResume();

private:
    QTemporaryDir m_project;
    std::unique_ptr<Supervisor> m_supervisor;
    std::unique_ptr<DebuggerPanel> m_panel;
    QString m_run; // a flow run, recorded before the invocations
};

void tst_DebuggerPanel::initTestCase()
{
    QVERIFY(copyProject(sourceDir() + QStringLiteral("/tests/debug/project"), m_project.path()));
    qputenv(Protocol::EnvSdkDir, (binDir() + QStringLiteral("/../sdk")).toUtf8());
    auto cluster = startCluster(m_project.path());
    QVERIFY2(cluster, qPrintable(cluster.errorMessage()));
    m_supervisor = std::move(*cluster);
    auto client = NatsClient::connect(m_supervisor->brokerUrl());
    QVERIFY2(client, qPrintable(client.errorMessage()));
    const auto flowRun = client->request(QStringLiteral("flow.classify-flow"), "{\"n\": 3}", 15000);
    QVERIFY2(flowRun && flowRun->status() == "ok", qPrintable(flowRun.errorMessage()));
    m_run = QString::fromUtf8(flowRun->header(Protocol::RunIdHeader));
    const QList<std::tuple<QString, QByteArray, QByteArray>> invocations{
        {QStringLiteral("greet"), "{\"name\": \"ada\", \"polite\": true}", "gui-greet"},
        {QStringLiteral("shout"), "hello debugger", "gui-shout"},
        {QStringLiteral("classify"), "{\"fail\": true}", "gui-fail"},
        {QStringLiteral("classify"), "{\"n\": 7}", "gui-seven"},
    };
    for (const auto &[function, event, id] : invocations) {
        const auto reply = client->request(QStringLiteral("fn.") + function, event, 15000,
                                           {{Protocol::RequestIdHeader, id}});
        QVERIFY2(reply, qPrintable(reply.errorMessage()));
    }
    const QString url = m_supervisor->brokerUrl();
    const QString dir = m_project.path();
    m_panel = std::make_unique<DebuggerPanel>([url] { return url; }, [dir] { return dir; });
    m_panel->resize(1500, 820);
    m_panel->show();
}

void tst_DebuggerPanel::cleanupTestCase()
{
    m_panel.reset();
    if (!m_supervisor)
        return;
    QSignalSpy stopped(m_supervisor.get(), &Supervisor::stopped);
    m_supervisor->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 60000);
}

void tst_DebuggerPanel::listsRecordedEvents()
{
    // The panel follows new events on its own (a poll every 2 s).
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->model()->rowCount() >= 6, 20000);
    EventModel *model = m_panel->model();
    QCOMPARE(model->data(model->index(0, EventModel::IdColumn)).toString(), QStringLiteral("gui-seven"));
    QCOMPARE(model->data(model->index(1, EventModel::StatusColumn)).toString(),
             QStringLiteral("function-error"));
    QVERIFY(m_panel->recorderLabel()->text().contains(QLatin1String("Recording on")));
    QVERIFY(m_panel->filterCombo()->findText(QStringLiteral("Function: classify")) >= 0);
}

void tst_DebuggerPanel::selectShowsDetails()
{
    QSignalSpy shown(m_panel.get(), &DebuggerPanel::eventShown);
    m_panel->view()->setCurrentIndex(m_panel->model()->index(0, 0));
    QCOMPARE(shown.size(), 1);
    QCOMPARE(m_panel->currentEvent()->id, QStringLiteral("gui-seven"));
    QVERIFY(m_panel->textTab(DebuggerPanel::InputTab)->toPlainText().contains(QLatin1String("\"n\": 7")));
    QVERIFY(
        m_panel->textTab(DebuggerPanel::OutputTab)->toPlainText().contains(QLatin1String("\"double\": 14")));
    QVERIFY(
        m_panel->textTab(DebuggerPanel::StderrTab)->toPlainText().contains(QLatin1String("classify: n=7")));
    QVERIFY(
        m_panel->textTab(DebuggerPanel::SummaryTab)->toPlainText().contains(QLatin1String("Exit code  0")));
    QVERIFY(m_panel->textTab(DebuggerPanel::EnvironmentTab)
                ->toPlainText()
                .contains(QLatin1String("CLASSIFY_LABEL=fixture")));
    QVERIFY(m_panel->textTab(DebuggerPanel::EnvironmentTab)
                ->toPlainText()
                .contains(QLatin1String("STRATUS_REQUEST_ID=gui-seven")));

    m_panel->openEvent(QStringLiteral("gui-fail"));
    QCOMPARE(m_panel->currentEvent()->status, QStringLiteral("function-error"));
    QVERIFY(
        m_panel->textTab(DebuggerPanel::StderrTab)->toPlainText().contains(QLatin1String("asked to fail")));
    QSignalSpy error(m_panel.get(), &DebuggerPanel::errorShown);
    m_panel->openEvent(QStringLiteral("never-recorded"));
    QTRY_VERIFY_WITH_TIMEOUT(!error.isEmpty(), 10000);
    QVERIFY2(error.first().first().toString().contains(
                 QLatin1String("never-recorded is not among the recorded events")),
             qPrintable(error.first().first().toString()));
    m_panel->searchField()->clear(); // the list follows the search: all of it again
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->model()->rowCount() >= 6, 10000);
    m_panel->openEvent(QStringLiteral("gui-seven"));
    QCOMPARE(m_panel->currentEvent()->id, QStringLiteral("gui-seven"));
}

void tst_DebuggerPanel::replayIsIdentical()
{
    QSignalSpy finished(m_panel.get(), &DebuggerPanel::replayFinished);
    QTest::keyClick(m_panel->view(), Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
    QVERIFY2(finished.first().first().value<ReplayResult>().ok(),
             qPrintable(m_panel->diffSummaryLabel()->text()));
    QVERIFY2(
        m_panel->diffSummaryLabel()->text().startsWith(QLatin1String("Identical to the recorded output")),
        qPrintable(m_panel->diffSummaryLabel()->text()));
    QVERIFY(m_panel->replayOutputView()->toPlainText().contains(QLatin1String("\"double\": 14")));
    QCOMPARE(m_panel->tabs()->currentIndex(), int(DebuggerPanel::ReplayTab));
    QVERIFY(!saveScreenshot(m_panel.get(), QStringLiteral("debugger")).isEmpty());
}

void tst_DebuggerPanel::editedInputShowsTheChange()
{
    m_panel->inputEditor()->setText("{\"n\": 8}");
    QSignalSpy finished(m_panel.get(), &DebuggerPanel::replayFinished);
    m_panel->runEdited();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
    const QString diff = m_panel->diffView()->toPlainText();
    QVERIFY2(diff.contains(QStringLiteral("$.double: 14 → 16")), qPrintable(diff));
    QVERIFY(diff.contains(QStringLiteral("$.parity: \"odd\" → \"even\"")));
    QVERIFY(m_panel->diffSummaryLabel()->text().startsWith(QLatin1String("3 differences")));
    QVERIFY(!saveScreenshot(m_panel.get(), QStringLiteral("debugger-diff")).isEmpty());
}

void tst_DebuggerPanel::narrowPanelStacksItsParts()
{
    // As a tab of the workbench's bottom-left dock (about 440 px wide): the list above the
    // details, and the replay's input and outputs one above the other, each its full width.
    QCOMPARE(m_panel->layoutOrientation(), Qt::Horizontal);
    const int wideOutputWidth = m_panel->recordedOutputView()->width();
    m_panel->resize(460, 820);
    QCOMPARE(m_panel->layoutOrientation(), Qt::Vertical);
    QTRY_VERIFY(m_panel->recordedOutputView()->width() > 380);
    QTRY_VERIFY(m_panel->searchField()->geometry().bottom() < m_panel->filterCombo()->geometry().top());
    QVERIFY(m_panel->searchField()->width() > 380);
    QVERIFY(m_panel->view()->width() > 380);
    QVERIFY(m_panel->view()->geometry().bottom() < m_panel->tabs()->geometry().top());
    QVERIFY(!saveScreenshot(m_panel.get(), QStringLiteral("debugger-narrow")).isEmpty());
    m_panel->resize(1500, 820);
    QCOMPARE(m_panel->layoutOrientation(), Qt::Horizontal);
    QTRY_COMPARE(m_panel->recordedOutputView()->width(), wideOutputWidth);
    QTRY_COMPARE(m_panel->searchField()->geometry().top(), m_panel->filterCombo()->geometry().top());
}

void tst_DebuggerPanel::invalidJsonIsRefused()
{
    JsonEditor *editor = m_panel->inputEditor();
    editor->setText("{\n  \"n\": }");
    QVERIFY(!editor->isAcceptable());
    QVERIFY2(editor->statusText().contains(QLatin1String("line 2, column 8")),
             qPrintable(editor->statusText()));
    const auto buttons = m_panel->findChildren<QPushButton *>();
    const auto runEdited = std::find_if(buttons.cbegin(), buttons.cend(), [](QPushButton *b) {
        return b->text() == QLatin1String("Run Edited Input");
    });
    QVERIFY(runEdited != buttons.cend());
    QVERIFY(!(*runEdited)->isEnabled());
    editor->setText("{\"n\":8}");
    QVERIFY(editor->format());
    QCOMPARE(editor->text(), QByteArray("{\n    \"n\": 8\n}"));
    QVERIFY((*runEdited)->isEnabled());
}

void tst_DebuggerPanel::saveAndRunTestEvents()
{
    // The recorded input, with the recorded output as the expected one.
    m_panel->inputEditor()->setText(m_panel->currentEvent()->input());
    QSignalSpy written(m_panel.get(), &DebuggerPanel::savedEventWritten);
    m_panel->saveAsTestEvent(QStringLiteral("seven"));
    QTRY_VERIFY_WITH_TIMEOUT(!written.isEmpty(), 10000);
    QVERIFY(QFile::exists(m_project.filePath(QStringLiteral("events/classify/seven.expected.json"))));
    QSignalSpy bad(m_panel.get(), &DebuggerPanel::errorShown);
    m_panel->saveAsTestEvent(QStringLiteral("no/slashes"));
    QCOMPARE(bad.size(), 1);

    QSignalSpy ran(m_panel.get(), &DebuggerPanel::savedEventsFinished);
    m_panel->runSavedEvents();
    QTRY_VERIFY_WITH_TIMEOUT(!ran.isEmpty(), 20000);
    QCOMPARE(ran.first().at(0).toInt(), 1);
    QCOMPARE(ran.first().at(1).toInt(), 0);
    QCOMPARE(m_panel->savedTable()->item(0, 1)->text(), QStringLiteral("pass"));
}

void tst_DebuggerPanel::flowRunOpensOnItsGraph()
{
    m_panel->openEvent(m_run);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->currentEvent() && m_panel->currentEvent()->id == m_run, 10000);
    QCOMPARE(m_panel->currentEvent()->kind, RecordedEvent::Kind::Flow);
    QVERIFY(m_panel->tabs()->isTabEnabled(DebuggerPanel::FlowTab));
    QVERIFY2(
        m_panel->textTab(DebuggerPanel::SummaryTab)->toPlainText().contains(QLatin1String("Node timings")),
        qPrintable(m_panel->textTab(DebuggerPanel::SummaryTab)->toPlainText()));
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->flowStepView()->stepCount() > 0, 10000);
}

void tst_DebuggerPanel::debugShowsWhereToAttach()
{
    m_panel->openEvent(QStringLiteral("gui-greet"));
    QCOMPARE(m_panel->currentEvent()->id, QStringLiteral("gui-greet"));
    QSignalSpy finished(m_panel.get(), &DebuggerPanel::replayFinished);
    m_panel->debug();
    // node --inspect-brk listens; the panel says where; nobody attaches within waitMs (1500).
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->debugBanner()->isVisible() || !finished.isEmpty(), 15000);
    QVERIFY2(m_panel->debugBanner()->text().startsWith(
                 QLatin1String("Attach to 127.0.0.1:45679 (Node.js inspector")),
             qPrintable(m_panel->debugBanner()->text()));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 15000);
    QCOMPARE(finished.first().first().value<ReplayResult>().status, QStringLiteral("no-debugger"));
    QVERIFY(!m_panel->debugBanner()->isVisible());
    QVERIFY2(m_panel->diffSummaryLabel()->text().contains(
                 QLatin1String("no debugger attached to 127.0.0.1:45679")),
             qPrintable(m_panel->diffSummaryLabel()->text()));
}

void tst_DebuggerPanel::pauseAndResume()
{
    m_panel->setPaused(true);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->recorderLabel()->text().contains(QLatin1String("Recording paused")),
                             10000);
    m_panel->setPaused(false);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->recorderLabel()->text().contains(QLatin1String("Recording on")), 10000);
}

QTEST_MAIN(tst_DebuggerPanel)
#include "tst_debuggerpanel.moc"
