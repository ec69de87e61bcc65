#include "flowrunwatch.h"

#include "datastoreclient.h"
#include "jsonpayload.h"
#include "natsclient.h"
#include "natshandles.h"
#include "protocol.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QThread>
#include <QWaitCondition>

#include <algorithm>
#include <functional>
#include <limits>
#include <optional>

namespace Stratus {

Q_LOGGING_CATEGORY(lcFlowRunWatch, "stratus.flowedit.runwatch", QtWarningMsg)

namespace {

constexpr int DrainIntervalMs = 20;
constexpr int TraceWaitMs = 2000;  // the trace document follows the reply at once
constexpr int RecordWaitMs = 3000; // records reach the datastore in batches of a few ms
// How long a run seen under way may take to end: a debugger may hold it at a breakpoint.
constexpr int FollowWaitMs = 3600 * 1000;

struct RunReply
{
    bool answered = false; // the flow replied (else: no broker, nobody listening, no reply in time)
    QString status;
    QByteArray body;
    QString error;
    QString failedNode;
    qint64 durationUs = -1;
};

} // namespace

// What the worker and nats.c's threads share with the watch; every field under mutex.
struct FlowRunWatchShared
{
    QMutex mutex;
    QWaitCondition traceArrived;
    QByteArray runId;
    bool cancelled = false;
    QList<FlowSpan> spans;
    bool seenRun = false; // a span of the run arrived: it exists, even if its reply is late
    bool traceDone = false;
    qint64 traceDurationUs = -1;
    QString traceStatus; // from the trace document: what a followed run's reply said
    QString traceError;
    QString traceFailedNode;
    std::optional<RunReply> reply;
    std::optional<Result<QJsonObject>> record;
};

namespace {

QString text(const char *latin1)
{
    return QLatin1String(latin1);
}

void onTrace(natsConnection *, natsSubscription *, natsMsg *rawMsg, void *closure)
{
    NatsMsgPtr msg(rawMsg);
    auto *shared = static_cast<std::shared_ptr<FlowRunWatchShared> *>(closure)->get();
    const QJsonObject doc =
        QJsonDocument::fromJson(QByteArray(natsMsg_GetData(msg.get()), natsMsg_GetDataLength(msg.get())))
            .object();
    QMutexLocker lock(&shared->mutex);
    if (shared->cancelled)
        return;
    if (doc.contains(QLatin1String("event"))) {
        FlowSpan span = FlowSpan::fromJson(doc.value(QLatin1String("span")).toObject());
        if (span.runId.toUtf8() == shared->runId) {
            shared->spans.append(std::move(span));
            shared->seenRun = true;
        }
        return;
    }
    if (doc.value(QLatin1String("runId")).toString().toUtf8() != shared->runId)
        return; // another run of the same flow
    for (const QJsonValue &v : doc.value(QLatin1String("spans")).toArray())
        shared->spans.append(FlowSpan::fromJson(v.toObject()));
    shared->traceDurationUs = qint64(doc.value(QLatin1String("durationUs")).toDouble(-1));
    shared->traceStatus = doc.value(QLatin1String("status")).toString();
    shared->traceError = doc.value(QLatin1String("error")).toString();
    shared->traceFailedNode = doc.value(QLatin1String("failedNode")).toString();
    shared->traceDone = true;
    shared->traceArrived.wakeAll();
}

// nats.c calls this once the subscription delivered its last message: only then may the
// closure go.
void onComplete(void *closure)
{
    delete static_cast<std::shared_ptr<FlowRunWatchShared> *>(closure);
}

void runDetached(std::function<void()> work)
{
    QThread *thread = QThread::create(std::move(work));
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

Result<QJsonObject> readRecord(const DatastoreClient &datastore, const QString &runId, int waitMs)
{
    QDeadlineTimer deadline(waitMs);
    for (;;) {
        const auto value = datastore.get(runId, text(Protocol::RunRecordObject));
        if (!value)
            return value.error();
        if (*value) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(**value, &parseError);
            if (!doc.isObject())
                return makeError(FlowRunWatch::tr("the record of run %1 is not a JSON object: %2")
                                     .arg(runId, parseError.errorString()));
            return doc.object();
        }
        if (deadline.hasExpired())
            return makeError(FlowRunWatch::tr("run %1 left no record in the datastore within %2 ms: the "
                                              "manifest's \"record\" of this flow may be \"failed\" or "
                                              "\"none\", or its TTL passed")
                                 .arg(runId)
                                 .arg(waitMs));
        // The invoker batches records for a few milliseconds: ask again shortly.
        QThread::msleep(25);
    }
}

// A followed run (started elsewhere) ends with its trace document.
RunReply awaitTrace(FlowRunWatchShared &shared, const QByteArray &runId, int timeoutMs)
{
    RunReply reply;
    QMutexLocker lock(&shared.mutex);
    QDeadlineTimer deadline(timeoutMs);
    while (!shared.traceDone && !shared.cancelled && !deadline.hasExpired())
        shared.traceArrived.wait(&shared.mutex, deadline);
    reply.answered = shared.traceDone;
    reply.status = shared.traceDone ? shared.traceStatus : text(Protocol::StatusTimeout);
    reply.error = shared.traceDone ? shared.traceError
                                   : FlowRunWatch::tr("run %1 did not end within %2 ms")
                                         .arg(QString::fromUtf8(runId))
                                         .arg(timeoutMs);
    reply.failedNode = shared.traceFailedNode;
    reply.durationUs = shared.traceDurationUs;
    return reply;
}

RunReply request(FlowRunWatchShared &shared, const NatsClient &nats, const QString &subject,
                 const QByteArray &runId, const QByteArray &input, int timeoutMs)
{
    RunReply reply;
    const auto answer =
        nats.request(subject, input, timeoutMs,
                     {{QByteArray(Protocol::RequestIdHeader), runId},
                      {QByteArray(Protocol::TraceModeHeader), QByteArray(Protocol::TraceModeLive)}});
    if (!answer) {
        const bool nobody = answer.error().cause == Error::Cause::NoResponders;
        const bool late = answer.error().cause == Error::Cause::Timeout;
        reply.status = nobody ? QStringLiteral("no-responders")
                       : late ? text(Protocol::StatusTimeout)
                              : QStringLiteral("unreachable");
        reply.error = nobody
                          ? FlowRunWatch::tr("nothing listens on %1: is the flow in the manifest's \"flows\" "
                                             "and the cluster started since?")
                                .arg(subject)
                          : answer.errorMessage();
        return reply;
    }
    reply.answered = true;
    reply.body = answer->data;
    reply.status = QString::fromUtf8(answer->status());
    reply.failedNode = QString::fromUtf8(answer->header(Protocol::FailedNodeHeader));
    bool ok = false;
    const qint64 duration = answer->header(Protocol::DurationHeader).toLongLong(&ok);
    reply.durationUs = ok ? duration : -1;
    if (reply.status != text(Protocol::StatusOk))
        reply.error = QString::fromUtf8(reply.body);
    // The spans published before the reply may still be on their way to our callback: the
    // trace document, published right after the reply, closes them.
    QMutexLocker lock(&shared.mutex);
    QDeadlineTimer deadline(TraceWaitMs);
    while (!shared.traceDone && !shared.cancelled && !deadline.hasExpired())
        shared.traceArrived.wait(&shared.mutex, deadline);
    if (reply.durationUs < 0)
        reply.durationUs = shared.traceDurationUs;
    return reply;
}

// The whole life of one live run on its own thread: connect, subscribe to the spans, request
// (unless following a run someone else started), wait for the trace document, read the
// record, close. Results go to shared only.
void runWorker(const std::shared_ptr<FlowRunWatchShared> &shared, const QString &url, const QString &flowName,
               const QString &subject, const std::optional<QByteArray> &input, int timeoutMs)
{
    const auto replyWith = [&shared](RunReply reply) {
        QMutexLocker lock(&shared->mutex);
        shared->reply = std::move(reply);
    };
    auto client = NatsClient::connect(url, QStringLiteral("stratus-workbench flow run"));
    if (!client)
        return replyWith({false, QStringLiteral("unreachable"), {}, client.errorMessage(), {}, -1});
    const auto nats = std::make_shared<const NatsClient>(std::move(*client));
    QByteArray runId;
    {
        QMutexLocker lock(&shared->mutex);
        runId = shared->runId;
    }

    const QString traceSubject = text(Protocol::TraceSubjectPrefix) + flowName;
    auto *ref = new std::shared_ptr<FlowRunWatchShared>(shared);
    natsSubscription *rawSub = nullptr;
    natsStatus s =
        natsConnection_Subscribe(&rawSub, nats->handle(), traceSubject.toUtf8().constData(), &onTrace, ref);
    if (s != NATS_OK) {
        delete ref;
        return replyWith(
            {false,
             QStringLiteral("unreachable"),
             {},
             FlowRunWatch::tr("cannot subscribe to %1: %2").arg(traceSubject, NatsClient::describe(s)),
             {},
             -1});
    }
    NatsSubscriptionPtr sub(rawSub);
    natsSubscription_SetOnCompleteCB(sub.get(), &onComplete, ref);
    // The subscription must be known to the server before the run can publish its first span.
    if (const Status flushed = nats->flush(); !flushed) {
        natsSubscription_Unsubscribe(sub.get());
        return replyWith({false, QStringLiteral("unreachable"), {}, flushed.errorMessage(), {}, -1});
    }

    RunReply reply = input ? request(*shared, *nats, subject, runId, *input, timeoutMs)
                           : awaitTrace(*shared, runId, FollowWaitMs);
    if (!reply.answered && input && reply.status == text(Protocol::StatusTimeout)) {
        // A run held at a debugger's breakpoint keeps its deadlines but not ours: when its
        // spans show it exists, its end is its trace document (and its output its record).
        bool exists = false;
        {
            QMutexLocker lock(&shared->mutex);
            exists = shared->seenRun;
        }
        if (exists)
            reply = awaitTrace(*shared, runId, FollowWaitMs);
    }
    const bool answered = reply.answered;
    replyWith(reply);
    natsSubscription_Unsubscribe(sub.get());

    bool cancelled = false;
    {
        QMutexLocker lock(&shared->mutex);
        cancelled = shared->cancelled;
    }
    if (answered && !cancelled) {
        DatastoreClient datastore(nats, DatastoreClient::Options());
        auto record = readRecord(datastore, QString::fromUtf8(runId), RecordWaitMs);
        QMutexLocker lock(&shared->mutex);
        shared->record = std::move(record);
    }
    sub.reset();
}

// A re-run from a node replays the nodes before it with their recorded outputs (docs/flows.md,
// "Debugging"): for the picture they succeeded.
bool succeeded(const FlowRunWatch::Execution &e)
{
    return e.status == QLatin1String("ok") || e.status == QLatin1String("replayed");
}

// Whether the execution ended the way an edge of this kind leaves it.
bool leavesAlong(const FlowRunWatch::Execution &e, FlowEdgeKind kind)
{
    return kind == FlowEdgeKind::Error ? e.status == QLatin1String("error") : succeeded(e);
}

FlowOverlay::RunState aggregateState(const QMap<int, FlowRunWatch::Execution> &spans)
{
    if (spans.isEmpty())
        return FlowOverlay::RunState::Waiting;
    bool running = false, failed = false, ok = false;
    for (const FlowRunWatch::Execution &e : spans) {
        running |= e.status == QLatin1String("running");
        failed |= e.status == QLatin1String("error");
        ok |= succeeded(e);
    }
    if (running)
        return FlowOverlay::RunState::Running;
    if (failed)
        return FlowOverlay::RunState::Failed;
    if (ok)
        return FlowOverlay::RunState::Succeeded;
    return FlowOverlay::RunState::Skipped;
}

bool ran(const FlowRunWatch::Execution &e)
{
    return e.status == QLatin1String("running") || succeeded(e) || e.status == QLatin1String("error");
}

QString newRunId()
{
    // Datastore run ids: letters, digits, '-', '_', at most 64 (docs/flows.md, "The reply").
    return QStringLiteral("editor-%1")
        .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
}

} // namespace

FlowRunWatch::FlowRunWatch(FlowOverlay *overlay, QObject *parent) : QObject(parent), m_overlay(overlay)
{
    m_drainTimer.setInterval(DrainIntervalMs);
    connect(&m_drainTimer, &QTimer::timeout, this, &FlowRunWatch::drain);
}

FlowRunWatch::~FlowRunWatch()
{
    stopShared();
}

void FlowRunWatch::setNatsUrl(const QString &url)
{
    m_natsUrl = url;
}

void FlowRunWatch::setSubject(const QString &subject)
{
    m_subject = subject;
}

void FlowRunWatch::stopShared()
{
    m_drainTimer.stop();
    if (!m_shared)
        return;
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->cancelled = true;
        m_shared->traceArrived.wakeAll();
    }
    m_shared.reset();
}

void FlowRunWatch::cancel()
{
    stopShared();
    m_phase = Phase::Idle;
}

void FlowRunWatch::startRun(const Flow &flow)
{
    stopShared();
    m_flow = flow;
    m_phase = Phase::Idle;
    m_runId.clear();
    m_status.clear();
    m_output.clear();
    m_error.clear();
    m_failedNode.clear();
    m_durationUs = -1;
    m_record = {};
    m_spans.clear();
    m_executions.clear();
    if (m_overlay)
        m_overlay->clearRun();
}

Status FlowRunWatch::run(const Flow &flow, const QByteArray &input)
{
    return start(flow, newRunId(), input);
}

Status FlowRunWatch::follow(const Flow &flow, const QString &runId)
{
    return start(flow, runId, std::nullopt);
}

Status FlowRunWatch::start(const Flow &flow, const QString &runId, const std::optional<QByteArray> &input)
{
    if (m_natsUrl.isEmpty())
        return makeError(tr("no cluster to run on: start the local cluster (Cluster ▸ Start) first"));
    if (flow.name.isEmpty())
        return makeError(tr("the flow has no name: give it one in its properties before running it"));
    startRun(flow);
    m_runId = runId;
    m_phase = Phase::Running;
    // A followed run is under way: what it did so far arrives with its trace document.
    if (m_overlay && input) {
        for (const FlowNode &node : m_flow.nodes)
            m_overlay->setRunState(node.id, FlowOverlay::RunState::Waiting);
    }
    m_shared = std::make_shared<FlowRunWatchShared>();
    m_shared->runId = m_runId.toUtf8();
    const QString subject = m_subject.isEmpty() ? QStringLiteral("flow.") + flow.name : m_subject;
    const int timeoutMs = std::max(1, flow.timeoutMs) + ReplyMarginMs;
    // Spans come on the flow's name (stratus.traces.NAME), the request goes to its trigger.
    runDetached([shared = m_shared, url = m_natsUrl, name = flow.name, subject, input, timeoutMs] {
        runWorker(shared, url, name, subject, input, timeoutMs);
    });
    m_drainTimer.start();
    emit runStarted(m_runId);
    return Ok{};
}

void FlowRunWatch::drain()
{
    if (!m_shared)
        return;
    QList<FlowSpan> spans;
    std::optional<RunReply> reply;
    std::optional<Result<QJsonObject>> record;
    {
        QMutexLocker lock(&m_shared->mutex);
        spans.swap(m_shared->spans);
        if (m_phase == Phase::Running)
            reply.swap(m_shared->reply);
        if (m_phase == Phase::FetchingRecord)
            record.swap(m_shared->record);
    }
    for (const FlowSpan &span : spans)
        applySpan(span);
    if (!spans.isEmpty())
        emit executionsChanged();
    if (reply)
        finishRun(reply->answered, reply->status, reply->body, reply->error, reply->failedNode,
                  reply->durationUs);
    if (record) {
        const QString runId = m_runId;
        stopShared();
        m_phase = Phase::Idle;
        if (*record) {
            applyRecord(record->value());
            emit recordReady(runId);
        } else {
            qCWarning(lcFlowRunWatch) << record->errorMessage();
            emit recordFailed(runId, record->errorMessage());
        }
    }
}

FlowRunWatch::Execution FlowRunWatch::Execution::fromSpan(const FlowSpan &span)
{
    Execution e;
    e.node = span.node;
    e.element = span.element;
    e.status = span.status;
    e.code = span.code;
    e.error = span.error;
    e.startUs = span.startUs;
    e.endUs = span.endUs;
    e.attempts = span.attempts;
    return e;
}

void FlowRunWatch::applySpan(const FlowSpan &span)
{
    if (span.isRun() || !m_flow.node(span.node))
        return;
    m_spans[span.node].insert(span.element, Execution::fromSpan(span));
    paintNode(span.node);
    paintEdges();
}

void FlowRunWatch::paintNode(const QString &nodeId)
{
    if (!m_overlay)
        return;
    const QMap<int, Execution> spans = m_spans.value(nodeId);
    const FlowOverlay::RunState state = aggregateState(spans);
    qint64 duration = -1;
    QString note;
    if (state != FlowOverlay::RunState::Running && state != FlowOverlay::RunState::Skipped &&
        !spans.isEmpty()) {
        qint64 first = std::numeric_limits<qint64>::max(), last = 0;
        for (const Execution &e : spans) {
            if (!ran(e))
                continue;
            first = std::min(first, e.startUs);
            last = std::max(last, e.endUs);
        }
        duration = last > first ? last - first : 0;
    }
    const bool elements = spans.size() > 1 || (!spans.isEmpty() && spans.firstKey() >= 0);
    if (elements) {
        int done = 0, failed = 0;
        for (const Execution &e : spans) {
            done += succeeded(e);
            failed += e.status == QLatin1String("error");
        }
        note = failed ? tr("%1/%2 elements, %3 failed").arg(done).arg(spans.size()).arg(failed)
                      : tr("%1/%2 elements").arg(done).arg(spans.size());
    } else if (state == FlowOverlay::RunState::Failed) {
        const Execution &e = spans.first();
        note = e.code.isEmpty() ? e.error : QStringLiteral("%1: %2").arg(e.code, e.error);
    } else if (!spans.isEmpty() && spans.first().status == QLatin1String("replayed")) {
        note = tr("replayed");
    } else if (!spans.isEmpty() && spans.first().attempts > 1) {
        note = tr("%n attempts", nullptr, spans.first().attempts);
    }
    FlowOverlay::NodeMarks marks = m_overlay->node(nodeId);
    if (marks.run == FlowOverlay::RunState::Paused && state == FlowOverlay::RunState::Waiting)
        return; // the debugger holds it before it starts
    m_overlay->setRunState(nodeId, state, duration, note);
}

void FlowRunWatch::paintEdges()
{
    if (!m_overlay)
        return;
    for (const FlowEdge &edge : m_flow.edges) {
        const QMap<int, Execution> from = m_spans.value(edge.from);
        const QMap<int, Execution> to = m_spans.value(edge.to);
        bool taken = false;
        if (edge.kind == FlowEdgeKind::Body) {
            const bool mapRan = std::any_of(from.cbegin(), from.cend(), ran);
            taken = mapRan && std::any_of(to.cbegin(), to.cend(), ran);
        } else {
            // Per element: the edge carried data where its target ran and its source ended
            // the way the edge's kind says.
            for (auto it = to.cbegin(); it != to.cend() && !taken; ++it)
                taken = ran(it.value()) && from.contains(it.key()) &&
                        leavesAlong(from.value(it.key()), edge.kind);
        }
        FlowOverlay::EdgeMarks marks = m_overlay->edge(FlowEdgeKey::of(edge));
        marks.taken = taken;
        m_overlay->setEdge(FlowEdgeKey::of(edge), marks);
    }
}

void FlowRunWatch::finishRun(bool answered, const QString &status, const QByteArray &output,
                             const QString &error, const QString &failedNode, qint64 durationUs)
{
    m_status = status;
    m_output = output;
    m_error = error;
    m_failedNode = failedNode;
    m_durationUs = durationUs;
    // A failure reported by the run itself names its node; mark it even when its span was lost.
    if (!failedNode.isEmpty() && m_overlay && m_flow.node(failedNode) &&
        m_overlay->node(failedNode).run != FlowOverlay::RunState::Failed)
        m_overlay->setRunState(failedNode, FlowOverlay::RunState::Failed, -1, error);
    // What never started was not reached; what still runs was cut off when the run ended.
    if (m_overlay) {
        for (const FlowNode &node : m_flow.nodes) {
            const FlowOverlay::RunState state = m_overlay->node(node.id).run;
            if (state == FlowOverlay::RunState::Waiting)
                m_overlay->setRunState(node.id, FlowOverlay::RunState::None);
            else if (state == FlowOverlay::RunState::Running)
                m_overlay->setRunState(node.id, FlowOverlay::RunState::Skipped, -1,
                                       tr("cut off: the run ended while it ran"));
        }
    }
    m_phase = answered ? Phase::FetchingRecord : Phase::Idle;
    if (!answered)
        stopShared();
    emit runFinished(m_runId, status, output, error);
}

void FlowRunWatch::showRecord(const Flow &flow, const QJsonObject &record)
{
    startRun(flow);
    m_runId = record.value(QLatin1String("runId")).toString();
    m_status = record.value(QLatin1String("status")).toString();
    m_error = record.value(QLatin1String("error")).toString();
    m_failedNode = record.value(QLatin1String("failedNode")).toString();
    applyRecord(record);
}

void FlowRunWatch::applyRecord(const QJsonObject &record)
{
    m_record = record;
    // A followed run's end came from its trace document, which has no output.
    if (m_output.isEmpty() && record.contains(QLatin1String("output")))
        m_output = JsonPayload::toPayload(record.value(QLatin1String("output")));
    m_spans.clear();
    QList<Execution> executions;
    QHash<QString, QList<int>> pending; // node + element → indexes in executions still without data
    for (const QJsonValue &v : record.value(QLatin1String("spans")).toArray()) {
        const FlowSpan span = FlowSpan::fromJson(v.toObject());
        if (span.isRun()) {
            if (m_durationUs < 0)
                m_durationUs = span.durationUs();
            continue;
        }
        if (!m_flow.node(span.node))
            continue;
        const Execution e = Execution::fromSpan(span);
        m_spans[span.node].insert(span.element, e);
        if (span.status == QLatin1String("skipped"))
            continue;
        pending[span.node + QLatin1Char('#') + QString::number(span.element)].append(executions.size());
        executions.append(e);
    }
    // The record lists the executions that ran in the order the spans settled: pair them up.
    for (const QJsonValue &v : record.value(QLatin1String("nodes")).toArray()) {
        const QJsonObject n = v.toObject();
        const QString key = n.value(QLatin1String("node")).toString() + QLatin1Char('#') +
                            QString::number(n.value(QLatin1String("element")).toInt(-1));
        QList<int> &waiting = pending[key];
        if (waiting.isEmpty())
            continue;
        Execution &e = executions[waiting.takeFirst()];
        e.input = n.value(QLatin1String("input"));
        e.output = n.value(QLatin1String("output"));
    }
    std::stable_sort(executions.begin(), executions.end(),
                     [](const Execution &a, const Execution &b) { return a.startUs < b.startUs; });
    m_executions = executions;
    if (m_overlay) {
        for (const FlowNode &node : m_flow.nodes) {
            if (m_spans.contains(node.id))
                paintNode(node.id);
            else
                m_overlay->setRunState(node.id, FlowOverlay::RunState::None);
        }
    }
    paintEdges();
    emit executionsChanged();
}

void FlowRunWatch::clear()
{
    startRun(m_flow);
    emit executionsChanged();
}

QList<FlowRunWatch::Execution> FlowRunWatch::executions() const
{
    if (!m_record.isEmpty())
        return m_executions;
    QList<Execution> live;
    for (const QMap<int, Execution> &byElement : m_spans) {
        for (const Execution &e : byElement) {
            if (ran(e))
                live.append(e);
        }
    }
    std::stable_sort(live.begin(), live.end(),
                     [](const Execution &a, const Execution &b) { return a.startUs < b.startUs; });
    return live;
}

QList<FlowRunWatch::Execution> FlowRunWatch::executionsOf(const QString &nodeId) const
{
    QList<Execution> result;
    for (const Execution &e : executions()) {
        if (e.node == nodeId)
            result.append(e);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Execution &a, const Execution &b) { return a.element < b.element; });
    return result;
}

FlowRunWatch::Execution FlowRunWatch::nodeData(const QString &nodeId) const
{
    const QList<Execution> all = executionsOf(nodeId);
    if (all.isEmpty()) {
        Execution none;
        none.node = nodeId;
        return none;
    }
    if (all.size() == 1 && all.first().element < 0)
        return all.first();
    Execution merged;
    merged.node = nodeId;
    QMap<int, Execution> byElement;
    for (const Execution &e : all)
        byElement.insert(e.element, e);
    merged.status = aggregateState(byElement) == FlowOverlay::RunState::Failed ? QStringLiteral("error")
                                                                               : QStringLiteral("ok");
    QJsonArray inputs, outputs;
    merged.startUs = std::numeric_limits<qint64>::max();
    for (const Execution &e : all) {
        inputs.append(e.input.isUndefined() ? QJsonValue() : e.input);
        outputs.append(e.output.isUndefined() ? QJsonValue() : e.output);
        merged.startUs = std::min(merged.startUs, e.startUs);
        merged.endUs = std::max(merged.endUs, e.endUs);
        if (merged.error.isEmpty() && !e.error.isEmpty())
            merged.error = e.error;
    }
    merged.input = inputs;
    merged.output = outputs;
    return merged;
}

QJsonValue FlowRunWatch::edgeData(const FlowEdgeKey &key) const
{
    if (m_record.isEmpty() || !m_overlay || !m_overlay->edge(key).taken)
        return QJsonValue::Undefined;
    const FlowNode *target = m_flow.node(key.to);
    if (!target)
        return QJsonValue::Undefined;
    QMap<int, Execution> from, to;
    for (const Execution &e : executionsOf(key.from))
        from.insert(e.element, e);
    for (const Execution &e : executionsOf(key.to))
        to.insert(e.element, e);
    if (key.kind == FlowEdgeKind::Body) {
        QJsonArray elements;
        for (const Execution &e : to)
            elements.append(e.input);
        return elements;
    }
    QJsonArray values;
    for (auto it = to.cbegin(); it != to.cend(); ++it) {
        if (!from.contains(it.key()) || !leavesAlong(from.value(it.key()), key.kind))
            continue;
        const Execution source = from.value(it.key());
        QJsonValue value;
        if (key.kind == FlowEdgeKind::Error)
            value = it.value().input; // the error object the target got
        else if (target->kind == FlowNodeKind::Join && it.value().input.isObject())
            value = it.value().input.toObject().value(key.from);
        else
            value = source.output.isUndefined() ? it.value().input : source.output;
        if (it.key() < 0)
            return value;
        values.append(value);
    }
    return values.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(values);
}

QString FlowRunWatch::displayText(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    return QString::fromUtf8(JsonPayload::toJson(value));
}

Result<QJsonObject> FlowRunWatch::fetchRecord(const QString &natsUrl, const QString &runId, int waitMs)
{
    auto client = NatsClient::connect(natsUrl, QStringLiteral("stratus-workbench flow record"));
    if (!client)
        return client.error();
    DatastoreClient datastore(std::make_shared<const NatsClient>(std::move(*client)),
                              DatastoreClient::Options());
    return readRecord(datastore, runId, waitMs);
}

} // namespace Stratus
