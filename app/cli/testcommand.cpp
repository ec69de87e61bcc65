#include "testcommand.h"

#include "eventmodel.h"
#include "savedeventsrunner.h"

namespace Stratus::Cli {

QString TestCommand::summary() const
{
    return tr("Run a function's saved test events locally and compare the outputs.");
}

void TestCommand::configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Replays every events/FUNCTION/NAME.json of the project through the function, locally\n"
           "(no cluster needed), and compares each output with NAME.expected.json (JSON-aware).\n"
           "An event without an expected output passes when the function answers ok.\n"
           "Exit codes: 0 all passed, 1 a failure (or no saved events), 2 usage.\n"));
    parser.addPositionalArgument(QStringLiteral("function"), tr("The function's name in the manifest."));
    parser.addOptions({projectOption(), m_updateOption});
}

int TestCommand::execute(const QCommandLineParser &parser)
{
    const QString function = parser.positionalArguments().constFirst();
    const auto where = location(parser);
    if (!where)
        return fail(Failure, where.errorMessage());
    const auto manifest = where->manifest();
    if (!manifest)
        return fail(Failure, manifest.errorMessage());
    FunctionReplayer::Options options;
    if (const auto url = runningBrokerUrl(*where))
        options.natsUrl = *url; // for functions that call services; none is needed otherwise
    SavedEventsRunner runner;
    bool done = false;
    QString error;
    QObject::connect(&runner, &SavedEventsRunner::eventFinished, &runner, [](const SavedEventOutcome &o) {
        print(QStringLiteral("%1  %2  %3  %4")
                  .arg(o.passed ? tr("PASS") : tr("FAIL"), o.event.name,
                       EventModel::durationText(o.result.durationUs), o.verdict));
    });
    QObject::connect(&runner, &SavedEventsRunner::finished, &runner,
                     [&](const QList<SavedEventOutcome> &, const QString &e) {
                         done = true;
                         error = e;
                     });
    runner.start(*manifest, function, parser.isSet(m_updateOption), options);
    waitUntil([&done] { return done; }, 24 * 3600 * 1000);
    if (!error.isEmpty())
        return fail(Failure, error);
    const QList<SavedEventOutcome> outcomes = runner.outcomes();
    const auto failed = std::count_if(outcomes.cbegin(), outcomes.cend(),
                                      [](const SavedEventOutcome &o) { return !o.passed; });
    print(tr("%1: %2 of %3 passed").arg(function).arg(outcomes.size() - failed).arg(outcomes.size()));
    return failed == 0 ? int(Success) : int(Failure);
}

} // namespace Stratus::Cli
