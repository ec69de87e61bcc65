// The recording stream against a real cluster: invocations land in STRATUS_EVENTS, are listed
// newest first, fetched by sequence or request id, survive a restart of the cluster; pause,
// resume and clear do what they say; large inputs carry a clear marker.

#include "datastoreclient.h"
#include "eventstore.h"
#include "natsclient.h"
#include "protocol.h"
#include "testbroker.h"
#include "testproject.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Stratus;
using namespace Stratus::Test;

class tst_EventStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void streamHasTheManifestsLimits();
    void recordsThreeInvocations();
    void findsByRequestId();
    void recordsFlowRuns();
    void pauseSkipsAndResumeRecords();
    void largeInputsCarryAMarker();
    void listsTenThousand();
    void clearEmptiesTheStream();
    void recordsSurviveARestart();

private:
    void invoke(const QString &function, const QByteArray &event, const QByteArray &requestId,
                const QMap<QByteArray, QByteArray> &extra = {});
    QList<RecordedEvent> waitFor(const QString &requestId, int count = 1);
    void startCluster();
    void stopCluster();

    QTemporaryDir m_project;
    std::unique_ptr<Supervisor> m_supervisor;
    std::unique_ptr<NatsClient> m_client;
    std::unique_ptr<EventStore> m_store;
};

void tst_EventStore::startCluster()
{
    auto cluster = Test::startCluster(m_project.path());
    QVERIFY2(cluster, qPrintable(cluster.errorMessage()));
    m_supervisor = std::move(*cluster);
    auto client = NatsClient::connect(m_supervisor->brokerUrl());
    QVERIFY2(client, qPrintable(client.errorMessage()));
    m_client = std::make_unique<NatsClient>(std::move(*client));
    auto store = EventStore::connect(m_supervisor->brokerUrl());
    QVERIFY2(store, qPrintable(store.errorMessage()));
    m_store = std::make_unique<EventStore>(std::move(*store));
}

void tst_EventStore::stopCluster()
{
    m_store.reset();
    m_client.reset();
    if (!m_supervisor)
        return;
    QSignalSpy stopped(m_supervisor.get(), &Supervisor::stopped);
    m_supervisor->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 60000);
    m_supervisor.reset();
}

void tst_EventStore::initTestCase()
{
    QVERIFY(copyProject(sourceDir() + QStringLiteral("/tests/debug/project"), m_project.path()));
    startCluster();
}

void tst_EventStore::cleanupTestCase()
{
    stopCluster();
}

void tst_EventStore::invoke(const QString &function, const QByteArray &event, const QByteArray &requestId,
                            const QMap<QByteArray, QByteArray> &extra)
{
    QMap<QByteArray, QByteArray> headers = extra;
    headers.insert(Protocol::RequestIdHeader, requestId);
    const auto reply = m_client->request(QStringLiteral("fn.") + function, event, 15000, headers);
    QVERIFY2(reply, qPrintable(reply.errorMessage()));
}

QList<RecordedEvent> tst_EventStore::waitFor(const QString &text, int count)
{
    EventQuery query;
    query.text = text;
    QList<RecordedEvent> found;
    // The caller compares the count: a timeout shows there, with what was found.
    (void)QTest::qWaitFor(
        [&] {
            const auto listed = m_store->list(query);
            found = listed ? *listed : QList<RecordedEvent>();
            return found.size() >= count;
        },
        15000);
    return found;
}

void tst_EventStore::streamHasTheManifestsLimits()
{
    const auto state = m_store->recorder().state();
    QVERIFY2(state, qPrintable(state.errorMessage()));
    QVERIFY(!state->paused);
    QCOMPARE(state->limits.maxBytes, qint64(64 * 1024 * 1024));
    QCOMPARE(state->limits.maxAgeSeconds, qint64(86400));
    QCOMPARE(state->limits.maxMessages, qint64(-1));
}

void tst_EventStore::recordsThreeInvocations()
{
    for (int n = 1; n <= 3; ++n)
        invoke(QStringLiteral("classify"), QStringLiteral("{\"n\": %1}").arg(n).toUtf8(),
               "rec-" + QByteArray::number(n));
    const QList<RecordedEvent> events = waitFor(QStringLiteral("rec-"), 3);
    QCOMPARE(events.size(), 3);
    // Newest first.
    QCOMPARE(events[0].id, QStringLiteral("rec-3"));
    QCOMPARE(events[2].id, QStringLiteral("rec-1"));
    QVERIFY(events[0].sequence > events[1].sequence && events[1].sequence > events[2].sequence);
    for (const RecordedEvent &e : events) {
        QCOMPARE(e.kind, RecordedEvent::Kind::Function);
        QCOMPARE(e.name, QStringLiteral("classify"));
        QCOMPARE(e.status, QStringLiteral("ok"));
        QVERIFY(e.time.isValid());
        QVERIFY(e.durationUs > 0);
        const auto got = m_store->get(e.sequence);
        QVERIFY2(got, qPrintable(got.errorMessage()));
        QCOMPARE(got->id, e.id);
        QCOMPARE(got->input(), e.input());
        QVERIFY(got->stderrText().contains(QLatin1String("classify: n=")));
        QVERIFY(got->inputComplete());
    }
    QCOMPARE(QJsonDocument::fromJson(events[0].output()).object().value(QLatin1String("double")).toInt(), 6);

    EventQuery byFunction;
    byFunction.function = QStringLiteral("greet");
    QVERIFY(m_store->list(byFunction)->isEmpty());
    EventQuery limited;
    limited.function = QStringLiteral("classify");
    limited.limit = 2;
    QCOMPARE(m_store->list(limited)->size(), 2);
    EventQuery older;
    older.function = QStringLiteral("classify");
    older.beforeSequence = events[0].sequence;
    QCOMPARE(m_store->list(older)->constFirst().id, QStringLiteral("rec-2"));
}

void tst_EventStore::findsByRequestId()
{
    const auto byId = m_store->find(QStringLiteral("rec-2"));
    QVERIFY2(byId, qPrintable(byId.errorMessage()));
    QCOMPARE(byId->input(), QByteArray("{\"n\": 2}"));
    const auto bySequence = m_store->find(byId->eventId());
    QVERIFY2(bySequence, qPrintable(bySequence.errorMessage()));
    QCOMPARE(bySequence->id, QStringLiteral("rec-2"));
    const auto missing = m_store->find(QStringLiteral("no-such-request"));
    QVERIFY(!missing);
    QVERIFY(missing.errorMessage().contains(QLatin1String("no-such-request")));
    const auto gone = m_store->get(999999);
    QVERIFY(!gone);
    QVERIFY2(gone.errorMessage().contains(QLatin1String("e999999")), qPrintable(gone.errorMessage()));
}

void tst_EventStore::recordsFlowRuns()
{
    const auto reply = m_client->request(QStringLiteral("flow.classify-flow"), "{\"n\": 21}", 15000);
    QVERIFY2(reply && reply->status() == "ok",
             reply ? reply->data.constData() : qPrintable(reply.errorMessage()));
    const QString run = QString::fromUtf8(reply->header(Protocol::RunIdHeader));
    QVERIFY(!run.isEmpty());
    EventQuery query;
    query.flow = QStringLiteral("classify-flow");
    QList<RecordedEvent> runs;
    QVERIFY(QTest::qWaitFor(
        [&] {
            runs = m_store->list(query).value();
            return !runs.isEmpty();
        },
        15000));
    const RecordedEvent &e = runs.constFirst();
    QCOMPARE(e.kind, RecordedEvent::Kind::Flow);
    QCOMPARE(e.id, run);
    QCOMPARE(e.status, QStringLiteral("ok"));
    QVERIFY(e.durationUs >= 0);
    QCOMPARE(QJsonDocument::fromJson(e.input()).object().value(QLatin1String("n")).toInt(), 21);
    QCOMPARE(QJsonDocument::fromJson(e.output()).object().value(QLatin1String("double")).toInt(), 42);
    const auto byRun = m_store->find(run);
    QVERIFY2(byRun, qPrintable(byRun.errorMessage()));
    QCOMPARE(byRun->sequence, e.sequence);
}

void tst_EventStore::pauseSkipsAndResumeRecords()
{
    QVERIFY(m_store->recorder().pause());
    QVERIFY(m_store->recorder().state()->paused);
    // The record is published after the reply: resume only once it has gone by.
    natsSubscription *raw = nullptr;
    QCOMPARE(natsConnection_SubscribeSync(&raw, m_client->handle(), "stratus.records.classify"), NATS_OK);
    NatsSubscriptionPtr records(raw);
    QVERIFY(m_client->flush());
    invoke(QStringLiteral("classify"), "{\"n\": 40}", "paused-1");
    // Invokers send records a moment after the reply: an earlier test's may come first.
    NatsMsgPtr seenRecord;
    QDeadlineTimer deadline(10000);
    while (!seenRecord && !deadline.hasExpired()) {
        natsMsg *seen = nullptr;
        QCOMPARE(
            natsSubscription_NextMsg(&seen, records.get(), std::max<qint64>(1, deadline.remainingTime())),
            NATS_OK);
        if (QByteArray(natsMsg_GetData(seen)).contains("paused-1"))
            seenRecord.reset(seen);
        else
            natsMsg_Destroy(seen);
    }
    QVERIFY(seenRecord);
    QVERIFY(m_client->flush()); // the broker has handled it (one connection for both)
    QVERIFY(m_store->recorder().resume());
    QVERIFY(!m_store->recorder().state()->paused);
    // Records of one invoker arrive in order: once the later one is in, the paused one would be too.
    invoke(QStringLiteral("classify"), "{\"n\": 41}", "resumed-1");
    QCOMPARE(waitFor(QStringLiteral("resumed-1")).size(), 1);
    EventQuery query;
    query.text = QStringLiteral("paused-1");
    const auto listed = m_store->list(query);
    QVERIFY2(listed->isEmpty(),
             qPrintable(listed->isEmpty()
                            ? QString()
                            : QString::fromUtf8(QJsonDocument(listed->constFirst().record).toJson())));
}

void tst_EventStore::largeInputsCarryAMarker()
{
    // 100 KiB inline: the record keeps 64 KiB and says the rest is not kept.
    const QByteArray big(100 * 1024, 'x');
    invoke(QStringLiteral("shout"), big, "big-inline");
    const auto inlineEvents = waitFor(QStringLiteral("big-inline"));
    QCOMPARE(inlineEvents.size(), 1);
    QVERIFY(!inlineEvents[0].inputComplete());
    QVERIFY2(inlineEvents[0].inputMarker().contains(QLatin1String("not kept")),
             qPrintable(inlineEvents[0].inputMarker()));
    QVERIFY(inlineEvents[0].inputMarker().contains(QLatin1String("100 KiB")));

    // By datastore reference (how flow invokers send large inputs): the record names it.
    auto datastore = DatastoreClient::connect(m_supervisor->brokerUrl());
    QVERIFY2(datastore, qPrintable(datastore.errorMessage()));
    const auto run = datastore->registerRun({}, 600000);
    QVERIFY2(run, qPrintable(run.errorMessage()));
    QVERIFY(datastore->put(run->id, QStringLiteral("in"), QByteArray(300 * 1024, 'y')));
    invoke(QStringLiteral("shout"), {}, "big-ref",
           {{Protocol::InputRefHeader, (run->id + QStringLiteral("/in")).toUtf8()}});
    const auto refEvents = waitFor(QStringLiteral("big-ref"));
    QCOMPARE(refEvents.size(), 1);
    QCOMPARE(refEvents[0].inputRef(), run->id + QStringLiteral("/in"));
    QVERIFY2(refEvents[0].inputMarker().contains(QLatin1String("kept in the datastore as ") + run->id),
             qPrintable(refEvents[0].inputMarker()));
}

void tst_EventStore::listsTenThousand()
{
    constexpr int Count = 10000;
    const quint64 before = m_store->recorder().state()->messages;
    for (int i = 0; i < Count; ++i) {
        const QByteArray record = "{\"function\":\"bulk\",\"requestId\":\"bulk-" + QByteArray::number(i) +
                                  "\",\"status\":\"ok\",\"durationUs\":5,\"input\":\"{}\",\"output\":\"{}\"}";
        QVERIFY(m_client->publish(QStringLiteral("stratus.records.bulk"), record));
    }
    QVERIFY(m_client->flush());
    QVERIFY(QTest::qWaitFor([&] { return m_store->recorder().state()->messages >= before + Count; }, 30000));

    EventQuery all;
    all.function = QStringLiteral("bulk");
    all.limit = Count;
    QElapsedTimer clock;
    clock.start();
    const auto listed = m_store->list(all);
    const qint64 ms = clock.elapsed();
    QVERIFY2(listed, qPrintable(listed.errorMessage()));
    QCOMPARE(listed->size(), Count);
    QCOMPARE(listed->constFirst().id, QStringLiteral("bulk-%1").arg(Count - 1));
    QCOMPARE(listed->constLast().id, QStringLiteral("bulk-0"));
    qInfo("listed %d events in %lld ms", Count, ms); // a figure for docs/debugger.md, not a threshold

    // Older events behind the 10,000: the windows grow until they are found.
    EventQuery older;
    older.function = QStringLiteral("classify");
    older.limit = 2;
    const auto found = m_store->list(older);
    QVERIFY2(found, qPrintable(found.errorMessage()));
    QCOMPARE(found->size(), 2);
    QCOMPARE(found->constFirst().name, QStringLiteral("classify"));
}

void tst_EventStore::clearEmptiesTheStream()
{
    QVERIFY(m_store->recorder().state()->messages > 0);
    QVERIFY(m_store->recorder().clear());
    QCOMPARE(m_store->recorder().state()->messages, quint64(0));
    QVERIFY(m_store->list({})->isEmpty());
}

void tst_EventStore::recordsSurviveARestart()
{
    for (int n = 1; n <= 3; ++n)
        invoke(QStringLiteral("classify"), QStringLiteral("{\"n\": %1}").arg(n).toUtf8(),
               "restart-" + QByteArray::number(n));
    const QList<RecordedEvent> before = waitFor(QStringLiteral("restart-"), 3);
    QCOMPARE(before.size(), 3);
    stopCluster();
    startCluster();
    const QList<RecordedEvent> after = waitFor(QStringLiteral("restart-"), 3);
    QCOMPARE(after.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(after[i].sequence, before[i].sequence);
        QCOMPARE(after[i].id, before[i].id);
        QCOMPARE(after[i].output(), before[i].output());
    }
}

QTEST_GUILESS_MAIN(tst_EventStore)
#include "tst_eventstore.moc"
