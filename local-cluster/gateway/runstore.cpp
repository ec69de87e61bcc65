#include "runstore.h"

namespace Stratus::Gateway {

RunStore::RunStore(int capacity, qint64 ttlMs) : m_capacity(std::max(1, capacity)), m_ttlMs(ttlMs) {}

void RunStore::evict(qint64 nowMs)
{
    while (!m_order.empty()) {
        const auto it = m_runs.constFind(m_order.front());
        // Ids whose run is gone (expired on lookup) are dropped as they come to the front.
        if (it != m_runs.cend() && m_runs.size() < m_capacity && !expired(*it, nowMs))
            break;
        if (it != m_runs.cend())
            m_runs.erase(it);
        m_order.pop_front();
    }
}

bool RunStore::add(const QByteArray &id, qint64 nowMs)
{
    if (find(id, nowMs))
        return false;
    evict(nowMs);
    Run run;
    run.updatedMs = nowMs;
    m_runs.insert(id, std::move(run));
    m_order.push_back(id);
    return true;
}

void RunStore::complete(const QByteArray &id, int status, QByteArray headerLines, QByteArray body,
                        qint64 nowMs)
{
    const auto it = m_runs.find(id);
    if (it == m_runs.end())
        return;
    it->done = true;
    it->status = status;
    it->headerLines = std::move(headerLines);
    it->body = std::move(body);
    it->updatedMs = nowMs;
}

const RunStore::Run *RunStore::find(const QByteArray &id, qint64 nowMs)
{
    const auto it = m_runs.find(id);
    if (it == m_runs.end())
        return nullptr;
    if (expired(*it, nowMs)) {
        m_runs.erase(it); // its id leaves m_order when it reaches the front
        return nullptr;
    }
    return &*it;
}

} // namespace Stratus::Gateway
