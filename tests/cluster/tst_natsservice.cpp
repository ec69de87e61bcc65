#include "natsclient.h"
#include "testbroker.h"
#include "testservice.h"

#include <QTest>

#include <memory>

using namespace Stratus;
using namespace Stratus::Test;

// The frame the registry and the datastore share, stopped with requests still queued: it
// answers what it can within its stop budget (2 s) and exits 0 before the supervisor's grace
// (3 s) runs out, dropping the rest with a count in its log, instead of being killed mid-way.
class tst_NatsService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void stopsWithinItsBudget_data();
    void stopsWithinItsBudget();

private:
    TestBroker m_broker;
    std::unique_ptr<NatsClient> m_client;
};

void tst_NatsService::initTestCase()
{
    QVERIFY(!binDir().isEmpty());
    QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
    auto client = NatsClient::connect(m_broker.url());
    QVERIFY2(client, qPrintable(client.errorMessage()));
    m_client = std::make_unique<NatsClient>(std::move(*client));
}

void tst_NatsService::cleanupTestCase()
{
    m_client.reset();
    m_broker.stop();
}

void tst_NatsService::stopsWithinItsBudget_data()
{
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("handleMs"); // per request, on each of the service's 4 workers
    QTest::addColumn<bool>("dropsSome");
    QTest::newRow("a backlog of 0.1 s is answered") << 8 << 50 << false;
    QTest::newRow("a backlog of 10 s is cut at the budget") << 800 << 50 << true;
}

void tst_NatsService::stopsWithinItsBudget()
{
    QFETCH(int, requests);
    QFETCH(int, handleMs);
    QFETCH(bool, dropsSome);
    TestService service(QStringLiteral("stratus-test-slowservice"),
                        {m_broker.url(), QStringLiteral("test.slow"), QString::number(handleMs)});
    QVERIFY(service.waitReady());

    natsConnection *nc = m_client->handle();
    natsSubscription *rawReplies = nullptr;
    QCOMPARE(natsConnection_SubscribeSync(&rawReplies, nc, "test.replies.*"), NATS_OK);
    NatsSubscriptionPtr replies(rawReplies);
    natsSubscription_SetPendingLimits(rawReplies, -1, -1);
    for (int i = 0; i < requests; ++i) {
        const QByteArray reply = "test.replies." + QByteArray::number(i);
        QCOMPARE(natsConnection_PublishRequest(nc, "test.slow.echo", reply.constData(), "x", 1), NATS_OK);
    }
    QCOMPARE(natsConnection_Flush(nc), NATS_OK);
    natsMsg *first = nullptr; // the service is at work: the requests are in its queue
    QCOMPARE(natsSubscription_NextMsg(&first, rawReplies, 10000), NATS_OK);
    natsMsg_Destroy(first);

    QCOMPARE(service.terminate(3000), 0); // within the supervisor's grace
    int answered = 1;
    for (natsMsg *m = nullptr; natsSubscription_NextMsg(&m, rawReplies, 500) == NATS_OK; ++answered)
        natsMsg_Destroy(m);
    const QString log = service.log();
    if (dropsSome) {
        QVERIFY2(answered < requests, qPrintable(QString::number(answered)));
        QVERIFY2(
            log.contains(QStringLiteral("stopping: %1 queued request(s) dropped").arg(requests - answered)),
            qPrintable(log));
    } else {
        QCOMPARE(answered, requests);
        QVERIFY2(!log.contains(QLatin1String("dropped")), qPrintable(log));
    }
}

QTEST_GUILESS_MAIN(tst_NatsService)
#include "tst_natsservice.moc"
