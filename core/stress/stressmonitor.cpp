#include "stressmonitor.h"

#include "protocol.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

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

void StressMonitor::start(const QString &natsUrl, const QString &statsSubject)
{
    stop();
    if (natsUrl.isEmpty() || statsSubject.isEmpty())
        return;
    m_relay = std::make_shared<Relay>();
    m_relay->target = this;
    const quint64 generation = ++m_generation;
    const QByteArray url = natsUrl.toUtf8();
    const QByteArray subject = statsSubject.toUtf8();
    QPointer<StressMonitor> self(this);
    QThreadPool::globalInstance()->start([relay = m_relay, url, subject, generation, self] {
        natsOptions *rawOpts = nullptr;
        if (natsOptions_Create(&rawOpts) != NATS_OK)
            return;
        NatsOptionsPtr opts(rawOpts);
        natsOptions_SetURL(opts.get(), url.constData());
        natsOptions_SetName(opts.get(), "stratus-stress-monitor");
        natsOptions_SetTimeout(opts.get(), 2000);
        natsConnection *conn = nullptr;
        if (natsConnection_Connect(&conn, opts.get()) != NATS_OK)
            return; // no overlay; the run itself reports the broker's trouble
        natsSubscription *sub = nullptr;
        auto *closure = new std::shared_ptr<Relay>(relay);
        if (natsConnection_Subscribe(&sub, conn, subject.constData(), &StressMonitor::onMessage, closure) ==
            NATS_OK) {
            natsSubscription_SetOnCompleteCB(sub, &StressMonitor::onComplete, closure);
        } else {
            delete closure;
            sub = nullptr;
        }
        // `self` is only looked at on the application's thread, where the monitor lives.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, conn, sub] {
                NatsConnectionPtr connection(conn);
                NatsSubscriptionPtr subscription(sub);
                if (self && self->m_generation == generation) {
                    self->m_conn = std::move(connection);
                    self->m_sub = std::move(subscription);
                } else if (subscription) {
                    natsSubscription_Unsubscribe(subscription.get());
                }
            },
            Qt::QueuedConnection);
    });
}

void StressMonitor::stop()
{
    ++m_generation;
    if (m_relay) {
        std::lock_guard lock(m_relay->lock);
        m_relay->target = nullptr;
    }
    m_relay.reset();
    if (m_sub) {
        natsSubscription_Unsubscribe(m_sub.get());
        m_sub.reset();
    }
    m_conn.reset();
    m_invokers.clear();
}

void StressMonitor::onMessage(natsConnection *, natsSubscription *, natsMsg *msg, void *closure)
{
    // nats.c's thread: parse, then hand over; the monitor is only touched on its own thread.
    const QJsonObject stats =
        QJsonDocument::fromJson(QByteArray(natsMsg_GetData(msg), natsMsg_GetDataLength(msg))).object();
    natsMsg_Destroy(msg);
    const std::shared_ptr<Relay> &relay = *static_cast<std::shared_ptr<Relay> *>(closure);
    std::lock_guard lock(relay->lock);
    if (StressMonitor *self = relay->target)
        QMetaObject::invokeMethod(
            self, [self, stats] { self->take(stats); }, Qt::QueuedConnection);
}

void StressMonitor::onComplete(void *closure)
{
    delete static_cast<std::shared_ptr<Relay> *>(closure);
}

void StressMonitor::take(const QJsonObject &stats)
{
    if (!m_relay)
        return; // stopped since nats.c handed it over
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
