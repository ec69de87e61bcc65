#pragma once

#include "expiryindex.h"
#include "kvbucket.h"
#include "natsservice.h"

#include <QJsonObject>

#include <atomic>
#include <optional>
#include <variant>

namespace Stratus::Datastore {

// The datastore's request handling and sweeper (docs/datastore.md): Pocket's job model
// (register/deregister a run with a TTL; put, get with delete-after-read, delete, lookup and
// enumerate named objects; a persist flag) on a key-value bucket. The data lives in the
// bucket; the process keeps only the index of what expires when (ExpiryIndex), filled as it
// writes and, when it starts, from the bucket. Processes sharing a bucket each free what
// they wrote and what they found at their start; purges are idempotent.
class Datastore
{
public:
    struct Settings
    {
        qint64 defaultTtlMs = 10 * 60 * 1000;
        qint64 maxTtlMs = 24 * 3600 * 1000;
        qint64 persistTtlMs = 24 * 3600 * 1000; // how long a persisted object outlives its put
        qint64 maxBytes = -1;
    };

    // recordBucket: the same bucket, bound on a connection for bulk writes (NatsService::
    // connectForBulkWrites), which the "record" operation's batches are written through.
    Datastore(KvBucket bucket, KvBucket recordBucket, Settings settings)
        : m_bucket(std::move(bucket)), m_recordBucket(std::move(recordBucket)), m_settings(settings)
    {
    }

    ServiceReply handle(const ServiceRequest &request) const;
    // Frees what expired runs and past persist deadlines leave behind, for a bounded time;
    // the first call indexes the bucket. Called on the service's tick thread only.
    void sweep() const;

private:
    struct Run
    {
        QString id;
        qint64 expiresMs = 0;
    };
    struct Object
    {
        QString name;
        qint64 size = 0;
        int chunks = 0;
        QString upload;
        bool persist = false;
        qint64 keepUntilMs = 0;
        quint64 revision = 0;
        QJsonObject toJson() const;
        static Object fromJson(const QJsonObject &o, quint64 revision);
    };

    ServiceReply registerRun(const QJsonObject &request) const;
    ServiceReply createRun(const QString &runId, qint64 ttlMs) const;
    ServiceReply deregisterRun(const QJsonObject &request) const;
    ServiceReply putChunk(const ServiceRequest &request) const;
    ServiceReply put(const ServiceRequest &request) const;
    ServiceReply record(const ServiceRequest &request) const;
    ServiceReply get(const QJsonObject &request) const;
    ServiceReply getChunk(const QJsonObject &request) const;
    ServiceReply remove(const QJsonObject &request) const;
    ServiceReply lookup(const QJsonObject &request) const;
    ServiceReply enumerate(const QJsonObject &request) const;
    ServiceReply runs() const; // the live runs, for `stratus data ls`
    ServiceReply info() const;

    // The run when it is registered and not expired; an error reply otherwise.
    std::variant<Run, ServiceReply> liveRun(const QString &runId) const;
    Result<std::optional<Run>> findRun(const QString &runId) const;
    Result<std::optional<Object>> findObject(const QString &runId, const QString &name) const;
    // The object when a reader may see it: persisted, or its run is still alive.
    std::variant<Object, ServiceReply> visibleObject(const QString &runId, const QString &name) const;
    void purgeUpload(const QString &runId, const QString &upload) const;
    bool indexBucket() const;
    void freeKeys(const ExpiryIndex::Due &entry) const;
    ServiceReply storeFull() const;

    static QString runKey(const QString &runId);
    static QString objectKey(const QString &runId, const QString &name);
    static QString chunkKey(const QString &runId, const QString &upload, int index);
    // An object's key and its chunks' keys: what goes when the object goes.
    static QByteArrayList objectKeys(const QString &runId, const QString &objectKey, const QString &upload,
                                     int chunks);

    KvBucket m_bucket;
    KvBucket m_recordBucket;
    Settings m_settings;
    mutable ExpiryIndex m_expiry;
    mutable bool m_indexed = false; // sweep() runs on the service's tick thread only
    // Set when a batch of records found the store full, cleared by each sweep: meanwhile
    // records are refused at once, neither written nor indexed. Under load a full store would
    // otherwise take every batch to JetStream only to refuse it, and index keys never stored:
    // 1.7 GB of index after a full bench_flows, more than the supervisor's grace to free at exit.
    mutable std::atomic<bool> m_refusingRecords{false};
};

} // namespace Stratus::Datastore
