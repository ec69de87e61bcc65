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
    : QObject(parent), m_handler(std::move(handler))
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
    natsOptions_SetSendAsap(options.get(), sendAsap);
    natsOptions_SetMaxReconnect(options.get(), -1); // ride out a broker restart
    natsOptions_SetReconnectWait(options.get(), 250);
    natsConnection *conn = nullptr;
    natsStatus s = natsConnection_Connect(&conn, options.get());
    if (s != NATS_OK)
        return makeError(QStringLiteral("cannot connect to %1: %2").arg(url, NatsClient::describe(s)));
    m_conn.reset(conn);

    natsInbox *inbox = nullptr;
    if (natsInbox_Create(&inbox) != NATS_OK)
        return makeError(QStringLiteral("cannot create a NATS inbox"));
    m_inboxPrefix = QByteArray(inbox) + '.';
    natsInbox_Destroy(inbox);
    const QByteArray wildcard = m_inboxPrefix + '*';
    natsSubscription *sub = nullptr;
    s = natsConnection_Subscribe(&sub, m_conn.get(), wildcard.constData(), &NatsRequester::onMessage, this);
    if (s == NATS_OK) {
        m_sub.reset(sub);
        // The delivery thread only hands messages over: its backlog stays short, but a burst of
        // large replies must not be dropped as a slow consumer.
        natsSubscription_SetPendingLimits(sub, 1 << 20, 1 << 30);
        s = natsConnection_FlushTimeout(m_conn.get(), 5000);
    }
    if (s != NATS_OK)
        return makeError(QStringLiteral("cannot subscribe to %1 on %2: %3")
                             .arg(QString::fromLatin1(wildcard), url, NatsClient::describe(s)));
    m_replySubject.reserve(m_inboxPrefix.size() + 24);
    return Ok{};
}

void NatsRequester::close()
{
    // Unsubscribing waits for a callback in progress: after it, no new message is handed over.
    if (m_sub) {
        natsSubscription_Unsubscribe(m_sub.get());
        m_sub.reset();
    }
    if (m_conn) {
        natsConnection_FlushTimeout(m_conn.get(), 1000);
        m_conn.reset();
    }
    std::lock_guard lock(m_incomingMutex);
    for (natsMsg *msg : m_incoming)
        natsMsg_Destroy(msg);
    m_incoming.clear();
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

    char digits[24];
    const int n = std::snprintf(digits, sizeof digits, "%llu", static_cast<unsigned long long>(token));
    m_replySubject.resize(0);
    m_replySubject.append(m_inboxPrefix).append(digits, n);

    natsMsg *rawMsg = nullptr;
    natsStatus s =
        natsMsg_Create(&rawMsg, subject, m_replySubject.constData(), data.data(), int(data.size()));
    if (s == NATS_OK) {
        NatsMsgPtr msg(rawMsg);
        for (const auto &[name, value] : headers) {
            if (s == NATS_OK)
                s = natsMsgHeader_Set(msg.get(), name, value);
        }
        if (s == NATS_OK)
            s = natsConnection_PublishMsg(m_conn.get(), msg.get());
    }
    if (s != NATS_OK) {
        m_free.push_back(index);
        return makeError(QStringLiteral("cannot publish to %1: %2")
                             .arg(QString::fromUtf8(subject), NatsClient::describe(s)));
    }
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

void NatsRequester::onMessage(natsConnection *, natsSubscription *, natsMsg *msg, void *closure)
{
    auto *self = static_cast<NatsRequester *>(closure);
    bool first;
    {
        std::lock_guard lock(self->m_incomingMutex);
        first = self->m_incoming.empty();
        self->m_incoming.push_back(msg);
    }
    // One queued call per batch: the drain takes everything that arrived until it runs.
    if (first)
        QMetaObject::invokeMethod(self, &NatsRequester::drain, Qt::QueuedConnection);
}

void NatsRequester::drain()
{
    {
        std::lock_guard lock(m_incomingMutex);
        m_batch.swap(m_incoming);
    }
    for (natsMsg *msg : m_batch) {
        NatsMsgPtr owned(msg);
        const char *subject = natsMsg_GetSubject(msg);
        if (!subject || std::strncmp(subject, m_inboxPrefix.constData(), size_t(m_inboxPrefix.size())) != 0)
            continue;
        char *end = nullptr;
        const quint64 token = std::strtoull(subject + m_inboxPrefix.size(), &end, 10);
        Slot *slot = (end && *end == '\0') ? slotFor(token) : nullptr;
        if (!slot)
            continue; // answered already, or timed out: a late or second reply
        const quint64 cookie = slot->cookie;
        release(token);
        if (natsMsg_IsNoResponders(msg))
            m_handler(cookie, Outcome::NoResponders, nullptr);
        else
            m_handler(cookie, Outcome::Reply, msg);
    }
    m_batch.clear();
}

void NatsRequester::sweep()
{
    const qint64 now = nowMs();
    while (!m_deadlines.empty() && m_deadlines.front().atMs <= now) {
        const quint64 token = m_deadlines.front().token;
        std::pop_heap(m_deadlines.begin(), m_deadlines.end(), std::greater<>());
        m_deadlines.pop_back();
        if (Slot *slot = slotFor(token)) {
            const quint64 cookie = slot->cookie;
            release(token);
            m_handler(cookie, Outcome::Timeout, nullptr);
        }
    }
    if (!m_deadlines.empty())
        arm(m_deadlines.front().atMs);
}

} // namespace Stratus::Gateway
