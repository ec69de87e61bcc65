#include "expiryindex.h"

#include <QMutexLocker>

namespace Stratus::Datastore {

void ExpiryIndex::addToRun(const QString &runId, qint64 expiresMs, const QByteArrayList &keys)
{
    const QMutexLocker lock(&m_mutex);
    RunKeys &run = m_runs[runId];
    if (expiresMs != 0 && run.expiresMs != expiresMs) {
        run.expiresMs = expiresMs;
        m_runDeadlines.emplace(expiresMs, runId);
    }
    for (const QByteArray &key : keys)
        run.keys.insert(key);
}

void ExpiryIndex::addPersisted(const QString &runId, const QString &name, const QByteArrayList &keys,
                               qint64 deadlineMs)
{
    const QMutexLocker lock(&m_mutex);
    if (const auto run = m_runs.find(runId); run != m_runs.end()) {
        for (const QByteArray &key : keys)
            run->keys.remove(key);
    }
    m_persisted.emplace(deadlineMs, Persisted{runId, name, keys});
}

QList<ExpiryIndex::Due> ExpiryIndex::takeDue(qint64 nowMs, int max)
{
    const QMutexLocker lock(&m_mutex);
    QList<Due> due;
    auto run = m_runDeadlines.begin();
    auto persisted = m_persisted.begin();
    while (due.size() < max) {
        const bool runDue = run != m_runDeadlines.end() && run->first <= nowMs;
        const bool persistedDue = persisted != m_persisted.end() && persisted->first <= nowMs;
        if (!runDue && !persistedDue)
            break;
        if (runDue && (!persistedDue || run->first <= persisted->first)) {
            const auto keys = m_runs.find(run->second);
            if (keys != m_runs.end() && keys->expiresMs == run->first) {
                due.append({run->second, {}, keys->keys.values()});
                m_runs.erase(keys);
            }
            run = m_runDeadlines.erase(run);
        } else {
            due.append(
                {persisted->second.runId, persisted->second.object, std::move(persisted->second.keys)});
            persisted = m_persisted.erase(persisted);
        }
    }
    return due;
}

qsizetype ExpiryIndex::runCount() const
{
    const QMutexLocker lock(&m_mutex);
    return m_runs.size();
}

} // namespace Stratus::Datastore
