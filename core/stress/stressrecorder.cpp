#include "stressrecorder.h"

#include <chrono>

namespace Stratus {

namespace {
constexpr qint64 SliceNs = qint64(StressInterval::LengthMs) * 1000000;
}

qint64 StressRecorder::nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

StressRecorder::StressRecorder(const LoadPlan &plan) : m_plan(plan)
{
    m_result.target = plan.target;
    m_result.plan = plan.toJson();
    m_result.description = plan.describe();
    m_result.closedLoop = plan.mode == LoadPlan::Mode::Closed;
    m_result.plannedMs = plan.plannedDurationMs();
    m_result.lateThresholdUs = plan.lateThresholdUs;
    m_breachSinceNs = QList<qint64>(plan.thresholds.limits().size(), 0);
}

void StressRecorder::start(qint64 startNs)
{
    std::lock_guard lock(m_lock);
    m_startNs = m_sliceStartNs = startNs;
    m_started = true;
    m_result.startedAt = QDateTime::currentDateTimeUtc();
    m_slice = {};
    m_slice.targetRate =
        m_plan.mode == LoadPlan::Mode::Open ? m_plan.profile.rateAt(StressInterval::LengthMs / 2) : 0;
}

void StressRecorder::sent(qint64 intendedNs, qint64 sentNs)
{
    std::lock_guard lock(m_lock);
    rollLocked(sentNs);
    ++m_result.sent;
    ++m_slice.sent;
    const qint64 lagUs = (sentNs - intendedNs) / 1000;
    if (lagUs > m_plan.lateThresholdUs) {
        ++m_result.late;
        ++m_slice.late;
    }
    m_result.maxLagUs = std::max(m_result.maxLagUs, lagUs);
    m_slice.maxLagUs = std::max(m_slice.maxLagUs, lagUs);
}

void StressRecorder::blocked()
{
    std::lock_guard lock(m_lock);
    ++m_result.blocked;
}

void StressRecorder::succeeded(qint64 intendedNs, qint64 sentNs, qint64 doneNs, qint64 bytes)
{
    std::lock_guard lock(m_lock);
    rollLocked(doneNs);
    const qint64 us = (doneNs - intendedNs) / 1000;
    ++m_result.ok;
    ++m_slice.ok;
    m_result.bytesReceived += bytes;
    m_result.latency.record(us);
    m_sliceLatency.record(us);
    sampleLocked(intendedNs, sentNs, us, {});
}

void StressRecorder::failed(qint64 intendedNs, qint64 sentNs, qint64 doneNs, const QString &errorClass,
                            bool hasLatency)
{
    std::lock_guard lock(m_lock);
    rollLocked(doneNs);
    ++m_result.errors;
    ++m_slice.errors;
    ++m_result.errorsByClass[errorClass];
    sampleLocked(intendedNs, sentNs, hasLatency ? (doneNs - intendedNs) / 1000 : -1, errorClass);
}

void StressRecorder::cancelled(qint64 count)
{
    std::lock_guard lock(m_lock);
    m_result.cancelled += count;
}

void StressRecorder::lateReply()
{
    std::lock_guard lock(m_lock);
    ++m_result.lateReplies;
}

void StressRecorder::sampleLocked(qint64 intendedNs, qint64 sentNs, qint64 latencyUs,
                                  const QString &errorClass)
{
    if (m_plan.maxSamples <= 0)
        return;
    if (m_result.samples.size() >= m_plan.maxSamples) {
        m_result.samplesTruncated = true;
        return;
    }
    int cls = -1;
    if (!errorClass.isEmpty()) {
        auto it = m_sampleClassIndex.find(errorClass);
        if (it == m_sampleClassIndex.end()) {
            it = m_sampleClassIndex.insert(errorClass, int(m_result.sampleClasses.size()));
            m_result.sampleClasses << errorClass;
        }
        cls = it.value();
    }
    m_result.samples.append({(intendedNs - m_startNs) / 1000, (sentNs - intendedNs) / 1000, latencyUs, cls});
}

void StressRecorder::rollLocked(qint64 nowNs)
{
    while (m_started && nowNs >= m_sliceStartNs + SliceNs)
        closeSliceLocked(m_sliceStartNs + SliceNs);
}

void StressRecorder::closeSliceLocked(qint64 sliceEndNs)
{
    m_slice.startMs = (m_sliceStartNs - m_startNs) / 1000000;
    m_slice.lengthMs = int((sliceEndNs - m_sliceStartNs) / 1000000);
    m_slice.inFlight = m_result.sent - m_result.ok - m_result.errors - m_result.cancelled;
    m_slice.p50Us = m_sliceLatency.percentile(50);
    m_slice.p95Us = m_sliceLatency.percentile(95);
    m_slice.p99Us = m_sliceLatency.percentile(99);
    m_result.timeline.append(m_slice);

    const Thresholds &th = m_plan.thresholds;
    if (!th.isEmpty()) {
        const size_t slices = size_t(std::max(1, th.windowMs / StressInterval::LengthMs));
        m_window.push_back(m_sliceLatency);
        m_windowCounts.emplace_back(m_slice.ok, m_slice.errors);
        while (m_window.size() > slices) {
            m_window.pop_front();
            m_windowCounts.pop_front();
        }
        LatencyHistogram merged;
        qint64 ok = 0, errors = 0;
        for (size_t i = 0; i < m_window.size(); ++i) {
            merged.merge(m_window[i]);
            ok += m_windowCounts[i].first;
            errors += m_windowCounts[i].second;
        }
        const auto checks = th.evaluate(merged, ok, errors);
        m_breaching.clear();
        for (int i = 0; i < checks.size(); ++i) {
            if (!checks[i].breached) {
                m_breachSinceNs[i] = 0;
                continue;
            }
            m_breaching << checks[i].text;
            if (m_breachSinceNs[i] == 0)
                m_breachSinceNs[i] = sliceEndNs - SliceNs;
            if (th.abortOnBreach && !m_abort &&
                sliceEndNs - m_breachSinceNs[i] >= qint64(th.sustainMs) * 1000000) {
                m_abort = true;
                m_result.abortedByThreshold = true;
                m_result.abortReason =
                    tr("threshold %1 breached for %2 s (observed %3 over the last %4 s)")
                        .arg(checks[i].text)
                        .arg(double(th.sustainMs) / 1000.0)
                        .arg(Thresholds::formatObserved(th.limits()[i], checks[i].observed))
                        .arg(double(th.windowMs) / 1000.0);
            }
        }
    }

    m_sliceStartNs = sliceEndNs;
    m_sliceLatency.reset();
    m_slice = {};
    if (m_plan.mode == LoadPlan::Mode::Open)
        m_slice.targetRate =
            m_plan.profile.rateAt((m_sliceStartNs - m_startNs) / 1000000 + StressInterval::LengthMs / 2);
}

bool StressRecorder::tick(qint64 nowNs)
{
    std::lock_guard lock(m_lock);
    rollLocked(nowNs);
    return m_abort;
}

bool StressRecorder::abortRequested() const
{
    std::lock_guard lock(m_lock);
    return m_abort;
}

qint64 StressRecorder::inFlight() const
{
    std::lock_guard lock(m_lock);
    return m_result.sent - m_result.ok - m_result.errors - m_result.cancelled;
}

StressSnapshot StressRecorder::snapshot(qint64 nowNs, int *nextInterval) const
{
    std::lock_guard lock(m_lock);
    StressSnapshot s;
    s.elapsedMs = m_started ? (nowNs - m_startNs) / 1000000 : 0;
    s.plannedMs = m_result.plannedMs;
    s.plannedRequests = m_plan.plannedRequests();
    s.sent = m_result.sent;
    s.ok = m_result.ok;
    s.errors = m_result.errors;
    s.inFlight = m_result.sent - m_result.ok - m_result.errors - m_result.cancelled;
    s.targetRate = m_plan.mode == LoadPlan::Mode::Open ? m_plan.profile.rateAt(s.elapsedMs) : 0;
    if (!m_result.timeline.isEmpty())
        s.achievedRate = m_result.timeline.constLast().sentRate();
    s.p50Us = m_result.latency.percentile(50);
    s.p95Us = m_result.latency.percentile(95);
    s.p99Us = m_result.latency.percentile(99);
    s.late = m_result.late;
    s.maxLagUs = m_result.maxLagUs;
    s.blocked = m_result.blocked;
    s.errorsByClass = m_result.errorsByClass;
    s.breaching = m_breaching;
    const int from = nextInterval ? *nextInterval : int(m_result.timeline.size());
    s.newIntervals = m_result.timeline.mid(from);
    if (nextInterval)
        *nextInterval = int(m_result.timeline.size());
    return s;
}

StressResult StressRecorder::finish(qint64 endNs, bool stoppedByUser)
{
    std::lock_guard lock(m_lock);
    rollLocked(endNs);
    // The last, partial slice, so the timeline adds up to the totals.
    if (m_slice.sent || m_slice.ok || m_slice.errors)
        closeSliceLocked(endNs);
    StressResult r = m_result;
    r.elapsedMs = m_started ? (endNs - m_startNs) / 1000000 : 0;
    r.stoppedByUser = stoppedByUser;
    r.thresholdChecks = m_plan.thresholds.evaluate(r.latency, r.ok, r.errors);
    return r;
}

} // namespace Stratus
