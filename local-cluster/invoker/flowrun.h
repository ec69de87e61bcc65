#pragma once

#include "natshandles.h"
#include "reactor.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace Stratus::Invoker {

struct FlowRun;
struct FlowScope;

// A map node's work in one scope: its elements, each run in a scope of its own.
struct MapExec
{
    QJsonArray items;
    int nextElement = 0;
    int inFlight = 0;
    int done = 0;
    bool launching = false; // launchElements is on the stack
    bool failed = false;
    std::vector<QJsonValue> results;
    std::vector<std::unique_ptr<FlowScope>> elements; // by element index; null once finished
};

// One node of the graph in one scope.
struct NodeExec
{
    enum class State : uint8_t { Waiting, Running, Done, Failed, Skipped };
    State state = State::Waiting;
    int remaining = 0;                             // incoming edges not resolved yet
    std::vector<std::pair<int, QJsonValue>> taken; // inputs of taken edges, by source node
    QJsonValue input;
    QJsonValue output;
    int attempts = 0;
    int chosen = -1;            // choice nodes: the branch taken
    uint64_t call = 0;          // the function call in flight
    Reactor::TimerId timer = 0; // attempt timeout or retry backoff; SuspendedTimer while paused
    enum class TimerKind : uint8_t { Attempt, Backoff, Map };
    TimerKind timerKind = TimerKind::Attempt;
    bool replayed = false;       // a re-run took its recorded output instead of running it
    Clock::time_point deadline;  // of timer
    Clock::duration timerLeft{}; // while suspended: what was left of timer
    int64_t startUs = 0;
    int64_t endUs = 0;
    uint64_t spanId = 0;
    std::string code; // why it failed: the Stratus-Status (timeout, function-error, flow-error, ...)
    std::string error;
    std::unique_ptr<MapExec> map;
};

// Where nodes run: the run's top level, or one element of a map (its sub-path).
struct FlowScope
{
    FlowRun *run = nullptr;
    FlowScope *parent = nullptr; // the scope of the map node
    int mapNode = -1;            // that map node, or -1 at the top level
    int element = -1;
    uint64_t parentSpanId = 0;   // the map node's span, or the run's
    std::vector<NodeExec> nodes; // by plan index
    int running = 0;             // nodes Running (including waiting for a retry or elements)
    bool closed = false;         // finished: late events are ignored
    QJsonValue result;           // map elements: the last node's output
    bool hasResult = false;
};

// A run's timers are suspended while a debugger holds it (docs/flows.md, "Debugging"): the
// node's timer is then this marker, and timerLeft what was left of it.
inline constexpr Reactor::TimerId SuspendedTimer = ~Reactor::TimerId(0);

// A node a debugger holds before it starts; its input waits in the node's NodeExec::input.
struct PausePoint
{
    FlowScope *scope = nullptr;
    int node = -1;
    std::string session; // the debug session whose breakpoint (or step) paused it
};

// A re-run from a node (the Stratus-Start-At header): the recorded outputs of the nodes before it.
struct Replay
{
    int startAt = -1;
    std::vector<bool> upstream; // by plan index
    std::unordered_map<int, QJsonValue> outputs;
};

// A finished node, kept for the run's trace and its record in the datastore.
struct NodeRecord
{
    int node = -1;
    int element = -1;
    uint64_t spanId = 0;
    uint64_t parentSpanId = 0;
    int64_t startUs = 0;
    int64_t endUs = 0;
    std::string status; // ok, error, skipped
    std::string code;
    std::string error;
    int attempts = 0;
    QJsonValue input;
    QJsonValue output;
};

struct FlowRun
{
    uint64_t seq = 0;
    NatsMsgPtr request;
    std::string runId;
    std::string traceId; // 32 hex digits
    uint64_t spanId = 0;
    bool live = false;
    Clock::time_point started;
    int64_t startUs = 0;
    int64_t endUs = 0;      // when it was answered; its trace and record follow (publishAnswered)
    int64_t durationUs = 0; // from started, on the steady clock
    Reactor::TimerId timeout = 0;
    Clock::time_point deadline; // of timeout
    QJsonValue input;
    QHash<QString, QJsonValue> variables; // what expressions see besides input: run {id, flow}
    std::unique_ptr<FlowScope> top;
    std::vector<NodeRecord> records;
    bool finished = false;
    std::string status;
    QJsonValue output;
    std::string error;
    std::string failedNode;
    std::string spans; // JSON array, built once when the run ends

    // Debugging (docs/flows.md, "Debugging"); empty unless a debug session or a re-run is involved.
    std::vector<PausePoint> paused;
    bool suspended = false;        // timers stopped while paused
    Clock::duration timeoutLeft{}; // while suspended: what was left of the run's timeoutMs
    std::string stepSession;       // pause before the next node that starts, for this session
    std::unique_ptr<Replay> replay;
};

} // namespace Stratus::Invoker
