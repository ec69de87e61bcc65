#pragma once

#include <algorithm>

namespace Stratus {

// How long a stopping invoker may take (docs/protocol.md, "Stopping"). The invoker (of a
// function or of a flow) bounds itself with drainMs; whoever stops it — the local
// supervisor, the deploy agent's release runner — waits graceMs before SIGKILL. Both sides
// compute from here, so the one killing cannot cut the other's drain short.
class StopBudget
{
public:
    // Past its run timeout an invocation or a flow run has been answered (with an error):
    // this is room for that answer to leave.
    static constexpr int DrainOverTimeoutMs = 2000;
    // After the drain: the idle warm workers' second to exit by themselves, then the flush.
    static constexpr int KillAfterDrainMs = 2000;
    // Nobody waits longer than this for a stop, whatever a function's timeout.
    static constexpr int MaxGraceMs = 120000;

    // runTimeoutMs: a function's timeoutMs, or a flow run's (the flow file's timeoutMs).
    static constexpr int drainMs(int runTimeoutMs)
    {
        return std::min(std::max(runTimeoutMs, 0) + DrainOverTimeoutMs, MaxGraceMs - KillAfterDrainMs);
    }
    static constexpr int graceMs(int runTimeoutMs) { return drainMs(runTimeoutMs) + KillAfterDrainMs; }
};

} // namespace Stratus
