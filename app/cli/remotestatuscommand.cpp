#include "remotestatuscommand.h"

#include "statusreport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Stratus::Cli {

QString RemoteStatusCommand::summary() const
{
    return tr("Show the nodes of a remote cluster and the release each one runs.");
}

void RemoteStatusCommand::configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Asks every stratus-agent of TARGET for its status (docs/deploy.md, \"Status\"): the release it\n"
           "runs, the releases it keeps, whether a deploy is under way, and its invokers.\n") +
        exitCodes(tr("a node listed in deploy.json did not answer")));
    addTargetArguments(parser);
    parser.addOptions({m_jsonOption, m_processesOption, m_windowOption});
}

int RemoteStatusCommand::execute(const QCommandLineParser &parser)
{
    const auto deployer = this->deployer(parser);
    if (!deployer)
        return fail(Failure, deployer.errorMessage());
    const auto nodes = deployer->status(std::max(100, parser.value(m_windowOption).toInt()));
    if (!nodes)
        return failWith(nodes.error());
    if (nodes->isEmpty())
        return fail(
            NotRunning,
            tr("target %1: no agent answered at %2 (is stratus-agent running on the nodes?)")
                .arg(deployer->target().name, deployer->target().natsUrls.join(QStringLiteral(", "))));
    if (parser.isSet(m_jsonOption)) {
        QJsonArray array;
        for (const NodeStatus &n : *nodes)
            array << n.toJson();
        print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        QList<QStringList> rows{
            {tr("NODE"), tr("RELEASE"), tr("INVOKERS READY"), tr("KEPT"), tr("DEPLOYING")}};
        for (const NodeStatus &n : *nodes) {
            const auto ready =
                std::count_if(n.processes.cbegin(), n.processes.cend(),
                              [](const NodeStatus::Process &p) { return p.state == QLatin1String("ready"); });
            rows << QStringList{n.node, n.release.isEmpty() ? tr("(none)") : n.release,
                                QStringLiteral("%1/%2").arg(ready).arg(n.processes.size()), n.kept.join(u','),
                                n.busy};
        }
        print(StatusReport::table(rows));
        if (parser.isSet(m_processesOption)) {
            QList<QStringList> processes{{tr("NODE"), tr("PROCESS"), tr("RELEASE"), tr("STATE"), tr("PID")}};
            for (const NodeStatus &n : *nodes) {
                for (const NodeStatus::Process &p : n.processes)
                    processes << QStringList{n.node, p.id, p.release, p.state, QString::number(p.pid)};
            }
            print(QString());
            print(StatusReport::table(processes));
        }
    }
    QStringList missing = deployer->target().nodes;
    for (const NodeStatus &n : *nodes)
        missing.removeAll(n.node);
    if (!missing.isEmpty())
        return fail(Failure, tr("node(s) %1 did not answer").arg(missing.join(QStringLiteral(", "))));
    return Success;
}

} // namespace Stratus::Cli
