#pragma once

#include "eventrecorder.h"
#include "natsclient.h"
#include "recordedevent.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

#include <memory>

namespace Stratus {

// What EventStore::list() returns: filters are ANDed, empty ones match everything.
struct EventQuery
{
    QString function;           // function records of this function only
    QString flow;               // flow-run records of this flow only
    QString status;             // "ok", "function-error", ... (a flow run's status too)
    QString text;               // case-insensitive, anywhere in the record (ids, input, output, stderr)
    int limit = 200;            // at most this many, newest first
    quint64 beforeSequence = 0; // paging: only events older than this one (0: from the newest)
    quint64 afterSequence = 0;  // only events newer than this one (0: no lower bound)
};

// The recorded events of a running cluster (the stream STRATUS_EVENTS, docs/debugger.md):
// list newest first with filters and paging, get one by sequence, find one by any id.
// Blocking: every call waits for the broker, so GUI code calls it through runOffThread().
// Thread-safe as nats.c is: one store may serve several threads.
class EventStore
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::EventStore)

public:
    static Result<EventStore> connect(const QString &natsUrl);

    EventStore(EventStore &&) = default;
    EventStore &operator=(EventStore &&) = default;

    // Events in list() carry their whole record too (listing reads every message anyway).
    Result<QList<RecordedEvent>> list(const EventQuery &query) const;
    Result<RecordedEvent> get(quint64 sequence) const;
    // "e1234" or "1234" (a sequence), a function's request id, or a flow's run id.
    Result<RecordedEvent> find(const QString &id) const;

    // The whole input of a function's event, to replay it: the record's own, or the datastore
    // object a large one was kept in; an error says why it is not there (cut and not kept,
    // or its run's TTL passed).
    Result<QByteArray> fullInput(const RecordedEvent &event) const;

    const EventRecorder &recorder() const { return m_recorder; }
    QString natsUrl() const { return m_natsUrl; }

    // Sequence from an event id ("e1234" or "1234"); 0 when id is not one.
    static quint64 sequenceOf(const QString &id);

private:
    EventStore(std::unique_ptr<NatsClient> client, EventRecorder recorder, QString natsUrl)
        : m_client(std::move(client)), m_recorder(std::move(recorder)), m_natsUrl(std::move(natsUrl))
    {
    }
    // The stored messages from sequence first to last, in order, each handed to take().
    Status scan(quint64 first, quint64 last,
                const std::function<void(RecordedEvent &&, const QByteArray &raw)> &take) const;

    std::unique_ptr<NatsClient> m_client; // declared first: destroyed after the recorder's context
    EventRecorder m_recorder;
    QString m_natsUrl;
};

} // namespace Stratus
