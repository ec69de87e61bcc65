#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <chrono>

namespace Stratus {

// Collapses bursts of one kind of log line, so that a failure repeated under load (a full
// datastore refusing every record) is a line and a count instead of a line each. The first
// line of a kind is written at once; its repeats within the period after it are counted, and
// the count comes out as one line once the period has passed: at the next line of that kind,
// or at flush(). Not thread-safe: its owner serialises the calls.
class RepeatedLines
{
public:
    using Clock = std::chrono::steady_clock;

    explicit RepeatedLines(std::chrono::milliseconds period) : m_period(period) {}

    // What to write now for a line of this kind: the line, the count of the burst before it,
    // or nothing while the line is a counted repeat.
    QStringList add(const QString &kind, const QString &line, Clock::time_point now = Clock::now());
    // The counts of the bursts whose period has passed; with everything, of all of them (at exit).
    QStringList flush(Clock::time_point now = Clock::now(), bool everything = false);

private:
    struct Burst
    {
        Clock::time_point since;
        int repeats = 0;
        QString last;
    };
    QString summary(const Burst &burst, Clock::time_point now) const;

    std::chrono::milliseconds m_period;
    QHash<QString, Burst> m_bursts;
};

} // namespace Stratus
