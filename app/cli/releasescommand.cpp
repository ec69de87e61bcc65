#include "releasescommand.h"

#include "statusreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Stratus::Cli {

QString ReleasesCommand::summary() const
{
    return tr("List a remote cluster's releases and the nodes that run or keep them.");
}

void ReleasesCommand::configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Lists the releases of TARGET, newest first: the tags stratus/TARGET/* (fetched from the\n"
           "target's git remote first, unless --local), with the nodes that run each one and those that\n"
           "keep it for a rollback. --diff RELEASE prints what changed since RELEASE instead.\n") +
        exitCodes(tr("git could not list or fetch the releases")));
    addTargetArguments(parser);
    parser.addOptions({m_jsonOption, m_localOption, m_diffOption});
}

int ReleasesCommand::execute(const QCommandLineParser &parser)
{
    const auto deployer = this->deployer(parser);
    if (!deployer)
        return fail(Failure, deployer.errorMessage());
    if (parser.isSet(m_diffOption)) {
        const auto diff = deployer->diff(parser.value(m_diffOption));
        if (!diff)
            return fail(Failure, diff.errorMessage());
        print(diff->isEmpty() ? tr("No change since release %1.").arg(parser.value(m_diffOption))
                              : diff->trimmed());
        return Success;
    }
    const auto releases = deployer->releases(!parser.isSet(m_localOption));
    if (!releases)
        return fail(Failure, releases.errorMessage());
    // Where they run is a bonus: an unreachable cluster still has a history.
    QMap<QString, QStringList> runningOn, keptOn;
    if (const auto nodes = deployer->status(); nodes) {
        for (const NodeStatus &n : *nodes) {
            runningOn[n.release] << n.node;
            for (const QString &kept : n.kept)
                keptOn[kept] << n.node;
        }
    } else {
        printError(tr("where releases run is unknown: %1").arg(nodes.errorMessage()));
    }
    if (parser.isSet(m_jsonOption)) {
        QJsonArray array;
        for (const ReleaseGit::Release &r : *releases) {
            array << QJsonObject{
                {QStringLiteral("name"), r.name},
                {QStringLiteral("tag"), r.tag},
                {QStringLiteral("commit"), r.commit},
                {QStringLiteral("time"), r.time.toString(Qt::ISODate)},
                {QStringLiteral("author"), r.author},
                {QStringLiteral("message"), r.message},
                {QStringLiteral("runningOn"), QJsonArray::fromStringList(runningOn.value(r.name))},
                {QStringLiteral("keptOn"), QJsonArray::fromStringList(keptOn.value(r.name))}};
        }
        print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
        return Success;
    }
    if (releases->isEmpty()) {
        print(tr("No releases of %1 yet (stratus deploy %1).").arg(deployer->target().name));
        return Success;
    }
    QList<QStringList> rows{
        {tr("RELEASE"), tr("TIME (UTC)"), tr("AUTHOR"), tr("RUNNING ON"), tr("KEPT ON"), tr("MESSAGE")}};
    for (const ReleaseGit::Release &r : *releases) {
        rows << QStringList{r.name,
                            r.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                            r.author,
                            runningOn.value(r.name).join(u','),
                            keptOn.value(r.name).join(u','),
                            r.message.section(u'\n', 0, 0)};
    }
    print(StatusReport::table(rows));
    return Success;
}

} // namespace Stratus::Cli
