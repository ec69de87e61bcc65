#include "stressmonitor.h"

#include "protocol.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMetaObject>

namespace Stratus {

namespace {
constexpr qint64 ForgetAfterMs = 3000; // an invoker that stopped reporting is gone
}

StressMonitor::StressMonitor(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<Stratus::ClusterLoad>();
}

StressMonitor::~StressMonitor()
{
    stop();
}

void StressMonitor::start(const QString &natsUrl, const QString &function)
{
    stop();
    if (natsUrl.isEmpty() || function.isEmpty())
        return;
    natsOptions *rawOpts = nullptr;
    if (natsOptions_Create(&rawOpts) != NATS_OK)
        return;
    NatsOptionsPtr opts(rawOpts);
    natsOptions_SetURL(opts.get(), natsUrl.toUtf8().constData());
    natsOptions_SetName(opts.get(), "stratus-stress-monitor");
    // Connecting to a local broker: short, and never more than this on the caller's thread.
    natsOptions_SetTimeout(opts.get(), 500);
    natsConnection *conn = nullptr;
    if (natsConnection_Connect(&conn, opts.get()) != NATS_OK)
        return;
    m_conn.reset(conn);
    m_relay = new Relay;
    m_relay->target = this;
    natsSubscription *sub = nullptr;
    const QByteArray subject = QByteArray(Protocol::StatsSubjectPrefix) + function.toUtf8();
    if (natsConnection_Subscribe(&sub, conn, subject.constData(), &StressMonitor::onMessage, m_relay) !=
        NATS_OK) {
        delete m_relay;
        m_relay = nullptr;
        return;
    }
    natsSubscription_SetOnCompleteCB(sub, &StressMonitor::onComplete, m_relay);
    m_sub.reset(sub);
}

void StressMonitor::stop()
{
    if (m_relay) {
        std::lock_guard lock(m_relay->lock);
        m_relay->target = nullptr;
        m_relay = nullptr; // onComplete frees it
    }
    if (m_sub) {
        natsSubscription_Unsubscribe(m_sub.get());
        m_sub.reset();
    }
    m_conn.reset(); // closes, and waits for the callback thread
    m_invokers.clear();
}

void StressMonitor::onMessage(natsConnection *, natsSubscription *, natsMsg *msg, void *closure)
{
    // nats.c's thread: parse, then hand over; the monitor is only touched on its own thread.
    const QJsonObject stats =
        QJsonDocument::fromJson(QByteArray(natsMsg_GetData(msg), natsMsg_GetDataLength(msg))).object();
    natsMsg_Destroy(msg);
    auto *relay = static_cast<Relay *>(closure);
    std::lock_guard lock(relay->lock);
    if (StressMonitor *self = relay->target)
        QMetaObject::invokeMethod(
            self, [self, stats] { self->take(stats); }, Qt::QueuedConnection);
}

void StressMonitor::onComplete(void *closure)
{
    delete static_cast<Relay *>(closure);
}

void StressMonitor::take(const QJsonObject &stats)
{
    if (!m_sub)
        return;
    const QString invoker = stats.value(QStringLiteral("invoker")).toString();
    Invoker &entry = m_invokers[invoker];
    entry.stats = stats;
    entry.seenMs = QDateTime::currentMSecsSinceEpoch();
    if (entry.firstColdStarts < 0)
        entry.firstColdStarts = qint64(stats.value(QStringLiteral("coldStarts")).toDouble());
    emit updated(current());
}

ClusterLoad StressMonitor::current() const
{
    ClusterLoad load;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Invoker &i : m_invokers) {
        if (now - i.seenMs > ForgetAfterMs)
            continue;
        auto n = [&i](const char *key) { return qint64(i.stats.value(QLatin1String(key)).toDouble()); };
        load.inFlight += n("inFlight");
        load.queued += n("queued");
        load.workers += n("workers");
        load.coldStarts += n("coldStarts") - i.firstColdStarts;
        ++load.replicas;
    }
    return load;
}

} // namespace Stratus
