#pragma once

#include "loadplan.h"
#include "result.h"

#include <QByteArray>

#include <atomic>
#include <memory>

namespace Stratus {

class StressRecorder;

// The part of a stress run that talks to the target, on the engine's own thread: NatsDriver
// (request-reply on a subject) or HttpDriver (HTTP/1.1 keep-alive). Both send open-loop at the
// schedule's times or closed-loop as hey does, and record into the StressRecorder.
class LoadDriver
{
public:
    virtual ~LoadDriver() = default;
    static std::unique_ptr<LoadDriver> create(const LoadPlan &plan, StressRecorder &recorder);

    virtual Status open() = 0; // connect; blocking, on the engine's thread
    // Runs the plan until its end, a threshold abort, or stop. Whatever is still in flight
    // when it returns after a stop is recorded as cancelled.
    virtual void run(const std::atomic<bool> &stop) = 0;

protected:
    LoadDriver(const LoadPlan &plan, StressRecorder &recorder) : m_plan(plan), m_recorder(recorder) {}
    QByteArray payload(qint64 seq) const; // thread-safe
    static void sleepUntil(qint64 steadyNs);
    static void preciseTimers(); // this thread's timer slack down to 1 µs

    const LoadPlan &m_plan;
    StressRecorder &m_recorder;
};

} // namespace Stratus
