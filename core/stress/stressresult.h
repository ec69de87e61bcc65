#pragma once

#include "latencyhistogram.h"
#include "loadtarget.h"
#include "result.h"
#include "thresholds.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <algorithm>

namespace Stratus {

// One 250 ms slice of a run: what was sent (by actual send time) and what completed in it.
struct StressInterval
{
    qint64 startMs = 0;
    double targetRate = 0; // open loop: the profile's rate at the slice's middle; closed loop: 0
    qint64 sent = 0;
    qint64 ok = 0;
    qint64 errors = 0;
    qint64 late = 0;     // sends later than the late threshold
    qint64 maxLagUs = 0; // the latest send's lag behind its intended time
    qint64 inFlight = 0; // at the slice's end
    qint64 p50Us = 0;    // latencies of the slice's successful replies
    qint64 p95Us = 0;
    qint64 p99Us = 0;
    static constexpr int LengthMs = 250;
    int lengthMs = LengthMs; // shorter for the last slice of a run
    double sentRate() const { return double(sent) * 1000.0 / std::max(1, lengthMs); }
    double completedRate() const { return double(ok + errors) * 1000.0 / std::max(1, lengthMs); }
};

// One request, when the plan keeps raw samples (LoadPlan::maxSamples).
struct StressSample
{
    qint64 intendedUs = 0; // from the run's start
    qint64 lagUs = 0;      // actual send - intended
    qint64 latencyUs = -1; // reply - intended; -1 for a timeout or a cancelled request
    int errorClass = -1;   // index in StressResult::sampleClasses, -1 for ok
};

// The outcome of a stress run, complete or stopped part way (docs/stress.md, "Results").
// Invariant: sent == ok + errors + cancelled.
class StressResult
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::StressResult)

public:
    QString id;    // "20261124-173000-echo-py", set when saved
    QString error; // the run could not start (no broker, bad URL); nothing else is meaningful then
    LoadTarget target;
    QJsonObject plan;    // LoadPlan::toJson()
    QString description; // LoadPlan::describe()
    bool closedLoop = false;
    QDateTime startedAt;
    qint64 elapsedMs = 0; // from the first send to the last reply (or the stop)
    qint64 plannedMs = 0;
    qint64 sent = 0;
    qint64 ok = 0;
    qint64 errors = 0;
    qint64 cancelled = 0;   // in flight when the run was stopped: neither ok nor errors
    qint64 lateReplies = 0; // replies that came after their request timed out (ignored)
    qint64 bytesReceived = 0;
    QMap<QString, qint64> errorsByClass; // "timeout", "no-responders", "function error: crashed", "http 503"
    LatencyHistogram latency;            // successful replies, from the intended send time
    // The generator itself: sends later than the late threshold, the worst lag, sends held
    // back by the in-flight or connection cap.
    qint64 late = 0;
    qint64 maxLagUs = 0;
    qint64 blocked = 0;
    int lateThresholdUs = 1000;
    bool stoppedByUser = false;
    bool abortedByThreshold = false;
    QString abortReason;
    QList<Thresholds::Check> thresholdChecks; // over the whole run
    QList<StressInterval> timeline;
    QStringList sampleClasses;
    QList<StressSample> samples;
    bool samplesTruncated = false;
    // Where it ran, filled in by StressRunStore.
    QString project;
    QString gitRevision;

    bool behindSchedule() const;   // more than 1 % of the sends were late, or any was held back
    QString generatorNote() const; // "generator behind schedule: N requests late, max lag X ms", or empty
    bool thresholdsBreached() const;
    double requestsPerSecond() const; // completed (ok + errors) per second of elapsed time
    double achievedSendRate() const;

    QJsonObject toJson(bool withSamples = true) const;
    static Result<StressResult> fromJson(const QJsonObject &json);
    QString toText() const; // a hey-style summary
    QByteArray timelineCsv() const;
    QByteArray samplesCsv() const;
};

// What a running engine reports every 250 ms.
struct StressSnapshot
{
    qint64 elapsedMs = 0;
    qint64 plannedMs = 0; // 0: unknown (closed loop with -n)
    qint64 plannedRequests = 0;
    qint64 sent = 0;
    qint64 ok = 0;
    qint64 errors = 0;
    qint64 inFlight = 0;
    double targetRate = 0;
    double achievedRate = 0; // sends per second over the last slice
    qint64 p50Us = 0;        // so far
    qint64 p95Us = 0;
    qint64 p99Us = 0;
    qint64 late = 0;
    qint64 maxLagUs = 0;
    qint64 blocked = 0;
    QMap<QString, qint64> errorsByClass;
    QStringList breaching;              // thresholds breached in the current window
    QList<StressInterval> newIntervals; // slices completed since the previous snapshot
    double progress() const;            // 0..1
};

} // namespace Stratus

Q_DECLARE_METATYPE(Stratus::StressResult)
Q_DECLARE_METATYPE(Stratus::StressSnapshot)
