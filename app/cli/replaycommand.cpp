#include "replaycommand.h"

#include "eventstore.h"
#include "functionreplayer.h"
#include "jsondiff.h"

#include <QFile>

#include <cstdio>

namespace Stratus::Cli {

QString ReplayCommand::summary() const
{
    return tr("Run a recorded function event again on this machine; compare the result.");
}

void ReplayCommand::configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Runs the function of a recorded event locally, as a cold invoker would: the manifest's\n"
           "command, its workdir and environment, the event on stdin, its timeout. Prints the new\n"
           "output on stdout; --diff then compares it with the recorded output (JSON-aware) on\n"
           "stderr. --debug waits for an external debugger first (host and port on stderr).\n"
           "Exit codes: 0 ok (and identical with --diff), 1 failure or a difference, 2 usage,\n"
           "3 no cluster, 4 the function failed.\n"));
    parser.addPositionalArgument(QStringLiteral("event"), tr("e42, or a request id."));
    parser.addOptions({projectOption(), m_dataOption, m_diffOption, m_debugOption});
}

int ReplayCommand::execute(const QCommandLineParser &parser)
{
    const QString id = parser.positionalArguments().constFirst();
    const auto where = location(parser);
    if (!where)
        return fail(Failure, where.errorMessage());
    const auto manifest = where->manifest();
    if (!manifest)
        return fail(Failure, manifest.errorMessage());
    std::optional<QByteArray> data;
    if (parser.isSet(m_dataOption)) {
        const QString value = parser.value(m_dataOption);
        if (value.startsWith(QLatin1Char('@'))) {
            QFile file(value.mid(1));
            if (!file.open(QIODevice::ReadOnly))
                return fail(Failure, tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
            data = file.readAll();
        } else {
            data = value.toUtf8();
        }
    }
    return withEvent(parser, id, [&](EventStore &store, const RecordedEvent &event) {
        if (event.kind != RecordedEvent::Kind::Function)
            return fail(Failure, tr("%1 is a run of flow %2; replay runs functions (run the flow again with "
                                    "`stratus flow run %2 --data ...`)")
                                     .arg(event.eventId(), event.name));
        QByteArray input;
        if (data) {
            input = *data;
        } else {
            const auto full = store.fullInput(event);
            if (!full)
                return fail(Failure, full.errorMessage());
            input = *full;
        }
        FunctionReplayer replayer;
        std::optional<ReplayResult> result;
        QObject::connect(&replayer, &FunctionReplayer::finished, &replayer,
                         [&result](const ReplayResult &r) { result = r; });
        QObject::connect(&replayer, &FunctionReplayer::waitingForDebugger, &replayer,
                         [](const QString &, const QString &hint) {
                             printError(tr("waiting for a debugger: %1").arg(hint));
                         });
        FunctionReplayer::Options options;
        options.debug = parser.isSet(m_debugOption);
        options.natsUrl = store.natsUrl();
        options.subject = event.record.value(QLatin1String("subject")).toString();
        replayer.start(*manifest, event.name, input, options);
        waitUntil([&result] { return result.has_value(); }, 24 * 3600 * 1000);
        if (!result)
            return fail(Failure, tr("the replay did not finish"));
        std::fwrite(result->output.constData(), 1, size_t(result->output.size()), stdout);
        if (!result->output.endsWith('\n'))
            std::fputc('\n', stdout);
        std::fflush(stdout);
        if (!result->ok()) {
            if (!result->stderrText.isEmpty())
                std::fprintf(stderr, "%s", result->stderrText.toLocal8Bit().constData());
            return fail(FunctionFailed, tr("error: %1").arg(result->error));
        }
        if (!parser.isSet(m_diffOption))
            return int(Success);
        const JsonDiff diff = JsonDiff::compare(event.output(), result->output);
        if (diff.identical()) {
            printError(tr("identical to the recorded output of %1").arg(event.eventId()));
            return int(Success);
        }
        printError(tr("differs from the recorded output of %1:\n%2").arg(event.eventId(), diff.summary()));
        return int(Failure);
    });
}

} // namespace Stratus::Cli
