#include "eventsrecordingcommand.h"

#include "eventstore.h"
#include "recordedevent.h"

namespace Stratus::Cli {

QString EventsRecordingCommand::name() const
{
    switch (m_action) {
    case Action::Pause:
        return QStringLiteral("events pause");
    case Action::Resume:
        return QStringLiteral("events resume");
    case Action::Clear:
        return QStringLiteral("events clear");
    case Action::Status:
        break;
    }
    return QStringLiteral("events status");
}

QString EventsRecordingCommand::summary() const
{
    switch (m_action) {
    case Action::Pause:
        return tr("Stop recording events until `events resume`.");
    case Action::Resume:
        return tr("Record events again.");
    case Action::Clear:
        return tr("Drop every recorded event.");
    case Action::Status:
        break;
    }
    return tr("Whether events are recorded, how many, and the limits.");
}

void EventsRecordingCommand::configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n') +
        tr("The recorder is the JetStream stream STRATUS_EVENTS of the running cluster;\n"
           "paused stays paused across cluster restarts (docs/debugger.md).\n") +
        serviceExitCodes());
    parser.addOptions({projectOption()});
}

int EventsRecordingCommand::execute(const QCommandLineParser &parser)
{
    return withRunningCluster(parser, [&](const QString &natsUrl) {
        const auto store = EventStore::connect(natsUrl);
        if (!store)
            return fail(NotRunning, store.errorMessage());
        const EventRecorder &recorder = store->recorder();
        Status done = Ok{};
        if (m_action == Action::Pause)
            done = recorder.pause();
        else if (m_action == Action::Resume)
            done = recorder.resume();
        else if (m_action == Action::Clear)
            done = recorder.clear();
        if (!done)
            return fail(Failure, done.errorMessage());
        const auto state = recorder.state();
        if (!state)
            return fail(Failure, state.errorMessage());
        const QString limits =
            tr("limits: %1, %2, %3")
                .arg(RecordedEvent::sizeText(state->limits.maxBytes),
                     state->limits.maxAgeSeconds > 0 ? tr("%1 s").arg(state->limits.maxAgeSeconds)
                                                     : tr("no age limit"),
                     state->limits.maxMessages > 0 ? tr("%1 events").arg(state->limits.maxMessages)
                                                   : tr("no count limit"));
        print(tr("recording %1: %2 events, %3 (%4)")
                  .arg(state->paused ? tr("paused") : tr("on"))
                  .arg(state->messages)
                  .arg(RecordedEvent::sizeText(state->bytes), limits));
        return int(Success);
    });
}

} // namespace Stratus::Cli
