#pragma once

#include <QByteArray>
#include <QHash>

#include <deque>

namespace Stratus::Gateway {

// The results of asynchronous requests (POST /async/...), kept in memory for GET /runs/ID:
// at most `capacity` runs, each for `ttlMs` after it was last updated; the oldest go first.
class RunStore
{
public:
    struct Run
    {
        bool done = false;
        int status = 0;
        QByteArray headerLines; // as HttpResponse::write takes them
        QByteArray body;
        qint64 updatedMs = 0;
    };

    RunStore(int capacity, qint64 ttlMs);

    // False when a run of that id is still known.
    bool add(const QByteArray &id, qint64 nowMs);
    // Ignored when the run was evicted meanwhile.
    void complete(const QByteArray &id, int status, QByteArray headerLines, QByteArray body, qint64 nowMs);
    // Null when unknown or expired.
    const Run *find(const QByteArray &id, qint64 nowMs);
    qsizetype size() const { return m_runs.size(); }

private:
    void evict(qint64 nowMs);
    bool expired(const Run &run, qint64 nowMs) const { return nowMs - run.updatedMs > m_ttlMs; }

    int m_capacity;
    qint64 m_ttlMs;
    QHash<QByteArray, Run> m_runs;
    std::deque<QByteArray> m_order; // ids, oldest first
};

} // namespace Stratus::Gateway
