#pragma once

#include "kvhandles.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Stratus {

// One key's current value in a bucket.
struct KvValue
{
    QString key;
    QByteArray value;
    quint64 revision = 0;
    qint64 createdMs = 0; // wall clock, milliseconds since the epoch
};

// The outcome of a write. Conflict and Full are answers the caller turns into replies,
// not failures of the store, so they are not errors.
struct KvWrite
{
    enum class Outcome { Written, Conflict, Full };
    Outcome outcome = Outcome::Written;
    quint64 revision = 0;        // the new revision when Written
    quint64 currentRevision = 0; // the key's revision when Conflict (0: the key does not exist)
};

// A JetStream key-value bucket with errors as values: the registry, the datastore and
// their clients share it. Thread-safe as nats.c is: one bucket serves many threads.
class KvBucket
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::KvBucket)

public:
    struct Config
    {
        QString name;
        bool memoryStorage = false;
        qint64 maxBytes = -1; // -1: unlimited
        int history = 1;
        QString description;
    };

    // Binds to the bucket, creating it with config when it does not exist yet.
    static Result<KvBucket> open(natsConnection *conn, const Config &config);
    // Binds to an existing bucket only.
    static Result<KvBucket> bind(natsConnection *conn, const QString &name);

    KvBucket(KvBucket &&) = default;
    KvBucket &operator=(KvBucket &&) = default;

    QString name() const { return m_name; }
    kvStore *handle() const { return m_kv.get(); }

    // nullopt when the key has no value (never written, deleted or purged).
    Result<std::optional<KvValue>> get(const QString &key) const;
    Result<KvWrite> put(const QString &key, const QByteArray &value) const;
    // Writes only when the key has no value now.
    Result<KvWrite> create(const QString &key, const QByteArray &value) const;
    // Writes only when the key's revision is expectedRevision.
    Result<KvWrite> update(const QString &key, const QByteArray &value, quint64 expectedRevision) const;
    // Places a delete marker; with expectedRevision != 0 only when the key is at that revision.
    Result<KvWrite> remove(const QString &key, quint64 expectedRevision = 0) const;
    // Drops every value of the key, freeing their bytes and leaving no marker: watchers see
    // nothing, and nothing is left to clean up. Purging a key that has no value succeeds.
    Status purge(const QString &key) const;
    // The current values of the keys matching a subject-style filter ("services.>").
    Result<QList<KvValue>> list(const QString &filter) const;
    // The keys with a current value matching the filter, without fetching the values.
    Result<QStringList> keys(const QString &filter) const;
    // Many plain puts in flight at once, then one wait for all their acknowledgements: what
    // bulk writers need (the datastore's run records). How many were not stored, and whether
    // one of them failed because the bucket is full.
    struct BulkResult
    {
        int failed = 0;
        bool full = false;
        QString firstError;
    };
    Result<BulkResult> putMany(const QList<std::pair<QString, QByteArray>> &entries,
                               int timeoutMs = 5000) const;
    // Bytes the bucket's stream holds now (values, keys, headers and markers).
    Result<qint64> storedBytes() const;

    static QString lastErrorText(natsStatus status);
    // A JetStream context on conn whose requests wait up to waitMs for the broker.
    static Result<JsCtxPtr> jetStream(natsConnection *conn, int waitMs = 5000);

private:
    KvBucket(JsCtxPtr js, KvStorePtr kv, QString name, natsConnection *conn)
        : m_js(std::move(js)), m_kv(std::move(kv)), m_name(std::move(name)), m_conn(conn)
    {
    }
    // what: the whole message (QT_TR_NOOP), "%1" the key, "%2" the bucket, "%3" JetStream's words.
    Result<KvWrite> classifyFailure(const QString &key, natsStatus status, const char *what) const;

    JsCtxPtr m_js;
    KvStorePtr m_kv;
    QString m_name;
    natsConnection *m_conn = nullptr; // not owned: the bucket's user keeps it open
};

} // namespace Stratus
