#include "natshandles.h"
#include "replyroutes.h"
#include "testbroker.h"

#include <QTest>

#include <algorithm>
#include <set>
#include <vector>

using namespace Stratus;
using namespace Stratus::Test;

// ReplyRoutes against a real nats-server: replies find their tokens by the route they came
// through, and the broker's "no responders" (which nats.c hands over without a subject) finds
// the oldest request of its own subject that still waits.
class tst_ReplyRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void repliesAndRefusals_data();
    void repliesAndRefusals();

private:
    TestBroker m_broker;
};

namespace {

NatsConnectionPtr connectTo(const QString &url)
{
    natsConnection *conn = nullptr;
    if (natsConnection_ConnectTo(&conn, url.toUtf8().constData()) != NATS_OK)
        return nullptr;
    return NatsConnectionPtr(conn);
}

// Answers every request on "echo" with its own data (on nats.c's thread: touches nothing else).
void echo(natsConnection *conn, natsSubscription *, natsMsg *msg, void *)
{
    natsConnection_Publish(conn, natsMsg_GetReply(msg), natsMsg_GetData(msg), natsMsg_GetDataLength(msg));
    natsMsg_Destroy(msg);
}

} // namespace

void tst_ReplyRoutes::initTestCase()
{
    QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
}

void tst_ReplyRoutes::repliesAndRefusals_data()
{
    // Each request: its subject ("echo" has a responder, the others none). answeredEarly: tokens
    // the caller stops waiting for before the refusals arrive (a timeout, say).
    QTest::addColumn<QByteArrayList>("subjects");
    QTest::addColumn<QList<int>>("answeredEarly");
    QTest::addColumn<QList<int>>("replied");
    QTest::addColumn<QList<int>>("refused");
    QTest::newRow("replies") << QByteArrayList{"echo", "echo", "echo"} << QList<int>{} << QList<int>{0, 1, 2}
                             << QList<int>{};
    QTest::newRow("refusals, oldest first") << QByteArrayList{"nobody", "nobody", "nobody"} << QList<int>{}
                                            << QList<int>{} << QList<int>{0, 1, 2};
    QTest::newRow("a refusal skips what no longer waits")
        << QByteArrayList{"nobody", "nobody", "nobody"} << QList<int>{1} << QList<int>{} << QList<int>{0, 2};
    QTest::newRow("each subject its own route")
        << QByteArrayList{"echo", "nobody", "echo", "ghost", "nobody", "echo"} << QList<int>{}
        << QList<int>{0, 2, 5} << QList<int>{1, 3, 4};
}

void tst_ReplyRoutes::repliesAndRefusals()
{
    QFETCH(QByteArrayList, subjects);
    QFETCH(QList<int>, answeredEarly);
    QFETCH(QList<int>, replied);
    QFETCH(QList<int>, refused);

    NatsConnectionPtr responder = connectTo(m_broker.url());
    NatsConnectionPtr conn = connectTo(m_broker.url());
    QVERIFY(responder && conn);
    natsSubscription *rawEcho = nullptr;
    QCOMPARE(natsConnection_Subscribe(&rawEcho, responder.get(), "echo", echo, nullptr), NATS_OK);
    NatsSubscriptionPtr echoSub(rawEcho);
    QCOMPARE(natsConnection_Flush(responder.get()), NATS_OK);

    // Tokens far apart, as the gateway's generation bits make them.
    const auto tokenOf = [](int request) { return (uint64_t(request) << 32) + 7; };
    std::set<uint64_t> waiting;
    ReplyRoutes routes([&waiting](uint64_t token) { return waiting.count(token) > 0; });
    natsInbox *inbox = nullptr;
    natsInbox_Create(&inbox);
    routes.open(conn.get(), inbox);
    natsInbox_Destroy(inbox);
    for (int i = 0; i < subjects.size(); ++i) {
        const QByteArray &subject = subjects[i];
        const QByteArray data = QByteArray::number(i);
        natsStatus status = NATS_OK;
        const char *replyTo = routes.replyTo(subject.toStdString(), tokenOf(i), waiting.size(), &status);
        QVERIFY2(replyTo, natsStatus_GetText(status));
        QVERIFY(QByteArray(replyTo).endsWith('.' + QByteArray::number(tokenOf(i))));
        waiting.insert(tokenOf(i));
        QCOMPARE(natsConnection_PublishRequest(conn.get(), subject.constData(), replyTo, data.constData(),
                                               int(data.size())),
                 NATS_OK);
    }
    for (int i : answeredEarly)
        waiting.erase(tokenOf(i));

    QList<int> gotReplies;
    QList<int> gotRefusals;
    const qsizetype expected = replied.size() + refused.size();
    QVERIFY(QTest::qWaitFor(
        [&] {
            routes.take(
                [&](uint64_t token, NatsMsgPtr msg) {
                    const int request = int(token >> 32);
                    // The reply is the one to this request (echo sends its data back).
                    QCOMPARE(QByteArray(natsMsg_GetData(msg.get()), natsMsg_GetDataLength(msg.get())),
                             QByteArray::number(request));
                    waiting.erase(token);
                    gotReplies << request;
                },
                [&](uint64_t token) {
                    waiting.erase(token);
                    gotRefusals << int(token >> 32);
                });
            return gotReplies.size() + gotRefusals.size() >= expected;
        },
        10000));
    // Each subject's refusals in publish order (between subjects, whichever the read brought first).
    for (const QByteArray &subject : subjects) {
        QList<int> ofSubject;
        for (int request : gotRefusals) {
            if (subjects[request] == subject)
                ofSubject << request;
        }
        QVERIFY2(std::is_sorted(ofSubject.cbegin(), ofSubject.cend()), subject.constData());
    }
    std::sort(gotReplies.begin(), gotReplies.end());
    std::sort(gotRefusals.begin(), gotRefusals.end());
    QCOMPARE(gotReplies, replied);
    QCOMPARE(gotRefusals, refused);
    routes.clear();
}

QTEST_GUILESS_MAIN(tst_ReplyRoutes)
#include "tst_replyroutes.moc"
