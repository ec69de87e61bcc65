#include "remotecluster.h"

#include "testproject.h"

#include "secretstore.h"
#include "testbroker.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

#include <git2.h>

#include <csignal>
#include <sys/prctl.h>

namespace Stratus::Test {

RemoteCluster::RemoteCluster() = default;

RemoteCluster::~RemoteCluster()
{
    // Agents first: they drain their invokers, which need the broker to finish.
    for (auto *agent : {m_agentA.get(), m_agentB.get()}) {
        if (agent && agent->terminate(20000) != 0)
            agent->kill();
    }
    m_agentA.reset();
    m_agentB.reset();
    m_registry.reset();
    m_datastore.reset();
    // m_broker stops last, as a member declared before the services.
}

QString RemoteCluster::authenticatedUrl() const
{
    QUrl url(m_url);
    url.setUserName(QLatin1String(User));
    url.setPassword(QLatin1String(Password));
    return url.toString();
}

bool RemoteCluster::startBroker()
{
    const QString natsDir = m_dir.filePath(QStringLiteral("nats"));
    const bool started =
        m_broker.start(natsDir, QStringLiteral("listen: \"127.0.0.1:-1\"\n"
                                               "jetstream { store_dir: \"%1\" }\n"
                                               "authorization { user: \"%2\", password: \"%3\" }\n")
                                    .arg(natsDir, QLatin1String(User), QLatin1String(Password)));
    m_url = m_broker.url();
    if (!started)
        m_error = m_broker.errorString();
    return started;
}

bool RemoteCluster::setUpProject()
{
    const QString project = projectDir();
    if (!copyProject(sourceDir() + QStringLiteral("/resources/examples/basic"), project)) {
        m_error = QStringLiteral("cannot copy the example project");
        return false;
    }
    git_libgit2_init();
    git_repository *repo = nullptr;
    bool ok = git_repository_init(&repo, QFile::encodeName(project).constData(), 0) == 0;
    git_repository_free(repo);
    repo = nullptr;
    ok = ok && git_repository_init(&repo, QFile::encodeName(gitRemote()).constData(), 1) == 0;
    git_repository_free(repo);
    git_libgit2_shutdown();
    if (!ok) {
        m_error = QStringLiteral("cannot create the git repositories");
        return false;
    }
    QFile ignore(project + QStringLiteral("/.gitignore"));
    if (!ignore.open(QIODevice::WriteOnly))
        return false;
    ignore.write("/.stratus/\n*.tmp\n");
    ignore.close();
    if (Status saved = DeployTarget::saveAll(project, {target()}); !saved) {
        m_error = saved.errorMessage();
        return false;
    }
    SecretStore::Options options;
    options.filePath = secretsFile();
    options.useKeychain = false;
    if (Status stored = SecretStore(options).write(
            SecretStore::keyFor(project, QLatin1String(TargetName), QStringLiteral("nats")),
            QLatin1String(Password));
        !stored) {
        m_error = stored.errorMessage();
        return false;
    }
    return true;
}

DeployTarget RemoteCluster::target() const
{
    DeployTarget t;
    t.name = QLatin1String(TargetName);
    t.natsUrls = {m_url};
    t.natsAuth = DeployTarget::NatsAuth::UserPassword;
    t.natsUser = QLatin1String(User);
    t.gitRemote = gitRemote();
    t.nodes = {QStringLiteral("node-a"), QStringLiteral("node-b")};
    t.keep = 3;
    t.timeoutMs = 60000;
    return t;
}

bool RemoteCluster::start()
{
    if (!m_dir.isValid() || !startBroker())
        return false;
    m_registry = std::make_unique<TestService>(QStringLiteral("stratus-registry"),
                                               QStringList{QStringLiteral("--nats"), authenticatedUrl()});
    if (!m_registry->waitReady()) {
        m_error = QStringLiteral("stratus-registry not ready: %1").arg(m_registry->log());
        return false;
    }
    // Flows keep their runs' data in the datastore.
    m_datastore = std::make_unique<TestService>(QStringLiteral("stratus-datastore"),
                                                QStringList{QStringLiteral("--nats"), authenticatedUrl()});
    if (!m_datastore->waitReady()) {
        m_error = QStringLiteral("stratus-datastore not ready: %1").arg(m_datastore->log());
        return false;
    }
    m_agentA = startAgent(QStringLiteral("node-a"));
    m_agentB = startAgent(QStringLiteral("node-b"));
    for (auto *a : {m_agentA.get(), m_agentB.get()}) {
        if (!a->waitReady()) {
            m_error = QStringLiteral("stratus-agent not ready: %1").arg(a->log());
            return false;
        }
    }
    return setUpProject();
}

std::unique_ptr<TestService> RemoteCluster::startAgent(const QString &node) const
{
    QDir().mkpath(agentDir(node));
    return std::make_unique<TestService>(
        QStringLiteral("stratus-agent"),
        QStringList{QStringLiteral("--node"), node, QStringLiteral("--dir"), agentDir(node),
                    QStringLiteral("--nats"), authenticatedUrl(), QStringLiteral("--bin-dir"), binDir()});
}

bool RemoteCluster::restartAgent(const QString &node)
{
    std::unique_ptr<TestService> &agent = node == QLatin1String("node-a") ? m_agentA : m_agentB;
    if (!agent || agent->terminate(30000) != 0)
        return false;
    agent = startAgent(node);
    return agent->waitReady();
}

QString RemoteCluster::agentLog(const QString &node)
{
    TestService *a = node == QLatin1String("node-a") ? m_agentA.get() : m_agentB.get();
    return a ? a->log() : QString();
}

QStringList RemoteCluster::remoteTags() const
{
    git_libgit2_init();
    QStringList tags;
    git_repository *repo = nullptr;
    if (git_repository_open_bare(&repo, QFile::encodeName(gitRemote()).constData()) == 0) {
        git_strarray names = {};
        if (git_tag_list(&names, repo) == 0) {
            for (size_t i = 0; i < names.count; ++i)
                tags << QString::fromUtf8(names.strings[i]);
            git_strarray_dispose(&names);
        }
        git_repository_free(repo);
    }
    git_libgit2_shutdown();
    tags.sort();
    return tags;
}

} // namespace Stratus::Test
