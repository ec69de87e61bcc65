#pragma once

#include "latencyhistogram.h"
#include "loadplan.h"
#include "stressresult.h"

#include <QCoreApplication>
#include <QHash>

#include <deque>
#include <mutex>

namespace Stratus {

// Collects what the drivers observe, from any thread (each call takes one short lock; nats.c's
// callback thread records replies, the sender thread records sends and timeouts). Cuts the run
// into 250 ms slices, checks thresholds on every slice, and gives consistent snapshots and the
// final result. Times are steady-clock nanoseconds.
class StressRecorder
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::StressRecorder)

public:
    explicit StressRecorder(const LoadPlan &plan);

    void start(qint64 startNs);
    qint64 startNs() const { return m_startNs; }

    void sent(qint64 intendedNs, qint64 sentNs);
    void blocked(); // a send held back by the in-flight or connection cap
    // latency counts from intendedNs (the schedule's time; the actual send in closed loop).
    void succeeded(qint64 intendedNs, qint64 sentNs, qint64 doneNs, qint64 bytes = 0);
    void failed(qint64 intendedNs, qint64 sentNs, qint64 doneNs, const QString &errorClass, bool hasLatency);
    void cancelled(qint64 count);
    void lateReply();

    // Rolls slices up to nowNs; true once a sustained threshold breach asks to stop the run.
    bool tick(qint64 nowNs);
    bool abortRequested() const;
    qint64 inFlight() const;

    StressSnapshot snapshot(qint64 nowNs, int *nextInterval) const;
    StressResult finish(qint64 endNs, bool stoppedByUser);

    static qint64 nowNs();

private:
    void rollLocked(qint64 nowNs);
    void closeSliceLocked(qint64 sliceEndNs);
    void sampleLocked(qint64 intendedNs, qint64 sentNs, qint64 latencyUs, const QString &errorClass);

    const LoadPlan m_plan;
    mutable std::mutex m_lock;
    qint64 m_startNs = 0;
    qint64 m_sliceStartNs = 0;
    bool m_started = false;

    StressResult m_result; // running totals live here
    StressInterval m_slice;
    LatencyHistogram m_sliceLatency;
    std::deque<LatencyHistogram> m_window;                // the last windowMs of slices, for thresholds
    std::deque<std::pair<qint64, qint64>> m_windowCounts; // ok, errors per slice
    QList<qint64> m_breachSinceNs;                        // per threshold, 0 when not breached
    QStringList m_breaching;
    bool m_abort = false;
    QHash<QString, int> m_sampleClassIndex;
};

} // namespace Stratus
