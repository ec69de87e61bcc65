#include "clusterupcommand.h"

#include "signalwatcher.h"
#include "statusreport.h"
#include "supervisor.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcess>

#include <unistd.h>

namespace Stratus::Cli {

namespace {

constexpr int DetachExtraWaitMs = 15000; // beyond the ready timeout: startup of the supervisor itself
constexpr int LogTailLines = 15;

QString logTail(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).trimmed().split(QLatin1Char('\n'));
    return lines.mid(std::max<qsizetype>(0, lines.size() - LogTailLines)).join(QLatin1Char('\n'));
}

} // namespace

QString ClusterUpCommand::summary() const
{
    return tr("Start the project's local cluster (broker, registry, datastore, invokers).");
}

void ClusterUpCommand::configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Starts the project's local cluster: nats-server on 127.0.0.1, then the registry and the\n"
           "datastore; once the registry holds the manifest's functions and services, every invoker\n"
           "replica the manifest asks for. Each starts once the processes it depends on are ready. Crashed "
           "processes\n"
           "are restarted with backoff. In the foreground (the default) it runs until Ctrl-C or SIGTERM,\n"
           "then stops everything (a second Ctrl-C kills at once). State: PROJECT/.stratus/.\n"
           "Exits with %1 when the cluster cannot start.")
            .arg(int(Failure)));
    parser.addOptions({projectOption(), m_detachOption, m_readyTimeoutOption, m_placementOption});
}

int ClusterUpCommand::execute(const QCommandLineParser &parser)
{
    const auto where = location(parser);
    if (!where) {
        printError(where.errorMessage());
        return Failure;
    }
    const auto manifest = where->manifest();
    if (!manifest) {
        printError(manifest.errorMessage());
        return Failure;
    }
    if (const auto state = ClusterState::read(where->stateDir); state && state->isRunning()) {
        printError(tr("a cluster for %1 is already running (supervisor PID %2); see `stratus cluster status`")
                       .arg(where->projectDir)
                       .arg(state->supervisorPid()));
        return Failure;
    }
    bool ok = false;
    const int readyTimeoutMs = parser.value(m_readyTimeoutOption).toInt(&ok);
    if (!ok || readyTimeoutMs <= 0) {
        printError(tr("--ready-timeout must be a positive number of milliseconds"));
        return UsageError;
    }
    m_readyTimeoutMs = readyTimeoutMs;
    m_placement = parser.value(m_placementOption);
    if (m_placement != QLatin1String("adaptive") && m_placement != QLatin1String("spread")) {
        printError(tr("--placement must be 'adaptive' or 'spread', not '%1'").arg(m_placement));
        return UsageError;
    }
    return parser.isSet(m_detachOption) ? runDetached(*where) : runForeground(*where, *manifest);
}

void ClusterUpCommand::watch(ManagedProcess *process)
{
    connect(process, &ManagedProcess::stateChanged, this, [process](ManagedProcess::State state) {
        switch (state) {
        case ManagedProcess::State::Ready:
            print(tr("ready    %1 (PID %2)").arg(process->id()).arg(process->pid()));
            break;
        case ManagedProcess::State::Crashed:
            print(tr("crashed  %1: %2").arg(process->id(), process->lastError()));
            break;
        case ManagedProcess::State::Restarting:
            print(tr("restart  %1 (restart #%2)").arg(process->id()).arg(process->restarts() + 1));
            break;
        default:
            break;
        }
    });
}

int ClusterUpCommand::runForeground(const ProjectLocation &where, const Manifest &manifest)
{
    Supervisor::Options options;
    options.stateDir = where.stateDir;
    options.readyTimeoutMs = m_readyTimeoutMs;
    options.adaptivePlacement = m_placement == QLatin1String("adaptive");
    Supervisor supervisor(options);
    SignalWatcher signalWatcher;
    QEventLoop loop;
    bool stopping = false;

    connect(&supervisor, &Supervisor::processAdded, this, &ClusterUpCommand::watch);
    connect(&supervisor, &Supervisor::started, this, [&supervisor] {
        print(tr("Cluster \"%1\" is up. Broker: %2  (monitoring: %3)")
                  .arg(supervisor.manifest().name, supervisor.brokerUrl(), supervisor.monitorUrl()));
        print(tr("Press Ctrl-C to stop it."));
    });
    connect(&supervisor, &Supervisor::failed, &loop, [&loop](const QString &message) {
        printError(tr("the cluster could not start: %1").arg(message));
        loop.exit(Failure);
    });
    connect(&supervisor, &Supervisor::stopped, &loop, [&loop] {
        print(tr("Cluster stopped."));
        loop.exit(Success);
    });
    connect(&signalWatcher, &SignalWatcher::signalReceived, &loop, [&](int) {
        if (stopping) {
            print(tr("Stopping now."));
            loop.exit(Success); // ~Supervisor kills what is left
            return;
        }
        stopping = true;
        print(tr("Stopping the cluster (again to force)..."));
        supervisor.stop();
    });

    supervisor.start(manifest);
    return loop.exec();
}

int ClusterUpCommand::runDetached(const ProjectLocation &where)
{
    const QString logPath = where.stateDir + QStringLiteral("/logs/supervisor.log");
    if (!QDir().mkpath(where.stateDir + QStringLiteral("/logs"))) {
        printError(tr("cannot create %1/logs").arg(where.stateDir));
        return Failure;
    }
    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments({QStringLiteral("cluster"), QStringLiteral("up"), QStringLiteral("--project"),
                        where.projectDir, QStringLiteral("--ready-timeout"),
                        QString::number(m_readyTimeoutMs), QStringLiteral("--placement"), m_placement});
    child.setStandardInputFile(QProcess::nullDevice());
    child.setStandardOutputFile(logPath, QIODevice::Append);
    child.setStandardErrorFile(logPath, QIODevice::Append);
    // A session of its own: the terminal's hangup and Ctrl-C do not reach the cluster.
    child.setChildProcessModifier([] { ::setsid(); });
    qint64 pid = 0;
    if (!child.startDetached(&pid)) {
        printError(tr("cannot start %1: %2").arg(child.program(), child.errorString()));
        return Failure;
    }

    Result<ClusterState> state = makeError(QString());
    const auto settled = [&] {
        state = ClusterState::read(where.stateDir);
        const bool ours = state && state->supervisorPid() == pid;
        if (ours && (state->state() == QLatin1String("running") || state->state() == QLatin1String("failed")))
            return true;
        return !ClusterState::processAlive(pid);
    };
    if (!waitUntil(settled, m_readyTimeoutMs + DetachExtraWaitMs)) {
        printError(
            tr("the cluster is not up after %1 ms; it keeps trying in the background (supervisor PID %2, "
               "log: %3)")
                .arg(m_readyTimeoutMs + DetachExtraWaitMs)
                .arg(pid)
                .arg(logPath));
        return Failure;
    }
    if (state && state->supervisorPid() == pid && state->state() == QLatin1String("running")) {
        print(StatusReport::text(*state));
        return Success;
    }
    if (state && state->supervisorPid() == pid && !state->error().isEmpty())
        printError(tr("the cluster could not start: %1").arg(state->error()));
    else
        printError(
            tr("the supervisor (PID %1) exited; the end of %2:\n%3").arg(pid).arg(logPath, logTail(logPath)));
    return Failure;
}

} // namespace Stratus::Cli
