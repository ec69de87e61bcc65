// Deploying to a real second cluster on loopback (tests/deploy/remotecluster.h): an
// authenticated nats-server, a registry, two agents as two nodes, a bare git remote. The
// example project deploys and its functions answer on the remote; a changed function deploys
// while requests keep coming, and none of them fails; a rollback brings the old behaviour
// back; wrong credentials, an unreachable target, a rejected push and a broken manifest (caught
// locally, and on the node) each say what is wrong and change nothing on the remote.

#include "configbroker.h"
#include "deployer.h"
#include "deployprotocol.h"
#include "loadengine.h"
#include "manifest.h"
#include "natsclient.h"
#include "natsconnectoptions.h"
#include "registryclient.h"
#include "releasegit.h"
#include "remotecluster.h"
#include "secretstore.h"
#include "testbroker.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <git2.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace Stratus;
using namespace Stratus::Test;

class tst_Deploy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void targetsRoundTrip();
    void secretsFileIsPrivate();
    void deployExample();
    void redeployUnderLoad();
    void rollback();
    void restartedAgentRunsItsRelease();
    void wrongPassword();
    void unreachable();
    void brokenManifestLocally();
    void brokenManifestOnNode();
    void pushRejected();
    void commandLine();
    void partialFailureAndAgentTimeout();
    void tlsAndNkey();

private:
    Deployer deployer(const QString &secret = QLatin1String(RemoteCluster::Password)) const;
    QByteArray invoke(const QString &subject, const QByteArray &data);
    QMap<QString, QString> nodeReleases();
    void writeFile(const QString &relative, const QByteArray &content);

    std::unique_ptr<RemoteCluster> m_remote;
    std::unique_ptr<NatsClient> m_client; // the remote's broker, as a user of the functions would see it
    QString m_first;                      // the first release
    QString m_second;                     // the one with the changed echo
};

namespace {

const QByteArray EchoV2 =
    "#!/usr/bin/env bash\n"
    "# Echo, version 2: says so before the event.\n"
    "source \"${STRATUS_SDK_DIR:-$(dirname \"${BASH_SOURCE[0]}\")/../../../sdk}/shell/stratus_worker.sh\"\n"
    "handler() {\n  printf 'v2:'\n  cat\n}\n"
    "stratus_serve handler\n";

} // namespace

Deployer tst_Deploy::deployer(const QString &secret) const
{
    return Deployer(m_remote->projectDir(), m_remote->target(), Deployer::Secrets{secret, {}});
}

QByteArray tst_Deploy::invoke(const QString &subject, const QByteArray &data)
{
    const auto reply = m_client->request(subject, data, 10000);
    if (!reply)
        return "error: " + reply.errorMessage().toUtf8();
    if (reply->status() != Protocol::StatusOk)
        return "status " + reply->status() + ": " + reply->data;
    return reply->data;
}

QMap<QString, QString> tst_Deploy::nodeReleases()
{
    QMap<QString, QString> releases;
    const auto nodes = deployer().status(3000);
    if (nodes) {
        for (const NodeStatus &n : *nodes)
            releases.insert(n.node, n.release);
    }
    return releases;
}

void tst_Deploy::writeFile(const QString &relative, const QByteArray &content)
{
    QFile file(QDir(m_remote->projectDir()).filePath(relative));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

void tst_Deploy::initTestCase()
{
    qputenv("STRATUS_SECRET_STORE", "file");
    m_remote = std::make_unique<RemoteCluster>();
    QVERIFY2(m_remote->start(), qPrintable(m_remote->errorString()));
    auto client = NatsClient::connect(m_remote->authenticatedUrl());
    QVERIFY2(client, qPrintable(client.errorMessage()));
    m_client = std::make_unique<NatsClient>(std::move(*client));
}

void tst_Deploy::cleanupTestCase()
{
    m_client.reset();
    m_remote.reset();
}

void tst_Deploy::targetsRoundTrip()
{
    const auto loaded = DeployTarget::loadAll(m_remote->projectDir());
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded->size(), 1);
    QCOMPARE(loaded->first(), m_remote->target());
    // The committed file holds no secret.
    QFile file(QDir(m_remote->projectDir()).filePath(QLatin1String(DeployTarget::FileName)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(RemoteCluster::Password));

    // A URL with a password in it is refused, with the line.
    const auto withSecret = DeployTarget::parse(
        R"({"targets": [{"name": "x",
            "nats": "nats://u:p@host:4222", "git": {"remote": "/tmp/r.git"}}]})",
        QStringLiteral("deploy.json"));
    QVERIFY(!withSecret);
    QVERIFY2(withSecret.errorMessage().contains(
                 QLatin1String("deploy.json:2: targets[0].nats: holds credentials")),
             qPrintable(withSecret.errorMessage()));
}

void tst_Deploy::secretsFileIsPrivate()
{
    SecretStore::Options options;
    options.filePath = m_remote->secretsFile();
    options.useKeychain = false;
    const SecretStore store(options);
    QCOMPARE(store.backend(), SecretStore::Backend::File);
    QCOMPARE(QFile::permissions(m_remote->secretsFile()) &
                 ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                   QFileDevice::WriteUser),
             QFileDevice::Permissions());
    const auto secret = store.read(SecretStore::keyFor(
        m_remote->projectDir(), QLatin1String(RemoteCluster::TargetName), QStringLiteral("nats")));
    QVERIFY2(secret, qPrintable(secret.errorMessage()));
    QCOMPARE(*secret, QLatin1String(RemoteCluster::Password));
    // loadSecrets finds it there.
    qputenv("STRATUS_SECRETS_FILE", m_remote->secretsFile().toUtf8());
    const auto secrets = Deployer::loadSecrets(m_remote->projectDir(), m_remote->target(), SecretStore());
    qunsetenv("STRATUS_SECRETS_FILE");
    QVERIFY2(secrets, qPrintable(secrets.errorMessage()));
    QCOMPARE(secrets->nats, QLatin1String(RemoteCluster::Password));
}

void tst_Deploy::deployExample()
{
    QStringList stages;
    const auto report = deployer().deploy(QStringLiteral("first deploy"), [&](const DeployEvent &e) {
        stages << (e.node.isEmpty() ? e.stage : e.node + u':' + e.stage);
    });
    QVERIFY2(report, qPrintable(report.errorMessage()));
    QVERIFY2(report->ok(),
             qPrintable(report->summary() + u'\n' + m_remote->agentLog(QStringLiteral("node-a"))));
    m_first = report->release;
    for (const QString &node : {QStringLiteral("node-a"), QStringLiteral("node-b")}) {
        for (const char *stage :
             {DeployProtocol::StageFetched, DeployProtocol::StageValidated, DeployProtocol::StageRegistered,
              DeployProtocol::StageStarted, DeployProtocol::StageDone})
            QVERIFY2(stages.contains(node + u':' + QLatin1String(stage)), qPrintable(stages.join(u' ')));
    }
    QVERIFY(stages.contains(QStringLiteral("pushed")));
    QCOMPARE(m_remote->remoteTags(),
             QStringList{ReleaseGit::tagName(QLatin1String(RemoteCluster::TargetName), m_first)});

    const QMap<QString, QString> releases = nodeReleases();
    QCOMPARE(releases.value(QStringLiteral("node-a")), m_first);
    QCOMPARE(releases.value(QStringLiteral("node-b")), m_first);

    QCOMPARE(invoke(QStringLiteral("fn.echo-sh"), "hello"), QByteArray("hello"));
    QCOMPARE(invoke(QStringLiteral("fn.echo-sh-warm"), "hello"), QByteArray("hello"));
    QCOMPARE(invoke(QStringLiteral("fn.echo-py"), R"({"a":1})"), QByteArray(R"({"a":1})"));
    QCOMPARE(invoke(QStringLiteral("fn.access-control"),
                    R"({"user":"alice","resource":"reports","action":"delete"})"),
             QByteArray(R"({"allowed":true,"reason":"alice is admin: may delete reports"})"));
    // The injection example finds the service in the remote's registry.
    QCOMPARE(
        invoke(QStringLiteral("fn.handler"), "{}"),
        QByteArray(R"({"service":"log","topic":"fn.logger-warm","result":"logging operation succeeded"})"));
    QCOMPARE(
        invoke(QStringLiteral("fn.handler-py"), "{}"),
        QByteArray(R"({"service":"log","topic":"fn.logger-warm","result":"logging operation succeeded"})"));
    auto registry = RegistryClient::connect(m_remote->authenticatedUrl());
    QVERIFY2(registry, qPrintable(registry.errorMessage()));
    const auto functions = registry->list(RegistryEntry::Kind::Function);
    QVERIFY2(functions, qPrintable(functions.errorMessage()));
    const auto manifest = Manifest::load(m_remote->projectDir());
    QVERIFY(manifest);
    QCOMPARE(functions->size(), manifest->functions.size());

    // Every replica of every function and flow runs on each node.
    int replicas = 0;
    for (const FunctionSpec &f : manifest->functions)
        replicas += f.replicas;
    for (const FlowSpec &f : manifest->flows)
        replicas += f.replicas;
    const auto nodes = deployer().status(3000);
    QVERIFY(nodes);
    QCOMPARE(nodes->size(), 2);
    for (const NodeStatus &n : *nodes) {
        QCOMPARE(n.processes.size(), replicas);
        for (const NodeStatus::Process &p : n.processes)
            QCOMPARE(p.state, QStringLiteral("ready"));
    }
    // The example's flow runs on the remote too, calling the remote's functions.
    if (const FlowSpec *flow = manifest->flow(QStringLiteral("fizzbuzz"))) {
        const QByteArray result = invoke(flow->trigger, R"({"n":15})");
        QVERIFY2(result.contains("\"FizzBuzz\""), result.constData());
    }
}

void tst_Deploy::redeployUnderLoad()
{
    QVERIFY(!m_first.isEmpty());
    writeFile(QStringLiteral("functions/echo.sh"), EchoV2);

    // A bounded request loop at ~50 req/s, alternating the cold and the warm echo, for as long
    // as the redeploy takes: every request must be answered, by the old or the new release.
    std::atomic<bool> stop = false;
    std::atomic<int> sent = 0, failed = 0, v1 = 0, v2 = 0;
    QString firstFailure;
    std::thread load([&] {
        constexpr int MaxRequests = 6000; // 120 s at 50/s
        auto next = std::chrono::steady_clock::now();
        for (int i = 0; i < MaxRequests && !stop; ++i) {
            next += std::chrono::milliseconds(20);
            std::this_thread::sleep_until(next); // pacing the load, not synchronising
            const QString subject = i % 2 ? QStringLiteral("fn.echo-sh-warm") : QStringLiteral("fn.echo-sh");
            const auto reply = m_client->request(subject, QByteArray("x") + QByteArray::number(i), 10000);
            ++sent;
            if (!reply || reply->status() != Protocol::StatusOk) {
                if (failed++ == 0)
                    firstFailure = reply ? QString::fromUtf8(reply->status() + ": " + reply->data)
                                         : reply.errorMessage();
                continue;
            }
            (reply->data.startsWith("v2:") ? v2 : v1)++;
        }
    });
    // And a stress run beside it: the open-loop engine at a moderate 100 requests/s on the warm
    // echo, for as long as the switch takes (bounded: 120 s at most).
    LoadPlan stress;
    stress.target = LoadTarget::forSubject(QStringLiteral("fn.echo-sh-warm"));
    stress.natsUrl = m_remote->authenticatedUrl();
    stress.profile = LoadProfile::constant(100, 120000);
    stress.payload = PayloadTemplate::literal(QByteArrayLiteral("stress"));
    stress.timeoutMs = 10000;
    LoadEngine engine;
    QSignalSpy stressed(&engine, &LoadEngine::finished);
    const Status stressStarted = engine.start(stress);
    QVERIFY2(stressStarted, qPrintable(stressStarted.errorMessage()));

    // Load before, during and after the switch.
    QTRY_VERIFY_WITH_TIMEOUT(sent >= 20, 10000);
    const auto report = deployer().deploy(QStringLiteral("echo says v2"));
    const int atSwitch = sent;
    QTRY_VERIFY_WITH_TIMEOUT(sent >= atSwitch + 20, 10000);
    stop = true;
    load.join();
    engine.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!stressed.isEmpty(), 15000);
    const auto stressResult = stressed.constFirst().constFirst().value<StressResult>();
    QVERIFY2(stressResult.error.isEmpty(), qPrintable(stressResult.error));
    QVERIFY(stressResult.ok > 100); // it ran across the switch
    QVERIFY2(stressResult.errors == 0,
             qPrintable(QStringLiteral("the stress run saw %1 errors of %2 requests")
                            .arg(stressResult.errors)
                            .arg(stressResult.sent)));
    QVERIFY2(report, qPrintable(report.errorMessage()));
    QVERIFY2(report->ok(), qPrintable(report->summary()));
    m_second = report->release;
    QVERIFY2(
        failed == 0,
        qPrintable(
            QStringLiteral("%1 of %2 requests failed; first: %3").arg(failed).arg(sent).arg(firstFailure)));
    QVERIFY(v1 > 0);
    QVERIFY(v2 > 0);
    qInfo("%d requests during the redeploy, none failed (%d by the old release, %d by the new)", int(sent),
          int(v1), int(v2));

    QCOMPARE(invoke(QStringLiteral("fn.echo-sh"), "hello"), QByteArray("v2:hello"));
    const QMap<QString, QString> releases = nodeReleases();
    QCOMPARE(releases.value(QStringLiteral("node-a")), m_second);
    QCOMPARE(releases.value(QStringLiteral("node-b")), m_second);
    // Only the new release's invokers are left.
    const auto nodes = deployer().status(3000);
    QVERIFY(nodes);
    for (const NodeStatus &n : *nodes) {
        QCOMPARE(n.kept, (QStringList{m_second, m_first}));
        for (const NodeStatus::Process &p : n.processes)
            QCOMPARE(p.release, m_second);
    }
    // The release history and the diff against the project.
    const auto releases2 = deployer().releases(true);
    QVERIFY2(releases2, qPrintable(releases2.errorMessage()));
    QCOMPARE(releases2->size(), 2);
    QCOMPARE(releases2->first().name, m_second);
    QCOMPARE(releases2->first().message, QStringLiteral("echo says v2"));
    const auto sameAsProject = deployer().diff(m_second);
    QVERIFY2(sameAsProject, qPrintable(sameAsProject.errorMessage()));
    QCOMPARE(*sameAsProject, QString());
    const auto changed = deployer().diff(m_first);
    QVERIFY2(changed, qPrintable(changed.errorMessage()));
    QVERIFY2(changed->contains(QLatin1String("+  printf 'v2:'")), qPrintable(*changed));
}

void tst_Deploy::rollback()
{
    QVERIFY(!m_first.isEmpty() && !m_second.isEmpty());
    const auto report = deployer().rollback(m_first);
    QVERIFY2(report, qPrintable(report.errorMessage()));
    QVERIFY2(report->ok(), qPrintable(report->summary()));
    QCOMPARE(invoke(QStringLiteral("fn.echo-sh"), "hello"), QByteArray("hello"));
    QCOMPARE(invoke(QStringLiteral("fn.echo-sh-warm"), "hello"), QByteArray("hello"));
    const QMap<QString, QString> releases = nodeReleases();
    QCOMPARE(releases.value(QStringLiteral("node-a")), m_first);
    QCOMPARE(releases.value(QStringLiteral("node-b")), m_first);

    // Not kept: refused before anything moves.
    const auto unknown = deployer().rollback(QStringLiteral("19990101-000000"));
    QVERIFY(!unknown);
    QVERIFY2(unknown.errorMessage().contains(QLatin1String("not kept on node-a")),
             qPrintable(unknown.errorMessage()));
    QCOMPARE(nodeReleases().value(QStringLiteral("node-a")), m_first);
}

// A node that restarts (its agent stopped, say for an upgrade) starts the release it ran.
void tst_Deploy::restartedAgentRunsItsRelease()
{
    const auto processesOf = [this](const QString &node) {
        const auto nodes = deployer().status(3000);
        if (nodes) {
            for (const NodeStatus &n : *nodes) {
                if (n.node == node)
                    return n.processes;
            }
        }
        return QList<NodeStatus::Process>{};
    };
    const qsizetype before = processesOf(QStringLiteral("node-b")).size();
    QVERIFY(before > 0);
    QVERIFY(m_remote->restartAgent(QStringLiteral("node-b")));
    QCOMPARE(nodeReleases().value(QStringLiteral("node-b")), m_first);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto processes = processesOf(QStringLiteral("node-b"));
            return processes.size() == before &&
                   std::all_of(processes.cbegin(), processes.cend(), [this](const NodeStatus::Process &p) {
                       return p.state == QLatin1String("ready") && p.release == m_first;
                   });
        }(),
        30000);
}

void tst_Deploy::wrongPassword()
{
    const QStringList tagsBefore = m_remote->remoteTags();
    const auto report = deployer(QStringLiteral("not-the-password")).deploy(QStringLiteral("never"));
    QVERIFY(!report);
    QVERIFY2(report.errorMessage().contains(QLatin1String("authentication failed")),
             qPrintable(report.errorMessage()));
    QVERIFY2(!report.errorMessage().contains(QLatin1String("not-the-password")),
             qPrintable(report.errorMessage()));
    QCOMPARE(m_remote->remoteTags(), tagsBefore);
    const auto status = deployer(QStringLiteral("not-the-password")).status();
    QVERIFY(!status);
    QVERIFY(status.errorMessage().contains(QLatin1String("authentication failed")));
    QCOMPARE(status.error().cause, Error::Cause::Unreachable);
    QCOMPARE(nodeReleases().value(QStringLiteral("node-b")), m_first);
}

void tst_Deploy::unreachable()
{
    const QStringList tagsBefore = m_remote->remoteTags();
    DeployTarget target = m_remote->target();
    target.natsUrls = {QStringLiteral("nats://127.0.0.1:1")};
    const auto report = Deployer(m_remote->projectDir(), target, {QLatin1String(RemoteCluster::Password), {}})
                            .deploy(QStringLiteral("never"));
    QVERIFY(!report);
    QVERIFY2(report.errorMessage().contains(
                 QLatin1String("unreachable: no NATS server answers at nats://127.0.0.1:1")),
             qPrintable(report.errorMessage()));
    QCOMPARE(report.error().cause, Error::Cause::Unreachable); // the command line's exit code 3
    QCOMPARE(m_remote->remoteTags(), tagsBefore);
}

void tst_Deploy::brokenManifestLocally()
{
    const QString manifestPath = QDir(m_remote->projectDir()).filePath(QStringLiteral("stratus.json"));
    QFile file(manifestPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    file.close();
    QByteArray broken = good;
    broken.replace("\"timeoutMs\": 5000", "\"timeoutMs\": -5");
    writeFile(QStringLiteral("stratus.json"), broken);
    const QStringList tagsBefore = m_remote->remoteTags();
    const auto report = deployer().deploy(QStringLiteral("broken"));
    writeFile(QStringLiteral("stratus.json"), good);
    QVERIFY(!report);
    QVERIFY2(report.errorMessage().contains(QLatin1String("invalid manifest")) &&
                 report.errorMessage().contains(QLatin1String("timeoutMs")),
             qPrintable(report.errorMessage()));
    QCOMPARE(m_remote->remoteTags(), tagsBefore);
    QCOMPARE(nodeReleases().value(QStringLiteral("node-a")), m_first);
}

// A release that slipped past the local check (another tool pushed it): the node refuses it,
// says why, and keeps running what it ran.
void tst_Deploy::brokenManifestOnNode()
{
    const QString manifestPath = QDir(m_remote->projectDir()).filePath(QStringLiteral("stratus.json"));
    QFile file(manifestPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    file.close();
    writeFile(QStringLiteral("stratus.json"),
              "{ \"version\": 1, \"name\": \"broken\", \"functions\": [ { \"name\": 7 } ] }");
    const QString target = QLatin1String(RemoteCluster::TargetName);
    const auto release =
        ReleaseGit::createRelease(m_remote->projectDir(), target, QStringLiteral("broken on purpose"));
    writeFile(QStringLiteral("stratus.json"), good);
    QVERIFY2(release, qPrintable(release.errorMessage()));
    QVERIFY(ReleaseGit::push(m_remote->projectDir(), m_remote->gitRemote(), target, *release, {}));

    natsSubscription *raw = nullptr;
    QCOMPARE(natsConnection_SubscribeSync(&raw, m_client->handle(), "stratus.deploy.bad1.>"), NATS_OK);
    NatsSubscriptionPtr events(raw);
    const QJsonObject request{{QStringLiteral("deployId"), QStringLiteral("bad1")},
                              {QStringLiteral("release"), release->name},
                              {QStringLiteral("tag"), ReleaseGit::tagRef(target, release->name)},
                              {QStringLiteral("commit"), release->commit},
                              {QStringLiteral("gitRemote"), m_remote->gitRemote()}};
    const auto ack = m_client->request(QStringLiteral("stratus.agent.node-a.deploy"),
                                       QJsonDocument(request).toJson(QJsonDocument::Compact), 5000);
    QVERIFY2(ack, qPrintable(ack.errorMessage()));
    QVERIFY2(ack->data.contains("\"accepted\":true"), ack->data.constData());
    QString failure;
    const QDeadlineTimer deadline(30000);
    while (failure.isEmpty() && !deadline.hasExpired()) {
        natsMsg *msg = nullptr;
        if (natsSubscription_NextMsg(&msg, events.get(), 1000) != NATS_OK)
            continue;
        const auto event = DeployEvent::fromJson(
            QJsonDocument::fromJson(QByteArray(natsMsg_GetData(msg), natsMsg_GetDataLength(msg))).object());
        natsMsg_Destroy(msg);
        QVERIFY(event);
        QVERIFY2(event->stage != QLatin1String(DeployProtocol::StageDone), "a broken release deployed");
        if (event->failed())
            failure = event->message;
    }
    QVERIFY2(failure.contains(QLatin1String("invalid manifest")) &&
                 failure.contains(QLatin1String("stratus.json:1")),
             qPrintable(failure));
    QVERIFY2(failure.contains(QStringLiteral("stays on release %1").arg(m_first)), qPrintable(failure));
    QCOMPARE(nodeReleases().value(QStringLiteral("node-a")), m_first);
    QCOMPARE(invoke(QStringLiteral("fn.echo-sh"), "still"), QByteArray("still"));
    QVERIFY(!QFileInfo::exists(QDir(m_remote->agentDir(QStringLiteral("node-a")))
                                   .filePath(QStringLiteral("releases/") + release->name)));
}

void tst_Deploy::pushRejected()
{
    // Someone else moved the remote's deploy ref: our next push is not a fast-forward.
    git_libgit2_init();
    git_repository *repo = nullptr;
    QCOMPARE(git_repository_open_bare(&repo, QFile::encodeName(m_remote->gitRemote()).constData()), 0);
    git_treebuilder *builder = nullptr;
    git_treebuilder_new(&builder, repo, nullptr);
    git_oid treeId, commitId;
    git_treebuilder_write(&treeId, builder);
    git_treebuilder_free(builder);
    git_tree *tree = nullptr;
    git_tree_lookup(&tree, repo, &treeId);
    git_signature *sig = nullptr;
    git_signature_now(&sig, "Someone Else", "else@example.org");
    QCOMPARE(git_commit_create(&commitId, repo, nullptr, sig, sig, nullptr, "elsewhere", tree, 0, nullptr),
             0);
    git_reference *ref = nullptr;
    QCOMPARE(git_reference_create(&ref, repo, "refs/stratus/deploy/loop", &commitId, 1, "test"), 0);
    git_reference_free(ref);
    git_signature_free(sig);
    git_tree_free(tree);
    git_repository_free(repo);
    git_libgit2_shutdown();

    const QStringList tagsBefore = m_remote->remoteTags();
    const auto localBefore =
        ReleaseGit::releases(m_remote->projectDir(), QLatin1String(RemoteCluster::TargetName));
    QVERIFY(localBefore);
    const auto report = deployer().deploy(QStringLiteral("rejected"));
    QVERIFY(!report);
    QVERIFY2(report.errorMessage().contains(QLatin1String("push rejected")),
             qPrintable(report.errorMessage()));
    QCOMPARE(m_remote->remoteTags(), tagsBefore);
    // The local release was taken back: nothing dangles that was never pushed.
    const auto localAfter =
        ReleaseGit::releases(m_remote->projectDir(), QLatin1String(RemoteCluster::TargetName));
    QVERIFY(localAfter);
    QCOMPARE(localAfter->size(), localBefore->size());
    QCOMPARE(nodeReleases().value(QStringLiteral("node-a")), m_first);
}

// The same through `stratus`, with the password from the secrets file.
void tst_Deploy::commandLine()
{
    QString wrongSecret;
    const auto stratus = [this, &wrongSecret](const QStringList &arguments, QString *output) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!wrongSecret.isEmpty())
            env.insert(QStringLiteral("STRATUS_DEPLOY_SECRET"), wrongSecret);
        env.insert(QStringLiteral("STRATUS_SECRETS_FILE"), m_remote->secretsFile());
        env.insert(QStringLiteral("STRATUS_SECRET_STORE"), QStringLiteral("file"));
        process.setProcessEnvironment(env);
        process.start(binDir() + QStringLiteral("/stratus"),
                      arguments + QStringList{QStringLiteral("--project"), m_remote->projectDir()});
        if (!process.waitForFinished(120000))
            return -1;
        *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        return process.exitCode();
    };
    const QString target = QLatin1String(RemoteCluster::TargetName);
    QString out;
    QCOMPARE(stratus({QStringLiteral("remote"), QStringLiteral("status"), target}, &out), 0);
    QVERIFY2(out.contains(QLatin1String("node-a")) && out.contains(m_first), qPrintable(out));

    // Fetches what "someone else" pushed in pushRejected(), after which deploying works again.
    QCOMPARE(stratus({QStringLiteral("releases"), target}, &out), 0);
    QVERIFY2(out.contains(m_first) && out.contains(m_second) && out.contains(QLatin1String("echo says v2")),
             qPrintable(out));

    QCOMPARE(stratus({QStringLiteral("deploy"), target, QStringLiteral("-m"),
                      QStringLiteral("from the command line")},
                     &out),
             0);
    QVERIFY2(out.contains(QLatin1String("node-b      done: running release")) &&
                 out.contains(QLatin1String("runs on node-a, node-b")),
             qPrintable(out));
    QCOMPARE(invoke(QStringLiteral("fn.echo-sh"), "cli"), QByteArray("v2:cli"));

    QCOMPARE(stratus({QStringLiteral("rollback"), target, m_first}, &out), 0);
    QCOMPARE(invoke(QStringLiteral("fn.echo-sh"), "cli"), QByteArray("cli"));

    QCOMPARE(stratus({QStringLiteral("deploy"), QStringLiteral("nowhere")}, &out), 1);
    QVERIFY2(out.contains(QLatin1String("no deploy target \"nowhere\"")), qPrintable(out));
    QCOMPARE(stratus({QStringLiteral("rollback"), target}, &out), 2);
    // Refused credentials: exit 3, as for an unreachable target, and the secret is not shown.
    wrongSecret = QStringLiteral("wrong-from-env");
    QCOMPARE(stratus({QStringLiteral("remote"), QStringLiteral("status"), target}, &out), 3);
    QVERIFY2(out.contains(QLatin1String("authentication failed")) && !out.contains(wrongSecret),
             qPrintable(out));
}

namespace {

// A node whose agent answers and accepts, then never reports: it runs on nats.c's threads,
// answering from the subscription callbacks.
void fakeAgent(natsConnection *nc, natsSubscription *, natsMsg *msg, void *)
{
    const QByteArray subject = natsMsg_GetSubject(msg);
    const char *reply = natsMsg_GetReply(msg);
    const NodeStatus node{QStringLiteral("node-z"), {}, {}, {}, QDateTime::currentDateTimeUtc(), {}};
    const QByteArray body = subject.endsWith(".deploy")
                                ? QByteArray(R"({"accepted":true,"node":"node-z"})")
                                : QJsonDocument(node.toJson()).toJson(QJsonDocument::Compact);
    if (reply)
        natsConnection_PublishString(nc, reply, body.constData());
    natsMsg_Destroy(msg);
}

} // namespace

// A third node that goes silent after accepting: the deploy reports a partial failure, names
// the node and why (agent timeout), and the two others run the release.
void tst_Deploy::partialFailureAndAgentTimeout()
{
    auto fake = NatsClient::connect(m_remote->authenticatedUrl());
    QVERIFY2(fake, qPrintable(fake.errorMessage()));
    natsSubscription *rawStatus = nullptr;
    natsSubscription *rawDeploy = nullptr;
    QCOMPARE(natsConnection_Subscribe(&rawStatus, fake->handle(), DeployProtocol::StatusSubject, fakeAgent,
                                      nullptr),
             NATS_OK);
    QCOMPARE(
        natsConnection_Subscribe(&rawDeploy, fake->handle(), "stratus.agent.node-z.*", fakeAgent, nullptr),
        NATS_OK);
    NatsSubscriptionPtr status(rawStatus), deploy(rawDeploy);
    QVERIFY(fake->flush());

    DeployTarget target = m_remote->target();
    target.nodes << QStringLiteral("node-z");
    // Long enough for a real node to start its invokers between two events, even on a busy machine.
    target.timeoutMs = 15000;
    const auto report = Deployer(m_remote->projectDir(), target, {QLatin1String(RemoteCluster::Password), {}})
                            .deploy(QStringLiteral("with a silent node"));
    QVERIFY2(report, qPrintable(report.errorMessage()));
    QVERIFY(!report->ok());
    QCOMPARE(report->nodes.size(), 3);
    const QString summary = report->summary();
    QVERIFY2(summary.startsWith(
                 QStringLiteral("partial failure: release %1 runs on node-a, node-b; ").arg(report->release)),
             qPrintable(summary));
    QVERIFY2(summary.contains(
                 QLatin1String("node-z failed and stays on no release: agent timeout: node-z reported "
                               "nothing for 15 s after \"accepted\"")),
             qPrintable(summary));
    const QMap<QString, QString> releases = nodeReleases();
    QCOMPARE(releases.value(QStringLiteral("node-a")), report->release);
    QCOMPARE(releases.value(QStringLiteral("node-z")), QString());
}

// The other kinds of credentials and TLS, against a broker of their own: a user nkey (the
// pair from the NATS documentation) over TLS with a CA made here.
void tst_Deploy::tlsAndNkey()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl is not on PATH: no CA for the TLS broker");
    QTemporaryDir dir;
    const auto run = [&](const QStringList &arguments) {
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(openssl, arguments);
        return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    };
    QFile ext(dir.filePath(QStringLiteral("san.ext")));
    QVERIFY(ext.open(QIODevice::WriteOnly));
    ext.write("subjectAltName=IP:127.0.0.1\n");
    ext.close();
    QVERIFY(run(
        QStringLiteral(
            "req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 2 -subj /CN=stratus-test-ca")
            .split(u' ')));
    QVERIFY(run(
        QStringLiteral("req -newkey rsa:2048 -nodes -keyout server.key -out server.csr -subj /CN=127.0.0.1")
            .split(u' ')));
    QVERIFY(
        run(QStringLiteral(
                "x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out server.pem -days 2 "
                "-extfile san.ext")
                .split(u' ')));
    const QString publicKey = QStringLiteral("UDXU4RCSJNZOIQHZNWXHXORDPRTGNJAHAHFRGZNEEJCPQTT2M7NLCNF4");
    const QString seed = QStringLiteral("SUACSSL3UAHUDXKFSNVUZRF5UHPMWZ6BFDTJ7M6USDXIEDNPPQYYYCU3VY");
    ConfigBroker broker;
    QVERIFY2(broker.start(dir.filePath(QStringLiteral("nats")),
                          // Generous handshake and credential timeouts: a loaded CI machine is
                          // slow at RSA, not wrong about the key.
                          QStringLiteral("listen: \"127.0.0.1:-1\"\n"
                                         "tls { cert_file: \"%1\", key_file: \"%2\", timeout: 10 }\n"
                                         "authorization { timeout: 10, users: [ { nkey: \"%3\" } ] }\n")
                              .arg(dir.filePath(QStringLiteral("server.pem")),
                                   dir.filePath(QStringLiteral("server.key")), publicKey)),
             qPrintable(broker.errorString()));

    DeployTarget target = m_remote->target();
    target.natsUrls = {broker.url()};
    target.natsAuth = DeployTarget::NatsAuth::NKey;
    target.natsUser.clear();
    target.nkey = publicKey;
    target.tlsCaFile = dir.filePath(QStringLiteral("ca.pem"));
    target.nodes.clear();
    const auto connected = Deployer(m_remote->projectDir(), target, {seed, {}}).status(200);
    QVERIFY2(connected, qPrintable(connected.errorMessage()));
    QVERIFY(connected->isEmpty()); // no agent there: reachable, nobody answers

    DeployTarget noCa = target;
    noCa.tlsCaFile.clear();
    const auto plain = Deployer(m_remote->projectDir(), noCa, {seed, {}}).status(200);
    QVERIFY(!plain);
    QVERIFY2(plain.errorMessage().contains(QLatin1String("TLS failed")) &&
                 !plain.errorMessage().contains(seed),
             qPrintable(plain.errorMessage()));

    DeployTarget otherKey = target;
    otherKey.nkey = QStringLiteral("UA6KOMQ67XOE3FHE37W4OXADVXVYISBNLTBUT2LSY5VFKAIJ7CRDR2RZ");
    const auto refused = Deployer(m_remote->projectDir(), otherKey, {seed, {}}).status(200);
    QVERIFY(!refused);
    QVERIFY2(refused.errorMessage().contains(QLatin1String("authentication failed")) &&
                 refused.errorMessage().contains(QLatin1String("nkey")) &&
                 !refused.errorMessage().contains(seed),
             qPrintable(refused.errorMessage()));
}

QTEST_GUILESS_MAIN(tst_Deploy)
#include "tst_deploy.moc"
