#pragma once

#include "kvhandles.h"
#include "manifest.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Stratus {

// The JetStream stream STRATUS_EVENTS that keeps every invocation record (stratus.records.>)
// and every flow-run record (stratus.runs.>) on disk, within the manifest's `recording`
// limits (docs/debugger.md, "Recording"). The datastore process sets it up at every cluster
// start, before its ready line, so it exists before the first invocation. Pausing points the
// stream at a subject nobody publishes on; resuming points it back; clearing purges it.
// Blocking calls (they wait for the broker): never on a GUI thread. Thread-safe as nats.c is.
class EventRecorder
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::EventRecorder)

public:
    static constexpr char StreamName[] = "STRATUS_EVENTS";
    static constexpr char RecordsSubjects[] = "stratus.records.>";
    static constexpr char RunsSubjects[] = "stratus.runs.>";
    static constexpr char PausedSubject[] = "stratus.recording.paused";

    struct State
    {
        bool paused = false;
        quint64 messages = 0;
        qint64 bytes = 0;
        quint64 firstSequence = 0;
        quint64 lastSequence = 0;
        RecordingSettings limits;
    };

    // conn is not owned: it must outlive the recorder.
    static Result<EventRecorder> open(natsConnection *conn);

    EventRecorder(EventRecorder &&) = default;
    EventRecorder &operator=(EventRecorder &&) = default;

    // Creates the stream, or brings an existing one to these limits; a paused stream stays paused.
    Status ensureStream(const RecordingSettings &limits) const;
    Result<State> state() const;
    Status pause() const;
    Status resume() const;
    Status clear() const; // drops every recorded event

    jsCtx *context() const { return m_js.get(); }

private:
    explicit EventRecorder(JsCtxPtr js) : m_js(std::move(js)) {}
    Status setSubjects(bool paused) const;

    JsCtxPtr m_js;
};

} // namespace Stratus
