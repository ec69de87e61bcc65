#include "natsdriver.h"

#include "natsclient.h"
#include "protocol.h"
#include "stressrecorder.h"

#include <algorithm>
#include <cstdlib>

namespace Stratus {

namespace {
constexpr qint64 MaxWaitNs = 5000000; // the sender wakes at least this often (stop, sweep, slices)
}

NatsDriver::~NatsDriver()
{
    closeSubscription();
    m_sub.reset();
    m_conn.reset();
}

Status NatsDriver::open()
{
    natsOptions *rawOpts = nullptr;
    if (natsOptions_Create(&rawOpts) != NATS_OK)
        return makeError(tr("cannot create NATS options"));
    NatsOptionsPtr opts(rawOpts);
    const QByteArray url = m_plan.natsUrl.toUtf8();
    natsOptions_SetURL(opts.get(), url.constData());
    natsOptions_SetName(opts.get(), "stratus-stress");
    // Each request goes out when it is due, not when the flusher next runs.
    natsOptions_SetSendAsap(opts.get(), true);
    natsOptions_SetTimeout(opts.get(), 2000);
    natsOptions_SetMaxReconnect(opts.get(), 10);
    // Room for bursts of requests while the socket is momentarily full.
    natsOptions_SetIOBufSize(opts.get(), 1 << 20);
    natsConnection *conn = nullptr;
    natsStatus s = natsConnection_Connect(&conn, opts.get());
    if (s != NATS_OK)
        return makeError(tr("cannot connect to %1: %2").arg(m_plan.natsUrl, NatsClient::describe(s)));
    m_conn.reset(conn);

    natsInbox *inbox = nullptr;
    if (natsInbox_Create(&inbox) != NATS_OK)
        return makeError(tr("cannot create an inbox"));
    m_inbox = std::string(inbox) + '.';
    natsInbox_Destroy(inbox);
    m_subject = m_plan.target.subject.toUtf8();

    natsSubscription *sub = nullptr;
    s = natsConnection_Subscribe(&sub, m_conn.get(), (m_inbox + '*').c_str(), &NatsDriver::onReply, this);
    if (s != NATS_OK)
        return makeError(tr("cannot subscribe to the reply inbox: %1").arg(NatsClient::describe(s)));
    m_sub.reset(sub);
    // Replies must never be dropped as a slow consumer: that would look like timeouts.
    natsSubscription_SetPendingLimits(sub, -1, -1);
    natsSubscription_SetOnCompleteCB(sub, &NatsDriver::onSubscriptionComplete, this);
    s = natsConnection_FlushTimeout(m_conn.get(), 5000);
    if (s != NATS_OK)
        return makeError(tr("%1 does not answer: %2").arg(m_plan.natsUrl, NatsClient::describe(s)));
    return Ok{};
}

QString NatsDriver::classify(natsMsg *reply)
{
    if (natsMsg_IsNoResponders(reply))
        return QStringLiteral("no-responders");
    const char *status = nullptr;
    if (natsMsgHeader_Get(reply, Protocol::StatusHeader, &status) == NATS_OK && status &&
        qstrcmp(status, Protocol::StatusOk) != 0)
        return QStringLiteral("function error: %1").arg(QString::fromUtf8(status));
    return {};
}

void NatsDriver::onReply(natsConnection *, natsSubscription *, natsMsg *msg, void *closure)
{
    static_cast<NatsDriver *>(closure)->handleReply(msg);
    natsMsg_Destroy(msg);
}

void NatsDriver::onSubscriptionComplete(void *closure)
{
    auto *self = static_cast<NatsDriver *>(closure);
    std::lock_guard lock(self->m_completeLock);
    self->m_subscriptionComplete = true;
    self->m_completeCond.notify_all();
}

void NatsDriver::handleReply(natsMsg *msg)
{
    const qint64 now = StressRecorder::nowNs();
    const char *subject = natsMsg_GetSubject(msg);
    const qint64 id = std::strtoll(subject + m_inbox.size(), nullptr, 10);
    const QString errorClass = classify(msg);
    Pending p;
    {
        std::lock_guard lock(m_lock);
        const qint64 index = id - m_baseId;
        if (index < 0 || index >= qint64(m_pending.size()) || m_pending[size_t(index)].done) {
            m_recorder.lateReply();
            return;
        }
        Pending &slot = m_pending[size_t(index)];
        slot.done = true;
        p = slot;
        while (!m_pending.empty() && m_pending.front().done) {
            m_pending.pop_front();
            ++m_baseId;
        }
        if (errorClass.isEmpty())
            m_recorder.succeeded(p.intendedNs, p.sentNs, now, natsMsg_GetDataLength(msg));
        else
            m_recorder.failed(p.intendedNs, p.sentNs, now, errorClass, true);
    }
    if (m_closed)
        workerFree(p.worker, now);
    else
        m_wake.notify_one();
}

bool NatsDriver::closedCanIssueLocked(qint64 nowNs) const
{
    if (m_stop->load(std::memory_order_relaxed))
        return false;
    if (m_plan.closed.durationMs > 0)
        return nowNs < m_endNs;
    return m_nextId < m_plan.closed.requests;
}

bool NatsDriver::send(qint64 intendedNs, int worker)
{
    char reply[128];
    qint64 id = 0;
    {
        std::lock_guard lock(m_lock);
        const qint64 now = StressRecorder::nowNs();
        if (m_closed) {
            if (!closedCanIssueLocked(now))
                return false;
            intendedNs = now; // hey measures from the actual send
            m_workerStartNs[size_t(worker)] = now;
        }
        id = m_nextId++;
        m_pending.push_back({intendedNs, now, worker, false});
        m_recorder.sent(intendedNs, now);
    }
    std::snprintf(reply, sizeof reply, "%s%lld", m_inbox.c_str(), static_cast<long long>(id));
    const QByteArray body = payload(id);
    const natsStatus s = natsConnection_PublishRequest(m_conn.get(), m_subject.constData(), reply,
                                                       body.constData(), int(body.size()));
    if (s != NATS_OK) {
        const qint64 now = StressRecorder::nowNs();
        std::lock_guard lock(m_lock);
        const qint64 index = id - m_baseId;
        if (index >= 0 && index < qint64(m_pending.size()) && !m_pending[size_t(index)].done) {
            Pending &slot = m_pending[size_t(index)];
            slot.done = true;
            m_recorder.failed(slot.intendedNs, slot.sentNs, now,
                              QStringLiteral("publish: %1").arg(NatsClient::describe(s)), false);
        }
    }
    return true;
}

void NatsDriver::sweep(qint64 nowNs)
{
    const qint64 timeoutNs = qint64(m_plan.timeoutMs) * 1000000;
    std::vector<Expired> expired;
    {
        std::lock_guard lock(m_lock);
        while (!m_pending.empty()) {
            const Pending &front = m_pending.front();
            if (!front.done) {
                if (front.sentNs + timeoutNs > nowNs)
                    break;
                expired.push_back({front.intendedNs, front.sentNs, front.worker});
                m_recorder.failed(front.intendedNs, front.sentNs, nowNs, QStringLiteral("timeout"), false);
            }
            m_pending.pop_front();
            ++m_baseId;
        }
    }
    if (m_closed) {
        for (const Expired &e : expired)
            workerFree(e.worker, nowNs);
    }
}

void NatsDriver::workerFree(int worker, qint64 nowNs)
{
    if (worker < 0)
        return;
    const double q = m_plan.closed.perWorkerRate;
    if (q > 0) {
        const qint64 due = m_workerStartNs[size_t(worker)] + qint64(1e9 / q);
        if (due > nowNs) {
            {
                std::lock_guard lock(m_lock);
                m_waiting.emplace_back(due, worker);
            }
            m_wake.notify_one();
            return;
        }
    }
    if (!send(nowNs, worker))
        m_wake.notify_one(); // the budget is spent: the sender may be done
}

void NatsDriver::cancelInFlight()
{
    qint64 n = 0;
    {
        std::lock_guard lock(m_lock);
        for (const Pending &p : m_pending)
            n += p.done ? 0 : 1;
        m_baseId += qint64(m_pending.size());
        m_pending.clear();
        m_waiting.clear();
        m_recorder.cancelled(n);
    }
}

void NatsDriver::closeSubscription()
{
    if (!m_sub)
        return;
    // After this no callback runs any more, so the driver may go away.
    if (natsSubscription_Unsubscribe(m_sub.get()) == NATS_OK) {
        std::unique_lock lock(m_completeLock);
        m_completeCond.wait_for(lock, std::chrono::seconds(5), [this] { return m_subscriptionComplete; });
    }
    m_sub.reset();
}

void NatsDriver::run(const std::atomic<bool> &stop)
{
    preciseTimers();
    m_stop = &stop;
    m_closed = m_plan.mode == LoadPlan::Mode::Closed;
    m_startNs = StressRecorder::nowNs();
    m_recorder.start(m_startNs);
    if (m_closed)
        runClosed(stop);
    else
        runOpen(stop);
    // Replies after this point would race the cancellation: stop them first.
    closeSubscription();
    cancelInFlight();
}

void NatsDriver::runOpen(const std::atomic<bool> &stop)
{
    LoadProfile::Schedule schedule(m_plan.profile);
    std::optional<qint64> next = schedule.next();
    bool heldBack = false;
    while (!stop.load(std::memory_order_relaxed)) {
        qint64 now = StressRecorder::nowNs();
        if (m_recorder.tick(now))
            break;
        sweep(now);
        if (!next) {
            if (m_recorder.inFlight() == 0)
                break;
            std::unique_lock lock(m_lock);
            m_wake.wait_for(lock, std::chrono::nanoseconds(MaxWaitNs));
            continue;
        }
        const qint64 due = m_startNs + *next;
        if (due > now) {
            sleepUntil(std::min(due, now + MaxWaitNs));
            continue;
        }
        // Everything due goes now, in order; a batch is bounded so sweeps and slices keep up.
        for (int batch = 0; batch < 1024 && next; ++batch) {
            if (m_recorder.inFlight() >= m_plan.maxInFlight) {
                if (!heldBack)
                    m_recorder.blocked();
                heldBack = true;
                std::unique_lock lock(m_lock);
                m_wake.wait_for(lock, std::chrono::microseconds(200));
                break;
            }
            heldBack = false;
            send(m_startNs + *next, -1);
            next = schedule.next();
            if (!next || m_startNs + *next > StressRecorder::nowNs())
                break;
        }
    }
}

void NatsDriver::runClosed(const std::atomic<bool> &stop)
{
    const int workers = m_plan.closed.concurrency;
    m_workerStartNs.assign(size_t(workers), 0);
    m_endNs = m_plan.closed.durationMs > 0 ? m_startNs + m_plan.closed.durationMs * 1000000 : 0;
    for (int w = 0; w < workers; ++w) {
        if (!send(m_startNs, w))
            break;
    }
    while (!stop.load(std::memory_order_relaxed)) {
        const qint64 now = StressRecorder::nowNs();
        if (m_recorder.tick(now))
            break;
        sweep(now);
        std::vector<int> due;
        qint64 wakeAt = now + MaxWaitNs;
        bool canIssue = false;
        {
            std::lock_guard lock(m_lock);
            canIssue = closedCanIssueLocked(now);
            for (auto it = m_waiting.begin(); it != m_waiting.end();) {
                if (it->first <= now) {
                    due.push_back(it->second);
                    it = m_waiting.erase(it);
                } else {
                    wakeAt = std::min(wakeAt, it->first);
                    ++it;
                }
            }
        }
        for (int w : due)
            send(now, w);
        if (!canIssue && m_recorder.inFlight() == 0)
            break;
        std::unique_lock lock(m_lock);
        m_wake.wait_for(lock,
                        std::chrono::nanoseconds(std::max<qint64>(0, wakeAt - StressRecorder::nowNs())));
    }
}

} // namespace Stratus
