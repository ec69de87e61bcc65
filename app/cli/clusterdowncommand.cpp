#include "clusterdowncommand.h"

#include "statusreport.h"

#include <csignal>

namespace Stratus::Cli {

namespace {

constexpr int KillWaitMs = 5000;

QList<qint64> alive(const QList<qint64> &pids)
{
    QList<qint64> result;
    for (qint64 pid : pids) {
        if (ClusterState::processAlive(pid))
            result << pid;
    }
    return result;
}

QString pidList(const QList<qint64> &pids)
{
    QStringList text;
    for (qint64 pid : pids)
        text << QString::number(pid);
    return text.join(QStringLiteral(", "));
}

} // namespace

QString ClusterDownCommand::summary() const
{
    return tr("Stop the project's running cluster (foreground or detached).");
}

void ClusterDownCommand::configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Sends SIGTERM to the supervisor named in PROJECT/.stratus/cluster.json, which stops the\n"
           "invokers (letting in-flight work finish), then the broker. Waits until the supervisor and\n"
           "every process it listed are gone. Succeeds when no cluster is running."));
    parser.addOptions({projectOption(), m_timeoutOption});
}

int ClusterDownCommand::execute(const QCommandLineParser &parser)
{
    bool timeoutOk = false;
    const int timeoutMs = parser.value(m_timeoutOption).toInt(&timeoutOk);
    if (!timeoutOk || timeoutMs < 0) {
        printError(
            tr("--timeout must be a number of milliseconds, not '%1'").arg(parser.value(m_timeoutOption)));
        return UsageError;
    }
    const auto where = location(parser);
    if (!where) {
        printError(where.errorMessage());
        return Failure;
    }
    const auto state = ClusterState::read(where->stateDir);
    if (!state || !state->isRunning()) {
        print(StatusReport::notRunning(where->projectDir, state));
        return Success;
    }
    const qint64 supervisor = state->supervisorPid();
    const QList<qint64> pids = QList<qint64>{supervisor} + state->childPids();
    ::kill(pid_t(supervisor), SIGTERM);
    if (!waitUntil([&] { return alive(pids).isEmpty(); }, timeoutMs)) {
        printError(tr("the cluster did not stop within %1 ms; killing its supervisor (PID %2)")
                       .arg(timeoutMs)
                       .arg(supervisor));
        ::kill(pid_t(supervisor), SIGKILL); // PR_SET_PDEATHSIG takes its children along
        if (!waitUntil([&] { return alive(pids).isEmpty(); }, KillWaitMs)) {
            printError(tr("still running: PIDs %1").arg(pidList(alive(pids))));
            return Failure;
        }
    }
    print(tr("Cluster stopped (supervisor PID %1 and %n process(es)).", nullptr, int(pids.size() - 1))
              .arg(supervisor));
    return Success;
}

} // namespace Stratus::Cli
