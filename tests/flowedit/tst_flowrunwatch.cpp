// FlowRunWatch against a real local cluster of the example project (resources/examples/basic):
// a live run paints node states from the spans as they come, the taken branch succeeded and
// the others skipped; the run's record gives every edge's data; a failing run marks the
// failing node; a recorded run paints the same on a fresh overlay (the debugger's step view).

#include "flowoverlay.h"
#include "flowrunwatch.h"
#include "supervisor.h"
#include "testbroker.h"
#include "testproject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Stratus;
using namespace Stratus::Test;
using RunState = FlowOverlay::RunState;

class tst_FlowRunWatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void refusesWithoutCluster();
    void takenBranchSucceedsOthersSkipped();
    void edgeDataFromTheRecord();
    void failingNodeMarkedFailed();
    void recordedRunPaintsTheSame();
    void nothingListening();
    void mapElementsAggregate();

private:
    QJsonObject runFizzBuzz(FlowOverlay &overlay, FlowRunWatch &watch, const QByteArray &input);

    QTemporaryDir m_project;
    std::unique_ptr<Supervisor> m_supervisor;
    Flow m_flow;
    QJsonObject m_buzzRecord; // the record of the n=5 run, for recordedRunPaintsTheSame
};

namespace {

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

void tst_FlowRunWatch::initTestCase()
{
    QVERIFY(copyProject(sourceDir() + QStringLiteral("/resources/examples/basic"), m_project.path()));
    auto flow = Flow::load(m_project.filePath(QStringLiteral("flows/fizzbuzz.flow.json")));
    QVERIFY2(flow, qPrintable(flow.errorMessage()));
    m_flow = *flow;
    auto cluster = startCluster(m_project.path());
    QVERIFY2(cluster, qPrintable(cluster.errorMessage()));
    m_supervisor = std::move(*cluster);
}

void tst_FlowRunWatch::cleanupTestCase()
{
    if (!m_supervisor)
        return;
    QSignalSpy stopped(m_supervisor.get(), &Supervisor::stopped);
    m_supervisor->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 90000);
}

// Runs and waits for the reply and the record; returns runFinished's arguments as an object.
QJsonObject tst_FlowRunWatch::runFizzBuzz(FlowOverlay &overlay, FlowRunWatch &watch, const QByteArray &input)
{
    Q_UNUSED(overlay)
    QSignalSpy finished(&watch, &FlowRunWatch::runFinished);
    QSignalSpy recordReady(&watch, &FlowRunWatch::recordReady);
    QSignalSpy recordFailed(&watch, &FlowRunWatch::recordFailed);
    const Status started = watch.run(m_flow, input);
    if (!started) {
        qWarning() << started.errorMessage();
        return {};
    }
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20000))
        return {};
    if (!QTest::qWaitFor([&] { return !recordReady.isEmpty() || !recordFailed.isEmpty(); }, 10000))
        return {};
    if (!recordFailed.isEmpty())
        qWarning() << recordFailed.first().at(1).toString();
    const QList<QVariant> args = finished.first();
    return {
        {QStringLiteral("runId"), args.at(0).toString()},
        {QStringLiteral("status"), args.at(1).toString()},
        {QStringLiteral("output"), QString::fromUtf8(args.at(2).toByteArray())},
        {QStringLiteral("error"), args.at(3).toString()},
        {QStringLiteral("record"), recordReady.isEmpty() ? QStringLiteral("none") : QStringLiteral("ready")}};
}

void tst_FlowRunWatch::refusesWithoutCluster()
{
    FlowOverlay overlay;
    FlowRunWatch watch(&overlay);
    QSignalSpy started(&watch, &FlowRunWatch::runStarted);
    const Status s = watch.run(m_flow, QByteArrayLiteral("{\"n\": 5}"));
    QVERIFY(!s);
    QVERIFY2(s.errorMessage().contains(QLatin1String("cluster")), qPrintable(s.errorMessage()));
    QVERIFY(started.isEmpty());
    QVERIFY(overlay.nodes().isEmpty());
}

void tst_FlowRunWatch::takenBranchSucceedsOthersSkipped()
{
    FlowOverlay overlay;
    FlowRunWatch watch(&overlay);
    watch.setNatsUrl(m_supervisor->brokerUrl());
    // Every state each node went through, to see that the spans arrived live (not only the
    // final trace document).
    QHash<QString, QList<RunState>> seen;
    connect(&overlay, &FlowOverlay::nodeMarksChanged, this, [&](const QString &id) {
        const RunState state = overlay.node(id).run;
        if (seen[id].isEmpty() || seen[id].last() != state)
            seen[id].append(state);
    });
    const QJsonObject result = runFizzBuzz(overlay, watch, QByteArrayLiteral("{\"n\": 5}"));
    QCOMPARE(result.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(object(result.value(QLatin1String("output")).toString().toUtf8()),
             QJsonObject({{QStringLiteral("n"), 5}, {QStringLiteral("result"), QStringLiteral("Buzz")}}));
    QCOMPARE(result.value(QLatin1String("record")).toString(), QStringLiteral("ready"));
    QVERIFY(watch.runId().startsWith(QLatin1String("editor-")));
    QCOMPARE(result.value(QLatin1String("runId")).toString(), watch.runId());

    for (const char *id : {"check", "route", "buzz", "done"}) {
        const auto marks = overlay.node(QLatin1String(id));
        QVERIFY2(marks.run == RunState::Succeeded, id);
        QVERIFY2(marks.durationUs >= 0, id);
    }
    for (const char *id : {"fizz", "fizzbuzz", "number"})
        QVERIFY2(overlay.node(QLatin1String(id)).run == RunState::Skipped, id);
    // Every node started Waiting; the function nodes were seen Running before they succeeded.
    QCOMPARE(seen.value(QStringLiteral("check")).value(0), RunState::Waiting);
    QVERIFY(seen.value(QStringLiteral("check")).contains(RunState::Running));
    QCOMPARE(seen.value(QStringLiteral("fizz")).value(0), RunState::Waiting);

    const auto taken = [&overlay](const char *from, const char *to) {
        return overlay.edge({QLatin1String(from), QLatin1String(to), FlowEdgeKind::Next}).taken;
    };
    QVERIFY(taken("check", "route"));
    QVERIFY(taken("route", "buzz"));
    QVERIFY(taken("buzz", "done"));
    QVERIFY(!taken("route", "fizz"));
    QVERIFY(!taken("route", "fizzbuzz"));
    QVERIFY(!taken("route", "number"));
    QVERIFY(!taken("fizz", "done"));
    QVERIFY(!taken("number", "done"));

    QVERIFY(watch.durationUs() > 0);
    m_buzzRecord = watch.record();
}

void tst_FlowRunWatch::edgeDataFromTheRecord()
{
    FlowOverlay overlay;
    FlowRunWatch watch(&overlay);
    watch.setNatsUrl(m_supervisor->brokerUrl());
    const QJsonObject result = runFizzBuzz(overlay, watch, QByteArrayLiteral("{\"n\": 5}"));
    QCOMPARE(result.value(QLatin1String("record")).toString(), QStringLiteral("ready"));

    const QJsonObject checked{{QStringLiteral("n"), 5}, {QStringLiteral("kind"), QStringLiteral("buzz")}};
    const QJsonObject answered{{QStringLiteral("n"), 5}, {QStringLiteral("result"), QStringLiteral("Buzz")}};
    const auto data = [&watch](const char *from, const char *to) {
        return watch.edgeData({QLatin1String(from), QLatin1String(to), FlowEdgeKind::Next});
    };
    QCOMPARE(watch.nodeData(QStringLiteral("check")).output, QJsonValue(checked));
    QCOMPARE(data("check", "route"), QJsonValue(checked));
    QCOMPARE(data("route", "buzz"), QJsonValue(checked)); // a choice passes its input on
    QCOMPARE(data("buzz", "done"), QJsonValue(answered));
    QVERIFY(data("route", "fizz").isUndefined());
    QVERIFY(data("fizz", "done").isUndefined());
    QCOMPARE(watch.nodeData(QStringLiteral("done")).output, QJsonValue(answered));
    QCOMPARE(watch.nodeData(QStringLiteral("check")).input,
             QJsonValue(QJsonObject{{QStringLiteral("n"), 5}}));
    QVERIFY(watch.nodeData(QStringLiteral("fizz")).status.isEmpty());

    QStringList order;
    for (const FlowRunWatch::Execution &e : watch.executions())
        order << e.node;
    QCOMPARE(order, QStringList({QStringLiteral("check"), QStringLiteral("route"), QStringLiteral("buzz"),
                                 QStringLiteral("done")}));
}

void tst_FlowRunWatch::failingNodeMarkedFailed()
{
    FlowOverlay overlay;
    FlowRunWatch watch(&overlay);
    watch.setNatsUrl(m_supervisor->brokerUrl());
    const QJsonObject result = runFizzBuzz(overlay, watch, QByteArrayLiteral("{\"n\": \"abc\"}"));
    QCOMPARE(result.value(QLatin1String("status")).toString(), QStringLiteral("function-error"));
    QVERIFY2(result.value(QLatin1String("error")).toString().contains(QLatin1String("ValueError")),
             qPrintable(result.value(QLatin1String("error")).toString()));
    QCOMPARE(watch.failedNode(), QStringLiteral("check"));
    const auto check = overlay.node(QStringLiteral("check"));
    QCOMPARE(check.run, RunState::Failed);
    QVERIFY2(check.runText.contains(QLatin1String("ValueError")), qPrintable(check.runText));
    // Nothing after it ran, and nothing is left Waiting once the run is over.
    for (const char *id : {"route", "fizz", "buzz", "fizzbuzz", "number", "done"}) {
        const RunState state = overlay.node(QLatin1String(id)).run;
        QVERIFY2(state == RunState::None || state == RunState::Skipped, id);
    }
    QVERIFY(!overlay.edge({QStringLiteral("check"), QStringLiteral("route"), FlowEdgeKind::Next}).taken);
    // A failed run leaves a record too: the failing node's input is in it.
    QCOMPARE(result.value(QLatin1String("record")).toString(), QStringLiteral("ready"));
    QCOMPARE(watch.nodeData(QStringLiteral("check")).input,
             QJsonValue(QJsonObject{{QStringLiteral("n"), QStringLiteral("abc")}}));
}

void tst_FlowRunWatch::recordedRunPaintsTheSame()
{
    if (m_buzzRecord.isEmpty())
        QSKIP("takenBranchSucceedsOthersSkipped left no record");
    FlowOverlay overlay;
    FlowRunWatch watch(&overlay);
    watch.showRecord(m_flow, m_buzzRecord);
    QCOMPARE(watch.status(), QStringLiteral("ok"));
    QCOMPARE(object(watch.output()),
             QJsonObject({{QStringLiteral("n"), 5}, {QStringLiteral("result"), QStringLiteral("Buzz")}}));
    for (const char *id : {"check", "route", "buzz", "done"})
        QVERIFY2(overlay.node(QLatin1String(id)).run == RunState::Succeeded, id);
    for (const char *id : {"fizz", "fizzbuzz", "number"})
        QVERIFY2(overlay.node(QLatin1String(id)).run == RunState::Skipped, id);
    QVERIFY(overlay.edge({QStringLiteral("route"), QStringLiteral("buzz"), FlowEdgeKind::Next}).taken);
    QCOMPARE(watch.edgeData({QStringLiteral("buzz"), QStringLiteral("done"), FlowEdgeKind::Next}),
             QJsonValue(
                 QJsonObject{{QStringLiteral("n"), 5}, {QStringLiteral("result"), QStringLiteral("Buzz")}}));
    QCOMPARE(watch.executions().size(), 4);
}

void tst_FlowRunWatch::nothingListening()
{
    Flow other = m_flow;
    other.name = QStringLiteral("not-deployed");
    FlowOverlay overlay;
    FlowRunWatch watch(&overlay);
    watch.setNatsUrl(m_supervisor->brokerUrl());
    QSignalSpy finished(&watch, &FlowRunWatch::runFinished);
    QVERIFY(watch.run(other, QByteArrayLiteral("{}")));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("no-responders"));
    QVERIFY2(finished.first().at(3).toString().contains(QLatin1String("flow.not-deployed")),
             qPrintable(finished.first().at(3).toString()));
    QVERIFY(!watch.isRunning());
    QCOMPARE(overlay.node(QStringLiteral("check")).run, RunState::None);
}

// A recorded run of tests/cluster/flowproject's map flow, three elements through work and
// label, the last element failing in label: nodes of the sub-path aggregate their elements,
// edges inside it carry one value per element.
void tst_FlowRunWatch::mapElementsAggregate()
{
    auto flow = Flow::load(sourceDir() + QStringLiteral("/tests/cluster/flowproject/flows/map.flow.json"));
    QVERIFY2(flow, qPrintable(flow.errorMessage()));
    const auto span = [](const char *node, int element, qint64 start, const char *status) {
        QJsonObject o{{QStringLiteral("runId"), QStringLiteral("r1")},
                      {QStringLiteral("node"), QLatin1String(node)},
                      {QStringLiteral("startUs"), double(start)},
                      {QStringLiteral("endUs"), double(start + 10)},
                      {QStringLiteral("status"), QLatin1String(status)}};
        if (element >= 0)
            o.insert(QStringLiteral("element"), element);
        if (QLatin1String(status) == QLatin1String("error"))
            o.insert(QStringLiteral("error"), QStringLiteral("bad item"));
        return o;
    };
    const auto node = [](const char *id, int element, const QJsonValue &input, const QJsonValue &output) {
        QJsonObject o{{QStringLiteral("node"), QLatin1String(id)}, {QStringLiteral("input"), input}};
        o.insert(QStringLiteral("status"),
                 output.isUndefined() ? QStringLiteral("error") : QStringLiteral("ok"));
        if (element >= 0)
            o.insert(QStringLiteral("element"), element);
        if (!output.isUndefined())
            o.insert(QStringLiteral("output"), output);
        return o;
    };
    const auto item = [](int ms) { return QJsonObject{{QStringLiteral("ms"), ms}}; };
    const auto tagged = [](int ms) {
        return QJsonObject{{QStringLiteral("ms"), ms}, {QStringLiteral("tag"), ms}};
    };
    const QJsonObject record{
        {QStringLiteral("runId"), QStringLiteral("r1")},
        {QStringLiteral("flow"), QStringLiteral("map")},
        {QStringLiteral("status"), QStringLiteral("flow-error")},
        {QStringLiteral("failedNode"), QStringLiteral("each")},
        {QStringLiteral("spans"), QJsonArray{QJsonObject{{QStringLiteral("runId"), QStringLiteral("r1")},
                                                         {QStringLiteral("kind"), QStringLiteral("run")},
                                                         {QStringLiteral("startUs"), 1000.0},
                                                         {QStringLiteral("endUs"), 1200.0},
                                                         {QStringLiteral("status"), QStringLiteral("error")}},
                                             span("work", 0, 1010, "ok"), span("work", 1, 1011, "ok"),
                                             span("label", 0, 1030, "ok"), span("work", 2, 1040, "ok"),
                                             span("label", 1, 1031, "ok"), span("label", 2, 1060, "error"),
                                             span("each", -1, 1001, "error"), span("end", -1, 0, "skipped")}},
        {QStringLiteral("nodes"),
         QJsonArray{node("work", 0, item(1), item(1)), node("work", 1, item(2), item(2)),
                    node("label", 0, item(1), tagged(1)), node("work", 2, item(3), item(3)),
                    node("label", 1, item(2), tagged(2)), node("label", 2, item(3), QJsonValue::Undefined),
                    node("each", -1,
                         QJsonObject{{QStringLiteral("items"), QJsonArray{item(1), item(2), item(3)}}},
                         QJsonValue::Undefined)}}};
    FlowOverlay overlay;
    FlowRunWatch watch(&overlay);
    watch.showRecord(*flow, record);
    QCOMPARE(overlay.node(QStringLiteral("work")).run, RunState::Succeeded);
    QCOMPARE(overlay.node(QStringLiteral("work")).runText, QStringLiteral("3/3 elements"));
    QCOMPARE(overlay.node(QStringLiteral("work")).durationUs, qint64(40)); // first start to last end
    QCOMPARE(overlay.node(QStringLiteral("label")).run, RunState::Failed);
    QCOMPARE(overlay.node(QStringLiteral("label")).runText, QStringLiteral("2/3 elements, 1 failed"));
    QCOMPARE(overlay.node(QStringLiteral("each")).run, RunState::Failed);
    QCOMPARE(overlay.node(QStringLiteral("end")).run, RunState::Skipped);
    const FlowEdgeKey body{QStringLiteral("each"), QStringLiteral("work"), FlowEdgeKind::Body};
    const FlowEdgeKey inside{QStringLiteral("work"), QStringLiteral("label"), FlowEdgeKind::Next};
    const FlowEdgeKey after{QStringLiteral("each"), QStringLiteral("end"), FlowEdgeKind::Next};
    QVERIFY(overlay.edge(body).taken);
    QVERIFY(overlay.edge(inside).taken);
    QVERIFY(!overlay.edge(after).taken);
    QCOMPARE(watch.edgeData(body), QJsonValue(QJsonArray{item(1), item(2), item(3)}));
    QCOMPARE(watch.edgeData(inside), QJsonValue(QJsonArray{item(1), item(2), item(3)}));
    QVERIFY(watch.edgeData(after).isUndefined());
    // A sub-path node's data: one value per element, in element order.
    const FlowRunWatch::Execution label = watch.nodeData(QStringLiteral("label"));
    QCOMPARE(label.status, QStringLiteral("error"));
    QCOMPARE(label.input, QJsonValue(QJsonArray{item(1), item(2), item(3)}));
    QCOMPARE(label.output, QJsonValue(QJsonArray{tagged(1), tagged(2), QJsonValue()}));
    // Execution order is start order, not the order the spans settled in.
    QStringList order;
    for (const FlowRunWatch::Execution &e : watch.executions())
        order << e.node + QLatin1Char('#') + QString::number(e.element);
    QCOMPARE(order,
             QStringList({QStringLiteral("each#-1"), QStringLiteral("work#0"), QStringLiteral("work#1"),
                          QStringLiteral("label#0"), QStringLiteral("label#1"), QStringLiteral("work#2"),
                          QStringLiteral("label#2")}));
}

QTEST_GUILESS_MAIN(tst_FlowRunWatch)
#include "tst_flowrunwatch.moc"
