#include "flowinvoker.h"

#include "flowrun.h"
#include "jsonpayload.h"
#include "jsonwriter.h"
#include "natsconnect.h"
#include "protocol.h"
#include "stderrsink.h"
#include "stopbudget.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <iterator>
#include <unistd.h>

namespace Stratus::Invoker {

namespace {

// Payloads larger than this are kept in a run's record by size and first bytes only.
constexpr qsizetype RecordValueLimit = 64 * 1024;
constexpr size_t ErrorBodyLimit = 2000;
// Runs answered but not yet traced and recorded: at most this many, for at most this long.
constexpr size_t AnsweredBatchRuns = 128;
// The subject (after the reply inbox) of the message that confirms the subscriptions.
constexpr const char *ReadyProbe = "ready";
constexpr auto AnsweredBatchDelay = std::chrono::milliseconds(5);
// Payloads larger than this travel through the datastore by reference, both ways.
constexpr qsizetype InlineLimit = 256 * 1024;
constexpr char InlineLimitText[] = "262144";

void logLine(const std::string &line)
{
    writeLog(line + "\n");
}

int64_t nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string hex64(uint64_t v)
{
    char buf[17];
    snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
    return buf;
}

// Run ids are datastore run ids: letters, digits, '-', '_', at most 64.
bool isRunId(const char *id)
{
    const size_t n = id ? std::strlen(id) : 0;
    if (n == 0 || n > 64)
        return false;
    return std::all_of(id, id + n, [](char c) { return std::isalnum(uchar(c)) || c == '-' || c == '_'; });
}

std::string header(natsMsg *msg, const char *name)
{
    const char *value = nullptr;
    if (natsMsgHeader_Get(msg, name, &value) == NATS_OK && value)
        return value;
    return {};
}

void field(std::string &out, const char *name)
{
    out += out.back() == '{' ? "\"" : ",\"";
    out += name;
    out += "\":";
}

void textField(std::string &out, const char *name, std::string_view value)
{
    field(out, name);
    appendJsonString(out, value);
}

void numberField(std::string &out, const char *name, int64_t value)
{
    field(out, name);
    out += std::to_string(value);
}

// A value for a record or a debug event: its JSON, or a marker with its size and first bytes
// when larger than limit.
void valueField(std::string &out, const char *name, const QJsonValue &value,
                qsizetype limit = RecordValueLimit)
{
    field(out, name);
    const QByteArray json = JsonPayload::toJson(value);
    if (json.size() <= limit) {
        out.append(json.constData(), size_t(json.size()));
        return;
    }
    out += "{\"truncated\":true,\"bytes\":" + std::to_string(json.size()) + ",\"head\":";
    appendJsonString(out, utf8Head(std::string_view(json.constData(), size_t(json.size())), 1024));
    out += '}';
}

} // namespace

FlowInvoker::FlowInvoker(FlowInvokerConfig config, FlowPlan plan)
    : m_config(std::move(config)), m_plan(std::move(plan)), m_random(std::random_device{}())
{
}

FlowInvoker::~FlowInvoker()
{
    m_sub.reset();
    m_probeSub.reset();
    m_routes.clear();
    m_breakpointSub.reset();
    m_controlSub.reset();
    m_conn.reset();
}

int FlowInvoker::run()
{
    makeLogNonBlocking();
    if (!m_reactor.valid()) {
        logLine("flow invoker: epoll_create failed");
        return 1;
    }
    m_reactor.onTerminationSignal([this]() { beginDrain(); });

    std::string error;
    // The loop drives the connection (nats.c's external event-loop mode): a message is read,
    // and the run moved on, on this one thread, with no reader or delivery thread to wake on
    // the way; what a turn of the loop publishes (calls, traces, the reply) leaves in one
    // write (docs/benchmarks.md, "Flows").
    m_conn = connectNats(m_config.natsUrl, m_config.invokerId, true, &error, false, &m_reactor,
                         [this]() { takeIncoming(); });
    if (!m_conn) {
        logLine("flow " + m_config.flow + ": " + error);
        return 1;
    }
    if (!subscribe())
        return 1;
    publishStats();
    m_reactor.run();
    m_reactor.flushNats(2000);
    return m_exitCode;
}

bool FlowInvoker::subscribe()
{
    natsInbox *inbox = nullptr;
    natsInbox_Create(&inbox);
    m_inbox = std::string(inbox) + ".";
    m_routes.open(m_conn.get(), inbox);
    natsInbox_Destroy(inbox);

    natsSubscription *probe = nullptr;
    natsStatus s = natsConnection_SubscribeSync(&probe, m_conn.get(), (m_inbox + ReadyProbe).c_str());
    if (s == NATS_OK) {
        m_probeSub.reset(probe);
        natsSubscription *sub = nullptr;
        s = natsConnection_QueueSubscribeSync(&sub, m_conn.get(), m_config.trigger.c_str(),
                                              m_config.group.c_str());
        if (s == NATS_OK) {
            m_sub.reset(sub);
            // maxQueue bounds waiting runs, with "busy" replies; nats.c must never drop one first.
            natsSubscription_SetPendingLimits(sub, -1, -1);
        }
    }
    // Debugging (docs/flows.md, "Debugging"): every replica hears every session's breakpoints,
    // and every control request; only the replica holding the run answers it.
    if (s == NATS_OK) {
        natsSubscription *sub = nullptr;
        const std::string subject =
            std::string(Protocol::DebugSubjectPrefix) + m_config.flow + Protocol::DebugBreakpointsSuffix;
        s = natsConnection_SubscribeSync(&sub, m_conn.get(), subject.c_str());
        m_breakpointSub.reset(sub);
        if (s == NATS_OK) {
            sub = nullptr;
            s = natsConnection_SubscribeSync(&sub, m_conn.get(),
                                             (std::string(Protocol::DebugControlPrefix) + "*").c_str());
            m_controlSub.reset(sub);
        }
        // natsConnection_Flush would wait for a PONG that this thread has to read: a message
        // to ourselves after the SUBs comes back once the broker has taken them all.
        if (s == NATS_OK)
            s = natsConnection_PublishString(m_conn.get(), (m_inbox + ReadyProbe).c_str(), "");
    }
    if (s != NATS_OK) {
        logLine("flow " + m_config.flow + ": cannot subscribe to " + m_config.trigger + ": " +
                natsStatus_GetText(s));
        return false;
    }
    expectConfirmation(
        m_reactor, [this]() { return m_ready || m_draining; },
        [this]() {
            logLine("flow " + m_config.flow + ": the broker did not confirm the subscription to " +
                    m_config.trigger + " within 5 s");
            m_exitCode = 1;
        });
    return true;
}

void FlowInvoker::subscribed()
{
    if (m_ready || m_draining)
        return;
    m_ready = true;
    // Sessions that have breakpoints for this flow send them again at once.
    publishDebug(Protocol::DebugSyncSuffix, "{}");
    const std::string ready = std::string(Protocol::ReadyLine) + "\n";
    (void)!::write(STDOUT_FILENO, ready.data(), ready.size());
    logLine("flow invoker " + m_config.invokerId + ": flow " + m_config.flow + " (" +
            std::to_string(m_plan.nodes.size()) + " nodes) listening on " + m_config.trigger + " (queue " +
            m_config.group + ")");
}

void FlowInvoker::publishStats()
{
    std::string s = "{";
    textField(s, "invoker", m_config.invokerId);
    textField(s, "function", m_config.flow);
    textField(s, "mode", "flow");
    numberField(s, "pid", ::getpid());
    numberField(s, "inFlight", int64_t(m_runs.size()));
    numberField(s, "queued", int64_t(m_queue.size()));
    numberField(s, "completed", int64_t(m_completed));
    numberField(s, "failed", int64_t(m_failed));
    numberField(s, "callsInFlight", int64_t(m_calls.size()));
    numberField(s, "recordsTooLarge", int64_t(m_recordsTooLarge));
    numberField(s, "debugSessions", int64_t(m_sessions.size()));
    numberField(s, "pausedRuns", int64_t(m_pausedRuns.size()));
    field(s, "draining");
    s += m_draining ? "true}" : "false}";
    const std::string subject = std::string(Protocol::FlowStatsSubjectPrefix) + m_config.flow;
    natsConnection_Publish(m_conn.get(), subject.c_str(), s.data(), int(s.size()));
    if (!m_draining)
        m_reactor.addTimer(Clock::now() + std::chrono::seconds(1), [this]() { publishStats(); });
}

// --- the loop ------------------------------------------------------------------------

void FlowInvoker::takeIncoming()
{
    takePending(m_probeSub.get(), [this](NatsMsgPtr) { subscribed(); });
    // Replies first: they may end runs and free the slots new requests need. A "no responders"
    // comes as the oldest call on its subject still waiting (ReplyRoutes).
    m_routes.take([this](uint64_t callId, NatsMsgPtr msg) { takeReply(callId, std::move(msg)); },
                  [this](uint64_t callId) { takeReply(callId, nullptr); });
    const auto takeRequest = [this](NatsMsgPtr msg) { accept(std::move(msg)); };
    if (m_draining && !m_subscriptionDone && m_sub)
        m_subscriptionDone = takeDraining(m_sub.get(), takeRequest);
    else
        takePending(m_sub.get(), takeRequest);
    takePending(m_breakpointSub.get(), [this](NatsMsgPtr msg) { takeBreakpoints(std::move(msg)); });
    takePending(m_controlSub.get(), [this](NatsMsgPtr msg) { takeControl(std::move(msg)); });
    collectFinished();
}

// --- the graph -----------------------------------------------------------------------

void FlowInvoker::accept(NatsMsgPtr request)
{
    if (m_runs.size() < size_t(m_config.maxConcurrency))
        return startRun(std::move(request));
    if (m_queue.size() < size_t(m_config.maxQueue)) {
        m_queue.push_back(std::move(request));
        return;
    }
    FlowRun refused;
    refused.request = std::move(request);
    refused.runId = header(refused.request.get(), Protocol::RequestIdHeader);
    refused.status = Protocol::StatusBusy;
    refused.error = "busy: flow " + m_config.flow + " already has " + std::to_string(m_queue.size()) +
                    " runs waiting (maxQueue); try again later or add replicas";
    reply(refused);
}

void FlowInvoker::startRun(NatsMsgPtr request)
{
    std::unique_ptr<Replay> replay;
    QJsonValue replayInput;
    if (const std::string startAt = header(request.get(), Protocol::StartAtHeader); !startAt.empty()) {
        std::string error;
        replay = prepareReplay(startAt, request.get(), replayInput, error);
        if (!replay) {
            FlowRun refused;
            refused.request = std::move(request);
            refused.runId = header(refused.request.get(), Protocol::RequestIdHeader);
            refused.status = Protocol::StatusBadRequest;
            refused.error = "re-run of flow " + m_config.flow + " from node " + startAt + ": " + error;
            return reply(refused);
        }
    }
    auto owned = std::make_unique<FlowRun>();
    FlowRun &run = *owned;
    run.seq = m_nextRun++;
    run.request = std::move(request);
    const std::string requested = header(run.request.get(), Protocol::RequestIdHeader);
    run.runId =
        isRunId(requested.c_str()) ? requested : m_config.flow + "-" + hex64(m_random()).substr(0, 12);
    run.traceId = hex64(m_random()) + hex64(m_random());
    run.spanId = newSpanId();
    run.live = header(run.request.get(), Protocol::TraceModeHeader) == Protocol::TraceModeLive;
    run.started = Clock::now();
    run.startUs = nowUs();
    if (replay) {
        run.input = std::move(replayInput);
        run.replay = std::move(replay);
        ++m_replays;
        updateIntercept();
    } else {
        run.input = JsonPayload::toValue(
            QByteArrayView(natsMsg_GetData(run.request.get()), natsMsg_GetDataLength(run.request.get())));
    }
    run.variables.insert(QStringLiteral("run"),
                         QJsonObject{{QStringLiteral("id"), QString::fromStdString(run.runId)},
                                     {QStringLiteral("flow"), QString::fromStdString(m_config.flow)}});
    run.top = std::make_unique<FlowScope>();
    FlowScope &top = *run.top;
    top.run = &run;
    top.parentSpanId = run.spanId;
    top.nodes.resize(m_plan.nodes.size());
    for (size_t i = 0; i < m_plan.nodes.size(); ++i)
        top.nodes[i].remaining = m_plan.nodes[i].incoming;
    run.deadline = run.started + std::chrono::milliseconds(m_plan.timeoutMs);
    run.timeout = m_reactor.addTimer(run.deadline, [this, &run]() { onRunTimeout(run); });
    m_runs.emplace(run.seq, std::move(owned));
    if (run.live) {
        std::string event = "{\"event\":\"start\",\"span\":{";
        textField(event, "traceId", run.traceId);
        textField(event, "spanId", hex64(run.spanId));
        textField(event, "runId", run.runId);
        textField(event, "flow", m_config.flow);
        textField(event, "kind", "run");
        numberField(event, "startUs", run.startUs);
        textField(event, "status", "running");
        event += "}}";
        const std::string subject = std::string(Protocol::TraceSubjectPrefix) + m_config.flow;
        natsConnection_Publish(m_conn.get(), subject.c_str(), event.data(), int(event.size()));
    }
    ++top.running; // held while the start node's cascade runs, so the scope is not quiet too early
    top.nodes[size_t(m_plan.start)].taken.emplace_back(-1, run.input);
    becomeReady(top, m_plan.start);
    releaseHold(top);
}

void FlowInvoker::onRunTimeout(FlowRun &run)
{
    run.timeout = 0;
    std::string running;
    std::string first;
    for (size_t i = 0; i < run.top->nodes.size(); ++i) {
        if (run.top->nodes[i].state == NodeExec::State::Running) {
            running += (running.empty() ? "" : ", ") + m_plan.nodes[i].id;
            if (first.empty())
                first = m_plan.nodes[i].id;
        }
    }
    finishRun(run, Protocol::StatusTimeout, {},
              "the run took longer than the flow's timeoutMs (" + std::to_string(m_plan.timeoutMs) +
                  " ms); still running: " + (running.empty() ? "nothing" : running),
              first);
    collectFinished();
}

void FlowInvoker::stopTimer(Reactor::TimerId &timer)
{
    if (timer)
        m_reactor.cancelTimer(timer);
    timer = 0;
}

uint64_t FlowInvoker::newSpanId()
{
    uint64_t id = 0;
    while (id == 0)
        id = m_random();
    return id;
}

// --- the graph ------------------------------------------------------------------------

void FlowInvoker::deliver(FlowScope &scope, int node, int from, QJsonValue value)
{
    if (scope.closed)
        return;
    scope.nodes[size_t(node)].taken.emplace_back(from, std::move(value));
    resolveEdge(scope, node);
}

void FlowInvoker::resolveEdge(FlowScope &scope, int node)
{
    if (scope.closed)
        return;
    NodeExec &n = scope.nodes[size_t(node)];
    if (--n.remaining <= 0 && n.state == NodeExec::State::Waiting)
        becomeReady(scope, node);
}

void FlowInvoker::becomeReady(FlowScope &scope, int node)
{
    NodeExec &n = scope.nodes[size_t(node)];
    const PlanNode &p = m_plan.nodes[size_t(node)];
    if (n.taken.empty())
        return skip(scope, node);
    QJsonValue input;
    if (p.kind == FlowNodeKind::Join) {
        QJsonObject combined;
        for (auto &[from, value] : n.taken)
            combined.insert(QString::fromStdString(m_plan.nodes[size_t(from)].id), value);
        input = combined;
    } else if (n.taken.size() > 1) {
        std::string sources;
        for (const auto &taken : n.taken)
            sources += (sources.empty() ? "" : " and ") + m_plan.nodes[size_t(taken.first)].id;
        n.taken.clear();
        startNode(scope, node, QJsonValue());
        return fail(scope, node, Protocol::StatusFlowError,
                    "received inputs from " + sources + " in one run; combine branches with a join node");
    } else {
        input = std::move(n.taken.front().second);
    }
    n.taken.clear();
    if (m_intercept && intercept(scope, node, input))
        return;
    runNode(scope, node, std::move(input));
}

void FlowInvoker::runNode(FlowScope &scope, int node, QJsonValue input)
{
    NodeExec &n = scope.nodes[size_t(node)];
    const PlanNode &p = m_plan.nodes[size_t(node)];
    startNode(scope, node, std::move(input));
    if (scope.closed || n.state != NodeExec::State::Running)
        return;
    switch (p.kind) {
    case FlowNodeKind::Function:
        return callFunction(scope, node);
    case FlowNodeKind::Map:
        return startMap(scope, node);
    case FlowNodeKind::Modify:
    case FlowNodeKind::End: {
        if (p.expression.isNull())
            return succeed(scope, node, n.input);
        auto value = p.expression.evaluate(n.input, scope.run->variables);
        if (!value)
            return fail(scope, node, Protocol::StatusFlowError,
                        "expression failed: " + value.errorMessage().toStdString());
        return succeed(scope, node, std::move(*value));
    }
    case FlowNodeKind::Choice:
        return chooseBranch(scope, node);
    case FlowNodeKind::Parallel:
    case FlowNodeKind::Join:
        return succeed(scope, node, n.input);
    }
}

void FlowInvoker::chooseBranch(FlowScope &scope, int node)
{
    NodeExec &n = scope.nodes[size_t(node)];
    const PlanNode &p = m_plan.nodes[size_t(node)];
    n.chosen = -1;
    for (size_t i = 0; i < p.next.size() && n.chosen < 0; ++i) {
        if (p.next[i].isDefault) {
            n.chosen = int(i);
            break;
        }
        auto holds = p.next[i].condition.evaluate(n.input, scope.run->variables);
        if (!holds)
            return fail(scope, node, Protocol::StatusFlowError,
                        "condition of the edge to " + m_plan.nodes[size_t(p.next[i].target)].id +
                            " failed: " + holds.errorMessage().toStdString());
        if (FlowExpression::isTruthy(*holds))
            n.chosen = int(i);
    }
    succeed(scope, node, n.input);
}

void FlowInvoker::startNode(FlowScope &scope, int node, QJsonValue input)
{
    NodeExec &n = scope.nodes[size_t(node)];
    n.state = NodeExec::State::Running;
    n.input = std::move(input);
    n.startUs = nowUs();
    n.spanId = newSpanId();
    ++scope.running;
    if (scope.run->live)
        recordSpan(scope, node); // the start event; the end is recorded when the node settles
}

FlowInvoker::Tracked FlowInvoker::track(PendingCall::Kind kind, FlowScope &scope, int node,
                                        const std::string &subject)
{
    const uint64_t id = m_nextCall++;
    m_calls.emplace(id, PendingCall{kind, &scope, node});
    scope.nodes[size_t(node)].call = id;
    natsStatus status = NATS_OK;
    const char *replyTo = m_routes.replyTo(subject, id, m_calls.size(), &status);
    if (replyTo)
        return {id, replyTo};
    // The call goes out without a way back: its node's timer ends it, with this said.
    logLine("flow " + m_config.flow + ": cannot subscribe to the replies from " + subject + ": " +
            natsStatus_GetText(status));
    return {id, {}};
}

// One attempt: the payload goes inline, or when larger than InlineLimit into the datastore
// first and by reference; the node's timeoutMs covers all of it.
void FlowInvoker::callFunction(FlowScope &scope, int node)
{
    NodeExec &n = scope.nodes[size_t(node)];
    const PlanNode &p = m_plan.nodes[size_t(node)];
    FlowRun &run = *scope.run;
    ++n.attempts;
    armTimer(scope, node, NodeExec::TimerKind::Attempt, std::chrono::milliseconds(p.timeoutMs));
    const QByteArray payload = JsonPayload::toPayload(n.input);
    if (payload.size() <= InlineLimit)
        return sendCall(scope, node, payload, {});
    std::string object = "in/" + p.id;
    if (scope.element >= 0)
        object += "." + std::to_string(scope.element);
    object += "/" + std::to_string(n.attempts);
    const std::string subject = std::string(Protocol::DatastorePrefix) + ".put";
    const Tracked call = track(PendingCall::Kind::StoreInput, scope, node, subject);
    const uint64_t id = call.id;
    natsMsg *raw = nullptr;
    natsMsg_Create(&raw, subject.c_str(), call.replyTo.c_str(), payload.constData(), int(payload.size()));
    NatsMsgPtr msg(raw);
    const std::string ttl = std::to_string(m_plan.ttlMs);
    natsMsgHeader_Set(msg.get(), Protocol::RunHeader, run.runId.c_str());
    natsMsgHeader_Set(msg.get(), Protocol::ObjectHeader, object.c_str());
    natsMsgHeader_Set(msg.get(), Protocol::TtlHeader, ttl.c_str());
    if (const natsStatus s = natsConnection_PublishMsg(m_conn.get(), msg.get()); s != NATS_OK) {
        m_calls.erase(id);
        n.call = 0;
        stopTimer(n.timer);
        return attemptFailed(scope, node, Protocol::StatusOutputTooLarge,
                             "cannot keep the " + std::to_string(payload.size()) +
                                 "-byte input in the datastore: " + natsStatus_GetText(s));
    }
}

void FlowInvoker::sendCall(FlowScope &scope, int node, const QByteArray &payload, const std::string &inputRef)
{
    NodeExec &n = scope.nodes[size_t(node)];
    const PlanNode &p = m_plan.nodes[size_t(node)];
    FlowRun &run = *scope.run;
    const Tracked call = track(PendingCall::Kind::Call, scope, node, p.subject);
    const uint64_t callId = call.id;
    natsMsg *raw = nullptr;
    natsStatus s =
        natsMsg_Create(&raw, p.subject.c_str(), call.replyTo.c_str(), payload.constData(), payload.size());
    NatsMsgPtr msg(raw);
    if (s == NATS_OK) {
        std::string requestId = run.runId + "." + p.id;
        if (scope.element >= 0)
            requestId += "." + std::to_string(scope.element);
        natsMsgHeader_Set(msg.get(), Protocol::RequestIdHeader, requestId.c_str());
        natsMsgHeader_Set(msg.get(), Protocol::RunIdHeader, run.runId.c_str());
        natsMsgHeader_Set(msg.get(), Protocol::OutputRefAboveHeader, InlineLimitText);
        natsMsgHeader_Set(msg.get(), Protocol::TtlHeader, std::to_string(m_plan.ttlMs).c_str());
        if (!inputRef.empty())
            natsMsgHeader_Set(msg.get(), Protocol::InputRefHeader, inputRef.c_str());
        s = natsConnection_PublishMsg(m_conn.get(), msg.get());
    }
    if (s != NATS_OK) {
        m_calls.erase(callId);
        n.call = 0;
        stopTimer(n.timer);
        return attemptFailed(scope, node, Protocol::StatusUnavailable,
                             "cannot send to " + p.subject + ": " + natsStatus_GetText(s));
    }
}

// Every node timer goes through here, so a paused run can suspend them and set them again.
void FlowInvoker::armTimer(FlowScope &scope, int node, NodeExec::TimerKind kind, Clock::duration delay)
{
    NodeExec &n = scope.nodes[size_t(node)];
    n.timerKind = kind;
    if (scope.run->suspended) {
        n.timer = SuspendedTimer;
        n.timerLeft = delay;
        return;
    }
    n.deadline = Clock::now() + delay;
    n.timer = m_reactor.addTimer(n.deadline, [this, &scope, node]() { onNodeTimer(scope, node); });
}

void FlowInvoker::onNodeTimer(FlowScope &scope, int node)
{
    NodeExec &n = scope.nodes[size_t(node)];
    const PlanNode &p = m_plan.nodes[size_t(node)];
    n.timer = 0;
    switch (n.timerKind) {
    case NodeExec::TimerKind::Attempt:
        onCallTimeout(scope, node);
        break;
    case NodeExec::TimerKind::Backoff:
        if (p.kind == FlowNodeKind::Map)
            startMap(scope, node);
        else
            callFunction(scope, node);
        break;
    case NodeExec::TimerKind::Map:
        n.map->failed = true;
        for (auto &element : n.map->elements) {
            if (element)
                cancelScope(*element);
        }
        attemptFailed(scope, node, Protocol::StatusTimeout,
                      "the map did not finish within " + std::to_string(p.timeoutMs) +
                          " ms (the node's timeoutMs)");
        break;
    }
    collectFinished();
}

void FlowInvoker::onCallTimeout(FlowScope &scope, int node)
{
    NodeExec &n = scope.nodes[size_t(node)];
    const PlanNode &p = m_plan.nodes[size_t(node)];
    m_calls.erase(n.call); // a late answer then has nowhere to go
    n.call = 0;
    attemptFailed(scope, node, Protocol::StatusTimeout,
                  "no reply from function " + p.function + " within " + std::to_string(p.timeoutMs) +
                      " ms (the node's timeoutMs; is its invoker alive?)");
}

void FlowInvoker::takeReply(uint64_t callId, NatsMsgPtr msg)
{
    const auto it = m_calls.find(callId);
    if (it == m_calls.end())
        return; // the node timed out or its run ended: a late reply has nowhere to go
    const PendingCall call = it->second;
    m_calls.erase(it);
    call.scope->nodes[size_t(call.node)].call = 0;
    switch (call.kind) {
    case PendingCall::Kind::Call:
        return takeCallReply(*call.scope, call.node, std::move(msg));
    case PendingCall::Kind::StoreInput:
        return takeStored(*call.scope, call.node, std::move(msg));
    case PendingCall::Kind::FetchOutput:
        return takeFetched(*call.scope, call.node, std::move(msg));
    }
}

void FlowInvoker::takeStored(FlowScope &scope, int node, NatsMsgPtr reply)
{
    NodeExec &n = scope.nodes[size_t(node)];
    if (!reply || header(reply.get(), Protocol::StatusHeader) != Protocol::StatusOk) {
        stopTimer(n.timer);
        return attemptFailed(scope, node, Protocol::StatusUnavailable,
                             "the datastore did not keep the node's large input: " +
                                 (!reply ? std::string("no datastore is running")
                                         : std::string(natsMsg_GetData(reply.get()),
                                                       size_t(natsMsg_GetDataLength(reply.get())))));
    }
    const QJsonObject stored =
        JsonPayload::toValue(QByteArrayView(natsMsg_GetData(reply.get()), natsMsg_GetDataLength(reply.get())))
            .toObject();
    const std::string ref =
        scope.run->runId + "/" + stored.value(QLatin1String("name")).toString().toStdString();
    sendCall(scope, node, QByteArray(), ref);
}

void FlowInvoker::takeFetched(FlowScope &scope, int node, NatsMsgPtr reply)
{
    NodeExec &n = scope.nodes[size_t(node)];
    stopTimer(n.timer);
    if (!reply)
        return attemptFailed(scope, node, Protocol::StatusUnavailable,
                             "the function's large output could not be read from the datastore: no "
                             "datastore is running");
    const std::string_view body(natsMsg_GetData(reply.get()), size_t(natsMsg_GetDataLength(reply.get())));
    if (header(reply.get(), Protocol::StatusHeader) != Protocol::StatusOk)
        return attemptFailed(scope, node, Protocol::StatusUnavailable,
                             "the function's large output could not be read from the datastore: " +
                                 std::string(utf8Head(body, ErrorBodyLimit)));
    succeed(scope, node, JsonPayload::toValue(QByteArrayView(body.data(), qsizetype(body.size()))));
}

void FlowInvoker::takeCallReply(FlowScope &scope, int node, NatsMsgPtr msg)
{
    NodeExec &n = scope.nodes[size_t(node)];
    const PlanNode &p = m_plan.nodes[size_t(node)];
    if (!msg) { // no responders
        stopTimer(n.timer);
        return attemptFailed(scope, node, Protocol::StatusSpawnFailed,
                             "no invoker serves " + p.subject + " (is function " + p.function + " running?)");
    }
    const std::string_view body(natsMsg_GetData(msg.get()), size_t(natsMsg_GetDataLength(msg.get())));
    const std::string status = header(msg.get(), Protocol::StatusHeader);
    if (status.empty() || status == Protocol::StatusOk) {
        const std::string ref = header(msg.get(), Protocol::OutputRefHeader);
        if (ref.empty()) {
            stopTimer(n.timer);
            return succeed(scope, node,
                           JsonPayload::toValue(QByteArrayView(body.data(), qsizetype(body.size()))));
        }
        // A large output waits in the datastore: fetch it (the node's timer still runs).
        const size_t slash = ref.find('/');
        std::string request = "{\"run\":";
        appendJsonString(request, ref.substr(0, slash));
        request += ",\"object\":";
        appendJsonString(request, slash == std::string::npos ? std::string() : ref.substr(slash + 1));
        request += '}';
        const std::string subject = std::string(Protocol::DatastorePrefix) + ".get";
        const Tracked call = track(PendingCall::Kind::FetchOutput, scope, node, subject);
        natsConnection_PublishRequest(m_conn.get(), subject.c_str(), call.replyTo.c_str(), request.data(),
                                      int(request.size()));
        return;
    }
    stopTimer(n.timer);
    // Invokers say "STATUS: FUNCTION: what"; the run's error names node and function already.
    std::string_view message = utf8Head(body, ErrorBodyLimit);
    for (const std::string &prefix : {status + ": ", p.function + ": "}) {
        if (message.substr(0, prefix.size()) == prefix)
            message.remove_prefix(prefix.size());
    }
    attemptFailed(scope, node, status.c_str(), message.empty() ? status : std::string(message));
}

void FlowInvoker::attemptFailed(FlowScope &scope, int node, const char *status, std::string message)
{
    NodeExec &n = scope.nodes[size_t(node)];
    const PlanNode &p = m_plan.nodes[size_t(node)];
    if (n.attempts < p.retry.maxAttempts) {
        const double backoff = p.retry.backoffMs * std::pow(p.retry.backoffMultiplier, n.attempts - 1);
        const auto delay =
            std::chrono::milliseconds(int64_t(std::min<double>(backoff, p.retry.maxBackoffMs)));
        n.error = std::move(message); // shown if the last attempt fails the same way
        return armTimer(scope, node, NodeExec::TimerKind::Backoff, delay);
    }
    if (p.retry.maxAttempts > 1)
        message +=
            " (attempt " + std::to_string(n.attempts) + " of " + std::to_string(p.retry.maxAttempts) + ")";
    fail(scope, node, status, std::move(message));
}

void FlowInvoker::succeed(FlowScope &scope, int node, QJsonValue output)
{
    NodeExec &n = scope.nodes[size_t(node)];
    const PlanNode &p = m_plan.nodes[size_t(node)];
    stopTimer(n.timer);
    n.state = NodeExec::State::Done;
    n.output = std::move(output);
    n.endUs = nowUs();
    recordSpan(scope, node);
    if (p.errorTarget >= 0)
        resolveEdge(scope, p.errorTarget);
    if (scope.closed)
        return;
    if (p.kind == FlowNodeKind::End) {
        if (!scope.parent)
            return finishRun(*scope.run, Protocol::StatusOk, n.output, {}, {});
        scope.result = n.output;
        scope.hasResult = true;
        return elementDone(scope, true, n.output, Protocol::StatusOk, {});
    }
    if (p.next.empty() && scope.parent) { // the last node of a map's sub-path
        scope.result = n.output;
        scope.hasResult = true;
    }
    for (size_t i = 0; i < p.next.size() && !scope.closed; ++i) {
        if (p.kind == FlowNodeKind::Choice && int(i) != n.chosen)
            resolveEdge(scope, p.next[i].target);
        else
            deliver(scope, p.next[i].target, node, n.output);
    }
    releaseHold(scope); // only now: the cascade above may have started the next nodes
}

void FlowInvoker::fail(FlowScope &scope, int node, const char *status, std::string message)
{
    NodeExec &n = scope.nodes[size_t(node)];
    const PlanNode &p = m_plan.nodes[size_t(node)];
    stopTimer(n.timer);
    n.state = NodeExec::State::Failed;
    n.code = status;
    n.error = message;
    n.endUs = nowUs();
    recordSpan(scope, node);
    if (p.errorTarget < 0) {
        const std::string where = p.kind == FlowNodeKind::Function
                                      ? "node " + p.id + " (function " + p.function + ")"
                                      : "node " + p.id + " (" + p.kindName + ")";
        if (!scope.parent)
            return finishRun(*scope.run, status, {}, where + ": " + message, p.id);
        return elementDone(scope, false, {}, status, where + ": " + message);
    }
    skipBranches(scope, p);
    deliver(scope, p.errorTarget, node,
            QJsonObject{{QStringLiteral("error"), QString::fromStdString(message)},
                        {QStringLiteral("node"), QString::fromStdString(p.id)},
                        {QStringLiteral("status"), QString::fromLatin1(status)},
                        {QStringLiteral("input"), n.input}});
    releaseHold(scope);
}

void FlowInvoker::skip(FlowScope &scope, int node)
{
    NodeExec &n = scope.nodes[size_t(node)];
    const PlanNode &p = m_plan.nodes[size_t(node)];
    n.state = NodeExec::State::Skipped;
    n.startUs = n.endUs = nowUs();
    n.spanId = newSpanId();
    recordSpan(scope, node);
    ++scope.running; // held while the skip spreads
    skipBranches(scope, p);
    if (p.errorTarget >= 0)
        resolveEdge(scope, p.errorTarget);
    releaseHold(scope);
}

void FlowInvoker::skipBranches(FlowScope &scope, const PlanNode &p)
{
    for (size_t i = 0; i < p.next.size() && !scope.closed; ++i)
        resolveEdge(scope, p.next[i].target);
}

// A settling node holds its scope as running until what it set off has started, so the scope
// is not taken for quiet in the middle of a cascade.
void FlowInvoker::releaseHold(FlowScope &scope)
{
    if (scope.closed)
        return;
    --scope.running;
    checkQuiet(scope);
}

const char *FlowInvoker::spanStatus(NodeExec::State state)
{
    switch (state) {
    case NodeExec::State::Done:
        return "ok";
    case NodeExec::State::Failed:
        return "error";
    case NodeExec::State::Skipped:
        return "skipped";
    case NodeExec::State::Waiting:
    case NodeExec::State::Running:
        break;
    }
    return "running";
}

void FlowInvoker::startMap(FlowScope &scope, int node)
{
    NodeExec &n = scope.nodes[size_t(node)];
    const PlanNode &p = m_plan.nodes[size_t(node)];
    ++n.attempts;
    QJsonValue items = n.input;
    if (!p.expression.isNull()) {
        auto value = p.expression.evaluate(n.input, scope.run->variables);
        if (!value)
            return fail(scope, node, Protocol::StatusFlowError,
                        "the map's expression failed: " + value.errorMessage().toStdString());
        items = std::move(*value);
    }
    if (!items.isArray())
        return fail(scope, node, Protocol::StatusFlowError,
                    std::string("the map's items must be an array, not ") + (items.isObject() ? "an object"
                                                                             : items.isString()
                                                                                 ? "a string"
                                                                                 : "a scalar"));
    n.map = std::make_unique<MapExec>();
    n.map->items = items.toArray();
    n.map->results.resize(size_t(n.map->items.size()));
    n.map->elements.resize(size_t(n.map->items.size()));
    if (n.map->items.isEmpty())
        return succeed(scope, node, QJsonArray());
    armTimer(scope, node, NodeExec::TimerKind::Map, std::chrono::milliseconds(p.timeoutMs));
    launchElements(scope, node);
}

void FlowInvoker::launchElements(FlowScope &scope, int node)
{
    NodeExec &n = scope.nodes[size_t(node)];
    const PlanNode &p = m_plan.nodes[size_t(node)];
    MapExec &map = *n.map;
    if (map.launching) // elements that finish at once are followed up by the loop below
        return;
    map.launching = true;
    const int count = int(map.items.size());
    while (!scope.closed && !map.failed && map.inFlight < p.concurrency && map.nextElement < count) {
        const int index = map.nextElement++;
        auto element = std::make_unique<FlowScope>();
        element->run = scope.run;
        element->parent = &scope;
        element->mapNode = node;
        element->element = index;
        element->parentSpanId = n.spanId;
        element->nodes.resize(m_plan.nodes.size());
        for (size_t i = 0; i < m_plan.nodes.size(); ++i)
            element->nodes[i].remaining = m_plan.nodes[i].incoming;
        FlowScope &e = *element;
        map.elements[size_t(index)] = std::move(element);
        ++map.inFlight;
        ++e.running;
        deliver(e, p.bodyTarget, node, map.items[index]);
        releaseHold(e);
    }
    map.launching = false;
    if (!scope.closed && !map.failed && map.done == count && n.state == NodeExec::State::Running) {
        QJsonArray results;
        for (QJsonValue &v : map.results)
            results.append(std::move(v));
        succeed(scope, node, results);
    }
}

void FlowInvoker::elementDone(FlowScope &element, bool ok, QJsonValue result, const char *status,
                              const std::string &error)
{
    if (element.closed)
        return;
    cancelScope(element); // closes it; anything still running in it is abandoned
    FlowScope &scope = *element.parent;
    const int node = element.mapNode;
    NodeExec &n = scope.nodes[size_t(node)];
    MapExec &map = *n.map;
    const int index = element.element;
    m_retired.push_back(std::move(map.elements[size_t(index)])); // freed after this event
    --map.inFlight;
    if (scope.closed || map.failed)
        return;
    if (!ok) {
        map.failed = true;
        for (auto &other : map.elements) {
            if (other)
                cancelScope(*other);
        }
        stopTimer(n.timer);
        return attemptFailed(scope, node, status, "element " + std::to_string(index) + ": " + error);
    }
    map.results[size_t(index)] = std::move(result);
    ++map.done;
    launchElements(scope, node);
}

void FlowInvoker::checkQuiet(FlowScope &scope)
{
    if (scope.closed || scope.running > 0)
        return;
    if (scope.parent)
        return elementDone(scope, true, scope.hasResult ? scope.result : QJsonValue(), Protocol::StatusOk,
                           {});
    std::string last;
    int64_t lastEnd = 0;
    for (size_t i = 0; i < scope.nodes.size(); ++i) {
        const NodeExec &n = scope.nodes[i];
        if (n.state != NodeExec::State::Skipped && n.endUs >= lastEnd &&
            n.state != NodeExec::State::Waiting) {
            lastEnd = n.endUs;
            last = m_plan.nodes[i].id;
        }
    }
    finishRun(*scope.run, Protocol::StatusFlowError, {},
              "the run stopped after node " + last + " without reaching an end node", last);
}

void FlowInvoker::cancelScope(FlowScope &scope)
{
    scope.closed = true;
    if (!scope.run->paused.empty())
        dropPauses(*scope.run, &scope, "cancelled");
    for (NodeExec &n : scope.nodes) {
        if (n.call) {
            m_calls.erase(n.call);
            n.call = 0;
        }
        stopTimer(n.timer);
        if (n.map) {
            for (auto &element : n.map->elements) {
                if (element && !element->closed)
                    cancelScope(*element);
            }
        }
    }
}

// --- the end of a run ------------------------------------------------------------------

void FlowInvoker::finishRun(FlowRun &run, const char *status, QJsonValue output, std::string error,
                            std::string failedNode)
{
    if (run.finished)
        return;
    run.finished = true;
    run.status = status;
    run.output = std::move(output);
    run.error = std::move(error);
    run.failedNode = std::move(failedNode);
    if (!run.paused.empty())
        dropPauses(run, nullptr, run.status == Protocol::StatusAborted ? "aborted" : "finished");
    if (run.replay) {
        --m_replays;
        updateIntercept();
    }
    cancelScope(*run.top);
    stopTimer(run.timeout);
    run.endUs = nowUs();
    run.durationUs =
        std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - run.started).count();
    reply(run);
    ++(run.status == Protocol::StatusOk ? m_completed : m_failed);
    // The trace and the record are built and sent a few milliseconds later, in a batch: the
    // reply leaves in a write of its own, and the broker routes it before it files the run's
    // durable copy (0.1 ms of a run's 1.5 at 1 request/s, docs/benchmarks.md "Flows").
    const auto it = m_runs.find(run.seq);
    m_answered.push_back(std::move(it->second));
    m_runs.erase(it);
    if (m_answered.size() >= AnsweredBatchRuns)
        publishAnswered();
    else if (!m_answeredTimer)
        m_answeredTimer = m_reactor.addTimer(Clock::now() + AnsweredBatchDelay, [this]() {
            m_answeredTimer = 0;
            publishAnswered();
            collectFinished();
        });
}

void FlowInvoker::publishAnswered()
{
    stopTimer(m_answeredTimer);
    for (const std::unique_ptr<FlowRun> &run : m_answered) {
        publishTrace(*run);
        if (m_config.record == FlowSpec::Record::All ||
            (m_config.record == FlowSpec::Record::Failed && run->status != Protocol::StatusOk))
            recordRun(*run);
    }
    flushRecords();
    // The run that filled the batch is still on the stack of the event that ended it.
    std::move(m_answered.begin(), m_answered.end(), std::back_inserter(m_finished));
    m_answered.clear();
}

void FlowInvoker::reply(FlowRun &run)
{
    const char *replyTo = natsMsg_GetReply(run.request.get());
    if (!replyTo || !*replyTo)
        return;
    const bool ok = run.status == Protocol::StatusOk;
    const QByteArray body = ok ? JsonPayload::toPayload(run.output) : QByteArray::fromStdString(run.error);
    natsMsg *raw = nullptr;
    if (natsMsg_Create(&raw, replyTo, nullptr, body.constData(), body.size()) != NATS_OK)
        return;
    NatsMsgPtr m(raw);
    const std::string duration = std::to_string(run.durationUs);
    natsMsgHeader_Set(m.get(), Protocol::StatusHeader, run.status.c_str());
    natsMsgHeader_Set(m.get(), Protocol::DurationHeader, duration.c_str());
    natsMsgHeader_Set(m.get(), Protocol::FunctionHeader, m_config.flow.c_str());
    if (!run.runId.empty()) {
        natsMsgHeader_Set(m.get(), Protocol::RequestIdHeader, run.runId.c_str());
        natsMsgHeader_Set(m.get(), Protocol::RunIdHeader, run.runId.c_str());
    }
    if (!run.traceId.empty())
        natsMsgHeader_Set(m.get(), Protocol::TraceIdHeader, run.traceId.c_str());
    if (!run.failedNode.empty())
        natsMsgHeader_Set(m.get(), Protocol::FailedNodeHeader, run.failedNode.c_str());
    if (natsConnection_PublishMsg(m_conn.get(), m.get()) == NATS_MAX_PAYLOAD) {
        const std::string why = "output-too-large: the run's result of " + std::to_string(body.size()) +
                                " bytes exceeds the broker's max_payload";
        natsMsg *errRaw = nullptr;
        natsMsg_Create(&errRaw, replyTo, nullptr, why.data(), int(why.size()));
        NatsMsgPtr err(errRaw);
        natsMsgHeader_Set(err.get(), Protocol::StatusHeader, Protocol::StatusOutputTooLarge);
        natsMsgHeader_Set(err.get(), Protocol::RunIdHeader, run.runId.c_str());
        natsConnection_PublishMsg(m_conn.get(), err.get());
    }
}

void FlowInvoker::recordSpan(FlowScope &scope, int node)
{
    FlowRun &run = *scope.run;
    NodeExec &n = scope.nodes[size_t(node)];
    const bool settled = n.state != NodeExec::State::Running;
    if (settled) {
        NodeRecord r;
        r.node = node;
        r.element = scope.element;
        r.spanId = n.spanId;
        r.parentSpanId = scope.parentSpanId;
        r.startUs = n.startUs;
        r.endUs = n.endUs;
        r.status = n.replayed ? "replayed" : spanStatus(n.state);
        r.code = n.code;
        r.error = n.error;
        r.attempts = n.attempts;
        if (n.state != NodeExec::State::Skipped) {
            r.input = n.input;
            r.output = n.output;
        }
        run.records.push_back(std::move(r));
    }
    if (!run.live)
        return;
    std::string event = settled ? "{\"event\":\"end\",\"span\":" : "{\"event\":\"start\",\"span\":";
    if (settled) {
        appendSpan(event, run, run.records.back());
    } else {
        NodeRecord r;
        r.node = node;
        r.element = scope.element;
        r.spanId = n.spanId;
        r.parentSpanId = scope.parentSpanId;
        r.startUs = n.startUs;
        r.status = "running";
        appendSpan(event, run, r);
    }
    event += '}';
    const std::string subject = std::string(Protocol::TraceSubjectPrefix) + m_config.flow;
    natsConnection_Publish(m_conn.get(), subject.c_str(), event.data(), int(event.size()));
}

void FlowInvoker::appendSpan(std::string &out, const FlowRun &run, const NodeRecord &r) const
{
    const PlanNode &p = m_plan.nodes[size_t(r.node)];
    out += '{';
    textField(out, "traceId", run.traceId);
    textField(out, "spanId", hex64(r.spanId));
    textField(out, "parentSpanId", hex64(r.parentSpanId));
    textField(out, "runId", run.runId);
    textField(out, "flow", m_config.flow);
    textField(out, "node", p.id);
    textField(out, "kind", p.kindName);
    if (!p.function.empty())
        textField(out, "function", p.function);
    if (r.element >= 0)
        numberField(out, "element", r.element);
    numberField(out, "startUs", r.startUs);
    numberField(out, "endUs", r.endUs);
    textField(out, "status", r.status);
    if (!r.code.empty())
        textField(out, "code", r.code);
    if (!r.error.empty())
        textField(out, "error", utf8Head(r.error, ErrorBodyLimit));
    if (r.attempts > 0)
        numberField(out, "attempts", r.attempts);
    out += '}';
}

// What the trace document and the run's record both begin with.
void FlowInvoker::appendRunSummary(std::string &out, const FlowRun &run) const
{
    textField(out, "runId", run.runId);
    textField(out, "flow", m_config.flow);
    textField(out, "traceId", run.traceId);
    textField(out, "status", run.status);
    if (!run.failedNode.empty())
        textField(out, "failedNode", run.failedNode);
    if (!run.error.empty())
        textField(out, "error", utf8Head(run.error, ErrorBodyLimit));
}

std::string FlowInvoker::spansJson(const FlowRun &run) const
{
    std::string out = "[{";
    textField(out, "traceId", run.traceId);
    textField(out, "spanId", hex64(run.spanId));
    textField(out, "runId", run.runId);
    textField(out, "flow", m_config.flow);
    textField(out, "kind", "run");
    numberField(out, "startUs", run.startUs);
    numberField(out, "endUs", run.endUs);
    textField(out, "status", run.status == Protocol::StatusOk ? "ok" : "error");
    if (run.status != Protocol::StatusOk)
        textField(out, "code", run.status);
    if (!run.error.empty())
        textField(out, "error", utf8Head(run.error, ErrorBodyLimit));
    out += '}';
    for (const NodeRecord &r : run.records) {
        out += ',';
        appendSpan(out, run, r);
    }
    out += ']';
    return out;
}

void FlowInvoker::publishTrace(FlowRun &run)
{
    run.spans = spansJson(run);
    std::string doc = "{";
    appendRunSummary(doc, run);
    numberField(doc, "durationUs", run.durationUs);
    field(doc, "spans");
    doc += run.spans;
    doc += '}';
    const std::string subject = std::string(Protocol::TraceSubjectPrefix) + m_config.flow;
    natsConnection_Publish(m_conn.get(), subject.c_str(), doc.data(), int(doc.size()));
}

// One datastore object per run, registered with the run's TTL by the same message: every
// node's input and output (by reference to size when large) and the spans.
// Records go to the datastore in batches (its "record" operation, docs/datastore.md): one
// message per few milliseconds instead of one per run, written there without waiting per run
// (publishAnswered).
void FlowInvoker::recordRun(FlowRun &run)
{
    std::string doc = runRecord(run, true);
    if (doc.size() > m_config.maxRecordBytes / 2) {
        ++m_recordsTooLarge;
        doc = runRecord(run, false); // still says what ran, how, and how large the data was
    }
    // The same document for durable recording (a JetStream stream keeps stratus.runs.>).
    const std::string runs = std::string(Protocol::RunSubjectPrefix) + m_config.flow;
    natsConnection_Publish(m_conn.get(), runs.c_str(), doc.data(), int(doc.size()));
    std::string header = "{";
    textField(header, "run", run.runId);
    numberField(header, "ttlMs", m_plan.ttlMs);
    textField(header, "object", Protocol::RunRecordObject);
    numberField(header, "size", int64_t(doc.size()));
    header += "}\n";
    if (m_recordBatch.size() + header.size() + doc.size() > m_config.maxRecordBytes)
        flushRecords();
    m_recordBatch += header;
    m_recordBatch += doc;
}

void FlowInvoker::flushRecords()
{
    if (m_recordBatch.empty())
        return;
    // Published without a reply subject: the datastore logs what it could not keep, and the
    // run was answered long before.
    const std::string subject = std::string(Protocol::DatastorePrefix) + ".record";
    natsConnection_Publish(m_conn.get(), subject.c_str(), m_recordBatch.data(), int(m_recordBatch.size()));
    m_recordBatch.clear();
}

std::string FlowInvoker::runRecord(const FlowRun &run, bool withPayloads) const
{
    const auto value = [withPayloads](std::string &out, const char *name, const QJsonValue &v) {
        if (withPayloads)
            return valueField(out, name, v);
        field(out, name);
        out += "{\"truncated\":true,\"bytes\":" + std::to_string(JsonPayload::toJson(v).size()) + "}";
    };
    std::string doc = "{";
    appendRunSummary(doc, run);
    numberField(doc, "startUs", run.startUs);
    value(doc, "input", run.input);
    if (run.status == Protocol::StatusOk)
        value(doc, "output", run.output);
    field(doc, "spans");
    doc += run.spans;
    field(doc, "nodes");
    doc += '[';
    bool first = true;
    for (const NodeRecord &r : run.records) {
        if (r.status == "skipped")
            continue;
        doc += first ? "{" : ",{";
        first = false;
        textField(doc, "node", m_plan.nodes[size_t(r.node)].id);
        if (r.element >= 0)
            numberField(doc, "element", r.element);
        textField(doc, "status", r.status);
        value(doc, "input", r.input);
        if (r.status == "ok" || r.status == "replayed")
            value(doc, "output", r.output);
        doc += '}';
    }
    doc += "]}";
    return doc;
}

void FlowInvoker::collectFinished()
{
    for (;;) {
        m_finished.clear();
        m_retired.clear();
        if (m_queue.empty() || m_runs.size() >= size_t(m_config.maxConcurrency))
            return;
        NatsMsgPtr next = std::move(m_queue.front());
        m_queue.pop_front();
        startRun(std::move(next));
    }
}

// --- debugging (docs/flows.md, "Debugging") -------------------------------------------------

void FlowInvoker::publishDebug(const char *suffix, const std::string &doc)
{
    const std::string subject = std::string(Protocol::DebugSubjectPrefix) + m_config.flow + suffix;
    natsConnection_Publish(m_conn.get(), subject.c_str(), doc.data(), int(doc.size()));
}

void FlowInvoker::debugWarning(const std::string &session, const std::string &runId, const std::string &node,
                               const std::string &warning)
{
    logLine("flow " + m_config.flow + ": debug session " + session + ": " + warning);
    std::string doc = "{";
    textField(doc, "session", session);
    textField(doc, "flow", m_config.flow);
    if (!runId.empty())
        textField(doc, "runId", runId);
    if (!node.empty())
        textField(doc, "node", node);
    textField(doc, "warning", warning);
    textField(doc, "invoker", m_config.invokerId);
    doc += '}';
    publishDebug(Protocol::DebugWarningSuffix, doc);
}

// {"session": "S", "breakpoints": [{"node": "route", "condition": "input.n > 3"}], "ttlMs": 30000}
void FlowInvoker::takeBreakpoints(NatsMsgPtr msg)
{
    const QJsonObject doc =
        JsonPayload::toValue(QByteArrayView(natsMsg_GetData(msg.get()), natsMsg_GetDataLength(msg.get())))
            .toObject();
    const std::string session = doc.value(QLatin1String("session")).toString().toStdString();
    if (session.empty()) {
        logLine("flow " + m_config.flow + ": ignoring breakpoints without a \"session\"");
        return;
    }
    const QJsonArray list = doc.value(QLatin1String("breakpoints")).toArray();
    if (list.isEmpty())
        return dropSession(session, "cleared");
    std::vector<Breakpoint> breakpoints;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const std::string id = o.value(QLatin1String("node")).toString().toStdString();
        Breakpoint b;
        b.node = m_plan.find(id);
        if (b.node < 0) {
            debugWarning(session, {}, id,
                         "breakpoint on node \"" + id + "\": flow " + m_config.flow + " has no such node");
            continue;
        }
        const QString condition = o.value(QLatin1String("condition")).toString().trimmed();
        if (!condition.isEmpty()) {
            auto parsed = FlowExpression::parse(condition, {QStringLiteral("input"), QStringLiteral("run")});
            if (!parsed) {
                debugWarning(session, {}, id,
                             "breakpoint on node " + id +
                                 ": its condition does not parse, so it never pauses: " +
                                 parsed.errorMessage().toStdString());
                continue;
            }
            b.expression = std::move(*parsed);
            b.condition = condition.toStdString();
        }
        breakpoints.push_back(std::move(b));
    }
    const int ttlMs = std::clamp(doc.value(QLatin1String("ttlMs")).toInt(30000), 1000, 600000);
    DebugSession &s = m_sessions[session];
    s.breakpoints = std::move(breakpoints);
    stopTimer(s.expiry);
    s.expiry = m_reactor.addTimer(Clock::now() + std::chrono::milliseconds(ttlMs), [this, session]() {
        if (const auto it = m_sessions.find(session); it != m_sessions.end())
            it->second.expiry = 0; // fired: nothing to cancel
        dropSession(session, "expired");
        collectFinished();
    });
    updateIntercept();
}

// A session that cleared its breakpoints or stopped re-sending them: the runs it holds go on.
void FlowInvoker::dropSession(const std::string &session, const char *reason)
{
    const auto it = m_sessions.find(session);
    if (it == m_sessions.end())
        return;
    stopTimer(it->second.expiry);
    m_sessions.erase(it);
    updateIntercept();
    releaseAll(reason, session);
}

void FlowInvoker::releaseAll(const char *reason, const std::string &session)
{
    std::vector<std::string> runs;
    for (const auto &[runId, run] : m_pausedRuns)
        runs.push_back(runId);
    for (const std::string &runId : runs) {
        // Each resume may end the run, pause it elsewhere or end other pauses: look again each time.
        for (size_t i = 0;;) {
            const auto it = m_pausedRuns.find(runId);
            if (it == m_pausedRuns.end() || i >= it->second->paused.size())
                break;
            FlowRun &run = *it->second;
            if (!session.empty() && run.paused[i].session != session) {
                ++i;
                continue;
            }
            resume(run, i, Resume::Continue, nullptr, reason);
        }
    }
}

bool FlowInvoker::intercept(FlowScope &scope, int node, QJsonValue &input)
{
    FlowRun &run = *scope.run;
    if (run.replay && !scope.parent && run.replay->upstream[size_t(node)]) {
        replayNode(scope, node, std::move(input));
        return true;
    }
    if (m_sessions.empty() || m_draining)
        return false;
    if (!run.stepSession.empty()) {
        const std::string session = std::exchange(run.stepSession, {});
        if (m_sessions.count(session)) {
            pause(scope, node, std::move(input), session, "step", {});
            return true;
        }
    }
    for (auto &[session, s] : m_sessions) {
        for (Breakpoint &b : s.breakpoints) {
            if (b.node != node)
                continue;
            if (!b.expression.isNull()) {
                auto holds = b.expression.evaluate(input, run.variables);
                if (!holds) {
                    if (!std::exchange(b.warned, true))
                        debugWarning(
                            session, run.runId, m_plan.nodes[size_t(node)].id,
                            "the condition of the breakpoint on node " + m_plan.nodes[size_t(node)].id +
                                " failed, so it did not pause: " + holds.errorMessage().toStdString());
                    continue;
                }
                if (!FlowExpression::isTruthy(*holds))
                    continue;
            }
            pause(scope, node, std::move(input), session, "breakpoint", b.condition);
            return true;
        }
    }
    return false;
}

// A node before the re-run's start node: its recorded output stands in for running it.
void FlowInvoker::replayNode(FlowScope &scope, int node, QJsonValue input)
{
    const Replay &replay = *scope.run->replay;
    const auto recorded = replay.outputs.find(node);
    if (recorded == replay.outputs.end())
        return skip(scope, node);
    NodeExec &n = scope.nodes[size_t(node)];
    const PlanNode &p = m_plan.nodes[size_t(node)];
    startNode(scope, node, std::move(input));
    n.replayed = true;
    if (p.kind == FlowNodeKind::Choice) {
        // Towards the start node, through nodes that have a recorded output, whatever the
        // conditions say: the user chose where the re-run goes.
        for (size_t i = 0; i < p.next.size() && n.chosen < 0; ++i) {
            const int target = p.next[i].target;
            if (target == replay.startAt || (replay.upstream[size_t(target)] && replay.outputs.count(target)))
                n.chosen = int(i);
        }
        if (n.chosen < 0)
            return chooseBranch(scope, node);
    }
    succeed(scope, node, recorded->second);
}

void FlowInvoker::pause(FlowScope &scope, int node, QJsonValue input, const std::string &session,
                        const char *reason, const std::string &condition)
{
    FlowRun &run = *scope.run;
    NodeExec &n = scope.nodes[size_t(node)];
    n.input = std::move(input);
    ++scope.running; // held while paused, so the scope is not taken for quiet
    run.paused.push_back(PausePoint{&scope, node, session});
    m_pausedRuns[run.runId] = &run;
    if (!run.suspended)
        suspendTimers(run);
    std::string doc = "{";
    textField(doc, "session", session);
    textField(doc, "runId", run.runId);
    textField(doc, "flow", m_config.flow);
    textField(doc, "traceId", run.traceId);
    textField(doc, "node", m_plan.nodes[size_t(node)].id);
    if (scope.element >= 0)
        numberField(doc, "element", scope.element);
    textField(doc, "reason", reason);
    if (!condition.empty())
        textField(doc, "condition", condition);
    valueField(doc, "input", n.input, InlineLimit); // as much as a function call carries inline
    textField(doc, "control", std::string(Protocol::DebugControlPrefix) + run.runId);
    textField(doc, "invoker", m_config.invokerId);
    doc += '}';
    publishDebug(Protocol::DebugPausedSuffix, doc);
}

void FlowInvoker::resume(FlowRun &run, size_t point, Resume how, const QJsonValue *input, const char *reason)
{
    const PausePoint p = run.paused[point];
    run.paused.erase(run.paused.begin() + std::ptrdiff_t(point));
    if (run.paused.empty()) {
        m_pausedRuns.erase(run.runId);
        resumeTimers(run);
    }
    std::string doc = "{";
    textField(doc, "session", p.session);
    textField(doc, "runId", run.runId);
    textField(doc, "flow", m_config.flow);
    textField(doc, "node", m_plan.nodes[size_t(p.node)].id);
    if (p.scope->element >= 0)
        numberField(doc, "element", p.scope->element);
    textField(doc, "reason", reason);
    textField(doc, "invoker", m_config.invokerId);
    doc += '}';
    publishDebug(Protocol::DebugResumedSuffix, doc);
    if (how == Resume::Step)
        run.stepSession = p.session;
    QJsonValue value = input ? *input : std::move(p.scope->nodes[size_t(p.node)].input);
    runNode(*p.scope, p.node, std::move(value));
    releaseHold(*p.scope);
}

// The run ends (scope null) or one of its map elements does: what was paused there is gone.
void FlowInvoker::dropPauses(FlowRun &run, FlowScope *scope, const char *reason)
{
    for (size_t i = 0; i < run.paused.size();) {
        const PausePoint p = run.paused[i];
        if (scope && p.scope != scope) {
            ++i;
            continue;
        }
        run.paused.erase(run.paused.begin() + std::ptrdiff_t(i));
        std::string doc = "{";
        textField(doc, "session", p.session);
        textField(doc, "runId", run.runId);
        textField(doc, "flow", m_config.flow);
        textField(doc, "node", m_plan.nodes[size_t(p.node)].id);
        if (p.scope->element >= 0)
            numberField(doc, "element", p.scope->element);
        textField(doc, "reason", reason);
        textField(doc, "invoker", m_config.invokerId);
        doc += '}';
        publishDebug(Protocol::DebugResumedSuffix, doc);
    }
    if (run.paused.empty()) {
        m_pausedRuns.erase(run.runId);
        resumeTimers(run);
    }
}

namespace {

template <typename F> void forEachScope(FlowScope &scope, const F &f)
{
    if (scope.closed)
        return;
    f(scope);
    for (NodeExec &n : scope.nodes) {
        if (!n.map)
            continue;
        for (auto &element : n.map->elements) {
            if (element)
                forEachScope(*element, f);
        }
    }
}

} // namespace

// While a debugger holds a run, none of its deadlines passes: the run's timeoutMs, attempts in
// flight, retry backoffs and map timeouts keep what they had left. Calls in flight still
// complete, and other branches go on up to their own breakpoints.
void FlowInvoker::suspendTimers(FlowRun &run)
{
    const auto now = Clock::now();
    run.suspended = true;
    if (run.timeout) {
        run.timeoutLeft = std::max(Clock::duration::zero(), run.deadline - now);
        stopTimer(run.timeout);
    }
    forEachScope(*run.top, [&](FlowScope &scope) {
        for (NodeExec &n : scope.nodes) {
            if (!n.timer || n.timer == SuspendedTimer)
                continue;
            n.timerLeft = std::max(Clock::duration::zero(), n.deadline - now);
            m_reactor.cancelTimer(n.timer);
            n.timer = SuspendedTimer;
        }
    });
}

void FlowInvoker::resumeTimers(FlowRun &run)
{
    if (!run.suspended)
        return;
    run.suspended = false;
    if (run.finished)
        return;
    run.deadline = Clock::now() + run.timeoutLeft;
    run.timeout = m_reactor.addTimer(run.deadline, [this, &run]() { onRunTimeout(run); });
    forEachScope(*run.top, [&](FlowScope &scope) {
        for (size_t i = 0; i < scope.nodes.size(); ++i) {
            NodeExec &n = scope.nodes[i];
            if (n.timer == SuspendedTimer)
                armTimer(scope, int(i), n.timerKind, n.timerLeft);
        }
    });
}

// A request on stratus.debug.run.RUN: {"action": "continue"|"step"|"abort", "node"?, "element"?,
// "input"?}. Only the replica holding the run answers.
void FlowInvoker::takeControl(NatsMsgPtr msg)
{
    const std::string subject = natsMsg_GetSubject(msg.get());
    const std::string runId = subject.substr(std::strlen(Protocol::DebugControlPrefix));
    const auto it = m_pausedRuns.find(runId);
    const char *replyTo = natsMsg_GetReply(msg.get());
    if (it == m_pausedRuns.end() || !replyTo || !*replyTo)
        return;
    FlowRun &run = *it->second;
    const auto answer = [&](const std::string &error) {
        std::string doc = error.empty() ? "{\"ok\":true" : "{\"ok\":false";
        if (!error.empty())
            textField(doc, "error", error);
        textField(doc, "invoker", m_config.invokerId);
        doc += '}';
        natsConnection_Publish(m_conn.get(), replyTo, doc.data(), int(doc.size()));
    };
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(
        QByteArray(natsMsg_GetData(msg.get()), natsMsg_GetDataLength(msg.get())), &parseError);
    if (!json.isObject())
        return answer("the control request is not a JSON object: " + parseError.errorString().toStdString());
    const QJsonObject o = json.object();
    const std::string action = o.value(QLatin1String("action")).toString().toStdString();
    const std::string node = o.value(QLatin1String("node")).toString().toStdString();
    const int element = o.value(QLatin1String("element")).toInt(-1);
    const bool hasInput = o.contains(QLatin1String("input"));
    const QJsonValue input = o.value(QLatin1String("input"));
    if (action != "continue" && action != "step" && action != "abort")
        return answer("unknown action \"" + action + "\" (continue, step or abort)");

    std::vector<std::pair<FlowScope *, int>> targets; // which pause points, by identity
    std::string where;
    for (const PausePoint &p : run.paused) {
        const std::string &id = m_plan.nodes[size_t(p.node)].id;
        where += (where.empty() ? "" : ", ") + id +
                 (p.scope->element >= 0 ? " (element " + std::to_string(p.scope->element) + ")" : "");
        if ((node.empty() || node == id) && (element < 0 || element == p.scope->element))
            targets.emplace_back(p.scope, p.node);
    }
    if (targets.empty()) {
        std::string wanted = node.empty() ? std::string() : "node " + node;
        if (element >= 0)
            wanted += (wanted.empty() ? "element " : " element ") + std::to_string(element);
        return answer("run " + runId + " is not paused at " + wanted + "; it is paused at " + where);
    }
    if (hasInput && targets.size() > 1)
        return answer("run " + runId + " is paused at " + where + ": say which node the edited input is for");
    if (action == "abort") {
        answer({});
        const std::string at = m_plan.nodes[size_t(targets.front().second)].id;
        finishRun(run, Protocol::StatusAborted, {}, "aborted by the debugger at node " + at, at);
        return;
    }
    answer({});
    const std::string keep = run.runId; // the run may end while its pauses are resumed
    for (const auto &[scope, target] : targets) {
        const auto found = m_pausedRuns.find(keep);
        if (found == m_pausedRuns.end())
            break;
        FlowRun &r = *found->second;
        for (size_t i = 0; i < r.paused.size(); ++i) {
            if (r.paused[i].scope == scope && r.paused[i].node == target) {
                resume(r, i, action == "step" ? Resume::Step : Resume::Continue, hasInput ? &input : nullptr,
                       action == "step" ? "step" : "continue");
                break;
            }
        }
    }
}

// The body of a re-run: {"input": RUN INPUT, "outputs": {NODE: OUTPUT, ...}, "truncated": [NODE]}
std::unique_ptr<Replay> FlowInvoker::prepareReplay(const std::string &node, natsMsg *request,
                                                   QJsonValue &input, std::string &error) const
{
    auto replay = std::make_unique<Replay>();
    replay->startAt = m_plan.find(node);
    if (replay->startAt < 0) {
        error = "the flow has no such node";
        return nullptr;
    }
    if (m_plan.nodes[size_t(replay->startAt)].inMapBody) {
        error = "the node is inside a map's sub-path (it runs once per element); re-run from the map node";
        return nullptr;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray(natsMsg_GetData(request), natsMsg_GetDataLength(request)), &parseError);
    if (!doc.isObject()) {
        error = "the body must be {\"input\": ..., \"outputs\": {\"NODE\": OUTPUT, ...}}" +
                (parseError.error != QJsonParseError::NoError ? ": " + parseError.errorString().toStdString()
                                                              : std::string());
        return nullptr;
    }
    const QJsonObject body = doc.object();
    input = body.value(QLatin1String("input"));
    if (input.isUndefined())
        input = QJsonValue();
    const QJsonObject outputs = body.value(QLatin1String("outputs")).toObject();
    const QJsonArray truncated = body.value(QLatin1String("truncated")).toArray();
    replay->upstream = m_plan.upstreamOf(replay->startAt);
    for (size_t i = 0; i < m_plan.nodes.size(); ++i) {
        if (!replay->upstream[i])
            continue;
        const QString id = QString::fromStdString(m_plan.nodes[i].id);
        if (truncated.contains(id)) {
            error = "the record keeps only the size of node " + m_plan.nodes[i].id +
                    "'s output (over 64 KiB), so it cannot be replayed";
            return nullptr;
        }
        if (outputs.contains(id))
            replay->outputs.emplace(int(i), outputs.value(id));
    }
    const PlanNode &start = m_plan.nodes[size_t(replay->startAt)];
    if (replay->startAt != m_plan.start &&
        std::none_of(start.sources.begin(), start.sources.end(),
                     [&](int s) { return replay->outputs.count(s) > 0; })) {
        std::string before;
        for (int s : start.sources)
            before += (before.empty() ? "" : ", ") + m_plan.nodes[size_t(s)].id;
        error =
            "none of the nodes before it (" + before + ") has a recorded output in the request's \"outputs\"";
        return nullptr;
    }
    return replay;
}

// --- shutdown ----------------------------------------------------------------------

void FlowInvoker::beginDrain()
{
    if (m_draining)
        return;
    m_draining = true;
    releaseAll("draining"); // a debugger must not keep a replica from stopping
    logLine("flow invoker " + m_config.invokerId + ": draining (finishing " +
            std::to_string(m_runs.size() + m_queue.size()) + " runs)");
    m_drainDeadline = Clock::now() + std::chrono::milliseconds(StopBudget::drainMs(m_plan.timeoutMs));
    if (m_sub && natsSubscription_Drain(m_sub.get()) == NATS_OK)
        return checkDrained();
    m_subscriptionDone = true;
    checkDrained();
}

void FlowInvoker::checkDrained()
{
    takeIncoming();
    const bool idle = m_subscriptionDone && m_queue.empty() && m_runs.empty();
    if (idle || Clock::now() > m_drainDeadline) {
        publishAnswered();
        m_reactor.quit();
        return;
    }
    m_reactor.addTimer(Clock::now() + std::chrono::milliseconds(20), [this]() { checkDrained(); });
}

} // namespace Stratus::Invoker
