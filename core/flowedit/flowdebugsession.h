#pragma once

#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

namespace Stratus {

// A breakpoint on a flow's node: runs pause before the node starts when condition (a
// FlowExpression over `input`, the node's input, and `run`) holds; empty = always.
struct FlowBreakpoint
{
    QString node;
    QString condition;
    bool operator==(const FlowBreakpoint &) const = default;
};

// A run a flow invoker holds before a node (docs/flows.md, "Debugging").
struct PausedRun
{
    QString session;
    QString runId;
    QString flow;
    QString node;
    int element = -1;  // inside a map's sub-path: the element's index
    QString reason;    // "breakpoint" or "step"
    QString condition; // the breakpoint's, when it has one
    QJsonValue input;  // the node's input, or {"truncated": true, "bytes": N, "head": ...} above 256 KiB
    bool inputTruncated = false;
    QString control; // the subject its continue/step/abort requests go to
    QString invoker;
    QString traceId;

    static std::optional<PausedRun> fromJson(const QJsonObject &object);
};

struct FlowDebugShared; // what nats.c's threads hand over, defined in flowdebugsession.cpp

// The workbench's side of the flow debugging protocol (docs/flows.md, "Debugging"): sets
// breakpoints for flows (and keeps them alive: invokers forget a session that stops re-sending
// them), reports runs that pause, continues, steps or aborts them, and re-runs a flow from a
// node with a recorded run's data. Nothing here blocks the caller's thread: connecting and
// closing run on the thread pool, requests are asynchronous, and nats.c's threads only queue
// what they receive for the session's thread.
class FlowDebugSession : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, Failed };
    Q_ENUM(State)

    explicit FlowDebugSession(QObject *parent = nullptr);
    ~FlowDebugSession() override; // releases the runs it holds

    // Breakpoints set before connecting are sent once connected.
    void connectTo(const QString &natsUrl);
    // Clears this session's breakpoints on the broker (its paused runs continue) and closes.
    void disconnectFromBroker();
    State state() const { return m_state; }
    QString errorString() const { return m_error; }
    QString sessionId() const { return m_sessionId; }

    // How long invokers keep this session's breakpoints without hearing from it; re-sent every
    // third of that. 1000-600000 ms.
    int ttlMs() const { return m_ttlMs; }
    void setTtlMs(int ms);
    void setControlTimeoutMs(int ms) { m_controlTimeoutMs = ms; }

    // Replaces the flow's breakpoints (empty: none; runs paused by them continue). Refuses a
    // condition that does not parse, naming the node and the column.
    Status setBreakpoints(const QString &flow, const QList<FlowBreakpoint> &breakpoints);
    QList<FlowBreakpoint> breakpoints(const QString &flow) const { return m_breakpoints.value(flow); }
    QList<PausedRun> pausedRuns() const { return m_paused.values(); }

    // Control a paused run (node/element: which of its paused nodes; empty/-1: all of them).
    // input: the edited payload as JSON text, which replaces the node's input. The result
    // arrives as controlFinished(request id, ...); an input that is not JSON is refused here.
    Result<quint64> continueRun(const QString &runId, const QString &node = {}, int element = -1,
                                const std::optional<QByteArray> &input = std::nullopt);
    Result<quint64> step(const QString &runId, const QString &node = {}, int element = -1,
                         const std::optional<QByteArray> &input = std::nullopt);
    Result<quint64> abort(const QString &runId, const QString &node = {});

    // The request body that re-runs a flow from node with the outputs a recorded run (the
    // flow-run record, docs/flows.md) has for the nodes before it.
    static Result<QByteArray> rerunBody(const QJsonObject &record, const QString &node);
    // Sends it on the flow's trigger (default flow.FLOW) with Stratus-Start-At: node and live
    // tracing; the run's reply arrives as rerunFinished(request id, ...).
    Result<quint64> rerunFrom(const QString &flow, const QJsonObject &record, const QString &node,
                              const QString &trigger = {}, int timeoutMs = 60000);

signals:
    void stateChanged(Stratus::FlowDebugSession::State state);
    void paused(const Stratus::PausedRun &run);
    // reason: continue, step, expired, cleared, aborted, finished, cancelled, draining
    void resumed(const QString &runId, const QString &node, int element, const QString &reason);
    void controlFinished(quint64 request, const QString &runId, bool ok, const QString &error);
    // status: the run's Stratus-Status, or "timeout"/"no-responders" when no reply came
    void rerunFinished(quint64 request, const QByteArray &status, const QByteArray &body,
                       const QMap<QByteArray, QByteArray> &headers);
    void warning(const QString &message); // from an invoker: a condition that failed, an unknown node
    void error(const QString &message);

private:
    struct Pending
    {
        bool rerun = false;
        QString runId;
    };
    Result<quint64> control(const char *action, const QString &runId, const QString &node, int element,
                            const std::optional<QByteArray> &input);
    quint64 request(const QByteArray &subject, const QByteArray &body,
                    const QMap<QByteArray, QByteArray> &headers, const Pending &pending, int timeoutMs);
    void finishPending(quint64 id, bool noReply, const QByteArray &status, const QByteArray &body,
                       const QMap<QByteArray, QByteArray> &headers);
    void sendBreakpoints(const QString &flow);
    void resendAll();
    void drain();
    void setState(State state);
    void close(bool notify);

    std::shared_ptr<FlowDebugShared> m_shared;
    State m_state = State::Disconnected;
    QString m_error;
    QString m_sessionId;
    int m_ttlMs = 30000;
    int m_controlTimeoutMs = 3000;
    QHash<QString, QList<FlowBreakpoint>> m_breakpoints; // by flow; flows cleared stay empty until sent
    QHash<QString, PausedRun> m_paused;                  // by run/node/element
    QHash<quint64, Pending> m_pending;
    quint64 m_nextRequest = 1;
    QTimer m_resend;
};

} // namespace Stratus

Q_DECLARE_METATYPE(Stratus::PausedRun)
