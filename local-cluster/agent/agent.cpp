#include "agent.h"

#include "deployer.h"
#include "deployevent.h"
#include "deployprotocol.h"
#include "offthread.h"
#include "registryclient.h"
#include "releaserunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <cstdio>

namespace Stratus::Agent {

Q_LOGGING_CATEGORY(lcAgent, "stratus.agent", QtWarningMsg)

namespace {

const QString StateFile = QStringLiteral("agent.json");

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The registry mirrors the release: its functions, services and flows are put, functions and
// flows it no longer declares are removed (services may be registered by functions at run time).
QString loadIntoRegistry(const std::shared_ptr<const NatsClient> &nats, const Manifest &manifest)
{
    const RegistryClient registry(nats, RegistryClient::Options{});
    const auto mirror = [&](RegistryEntry::Kind kind, const QList<QJsonObject> &entries) -> QString {
        QSet<QString> declared;
        for (const QJsonObject &entry : entries) {
            if (auto put = registry.put(kind, entry); !put)
                return put.errorMessage();
            declared.insert(entry.value(RegistryEntry::idField(kind)).toString());
        }
        if (kind == RegistryEntry::Kind::Service)
            return {};
        auto stored = registry.list(kind);
        if (!stored)
            return stored.errorMessage();
        for (const RegistryEntry &e : std::as_const(*stored)) {
            if (!declared.contains(e.id)) {
                if (Status removed = registry.remove(kind, e.id); !removed)
                    return removed.errorMessage();
            }
        }
        return {};
    };
    QList<QJsonObject> functions, services, flows;
    for (const FunctionSpec &f : manifest.functions)
        functions << f.toJson();
    for (const ServiceSpec &s : manifest.services)
        services << s.toJson();
    for (const FlowSpec &f : manifest.flows)
        flows << f.toJson();
    for (const auto &[kind, list] :
         {std::pair{RegistryEntry::Kind::Function, functions},
          std::pair{RegistryEntry::Kind::Service, services}, std::pair{RegistryEntry::Kind::Flow, flows}}) {
        if (QString error = mirror(kind, list); !error.isEmpty())
            return error;
    }
    return {};
}

// Stops a subscription and waits until no callback of it runs any more: a callback must not
// queue work to an agent that is going away.
void drain(NatsSubscriptionPtr &sub)
{
    if (!sub)
        return;
    if (natsSubscription_Drain(sub.get()) == NATS_OK)
        natsSubscription_WaitForDrainCompletion(sub.get(), 2000);
    sub.reset();
}

} // namespace

Agent::Agent(Options options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    m_startedAt = QDateTime::currentDateTimeUtc();
}

Agent::~Agent()
{
    drain(m_statusSub);
    drain(m_requestSub);
    delete m_next;
    delete m_runner;
}

QString Agent::releasesDir() const
{
    return QDir(m_options.dir).filePath(QStringLiteral("releases"));
}

Status Agent::start()
{
    if (!QDir().mkpath(releasesDir()))
        return makeError(QStringLiteral("cannot create %1").arg(releasesDir()));
    auto conn = m_options.nats.connectRaw();
    if (!conn)
        return conn.error();
    m_nats = std::make_shared<const NatsClient>(NatsClient::adopt(std::move(*conn)));
    natsSubscription *raw = nullptr;
    if (natsConnection_Subscribe(&raw, m_nats->handle(), DeployProtocol::StatusSubject, &Agent::onMessage,
                                 this) != NATS_OK)
        return makeError(
            QStringLiteral("cannot subscribe to %1").arg(QLatin1String(DeployProtocol::StatusSubject)));
    m_statusSub.reset(raw);
    const QByteArray mine =
        (QLatin1String(DeployProtocol::AgentPrefix) + m_options.node + QStringLiteral(".*")).toUtf8();
    if (natsConnection_Subscribe(&raw, m_nats->handle(), mine.constData(), &Agent::onMessage, this) !=
        NATS_OK)
        return makeError(QStringLiteral("cannot subscribe to %1").arg(QString::fromUtf8(mine)));
    m_requestSub.reset(raw);
    if (Status flushed = m_nats->flush(); !flushed)
        return flushed;
    loadState();
    return Ok{};
}

void Agent::loadState()
{
    QFile file(QDir(m_options.dir).filePath(StateFile));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
    m_current = state.value(QStringLiteral("release")).toString();
    m_kept.clear();
    for (const QJsonValue &v : state.value(QStringLiteral("kept")).toArray()) {
        if (QFileInfo(QDir(releasesDir()).filePath(v.toString())).isDir())
            m_kept << v.toString();
    }
    if (m_current.isEmpty() || !m_kept.contains(m_current))
        return;
    // The node restarted: what ran before runs again (the registry holds it already).
    const auto manifest = Manifest::load(QDir(releasesDir()).filePath(m_current));
    if (!manifest) {
        qCWarning(lcAgent).noquote() << "cannot restart release" << m_current << manifest.errorMessage();
        return;
    }
    m_runner =
        new ReleaseRunner({m_options.binDir, m_options.childNatsUrl,
                           QDir(m_options.dir).filePath(QStringLiteral("logs")), m_options.readyTimeoutMs},
                          m_current, *manifest, this);
    connect(m_runner, &ReleaseRunner::failed, this, [](const QString &reason) {
        qCWarning(lcAgent).noquote() << "restarting the release:" << reason;
    });
    m_runner->start();
}

Status Agent::saveState() const
{
    const QJsonObject state{{QStringLiteral("node"), m_options.node},
                            {QStringLiteral("release"), m_current},
                            {QStringLiteral("kept"), QJsonArray::fromStringList(m_kept)}};
    QSaveFile file(QDir(m_options.dir).filePath(StateFile));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(state).toJson()) < 0 || !file.commit())
        return makeError(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return Ok{};
}

NodeStatus Agent::status() const
{
    NodeStatus s;
    s.node = m_options.node;
    s.release = m_current;
    s.kept = m_kept;
    s.busy = m_job ? m_job->deployId : QString();
    s.startedAt = m_startedAt;
    if (m_runner)
        s.processes += m_runner->processes();
    if (m_next)
        s.processes += m_next->processes();
    return s;
}

void Agent::onMessage(natsConnection *, natsSubscription *, natsMsg *msg, void *closure)
{
    // A nats.c thread: copy what is needed and hand it to the agent's thread.
    auto *agent = static_cast<Agent *>(closure);
    const QString subject = QString::fromUtf8(natsMsg_GetSubject(msg));
    const QString reply = natsMsg_GetReply(msg) ? QString::fromUtf8(natsMsg_GetReply(msg)) : QString();
    const QByteArray data(natsMsg_GetData(msg), natsMsg_GetDataLength(msg));
    natsMsg_Destroy(msg);
    QMetaObject::invokeMethod(
        agent, [agent, subject, reply, data] { agent->handle(subject, reply, data); }, Qt::QueuedConnection);
}

void Agent::respond(const QString &reply, const QJsonObject &body) const
{
    if (reply.isEmpty() || !m_nats)
        return;
    const QByteArray bytes = compact(body);
    natsConnection_Publish(m_nats->handle(), reply.toUtf8().constData(), bytes.constData(),
                           int(bytes.size()));
}

void Agent::handle(const QString &subject, const QString &reply, const QByteArray &data)
{
    if (subject == QLatin1String(DeployProtocol::StatusSubject))
        return respond(reply, status().toJson());
    const QJsonObject request = QJsonDocument::fromJson(data).object();
    if (subject.endsWith(QLatin1String(DeployProtocol::DeploySuffix)))
        return beginJob(reply, request, false);
    if (subject.endsWith(QLatin1String(DeployProtocol::RollbackSuffix)))
        return beginJob(reply, request, true);
    if (subject.endsWith(QLatin1String(".status")))
        return respond(reply, status().toJson());
    respond(reply, {{QStringLiteral("accepted"), false},
                    {QStringLiteral("error"), QStringLiteral("unknown request %1").arg(subject)}});
}

void Agent::beginJob(const QString &reply, const QJsonObject &request, bool rollback)
{
    const auto refuse = [&](const QString &why) {
        respond(reply, {{QStringLiteral("accepted"), false},
                        {QStringLiteral("error"), QStringLiteral("%1: %2").arg(m_options.node, why)}});
    };
    if (m_shuttingDown)
        return refuse(QStringLiteral("the agent is shutting down"));
    if (m_job)
        return refuse(
            QStringLiteral("busy with deploy %1 of release %2").arg(m_job->deployId, m_job->release));
    auto job = std::make_unique<Job>();
    job->deployId = request.value(QStringLiteral("deployId")).toString();
    job->release = request.value(QStringLiteral("release")).toString();
    job->tag = request.value(QStringLiteral("tag")).toString();
    job->commit = request.value(QStringLiteral("commit")).toString();
    job->gitRemote = m_options.gitRemote.isEmpty() ? request.value(QStringLiteral("gitRemote")).toString()
                                                   : m_options.gitRemote;
    job->keep = request.value(QStringLiteral("keep")).toInt(m_options.keep);
    job->rollback = rollback;
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"));
    if (job->deployId.isEmpty() || !safe.match(job->deployId).hasMatch())
        return refuse(QStringLiteral("the request has no valid deployId"));
    if (!safe.match(job->release).hasMatch())
        return refuse(QStringLiteral("\"%1\" is not a valid release name").arg(job->release));
    if (!rollback && (job->tag.isEmpty() || job->gitRemote.isEmpty()))
        return refuse(QStringLiteral("a deploy request needs tag and gitRemote"));
    if (rollback && !m_kept.contains(job->release))
        return refuse(QStringLiteral("release %1 is not kept on this node (kept: %2)")
                          .arg(job->release, m_kept.isEmpty() ? QStringLiteral("none")
                                                              : m_kept.join(QStringLiteral(", "))));
    if (rollback && job->release == m_current)
        return refuse(QStringLiteral("release %1 is running already").arg(job->release));
    job->releaseDir = QDir(releasesDir()).filePath(job->release);
    m_job = std::move(job);
    respond(reply, {{QStringLiteral("accepted"), true}, {QStringLiteral("node"), m_options.node}});
    qCInfo(lcAgent) << (rollback ? "rollback" : "deploy") << m_job->deployId << m_job->release;

    if (rollback)
        return afterFetch(Ok{});
    // Fetch and checkout block on git: the pool does them, the result comes back here.
    runOffThread(
        this,
        [cache = QDir(m_options.dir).filePath(QStringLiteral("cache.git")), job = *m_job,
         credentials = m_options.gitCredentials]() -> Status {
            if (Status fetched =
                    ReleaseGit::fetchRelease(cache, job.gitRemote, job.tag, job.commit, credentials);
                !fetched)
                return fetched;
            // A folder of an earlier, failed attempt at this release is replaced.
            if (QFileInfo::exists(job.releaseDir) && !QDir(job.releaseDir).removeRecursively())
                return makeError(QStringLiteral("cannot remove the stale %1").arg(job.releaseDir));
            return ReleaseGit::checkoutRelease(cache, job.tag, job.releaseDir);
        },
        [this](const Status &s) { afterFetch(s); });
}

void Agent::publish(const QString &stage, const QString &message)
{
    if (!m_job || !m_nats)
        return;
    const DeployEvent event{m_job->deployId, m_options.node, m_job->release,
                            stage,           message,        QDateTime::currentDateTimeUtc()};
    const QByteArray subject =
        (QLatin1String(DeployProtocol::EventPrefix) + m_job->deployId + u'.' + m_options.node).toUtf8();
    const QByteArray bytes = compact(event.toJson());
    natsConnection_Publish(m_nats->handle(), subject.constData(), bytes.constData(), int(bytes.size()));
    natsConnection_FlushTimeout(m_nats->handle(), 1000);
    std::fprintf(stderr, "stratus-agent %s: %s %s %s\n", qPrintable(m_options.node),
                 qPrintable(m_job->release), qPrintable(stage), qPrintable(message));
}

void Agent::failJob(const QString &reason)
{
    if (!m_job)
        return;
    if (ReleaseRunner *next = m_next) { // its invokers stop; the running release was never touched
        m_next = nullptr;
        next->disconnect(this);
        connect(next, &ReleaseRunner::drained, next, &QObject::deleteLater);
        next->drain();
    }
    const auto finish = [this, reason] {
        const bool fresh = !m_job->rollback && !m_kept.contains(m_job->release);
        if (fresh)
            QDir(m_job->releaseDir).removeRecursively();
        publish(QLatin1String(DeployProtocol::StageFailed),
                QStringLiteral("%1; the node stays on %2")
                    .arg(reason, m_current.isEmpty() ? QStringLiteral("no release")
                                                     : QStringLiteral("release ") + m_current));
        m_job.reset();
    };
    if (!m_job->registered || !m_runner)
        return finish();
    // The registry said what the new release runs: it goes back to what this node still runs.
    runOffThread(
        this, [nats = m_nats, manifest = m_runner->manifest()] { return loadIntoRegistry(nats, manifest); },
        [finish](const QString &error) {
            if (!error.isEmpty())
                qCWarning(lcAgent).noquote() << "cannot restore the registry:" << error;
            finish();
        });
}

void Agent::afterFetch(const Status &fetched)
{
    if (!m_job)
        return;
    if (!fetched)
        return failJob(QStringLiteral("fetch failed: %1").arg(fetched.errorMessage()));
    if (!m_job->rollback)
        publish(QLatin1String(DeployProtocol::StageFetched),
                QStringLiteral("%1 at %2").arg(m_job->tag, m_job->commit.left(12)));
    if (Status valid = Deployer::validateProject(m_job->releaseDir); !valid)
        return failJob(valid.errorMessage());
    auto manifest = Manifest::load(m_job->releaseDir);
    m_job->manifest = *manifest;
    publish(
        QLatin1String(DeployProtocol::StageValidated),
        QStringLiteral("%1 functions, %2 flows").arg(manifest->functions.size()).arg(manifest->flows.size()));
    registerRelease();
}

void Agent::registerRelease()
{
    runOffThread(
        this, [nats = m_nats, manifest = m_job->manifest] { return loadIntoRegistry(nats, manifest); },
        [this](const QString &error) {
            if (!m_job)
                return;
            if (!error.isEmpty())
                return failJob(QStringLiteral("the registry did not take the release: %1").arg(error));
            m_job->registered = true;
            publish(QLatin1String(DeployProtocol::StageRegistered));
            startRelease();
        });
}

void Agent::startRelease()
{
    m_next =
        new ReleaseRunner({m_options.binDir, m_options.childNatsUrl,
                           QDir(m_options.dir).filePath(QStringLiteral("logs")), m_options.readyTimeoutMs},
                          m_job->release, m_job->manifest, this);
    connect(m_next, &ReleaseRunner::failed, this, [this](const QString &reason) {
        failJob(QStringLiteral("the new invokers did not start: %1").arg(reason));
    });
    connect(m_next, &ReleaseRunner::ready, this, [this] {
        publish(QLatin1String(DeployProtocol::StageStarted),
                QStringLiteral("%1 invokers ready").arg(m_next->processes().size()));
        // New and old share the queue groups now; the old ones finish what they took and leave.
        ReleaseRunner *old = m_runner;
        m_runner = m_next;
        m_next = nullptr;
        if (!old)
            return finishJob();
        connect(old, &ReleaseRunner::drained, this, [this, old] {
            old->deleteLater();
            publish(QLatin1String(DeployProtocol::StageDrained),
                    QStringLiteral("release %1 stopped").arg(old->release()));
            finishJob();
        });
        old->drain();
    });
    m_next->start();
}

void Agent::finishJob()
{
    m_current = m_job->release;
    m_kept.removeAll(m_current);
    m_kept.prepend(m_current);
    pruneReleases();
    if (Status saved = saveState(); !saved)
        qCWarning(lcAgent).noquote() << saved.errorMessage();
    publish(QLatin1String(DeployProtocol::StageDone), QStringLiteral("running release %1").arg(m_current));
    m_job.reset();
    if (m_shuttingDown)
        shutdown();
}

void Agent::pruneReleases()
{
    const int keep = std::max(1, m_job ? m_job->keep : m_options.keep);
    while (m_kept.size() > keep) {
        const QString old = m_kept.takeLast();
        QDir(QDir(releasesDir()).filePath(old)).removeRecursively();
        QDir(QDir(m_options.dir).filePath(QStringLiteral("logs/") + old)).removeRecursively();
    }
}

void Agent::shutdown()
{
    m_shuttingDown = true;
    drain(m_statusSub);
    drain(m_requestSub);
    if (m_job)
        return; // finishJob() comes back here
    if (!m_runner) {
        QMetaObject::invokeMethod(this, &Agent::finished, Qt::QueuedConnection);
        return;
    }
    connect(m_runner, &ReleaseRunner::drained, this, &Agent::finished);
    m_runner->drain();
}

} // namespace Stratus::Agent
