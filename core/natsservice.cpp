#include "natsservice.h"

#include "natsclient.h"
#include "protocol.h"
#include "repeatedlines.h"

#include <QJsonDocument>

#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <deque>
#include <mutex>
#include <thread>
#include <unistd.h>
#include <vector>

namespace Stratus {

namespace {
// A failed publish is logged once per burst of its kind in this long (RepeatedLines).
constexpr std::chrono::milliseconds FailureBurstPeriod{10000};
// How long a stopping service goes on answering what it has taken: well inside the
// supervisor's grace before SIGKILL (3 s), as a load can leave more queued than that.
constexpr std::chrono::milliseconds StopBudget{2000};
} // namespace

Result<QJsonObject> ServiceRequest::json() const
{
    if (data.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(QStringLiteral("the request is not JSON: %1 at offset %2")
                             .arg(error.errorString())
                             .arg(error.offset));
    if (!doc.isObject())
        return makeError(QStringLiteral("the request must be a JSON object"));
    return doc.object();
}

ServiceReply ServiceReply::json(const QJsonObject &body)
{
    return bytes(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ServiceReply ServiceReply::bytes(QByteArray body, QMap<QByteArray, QByteArray> headers)
{
    headers.insert(Protocol::StatusHeader, Protocol::StatusOk);
    return ServiceReply{std::move(body), std::move(headers)};
}

ServiceReply ServiceReply::error(const char *status, const QString &message, const QString &field,
                                 const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("error"), message);
    if (!field.isEmpty())
        body.insert(QStringLiteral("field"), field);
    return ServiceReply{QJsonDocument(body).toJson(QJsonDocument::Compact),
                        {{Protocol::StatusHeader, QByteArray(status)}}};
}

// Requests taken from nats.c's delivery thread, waiting for a worker.
struct NatsService::Queue
{
    std::mutex mutex;
    std::condition_variable wake;
    std::condition_variable emptied; // the last waiting request was taken
    std::deque<NatsMsgPtr> messages;
    bool stopping = false;
    std::vector<std::thread> workers;

    std::mutex failuresMutex;
    RepeatedLines failures{FailureBurstPeriod};
};

void NatsService::blockTerminationSignals()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    signal(SIGPIPE, SIG_IGN);
}

NatsService::NatsService(Options options)
    : m_options(std::move(options)), m_queue(std::make_unique<Queue>()),
      m_replicaId(QStringLiteral("%1-%2").arg(m_options.name).arg(::getpid()).toUtf8())
{
}

NatsService::~NatsService() = default;

void NatsService::log(const QString &line) const
{
    fprintf(stderr, "%s: %s\n", qPrintable(m_options.name), qPrintable(line));
    fflush(stderr);
}

void NatsService::logFailure(const QString &kind, const QString &line) const
{
    QStringList lines;
    {
        std::lock_guard lock(m_queue->failuresMutex);
        lines = m_queue->failures.add(kind, line);
    }
    for (const QString &l : std::as_const(lines))
        log(l);
}

void NatsService::logFailureCounts(bool everything) const
{
    QStringList lines;
    {
        std::lock_guard lock(m_queue->failuresMutex);
        lines = m_queue->failures.flush(RepeatedLines::Clock::now(), everything);
    }
    for (const QString &l : std::as_const(lines))
        log(l);
}

Result<NatsConnectionPtr> NatsService::connectWith(const QString &name, bool sendAsap) const
{
    natsOptions *raw = nullptr;
    if (natsOptions_Create(&raw) != NATS_OK)
        return makeError(QStringLiteral("cannot create NATS options"));
    NatsOptionsPtr opts(raw);
    natsOptions_SetURL(opts.get(), m_options.natsUrl.toUtf8().constData());
    natsOptions_SetName(opts.get(), name.toUtf8().constData());
    natsOptions_SetSendAsap(opts.get(), sendAsap);
    natsOptions_SetMaxReconnect(opts.get(), -1); // ride out a broker restart
    natsOptions_SetReconnectWait(opts.get(), 250);
    natsConnection *conn = nullptr;
    const natsStatus s = natsConnection_Connect(&conn, opts.get());
    if (s != NATS_OK)
        return makeError(
            QStringLiteral("cannot connect to %1: %2").arg(m_options.natsUrl, NatsClient::describe(s)));
    return NatsConnectionPtr(conn);
}

Status NatsService::connect()
{
    auto conn = connectWith(m_options.name, true);
    if (!conn)
        return conn.error();
    m_conn = std::move(*conn);
    return Ok{};
}

Result<NatsConnectionPtr> NatsService::connectForBulkWrites() const
{
    return connectWith(m_options.name + QStringLiteral("-bulk"), false);
}

void NatsService::onMessage(natsConnection *, natsSubscription *, natsMsg *msg, void *closure)
{
    auto *self = static_cast<NatsService *>(closure);
    {
        std::lock_guard lock(self->m_queue->mutex);
        self->m_queue->messages.emplace_back(msg);
    }
    self->m_queue->wake.notify_one();
}

void NatsService::serve(natsMsg *msg) const
{
    const char *replyTo = natsMsg_GetReply(msg);
    ServiceRequest request;
    const QString subject = QString::fromUtf8(natsMsg_GetSubject(msg));
    request.operation = subject.mid(m_options.prefix.size() + 1);
    request.data = QByteArray(natsMsg_GetData(msg), natsMsg_GetDataLength(msg));
    const char **keys = nullptr;
    int count = 0;
    if (natsMsgHeader_Keys(msg, &keys, &count) == NATS_OK) {
        for (int i = 0; i < count; ++i) {
            const char *value = nullptr;
            if (natsMsgHeader_Get(msg, keys[i], &value) == NATS_OK)
                request.headers.insert(QByteArray(keys[i]), QByteArray(value));
        }
        free(keys);
    }
    const ServiceReply reply = m_handler(request);
    if (!replyTo || !*replyTo) {
        // A publish: done all the same (flow invokers send run records this way), and with
        // nobody to tell, a failure goes to the log.
        const QByteArray status = reply.headers.value(Protocol::StatusHeader);
        if (!status.isEmpty() && status != Protocol::StatusOk)
            logFailure(subject + QLatin1Char(' ') + QString::fromUtf8(status),
                       QStringLiteral("%1 (published, no reply subject) failed: %2: %3")
                           .arg(subject, QString::fromUtf8(status), QString::fromUtf8(reply.data)));
        return;
    }
    natsMsg *rawReply = nullptr;
    if (natsMsg_Create(&rawReply, replyTo, nullptr, reply.data.constData(), int(reply.data.size())) !=
        NATS_OK)
        return;
    NatsMsgPtr out(rawReply);
    for (auto it = reply.headers.cbegin(); it != reply.headers.cend(); ++it)
        natsMsgHeader_Set(out.get(), it.key().constData(), it.value().constData());
    natsMsgHeader_Set(out.get(), Protocol::ReplicaHeader, m_replicaId.constData());
    const natsStatus s = natsConnection_PublishMsg(m_conn.get(), out.get());
    if (s != NATS_OK)
        log(QStringLiteral("cannot reply to %1: %2").arg(subject, NatsClient::describe(s)));
}

int NatsService::run(Handler handler, std::function<void()> tick)
{
    m_handler = std::move(handler);
    Queue &queue = *m_queue;
    for (int i = 0; i < std::max(1, m_options.workers); ++i) {
        queue.workers.emplace_back([this, &queue] {
            for (;;) {
                NatsMsgPtr msg;
                {
                    std::unique_lock lock(queue.mutex);
                    queue.wake.wait(lock, [&] { return queue.stopping || !queue.messages.empty(); });
                    if (queue.messages.empty())
                        return; // stopping, and every request taken has been answered
                    msg = std::move(queue.messages.front());
                    queue.messages.pop_front();
                    if (queue.messages.empty())
                        queue.emptied.notify_all();
                }
                serve(msg.get());
            }
        });
    }
    // The workers answer what is queued until stopBy; what is left then is dropped (its
    // requesters time out), counted in the log, and the workers end with the request at hand.
    auto stopWorkers = [this, &queue](std::chrono::steady_clock::time_point stopBy) {
        size_t dropped = 0;
        {
            std::unique_lock lock(queue.mutex);
            queue.stopping = true;
            queue.wake.notify_all();
            if (!queue.emptied.wait_until(lock, stopBy, [&queue] { return queue.messages.empty(); })) {
                dropped = queue.messages.size();
                queue.messages.clear();
            }
        }
        if (dropped > 0)
            log(QStringLiteral("stopping: %1 queued request(s) dropped, not answered within %2 ms")
                    .arg(dropped)
                    .arg(StopBudget.count()));
        for (auto &worker : queue.workers)
            worker.join();
        queue.workers.clear();
    };

    // Replicas share the load through the queue group, named after the prefix.
    const QByteArray subject = (m_options.prefix + QStringLiteral(".>")).toUtf8();
    const QByteArray group = m_options.prefix.toUtf8();
    natsSubscription *rawSub = nullptr;
    natsStatus s = natsConnection_QueueSubscribe(&rawSub, m_conn.get(), subject.constData(),
                                                 group.constData(), &NatsService::onMessage, this);
    NatsSubscriptionPtr sub(rawSub);
    if (s == NATS_OK)
        s = natsConnection_FlushTimeout(m_conn.get(), 5000);
    if (s != NATS_OK) {
        log(QStringLiteral("cannot subscribe to %1: %2")
                .arg(QString::fromUtf8(subject), NatsClient::describe(s)));
        stopWorkers(std::chrono::steady_clock::now());
        return 1;
    }
    fprintf(stdout, "%s\n", Protocol::ReadyLine);
    fflush(stdout);

    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    // Woken at least once per failure burst period, to write the counts of bursts that ended.
    const int wakeMs = m_options.tickMs > 0 ? m_options.tickMs : int(FailureBurstPeriod.count());
    const timespec period{wakeMs / 1000, long(wakeMs % 1000) * 1000000L};
    for (;;) {
        if (sigtimedwait(&set, nullptr, &period) > 0)
            break;
        if (tick && m_options.tickMs > 0)
            tick();
        logFailureCounts(false);
    }

    // Take no new requests, answer the ones already delivered, then go.
    const auto stopBy = std::chrono::steady_clock::now() + StopBudget;
    natsSubscription_Drain(sub.get());
    natsSubscription_WaitForDrainCompletion(sub.get(), StopBudget.count());
    stopWorkers(stopBy);
    logFailureCounts(true);
    natsConnection_FlushTimeout(m_conn.get(), 2000);
    return 0;
}

} // namespace Stratus
