#include "eventstore.h"

#include "datastoreclient.h"
#include "kvbucket.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <algorithm>
#include <functional>

Q_LOGGING_CATEGORY(lcEvents, "stratus.core.debug", QtWarningMsg)

namespace Stratus {

namespace {

struct MetaDeleter
{
    void operator()(jsMsgMetaData *m) const { jsMsgMetaData_Destroy(m); }
};

constexpr int64_t QuietMs = 3000; // the broker sends heartbeats; silence this long means it is gone
constexpr quint64 FirstWindow = 2000;

bool matches(const RecordedEvent &e, const EventQuery &q, const QByteArray &raw)
{
    if (!q.function.isEmpty() && (e.kind != RecordedEvent::Kind::Function || e.name != q.function))
        return false;
    if (!q.flow.isEmpty() && (e.kind != RecordedEvent::Kind::Flow || e.name != q.flow))
        return false;
    if (!q.status.isEmpty() && e.status != q.status)
        return false;
    if (!q.text.isEmpty() && !QString::fromUtf8(raw).contains(q.text, Qt::CaseInsensitive) &&
        !e.eventId().contains(q.text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace

quint64 EventStore::sequenceOf(const QString &id)
{
    QString digits = id.trimmed();
    if (digits.startsWith(QLatin1Char('e')) || digits.startsWith(QLatin1Char('E')))
        digits.remove(0, 1);
    bool ok = false;
    const quint64 sequence = digits.toULongLong(&ok);
    return ok ? sequence : 0;
}

Result<EventStore> EventStore::connect(const QString &natsUrl)
{
    auto client = NatsClient::connect(natsUrl, QStringLiteral("stratus-events"));
    if (!client)
        return client.error();
    auto owned = std::make_unique<NatsClient>(std::move(*client));
    auto recorder = EventRecorder::open(owned->handle());
    if (!recorder)
        return recorder.error();
    return EventStore(std::move(owned), std::move(*recorder), natsUrl);
}

Status EventStore::scan(quint64 first, quint64 last,
                        const std::function<void(RecordedEvent &&, const QByteArray &)> &take) const
{
    // A push consumer of our own on an inbox: no filter (a paused stream has other subjects),
    // no acks, gone when deleted below or, if this process dies, after its inactivity threshold.
    // Far faster than one direct get per message.
    natsInbox *rawInbox = nullptr;
    natsInbox_Create(&rawInbox);
    const QByteArray inbox(rawInbox);
    natsInbox_Destroy(rawInbox);
    natsSubscription *raw = nullptr;
    natsStatus s = natsConnection_SubscribeSync(&raw, m_client->handle(), inbox.constData());
    if (s != NATS_OK)
        return makeError(tr("cannot read the recorded events: %1").arg(KvBucket::lastErrorText(s)));
    NatsSubscriptionPtr sub(raw);
    natsSubscription_SetPendingLimits(sub.get(), -1, 512 * 1024 * 1024);
    jsConsumerConfig config;
    jsConsumerConfig_Init(&config);
    config.DeliverSubject = inbox.constData();
    config.DeliverPolicy = js_DeliverByStartSequence;
    config.OptStartSeq = first;
    config.AckPolicy = js_AckNone;
    config.InactiveThreshold = int64_t(30) * 1000 * 1000 * 1000;
    config.MemoryStorage = true;
    jsConsumerInfo *info = nullptr;
    jsErrCode code = jsErrCode(0);
    s = js_AddConsumer(&info, m_recorder.context(), EventRecorder::StreamName, &config, nullptr, &code);
    if (s != NATS_OK)
        return makeError(tr("cannot read the recorded events: %1").arg(KvBucket::lastErrorText(s)));
    const QByteArray consumer(info->Name);
    jsConsumerInfo_Destroy(info);
    Status result = Ok{};
    for (;;) {
        natsMsg *m = nullptr;
        s = natsSubscription_NextMsg(&m, sub.get(), QuietMs);
        if (s == NATS_TIMEOUT)
            break; // what was asked for is no longer there (expired or cleared meanwhile)
        if (s != NATS_OK) {
            result = makeError(tr("reading the recorded events: %1").arg(KvBucket::lastErrorText(s)));
            break;
        }
        NatsMsgPtr msg(m);
        jsMsgMetaData *rawMeta = nullptr;
        if (natsMsg_GetMetaData(&rawMeta, msg.get()) != NATS_OK)
            continue;
        std::unique_ptr<jsMsgMetaData, MetaDeleter> meta(rawMeta);
        const quint64 sequence = meta->Sequence.Stream;
        if (sequence > last)
            break;
        const QByteArray data(natsMsg_GetData(msg.get()), natsMsg_GetDataLength(msg.get()));
        auto event =
            RecordedEvent::fromMessage(sequence, QString::fromUtf8(natsMsg_GetSubject(msg.get())), data,
                                       QDateTime::fromMSecsSinceEpoch(meta->Timestamp / 1000000, Qt::UTC));
        if (event)
            take(std::move(*event), data);
        else
            qCWarning(lcEvents) << event.errorMessage();
        if (sequence == last || meta->NumPending == 0)
            break;
    }
    natsSubscription_Unsubscribe(sub.get());
    js_DeleteConsumer(m_recorder.context(), EventRecorder::StreamName, consumer.constData(), nullptr,
                      nullptr);
    return result;
}

Result<QList<RecordedEvent>> EventStore::list(const EventQuery &query) const
{
    const auto state = m_recorder.state();
    if (!state)
        return state.error();
    QList<RecordedEvent> found;
    if (state->messages == 0 || query.limit <= 0)
        return found;
    const quint64 lower = std::max(state->firstSequence, query.afterSequence + 1);
    quint64 upper = state->lastSequence;
    if (query.beforeSequence > 0)
        upper = std::min(upper, query.beforeSequence - 1);
    // Newest first: read windows backwards from the end, each larger than the last, until
    // enough events matched or the oldest is reached.
    quint64 window = std::max<quint64>(FirstWindow, quint64(query.limit) * 2);
    while (upper >= lower && upper > 0 && found.size() < query.limit) {
        const quint64 start = upper - lower + 1 > window ? upper - window + 1 : lower;
        QList<RecordedEvent> batch;
        const Status s = scan(start, upper, [&](RecordedEvent &&e, const QByteArray &raw) {
            if (matches(e, query, raw))
                batch.append(std::move(e));
        });
        if (!s)
            return s.error();
        for (auto it = batch.rbegin(); it != batch.rend() && found.size() < query.limit; ++it)
            found.append(std::move(*it));
        if (start == 0 || start <= lower)
            break;
        upper = start - 1;
        window *= 4;
    }
    return found;
}

Result<RecordedEvent> EventStore::get(quint64 sequence) const
{
    natsMsg *raw = nullptr;
    jsErrCode code = jsErrCode(0);
    const natsStatus s =
        js_GetMsg(&raw, m_recorder.context(), EventRecorder::StreamName, sequence, nullptr, &code);
    if (s == NATS_NOT_FOUND || int(code) == 10037 /* no message found */)
        return makeError(tr("there is no event e%1 (never recorded, expired by the recording limits, "
                            "or cleared)")
                             .arg(sequence));
    if (s != NATS_OK)
        return makeError(tr("cannot read event e%1: %2").arg(sequence).arg(KvBucket::lastErrorText(s)));
    NatsMsgPtr msg(raw);
    const QByteArray data(natsMsg_GetData(msg.get()), natsMsg_GetDataLength(msg.get()));
    return RecordedEvent::fromMessage(
        sequence, QString::fromUtf8(natsMsg_GetSubject(msg.get())), data,
        QDateTime::fromMSecsSinceEpoch(natsMsg_GetTime(msg.get()) / 1000000, Qt::UTC));
}

Result<QByteArray> EventStore::fullInput(const RecordedEvent &event) const
{
    if (event.inputComplete())
        return event.input();
    const QString ref = event.inputRef();
    if (ref.isEmpty() || event.kind != RecordedEvent::Kind::Function)
        return makeError(
            QStringLiteral("%1 cannot be replayed as recorded: its input was %2. Replay it with an "
                           "input of your own (--data, or edit it in the Debugger panel)")
                .arg(event.eventId(), event.inputMarker()));
    auto datastore = DatastoreClient::connect(m_natsUrl);
    if (!datastore)
        return datastore.error();
    const qsizetype slash = ref.indexOf(QLatin1Char('/'));
    const auto value = datastore->get(ref.left(slash), ref.mid(slash + 1));
    if (!value)
        return value.error();
    if (!*value)
        return makeError(
            QStringLiteral("%1's input was kept in the datastore as %2, which is gone (its run's TTL "
                           "passed, or the cluster restarted)")
                .arg(event.eventId(), ref));
    return **value;
}

Result<RecordedEvent> EventStore::find(const QString &id) const
{
    if (const quint64 sequence = sequenceOf(id))
        return get(sequence);
    EventQuery query;
    query.text = id;
    query.limit = 1000;
    const auto candidates = list(query);
    if (!candidates)
        return candidates.error();
    for (const RecordedEvent &e : *candidates) {
        if (e.id == id)
            return e;
    }
    return makeError(tr("no recorded event has the id \"%1\" (an event id like e42, a request id or "
                        "a flow run id; `stratus events ls` lists them)")
                         .arg(id));
}

} // namespace Stratus
