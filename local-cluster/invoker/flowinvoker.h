#pragma once

#include "flowplan.h"
#include "flowrun.h"
#include "natshandles.h"
#include "reactor.h"
#include "replyroutes.h"

#include <QJsonValue>

#include <deque>
#include <memory>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

namespace Stratus::Invoker {

// What one flow invoker replica needs (docs/flows.md, "Running a flow").
struct FlowInvokerConfig
{
    std::string natsUrl;
    std::string flow;
    std::string trigger;
    std::string group;
    int maxConcurrency = 1024;           // runs interpreted at once
    int maxQueue = 10000;                // runs waiting beyond that before "busy"
    size_t maxRecordBytes = 1024 * 1024; // a run record larger than this keeps payloads by size only
    FlowSpec::Record record = FlowSpec::Record::All;
    std::string invokerId;
};

// The flow invoker: queue-subscribes to a flow's trigger and interprets its graph for every
// request, calling member functions over NATS without waiting on any of them: a run is a
// state machine driven by replies and deadlines, all on the reactor's thread, which also
// drives the NATS connection.
class FlowInvoker
{
public:
    FlowInvoker(FlowInvokerConfig config, FlowPlan plan);
    ~FlowInvoker();

    // Connects, subscribes, prints the ready line, runs until SIGTERM/SIGINT, then drains.
    int run();

private:
    // A request in flight for a function node: the call itself, or around it the datastore
    // requests of a payload by reference (docs/flows.md, "Data").
    struct PendingCall
    {
        enum class Kind { Call, StoreInput, FetchOutput };
        Kind kind;
        FlowScope *scope;
        int node;
    };

    bool subscribe();
    void subscribed();
    void takeIncoming();
    void publishStats();

    void accept(NatsMsgPtr request);
    void startRun(NatsMsgPtr request);
    // reply: null when nobody answered the call (no responders).
    void takeReply(uint64_t callId, NatsMsgPtr reply);

    // The graph's semantics (docs/flows.md, "Semantics").
    void deliver(FlowScope &scope, int node, int from, QJsonValue value);
    void resolveEdge(FlowScope &scope, int node);
    void becomeReady(FlowScope &scope, int node);
    void runNode(FlowScope &scope, int node, QJsonValue input);
    void startNode(FlowScope &scope, int node, QJsonValue input);
    void chooseBranch(FlowScope &scope, int node);
    void armTimer(FlowScope &scope, int node, NodeExec::TimerKind kind, Clock::duration delay);
    void onNodeTimer(FlowScope &scope, int node);
    void onRunTimeout(FlowRun &run);
    void callFunction(FlowScope &scope, int node);
    void sendCall(FlowScope &scope, int node, const QByteArray &payload, const std::string &inputRef);
    struct Tracked
    {
        uint64_t id;
        std::string replyTo;
    };
    Tracked track(PendingCall::Kind kind, FlowScope &scope, int node, const std::string &subject);
    void takeCallReply(FlowScope &scope, int node, NatsMsgPtr reply);
    void takeStored(FlowScope &scope, int node, NatsMsgPtr reply);
    void takeFetched(FlowScope &scope, int node, NatsMsgPtr reply);
    void onCallTimeout(FlowScope &scope, int node);
    void attemptFailed(FlowScope &scope, int node, const char *status, std::string message);
    void succeed(FlowScope &scope, int node, QJsonValue output);
    void fail(FlowScope &scope, int node, const char *status, std::string message);
    void skip(FlowScope &scope, int node);
    void skipBranches(FlowScope &scope, const PlanNode &p);
    void releaseHold(FlowScope &scope);
    static const char *spanStatus(NodeExec::State state);
    void startMap(FlowScope &scope, int node);
    void launchElements(FlowScope &scope, int node);
    void elementDone(FlowScope &element, bool ok, QJsonValue result, const char *status,
                     const std::string &error);
    void checkQuiet(FlowScope &scope);

    void finishRun(FlowRun &run, const char *status, QJsonValue output, std::string error,
                   std::string failedNode);
    void cancelScope(FlowScope &scope);
    void recordSpan(FlowScope &scope, int node);
    void publishLive(FlowRun &run, const std::string &span, bool start);
    void publishAnswered();
    void publishTrace(FlowRun &run);
    void recordRun(FlowRun &run);
    void flushRecords();
    std::string runRecord(const FlowRun &run, bool withPayloads) const;
    void appendSpan(std::string &out, const FlowRun &run, const NodeRecord &record) const;
    std::string spansJson(const FlowRun &run) const;
    void appendRunSummary(std::string &out, const FlowRun &run) const;
    void reply(FlowRun &run);
    void collectFinished();

    // Debugging (docs/flows.md, "Debugging"): breakpoints of debug sessions, paused runs,
    // re-runs from a node. Off the fast path: one check of m_intercept per node start.
    struct Breakpoint
    {
        int node = -1;
        std::string condition;     // as the session sent it, for the paused event
        FlowExpression expression; // null: always
        bool warned = false;       // its condition failed once already
    };
    struct DebugSession
    {
        std::vector<Breakpoint> breakpoints;
        Reactor::TimerId expiry = 0;
    };
    enum class Resume { Continue, Step };
    void takeBreakpoints(NatsMsgPtr msg);
    void takeControl(NatsMsgPtr msg);
    void dropSession(const std::string &session, const char *reason);
    bool intercept(FlowScope &scope, int node, QJsonValue &input);
    void replayNode(FlowScope &scope, int node, QJsonValue input);
    void pause(FlowScope &scope, int node, QJsonValue input, const std::string &session, const char *reason,
               const std::string &condition);
    void resume(FlowRun &run, size_t point, Resume how, const QJsonValue *input, const char *reason);
    void releaseAll(const char *reason, const std::string &session = {});
    void dropPauses(FlowRun &run, FlowScope *scope, const char *reason);
    void suspendTimers(FlowRun &run);
    void resumeTimers(FlowRun &run);
    void publishDebug(const char *suffix, const std::string &doc);
    void debugWarning(const std::string &session, const std::string &runId, const std::string &node,
                      const std::string &warning);
    std::unique_ptr<Replay> prepareReplay(const std::string &node, natsMsg *request, QJsonValue &input,
                                          std::string &error) const;
    void updateIntercept() { m_intercept = !m_sessions.empty() || m_replays > 0; }

    void beginDrain();
    void checkDrained();

    uint64_t newSpanId();
    void stopTimer(Reactor::TimerId &timer);

    FlowInvokerConfig m_config;
    FlowPlan m_plan;
    Reactor m_reactor;
    NatsConnectionPtr m_conn; // everything: SendAsap
    NatsSubscriptionPtr m_sub;
    NatsSubscriptionPtr m_probeSub;
    NatsSubscriptionPtr m_breakpointSub;
    NatsSubscriptionPtr m_controlSub;
    std::string m_inbox; // "_INBOX.xxx.": every reply subject of ours starts with it
    ReplyRoutes m_routes{[this](uint64_t callId) { return m_calls.count(callId) > 0; }};

    bool m_ready = false;
    bool m_subscriptionDone = false; // drained

    std::deque<NatsMsgPtr> m_queue; // requests waiting for a free run slot
    std::unordered_map<uint64_t, std::unique_ptr<FlowRun>> m_runs;
    std::vector<std::unique_ptr<FlowRun>> m_finished;  // freed once the event that ended them returns
    std::vector<std::unique_ptr<FlowScope>> m_retired; // map elements done; freed likewise
    std::unordered_map<uint64_t, PendingCall> m_calls;
    uint64_t m_nextCall = 1;
    uint64_t m_nextRun = 1;
    uint64_t m_completed = 0;
    uint64_t m_failed = 0;
    uint64_t m_recordsTooLarge = 0;
    std::vector<std::unique_ptr<FlowRun>> m_answered; // replied to, not yet traced and recorded
    Reactor::TimerId m_answeredTimer = 0;
    std::string m_recordBatch; // run records not sent yet
    std::mt19937_64 m_random;
    bool m_draining = false;
    int m_exitCode = 0;
    Clock::time_point m_drainDeadline;

    bool m_intercept = false; // a debug session has breakpoints, or a re-run is going on
    std::unordered_map<std::string, DebugSession> m_sessions;
    std::unordered_map<std::string, FlowRun *> m_pausedRuns; // by run id
    int m_replays = 0;
};

} // namespace Stratus::Invoker
