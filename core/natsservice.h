#pragma once

#include "natshandles.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <functional>

namespace Stratus {

// One request to a NatsService: the subject below the service's prefix ("services.put")
// and what came with it.
struct ServiceRequest
{
    QString operation;
    QByteArray data;
    QMap<QByteArray, QByteArray> headers;
    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
    // The body as a JSON object; an empty object for an empty body.
    Result<QJsonObject> json() const;
};

// A reply with its Stratus-Status header (docs/registry.md, "Errors").
struct ServiceReply
{
    QByteArray data;
    QMap<QByteArray, QByteArray> headers;

    static ServiceReply json(const QJsonObject &body);
    static ServiceReply bytes(QByteArray body, QMap<QByteArray, QByteArray> headers = {});
    // {"error": message, "field": field} plus extra keys, and Stratus-Status: status.
    static ServiceReply error(const char *status, const QString &message, const QString &field = {},
                              const QJsonObject &extra = {});
};

// The process frame the registry and the datastore share: a queue-subscribed request-reply
// service on PREFIX.>, answered by a few worker threads (handlers block on JetStream), with
// the cluster's conventions: "stratus-ready" on stdout once subscribed, SIGTERM/SIGINT finish
// the requests already taken (for 2 s at most: the rest are dropped, and counted in the log)
// and exit 0.
class NatsService
{
public:
    using Handler = std::function<ServiceReply(const ServiceRequest &)>;

    struct Options
    {
        QString name; // for the connection and log lines
        QString natsUrl;
        QString prefix;
        int workers = 4;
        int tickMs = 0; // > 0: tick() runs on the main thread this often
    };

    // Call first in main(), before any thread exists, so that every thread nats.c starts
    // inherits the blocked SIGTERM/SIGINT and run() alone receives them.
    static void blockTerminationSignals();

    explicit NatsService(Options options);
    ~NatsService();
    NatsService(const NatsService &) = delete;

    // Connects with endless reconnects, so a broker restart is ridden out.
    Status connect();
    natsConnection *connection() const { return m_conn.get(); }
    // A second connection to the same broker for writes issued in bulk without waiting per
    // write (KvBucket::putMany): it leaves sending to nats.c's flusher thread, so a burst of
    // writes leaves in a few socket writes, where connection() sends each at once for its
    // replies' sake.
    Result<NatsConnectionPtr> connectForBulkWrites() const;

    // Serves until SIGTERM/SIGINT; returns the process exit code.
    int run(Handler handler, std::function<void()> tick = {});

    // One line on stderr, prefixed with the service's name.
    void log(const QString &line) const;

private:
    Result<NatsConnectionPtr> connectWith(const QString &name, bool sendAsap) const;
    // A failure nobody can be told of, logged unless it repeats one of its kind (RepeatedLines).
    void logFailure(const QString &kind, const QString &line) const;
    // The counts of repeated failures whose burst ended; with everything, of all (at exit).
    void logFailureCounts(bool everything) const;
    struct Queue;
    static void onMessage(natsConnection *, natsSubscription *, natsMsg *msg, void *closure);
    void serve(natsMsg *msg) const;

    Options m_options;
    NatsConnectionPtr m_conn;
    Handler m_handler;
    std::unique_ptr<Queue> m_queue;
    QByteArray m_replicaId;
};

} // namespace Stratus
