#include "command.h"

#include "statusreport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>

namespace Stratus::Cli {

int Command::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption helpOption = parser.addHelpOption();
    configure(parser);
    const QStringList positional = positionalNames();
    const QString seeHelp = tr("(see stratus %1 --help)").arg(name());
    if (!parser.parse(QStringList{QStringLiteral("stratus")} + arguments)) {
        printError(QStringLiteral("%1 %2").arg(parser.errorText(), seeHelp));
        return UsageError;
    }
    if (parser.isSet(helpOption)) {
        print(helpText(parser));
        return Success;
    }
    const qsizetype given = parser.positionalArguments().size();
    if (given < positional.size()) {
        printError(tr("missing argument <%1> %2").arg(positional.at(given), seeHelp));
        return UsageError;
    }
    const qsizetype allowed = positional.size() + optionalPositionalNames().size();
    if (given > allowed) {
        printError(tr("unexpected argument '%1' %2").arg(parser.positionalArguments().at(allowed), seeHelp));
        return UsageError;
    }
    return execute(parser);
}

QString Command::serviceExitCodes(const QString &failure)
{
    return tr("Exit codes: %1 ok, %2 failure%3, %4 usage, %5 no cluster running.")
        .arg(int(Success))
        .arg(int(Failure))
        .arg(failure.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(failure))
        .arg(int(UsageError))
        .arg(int(NotRunning));
}

QString Command::helpText(const QCommandLineParser &parser) const
{
    // QCommandLineParser's usage line ("Usage: EXECUTABLE [options] ...", translated with Qt's
    // strings) names the executable only; it needs the command too.
    QString text = parser.helpText();
    const QString executable = QCoreApplication::arguments().value(0);
    const qsizetype at = executable.isEmpty() ? -1 : text.indexOf(executable);
    if (at >= 0 && at < text.indexOf(QLatin1Char('\n')))
        text.replace(0, at + executable.size(), tr("Usage: stratus %1").arg(name()));
    return text.trimmed();
}

Result<ProjectLocation> Command::location(const QCommandLineParser &parser) const
{
    return ProjectLocation::find(parser.value(m_projectOption));
}

Result<QString> Command::runningBrokerUrl(const ProjectLocation &where)
{
    const auto state = ClusterState::read(where.stateDir);
    if (!state || !state->isRunning() || state->brokerUrl().isEmpty())
        return makeError(StatusReport::notRunning(where.projectDir, state));
    return state->brokerUrl();
}

int Command::withRunningCluster(const QCommandLineParser &parser,
                                const std::function<int(const QString &natsUrl)> &work) const
{
    const auto where = location(parser);
    if (!where)
        return fail(Failure, where.errorMessage());
    const auto url = runningBrokerUrl(*where);
    if (!url)
        return fail(NotRunning, url.errorMessage());
    return work(*url);
}

int Command::fail(ExitCode code, const QString &message)
{
    printError(message);
    return code;
}

void Command::print(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void Command::printError(const QString &text)
{
    std::fprintf(stderr, "stratus: %s\n", text.toLocal8Bit().constData());
    std::fflush(stderr);
}

bool Command::waitUntil(const std::function<bool()> &done, int timeoutMs, int intervalMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    bool result = false;
    const QDeadlineTimer deadline(timeoutMs);
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done()) {
            result = true;
            loop.quit();
        } else if (deadline.hasExpired()) {
            loop.quit();
        }
    });
    poll.start(intervalMs);
    loop.exec();
    return result;
}

} // namespace Stratus::Cli
