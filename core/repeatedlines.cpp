#include "repeatedlines.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace Stratus {

QStringList RepeatedLines::add(const QString &kind, const QString &line, Clock::time_point now)
{
    auto it = m_bursts.find(kind);
    if (it != m_bursts.end() && now - it->since < m_period) {
        ++it->repeats;
        it->last = line;
        return {};
    }
    QStringList out;
    if (it != m_bursts.end() && it->repeats > 0)
        out << summary(*it, now);
    out << line;
    m_bursts.insert(kind, Burst{now, 0, line});
    return out;
}

QStringList RepeatedLines::flush(Clock::time_point now, bool everything)
{
    // Oldest burst first, whatever the hash's order.
    std::vector<std::pair<Clock::time_point, QString>> ended;
    for (auto it = m_bursts.begin(); it != m_bursts.end();) {
        if (!everything && now - it->since < m_period) {
            ++it;
            continue;
        }
        if (it->repeats > 0)
            ended.emplace_back(it->since, summary(*it, now));
        it = m_bursts.erase(it);
    }
    std::sort(ended.begin(), ended.end());
    QStringList out;
    for (auto &[since, line] : ended)
        out << std::move(line);
    return out;
}

QString RepeatedLines::summary(const Burst &burst, Clock::time_point now) const
{
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(now - burst.since).count();
    return QCoreApplication::translate("RepeatedLines", "repeated %n more time(s) in %1 s, the last: %2",
                                       nullptr, burst.repeats)
        .arg(std::max<qint64>(1, seconds))
        .arg(burst.last);
}

} // namespace Stratus
