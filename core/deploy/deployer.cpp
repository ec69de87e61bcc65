#include "deployer.h"

#include "deployprotocol.h"
#include "flow.h"
#include "flowvalidator.h"
#include "manifest.h"
#include "natsconnectoptions.h"
#include "secretstore.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace Stratus {

Q_LOGGING_CATEGORY(lcDeploy, "stratus.core.deploy", QtWarningMsg)

namespace {

constexpr int AckTimeoutMs = 5000;
constexpr int ReadyWindowMs = 1500;

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

bool Deployer::Report::ok() const
{
    return !nodes.isEmpty() &&
           std::all_of(nodes.cbegin(), nodes.cend(), [](const NodeResult &n) { return n.ok; });
}

QString Deployer::Report::summary() const
{
    // Whole sentences per case, so that translators can reorder them; Deployer's context, spelled
    // out because lupdate would file a nested class's tr() under a context of its own.
    QStringList done;
    QStringList failed;
    for (const NodeResult &n : nodes) {
        if (n.ok)
            done << n.node;
        else if (n.previous.isEmpty())
            failed << QCoreApplication::translate("Stratus::Deployer",
                                                  "%1 failed and stays on no release: %2")
                          .arg(n.node, n.message);
        else
            failed << QCoreApplication::translate("Stratus::Deployer",
                                                  "%1 failed and stays on release %2: %3")
                          .arg(n.node, n.previous, n.message);
    }
    if (failed.isEmpty())
        return QCoreApplication::translate("Stratus::Deployer", "release %1 runs on %2")
            .arg(release, done.join(QStringLiteral(", ")));
    if (done.isEmpty())
        return QCoreApplication::translate("Stratus::Deployer", "release %1 runs nowhere: %2")
            .arg(release, failed.join(QStringLiteral("; ")));
    return QCoreApplication::translate("Stratus::Deployer", "partial failure: release %1 runs on %2; %3")
        .arg(release, done.join(QStringLiteral(", ")), failed.join(QStringLiteral("; ")));
}

Deployer::Deployer(QString projectDir, DeployTarget target, Secrets secrets)
    : m_projectDir(std::move(projectDir)), m_target(std::move(target)), m_secrets(std::move(secrets))
{
}

Result<Deployer::Secrets> Deployer::loadSecrets(const QString &projectDir, const DeployTarget &target,
                                                const SecretStore &store)
{
    Secrets s;
    s.nats = qEnvironmentVariable("STRATUS_DEPLOY_SECRET");
    s.git = qEnvironmentVariable("STRATUS_DEPLOY_GIT_SECRET");
    if (s.nats.isEmpty() && target.needsNatsSecret()) {
        auto stored = store.read(SecretStore::keyFor(projectDir, target.name, QStringLiteral("nats")));
        if (!stored)
            return stored.error();
        s.nats = *stored;
        if (s.nats.isEmpty())
            //: %1: what the secret is ("password", "token", "nkey seed"), %2: the target
            return makeError(tr("no %1 stored for target %2: enter it in the Deploy panel's target "
                                "settings, or set STRATUS_DEPLOY_SECRET")
                                 .arg(target.natsSecretLabel(), target.name));
    }
    if (s.git.isEmpty() && target.needsGitSecret()) {
        auto stored = store.read(SecretStore::keyFor(projectDir, target.name, QStringLiteral("git")));
        if (!stored)
            return stored.error();
        s.git = *stored;
    }
    return s;
}

Status Deployer::validateProject(const QString &projectDir)
{
    const auto manifest = Manifest::load(projectDir);
    if (!manifest)
        return makeError(tr("invalid manifest: %1").arg(manifest.errorMessage()));
    QSet<QString> functions;
    for (const FunctionSpec &f : manifest->functions)
        functions.insert(f.name);
    QStringList problems;
    for (const FlowSpec &spec : manifest->flows) {
        const auto flow = Flow::load(spec.file);
        if (!flow) {
            problems << flow.errorMessage();
            continue;
        }
        const QList<FlowProblem> found = FlowValidator::validate(*flow, functions);
        for (const FlowProblem &p : found) {
            if (p.severity == FlowProblem::Severity::Error)
                problems << p.toString(*flow);
        }
    }
    if (!problems.isEmpty())
        return makeError(tr("invalid flows:\n%1").arg(problems.join(QLatin1Char('\n'))));
    return Ok{};
}

Result<NatsClient> Deployer::connect() const
{
    auto client = NatsConnectOptions::forTarget(m_target, m_secrets.nats).connect();
    if (!client)
        return rewordError(client.error(), tr("target %1: %2").arg(m_target.name, client.errorMessage()));
    return client;
}

Result<QList<NodeStatus>> Deployer::status(int windowMs) const
{
    auto nats = connect();
    if (!nats)
        return nats.error();
    return statusOn(*nats, windowMs);
}

Result<QList<NodeStatus>> Deployer::statusOn(const NatsClient &nats, int windowMs) const
{
    natsInbox *rawInbox = nullptr;
    if (natsInbox_Create(&rawInbox) != NATS_OK)
        return makeError(tr("cannot create an inbox"));
    const QByteArray inboxBytes(rawInbox);
    natsInbox_Destroy(rawInbox);
    const char *inbox = inboxBytes.constData();
    natsSubscription *rawSub = nullptr;
    if (natsConnection_SubscribeSync(&rawSub, nats.handle(), inbox) != NATS_OK)
        return makeError(tr("cannot subscribe to the status replies"));
    NatsSubscriptionPtr sub(rawSub);
    const natsStatus published =
        natsConnection_PublishRequestString(nats.handle(), DeployProtocol::StatusSubject, inbox, "{}");
    if (published != NATS_OK)
        return makeError(tr("cannot ask the agents: %1").arg(NatsClient::describe(published)));
    natsConnection_FlushTimeout(nats.handle(), 2000);
    QList<NodeStatus> nodes;
    QSet<QString> expected(m_target.nodes.cbegin(), m_target.nodes.cend());
    const QDeadlineTimer deadline(windowMs);
    while (!deadline.hasExpired()) {
        natsMsg *raw = nullptr;
        const natsStatus s =
            natsSubscription_NextMsg(&raw, sub.get(), std::max<qint64>(1, deadline.remainingTime()));
        if (s != NATS_OK)
            break;
        NatsMsgPtr msg(raw);
        const auto status = NodeStatus::fromJson(
            QJsonDocument::fromJson(QByteArray(natsMsg_GetData(msg.get()), natsMsg_GetDataLength(msg.get())))
                .object());
        if (!status)
            continue;
        nodes << *status;
        expected.remove(status->node);
        if (!m_target.nodes.isEmpty() && expected.isEmpty())
            break; // everyone we wait for has answered
    }
    std::sort(nodes.begin(), nodes.end(),
              [](const NodeStatus &a, const NodeStatus &b) { return a.node < b.node; });
    return nodes;
}

Result<QList<NodeStatus>> Deployer::readyNodes(const NatsClient &nats) const
{
    auto nodes = statusOn(nats, ReadyWindowMs);
    if (!nodes)
        return nodes.error();
    if (nodes->isEmpty())
        return makeError(tr("target %1: no agent answered at %2 (is stratus-agent running on the "
                            "nodes, connected to this broker?)")
                             .arg(m_target.name, m_target.natsUrls.join(QStringLiteral(", "))),
                         Error::Cause::Unreachable);
    QStringList missing = m_target.nodes;
    QStringList busy;
    for (const NodeStatus &n : std::as_const(*nodes)) {
        missing.removeAll(n.node);
        if (!n.busy.isEmpty())
            busy << tr("%1 (deploy %2)").arg(n.node, n.busy);
    }
    if (!missing.isEmpty())
        return makeError(tr("target %1: node(s) %2 did not answer (deploy.json lists them): nothing "
                            "was deployed")
                             .arg(m_target.name, missing.join(QStringLiteral(", "))));
    if (!busy.isEmpty())
        return makeError(tr("target %1: a deploy is in progress on %2; wait for it to end")
                             .arg(m_target.name, busy.join(QStringLiteral(", "))));
    return nodes;
}

void Deployer::local(const Progress &progress, const QString &stage, const QString &message) const
{
    if (progress)
        progress(DeployEvent{{}, {}, {}, stage, message, QDateTime::currentDateTimeUtc()});
}

Result<Deployer::Report> Deployer::deploy(const QString &message, const Progress &progress) const
{
    if (Status valid = validateProject(m_projectDir); !valid)
        return rewordError(valid.error(), tr("not deployed, %1").arg(valid.errorMessage()));
    local(progress, QLatin1String(DeployProtocol::StageValidated), tr("project valid"));
    auto nats = connect();
    if (!nats)
        return nats.error();
    auto nodes = readyNodes(*nats);
    if (!nodes)
        return nodes.error();

    auto release = ReleaseGit::createRelease(m_projectDir, m_target.name, message);
    if (!release)
        return release.error();
    local(progress, QStringLiteral("committed"),
          tr("release %1 (commit %2)").arg(release->name, release->commit.left(12)));
    const auto credentials = ReleaseGit::Credentials::forTarget(m_target, m_secrets.git);
    if (Status pushed =
            ReleaseGit::push(m_projectDir, m_target.gitRemote, m_target.name, *release, credentials);
        !pushed) {
        if (Status dropped = ReleaseGit::dropRelease(m_projectDir, m_target.name, *release); !dropped)
            qCWarning(lcDeploy) << dropped.errorMessage();
        return rewordError(pushed.error(), tr("not deployed, %1").arg(pushed.errorMessage()));
    }
    local(progress, QStringLiteral("pushed"), tr("%1 to %2").arg(release->tag, m_target.gitRemote));

    Report report;
    report.deployId = QUuid::createUuid().toString(QUuid::Id128).left(16);
    report.release = release->name;
    report.tag = release->tag;
    report.commit = release->commit;
    const QJsonObject request{{QStringLiteral("deployId"), report.deployId},
                              {QStringLiteral("target"), m_target.name},
                              {QStringLiteral("release"), release->name},
                              {QStringLiteral("tag"), ReleaseGit::tagRef(m_target.name, release->name)},
                              {QStringLiteral("commit"), release->commit},
                              {QStringLiteral("gitRemote"), m_target.gitRemote},
                              {QStringLiteral("keep"), m_target.keep}};
    return runOnNodes(*nats, *nodes, QLatin1String(DeployProtocol::DeploySuffix), request, report, progress);
}

Result<Deployer::Report> Deployer::rollback(const QString &release, const Progress &progress) const
{
    auto nats = connect();
    if (!nats)
        return nats.error();
    auto nodes = readyNodes(*nats);
    if (!nodes)
        return nodes.error();
    QStringList lacking;
    for (const NodeStatus &n : std::as_const(*nodes)) {
        if (!n.kept.contains(release))
            lacking << tr("%1 (keeps %2)")
                           .arg(n.node, n.kept.isEmpty() ? tr("nothing") : n.kept.join(QStringLiteral(", ")));
    }
    if (!lacking.isEmpty())
        return makeError(tr("cannot roll back to %1: not kept on %2; nothing was changed")
                             .arg(release, lacking.join(QStringLiteral("; "))));
    Report report;
    report.deployId = QUuid::createUuid().toString(QUuid::Id128).left(16);
    report.release = release;
    report.tag = ReleaseGit::tagName(m_target.name, release);
    const QJsonObject request{{QStringLiteral("deployId"), report.deployId},
                              {QStringLiteral("target"), m_target.name},
                              {QStringLiteral("release"), release}};
    return runOnNodes(*nats, *nodes, QLatin1String(DeployProtocol::RollbackSuffix), request, report,
                      progress);
}

Deployer::Report Deployer::runOnNodes(const NatsClient &nats, const QList<NodeStatus> &nodes,
                                      const QString &suffix, const QJsonObject &request, Report report,
                                      const Progress &progress) const
{
    // Subscribed before any request leaves, so no event can come before we listen.
    const QByteArray events =
        (QLatin1String(DeployProtocol::EventPrefix) + report.deployId + QStringLiteral(".>")).toUtf8();
    natsSubscription *rawSub = nullptr;
    natsConnection_SubscribeSync(&rawSub, nats.handle(), events.constData());
    NatsSubscriptionPtr sub(rawSub);
    natsConnection_FlushTimeout(nats.handle(), 2000);

    QHash<QString, NodeResult> results;
    QHash<QString, QDeadlineTimer> lastHeard;
    QHash<QString, QString> lastStage;
    for (const NodeStatus &n : nodes) {
        NodeResult r{n.node, false, n.release, n.release, {}};
        const auto ack = nats.request(QLatin1String(DeployProtocol::AgentPrefix) + n.node + suffix,
                                      compact(request), AckTimeoutMs);
        if (!ack) {
            r.message =
                tr("agent timeout: %1 did not acknowledge the request (%2)").arg(n.node, ack.errorMessage());
        } else {
            const QJsonObject body = QJsonDocument::fromJson(ack->data).object();
            if (body.value(QStringLiteral("accepted")).toBool()) {
                lastHeard.insert(n.node, QDeadlineTimer(m_target.timeoutMs));
                lastStage.insert(n.node, QLatin1String(DeployProtocol::StageAccepted));
                if (progress)
                    progress(DeployEvent{report.deployId, n.node, report.release,
                                         QLatin1String(DeployProtocol::StageAccepted), QString(),
                                         QDateTime::currentDateTimeUtc()});
            } else {
                r.message = body.value(QStringLiteral("error")).toString(tr("the agent refused the request"));
            }
        }
        if (!lastHeard.contains(n.node) && progress)
            progress(DeployEvent{report.deployId, n.node, report.release,
                                 QLatin1String(DeployProtocol::StageFailed), r.message,
                                 QDateTime::currentDateTimeUtc()});
        results.insert(n.node, r);
    }

    while (!lastHeard.isEmpty()) {
        qint64 wait = 0;
        for (const QDeadlineTimer &d : std::as_const(lastHeard))
            wait = std::max(wait, d.remainingTime());
        natsMsg *raw = nullptr;
        const natsStatus s = natsSubscription_NextMsg(&raw, sub.get(), std::clamp<qint64>(wait, 1, 1000));
        if (s == NATS_OK) {
            NatsMsgPtr msg(raw);
            const auto event =
                DeployEvent::fromJson(QJsonDocument::fromJson(QByteArray(natsMsg_GetData(msg.get()),
                                                                         natsMsg_GetDataLength(msg.get())))
                                          .object());
            if (event && lastHeard.contains(event->node)) {
                lastHeard[event->node] = QDeadlineTimer(m_target.timeoutMs);
                lastStage[event->node] = event->stage;
                NodeResult &r = results[event->node];
                r.message = event->message;
                if (event->isFinal()) {
                    r.ok = !event->failed();
                    if (r.ok)
                        r.release = report.release;
                    lastHeard.remove(event->node);
                }
                if (progress)
                    progress(*event);
            }
        }
        for (auto it = lastHeard.begin(); it != lastHeard.end();) {
            if (!it.value().hasExpired()) {
                ++it;
                continue;
            }
            NodeResult &r = results[it.key()];
            r.message = tr("agent timeout: %1 reported nothing for %2 s after \"%3\"; it may still finish "
                           "(see `stratus remote status`)")
                            .arg(it.key())
                            .arg(m_target.timeoutMs / 1000)
                            .arg(lastStage.value(it.key()));
            if (progress)
                progress(DeployEvent{report.deployId, it.key(), report.release,
                                     QLatin1String(DeployProtocol::StageFailed), r.message,
                                     QDateTime::currentDateTimeUtc()});
            it = lastHeard.erase(it);
        }
    }
    for (const NodeStatus &n : nodes)
        report.nodes << results.value(n.node);
    return report;
}

Result<QList<ReleaseGit::Release>> Deployer::releases(bool fetchFirst) const
{
    if (fetchFirst) {
        if (Status fetched =
                ReleaseGit::fetchReleases(m_projectDir, m_target.gitRemote, m_target.name,
                                          ReleaseGit::Credentials::forTarget(m_target, m_secrets.git));
            !fetched)
            return fetched.error();
    }
    return ReleaseGit::releases(m_projectDir, m_target.name);
}

Result<QString> Deployer::diff(const QString &release) const
{
    return ReleaseGit::diffWithProject(m_projectDir, m_target.name, release);
}

} // namespace Stratus
