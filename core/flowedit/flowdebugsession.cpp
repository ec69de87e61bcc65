#include "flowdebugsession.h"

#include "flowexpression.h"
#include "jsonpayload.h"
#include "natsclient.h"
#include "natshandles.h"
#include "protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QThreadPool>

#include <cstdlib>
#include <functional>

namespace Stratus {

Q_LOGGING_CATEGORY(lcFlowDebug, "stratus.flowedit.debug", QtWarningMsg)

// What nats.c's threads and the session's thread share; every field under mutex.
struct FlowDebugShared
{
    struct Event
    {
        QByteArray subject;
        QByteArray data;
        QMap<QByteArray, QByteArray> headers;
        bool noResponders = false;
    };
    QMutex mutex;
    std::function<void()> wake; // set while the session lives; posts drain() to its thread
    bool wakePending = false;
    QList<Event> events;
    bool closed = false;
    bool connected = false;
    QString error;
    natsConnection *conn = nullptr;
    QList<natsSubscription *> subs;
    QByteArray inbox; // "_INBOX.xxx." + request id is each request's reply subject

    void post(Event event)
    {
        QMutexLocker lock(&mutex);
        events.append(std::move(event));
        if (wake && !std::exchange(wakePending, true))
            wake();
    }
};

namespace {

void onMessage(natsConnection *, natsSubscription *, natsMsg *raw, void *closure)
{
    NatsMsgPtr msg(raw);
    FlowDebugShared::Event event;
    event.subject = natsMsg_GetSubject(raw);
    event.data = QByteArray(natsMsg_GetData(raw), natsMsg_GetDataLength(raw));
    event.noResponders = natsMsg_IsNoResponders(raw);
    const char **keys = nullptr;
    int count = 0;
    if (natsMsgHeader_Keys(raw, &keys, &count) == NATS_OK) {
        for (int i = 0; i < count; ++i) {
            const char *value = nullptr;
            if (natsMsgHeader_Get(raw, keys[i], &value) == NATS_OK)
                event.headers.insert(QByteArray(keys[i]), QByteArray(value));
        }
        free(keys);
    }
    static_cast<std::shared_ptr<FlowDebugShared> *>(closure)->get()->post(std::move(event));
}

// nats.c calls this after a subscription's last message: only then may its closure go.
void onComplete(void *closure)
{
    delete static_cast<std::shared_ptr<FlowDebugShared> *>(closure);
}

void closeHandles(natsConnection *conn, const QList<natsSubscription *> &subs,
                  const QList<QByteArray> &farewell)
{
    for (const QByteArray &message : farewell) { // subject '\n' body
        const qsizetype cut = message.indexOf('\n');
        natsConnection_Publish(conn, message.left(cut).constData(), message.constData() + cut + 1,
                               int(message.size() - cut - 1));
    }
    if (conn && !farewell.isEmpty())
        natsConnection_FlushTimeout(conn, 2000);
    for (natsSubscription *sub : subs) {
        natsSubscription_Unsubscribe(sub);
        natsSubscription_Destroy(sub);
    }
    if (conn)
        natsConnection_Destroy(conn);
}

void connectAndSubscribe(const std::shared_ptr<FlowDebugShared> &shared, const QByteArray &url)
{
    const auto failWith = [&shared](const QString &message) {
        {
            QMutexLocker lock(&shared->mutex);
            shared->error = message;
        }
        shared->post({});
    };
    natsOptions *rawOptions = nullptr;
    if (natsOptions_Create(&rawOptions) != NATS_OK)
        return failWith(FlowDebugSession::tr("cannot create NATS options"));
    NatsOptionsPtr options(rawOptions);
    natsOptions_SetURL(options.get(), url.constData());
    natsOptions_SetName(options.get(), "stratus-workbench debugger");
    natsOptions_SetTimeout(options.get(), 2000);
    natsOptions_SetMaxReconnect(options.get(), -1);
    natsOptions_SetReconnectWait(options.get(), 250);
    natsOptions_SetSendAsap(options.get(), true); // a person waits for every control request
    natsConnection *conn = nullptr;
    natsStatus s = natsConnection_Connect(&conn, options.get());
    if (s != NATS_OK)
        return failWith(FlowDebugSession::tr("cannot connect to %1: %2")
                            .arg(QString::fromUtf8(url), NatsClient::describe(s)));
    natsInbox *rawInbox = nullptr;
    natsInbox_Create(&rawInbox);
    const QByteArray inbox = QByteArray(rawInbox) + '.';
    natsInbox_Destroy(rawInbox);
    const QByteArray prefix = QByteArray(Protocol::DebugSubjectPrefix) + '*';
    const QList<QByteArray> subjects{
        prefix + Protocol::DebugPausedSuffix, prefix + Protocol::DebugResumedSuffix,
        prefix + Protocol::DebugWarningSuffix, prefix + Protocol::DebugSyncSuffix, inbox + '*'};
    QList<natsSubscription *> subs;
    for (const QByteArray &subject : subjects) {
        auto *ref = new std::shared_ptr<FlowDebugShared>(shared);
        natsSubscription *sub = nullptr;
        s = natsConnection_Subscribe(&sub, conn, subject.constData(), &onMessage, ref);
        if (s != NATS_OK) {
            delete ref;
            closeHandles(conn, subs, {});
            return failWith(FlowDebugSession::tr("cannot subscribe to %1: %2")
                                .arg(QString::fromUtf8(subject), NatsClient::describe(s)));
        }
        natsSubscription_SetOnCompleteCB(sub, &onComplete, ref);
        natsSubscription_SetPendingLimits(sub, 100000, 256 * 1024 * 1024);
        subs << sub;
    }
    natsConnection_FlushTimeout(conn, 2000);
    QMutexLocker lock(&shared->mutex);
    if (shared->closed) {
        lock.unlock();
        closeHandles(conn, subs, {});
        return;
    }
    shared->conn = conn;
    shared->subs = subs;
    shared->inbox = inbox;
    shared->connected = true;
    shared->events.append(FlowDebugShared::Event{});
    if (shared->wake && !std::exchange(shared->wakePending, true))
        shared->wake();
}

QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool isTruncatedMarker(const QJsonValue &v)
{
    return v.isObject() && v.toObject().value(QLatin1String("truncated")).toBool();
}

// An edited payload: JSON text, scalars included; anything else is refused with where it broke.
Result<QJsonValue> parseInput(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + text + ']', &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        return makeError(FlowDebugSession::tr("the edited input is not JSON: %1 at character %2")
                             .arg(error.error != QJsonParseError::NoError
                                      ? error.errorString()
                                      : FlowDebugSession::tr("not one value"))
                             .arg(std::max(0, error.offset - 1)));
    return doc.array().first();
}

QString pausedKey(const QString &runId, const QString &node, int element)
{
    return runId + QLatin1Char('/') + node + QLatin1Char('/') + QString::number(element);
}

} // namespace

std::optional<PausedRun> PausedRun::fromJson(const QJsonObject &o)
{
    PausedRun p;
    p.session = o.value(QLatin1String("session")).toString();
    p.runId = o.value(QLatin1String("runId")).toString();
    p.flow = o.value(QLatin1String("flow")).toString();
    p.node = o.value(QLatin1String("node")).toString();
    if (p.runId.isEmpty() || p.node.isEmpty())
        return std::nullopt;
    p.element = o.value(QLatin1String("element")).toInt(-1);
    p.reason = o.value(QLatin1String("reason")).toString();
    p.condition = o.value(QLatin1String("condition")).toString();
    p.input = o.value(QLatin1String("input"));
    p.inputTruncated = isTruncatedMarker(p.input);
    p.control = o.value(QLatin1String("control")).toString();
    p.invoker = o.value(QLatin1String("invoker")).toString();
    p.traceId = o.value(QLatin1String("traceId")).toString();
    return p;
}

FlowDebugSession::FlowDebugSession(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<PausedRun>();
    m_sessionId =
        QStringLiteral("ws-%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    connect(&m_resend, &QTimer::timeout, this, &FlowDebugSession::resendAll);
}

FlowDebugSession::~FlowDebugSession()
{
    close(false);
}

void FlowDebugSession::setTtlMs(int ms)
{
    m_ttlMs = std::clamp(ms, 1000, 600000);
    m_resend.setInterval(m_ttlMs / 3);
    resendAll(); // the invokers' expiry follows at once
}

void FlowDebugSession::connectTo(const QString &natsUrl)
{
    close(true);
    m_error.clear();
    m_shared = std::make_shared<FlowDebugShared>();
    m_shared->wake = [this] {
        QMetaObject::invokeMethod(this, &FlowDebugSession::drain, Qt::QueuedConnection);
    };
    setState(State::Connecting);
    QThreadPool::globalInstance()->start(
        [shared = m_shared, url = natsUrl.toUtf8()] { connectAndSubscribe(shared, url); });
}

void FlowDebugSession::disconnectFromBroker()
{
    close(true);
    setState(State::Disconnected);
}

// Clears the breakpoints on the broker on the way out, so no run waits for a session that is gone.
void FlowDebugSession::close(bool notify)
{
    m_resend.stop();
    if (!m_shared)
        return;
    natsConnection *conn = nullptr;
    QList<natsSubscription *> subs;
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->closed = true;
        m_shared->wake = nullptr;
        std::swap(conn, m_shared->conn);
        std::swap(subs, m_shared->subs);
    }
    QList<QByteArray> farewell;
    for (auto it = m_breakpoints.cbegin(); it != m_breakpoints.cend(); ++it) {
        const QByteArray subject =
            QByteArray(Protocol::DebugSubjectPrefix) + it.key().toUtf8() + Protocol::DebugBreakpointsSuffix;
        farewell << subject + '\n' +
                        compact({{QStringLiteral("session"), m_sessionId},
                                 {QStringLiteral("breakpoints"), QJsonArray()}});
    }
    // Flushing and closing join nats.c's threads: not on this one.
    if (conn)
        QThreadPool::globalInstance()->start([conn, subs, farewell] { closeHandles(conn, subs, farewell); });
    m_shared.reset();
    m_paused.clear();
    const auto pending = std::exchange(m_pending, {});
    for (auto it = pending.cbegin(); notify && it != pending.cend(); ++it) {
        if (it->rerun)
            emit rerunFinished(it.key(), QByteArrayLiteral("disconnected"), {}, {});
        else
            emit controlFinished(it.key(), it->runId, false, tr("the debug session was closed"));
    }
}

void FlowDebugSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

Status FlowDebugSession::setBreakpoints(const QString &flow, const QList<FlowBreakpoint> &breakpoints)
{
    for (const FlowBreakpoint &b : breakpoints) {
        if (b.node.isEmpty())
            return makeError(tr("flow %1: a breakpoint needs a node").arg(flow));
        if (b.condition.trimmed().isEmpty())
            continue;
        const auto parsed =
            FlowExpression::parse(b.condition, {QStringLiteral("input"), QStringLiteral("run")});
        if (!parsed)
            return makeError(tr("flow %1: the condition of the breakpoint on node %2: %3")
                                 .arg(flow, b.node, parsed.errorMessage()));
    }
    const bool had = !m_breakpoints.value(flow).isEmpty();
    m_breakpoints.insert(flow, breakpoints);
    if (had || !breakpoints.isEmpty())
        sendBreakpoints(flow);
    return Ok{};
}

void FlowDebugSession::sendBreakpoints(const QString &flow)
{
    if (m_state != State::Connected || !m_shared)
        return;
    QJsonArray list;
    for (const FlowBreakpoint &b : m_breakpoints.value(flow)) {
        QJsonObject o{{QStringLiteral("node"), b.node}};
        if (!b.condition.trimmed().isEmpty())
            o.insert(QStringLiteral("condition"), b.condition);
        list << o;
    }
    const QByteArray body = compact({{QStringLiteral("session"), m_sessionId},
                                     {QStringLiteral("breakpoints"), list},
                                     {QStringLiteral("ttlMs"), m_ttlMs}});
    const QByteArray subject =
        QByteArray(Protocol::DebugSubjectPrefix) + flow.toUtf8() + Protocol::DebugBreakpointsSuffix;
    QMutexLocker lock(&m_shared->mutex);
    if (m_shared->conn)
        natsConnection_Publish(m_shared->conn, subject.constData(), body.constData(), int(body.size()));
}

void FlowDebugSession::resendAll()
{
    for (auto it = m_breakpoints.cbegin(); it != m_breakpoints.cend(); ++it) {
        if (!it->isEmpty())
            sendBreakpoints(it.key());
    }
}

Result<quint64> FlowDebugSession::continueRun(const QString &runId, const QString &node, int element,
                                              const std::optional<QByteArray> &input)
{
    return control("continue", runId, node, element, input);
}

Result<quint64> FlowDebugSession::step(const QString &runId, const QString &node, int element,
                                       const std::optional<QByteArray> &input)
{
    return control("step", runId, node, element, input);
}

Result<quint64> FlowDebugSession::abort(const QString &runId, const QString &node)
{
    return control("abort", runId, node, -1, std::nullopt);
}

Result<quint64> FlowDebugSession::control(const char *action, const QString &runId, const QString &node,
                                          int element, const std::optional<QByteArray> &input)
{
    if (m_state != State::Connected)
        return makeError(tr("the debugger is not connected to the cluster"));
    QJsonObject body{{QStringLiteral("action"), QLatin1String(action)}};
    if (!node.isEmpty())
        body.insert(QStringLiteral("node"), node);
    if (element >= 0)
        body.insert(QStringLiteral("element"), element);
    if (input) {
        auto value = parseInput(*input);
        if (!value)
            return value.error();
        body.insert(QStringLiteral("input"), *value);
    }
    Pending pending;
    pending.runId = runId;
    return request(QByteArray(Protocol::DebugControlPrefix) + runId.toUtf8(), compact(body), {}, pending,
                   m_controlTimeoutMs);
}

Result<QByteArray> FlowDebugSession::rerunBody(const QJsonObject &record, const QString &node)
{
    if (node.isEmpty())
        return makeError(tr("re-run: choose the node to start from"));
    if (!record.value(QLatin1String("nodes")).isArray())
        return makeError(tr("re-run: this is not a flow run's record (it has no \"nodes\")"));
    QJsonObject outputs;
    QJsonArray truncated;
    for (const QJsonValue &v : record.value(QLatin1String("nodes")).toArray()) {
        const QJsonObject n = v.toObject();
        const QString status = n.value(QLatin1String("status")).toString();
        if (n.contains(QLatin1String("element")) || !n.contains(QLatin1String("output")) ||
            (status != QLatin1String("ok") && status != QLatin1String("replayed")))
            continue;
        const QString id = n.value(QLatin1String("node")).toString();
        const QJsonValue output = n.value(QLatin1String("output"));
        if (isTruncatedMarker(output))
            truncated << id; // the invoker refuses it only when the re-run needs it
        else
            outputs.insert(id, output);
    }
    QJsonValue input = record.value(QLatin1String("input"));
    QJsonObject body{{QStringLiteral("outputs"), outputs}};
    if (isTruncatedMarker(input))
        return makeError(tr("re-run: the record keeps only the size of the run's input (over 64 KiB)"));
    body.insert(QStringLiteral("input"), input.isUndefined() ? QJsonValue() : input);
    if (!truncated.isEmpty())
        body.insert(QStringLiteral("truncated"), truncated);
    return compact(body);
}

Result<quint64> FlowDebugSession::rerunFrom(const QString &flow, const QJsonObject &record,
                                            const QString &node, const QString &trigger, int timeoutMs)
{
    if (m_state != State::Connected)
        return makeError(tr("the debugger is not connected to the cluster"));
    auto body = rerunBody(record, node);
    if (!body)
        return body.error();
    Pending pending;
    pending.rerun = true;
    pending.runId = record.value(QLatin1String("runId")).toString();
    const QByteArray subject =
        trigger.isEmpty() ? QByteArrayLiteral("flow.") + flow.toUtf8() : trigger.toUtf8();
    return request(
        subject, *body,
        {{Protocol::StartAtHeader, node.toUtf8()}, {Protocol::TraceModeHeader, Protocol::TraceModeLive}},
        pending, timeoutMs);
}

quint64 FlowDebugSession::request(const QByteArray &subject, const QByteArray &body,
                                  const QMap<QByteArray, QByteArray> &headers, const Pending &pending,
                                  int timeoutMs)
{
    const quint64 id = m_nextRequest++;
    m_pending.insert(id, pending);
    QTimer::singleShot(timeoutMs, this,
                       [this, id] { finishPending(id, true, QByteArrayLiteral("timeout"), {}, {}); });
    natsStatus s = NATS_ERR;
    {
        QMutexLocker lock(&m_shared->mutex);
        const QByteArray reply = m_shared->inbox + QByteArray::number(id);
        natsMsg *raw = nullptr;
        if (m_shared->conn && natsMsg_Create(&raw, subject.constData(), reply.constData(), body.constData(),
                                             int(body.size())) == NATS_OK) {
            NatsMsgPtr msg(raw);
            for (auto it = headers.cbegin(); it != headers.cend(); ++it)
                natsMsgHeader_Set(msg.get(), it.key().constData(), it.value().constData());
            s = natsConnection_PublishMsg(m_shared->conn, msg.get());
        }
    }
    if (s != NATS_OK) {
        // Reported like any answer: after the caller has the id.
        QMetaObject::invokeMethod(
            this,
            [this, id, s] {
                finishPending(id, false, QByteArrayLiteral("unavailable"), NatsClient::describe(s).toUtf8(),
                              {});
            },
            Qt::QueuedConnection);
    }
    return id;
}

void FlowDebugSession::finishPending(quint64 id, bool noReply, const QByteArray &status,
                                     const QByteArray &body, const QMap<QByteArray, QByteArray> &headers)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const Pending pending = *it;
    m_pending.erase(it);
    if (pending.rerun) {
        emit rerunFinished(id, status, body, headers);
        return;
    }
    if (noReply) {
        emit controlFinished(
            id, pending.runId, false,
            status == "no-responders"
                ? tr("no flow invoker is running")
                : tr("no flow invoker holds run %1 paused (it may have finished or been released)")
                      .arg(pending.runId));
        return;
    }
    if (status != "ok") {
        emit controlFinished(id, pending.runId, false, QString::fromUtf8(body));
        return;
    }
    const QJsonObject answer = parseObject(body);
    emit controlFinished(id, pending.runId, answer.value(QLatin1String("ok")).toBool(),
                         answer.value(QLatin1String("error")).toString());
}

void FlowDebugSession::drain()
{
    if (!m_shared)
        return;
    QList<FlowDebugShared::Event> events;
    bool connected = false;
    QString failure;
    QByteArray inbox;
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->wakePending = false;
        events.swap(m_shared->events);
        connected = m_shared->connected;
        failure = m_shared->error;
        inbox = m_shared->inbox;
    }
    if (!failure.isEmpty() && m_state != State::Failed) {
        m_error = failure;
        qCWarning(lcFlowDebug) << failure;
        setState(State::Failed);
        emit error(failure);
        return;
    }
    if (connected && m_state == State::Connecting) {
        setState(State::Connected);
        m_resend.setInterval(m_ttlMs / 3);
        m_resend.start();
        resendAll();
    }
    const QByteArray prefix(Protocol::DebugSubjectPrefix);
    for (const FlowDebugShared::Event &e : std::as_const(events)) {
        if (e.subject.isEmpty())
            continue; // a wake-up only
        if (!inbox.isEmpty() && e.subject.startsWith(inbox)) {
            const quint64 id = e.subject.mid(inbox.size()).toULongLong();
            const QByteArray status = e.noResponders
                                          ? QByteArrayLiteral("no-responders")
                                          : e.headers.value(Protocol::StatusHeader, QByteArrayLiteral("ok"));
            finishPending(id, e.noResponders, status, e.data, e.headers);
            continue;
        }
        if (!e.subject.startsWith(prefix))
            continue;
        const QByteArray rest = e.subject.mid(prefix.size());
        const qsizetype dot = rest.lastIndexOf('.');
        const QString flow = QString::fromUtf8(rest.left(dot));
        const QByteArray kind = rest.mid(dot);
        if (kind == Protocol::DebugSyncSuffix) {
            if (!m_breakpoints.value(flow).isEmpty())
                sendBreakpoints(flow);
            continue;
        }
        const QJsonObject o = parseObject(e.data);
        if (o.value(QLatin1String("session")).toString() != m_sessionId)
            continue; // another workbench's
        if (kind == Protocol::DebugPausedSuffix) {
            if (const auto run = PausedRun::fromJson(o)) {
                m_paused.insert(pausedKey(run->runId, run->node, run->element), *run);
                emit paused(*run);
            }
        } else if (kind == Protocol::DebugResumedSuffix) {
            const QString runId = o.value(QLatin1String("runId")).toString();
            const QString node = o.value(QLatin1String("node")).toString();
            const int element = o.value(QLatin1String("element")).toInt(-1);
            m_paused.remove(pausedKey(runId, node, element));
            emit resumed(runId, node, element, o.value(QLatin1String("reason")).toString());
        } else if (kind == Protocol::DebugWarningSuffix) {
            emit warning(o.value(QLatin1String("warning")).toString());
        }
    }
}

} // namespace Stratus
