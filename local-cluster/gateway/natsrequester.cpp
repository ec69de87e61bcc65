#include "natsrequester.h"

#include "natsclient.h"

#include <algorithm>
#include <chrono>
#include <cstring>

namespace Stratus::Gateway {

namespace {

constexpr int IndexBits = 32;
constexpr quint64 IndexMask = (quint64(1) << IndexBits) - 1;

} // namespace

NatsRequester::NatsRequester(Handler handler, QObject *parent)
    : QObject(parent), m_handler(std::move(handler)), m_driver([this] { drain(); }),
      m_routes([this](uint64_t token) { return slotFor(token) != nullptr; })
{
    m_sweep.setSingleShot(true);
    m_sweep.setTimerType(Qt::PreciseTimer);
    connect(&m_sweep, &QTimer::timeout, this, &NatsRequester::sweep);
}

NatsRequester::~NatsRequester()
{
    close();
}

qint64 NatsRequester::nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

Status NatsRequester::open(const QString &url, const QString &name, bool sendAsap)
{
    natsOptions *rawOptions = nullptr;
    if (natsOptions_Create(&rawOptions) != NATS_OK)
        return makeError(QStringLiteral("cannot create NATS options"));
    NatsOptionsPtr options(rawOptions);
    natsOptions_SetURL(options.get(), url.toUtf8().constData());
    natsOptions_SetName(options.get(), name.toUtf8().constData());
    // With an event loop this only has nats.c ask the driver to write, which decides when;
    // without it nats.c would start a flusher thread.
    natsOptions_SetSendAsap(options.get(), true);
    natsOptions_SetMaxReconnect(options.get(), -1); // ride out a broker restart
    natsOptions_SetReconnectWait(options.get(), 250);
    if (Status s = m_driver.install(options.get()); !s)
        return s;
    m_sendAsap = sendAsap;
    natsConnection *conn = nullptr;
    natsStatus s = natsConnection_Connect(&conn, options.get());
    if (s != NATS_OK)
        return makeError(QStringLiteral("cannot connect to %1: %2").arg(url, NatsClient::describe(s)));
    m_conn.reset(conn);

    natsInbox *inbox = nullptr;
    if (natsInbox_Create(&inbox) != NATS_OK)
        return makeError(QStringLiteral("cannot create a NATS inbox"));
    m_inboxPrefix = QByteArray(inbox) + '.';
    m_routes.open(m_conn.get(), inbox);
    natsInbox_Destroy(inbox);

    // natsConnection_Flush would wait for a PONG that only this thread can read: a message to
    // ourselves coming back tells that the broker has taken what went before it.
    const QByteArray probeSubject = m_inboxPrefix + "ready";
    natsSubscription *probe = nullptr;
    s = natsConnection_SubscribeSync(&probe, m_conn.get(), probeSubject.constData());
    NatsSubscriptionPtr probeOwner(probe);
    if (s == NATS_OK)
        s = natsConnection_PublishString(m_conn.get(), probeSubject.constData(), "");
    if (s == NATS_OK && !m_driver.runUntil(
                            [probe] {
                                int pending = 0;
                                natsSubscription_GetPending(probe, &pending, nullptr);
                                return pending > 0;
                            },
                            5000))
        s = NATS_TIMEOUT;
    if (s != NATS_OK)
        return makeError(QStringLiteral("cannot subscribe to %1* on %2: %3")
                             .arg(QString::fromLatin1(m_inboxPrefix), url, NatsClient::describe(s)));
    return Ok{};
}

void NatsRequester::close()
{
    if (!m_conn)
        return;
    // What is still buffered leaves first: closing a connection with a full buffer waits for
    // a PONG that nobody would read.
    natsConnection *conn = m_conn.get();
    m_driver.runUntil([conn] { return natsConnection_Buffered(conn) <= 0; }, 1000);
    m_conn.reset();
    m_routes.clear(); // closed with the connection: nothing to unsubscribe
}

Status NatsRequester::request(const char *subject, QByteArrayView data,
                              std::initializer_list<std::pair<const char *, const char *>> headers,
                              int timeoutMs, quint64 cookie)
{
    if (!m_conn)
        return makeError(QStringLiteral("the gateway is not connected to the broker"));
    quint32 index;
    if (!m_free.empty()) {
        index = m_free.back();
        m_free.pop_back();
    } else {
        index = quint32(m_slots.size());
        m_slots.emplace_back();
    }
    Slot &slot = m_slots[index];
    const quint64 token = (quint64(slot.generation) << IndexBits) | index;
    natsStatus s = NATS_OK;
    const char *replyTo = m_routes.replyTo(subject, token, size_t(m_active), &s);
    if (!replyTo) {
        m_free.push_back(index);
        return makeError(QStringLiteral("cannot subscribe to the replies for %1: %2")
                             .arg(QString::fromUtf8(subject), NatsClient::describe(s)));
    }

    natsMsg *rawMsg = nullptr;
    s = natsMsg_Create(&rawMsg, subject, replyTo, data.data(), int(data.size()));
    NatsMsgPtr msg(rawMsg);
    for (const auto &[name, value] : headers) {
        if (s == NATS_OK)
            s = natsMsgHeader_Set(msg.get(), name, value);
    }
    if (s == NATS_OK)
        s = natsConnection_PublishMsg(m_conn.get(), msg.get());
    if (s != NATS_OK) {
        m_free.push_back(index);
        return makeError(QStringLiteral("cannot publish to %1: %2")
                             .arg(QString::fromUtf8(subject), NatsClient::describe(s)));
    }
    // Alone, the request leaves now; with others in flight, with them before the loop waits.
    if (m_active == 0 && m_sendAsap)
        m_driver.writeNow();
    else
        m_driver.published();
    slot.cookie = cookie;
    slot.active = true;
    slot.deadlineMs = nowMs() + std::max(1, timeoutMs);
    ++m_active;
    m_deadlines.push_back({slot.deadlineMs, token});
    std::push_heap(m_deadlines.begin(), m_deadlines.end(), std::greater<>());
    // Answered requests leave their deadlines behind; rebuild before they outweigh the live ones.
    if (m_deadlines.size() > size_t(4 * m_active + 4096)) {
        m_deadlines.clear();
        for (quint32 i = 0; i < m_slots.size(); ++i) {
            if (m_slots[i].active)
                m_deadlines.push_back(
                    {m_slots[i].deadlineMs, (quint64(m_slots[i].generation) << IndexBits) | i});
        }
        std::make_heap(m_deadlines.begin(), m_deadlines.end(), std::greater<>());
    }
    arm(m_deadlines.front().atMs);
    return Ok{};
}

void NatsRequester::arm(qint64 atMs)
{
    // Most requests share one timeout, so a later deadline than the armed one is the rule
    // and costs nothing here.
    if (m_sweep.isActive() && m_armedFor <= atMs)
        return;
    m_armedFor = atMs;
    m_sweep.start(int(std::max<qint64>(0, atMs - nowMs())));
}

NatsRequester::Slot *NatsRequester::slotFor(quint64 token)
{
    const quint64 index = token & IndexMask;
    if (index >= m_slots.size())
        return nullptr;
    Slot &slot = m_slots[index];
    if (!slot.active || slot.generation != quint32(token >> IndexBits))
        return nullptr;
    return &slot;
}

void NatsRequester::release(quint64 token)
{
    const quint32 index = quint32(token & IndexMask);
    Slot &slot = m_slots[index];
    slot.active = false;
    ++slot.generation; // a late reply to this token is recognised as stale
    --m_active;
    m_free.push_back(index);
}

void NatsRequester::answer(quint64 token, Outcome outcome, natsMsg *msg)
{
    const quint64 cookie = m_slots[token & IndexMask].cookie;
    release(token);
    m_handler(cookie, outcome, msg);
}

void NatsRequester::drain()
{
    m_routes.take(
        [this](quint64 token, NatsMsgPtr msg) {
            if (slotFor(token)) // else answered already, or timed out: a late or second reply
                answer(token, Outcome::Reply, msg.get());
        },
        [this](quint64 token) { answer(token, Outcome::NoResponders, nullptr); });
}

void NatsRequester::sweep()
{
    const qint64 now = nowMs();
    while (!m_deadlines.empty() && m_deadlines.front().atMs <= now) {
        const quint64 token = m_deadlines.front().token;
        std::pop_heap(m_deadlines.begin(), m_deadlines.end(), std::greater<>());
        m_deadlines.pop_back();
        if (slotFor(token))
            answer(token, Outcome::Timeout, nullptr);
    }
    if (!m_deadlines.empty())
        arm(m_deadlines.front().atMs);
}

} // namespace Stratus::Gateway
