// stratus-agent: runs on each node of a remote cluster beside its broker connection; deploys
// releases of a project fetched from git, rolls its invokers over without losing requests,
// answers status requests and rolls back (docs/deploy.md).

#include "agent.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace Stratus;

namespace {

int signalPipe[2] = {-1, -1};

// The handler only writes a byte; the event loop does the rest. Handlers are reset by exec,
// so the invokers the agent starts get the default SIGTERM behaviour (draining).
void onSignal(int)
{
    const int saved = errno;
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(signalPipe[1], &byte, 1);
    errno = saved;
}

} // namespace

int main(int argc, char **argv)
{
    ::signal(SIGPIPE, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stratus-agent"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "agent", "Deploys releases of a Stratus project on this node of a remote cluster (docs/deploy.md).\n"
                 "Prints \"stratus-ready\" on stdout once listening; SIGTERM drains the invokers and exits.\n"
                 "Credentials: user:password@ or token@ in the --nats URL (also passed to the invokers), or\n"
                 "STRATUS_AGENT_NATS instead of --nats to keep them off the command line; --creds for a\n"
                 ".creds file. Git: STRATUS_GIT_USER and STRATUS_GIT_PASSWORD, or the ssh agent."));
    parser.addHelpOption();
    const QCommandLineOption nodeOption(QStringLiteral("node"),
                                        QCoreApplication::translate("agent", "This node's name."),
                                        QStringLiteral("name"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"),
        QCoreApplication::translate("agent", "The agent's folder: releases, cache, logs."),
        QStringLiteral("dir"));
    const QCommandLineOption natsOption(
        QStringLiteral("nats"), QCoreApplication::translate("agent", "Broker URL."), QStringLiteral("url"));
    const QCommandLineOption credsOption(
        QStringLiteral("creds"), QCoreApplication::translate("agent", "NATS .creds file for the agent."),
        QStringLiteral("file"));
    const QCommandLineOption tlsOption(QStringLiteral("tls-ca"),
                                       QCoreApplication::translate("agent", "TLS CA file."),
                                       QStringLiteral("file"));
    const QCommandLineOption binOption(
        QStringLiteral("bin-dir"),
        QCoreApplication::translate("agent", "Where stratus-invoker is (default: beside this program)."),
        QStringLiteral("dir"));
    const QCommandLineOption gitOption(
        QStringLiteral("git-remote"),
        QCoreApplication::translate("agent",
                                    "Fetch releases from this remote instead of the one the deploy names."),
        QStringLiteral("url"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"),
        QCoreApplication::translate("agent", "Releases kept when a deploy does not say."),
        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption readyOption(
        QStringLiteral("ready-timeout-ms"),
        QCoreApplication::translate("agent", "How long new invokers may take to be ready."),
        QStringLiteral("ms"), QStringLiteral("30000"));
    parser.addOptions({nodeOption, dirOption, natsOption, credsOption, tlsOption, binOption, gitOption,
                       keepOption, readyOption});
    parser.process(app);

    const QString url =
        parser.isSet(natsOption) ? parser.value(natsOption) : qEnvironmentVariable("STRATUS_AGENT_NATS");
    if (!parser.isSet(nodeOption) || !parser.isSet(dirOption) || url.isEmpty()) {
        std::fprintf(
            stderr,
            "stratus-agent: --node, --dir and --nats (or STRATUS_AGENT_NATS) are required (see --help)\n");
        return 2;
    }
    Agent::Agent::Options options;
    options.node = parser.value(nodeOption);
    options.dir = QDir(parser.value(dirOption)).absolutePath();
    options.nats.urls = {url};
    options.nats.name = QStringLiteral("stratus-agent-") + options.node;
    options.nats.credsFile = parser.value(credsOption);
    options.nats.tlsCaFile = parser.value(tlsOption);
    options.nats.maxReconnect = -1; // the agent rides out broker restarts
    options.childNatsUrl = url;
    options.binDir =
        parser.isSet(binOption) ? parser.value(binOption) : QCoreApplication::applicationDirPath();
    options.gitRemote = parser.value(gitOption);
    options.gitCredentials = ReleaseGit::Credentials::fromEnvironment();
    options.keep = parser.value(keepOption).toInt();
    options.readyTimeoutMs = parser.value(readyOption).toInt();

    if (::pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        std::perror("stratus-agent: pipe");
        return 1;
    }
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);

    Agent::Agent agent(options);
    if (const Status started = agent.start(); !started) {
        std::fprintf(stderr, "stratus-agent %s: %s\n", qPrintable(options.node),
                     qPrintable(started.errorMessage()));
        return 1;
    }
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &agent, [&agent, &notifier] {
        char byte = 0;
        while (::read(signalPipe[0], &byte, 1) == 1) {
        }
        notifier.setEnabled(false);
        agent.shutdown();
    });
    QObject::connect(&agent, &Agent::Agent::finished, &app, &QCoreApplication::quit);
    std::printf("stratus-ready\n");
    std::fflush(stdout);
    return app.exec();
}
