#include "natshandles.h"
#include "natsloopsocket.h"
#include "testbroker.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <functional>
#include <sys/epoll.h>
#include <unistd.h>

using namespace Stratus;
using namespace Stratus::Test;

// NatsLoopSocket against a real nats-server, driven by a minimal epoll loop of the test's own:
// what the loop publishes leaves even when the socket cannot take it at once (the EPOLLOUT
// path), and the connection comes back by itself after the broker restarts (nats.c detaches
// and attaches the socket from its reconnect thread), still read by the loop.
class tst_NatsLoopSocket : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void publishesMoreThanTheSocketTakes_data();
    void publishesMoreThanTheSocketTakes();
    void readsAgainAfterBrokerRestart();

private:
    // Turns of the loop until done() holds or timeoutMs passed: the socket's turn-end write,
    // a wait, and what the set reported handed to the socket.
    bool runLoop(const std::function<bool()> &done, int timeoutMs);
    NatsConnectionPtr connectDriven();

    static constexpr uint64_t EpollData = 7;
    TestBroker m_broker;
    int m_epoll = -1;
    std::unique_ptr<NatsLoopSocket> m_socket;
    std::function<void()> m_afterRead;
    int m_unexpectedEvents = 0;
};

namespace {

NatsConnectionPtr connectPlain(const QString &url)
{
    natsOptions *raw = nullptr;
    natsOptions_Create(&raw);
    NatsOptionsPtr opts(raw);
    natsOptions_SetURL(opts.get(), url.toUtf8().constData());
    natsOptions_SetMaxReconnect(opts.get(), -1);
    natsOptions_SetReconnectWait(opts.get(), 100);
    natsConnection *conn = nullptr;
    if (natsConnection_Connect(&conn, opts.get()) != NATS_OK)
        return nullptr;
    return NatsConnectionPtr(conn);
}

void countMessage(natsConnection *, natsSubscription *, natsMsg *msg, void *counter)
{
    static_cast<std::atomic<int> *>(counter)->fetch_add(1);
    natsMsg_Destroy(msg);
}

} // namespace

void tst_NatsLoopSocket::initTestCase()
{
    QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
}

void tst_NatsLoopSocket::init()
{
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    QVERIFY(m_epoll >= 0);
    m_unexpectedEvents = 0;
    m_socket = std::make_unique<NatsLoopSocket>(m_epoll, EpollData, [this] {
        if (m_afterRead)
            m_afterRead();
    });
}

void tst_NatsLoopSocket::cleanup()
{
    m_afterRead = nullptr;
    m_socket.reset();
    ::close(m_epoll);
    m_epoll = -1;
}

bool tst_NatsLoopSocket::runLoop(const std::function<bool()> &done, int timeoutMs)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (!done()) {
        if (std::chrono::steady_clock::now() >= deadline)
            return false;
        m_socket->beforeWait();
        epoll_event events[4];
        const int n = epoll_wait(m_epoll, events, 4, 20);
        for (int i = 0; i < n; ++i) {
            if (events[i].data.u64 != EpollData)
                ++m_unexpectedEvents;
            m_socket->handle(events[i].events);
        }
    }
    return true;
}

NatsConnectionPtr tst_NatsLoopSocket::connectDriven()
{
    natsOptions *raw = nullptr;
    natsOptions_Create(&raw);
    NatsOptionsPtr opts(raw);
    natsOptions_SetURL(opts.get(), m_broker.url().toUtf8().constData());
    natsOptions_SetSendAsap(opts.get(), true); // nats.c asks the socket to write, which decides when
    natsOptions_SetMaxReconnect(opts.get(), -1);
    natsOptions_SetReconnectWait(opts.get(), 100);
    natsOptions_SetReconnectBufSize(opts.get(), 64 * 1024 * 1024);
    if (m_socket->install(opts.get()) != NATS_OK)
        return nullptr;
    natsConnection *conn = nullptr;
    if (natsConnection_Connect(&conn, opts.get()) != NATS_OK)
        return nullptr;
    return NatsConnectionPtr(conn);
}

void tst_NatsLoopSocket::publishesMoreThanTheSocketTakes_data()
{
    QTest::addColumn<int>("messages");
    QTest::addColumn<int>("bytes");
    QTest::newRow("one small") << 1 << 16;
    // Far beyond a loopback socket's send buffer: most of it leaves on EPOLLOUT.
    QTest::newRow("32 of 900 KiB") << 32 << 900 * 1024;
}

void tst_NatsLoopSocket::publishesMoreThanTheSocketTakes()
{
    QFETCH(int, messages);
    QFETCH(int, bytes);
    NatsConnectionPtr receiver = connectPlain(m_broker.url());
    QVERIFY(receiver);
    std::atomic<int> received{0};
    natsSubscription *rawSub = nullptr;
    QCOMPARE(natsConnection_Subscribe(&rawSub, receiver.get(), "loop.big", countMessage, &received), NATS_OK);
    NatsSubscriptionPtr sub(rawSub);
    natsSubscription_SetPendingLimits(rawSub, -1, -1);
    QCOMPARE(natsConnection_Flush(receiver.get()), NATS_OK);

    NatsConnectionPtr driven = connectDriven();
    QVERIFY(driven);
    const QByteArray payload(bytes, 'x');
    for (int i = 0; i < messages; ++i) {
        QCOMPARE(natsConnection_Publish(driven.get(), "loop.big", payload.constData(), int(payload.size())),
                 NATS_OK);
        m_socket->published();
    }
    QVERIFY2(runLoop([&] { return received.load() == messages; }, 20000),
             qPrintable(QStringLiteral("%1 of %2 arrived, %3 bytes still buffered")
                            .arg(received.load())
                            .arg(messages)
                            .arg(natsConnection_Buffered(driven.get()))));
    QCOMPARE(natsConnection_Buffered(driven.get()), 0);
    QCOMPARE(m_unexpectedEvents, 0);
}

void tst_NatsLoopSocket::readsAgainAfterBrokerRestart()
{
    NatsConnectionPtr driven = connectDriven();
    QVERIFY(driven);
    natsSubscription *rawSub = nullptr;
    QCOMPARE(natsConnection_SubscribeSync(&rawSub, driven.get(), "loop.ping"), NATS_OK);
    NatsSubscriptionPtr sub(rawSub);
    int taken = 0;
    m_afterRead = [&] {
        natsMsg *msg = nullptr;
        while (natsSubscription_NextMsg(&msg, rawSub, 0) == NATS_OK) {
            ++taken;
            natsMsg_Destroy(msg);
        }
    };
    NatsConnectionPtr sender = connectPlain(m_broker.url());
    QVERIFY(sender);
    // The subscription reaches the broker with the loop's first turns.
    const auto pingUntilTaken = [&](int timeoutMs) {
        const int before = taken;
        return runLoop(
            [&] {
                if (taken > before)
                    return true;
                natsConnection_PublishString(sender.get(), "loop.ping", "ping");
                return false;
            },
            timeoutMs);
    };
    QVERIFY(pingUntilTaken(5000));

    QVERIFY2(m_broker.restart(), qPrintable(m_broker.errorString()));
    // nats.c reconnects from its own thread, resends the subscription, and the loop reads on.
    QVERIFY(
        runLoop([&] { return natsConnection_Status(driven.get()) == NATS_CONN_STATUS_CONNECTED; }, 10000));
    QVERIFY(pingUntilTaken(10000));
    QCOMPARE(m_unexpectedEvents, 0);
}

QTEST_GUILESS_MAIN(tst_NatsLoopSocket)
#include "tst_natsloopsocket.moc"
