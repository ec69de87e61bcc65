#include "eventssavecommand.h"

#include "eventstore.h"
#include "savedevents.h"

namespace Stratus::Cli {

QString EventsSaveCommand::summary() const
{
    return tr("Save a recorded function event as a named test event of the project.");
}

void EventsSaveCommand::configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Writes the event's input to events/FUNCTION/NAME.json in the project and, when the\n"
           "invocation answered ok, its output to events/FUNCTION/NAME.expected.json, which\n"
           "`stratus test FUNCTION` compares with. An existing event of that name is replaced.\n") +
        serviceExitCodes(tr("no such event, a flow run, or an input that was not kept whole")));
    parser.addPositionalArgument(QStringLiteral("event"), tr("e42, or a request id."));
    parser.addPositionalArgument(QStringLiteral("name"),
                                 tr("The test event's name (letters, digits, - _ .)."));
    parser.addOptions({projectOption(), m_noExpectedOption});
}

int EventsSaveCommand::execute(const QCommandLineParser &parser)
{
    const QString id = parser.positionalArguments().at(0);
    const QString name = parser.positionalArguments().at(1);
    if (Status s = SavedEvents::checkName(name); !s)
        return fail(UsageError, s.errorMessage());
    const auto where = location(parser);
    if (!where)
        return fail(Failure, where.errorMessage());
    return withEvent(parser, id, [&](EventStore &store, const RecordedEvent &event) {
        if (event.kind != RecordedEvent::Kind::Function)
            return fail(Failure, tr("%1 is a run of flow %2: test events belong to functions")
                                     .arg(event.eventId(), event.name));
        const auto input = store.fullInput(event);
        if (!input)
            return fail(Failure, input.errorMessage());
        std::optional<QByteArray> expected;
        if (!parser.isSet(m_noExpectedOption) && event.status == QLatin1String("ok") &&
            event.outputMarker().isEmpty())
            expected = event.output();
        const auto saved = SavedEvents(where->projectDir).save(event.name, name, *input, expected);
        if (!saved)
            return fail(Failure, saved.errorMessage());
        print(expected ? tr("saved %1 and %2").arg(saved->inputPath, saved->expectedPath)
                       : tr("saved %1 (no expected output)").arg(saved->inputPath));
        return int(Success);
    });
}

} // namespace Stratus::Cli
