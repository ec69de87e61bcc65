// Runs from the flow editor and the debugger's flow step view, with real widgets (offscreen)
// against a real local cluster of the example project: the run bar runs FizzBuzz, the canvas
// colours the taken branch succeeded and the others skipped, clicking an edge shows its data;
// the step view walks the recorded run node by node; a breakpoint pauses a live run, its
// edited payload changes the branch taken.

#include "flowdebugsession.h"
#include "flowedgeitem.h"
#include "floweditorpanel.h"
#include "flownodeitem.h"
#include "flowoverlay.h"
#include "flowrunbar.h"
#include "flowrunwatch.h"
#include "flowscene.h"
#include "flowstepview.h"
#include "flowview.h"
#include "jsoneditor.h"
#include "natsclient.h"
#include "protocol.h"
#include "screenshot.h"
#include "supervisor.h"
#include "testbroker.h"
#include "testproject.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Stratus;
using namespace Stratus::Test;
using RunState = FlowOverlay::RunState;

class tst_FlowRunView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void runFromTheEditor();
    void badInputIsRefused_data();
    void badInputIsRefused();
    void failedRunNamesTheNode();
    void stepThroughTheRecordedRun();
    void rerunFromAStep();
    void breakpointPausesAndEditedPayloadChangesTheBranch();
    void conditionalBreakpointLetsOtherRunsThrough();

private:
    void clickEdge(FlowView *view, const FlowEdgeKey &key);
    // Breakpoints travel to the flow invokers on their own: wait until the invoker's statistics
    // (once a second) count this many debugging sessions with breakpoints for fizzbuzz.
    bool waitForDebugSessions(int sessions);

    QTemporaryDir m_project;
    std::unique_ptr<Supervisor> m_supervisor;
    Flow m_flow;
    QJsonObject m_record; // of the editor's run, for the step view
};

namespace {

FlowEdgeKey next(const char *from, const char *to)
{
    return {QLatin1String(from), QLatin1String(to), FlowEdgeKind::Next};
}

} // namespace

void tst_FlowRunView::initTestCase()
{
    QVERIFY(copyProject(sourceDir() + QStringLiteral("/resources/examples/basic"), m_project.path()));
    auto flow = Flow::load(m_project.filePath(QStringLiteral("flows/fizzbuzz.flow.json")));
    QVERIFY2(flow, qPrintable(flow.errorMessage()));
    m_flow = *flow;
    // A saved event of the flow, in the folder convention of functions' saved events.
    QVERIFY(QDir().mkpath(m_project.filePath(QStringLiteral("events/fizzbuzz"))));
    QFile event(m_project.filePath(QStringLiteral("events/fizzbuzz/fifteen.json")));
    QVERIFY(event.open(QIODevice::WriteOnly));
    event.write("{\n  \"n\": 15\n}\n");
    event.close();
    auto cluster = startCluster(m_project.path());
    QVERIFY2(cluster, qPrintable(cluster.errorMessage()));
    m_supervisor = std::move(*cluster);
}

void tst_FlowRunView::cleanupTestCase()
{
    if (!m_supervisor)
        return;
    QSignalSpy stopped(m_supervisor.get(), &Supervisor::stopped);
    m_supervisor->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 90000);
}

bool tst_FlowRunView::waitForDebugSessions(int sessions)
{
    auto client = NatsClient::connect(m_supervisor->brokerUrl());
    if (!client)
        return false;
    natsSubscription *raw = nullptr;
    const QByteArray subject = QByteArray(Protocol::FlowStatsSubjectPrefix) + m_flow.name.toUtf8();
    if (natsConnection_SubscribeSync(&raw, client->handle(), subject.constData()) != NATS_OK)
        return false;
    NatsSubscriptionPtr stats(raw);
    return QTest::qWaitFor(
        [&] {
            natsMsg *msg = nullptr;
            if (natsSubscription_NextMsg(&msg, stats.get(), 20) != NATS_OK)
                return false;
            NatsMsgPtr owned(msg);
            const QJsonObject o =
                QJsonDocument::fromJson(QByteArray(natsMsg_GetData(msg), natsMsg_GetDataLength(msg)))
                    .object();
            return o.value(QLatin1String("debugSessions")).toInt(-1) == sessions;
        },
        10000);
}

// A real click in the middle of the edge's curve.
void tst_FlowRunView::clickEdge(FlowView *view, const FlowEdgeKey &key)
{
    FlowScene *scene = view->flowScene();
    QVERIFY(scene->edgeItem(key));
    const QPointF middle =
        FlowEdgeItem::pathBetween(scene->outputPortPos(key.from), scene->inputPortPos(key.to), key.kind)
            .pointAtPercent(0.5);
    view->centerOn(middle);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(middle));
}

void tst_FlowRunView::runFromTheEditor()
{
    FlowEditorPanel panel(nullptr);
    panel.resize(1400, 860);
    QVERIFY2(panel.openFile(m_flow.filePath), "openFile");
    panel.setProjectDir(m_project.path());
    FlowRunBar *bar = panel.runBar();
    QVERIFY(bar);
    QVERIFY(!bar->runButton()->isEnabled()); // no cluster yet
    QVERIFY(bar->runButton()->toolTip().contains(QLatin1String("cluster")));
    panel.setNatsUrl(m_supervisor->brokerUrl());
    QVERIFY(bar->runButton()->isEnabled());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.view()->fitToView();

    // The flow's saved events fill the input.
    QTRY_COMPARE(bar->eventsCombo()->findText(QStringLiteral("fifteen")), 1);
    emit bar->eventsCombo()->activated(1);
    QCOMPARE(bar->inputEdit()->text(), QStringLiteral("{\"n\":15}"));
    bar->inputEdit()->clear();

    // A breakpoint before done holds the run in the middle, to see it going on.
    FlowDebugSession session;
    session.connectTo(m_supervisor->brokerUrl());
    QTRY_VERIFY_WITH_TIMEOUT(session.state() == FlowDebugSession::State::Connected, 10000);
    QVERIFY(session.setBreakpoints(m_flow.name, {{QStringLiteral("done"), QString()}}));
    QVERIFY(waitForDebugSessions(1));
    QSignalSpy paused(&session, &FlowDebugSession::paused);

    QSignalSpy record(bar->watch(), &FlowRunWatch::recordReady);
    QSignalSpy finished(bar->watch(), &FlowRunWatch::runFinished);
    QTest::keyClicks(bar->inputEdit(), QStringLiteral("{\"n\": 5}"));
    QTest::mouseClick(bar->runButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!paused.isEmpty(), 15000);
    FlowScene *scene = panel.scene();
    // The spans arrive live: what ran is coloured while done still waits.
    QTRY_COMPARE(scene->nodeItem(QStringLiteral("buzz"))->marks().run, RunState::Succeeded);
    QTRY_COMPARE(scene->nodeItem(QStringLiteral("fizz"))->marks().run, RunState::Skipped);
    QCOMPARE(scene->nodeItem(QStringLiteral("check"))->marks().run, RunState::Succeeded);
    QCOMPARE(scene->nodeItem(QStringLiteral("done"))->marks().run, RunState::Waiting);
    QCOMPARE(bar->statusLabel()->text(), QStringLiteral("running…"));
    QVERIFY(!bar->runButton()->isEnabled());
    QVERIFY(finished.isEmpty());
    QVERIFY(!saveScreenshot(&panel, QStringLiteral("floweditor-run")).isEmpty());
    QVERIFY(session.setBreakpoints(m_flow.name, {})); // lets the paused run go on

    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("ok"));
    QVERIFY2(bar->statusLabel()->text().startsWith(QLatin1String("ok")),
             qPrintable(bar->statusLabel()->text()));
    QVERIFY(bar->outputView()->toPlainText().contains(QLatin1String("Buzz")));
    QTRY_VERIFY_WITH_TIMEOUT(!record.isEmpty(), 10000);

    // The canvas's items show the overlay: the taken branch succeeded, the others skipped.
    for (const char *id : {"check", "route", "buzz", "done"}) {
        QVERIFY2(scene->nodeItem(QLatin1String(id)), id);
        QVERIFY2(scene->nodeItem(QLatin1String(id))->marks().run == RunState::Succeeded, id);
    }
    for (const char *id : {"fizz", "fizzbuzz", "number"})
        QVERIFY2(scene->nodeItem(QLatin1String(id))->marks().run == RunState::Skipped, id);
    QVERIFY(panel.overlay()->edge(next("route", "buzz")).taken);
    QVERIFY(!panel.overlay()->edge(next("route", "fizz")).taken);

    // Clicking an edge shows what passed along it.
    // FlowEditorPanel is to wire edge clicks to its run bar: UniqueConnection makes this a no-op
    // where it does, and tests the run bar's part where it does not yet.
    connect(panel.scene(), &FlowScene::edgeClicked, bar, &FlowRunBar::showEdgeData, Qt::UniqueConnection);
    clickEdge(panel.view(), next("route", "buzz"));
    QTRY_VERIFY_WITH_TIMEOUT(bar->dataView()->toPlainText().contains(QLatin1String("\"kind\": \"buzz\"")),
                             5000);
    clickEdge(panel.view(), next("route", "fizz"));
    QTRY_VERIFY_WITH_TIMEOUT(bar->dataView()->toPlainText().contains(QLatin1String("Nothing passed")), 5000);
    clickEdge(panel.view(), next("buzz", "done"));
    QTRY_VERIFY_WITH_TIMEOUT(bar->dataView()->toPlainText().contains(QLatin1String("\"result\": \"Buzz\"")),
                             5000);

    panel.view()->fitToView();
    QVERIFY(!saveScreenshot(&panel, QStringLiteral("floweditor-run-data")).isEmpty());
    m_record = bar->watch()->record();

    // Clear forgets the run.
    QTest::mouseClick(bar->clearButton(), Qt::LeftButton);
    QCOMPARE(scene->nodeItem(QStringLiteral("buzz"))->marks().run, RunState::None);
    QVERIFY(bar->outputView()->toPlainText().isEmpty());
}

void tst_FlowRunView::badInputIsRefused_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("unclosed object") << QStringLiteral("{\"n\": 5")
                                     << QStringLiteral("not valid JSON at character");
    QTest::newRow("unclosed string") << QStringLiteral("\"five") << QStringLiteral("not valid JSON");
    QTest::newRow("two values") << QStringLiteral("{\"n\": 1}, {\"n\": 2}")
                                << QStringLiteral("2 JSON values");
}

void tst_FlowRunView::badInputIsRefused()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    FlowEditorPanel panel(nullptr);
    QVERIFY2(panel.openFile(m_flow.filePath), "openFile");
    panel.setNatsUrl(m_supervisor->brokerUrl());
    FlowRunBar *bar = panel.runBar();
    QSignalSpy started(bar->watch(), &FlowRunWatch::runStarted);
    bar->inputEdit()->setText(input);
    QTest::mouseClick(bar->runButton(), Qt::LeftButton);
    QVERIFY2(bar->statusLabel()->text().contains(message), qPrintable(bar->statusLabel()->text()));
    QVERIFY(started.isEmpty());
    QCOMPARE(bar->inputEdit()->text(), input); // nothing lost
}

void tst_FlowRunView::failedRunNamesTheNode()
{
    FlowEditorPanel panel(nullptr);
    QVERIFY2(panel.openFile(m_flow.filePath), "openFile");
    panel.setNatsUrl(m_supervisor->brokerUrl());
    FlowRunBar *bar = panel.runBar();
    QSignalSpy finished(bar->watch(), &FlowRunWatch::runFinished);
    bar->inputEdit()->setText(QStringLiteral("{\"n\": \"abc\"}"));
    QTest::mouseClick(bar->runButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
    const QString status = bar->statusLabel()->text();
    QVERIFY2(status.startsWith(QLatin1String("failed at node check:")), qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("ValueError")), qPrintable(status));
    QCOMPARE(panel.scene()->nodeItem(QStringLiteral("check"))->marks().run, RunState::Failed);
    QVERIFY(bar->runButton()->isEnabled());
}

void tst_FlowRunView::stepThroughTheRecordedRun()
{
    if (m_record.isEmpty())
        QSKIP("runFromTheEditor left no record");
    FlowStepView view(nullptr);
    view.resize(1300, 760);
    view.openRun(m_flow, m_record);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.stepCount(), 4);
    const auto current = [&view] {
        QStringList marked;
        for (const FlowNode &node : view.flow().nodes) {
            if (view.overlay()->node(node.id).current)
                marked << node.id;
        }
        return marked;
    };
    QCOMPARE(view.currentNode(), QStringLiteral("check"));
    QCOMPARE(current(), QStringList{QStringLiteral("check")});
    QVERIFY(!view.backButton()->isEnabled());
    const QStringList order{QStringLiteral("route"), QStringLiteral("buzz"), QStringLiteral("done")};
    for (const QString &node : order) {
        QTest::mouseClick(view.forwardButton(), Qt::LeftButton);
        QCOMPARE(view.currentNode(), node);
        QCOMPARE(current(), QStringList{node});
    }
    QVERIFY(!view.forwardButton()->isEnabled());
    QTest::mouseClick(view.backButton(), Qt::LeftButton);
    QCOMPARE(view.currentNode(), QStringLiteral("buzz"));
    QCOMPARE(view.scene()->nodeItem(QStringLiteral("buzz"))->marks().current, true);
    // The details show the node's input and output and the data on its edges.
    const QString details = view.detailsView()->toPlainText();
    QVERIFY2(details.contains(QLatin1String("route -> buzz")), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("\"kind\": \"buzz\"")), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("\"result\": \"Buzz\"")), qPrintable(details));
    // Without a debugging session: no re-runs, no breakpoints, and the view says why.
    QVERIFY(!view.rerunButton()->isEnabled());
    QVERIFY(!view.toggleBreakpoint(QStringLiteral("route")));
    QVERIFY(!saveScreenshot(&view, QStringLiteral("debugger-flow")).isEmpty());
}

void tst_FlowRunView::rerunFromAStep()
{
    if (m_record.isEmpty())
        QSKIP("runFromTheEditor left no record");
    FlowDebugSession session;
    session.connectTo(m_supervisor->brokerUrl());
    QTRY_VERIFY_WITH_TIMEOUT(session.state() == FlowDebugSession::State::Connected, 10000);
    FlowStepView view(&session);
    view.setNatsUrl(m_supervisor->brokerUrl());
    view.openRun(m_flow, m_record);
    const QString firstRun = view.watch()->runId();
    view.setStep(2);
    QCOMPARE(view.currentNode(), QStringLiteral("buzz"));
    QVERIFY(view.rerunButton()->isEnabled());
    QSignalSpy rerun(&view, &FlowStepView::rerunFinished);
    QTest::mouseClick(view.rerunButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!rerun.isEmpty(), 20000);
    QCOMPARE(rerun.first().at(0).toString(), QStringLiteral("ok"));
    QCOMPARE(
        QJsonDocument::fromJson(rerun.first().at(1).toByteArray()).object().value(QLatin1String("result")),
        QJsonValue(QStringLiteral("Buzz")));
    // The re-run's own record replaces the shown run: the nodes before buzz were replayed.
    QTRY_VERIFY_WITH_TIMEOUT(view.watch()->runId() != firstRun && view.watch()->hasRecord(), 10000);
    QCOMPARE(view.overlay()->node(QStringLiteral("buzz")).run, RunState::Succeeded);
    QCOMPARE(view.overlay()->node(QStringLiteral("done")).run, RunState::Succeeded);
    QCOMPARE(view.overlay()->node(QStringLiteral("fizz")).run, RunState::Skipped);
    QVERIFY(view.overlay()->edge(next("buzz", "done")).taken);
}

void tst_FlowRunView::breakpointPausesAndEditedPayloadChangesTheBranch()
{
    FlowDebugSession session;
    QSignalSpy state(&session, &FlowDebugSession::stateChanged);
    session.connectTo(m_supervisor->brokerUrl());
    QTRY_VERIFY_WITH_TIMEOUT(session.state() == FlowDebugSession::State::Connected, 10000);

    FlowStepView view(&session);
    view.resize(1300, 760);
    view.setNatsUrl(m_supervisor->brokerUrl());
    view.openFlow(m_flow);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.scene()->selectNode(QStringLiteral("route"));
    QTRY_VERIFY(view.breakpointButton()->isEnabled());
    QTest::mouseClick(view.breakpointButton(), Qt::LeftButton);
    QVERIFY(view.overlay()->node(QStringLiteral("route")).breakpoint);
    QCOMPARE(session.breakpoints(m_flow.name).size(), 1);
    QVERIFY(waitForDebugSessions(1));

    // A live run (as the editor's run bar makes them) pauses before route.
    FlowOverlay runOverlay;
    FlowRunWatch run(&runOverlay);
    run.setNatsUrl(m_supervisor->brokerUrl());
    QSignalSpy finished(&run, &FlowRunWatch::runFinished);
    QSignalSpy recorded(&run, &FlowRunWatch::recordReady);
    // The watch's own reply deadline (the flow's timeoutMs, shortened here, plus a margin)
    // passes while the run is held: it keeps following the run rather than giving up.
    Flow shortDeadline = m_flow;
    shortDeadline.timeoutMs = 200;
    QVERIFY(run.run(shortDeadline, QByteArrayLiteral("{\"n\": 5}")));
    QTRY_VERIFY_WITH_TIMEOUT(view.pausedRun().has_value(), 15000);
    QCOMPARE(view.pausedRun()->node, QStringLiteral("route"));
    QCOMPARE(view.pausedRun()->runId, run.runId());
    QVERIFY(!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 200 + FlowRunWatch::ReplyMarginMs + 500));
    QVERIFY(run.isRunning());
    QVERIFY(view.pausedBox()->isVisible());
    QCOMPARE(view.overlay()->node(QStringLiteral("route")).run, RunState::Paused);
    QCOMPARE(QJsonDocument::fromJson(view.payloadEditor()->text()).object().value(QLatin1String("kind")),
             QJsonValue(QStringLiteral("buzz")));
    QVERIFY(finished.isEmpty());

    view.payloadEditor()->setText("{\"n\": 5, \"kind\": \"fizz\"");
    QVERIFY(!view.continueButton()->isEnabled()); // not JSON: the editor says where
    view.payloadEditor()->setText("{\"n\": 5, \"kind\": \"fizz\"}");
    QVERIFY(view.continueButton()->isEnabled());
    QVERIFY(!saveScreenshot(&view, QStringLiteral("debugger-breakpoint")).isEmpty());
    QTest::mouseClick(view.continueButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 15000);
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("ok"));
    QTRY_VERIFY_WITH_TIMEOUT(!recorded.isEmpty(), 10000); // the output comes with the record
    QCOMPARE(QJsonDocument::fromJson(run.output()).object().value(QLatin1String("result")),
             QJsonValue(QStringLiteral("Fizz")));
    QCOMPARE(runOverlay.node(QStringLiteral("fizz")).run, RunState::Succeeded);
    QCOMPARE(runOverlay.node(QStringLiteral("buzz")).run, RunState::Skipped);
    QTRY_VERIFY(!view.pausedBox()->isVisible());
    // The step view followed the run to its end and shows it.
    QTRY_COMPARE_WITH_TIMEOUT(view.overlay()->node(QStringLiteral("fizz")).run, RunState::Succeeded, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(view.stepCount() == 4, 10000);
    QVERIFY(view.overlay()->node(QStringLiteral("route")).breakpoint);

    // Removing the breakpoint lets runs through.
    QVERIFY(view.toggleBreakpoint(QStringLiteral("route")));
    QVERIFY(!view.overlay()->node(QStringLiteral("route")).breakpoint);
    QVERIFY(session.breakpoints(m_flow.name).isEmpty());
}

void tst_FlowRunView::conditionalBreakpointLetsOtherRunsThrough()
{
    FlowDebugSession session;
    session.connectTo(m_supervisor->brokerUrl());
    QTRY_VERIFY_WITH_TIMEOUT(session.state() == FlowDebugSession::State::Connected, 10000);
    FlowStepView view(&session);
    view.setNatsUrl(m_supervisor->brokerUrl());
    view.openFlow(m_flow);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // A condition that does not parse is refused with the reason, and nothing is marked.
    view.scene()->selectNode(QStringLiteral("route"));
    view.conditionEdit()->setText(QStringLiteral("input.kind =="));
    QTest::mouseClick(view.breakpointButton(), Qt::LeftButton);
    QVERIFY(!view.overlay()->node(QStringLiteral("route")).breakpoint);
    QVERIFY(session.breakpoints(m_flow.name).isEmpty());

    view.conditionEdit()->setText(QStringLiteral("input.kind == 'fizz'"));
    QTest::mouseClick(view.breakpointButton(), Qt::LeftButton);
    QVERIFY(view.overlay()->node(QStringLiteral("route")).breakpoint);
    QCOMPARE(view.overlay()->node(QStringLiteral("route")).breakpointCondition,
             QStringLiteral("input.kind == 'fizz'"));
    QVERIFY(waitForDebugSessions(1));

    FlowOverlay runOverlay;
    FlowRunWatch run(&runOverlay);
    run.setNatsUrl(m_supervisor->brokerUrl());
    QSignalSpy finished(&run, &FlowRunWatch::runFinished);
    QVERIFY(run.run(m_flow, QByteArrayLiteral("{\"n\": 5}"))); // buzz: the condition does not hold
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 15000);
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("ok"));
    QVERIFY(!view.pausedRun());

    finished.clear();
    QVERIFY(run.run(m_flow, QByteArrayLiteral("{\"n\": 3}"))); // fizz: it does
    QTRY_VERIFY_WITH_TIMEOUT(view.pausedRun().has_value(), 15000);
    QCOMPARE(view.pausedRun()->node, QStringLiteral("route"));
    QTest::mouseClick(view.abortButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 15000);
    QVERIFY(finished.first().at(1).toString() != QLatin1String("ok"));
    QCOMPARE(runOverlay.node(QStringLiteral("fizz")).run, RunState::None);
    QVERIFY(view.toggleBreakpoint(QStringLiteral("route")));
}

QTEST_MAIN(tst_FlowRunView)
#include "tst_flowrunview.moc"
