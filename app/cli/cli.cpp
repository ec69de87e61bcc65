#include "cli.h"

#include "clusterdowncommand.h"
#include "clusterstatuscommand.h"
#include "clusterupcommand.h"
#include "datagetcommand.h"
#include "datalscommand.h"
#include "deploycommand.h"
#include "eventslscommand.h"
#include "eventsrecordingcommand.h"
#include "eventssavecommand.h"
#include "eventsshowcommand.h"
#include "flowruncommand.h"
#include "flowtracecommand.h"
#include "flowvalidatecommand.h"
#include "invokecommand.h"
#include "logscommand.h"
#include "registrygetcommand.h"
#include "registrylscommand.h"
#include "registryputcommand.h"
#include "registryrmcommand.h"
#include "releasescommand.h"
#include "remotestatuscommand.h"
#include "replaycommand.h"
#include "rollbackcommand.h"
#include "stresscommand.h"
#include "testcommand.h"

#include <cstdio>

namespace Stratus::Cli {

namespace {

QStringList words(const Command *command)
{
    return command->name().split(QLatin1Char(' '));
}

bool isHelp(const QString &argument)
{
    return argument == QLatin1String("--help") || argument == QLatin1String("-h") ||
           argument == QLatin1String("help");
}

void printTo(FILE *stream, const QString &text)
{
    std::fprintf(stream, "%s\n", text.toLocal8Bit().constData());
}

} // namespace

Cli::Cli(QObject *parent) : QObject(parent)
{
    m_commands = {new ClusterUpCommand(this), new ClusterStatusCommand(this), new ClusterDownCommand(this),
                  new InvokeCommand(this), new LogsCommand(this), new RegistryLsCommand(this),
                  new RegistryGetCommand(this), new RegistryPutCommand(this), new RegistryRmCommand(this),
                  new DataLsCommand(this), new DataGetCommand(this), new StressCommand(this),
                  new FlowRunCommand(this), new FlowTraceCommand(this), new FlowValidateCommand(this),
                  new DeployCommand(this), new ReleasesCommand(this), new RollbackCommand(this),
                  new RemoteStatusCommand(this),
                  // the debugger (docs/debugger.md)
                  new EventsLsCommand(this), new EventsShowCommand(this), new EventsSaveCommand(this),
                  new EventsRecordingCommand(EventsRecordingCommand::Action::Pause, this),
                  new EventsRecordingCommand(EventsRecordingCommand::Action::Resume, this),
                  new EventsRecordingCommand(EventsRecordingCommand::Action::Clear, this),
                  new EventsRecordingCommand(EventsRecordingCommand::Action::Status, this),
                  new ReplayCommand(this), new TestCommand(this)};
}

Command *Cli::find(const QStringList &arguments) const
{
    for (Command *command : m_commands) {
        const QStringList name = words(command);
        if (arguments.mid(0, name.size()) == name)
            return command;
    }
    return nullptr;
}

QString Cli::helpText(const QString &group) const
{
    QStringList lines;
    lines << (group.isEmpty() ? tr("Usage: stratus <command> [options]")
                              : tr("Usage: stratus %1 <command> [options]").arg(group))
          << QString() << tr("Stratus Workbench: run and invoke a project's functions on a local cluster.")
          << QString() << tr("Commands:");
    for (const Command *command : m_commands) {
        if (group.isEmpty() || words(command).constFirst() == group)
            lines << QStringLiteral("  %1%2").arg(command->name().leftJustified(18), command->summary());
    }
    lines << QString() << tr("Run `stratus <command> --help` for a command's options.");
    if (group.isEmpty()) {
        lines << QString()
              << tr("Exit codes: 0 success, 1 failure, 2 usage error, 3 no cluster running or broker\n"
                    "unreachable, 4 the function failed, 5 no reply in time, 6 a stress threshold was "
                    "breached.");
    }
    return lines.join(QLatin1Char('\n'));
}

int Cli::run(const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        printTo(stderr, helpText({}));
        return UsageError;
    }
    if (isHelp(arguments.constFirst())) {
        printTo(stdout, helpText({}));
        return Success;
    }
    if (arguments.constFirst() == QLatin1String("--version")) {
        printTo(stdout, QStringLiteral("stratus %1").arg(QCoreApplication::applicationVersion()));
        return Success;
    }
    if (Command *command = find(arguments))
        return command->run(arguments.mid(words(command).size()));

    const QString first = arguments.constFirst();
    const bool isGroup = std::any_of(m_commands.cbegin(), m_commands.cend(), [&first](const Command *c) {
        return words(c).size() > 1 && words(c).constFirst() == first;
    });
    if (isGroup && (arguments.size() == 1 || isHelp(arguments.at(1)))) {
        printTo(arguments.size() == 1 ? stderr : stdout, helpText(first));
        return arguments.size() == 1 ? UsageError : Success;
    }
    const QString unknown = isGroup ? first + QLatin1Char(' ') + arguments.at(1) : first;
    printTo(stderr, tr("stratus: unknown command '%1' (see stratus%2 --help)")
                        .arg(unknown, isGroup ? QLatin1Char(' ') + first : QString()));
    return UsageError;
}

} // namespace Stratus::Cli
