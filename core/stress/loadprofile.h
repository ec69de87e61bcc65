#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Stratus {

// One stretch of an open-loop profile: the target rate goes linearly from fromRate to toRate
// (requests per second) over durationMs. A step is a phase with fromRate == toRate.
struct LoadPhase
{
    double fromRate = 0;
    double toRate = 0;
    qint64 durationMs = 0;
    bool operator==(const LoadPhase &) const = default;
};

// An open-loop load profile (docs/stress.md, "Profiles"): the target rate over time, and
// from it the schedule, i.e. the intended send time of every request. Requests are sent at
// those times whatever the replies do, and latency counts from them.
class LoadProfile
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::LoadProfile)

public:
    enum class Kind { Constant, Ramp, Steps, Spike, Seed, Phases };

    static LoadProfile constant(double rate, qint64 durationMs);
    static LoadProfile ramp(double fromRate, double toRate, qint64 durationMs);
    static LoadProfile steps(double fromRate, double step, int count, qint64 stepMs);
    static LoadProfile spike(double rate, double peak, qint64 durationMs, qint64 atMs, qint64 spikeMs);
    // The seed's stress test: a constant rate, then a gradual increase to a peak (held holdMs).
    static LoadProfile seed(double rate, qint64 constantMs, double peak, qint64 rampMs, qint64 holdMs = 0);
    static LoadProfile phases(const QList<LoadPhase> &phases);
    // What one click runs: 20/s for 10 s, then up to 200/s over 20 s.
    static LoadProfile defaultProfile();

    // where prefixes every error ("stress/peak.json"); unknown keys are left to the caller.
    static Result<LoadProfile> fromJson(const QJsonObject &json, const QString &where);
    QJsonObject toJson() const;
    // "10s", "250ms", "2m", "1h", or a number of seconds.
    static Result<qint64> parseDurationMs(const QJsonValue &value);

    Kind kind() const { return m_kind; }
    static QString kindName(Kind kind);
    const QList<LoadPhase> &phaseList() const { return m_phases; }
    qint64 durationMs() const;
    double rateAt(qint64 ms) const; // the target rate at ms from the start
    double peakRate() const;
    qint64 expectedRequests() const; // how many the schedule holds
    QString describe() const;        // "seed: 20/s for 10s, then to 200/s over 20s"

    // The intended send times, in nanoseconds from the start, request after request.
    class Schedule
    {
    public:
        explicit Schedule(const LoadProfile &profile) : m_phases(profile.m_phases) {}
        std::optional<qint64> next();
        qint64 issued() const { return m_index; }

    private:
        QList<LoadPhase> m_phases;
        int m_phase = 0;
        double m_phaseStartCount = 0; // requests scheduled before the current phase
        qint64 m_phaseStartNs = 0;
        qint64 m_index = 0;
    };

private:
    Kind m_kind = Kind::Constant;
    QList<LoadPhase> m_phases;
    QJsonObject m_spec; // the parameters it was made from, for toJson() and describe()
};

} // namespace Stratus
