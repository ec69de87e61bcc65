#pragma once

#include "natshandles.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <memory>
#include <mutex>

namespace Stratus {

// What the cluster is doing for one function while it is loaded, from its invokers' statistics
// (stratus.stats.FUNCTION, docs/protocol.md), summed over the invokers heard from in the last
// three seconds.
struct ClusterLoad
{
    qint64 inFlight = 0;
    qint64 queued = 0;     // events waiting in the invokers' queues
    qint64 coldStarts = 0; // since the monitor started
    qint64 workers = 0;
    int replicas = 0; // invokers
};

// Subscribes to a function's statistics on its own connection, made on the thread pool (the
// owner's thread never waits for the network); nats.c's thread only parses and hands the
// document over; updated() is emitted on the owner's thread.
class StressMonitor : public QObject
{
    Q_OBJECT
public:
    explicit StressMonitor(QObject *parent = nullptr);
    ~StressMonitor() override;

    // Watches the invokers' statistics on statsSubject (LoadTarget::statsSubject()); an
    // empty subject or url stops.
    void start(const QString &natsUrl, const QString &statsSubject);
    void stop();
    ClusterLoad current() const;

signals:
    void updated(const Stratus::ClusterLoad &load);

private:
    // What nats.c's threads see of the monitor: cleared under its lock by stop(); shared by the
    // monitor, the connecting task and the subscription (freed by its completion callback).
    struct Relay
    {
        std::mutex lock;
        StressMonitor *target = nullptr;
    };
    static void onMessage(natsConnection *, natsSubscription *, natsMsg *msg, void *closure);
    static void onComplete(void *closure);
    void take(const QJsonObject &stats);

    struct Invoker
    {
        QJsonObject stats;
        qint64 firstColdStarts = -1;
        qint64 seenMs = 0;
    };
    NatsConnectionPtr m_conn;
    NatsSubscriptionPtr m_sub;
    QHash<QString, Invoker> m_invokers;
    std::shared_ptr<Relay> m_relay;
    quint64 m_generation = 0; // a connection made for an earlier start() is closed, not kept
};

} // namespace Stratus

Q_DECLARE_METATYPE(Stratus::ClusterLoad)
