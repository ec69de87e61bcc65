#pragma once

#include <QByteArrayList>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>

#include <map>

namespace Stratus::Datastore {

// What the datastore has to free, and when (docs/datastore.md, "Expiry"): the keys of each
// run under the run's expiry, and the keys of each persisted object under its own deadline.
// The datastore fills it as it writes (and once from the whole bucket when it starts), so a
// sweep takes what is due instead of reading every key of the bucket, however many runs
// are live. Thread-safe: request handlers add while the sweeper takes.
class ExpiryIndex
{
public:
    // Keys that go with the run (its run key, objects, chunks); expiresMs is the run's
    // expiry as last written, which replaces an earlier one (0: keep the one known).
    void addToRun(const QString &runId, qint64 expiresMs, const QByteArrayList &keys);
    // A persisted object outlives its run: its keys leave the run's and wait for deadlineMs.
    void addPersisted(const QString &runId, const QString &name, const QByteArrayList &keys,
                      qint64 deadlineMs);
    struct Due
    {
        QString runId;
        QString object; // set for a persisted object, empty for a run
        QByteArrayList keys;
    };
    // Removes and returns up to max entries whose deadline is at or before nowMs, oldest first.
    QList<Due> takeDue(qint64 nowMs, int max);

    qsizetype runCount() const;

private:
    struct RunKeys
    {
        qint64 expiresMs = 0;
        QSet<QByteArray> keys; // each once, however often written; a persisted object's leave
    };
    struct Persisted
    {
        QString runId;
        QString object;
        QByteArrayList keys;
    };

    mutable QMutex m_mutex;
    QHash<QString, RunKeys> m_runs;
    // A run's entry here is stale when its expiry moved since (the run holds the truth).
    std::multimap<qint64, QString> m_runDeadlines;
    std::multimap<qint64, Persisted> m_persisted;
};

} // namespace Stratus::Datastore
