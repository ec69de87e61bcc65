#include "eventslscommand.h"

#include "eventmodel.h"
#include "eventstore.h"
#include "statusreport.h"

#include <QJsonDocument>

#include <cstdio>

namespace Stratus::Cli {

QString EventsLsCommand::summary() const
{
    return tr("List recorded invocations and flow runs, newest first.");
}

void EventsLsCommand::configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Lists what the running cluster recorded (the JetStream stream STRATUS_EVENTS): each\n"
           "function invocation and flow run with its event id (e42), time, status and duration.\n"
           "The event id is what `stratus events show`, `events save` and `replay` take.\n") +
        serviceExitCodes());
    parser.addOptions({projectOption(), m_functionOption, m_flowOption, m_statusOption, m_textOption,
                       m_limitOption, m_beforeOption, m_jsonOption});
}

int EventsLsCommand::execute(const QCommandLineParser &parser)
{
    EventQuery query;
    query.function = parser.value(m_functionOption);
    query.flow = parser.value(m_flowOption);
    query.status = parser.value(m_statusOption);
    query.text = parser.value(m_textOption);
    bool ok = false;
    query.limit = parser.value(m_limitOption).toInt(&ok);
    if (!ok || query.limit <= 0)
        return fail(UsageError, tr("--limit must be a positive number"));
    if (parser.isSet(m_beforeOption)) {
        query.beforeSequence = EventStore::sequenceOf(parser.value(m_beforeOption));
        if (query.beforeSequence == 0)
            return fail(UsageError, tr("--before takes an event id like e42"));
    }
    return withRunningCluster(parser, [&](const QString &natsUrl) {
        const auto store = EventStore::connect(natsUrl);
        if (!store)
            return fail(NotRunning, store.errorMessage());
        const auto events = store->list(query);
        if (!events)
            return fail(Failure, events.errorMessage());
        if (parser.isSet(m_jsonOption)) {
            for (const RecordedEvent &e : *events) {
                QJsonObject line = e.record;
                line.insert(QStringLiteral("event"), e.eventId());
                line.insert(QStringLiteral("kind"), e.kindName());
                std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
            }
            return int(Success);
        }
        if (events->isEmpty()) {
            const auto state = store->recorder().state();
            print(state && state->paused ? tr("No events (recording is paused: `stratus events resume`).")
                                         : tr("No events."));
            return int(Success);
        }
        QList<QStringList> rows{
            {tr("EVENT"), tr("KIND"), tr("NAME"), tr("TIME"), tr("STATUS"), tr("DURATION"), tr("ID")}};
        for (const RecordedEvent &e : *events)
            rows << QStringList{
                e.eventId(), e.kindName(),
                e.name,      e.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
                e.status,    EventModel::durationText(e.durationUs),
                e.id};
        print(StatusReport::table(rows));
        return int(Success);
    });
}

} // namespace Stratus::Cli
