#include "clusterstatuscommand.h"

#include "statusreport.h"

#include <QJsonDocument>

namespace Stratus::Cli {

QString ClusterStatusCommand::summary() const
{
    return tr("Show the processes, functions and broker URL of the project's running cluster.");
}

void ClusterStatusCommand::configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Shows every process of the project's local cluster (role, state, PID, restarts), every\n"
           "function (trigger, mode, replicas) and the broker URL. Exits with %1 when no cluster is\n"
           "running (also when the status file is stale because its supervisor is gone).")
            .arg(int(NotRunning)));
    parser.addOptions({projectOption(), m_jsonOption});
}

int ClusterStatusCommand::execute(const QCommandLineParser &parser)
{
    const auto where = location(parser);
    if (!where) {
        printError(where.errorMessage());
        return Failure;
    }
    const auto state = ClusterState::read(where->stateDir);
    const bool running = state && state->isRunning();
    if (parser.isSet(m_jsonOption)) {
        QJsonObject json =
            state ? state->json : QJsonObject{{QStringLiteral("state"), QStringLiteral("stopped")}};
        json.insert(QStringLiteral("running"), running);
        print(QString::fromUtf8(QJsonDocument(json).toJson()).trimmed());
    } else {
        print(running ? StatusReport::text(*state) : StatusReport::notRunning(where->projectDir, state));
    }
    return running ? Success : NotRunning;
}

} // namespace Stratus::Cli
