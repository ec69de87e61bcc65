// The flow debugging protocol (docs/flows.md, "Debugging") on a real cluster, through
// FlowDebugSession: a breakpoint pauses a live FizzBuzz run before the chosen node and an edited
// payload changes the branch taken; step; abort; a run's timeouts are suspended while it is
// paused; breakpoints inside a map's sub-path; re-runs from a node reuse recorded upstream data
// (the upstream functions are not invoked again); a session that stops re-sending its
// breakpoints releases its runs; without breakpoints runs are unaffected.

#include "flowdebugsession.h"
#include "flowspan.h"
#include "natsclient.h"
#include "protocol.h"
#include "supervisor.h"
#include "testbroker.h"
#include "testproject.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <future>
#include <memory>

using namespace Stratus;
using namespace Stratus::Test;

class tst_FlowDebug : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void unreachableBrokerFailsClearly();
    void conditionsAreChecked();
    void breakpointEditsPayload();
    void failingConditionWarnsAndRuns();
    void stepPausesAtNextNode();
    void abortFailsTheRun();
    void pausedRunOutlivesItsTimeout();
    void callInFlightOutlivesItsTimeout();
    void breakpointInMapElement();
    void rerunReusesRecordedData();
    void rerunRefusesBadRequests_data();
    void rerunRefusesBadRequests();
    void expiredSessionReleasesRuns();
    void restartedInvokerAsksForBreakpoints();
    void stoppingInvokerLetsRunsGo();
    void rerunBodyFromRecord_data();
    void rerunBodyFromRecord();
    void noBreakpointsNoPauses();

private:
    using Reply = std::future<Result<NatsReply>>;
    Reply startRun(const QString &flow, const QJsonObject &input, const QByteArray &runId) const;
    static Result<NatsReply> finished(Reply &reply, int timeoutMs = 15000);
    // Waits until every replica of the flow reports `sessions` debug sessions in its stats.
    bool waitForSessions(const QString &flow, int replicas, int sessions) const;
    bool setBreakpoints(const QString &flow, const QList<FlowBreakpoint> &breakpoints, int replicas);
    // The paused signal for runId, waited for.
    PausedRun waitForPause(QSignalSpy &spy, const QString &runId, int from = 0) const;
    bool controlOk(const Result<quint64> &request);
    NatsSubscriptionPtr subscribe(const QByteArray &subject) const;
    static QJsonObject nextObject(natsSubscription *sub, int timeoutMs,
                                  const std::function<bool(const QJsonObject &)> &match);

    QTemporaryDir m_project;
    std::unique_ptr<Supervisor> m_supervisor;
    std::unique_ptr<NatsClient> m_client;
    std::unique_ptr<FlowDebugSession> m_session;
};

namespace {

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonObject n(int value)
{
    return QJsonObject{{QStringLiteral("n"), value}};
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Timeouts short enough that a pause of 2.5 s would fail the run if they kept running.
constexpr char PausableFlow[] = R"({"version": 1, "name": "pausable", "start": "first", "timeoutMs": 1000,
    "nodes": [{"id": "first", "kind": "modify", "expression": "input"},
              {"id": "call", "kind": "function", "function": "echo", "timeoutMs": 800},
              {"id": "end", "kind": "end"}],
    "edges": [{"from": "first", "to": "call"}, {"from": "call", "to": "end"}]})";

// sleep (1 s, its timeoutMs 600) is in flight when mark pauses: its deadline waits too.
constexpr char ParallelFlow[] = R"({"version": 1, "name": "parallel-pause", "start": "fan",
    "nodes": [{"id": "fan", "kind": "parallel"},
              {"id": "sleep", "kind": "function", "function": "slow", "timeoutMs": 600},
              {"id": "mark", "kind": "modify", "expression": "input.ms"},
              {"id": "both", "kind": "join"},
              {"id": "end", "kind": "end"}],
    "edges": [{"from": "fan", "to": "sleep"}, {"from": "fan", "to": "mark"}, {"from": "sleep", "to": "both"},
              {"from": "mark", "to": "both"}, {"from": "both", "to": "end"}]})";

constexpr char MappedFlow[] = R"({"version": 1, "name": "mapped", "start": "each",
    "nodes": [{"id": "each", "kind": "map", "expression": "input.items", "concurrency": 4},
              {"id": "double", "kind": "modify", "expression": "input * 2"},
              {"id": "end", "kind": "end"}],
    "edges": [{"from": "each", "to": "double", "kind": "body"}, {"from": "each", "to": "end"}]})";

} // namespace

void tst_FlowDebug::initTestCase()
{
    const QString example = sourceDir() + QStringLiteral("/resources/examples/basic");
    QVERIFY(copyProject(sourceDir() + QStringLiteral("/tests/cluster/flowproject"), m_project.path()));
    QVERIFY(QFile::copy(example + QStringLiteral("/functions/fizzbuzz.py"),
                        m_project.filePath(QStringLiteral("functions/fizzbuzz.py"))));
    QVERIFY(QFile::copy(example + QStringLiteral("/flows/fizzbuzz.flow.json"),
                        m_project.filePath(QStringLiteral("flows/fizzbuzz.flow.json"))));
    QVERIFY(writeFile(m_project.filePath(QStringLiteral("flows/pausable.flow.json")), PausableFlow));
    QVERIFY(writeFile(m_project.filePath(QStringLiteral("flows/mapped.flow.json")), MappedFlow));
    QVERIFY(writeFile(m_project.filePath(QStringLiteral("flows/parallel-pause.flow.json")), ParallelFlow));
    // Only what these tests run: FizzBuzz (two replicas, so control requests reach an invoker
    // that does not hold the run too), echo, and the two flows above.
    QFile manifestFile(m_project.filePath(QStringLiteral("stratus.json")));
    QVERIFY(manifestFile.open(QIODevice::ReadOnly));
    QJsonObject manifest = object(manifestFile.readAll());
    manifestFile.close();
    QJsonArray functions;
    const QStringList keep{QStringLiteral("fizzbuzz-check"),
                           QStringLiteral("fizz"),
                           QStringLiteral("buzz"),
                           QStringLiteral("fizzbuzz"),
                           QStringLiteral("number"),
                           QStringLiteral("echo"),
                           QStringLiteral("slow")};
    for (const QJsonValue &f : manifest.value(QLatin1String("functions")).toArray()) {
        if (keep.contains(f.toObject().value(QLatin1String("name")).toString()))
            functions << f;
    }
    manifest.insert(QStringLiteral("functions"), functions);
    manifest.insert(QStringLiteral("flows"),
                    QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("fizzbuzz")},
                                           {QStringLiteral("replicas"), 2}},
                               QJsonObject{{QStringLiteral("name"), QStringLiteral("pausable")}},
                               QJsonObject{{QStringLiteral("name"), QStringLiteral("mapped")}},
                               QJsonObject{{QStringLiteral("name"), QStringLiteral("parallel-pause")}}});
    QVERIFY(writeFile(m_project.filePath(QStringLiteral("stratus.json")), QJsonDocument(manifest).toJson()));

    auto cluster = startCluster(m_project.path());
    QVERIFY2(cluster, qPrintable(cluster.errorMessage()));
    m_supervisor = std::move(*cluster);
    auto client = NatsClient::connect(m_supervisor->brokerUrl());
    QVERIFY2(client, qPrintable(client.errorMessage()));
    m_client = std::make_unique<NatsClient>(std::move(*client));
    m_session = std::make_unique<FlowDebugSession>();
    m_session->connectTo(m_supervisor->brokerUrl());
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), FlowDebugSession::State::Connected, 10000);
}

void tst_FlowDebug::cleanupTestCase()
{
    m_session.reset();
    m_client.reset();
    if (!m_supervisor)
        return;
    QSignalSpy stopped(m_supervisor.get(), &Supervisor::stopped);
    m_supervisor->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 90000);
}

// Every test starts without breakpoints.
void tst_FlowDebug::cleanup()
{
    for (const QString &flow : {QStringLiteral("fizzbuzz"), QStringLiteral("pausable"),
                                QStringLiteral("mapped"), QStringLiteral("parallel-pause")}) {
        if (!m_session->breakpoints(flow).isEmpty())
            QVERIFY(m_session->setBreakpoints(flow, {}));
    }
}

tst_FlowDebug::Reply tst_FlowDebug::startRun(const QString &flow, const QJsonObject &input,
                                             const QByteArray &runId) const
{
    return std::async(std::launch::async, [this, flow, input, runId] {
        return m_client->request(QStringLiteral("flow.") + flow,
                                 QJsonDocument(input).toJson(QJsonDocument::Compact), 30000,
                                 {{Protocol::RequestIdHeader, runId}});
    });
}

Result<NatsReply> tst_FlowDebug::finished(Reply &reply, int timeoutMs)
{
    if (!QTest::qWaitFor([&] { return reply.wait_for(std::chrono::seconds(0)) == std::future_status::ready; },
                         timeoutMs))
        return makeError(QStringLiteral("the run did not end within %1 ms").arg(timeoutMs));
    return reply.get();
}

NatsSubscriptionPtr tst_FlowDebug::subscribe(const QByteArray &subject) const
{
    natsSubscription *sub = nullptr;
    if (natsConnection_SubscribeSync(&sub, m_client->handle(), subject.constData()) != NATS_OK)
        return nullptr;
    natsConnection_Flush(m_client->handle());
    return NatsSubscriptionPtr(sub);
}

QJsonObject tst_FlowDebug::nextObject(natsSubscription *sub, int timeoutMs,
                                      const std::function<bool(const QJsonObject &)> &match)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        natsMsg *raw = nullptr;
        if (natsSubscription_NextMsg(&raw, sub, std::max<qint64>(1, deadline.remainingTime())) != NATS_OK)
            break;
        NatsMsgPtr msg(raw);
        const QJsonObject o = object(QByteArray(natsMsg_GetData(raw), natsMsg_GetDataLength(raw)));
        if (match(o))
            return o;
    }
    return {};
}

bool tst_FlowDebug::waitForSessions(const QString &flow, int replicas, int sessions) const
{
    NatsSubscriptionPtr stats = subscribe(QByteArray(Protocol::FlowStatsSubjectPrefix) + flow.toUtf8());
    if (!stats)
        return false;
    QSet<QString> synced;
    QDeadlineTimer deadline(10000); // stats come once a second from each replica
    while (synced.size() < replicas && !deadline.hasExpired()) {
        const QJsonObject o =
            nextObject(stats.get(), int(deadline.remainingTime()), [](const QJsonObject &) { return true; });
        const QString invoker = o.value(QLatin1String("invoker")).toString();
        if (o.value(QLatin1String("debugSessions")).toInt(-1) == sessions)
            synced.insert(invoker);
        else
            synced.remove(invoker);
    }
    return synced.size() == replicas;
}

bool tst_FlowDebug::setBreakpoints(const QString &flow, const QList<FlowBreakpoint> &breakpoints,
                                   int replicas)
{
    const Status set = m_session->setBreakpoints(flow, breakpoints);
    if (!set) {
        qWarning() << set.errorMessage();
        return false;
    }
    return waitForSessions(flow, replicas, breakpoints.isEmpty() ? 0 : 1);
}

PausedRun tst_FlowDebug::waitForPause(QSignalSpy &spy, const QString &runId, int from) const
{
    PausedRun found; // stays empty when no pause comes: the callers compare its runId
    (void)QTest::qWaitFor(
        [&] {
            for (int i = from; i < spy.size(); ++i) {
                const PausedRun p = spy.at(i).first().value<PausedRun>();
                if (p.runId == runId) {
                    found = p;
                    return true;
                }
            }
            return false;
        },
        10000);
    return found;
}

bool tst_FlowDebug::controlOk(const Result<quint64> &request)
{
    if (!request) {
        qWarning() << request.errorMessage();
        return false;
    }
    QSignalSpy done(m_session.get(), &FlowDebugSession::controlFinished);
    for (int i = 0; i < 2; ++i) { // the signal may already be queued
        if (!done.isEmpty() || done.wait(10000))
            break;
    }
    for (const QList<QVariant> &args : std::as_const(done)) {
        if (args.at(0).toULongLong() == *request) {
            if (!args.at(2).toBool())
                qWarning() << args.at(3).toString();
            return args.at(2).toBool();
        }
    }
    qWarning() << "no answer to control request" << *request;
    return false;
}

void tst_FlowDebug::unreachableBrokerFailsClearly()
{
    FlowDebugSession session;
    QSignalSpy errors(&session, &FlowDebugSession::error);
    session.connectTo(QStringLiteral("nats://127.0.0.1:1"));
    QCOMPARE(session.state(), FlowDebugSession::State::Connecting);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), FlowDebugSession::State::Failed, 10000);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(session.errorString().contains(QLatin1String("cannot connect to nats://127.0.0.1:1")),
             qPrintable(session.errorString()));
    const auto control = session.continueRun(QStringLiteral("r"));
    QVERIFY(!control);
    QVERIFY2(control.errorMessage().contains(QLatin1String("not connected")),
             qPrintable(control.errorMessage()));
}

void tst_FlowDebug::conditionsAreChecked()
{
    const Status bad = m_session->setBreakpoints(QStringLiteral("fizzbuzz"),
                                                 {{QStringLiteral("route"), QStringLiteral("input.n >")}});
    QVERIFY(!bad);
    QVERIFY2(bad.errorMessage().contains(QLatin1String("node route")) &&
                 bad.errorMessage().contains(QLatin1String("column")),
             qPrintable(bad.errorMessage()));
    QVERIFY(m_session->breakpoints(QStringLiteral("fizzbuzz")).isEmpty()); // nothing was set
    // An edited input that is not JSON is refused before anything is sent.
    const auto notJson = m_session->continueRun(QStringLiteral("some-run"), {}, -1, QByteArray("{n: 5"));
    QVERIFY(!notJson);
    QVERIFY2(notJson.errorMessage().contains(QLatin1String("not JSON")), qPrintable(notJson.errorMessage()));
}

// n = 5 would be "Buzz": paused before route, the payload edited to kind "fizz" takes the fizz
// branch, and continue completes the run with its result.
void tst_FlowDebug::breakpointEditsPayload()
{
    QSignalSpy paused(m_session.get(), &FlowDebugSession::paused);
    QSignalSpy resumed(m_session.get(), &FlowDebugSession::resumed);
    QVERIFY(setBreakpoints(QStringLiteral("fizzbuzz"),
                           {{QStringLiteral("route"), QStringLiteral("input.n > 3")}}, 2));
    NatsSubscriptionPtr traces = subscribe(QByteArray(Protocol::TraceSubjectPrefix) + "fizzbuzz");
    QVERIFY(traces);

    Reply run = startRun(QStringLiteral("fizzbuzz"), n(5), "dbg-edit");
    const PausedRun p = waitForPause(paused, QStringLiteral("dbg-edit"));
    QCOMPARE(p.node, QStringLiteral("route"));
    QCOMPARE(p.flow, QStringLiteral("fizzbuzz"));
    QCOMPARE(p.reason, QStringLiteral("breakpoint"));
    QCOMPARE(p.condition, QStringLiteral("input.n > 3"));
    QCOMPARE(p.element, -1);
    QCOMPARE(p.input.toObject(),
             (QJsonObject{{QStringLiteral("n"), 5}, {QStringLiteral("kind"), QStringLiteral("buzz")}}));
    QCOMPARE(p.control, QStringLiteral("stratus.debug.run.dbg-edit"));
    QCOMPARE(m_session->pausedRuns().size(), 1);

    // The condition does not hold for n = 2: that run goes through while the other waits.
    const auto small = m_client->request(QStringLiteral("flow.fizzbuzz"), "{\"n\":2}", 10000);
    QVERIFY2(small, qPrintable(small.errorMessage()));
    QCOMPARE(object(small->data).value(QLatin1String("result")).toString(), QStringLiteral("2"));
    QVERIFY(run.wait_for(std::chrono::seconds(0)) == std::future_status::timeout);

    QVERIFY(controlOk(m_session->continueRun(QStringLiteral("dbg-edit"), QStringLiteral("route"), -1,
                                             QByteArray(R"({"n": 5, "kind": "fizz"})"))));
    const auto reply = finished(run);
    QVERIFY2(reply, qPrintable(reply.errorMessage()));
    QCOMPARE(reply->status(), QByteArray(Protocol::StatusOk));
    QCOMPARE(object(reply->data),
             (QJsonObject{{QStringLiteral("n"), 5}, {QStringLiteral("result"), QStringLiteral("Fizz")}}));
    QTRY_VERIFY_WITH_TIMEOUT(!resumed.isEmpty(), 5000);
    QCOMPARE(resumed.first().at(0).toString(), QStringLiteral("dbg-edit"));
    QCOMPARE(resumed.first().at(3).toString(), QStringLiteral("continue"));
    QVERIFY(m_session->pausedRuns().isEmpty());

    const QJsonObject trace = nextObject(traces.get(), 10000, [](const QJsonObject &o) {
        return o.value(QLatin1String("runId")).toString() == QLatin1String("dbg-edit") &&
               o.contains(QLatin1String("spans"));
    });
    QHash<QString, QString> status;
    for (const QJsonValue &v : trace.value(QLatin1String("spans")).toArray()) {
        const FlowSpan span = FlowSpan::fromJson(v.toObject());
        status.insert(span.node, span.status);
    }
    QCOMPARE(status.value(QStringLiteral("route")), QStringLiteral("ok"));
    QCOMPARE(status.value(QStringLiteral("fizz")), QStringLiteral("ok"));
    QCOMPARE(status.value(QStringLiteral("buzz")), QStringLiteral("skipped"));
}

// A condition that fails at run time does not pause; the invoker says why, once.
void tst_FlowDebug::failingConditionWarnsAndRuns()
{
    QSignalSpy warnings(m_session.get(), &FlowDebugSession::warning);
    QSignalSpy paused(m_session.get(), &FlowDebugSession::paused);
    QVERIFY(setBreakpoints(QStringLiteral("pausable"),
                           {{QStringLiteral("call"), QStringLiteral("input.n < 'x'")}}, 1));
    Reply run = startRun(QStringLiteral("pausable"), n(1), "dbg-badcondition");
    const auto reply = finished(run);
    QVERIFY2(reply, qPrintable(reply.errorMessage()));
    QCOMPARE(reply->status(), QByteArray(Protocol::StatusOk));
    QTRY_VERIFY_WITH_TIMEOUT(!warnings.isEmpty(), 5000);
    const QString warning = warnings.first().first().toString();
    QVERIFY2(warning.contains(QLatin1String("node call")) && warning.contains(QLatin1String("did not pause")),
             qPrintable(warning));
    QVERIFY(paused.isEmpty());
}

void tst_FlowDebug::stepPausesAtNextNode()
{
    QSignalSpy paused(m_session.get(), &FlowDebugSession::paused);
    QVERIFY(setBreakpoints(QStringLiteral("fizzbuzz"), {{QStringLiteral("check"), {}}}, 2));
    Reply run = startRun(QStringLiteral("fizzbuzz"), n(9), "dbg-step");
    PausedRun p = waitForPause(paused, QStringLiteral("dbg-step"));
    QCOMPARE(p.node, QStringLiteral("check"));
    QCOMPARE(p.input.toObject(), n(9));

    QVERIFY(controlOk(m_session->step(QStringLiteral("dbg-step"))));
    p = waitForPause(paused, QStringLiteral("dbg-step"), 1);
    QCOMPARE(p.node, QStringLiteral("route"));
    QCOMPARE(p.reason, QStringLiteral("step"));
    QCOMPARE(p.input.toObject(),
             (QJsonObject{{QStringLiteral("n"), 9}, {QStringLiteral("kind"), QStringLiteral("fizz")}}));

    QVERIFY(controlOk(m_session->step(QStringLiteral("dbg-step"), QStringLiteral("route"))));
    p = waitForPause(paused, QStringLiteral("dbg-step"), 2);
    QCOMPARE(p.node, QStringLiteral("fizz"));
    QCOMPARE(p.reason, QStringLiteral("step"));

    // A node the run is not paused at is refused, naming where it is.
    QSignalSpy answers(m_session.get(), &FlowDebugSession::controlFinished);
    QVERIFY(m_session->continueRun(QStringLiteral("dbg-step"), QStringLiteral("buzz")));
    QTRY_VERIFY_WITH_TIMEOUT(!answers.isEmpty(), 5000);
    QCOMPARE(answers.first().at(2).toBool(), false);
    QVERIFY2(answers.first().at(3).toString().contains(QLatin1String("paused at fizz")),
             qPrintable(answers.first().at(3).toString()));

    QVERIFY(controlOk(m_session->continueRun(QStringLiteral("dbg-step"))));
    const auto reply = finished(run);
    QVERIFY2(reply, qPrintable(reply.errorMessage()));
    QCOMPARE(object(reply->data).value(QLatin1String("result")).toString(), QStringLiteral("Fizz"));
    QCOMPARE(paused.size(), 3); // nothing after the continue
}

void tst_FlowDebug::abortFailsTheRun()
{
    QSignalSpy paused(m_session.get(), &FlowDebugSession::paused);
    QSignalSpy resumed(m_session.get(), &FlowDebugSession::resumed);
    QVERIFY(setBreakpoints(QStringLiteral("fizzbuzz"), {{QStringLiteral("route"), {}}}, 2));
    Reply run = startRun(QStringLiteral("fizzbuzz"), n(3), "dbg-abort");
    QCOMPARE(waitForPause(paused, QStringLiteral("dbg-abort")).node, QStringLiteral("route"));
    QVERIFY(controlOk(m_session->abort(QStringLiteral("dbg-abort"))));
    const auto reply = finished(run);
    QVERIFY2(reply, qPrintable(reply.errorMessage()));
    QCOMPARE(reply->status(), QByteArray(Protocol::StatusAborted));
    QCOMPARE(reply->header(Protocol::FailedNodeHeader), QByteArray("route"));
    QVERIFY2(reply->data.contains("aborted by the debugger at node route"), reply->data.constData());
    QTRY_VERIFY_WITH_TIMEOUT(!resumed.isEmpty(), 5000);
    QCOMPARE(resumed.first().at(3).toString(), QStringLiteral("aborted"));
    // Nothing holds it any more.
    QSignalSpy answers(m_session.get(), &FlowDebugSession::controlFinished);
    m_session->setControlTimeoutMs(500);
    QVERIFY(m_session->continueRun(QStringLiteral("dbg-abort")));
    QTRY_VERIFY_WITH_TIMEOUT(!answers.isEmpty(), 5000);
    m_session->setControlTimeoutMs(3000);
    QCOMPARE(answers.first().at(2).toBool(), false);
    QVERIFY2(answers.first().at(3).toString().contains(QLatin1String("dbg-abort")),
             qPrintable(answers.first().at(3).toString()));
}

// pausable's run has timeoutMs 1000 and its call 800: paused for 2.5 s before the call, it
// still completes, because a paused run's deadlines stand still.
void tst_FlowDebug::pausedRunOutlivesItsTimeout()
{
    QSignalSpy paused(m_session.get(), &FlowDebugSession::paused);
    QVERIFY(setBreakpoints(QStringLiteral("pausable"), {{QStringLiteral("call"), {}}}, 1));
    Reply run = startRun(QStringLiteral("pausable"), n(42), "dbg-timeout");
    QCOMPARE(waitForPause(paused, QStringLiteral("dbg-timeout")).node, QStringLiteral("call"));
    QTest::qWait(2500); // the pause under test, not a synchronisation
    QVERIFY(run.wait_for(std::chrono::seconds(0)) == std::future_status::timeout);
    QVERIFY(controlOk(m_session->continueRun(QStringLiteral("dbg-timeout"))));
    const auto reply = finished(run);
    QVERIFY2(reply, qPrintable(reply.errorMessage()));
    QVERIFY2(reply->status() == Protocol::StatusOk, reply->data.constData());
    QCOMPARE(object(reply->data), n(42));
}

void tst_FlowDebug::callInFlightOutlivesItsTimeout()
{
    QSignalSpy paused(m_session.get(), &FlowDebugSession::paused);
    QVERIFY(setBreakpoints(QStringLiteral("parallel-pause"), {{QStringLiteral("mark"), {}}}, 1));
    Reply run =
        startRun(QStringLiteral("parallel-pause"), QJsonObject{{QStringLiteral("ms"), 1000}}, "dbg-inflight");
    QCOMPARE(waitForPause(paused, QStringLiteral("dbg-inflight")).node, QStringLiteral("mark"));
    QTest::qWait(1500); // sleep's call returns meanwhile, 400 ms after its timeoutMs would have passed
    QVERIFY(controlOk(m_session->continueRun(QStringLiteral("dbg-inflight"))));
    const auto reply = finished(run);
    QVERIFY2(reply, qPrintable(reply.errorMessage()));
    QVERIFY2(reply->status() == Protocol::StatusOk, reply->data.constData());
    QCOMPARE(object(reply->data),
             (QJsonObject{{QStringLiteral("sleep"), QJsonObject{{QStringLiteral("ms"), 1000}}},
                          {QStringLiteral("mark"), 1000}}));
}

// A breakpoint in a map's sub-path pauses the elements its condition holds for, each on its own.
void tst_FlowDebug::breakpointInMapElement()
{
    QSignalSpy paused(m_session.get(), &FlowDebugSession::paused);
    QVERIFY(setBreakpoints(QStringLiteral("mapped"),
                           {{QStringLiteral("double"), QStringLiteral("input == 2")}}, 1));
    Reply run = startRun(QStringLiteral("mapped"),
                         QJsonObject{{QStringLiteral("items"), QJsonArray{1, 2, 3}}}, "dbg-map");
    const PausedRun p = waitForPause(paused, QStringLiteral("dbg-map"));
    QCOMPARE(p.node, QStringLiteral("double"));
    QCOMPARE(p.element, 1);
    QCOMPARE(p.input, QJsonValue(2));
    QVERIFY(controlOk(
        m_session->continueRun(QStringLiteral("dbg-map"), QStringLiteral("double"), 1, QByteArray("10"))));
    const auto reply = finished(run);
    QVERIFY2(reply, qPrintable(reply.errorMessage()));
    QCOMPARE(QJsonDocument::fromJson(reply->data).array(), (QJsonArray{2, 20, 6}));
}

// A recorded run of n = 10 (buzz), re-run from route and from fizz (a branch the record did
// not take): check's recorded output is used, fizzbuzz-check is not called again, the branch is.
void tst_FlowDebug::rerunReusesRecordedData()
{
    NatsSubscriptionPtr runs = subscribe(QByteArray(Protocol::RunSubjectPrefix) + "fizzbuzz");
    QVERIFY(runs);
    const auto original = m_client->request(QStringLiteral("flow.fizzbuzz"), "{\"n\":10}", 10000,
                                            {{Protocol::RequestIdHeader, "dbg-recorded"}});
    QVERIFY2(original, qPrintable(original.errorMessage()));
    QCOMPARE(object(original->data).value(QLatin1String("result")).toString(), QStringLiteral("Buzz"));
    // The durable copy of the run's record, as the datastore gets it.
    const QJsonObject record = nextObject(runs.get(), 10000, [](const QJsonObject &o) {
        return o.value(QLatin1String("runId")).toString() == QLatin1String("dbg-recorded");
    });
    QVERIFY2(!record.isEmpty(), "no record on stratus.runs.fizzbuzz");
    QCOMPARE(record.value(QLatin1String("status")).toString(), QStringLiteral("ok"));

    NatsSubscriptionPtr checkCalls = subscribe(QByteArray(Protocol::RecordSubjectPrefix) + "fizzbuzz-check");
    NatsSubscriptionPtr buzzCalls = subscribe(QByteArray(Protocol::RecordSubjectPrefix) + "buzz");
    NatsSubscriptionPtr fizzCalls = subscribe(QByteArray(Protocol::RecordSubjectPrefix) + "fizz");
    NatsSubscriptionPtr traces = subscribe(QByteArray(Protocol::TraceSubjectPrefix) + "fizzbuzz");
    QVERIFY(checkCalls && buzzCalls && fizzCalls && traces);

    QSignalSpy rerun(m_session.get(), &FlowDebugSession::rerunFinished);
    const auto fromRoute = m_session->rerunFrom(QStringLiteral("fizzbuzz"), record, QStringLiteral("route"));
    QVERIFY2(fromRoute, qPrintable(fromRoute.errorMessage()));
    QTRY_VERIFY_WITH_TIMEOUT(!rerun.isEmpty(), 15000);
    QCOMPARE(rerun.first().at(0).toULongLong(), *fromRoute);
    QCOMPARE(rerun.first().at(1).toByteArray(), QByteArray(Protocol::StatusOk));
    QCOMPARE(object(rerun.first().at(2).toByteArray()),
             (QJsonObject{{QStringLiteral("n"), 10}, {QStringLiteral("result"), QStringLiteral("Buzz")}}));
    const QString rerunId = QString::fromUtf8(
        rerun.first().at(3).value<QMap<QByteArray, QByteArray>>().value(Protocol::RunIdHeader));
    QVERIFY(!rerunId.isEmpty() && rerunId != QLatin1String("dbg-recorded"));

    const QJsonObject trace = nextObject(traces.get(), 10000, [&](const QJsonObject &o) {
        return o.value(QLatin1String("runId")).toString() == rerunId && o.contains(QLatin1String("spans"));
    });
    QHash<QString, QString> status;
    for (const QJsonValue &v : trace.value(QLatin1String("spans")).toArray()) {
        const FlowSpan span = FlowSpan::fromJson(v.toObject());
        status.insert(span.node, span.status);
    }
    QCOMPARE(status.value(QStringLiteral("check")), QStringLiteral("replayed"));
    QCOMPARE(status.value(QStringLiteral("route")), QStringLiteral("ok"));
    QCOMPARE(status.value(QStringLiteral("buzz")), QStringLiteral("ok"));

    // From a branch the recorded run did not take.
    rerun.clear();
    const auto fromFizz = m_session->rerunFrom(QStringLiteral("fizzbuzz"), record, QStringLiteral("fizz"));
    QVERIFY2(fromFizz, qPrintable(fromFizz.errorMessage()));
    QTRY_VERIFY_WITH_TIMEOUT(!rerun.isEmpty(), 15000);
    QCOMPARE(rerun.first().at(1).toByteArray(), QByteArray(Protocol::StatusOk));
    QCOMPARE(object(rerun.first().at(2).toByteArray()).value(QLatin1String("result")).toString(),
             QStringLiteral("Fizz"));
    const QString secondId = QString::fromUtf8(
        rerun.first().at(3).value<QMap<QByteArray, QByteArray>>().value(Protocol::RunIdHeader));

    // buzz and fizz ran in the re-runs (their invocation records arrive); check in neither
    // (its record of the original run may still be on its way: only the re-runs' count).
    const auto callOf = [](const QString &requestId) {
        return [requestId](const QJsonObject &o) {
            return o.value(QLatin1String("requestId")).toString() == requestId;
        };
    };
    QVERIFY(!nextObject(buzzCalls.get(), 10000, callOf(rerunId + QStringLiteral(".buzz"))).isEmpty());
    QVERIFY(!nextObject(fizzCalls.get(), 10000, callOf(secondId + QStringLiteral(".fizz"))).isEmpty());
    const QJsonObject check = nextObject(checkCalls.get(), 1000, [&](const QJsonObject &o) {
        const QString id = o.value(QLatin1String("requestId")).toString();
        return id.startsWith(rerunId + QLatin1Char('.')) || id.startsWith(secondId + QLatin1Char('.'));
    });
    QVERIFY2(check.isEmpty(), qPrintable(check.value(QLatin1String("requestId")).toString()));
}

void tst_FlowDebug::rerunRefusesBadRequests_data()
{
    QTest::addColumn<QString>("flow");
    QTest::addColumn<QByteArray>("node");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown node") << QStringLiteral("fizzbuzz") << QByteArray("nope")
                                  << QByteArray(R"({"input": {"n": 1}, "outputs": {}})")
                                  << QStringLiteral("no such node");
    QTest::newRow("inside a map") << QStringLiteral("mapped") << QByteArray("double")
                                  << QByteArray(R"({"input": {"items": [1]}, "outputs": {}})")
                                  << QStringLiteral("inside a map's sub-path");
    QTest::newRow("missing upstream output") << QStringLiteral("fizzbuzz") << QByteArray("route")
                                             << QByteArray(R"({"input": {"n": 1}, "outputs": {"buzz": 1}})")
                                             << QStringLiteral("none of the nodes before it (check)");
    QTest::newRow("truncated upstream output")
        << QStringLiteral("fizzbuzz") << QByteArray("route")
        << QByteArray(R"({"input": {"n": 1}, "outputs": {}, "truncated": ["check"]})")
        << QStringLiteral("size of node check");
    QTest::newRow("not JSON") << QStringLiteral("fizzbuzz") << QByteArray("route")
                              << QByteArray("{\"input\":") << QStringLiteral("the body must be");
}

void tst_FlowDebug::rerunRefusesBadRequests()
{
    QFETCH(QString, flow);
    QFETCH(QByteArray, node);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const auto reply =
        m_client->request(QStringLiteral("flow.") + flow, body, 10000, {{Protocol::StartAtHeader, node}});
    QVERIFY2(reply, qPrintable(reply.errorMessage()));
    QCOMPARE(reply->status(), QByteArray(Protocol::StatusBadRequest));
    QVERIFY2(QString::fromUtf8(reply->data).contains(expected), reply->data.constData());
    QVERIFY2(reply->data.contains("from node " + node), reply->data.constData());
}

// A workbench that crashed: its breakpoints (sent once, with a short ttlMs) expire and the run
// it paused goes on by itself.
void tst_FlowDebug::expiredSessionReleasesRuns()
{
    NatsSubscriptionPtr pausedEvents = subscribe("stratus.debug.fizzbuzz.paused");
    NatsSubscriptionPtr resumedEvents = subscribe("stratus.debug.fizzbuzz.resumed");
    QVERIFY(pausedEvents && resumedEvents);
    QVERIFY(m_client->publish(
        QStringLiteral("stratus.debug.fizzbuzz.breakpoints"),
        R"({"session": "crashed-workbench", "breakpoints": [{"node": "route"}], "ttlMs": 1500})"));
    QVERIFY(waitForSessions(QStringLiteral("fizzbuzz"), 2, 1));
    Reply run = startRun(QStringLiteral("fizzbuzz"), n(15), "dbg-expire");
    const QJsonObject paused = nextObject(pausedEvents.get(), 10000, [](const QJsonObject &o) {
        return o.value(QLatin1String("runId")).toString() == QLatin1String("dbg-expire");
    });
    QCOMPARE(paused.value(QLatin1String("session")).toString(), QStringLiteral("crashed-workbench"));
    const auto reply = finished(run, 10000);
    QVERIFY2(reply, qPrintable(reply.errorMessage()));
    QCOMPARE(object(reply->data).value(QLatin1String("result")).toString(), QStringLiteral("FizzBuzz"));
    const QJsonObject resumed = nextObject(resumedEvents.get(), 5000, [](const QJsonObject &o) {
        return o.value(QLatin1String("runId")).toString() == QLatin1String("dbg-expire");
    });
    QCOMPARE(resumed.value(QLatin1String("reason")).toString(), QStringLiteral("expired"));
    QVERIFY(waitForSessions(QStringLiteral("fizzbuzz"), 2, 0));
}

// A flow invoker that starts asks for the breakpoints (stratus.debug.FLOW.sync): it has them
// long before the session's next re-send (every 20 s here).
void tst_FlowDebug::restartedInvokerAsksForBreakpoints()
{
    m_session->setTtlMs(60000);
    QVERIFY(setBreakpoints(QStringLiteral("pausable"), {{QStringLiteral("call"), {}}}, 1));
    ManagedProcess *invoker = nullptr;
    for (ManagedProcess *p : m_supervisor->processes()) {
        if (p->role() == ManagedProcess::Role::Flow && p->spec().function == QLatin1String("pausable"))
            invoker = p;
    }
    QVERIFY(invoker);
    const qint64 oldPid = invoker->pid();
    QCOMPARE(::kill(oldPid, SIGKILL), 0);
    QTRY_VERIFY_WITH_TIMEOUT(invoker->pid() != oldPid && invoker->state() == ManagedProcess::State::Ready,
                             20000);
    QVERIFY(waitForSessions(QStringLiteral("pausable"), 1, 1));
    m_session->setTtlMs(30000);
}

// An invoker told to stop (SIGTERM: it drains) lets its paused runs go on and finish first.
void tst_FlowDebug::stoppingInvokerLetsRunsGo()
{
    QSignalSpy paused(m_session.get(), &FlowDebugSession::paused);
    QSignalSpy resumed(m_session.get(), &FlowDebugSession::resumed);
    QVERIFY(setBreakpoints(QStringLiteral("pausable"), {{QStringLiteral("call"), {}}}, 1));
    Reply run = startRun(QStringLiteral("pausable"), n(7), "dbg-drain");
    QCOMPARE(waitForPause(paused, QStringLiteral("dbg-drain")).node, QStringLiteral("call"));
    ManagedProcess *invoker = nullptr;
    for (ManagedProcess *p : m_supervisor->processes()) {
        if (p->role() == ManagedProcess::Role::Flow && p->spec().function == QLatin1String("pausable"))
            invoker = p;
    }
    QVERIFY(invoker);
    const qint64 oldPid = invoker->pid();
    QCOMPARE(::kill(oldPid, SIGTERM), 0);
    const auto reply = finished(run);
    QVERIFY2(reply, qPrintable(reply.errorMessage()));
    QVERIFY2(reply->status() == Protocol::StatusOk, reply->data.constData());
    QCOMPARE(object(reply->data), n(7));
    QTRY_VERIFY_WITH_TIMEOUT(!resumed.isEmpty(), 5000);
    QCOMPARE(resumed.first().at(3).toString(), QStringLiteral("draining"));
    // The supervisor starts it again, and it asks for the breakpoints.
    QTRY_VERIFY_WITH_TIMEOUT(invoker->pid() != oldPid && invoker->state() == ManagedProcess::State::Ready,
                             20000);
}

void tst_FlowDebug::rerunBodyFromRecord_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("node");
    QTest::addColumn<QByteArray>("body"); // expected, or empty when refused
    QTest::addColumn<QString>("error");
    const QByteArray record =
        R"({"runId": "r1", "input": {"n": 10}, "nodes": [
            {"node": "check", "status": "ok", "input": {"n": 10}, "output": {"n": 10, "kind": "buzz"}},
            {"node": "route", "status": "ok", "input": 1, "output": 1},
            {"node": "work", "element": 0, "status": "ok", "input": 1, "output": 2},
            {"node": "big", "status": "ok", "input": 1, "output": {"truncated": true, "bytes": 70000}},
            {"node": "broken", "status": "error", "input": 1}]})";
    QTest::newRow("outputs of top-level nodes that succeeded")
        << record << QStringLiteral("buzz")
        << QByteArray(
               R"({"input":{"n":10},"outputs":{"check":{"kind":"buzz","n":10},"route":1},"truncated":["big"]})")
        << QString();
    QTest::newRow("no node") << record << QString() << QByteArray() << QStringLiteral("choose the node");
    QTest::newRow("not a record") << QByteArray(R"({"runId": "r1"})") << QStringLiteral("x") << QByteArray()
                                  << QStringLiteral("not a flow run's record");
    QTest::newRow("input kept by size only")
        << QByteArray(R"({"input": {"truncated": true, "bytes": 99999}, "nodes": []})") << QStringLiteral("x")
        << QByteArray() << QStringLiteral("run's input");
}

void tst_FlowDebug::rerunBodyFromRecord()
{
    QFETCH(QByteArray, record);
    QFETCH(QString, node);
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const auto built = FlowDebugSession::rerunBody(object(record), node);
    if (error.isEmpty()) {
        QVERIFY2(built, qPrintable(built.errorMessage()));
        QCOMPARE(object(*built), object(body));
    } else {
        QVERIFY(!built);
        QVERIFY2(built.errorMessage().contains(error), qPrintable(built.errorMessage()));
    }
}

void tst_FlowDebug::noBreakpointsNoPauses()
{
    QVERIFY(waitForSessions(QStringLiteral("fizzbuzz"), 2, 0));
    NatsSubscriptionPtr pausedEvents = subscribe("stratus.debug.*.paused");
    QVERIFY(pausedEvents);
    for (int i = 1; i <= 15; ++i) {
        const auto reply = m_client->request(QStringLiteral("flow.fizzbuzz"),
                                             QJsonDocument(n(i)).toJson(QJsonDocument::Compact), 10000);
        QVERIFY2(reply, qPrintable(reply.errorMessage()));
        QCOMPARE(reply->status(), QByteArray(Protocol::StatusOk));
    }
    int pending = 0;
    QCOMPARE(natsSubscription_GetPending(pausedEvents.get(), &pending, nullptr), NATS_OK);
    QCOMPARE(pending, 0);
}

QTEST_GUILESS_MAIN(tst_FlowDebug)
#include "tst_flowdebug.moc"
