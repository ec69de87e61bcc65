#include "eventsshowcommand.h"

#include "eventmodel.h"
#include "eventstore.h"

#include <QJsonDocument>

#include <cstdio>

namespace Stratus::Cli {

QString EventsShowCommand::summary() const
{
    return tr("Show one recorded event: input, output, stderr, timings.");
}

void EventsShowCommand::configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Shows a recorded event: an event id (e42), a function's request id or a flow's run id.\n"
           "Inputs and outputs cut because they were large say so, and where the whole is kept.\n") +
        serviceExitCodes(tr("no such event: the message says so")));
    parser.addPositionalArgument(QStringLiteral("event"), tr("e42, a request id or a run id."));
    parser.addOptions({projectOption(), m_jsonOption});
}

int EventsShowCommand::execute(const QCommandLineParser &parser)
{
    const QString id = parser.positionalArguments().constFirst();
    return withEvent(parser, id, [&](EventStore &, const RecordedEvent &event) {
        if (parser.isSet(m_jsonOption)) {
            std::printf("%s\n", QJsonDocument(event.record).toJson(QJsonDocument::Indented).constData());
            return int(Success);
        }
        QStringList lines{
            tr("event:    %1 (%2 %3)").arg(event.eventId(), event.kindName(), event.name),
            tr("id:       %1").arg(event.id),
            tr("time:     %1").arg(event.time.toLocalTime().toString(Qt::ISODateWithMs)),
            tr("status:   %1").arg(event.status),
            tr("duration: %1").arg(EventModel::durationText(event.durationUs)),
        };
        if (event.kind == RecordedEvent::Kind::Function)
            lines << tr("exit:     %1").arg(event.exitCode());
        if (!event.error().isEmpty())
            lines << tr("error:    %1").arg(event.error());
        const auto section = [&lines](const QString &title, const QString &marker, const QByteArray &body) {
            lines << QString()
                  << QStringLiteral("--- %1%2")
                         .arg(title, marker.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(marker));
            lines << QString::fromUtf8(body);
        };
        section(tr("input"), event.inputMarker(), event.input());
        section(tr("output"), event.outputMarker(), event.output());
        if (!event.stderrText().isEmpty())
            section(tr("stderr"), {}, event.stderrText().toUtf8());
        print(lines.join(QLatin1Char('\n')));
        return int(Success);
    });
}

} // namespace Stratus::Cli
