#pragma once

#include "natsclient.h"
#include "protocol.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <memory>
#include <optional>

namespace Stratus {

// A blocking client of stratus-datastore (docs/datastore.md). Values of any size: what does
// not fit the broker's max_payload travels in chunks, transparently. Its calls wait for the
// broker: never call them on a GUI thread; several threads may share one client.
class DatastoreClient
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::DatastoreClient)

public:
    struct Options
    {
        QString prefix = QLatin1String(Protocol::DatastorePrefix);
        int timeoutMs = 10000;
        qint64 chunkBytes = 0; // 0: the broker's max_payload less room for headers
    };
    struct Run
    {
        QString id;
        qint64 ttlMs = 0;
        qint64 expiresMs = 0;
    };
    struct ObjectInfo
    {
        QString name;
        bool exists = false;
        qint64 size = 0;
        bool persist = false;
    };

    static Result<DatastoreClient> connect(const QString &natsUrl, const Options &options);
    static Result<DatastoreClient> connect(const QString &natsUrl) { return connect(natsUrl, Options()); }
    DatastoreClient(std::shared_ptr<const NatsClient> nats, Options options);

    // An empty id lets the datastore pick one; ttlMs 0 takes its default.
    Result<Run> registerRun(const QString &id = {}, qint64 ttlMs = 0) const;
    // Drops the run's objects except the persisted ones.
    Status deregisterRun(const QString &id) const;

    Result<ObjectInfo> put(const QString &run, const QString &name, const QByteArray &value,
                           bool persist = false) const;
    // nullopt when there is no such object; deleteAfterRead consumes it (one reader wins).
    Result<std::optional<QByteArray>> get(const QString &run, const QString &name,
                                          bool deleteAfterRead = false) const;
    Status remove(const QString &run, const QString &name) const;
    Result<ObjectInfo> lookup(const QString &run, const QString &name) const;
    Result<QList<ObjectInfo>> enumerate(const QString &run) const;
    Result<QJsonObject> info() const;
    // The live runs (registered, TTL not passed), sorted by id.
    Result<QList<Run>> runs() const;

    qint64 chunkBytes() const;

private:
    // The reply, or the datastore's error message as an Error (status says which).
    Result<NatsReply> call(const QString &operation, const QByteArray &body,
                           const QMap<QByteArray, QByteArray> &headers = {},
                           QByteArray *status = nullptr) const;
    Result<QJsonObject> callJson(const QString &operation, const QJsonObject &request,
                                 QByteArray *status = nullptr) const;

    std::shared_ptr<const NatsClient> m_nats;
    Options m_options;
};

} // namespace Stratus
