#include "loaddriver.h"

#include "httpdriver.h"
#include "natsdriver.h"

#include <sys/prctl.h>
#include <time.h>

#include <random>

namespace Stratus {

std::unique_ptr<LoadDriver> LoadDriver::create(const LoadPlan &plan, StressRecorder &recorder)
{
    if (plan.target.kind == LoadTarget::Kind::Http)
        return std::make_unique<HttpDriver>(plan, recorder);
    return std::make_unique<NatsDriver>(plan, recorder);
}

QByteArray LoadDriver::payload(qint64 seq) const
{
    if (m_plan.payload.isConstant())
        return m_plan.payload.source();
    thread_local std::mt19937_64 random{std::random_device{}()};
    return m_plan.payload.render(seq, random);
}

void LoadDriver::sleepUntil(qint64 steadyNs)
{
    // std::chrono::steady_clock is CLOCK_MONOTONIC on Linux.
    timespec ts{time_t(steadyNs / 1000000000), long(steadyNs % 1000000000)};
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nullptr) == EINTR) {
    }
}

void LoadDriver::preciseTimers()
{
    // The default 50 µs slack would make every send that much late.
    prctl(PR_SET_TIMERSLACK, 1000UL, 0, 0, 0);
}

} // namespace Stratus
