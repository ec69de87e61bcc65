// Flows on a real local cluster (docs/flows.md): every node kind, FizzBuzz for 1..100 through
// NATS and through the HTTP gateway, retries, error edges, timeouts, an invoker killed in the
// middle of a run, spans, and the run's record in the datastore. The project is
// tests/cluster/flowproject plus the example's FizzBuzz functions and flow.

#include "datastoreclient.h"
#include "flow.h"
#include "flowspan.h"
#include "natsclient.h"
#include "protocol.h"
#include "stopbudget.h"
#include "supervisor.h"
#include "testbroker.h"
#include "testproject.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <future>
#include <memory>

using namespace Stratus;
using namespace Stratus::Test;

class tst_FlowRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fizzBuzzThroughNats();
    void fizzBuzzThroughGateway();
    void replicasShareTheRuns();
    void parallelAndJoin();
    void modifyAndChoice_data();
    void modifyAndChoice();
    void mapWithConcurrencyLimit();
    void retry_data();
    void retry();
    void errorEdge();
    void nodeTimeout();
    void killedInvoker();
    void absentInvokerFailsAtOnce();
    void spansCompleteAndNested();
    void recordInDatastore();
    void largePayloadsByReference();
    void invalidFlowRefusedAtStart_data();
    void invalidFlowRefusedAtStart();
    void stopWaitsForEachDrain();

private:
    Result<NatsReply> run(const QString &flow, const QJsonValue &input, int timeoutMs = 15000,
                          const QMap<QByteArray, QByteArray> &headers = {}) const;
    // The finished-run document on stratus.traces.FLOW for runId, from a subscription made before.
    QJsonObject traceOf(natsSubscription *sub, const QByteArray &runId) const;
    NatsSubscriptionPtr subscribeTraces(const QString &flow) const;
    QList<ManagedProcess *> invokersOf(const QString &function) const;
    // The end of the logs of the processes whose id starts with one of these, to say why.
    QString logTails(const QStringList &idPrefixes) const;

    QTemporaryDir m_project;
    std::unique_ptr<Supervisor> m_supervisor;
    std::unique_ptr<NatsClient> m_client;
};

namespace {

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QString fizzBuzz(int n)
{
    if (n % 15 == 0)
        return QStringLiteral("FizzBuzz");
    if (n % 3 == 0)
        return QStringLiteral("Fizz");
    if (n % 5 == 0)
        return QStringLiteral("Buzz");
    return QString::number(n);
}

} // namespace

void tst_FlowRun::initTestCase()
{
    const QString example = sourceDir() + QStringLiteral("/resources/examples/basic");
    QVERIFY(copyProject(sourceDir() + QStringLiteral("/tests/cluster/flowproject"), m_project.path()));
    QVERIFY(QFile::copy(example + QStringLiteral("/functions/fizzbuzz.py"),
                        m_project.filePath(QStringLiteral("functions/fizzbuzz.py"))));
    QVERIFY(QFile::copy(example + QStringLiteral("/flows/fizzbuzz.flow.json"),
                        m_project.filePath(QStringLiteral("flows/fizzbuzz.flow.json"))));
    auto cluster = startCluster(m_project.path());
    QVERIFY2(cluster, qPrintable(cluster.errorMessage()));
    m_supervisor = std::move(*cluster);
    auto client = NatsClient::connect(m_supervisor->brokerUrl());
    QVERIFY2(client, qPrintable(client.errorMessage()));
    m_client = std::make_unique<NatsClient>(std::move(*client));
}

void tst_FlowRun::cleanupTestCase()
{
    m_client.reset();
    if (!m_supervisor)
        return;
    QSignalSpy stopped(m_supervisor.get(), &Supervisor::stopped);
    m_supervisor->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 90000);
}

Result<NatsReply> tst_FlowRun::run(const QString &flow, const QJsonValue &input, int timeoutMs,
                                   const QMap<QByteArray, QByteArray> &headers) const
{
    const QByteArray body = input.isObject() ? QJsonDocument(input.toObject()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(input.toArray()).toJson(QJsonDocument::Compact);
    return m_client->request(QStringLiteral("flow.") + flow, body, timeoutMs, headers);
}

NatsSubscriptionPtr tst_FlowRun::subscribeTraces(const QString &flow) const
{
    natsSubscription *sub = nullptr;
    const QByteArray subject = QByteArray(Protocol::TraceSubjectPrefix) + flow.toUtf8();
    if (natsConnection_SubscribeSync(&sub, m_client->handle(), subject.constData()) != NATS_OK)
        return nullptr;
    natsConnection_Flush(m_client->handle());
    return NatsSubscriptionPtr(sub);
}

QJsonObject tst_FlowRun::traceOf(natsSubscription *sub, const QByteArray &runId) const
{
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        natsMsg *raw = nullptr;
        if (natsSubscription_NextMsg(&raw, sub, std::max<qint64>(1, deadline.remainingTime())) != NATS_OK)
            break;
        NatsMsgPtr msg(raw);
        const QJsonObject doc = object(QByteArray(natsMsg_GetData(raw), natsMsg_GetDataLength(raw)));
        if (doc.value(QLatin1String("runId")).toString().toUtf8() == runId &&
            doc.contains(QLatin1String("spans")))
            return doc;
    }
    return {};
}

QList<ManagedProcess *> tst_FlowRun::invokersOf(const QString &function) const
{
    QList<ManagedProcess *> invokers;
    for (ManagedProcess *p : m_supervisor->processes()) {
        if (p->role() == ManagedProcess::Role::Invoker && p->spec().function == function)
            invokers << p;
    }
    return invokers;
}

QString tst_FlowRun::logTails(const QStringList &idPrefixes) const
{
    QString tails;
    for (ManagedProcess *p : m_supervisor->processes()) {
        if (std::none_of(idPrefixes.cbegin(), idPrefixes.cend(),
                         [p](const QString &prefix) { return p->spec().id.startsWith(prefix); }))
            continue;
        QFile log(p->spec().logFile);
        if (log.open(QIODevice::ReadOnly) && log.size() > 4000)
            log.seek(log.size() - 4000);
        tails += QStringLiteral("\n--- %1 ---\n%2").arg(p->spec().id, QString::fromUtf8(log.readAll()));
    }
    return tails;
}

void tst_FlowRun::fizzBuzzThroughNats()
{
    for (int n = 1; n <= 100; ++n) {
        const auto reply = run(QStringLiteral("fizzbuzz"), QJsonObject{{QStringLiteral("n"), n}});
        QVERIFY2(reply, qPrintable(reply.errorMessage()));
        QCOMPARE(reply->status(), QByteArray(Protocol::StatusOk));
        const QJsonObject result = object(reply->data);
        QCOMPARE(result.value(QLatin1String("n")).toInt(), n);
        QCOMPARE(result.value(QLatin1String("result")).toString(), fizzBuzz(n));
    }
}

void tst_FlowRun::fizzBuzzThroughGateway()
{
    const QString gateway = m_supervisor->gatewayUrl();
    QVERIFY2(!gateway.isEmpty(), "the cluster has no gateway URL");
    QNetworkAccessManager network;
    for (int n = 1; n <= 100; ++n) {
        QNetworkRequest request(QUrl(gateway + QStringLiteral("/flow/fizzbuzz")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply =
            network.post(request, QByteArrayLiteral("{\"n\":") + QByteArray::number(n) + '}');
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject result = object(reply->readAll());
        QCOMPARE(result.value(QLatin1String("result")).toString(), fizzBuzz(n));
        reply->deleteLater();
    }
    // A failing run: the gateway's status says so and the body names the node.
    QNetworkRequest request(QUrl(gateway + QStringLiteral("/flow/fizzbuzz")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = network.post(request, QByteArrayLiteral("{\"n\":\"x\"}"));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 500);
    QVERIFY(reply->readAll().contains("node check (function fizzbuzz-check)"));
    reply->deleteLater();
}

// The fizzbuzz flow runs in two replicas (flowproject/stratus.json): the queue group spread
// the 200 runs above over both. Each flow invoker's stats say how many runs it completed.
void tst_FlowRun::replicasShareTheRuns()
{
    natsSubscription *raw = nullptr;
    QCOMPARE(
        natsConnection_SubscribeSync(&raw, m_client->handle(),
                                     (QByteArray(Protocol::FlowStatsSubjectPrefix) + "fizzbuzz").constData()),
        NATS_OK);
    NatsSubscriptionPtr stats(raw);
    QHash<QString, int> completed; // by invoker
    QDeadlineTimer deadline(5000); // stats come once a second from each replica
    while (completed.size() < 2 && !deadline.hasExpired()) {
        natsMsg *msg = nullptr;
        if (natsSubscription_NextMsg(&msg, stats.get(), std::max<qint64>(1, deadline.remainingTime())) !=
            NATS_OK)
            break;
        NatsMsgPtr owned(msg);
        const QJsonObject o = object(QByteArray(natsMsg_GetData(msg), natsMsg_GetDataLength(msg)));
        QCOMPARE(o.value(QLatin1String("mode")).toString(), QStringLiteral("flow"));
        completed.insert(o.value(QLatin1String("invoker")).toString(),
                         o.value(QLatin1String("completed")).toInt());
    }
    QCOMPARE(completed.size(), 2);
    int total = 0;
    for (auto it = completed.cbegin(); it != completed.cend(); ++it) {
        QVERIFY2(it.value() > 0, qPrintable(it.key() + QStringLiteral(" completed no run")));
        total += it.value();
    }
    QVERIFY(total >= 200); // both FizzBuzz tests, 100 runs each, and nothing lost
}

void tst_FlowRun::parallelAndJoin()
{
    const auto reply = run(QStringLiteral("parallel"), QJsonObject{{QStringLiteral("n"), 21}});
    QVERIFY2(reply, qPrintable(reply.errorMessage()));
    QCOMPARE(reply->status(), QByteArray(Protocol::StatusOk));
    QCOMPARE(object(reply->data),
             (QJsonObject{{QStringLiteral("echoed"), 21}, {QStringLiteral("twice"), 42}}));
}

void tst_FlowRun::modifyAndChoice_data()
{
    QTest::addColumn<QJsonArray>("values");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("default branch") << QJsonArray{1, 2} << QByteArray("small: 3");
    QTest::newRow("first condition") << QJsonArray{5, 6} << QByteArray("big: 11");
}

void tst_FlowRun::modifyAndChoice()
{
    QFETCH(QJsonArray, values);
    QFETCH(QByteArray, expected);
    const auto reply = run(QStringLiteral("modify"), QJsonObject{{QStringLiteral("values"), values}});
    QVERIFY2(reply, qPrintable(reply.errorMessage()));
    QCOMPARE(reply->status(), QByteArray(Protocol::StatusOk));
    QCOMPARE(reply->data, expected); // a string result travels as its text
}

void tst_FlowRun::mapWithConcurrencyLimit()
{
    NatsSubscriptionPtr traces = subscribeTraces(QStringLiteral("map"));
    QVERIFY(traces);
    QJsonArray items;
    for (int i = 0; i < 6; ++i)
        items << QJsonObject{{QStringLiteral("ms"), 100 + i}};
    const auto reply = run(QStringLiteral("map"), QJsonObject{{QStringLiteral("items"), items}});
    QVERIFY2(reply, qPrintable(reply.errorMessage()));
    QCOMPARE(reply->status(), QByteArray(Protocol::StatusOk));
    const QJsonArray results = object(reply->data).value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), 6);
    for (int i = 0; i < 6; ++i) { // in element order, whatever order they finished in
        QCOMPARE(results[i].toObject().value(QLatin1String("ms")).toInt(), 100 + i);
        QCOMPARE(results[i].toObject().value(QLatin1String("tag")).toString(),
                 QStringLiteral("item-%1").arg(100 + i));
    }
    // No more than `concurrency` elements were in the function at once.
    const QJsonObject trace = traceOf(traces.get(), reply->headers.value(Protocol::RunIdHeader));
    QList<FlowSpan> work;
    for (const QJsonValue &v : trace.value(QLatin1String("spans")).toArray()) {
        const FlowSpan span = FlowSpan::fromJson(v.toObject());
        if (span.node == QLatin1String("work"))
            work << span;
    }
    QCOMPARE(work.size(), 6);
    int most = 0;
    for (const FlowSpan &a : work) {
        int overlapping = 0;
        for (const FlowSpan &b : work)
            overlapping += b.startUs <= a.startUs && a.startUs < b.endUs;
        most = std::max(most, overlapping);
    }
    QCOMPARE(most, 2);
}

void tst_FlowRun::retry_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<bool>("succeeds");
    QTest::newRow("fails twice, third attempt succeeds") << 2 << true;
    QTest::newRow("fails more often than it may") << 5 << false;
}

void tst_FlowRun::retry()
{
    QFETCH(int, failures);
    QFETCH(bool, succeeds);
    const QString key = QString::fromLatin1(QTest::currentDataTag());
    const auto reply = run(QStringLiteral("retry"),
                           QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("failures"), failures}});
    QVERIFY2(reply, qPrintable(reply.errorMessage()));
    if (succeeds) {
        QCOMPARE(reply->status(), QByteArray(Protocol::StatusOk));
        QCOMPARE(object(reply->data).value(QLatin1String("attempts")).toInt(), 3);
    } else {
        QCOMPARE(reply->status(), QByteArray(Protocol::StatusFunctionError));
        QCOMPARE(reply->headers.value(Protocol::FailedNodeHeader), QByteArray("call"));
        QVERIFY2(reply->data.contains("flaky: failure 3 of") && reply->data.contains("(attempt 3 of 3)"),
                 reply->data.constData());
    }
}

void tst_FlowRun::errorEdge()
{
    const auto reply = run(QStringLiteral("catch"), QJsonObject{{QStringLiteral("id"), 7}});
    QVERIFY2(reply, qPrintable(reply.errorMessage()));
    QCOMPARE(reply->status(), QByteArray(Protocol::StatusOk));
    const QJsonObject result = object(reply->data);
    QCOMPARE(result.value(QLatin1String("caught")).toString(), QStringLiteral("call"));
    QCOMPARE(result.value(QLatin1String("status")).toString(),
             QString::fromLatin1(Protocol::StatusFunctionError));
    QVERIFY(result.value(QLatin1String("error")).toString().contains(QLatin1String("refused")));
    QCOMPARE(result.value(QLatin1String("input")).toObject(), (QJsonObject{{QStringLiteral("id"), 7}}));
}

void tst_FlowRun::nodeTimeout()
{
    const auto reply = run(QStringLiteral("timeout"), QJsonObject{{QStringLiteral("ms"), 3000}});
    QVERIFY2(reply, qPrintable(reply.errorMessage()));
    QCOMPARE(reply->status(), QByteArray(Protocol::StatusTimeout));
    QCOMPARE(reply->headers.value(Protocol::FailedNodeHeader), QByteArray("call"));
    QVERIFY2(reply->data.contains("node call (function slow)") && reply->data.contains("300 ms"),
             reply->data.constData());
}

void tst_FlowRun::killedInvoker()
{
    // Live tracing tells when the run is inside the function.
    NatsSubscriptionPtr traces = subscribeTraces(QStringLiteral("hang"));
    QVERIFY(traces);
    const QByteArray runId = "killed-invoker";
    auto pending = std::async(std::launch::async, [this, runId] {
        return run(
            QStringLiteral("hang"), QJsonObject{{QStringLiteral("ms"), 15000}}, 20000,
            {{Protocol::RequestIdHeader, runId}, {Protocol::TraceModeHeader, Protocol::TraceModeLive}});
    });
    bool inFunction = false;
    QDeadlineTimer deadline(10000);
    while (!inFunction && !deadline.hasExpired()) {
        natsMsg *raw = nullptr;
        if (natsSubscription_NextMsg(&raw, traces.get(), std::max<qint64>(1, deadline.remainingTime())) !=
            NATS_OK)
            break;
        NatsMsgPtr msg(raw);
        const QJsonObject event = object(QByteArray(natsMsg_GetData(raw), natsMsg_GetDataLength(raw)));
        const QJsonObject span = event.value(QLatin1String("span")).toObject();
        inFunction = event.value(QLatin1String("event")).toString() == QLatin1String("start") &&
                     span.value(QLatin1String("node")).toString() == QLatin1String("sleeper") &&
                     span.value(QLatin1String("runId")).toString().toUtf8() == runId;
    }
    QVERIFY2(inFunction, "the run never reached the sleeper node");
    const QList<ManagedProcess *> invokers = invokersOf(QStringLiteral("slow"));
    QVERIFY(!invokers.isEmpty());
    for (ManagedProcess *p : invokers)
        QCOMPARE(::kill(p->pid(), SIGKILL), 0);

    QTRY_VERIFY_WITH_TIMEOUT(pending.wait_for(std::chrono::seconds(0)) == std::future_status::ready, 15000);
    const auto reply = pending.get();
    QVERIFY2(reply, qPrintable(reply.errorMessage()));
    // Killed while the call is on its way: the call times out (it reached the invoker) or finds
    // nobody serving the function (it did not) — either way the run fails at the node.
    QVERIFY2(reply->status() == Protocol::StatusTimeout || reply->status() == Protocol::StatusSpawnFailed,
             reply->status().constData());
    QCOMPARE(reply->headers.value(Protocol::FailedNodeHeader), QByteArray("sleeper"));
    QVERIFY2(reply->data.contains("node sleeper (function slow)"), reply->data.constData());
    // The supervisor restarts what was killed; later runs find it again.
    QTRY_VERIFY_WITH_TIMEOUT(
        invokersOf(QStringLiteral("slow")).constFirst()->state() == ManagedProcess::State::Ready, 20000);
}

void tst_FlowRun::absentInvokerFailsAtOnce()
{
    QVERIFY(m_supervisor->scale(QStringLiteral("slow"), 0));
    QTRY_VERIFY_WITH_TIMEOUT(invokersOf(QStringLiteral("slow")).isEmpty(), 15000);
    // The broker answers "no responders" at once; it must reach the node that made the call,
    // which then fails with that reason instead of waiting out its timeout (3 s).
    const auto reply = run(QStringLiteral("hang"), QJsonObject{{QStringLiteral("ms"), 1}}, 8000);
    QVERIFY(m_supervisor->scale(QStringLiteral("slow"), 1));
    QVERIFY2(reply, qPrintable(reply.errorMessage()));
    QCOMPARE(reply->status(), QByteArray(Protocol::StatusSpawnFailed));
    QCOMPARE(reply->headers.value(Protocol::FailedNodeHeader), QByteArray("sleeper"));
    QVERIFY2(reply->data.contains("no invoker serves"), reply->data.constData());
    QTRY_VERIFY_WITH_TIMEOUT(!invokersOf(QStringLiteral("slow")).isEmpty() &&
                                 invokersOf(QStringLiteral("slow")).constFirst()->state() ==
                                     ManagedProcess::State::Ready,
                             20000);
}

void tst_FlowRun::spansCompleteAndNested()
{
    NatsSubscriptionPtr traces = subscribeTraces(QStringLiteral("map"));
    QVERIFY(traces);
    const QJsonArray items{QJsonObject{{QStringLiteral("ms"), 1}}, QJsonObject{{QStringLiteral("ms"), 2}},
                           QJsonObject{{QStringLiteral("ms"), 3}}};
    const auto reply = run(QStringLiteral("map"), QJsonObject{{QStringLiteral("items"), items}});
    QVERIFY2(reply, qPrintable(reply.errorMessage()));
    const QByteArray runId = reply->headers.value(Protocol::RunIdHeader);
    const QJsonObject trace = traceOf(traces.get(), runId);
    QVERIFY2(!trace.isEmpty(), "no trace arrived");
    QHash<QString, FlowSpan> byId;
    QList<FlowSpan> spans;
    for (const QJsonValue &v : trace.value(QLatin1String("spans")).toArray()) {
        spans << FlowSpan::fromJson(v.toObject());
        byId.insert(spans.last().spanId, spans.last());
    }
    // run + each + 3 × (work, label) + end
    QCOMPARE(spans.size(), 1 + 1 + 3 * 2 + 1);
    int runs = 0;
    for (const FlowSpan &s : std::as_const(spans)) {
        QCOMPARE(s.traceId, trace.value(QLatin1String("traceId")).toString());
        QCOMPARE(s.traceId.size(), 32);
        QCOMPARE(s.spanId.size(), 16);
        QCOMPARE(s.runId.toUtf8(), runId);
        QCOMPARE(s.status, QStringLiteral("ok"));
        QVERIFY(s.endUs >= s.startUs);
        if (s.isRun()) {
            ++runs;
            QVERIFY(s.parentSpanId.isEmpty());
            continue;
        }
        QVERIFY2(byId.contains(s.parentSpanId), qPrintable(s.node));
        const FlowSpan &parent = byId.value(s.parentSpanId);
        QVERIFY(s.startUs >= parent.startUs && s.endUs <= parent.endUs);
        const bool inSubPath = s.node == QLatin1String("work") || s.node == QLatin1String("label");
        QCOMPARE(parent.node, inSubPath ? QStringLiteral("each") : QString());
        QCOMPARE(s.element >= 0, inSubPath);
    }
    QCOMPARE(runs, 1);
}

void tst_FlowRun::recordInDatastore()
{
    const auto reply = run(QStringLiteral("fizzbuzz"), QJsonObject{{QStringLiteral("n"), 6}});
    QVERIFY2(reply, qPrintable(reply.errorMessage()));
    const QString runId = QString::fromUtf8(reply->headers.value(Protocol::RunIdHeader));
    auto datastore = DatastoreClient::connect(m_supervisor->brokerUrl());
    QVERIFY2(datastore, qPrintable(datastore.errorMessage()));
    QJsonObject record;
    // The record is written after the reply: wait for it.
    QTRY_VERIFY2_WITH_TIMEOUT(
        [&] {
            const auto value = datastore->get(runId, QLatin1String(Protocol::RunRecordObject));
            if (value && *value)
                record = object(**value);
            return !record.isEmpty();
        }(),
        qPrintable(QStringLiteral("no record of run %1; the logs say:%2")
                       .arg(runId, logTails({QStringLiteral("datastore"), QStringLiteral("flow.fizzbuzz")}))),
        10000);
    QCOMPARE(record.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(record.value(QLatin1String("input")).toObject(), (QJsonObject{{QStringLiteral("n"), 6}}));
    QHash<QString, QJsonObject> nodes;
    for (const QJsonValue &v : record.value(QLatin1String("nodes")).toArray())
        nodes.insert(v.toObject().value(QLatin1String("node")).toString(), v.toObject());
    QCOMPARE(nodes.value(QStringLiteral("check")).value(QLatin1String("output")).toObject(),
             (QJsonObject{{QStringLiteral("n"), 6}, {QStringLiteral("kind"), QStringLiteral("fizz")}}));
    QCOMPARE(nodes.value(QStringLiteral("fizz")).value(QLatin1String("output")).toObject(),
             (QJsonObject{{QStringLiteral("n"), 6}, {QStringLiteral("result"), QStringLiteral("Fizz")}}));
    QVERIFY(!nodes.contains(QStringLiteral("buzz"))); // skipped: no data
    QCOMPARE(record.value(QLatin1String("output")).toObject(),
             (QJsonObject{{QStringLiteral("n"), 6}, {QStringLiteral("result"), QStringLiteral("Fizz")}}));
}

// 600 KB between functions: more than the inline limit (256 KiB), so it goes through the
// datastore both ways, and the run's objects say so.
void tst_FlowRun::largePayloadsByReference()
{
    constexpr int Bytes = 600000;
    const auto reply = run(QStringLiteral("large"), QJsonObject{{QStringLiteral("bytes"), Bytes}});
    QVERIFY2(reply, qPrintable(reply.errorMessage()));
    QVERIFY2(reply->status() == Protocol::StatusOk, reply->data.constData());
    QCOMPARE(object(reply->data),
             (QJsonObject{{QStringLiteral("size"), Bytes}, {QStringLiteral("head"), QStringLiteral("xxx")}}));
    const QString runId = QString::fromUtf8(reply->headers.value(Protocol::RunIdHeader));
    auto datastore = DatastoreClient::connect(m_supervisor->brokerUrl());
    QVERIFY2(datastore, qPrintable(datastore.errorMessage()));
    const auto objects = datastore->enumerate(runId);
    QVERIFY2(objects, qPrintable(objects.errorMessage()));
    QStringList names;
    for (const DatastoreClient::ObjectInfo &o : *objects) {
        names << o.name;
        QVERIFY2(o.name == QLatin1String(Protocol::RunRecordObject) || o.size > Bytes, qPrintable(o.name));
    }
    // make's output (by its invoker), pass's input (by the flow invoker), pass's output
    QVERIFY2(names.contains(QStringLiteral("out/%1.make").arg(runId)),
             qPrintable(names.join(QLatin1Char(' '))));
    QVERIFY2(names.contains(QStringLiteral("in/pass/1")), qPrintable(names.join(QLatin1Char(' '))));
    QVERIFY2(names.contains(QStringLiteral("out/%1.pass").arg(runId)),
             qPrintable(names.join(QLatin1Char(' '))));
}

void tst_FlowRun::invalidFlowRefusedAtStart_data()
{
    QTest::addColumn<QByteArray>("flow");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown function")
        << QByteArray(
               R"({"version": 1, "start": "a", "nodes": [{"id": "a", "kind": "function", "function": "nope"},
                         {"id": "e", "kind": "end"}], "edges": [{"from": "a", "to": "e"}]})")
        << QStringLiteral("node a");
    QTest::newRow("cycle")
        << QByteArray(
               R"({"version": 1, "start": "a", "nodes": [{"id": "a", "kind": "modify", "expression": "input"},
                         {"id": "b", "kind": "modify", "expression": "input"}, {"id": "e", "kind": "end"}],
                         "edges": [{"from": "a", "to": "b"}, {"from": "b", "to": "a"}]})")
        << QStringLiteral("cycle");
    QTest::newRow("not JSON") << QByteArray("{\"version\": 1,") << QStringLiteral("broken.flow.json:1");
}

void tst_FlowRun::invalidFlowRefusedAtStart()
{
    QFETCH(QByteArray, flow);
    QFETCH(QString, expected);
    QTemporaryDir project;
    QFile manifestFile(project.filePath(QStringLiteral("stratus.json")));
    QVERIFY(manifestFile.open(QIODevice::WriteOnly));
    manifestFile.write(R"({"version": 1, "functions": [], "flows": [{"name": "broken"}]})");
    manifestFile.close();
    QVERIFY(QDir(project.path()).mkpath(QStringLiteral("flows")));
    QFile flowFile(project.filePath(QStringLiteral("flows/broken.flow.json")));
    QVERIFY(flowFile.open(QIODevice::WriteOnly));
    flowFile.write(flow);
    flowFile.close();
    const auto manifest = Manifest::load(project.path());
    QVERIFY2(manifest, qPrintable(manifest.errorMessage()));
    Supervisor::Options options;
    options.binDir = binDir();
    Supervisor supervisor(options);
    QSignalSpy failed(&supervisor, &Supervisor::failed);
    supervisor.start(*manifest);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 5000);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY(supervisor.processes().isEmpty()); // nothing was started
}

// Whoever stops an invoker waits for its whole drain (StopBudget): a flow invoker's as long as
// its own flow's run timeout allows (hang.flow.json: 90 s, where every flow once got 62 s), a
// function invoker's as long as its function's.
void tst_FlowRun::stopWaitsForEachDrain()
{
    int flows = 0;
    for (const ManagedProcess *p : m_supervisor->processes()) {
        const QString name = p->spec().function;
        int runTimeoutMs = 0;
        if (p->role() == ManagedProcess::Role::Flow) {
            const auto flow = Flow::load(m_project.filePath(QStringLiteral("flows/%1.flow.json").arg(name)));
            QVERIFY2(flow, qPrintable(flow.errorMessage()));
            runTimeoutMs = flow->timeoutMs;
            ++flows;
        } else if (p->role() == ManagedProcess::Role::Invoker) {
            runTimeoutMs = m_supervisor->manifest().function(name)->timeoutMs;
        } else {
            continue;
        }
        QVERIFY2(p->spec().stopGraceMs >= StopBudget::drainMs(runTimeoutMs) + 1000, qPrintable(p->id()));
        QCOMPARE(p->spec().stopGraceMs, StopBudget::graceMs(runTimeoutMs));
        if (name == QLatin1String("hang"))
            QCOMPARE(p->spec().stopGraceMs, 94000);
    }
    QVERIFY(flows >= 8);
}

QTEST_GUILESS_MAIN(tst_FlowRun)
#include "tst_flowrun.moc"
