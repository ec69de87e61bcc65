// The supervisor and `stratus cluster` against real processes: nats-server, stratus-invoker
// and the functions' warm workers. Each test writes a small project into a temp dir.

#include "clusterstate.h"
#include "datastoreclient.h"
#include "natsclient.h"
#include "registryclient.h"
#include "supervisor.h"
#include "testbroker.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Stratus;
using namespace Stratus::Test;

class tst_Supervisor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startsInDependencyOrder();
    void crashedProcessIsRestarted_data();
    void crashedProcessIsRestarted();
    void stopLeavesNoProcess();
    void scaleStartsAndStopsReplicas();
    void startFailure_data();
    void startFailure();
    void detachedUpStatusDown();
    void registryAndDataCommands();
    void killedForegroundUpLeavesNothing();

private:
    struct Cluster
    {
        std::unique_ptr<QTemporaryDir> dir;
        std::unique_ptr<Supervisor> supervisor;
        QSet<qint64> pids; // every PID any of its processes ever had
    };
    // A project with a cold /bin/cat function and a warm shell function (2 workers).
    static std::unique_ptr<QTemporaryDir> writeProject(const QJsonObject &broker = {},
                                                       const QJsonArray &functions = defaultFunctions(),
                                                       const QJsonArray &services = {});
    static QJsonArray defaultFunctions();
    static Cluster makeCluster(std::unique_ptr<QTemporaryDir> dir, Supervisor::Options options = {});
    static bool startCluster(Cluster &cluster);
    static QString stratus() { return binDir() + QStringLiteral("/stratus"); }
    static int runStratus(const QStringList &arguments, QByteArray *out = nullptr, int timeoutMs = 60000);
};

namespace {

constexpr int StartTimeoutMs = 30000;
constexpr int GoneTimeoutMs = 10000;

// Every live descendant of pid (children, their workers, ...), from /proc.
QSet<qint64> descendants(qint64 pid)
{
    QMultiHash<qint64, qint64> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 child = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(child));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1)
            children.insert(fields[1].toLongLong(), child);
    }
    QSet<qint64> result;
    QList<qint64> queue{pid};
    while (!queue.isEmpty()) {
        for (qint64 child : children.values(queue.takeFirst())) {
            if (!result.contains(child)) {
                result.insert(child);
                queue << child;
            }
        }
    }
    return result;
}

QStringList stillAlive(const QSet<qint64> &pids, int timeoutMs)
{
    QStringList alive;
    for (qint64 pid : pids) {
        if (!waitForProcessGone(pid, timeoutMs))
            alive << QString::number(pid);
    }
    return alive;
}

QByteArray lastStateOfFile(const QString &stateDir)
{
    const auto state = ClusterState::read(stateDir);
    return state ? state->state().toUtf8() : QByteArray("(no cluster.json)");
}

} // namespace

void tst_Supervisor::initTestCase()
{
    QVERIFY2(!binDir().isEmpty(), "STRATUS_BIN_DIR is not set (run through ctest)");
    QVERIFY2(QFileInfo(binDir() + QStringLiteral("/stratus-invoker")).isExecutable(),
             "build stratus-invoker first");
    QVERIFY2(QFileInfo(stratus()).isExecutable(), "build stratus first");
}

QJsonArray tst_Supervisor::defaultFunctions()
{
    return {QJsonObject{{QStringLiteral("name"), QStringLiteral("echo")},
                        {QStringLiteral("command"), QStringLiteral("/bin/cat")}},
            QJsonObject{
                {QStringLiteral("name"), QStringLiteral("warm")},
                {QStringLiteral("command"), QStringLiteral("sh")},
                {QStringLiteral("args"),
                 QJsonArray{QStringLiteral("-c"), QStringLiteral("echo STRATUS-READY; exec cat >/dev/null")}},
                {QStringLiteral("mode"), QStringLiteral("warm")},
                {QStringLiteral("maxConcurrency"), 2}}};
}

std::unique_ptr<QTemporaryDir> tst_Supervisor::writeProject(const QJsonObject &broker,
                                                            const QJsonArray &functions,
                                                            const QJsonArray &services)
{
    auto dir = std::make_unique<QTemporaryDir>();
    QJsonObject manifest{{QStringLiteral("version"), 1},
                         {QStringLiteral("name"), QStringLiteral("supervised")},
                         {QStringLiteral("functions"), functions}};
    if (!broker.isEmpty())
        manifest.insert(QStringLiteral("broker"), broker);
    if (!services.isEmpty())
        manifest.insert(QStringLiteral("services"), services);
    QFile f(dir->filePath(QStringLiteral("stratus.json")));
    if (!dir->isValid() || !f.open(QIODevice::WriteOnly))
        return nullptr;
    f.write(QJsonDocument(manifest).toJson());
    return dir;
}

tst_Supervisor::Cluster tst_Supervisor::makeCluster(std::unique_ptr<QTemporaryDir> dir,
                                                    Supervisor::Options options)
{
    Cluster cluster;
    cluster.dir = std::move(dir);
    if (options.binDir.isEmpty())
        options.binDir = binDir();
    cluster.supervisor = std::make_unique<Supervisor>(options);
    Supervisor *supervisor = cluster.supervisor.get();
    QSet<qint64> *pids = &cluster.pids;
    QObject::connect(supervisor, &Supervisor::processAdded, supervisor, [pids](ManagedProcess *p) {
        QObject::connect(p, &ManagedProcess::stateChanged, p, [pids, p] {
            if (p->pid() > 0)
                pids->insert(p->pid());
        });
    });
    return cluster;
}

bool tst_Supervisor::startCluster(Cluster &cluster)
{
    const auto manifest = Manifest::load(cluster.dir->path());
    if (!manifest) {
        qWarning("%s", qPrintable(manifest.errorMessage()));
        return false;
    }
    QSignalSpy started(cluster.supervisor.get(), &Supervisor::started);
    QSignalSpy failed(cluster.supervisor.get(), &Supervisor::failed);
    cluster.supervisor->start(*manifest);
    QDeadlineTimer deadline(StartTimeoutMs);
    while (started.isEmpty() && failed.isEmpty() && !deadline.hasExpired())
        started.wait(int(std::max<qint64>(1, deadline.remainingTime())));
    if (!failed.isEmpty())
        qWarning("start failed: %s", qPrintable(failed.first().first().toString()));
    return !started.isEmpty();
}

int tst_Supervisor::runStratus(const QStringList &arguments, QByteArray *out, int timeoutMs)
{
    QProcess process;
    process.start(stratus(), arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (out)
        *out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    if (!err.isEmpty())
        qInfo("stratus %s: %s", qPrintable(arguments.join(QLatin1Char(' '))), err.constData());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void tst_Supervisor::startsInDependencyOrder()
{
    const QJsonArray services{QJsonObject{{QStringLiteral("id"), QStringLiteral("log")},
                                          {QStringLiteral("name"), QStringLiteral("LOG-js-function")},
                                          {QStringLiteral("topic"), QStringLiteral("fn.echo")}}};
    Cluster cluster = makeCluster(writeProject({}, defaultFunctions(), services));
    QVERIFY(cluster.dir);
    // (process id, state) in the order they happened.
    QList<QPair<QString, ManagedProcess::State>> events;
    bool allReadyAtStarted = false;
    connect(cluster.supervisor.get(), &Supervisor::processAdded, this, [&events](ManagedProcess *p) {
        connect(p, &ManagedProcess::stateChanged, p, [&events, p](ManagedProcess::State s) {
            events.append({p->id(), s});
        });
    });
    connect(cluster.supervisor.get(), &Supervisor::started, this, [&] {
        const auto processes = cluster.supervisor->processes();
        allReadyAtStarted = std::all_of(processes.cbegin(), processes.cend(), [](const ManagedProcess *p) {
            return p->state() == ManagedProcess::State::Ready;
        });
    });
    QVERIFY(startCluster(cluster));
    QVERIFY(allReadyAtStarted);
    QCOMPARE(cluster.supervisor->processes().size(), 6); // broker, registry, datastore, echo, warm, gateway
    // The manifest's broker.threads (1 when unset) reaches nats-server as GOMAXPROCS.
    QFile environ(
        QStringLiteral("/proc/%1/environ").arg(cluster.supervisor->process(QStringLiteral("broker"))->pid()));
    QVERIFY(environ.open(QIODevice::ReadOnly));
    QVERIFY(environ.readAll().split('\0').contains("GOMAXPROCS=1"));

    const qsizetype brokerReady = events.indexOf({QStringLiteral("broker"), ManagedProcess::State::Ready});
    QVERIFY(brokerReady >= 0);
    qsizetype servicesReady = brokerReady;
    for (const QString &id : {QStringLiteral("registry"), QStringLiteral("datastore")}) {
        const qsizetype starting = events.indexOf({id, ManagedProcess::State::Starting});
        QVERIFY2(starting > brokerReady,
                 qPrintable(id + QStringLiteral(" started before the broker was ready")));
        const qsizetype ready = events.indexOf({id, ManagedProcess::State::Ready});
        QVERIFY(ready > starting);
        servicesReady = std::max(servicesReady, ready);
    }
    for (const QString &id : {QStringLiteral("invoker.echo.0"), QStringLiteral("invoker.warm.0")}) {
        const qsizetype starting = events.indexOf({id, ManagedProcess::State::Starting});
        QVERIFY2(starting > servicesReady,
                 qPrintable(id + QStringLiteral(" started before the registry and datastore were ready")));
        QVERIFY(events.indexOf({id, ManagedProcess::State::Ready}) > starting);
    }
    QCOMPARE(cluster.supervisor->state(), Supervisor::State::Running);
    QCOMPARE(lastStateOfFile(cluster.supervisor->stateDir()), QByteArray("running"));

    // The broker URL is real and the invoker answers on it.
    QVERIFY(cluster.supervisor->brokerUrl().startsWith(QStringLiteral("nats://127.0.0.1:")));
    auto client = NatsClient::connect(cluster.supervisor->brokerUrl());
    QVERIFY2(client, qPrintable(client.errorMessage()));
    auto reply = client->request(QStringLiteral("fn.echo"), "ping", 10000);
    QVERIFY2(reply, qPrintable(reply.errorMessage()));
    QCOMPARE(reply->data, QByteArray("ping"));

    // At started() the registry holds the manifest: every function and service.
    auto registry = RegistryClient::connect(cluster.supervisor->brokerUrl());
    QVERIFY2(registry, qPrintable(registry.errorMessage()));
    auto functions = registry->list(RegistryEntry::Kind::Function);
    QVERIFY2(functions, qPrintable(functions.errorMessage()));
    QStringList names;
    for (const RegistryEntry &entry : std::as_const(*functions))
        names << entry.id;
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("echo"), QStringLiteral("warm")}));
    const auto echo = registry->get(RegistryEntry::Kind::Function, QStringLiteral("echo"));
    QVERIFY(echo && *echo);
    QCOMPARE((*echo)->data, cluster.supervisor->manifest().function(QStringLiteral("echo"))->toJson());
    const auto log = registry->get(RegistryEntry::Kind::Service, QStringLiteral("log"));
    QVERIFY2(log && *log, qPrintable(log.errorMessage()));
    QCOMPARE((*log)->data, services.first().toObject());
    auto datastore = DatastoreClient::connect(cluster.supervisor->brokerUrl());
    QVERIFY2(datastore, qPrintable(datastore.errorMessage()));
    QVERIFY(datastore->info().ok());

    QSignalSpy stopped(cluster.supervisor.get(), &Supervisor::stopped);
    cluster.supervisor->stop();
    QVERIFY(stopped.wait(GoneTimeoutMs));
}

void tst_Supervisor::crashedProcessIsRestarted_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("cold invoker") << QStringLiteral("invoker.echo.0");
    QTest::newRow("warm invoker") << QStringLiteral("invoker.warm.0");
    QTest::newRow("broker") << QStringLiteral("broker");
}

void tst_Supervisor::crashedProcessIsRestarted()
{
    QFETCH(QString, id);
    Cluster cluster = makeCluster(writeProject());
    QVERIFY(startCluster(cluster));
    ManagedProcess *process = cluster.supervisor->process(id);
    QVERIFY(process);
    const qint64 oldPid = process->pid();
    const QString oldUrl = cluster.supervisor->brokerUrl();
    QList<ManagedProcess::State> states;
    connect(process, &ManagedProcess::stateChanged, this,
            [&states](ManagedProcess::State s) { states << s; });

    cluster.supervisor->killProcess(id);
    const QList<ManagedProcess::State> expected{
        ManagedProcess::State::Crashed, ManagedProcess::State::Restarting, ManagedProcess::State::Starting,
        ManagedProcess::State::Ready};
    QTRY_COMPARE_WITH_TIMEOUT(states, expected, StartTimeoutMs);
    QCOMPARE(process->restarts(), 1);
    QVERIFY(process->pid() > 0);
    QVERIFY(process->pid() != oldPid);
    QVERIFY(waitForProcessGone(oldPid, GoneTimeoutMs));
    QCOMPARE(cluster.supervisor->state(), Supervisor::State::Running);
    // A restarted broker comes back on the same port, so the invokers find it again.
    QCOMPARE(cluster.supervisor->brokerUrl(), oldUrl);
    auto client = NatsClient::connect(cluster.supervisor->brokerUrl());
    QVERIFY2(client, qPrintable(client.errorMessage()));
    QTRY_VERIFY_WITH_TIMEOUT(client->request(QStringLiteral("fn.echo"), "again", 2000).ok(), StartTimeoutMs);

    const auto state = ClusterState::read(cluster.supervisor->stateDir());
    QVERIFY(state);
    QVERIFY(state->childPids().contains(process->pid()));

    QSignalSpy stopped(cluster.supervisor.get(), &Supervisor::stopped);
    cluster.supervisor->stop();
    QVERIFY(stopped.wait(GoneTimeoutMs));
}

void tst_Supervisor::stopLeavesNoProcess()
{
    Cluster cluster = makeCluster(writeProject());
    QVERIFY(startCluster(cluster));
    // Crash one so that more than one PID per process is in play.
    cluster.supervisor->killProcess(QStringLiteral("invoker.echo.0"));
    QTRY_VERIFY_WITH_TIMEOUT(cluster.supervisor->process(QStringLiteral("invoker.echo.0"))->restarts() == 1 &&
                                 cluster.supervisor->process(QStringLiteral("invoker.echo.0"))->state() ==
                                     ManagedProcess::State::Ready,
                             StartTimeoutMs);
    QSet<qint64> pids = cluster.pids;
    pids += descendants(QCoreApplication::applicationPid()); // the warm workers too
    QVERIFY(pids.size() >= 8); // broker, registry, datastore, 2 echo invokers, warm invoker, 2 workers

    QSignalSpy stopped(cluster.supervisor.get(), &Supervisor::stopped);
    cluster.supervisor->stop();
    QVERIFY(stopped.wait(GoneTimeoutMs));
    QCOMPARE(cluster.supervisor->state(), Supervisor::State::Stopped);
    const QStringList alive = stillAlive(pids, GoneTimeoutMs);
    QVERIFY2(alive.isEmpty(), qPrintable(QStringLiteral("still running: ") + alive.join(QLatin1Char(' '))));
    for (const ManagedProcess *p : cluster.supervisor->processes())
        QCOMPARE(p->state(), ManagedProcess::State::Stopped);
    QCOMPARE(lastStateOfFile(cluster.supervisor->stateDir()), QByteArray("stopped"));
}

void tst_Supervisor::scaleStartsAndStopsReplicas()
{
    Cluster cluster = makeCluster(writeProject());
    QVERIFY(startCluster(cluster));
    QVERIFY(cluster.supervisor->scale(QStringLiteral("echo"), 3).ok());
    // The registry follows: the function's entry says how many replicas run now.
    auto registry = RegistryClient::connect(cluster.supervisor->brokerUrl());
    QVERIFY2(registry, qPrintable(registry.errorMessage()));
    const auto registeredReplicas = [&registry] {
        const auto entry = registry->get(RegistryEntry::Kind::Function, QStringLiteral("echo"));
        return entry && *entry ? (*entry)->data.value(QLatin1String("replicas")).toInt() : -1;
    };
    QTRY_COMPARE_WITH_TIMEOUT(registeredReplicas(), 3, StartTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(cluster.supervisor->process(QStringLiteral("invoker.echo.2")) &&
                                 cluster.supervisor->process(QStringLiteral("invoker.echo.2"))->state() ==
                                     ManagedProcess::State::Ready,
                             StartTimeoutMs);
    const qint64 third = cluster.supervisor->process(QStringLiteral("invoker.echo.2"))->pid();

    QSignalSpy removed(cluster.supervisor.get(), &Supervisor::processRemoved);
    QVERIFY(cluster.supervisor->scale(QStringLiteral("echo"), 1).ok());
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 2, GoneTimeoutMs);
    QVERIFY(!cluster.supervisor->process(QStringLiteral("invoker.echo.1")));
    QVERIFY(waitForProcessGone(third, GoneTimeoutMs));
    QCOMPARE(cluster.supervisor->manifest().function(QStringLiteral("echo"))->replicas, 1);
    QTRY_COMPARE_WITH_TIMEOUT(registeredReplicas(), 1, StartTimeoutMs);
    QVERIFY(!cluster.supervisor->scale(QStringLiteral("nope"), 1).ok());

    QSignalSpy stopped(cluster.supervisor.get(), &Supervisor::stopped);
    cluster.supervisor->stop();
    QVERIFY(stopped.wait(GoneTimeoutMs));
}

void tst_Supervisor::startFailure_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no nats-server") << QStringLiteral("no nats-server")
                                    << QStringLiteral("/nonexistent/nats-server");
    QTest::newRow("broker port taken")
        << QStringLiteral("port taken") << QStringLiteral("address already in use");
    QTest::newRow("broker never ready")
        << QStringLiteral("never ready") << QStringLiteral("broker (never-ready.sh, pid");
    QTest::newRow("invoker cannot run its function")
        << QStringLiteral("bad function") << QStringLiteral("invoker.bad.0 (stratus-invoker, pid");
}

void tst_Supervisor::startFailure()
{
    QFETCH(QString, scenario);
    QFETCH(QString, expected);
    Supervisor::Options options;
    QJsonObject broker;
    QJsonArray functions = defaultFunctions();
    QTcpServer occupier;
    QTemporaryDir scripts;
    if (scenario == QLatin1String("no nats-server")) {
        options.natsServer = QStringLiteral("/nonexistent/nats-server");
    } else if (scenario == QLatin1String("port taken")) {
        QVERIFY(occupier.listen(QHostAddress::LocalHost));
        broker.insert(QStringLiteral("port"), occupier.serverPort());
    } else if (scenario == QLatin1String("never ready")) {
        // Runs, but never writes a ports file: the ready timeout has to catch it.
        const QString script = scripts.filePath(QStringLiteral("never-ready.sh"));
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\nexec sleep 60\n");
        f.close();
        QVERIFY(f.setPermissions(f.permissions() | QFileDevice::ExeOwner));
        options.natsServer = script;
        options.readyTimeoutMs = 1500;
        expected += QStringLiteral("|was not ready within 1500 ms");
    } else {
        functions.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("bad")},
                                     {QStringLiteral("command"), QStringLiteral("/does/not/exist")}});
        expected += QStringLiteral("|/does/not/exist");
    }
    Cluster cluster = makeCluster(writeProject(broker, functions), options);
    QVERIFY(cluster.dir);
    const auto manifest = Manifest::load(cluster.dir->path());
    QVERIFY2(manifest, qPrintable(manifest.errorMessage()));
    QSignalSpy started(cluster.supervisor.get(), &Supervisor::started);
    QSignalSpy failed(cluster.supervisor.get(), &Supervisor::failed);
    cluster.supervisor->start(*manifest);
    QVERIFY(failed.wait(StartTimeoutMs));
    QVERIFY(started.isEmpty());
    const QString message = failed.first().first().toString();
    for (const QString &part : expected.split(QLatin1Char('|')))
        QVERIFY2(message.contains(part), qPrintable(QStringLiteral("«%1» not in: %2").arg(part, message)));
    QCOMPARE(cluster.supervisor->state(), Supervisor::State::Failed);
    const QStringList alive = stillAlive(cluster.pids, GoneTimeoutMs);
    QVERIFY2(alive.isEmpty(), qPrintable(QStringLiteral("still running: ") + alive.join(QLatin1Char(' '))));
    QVERIFY(descendants(QCoreApplication::applicationPid()).isEmpty());
    if (scenario != QLatin1String("no nats-server"))
        QCOMPARE(lastStateOfFile(cluster.supervisor->stateDir()), QByteArray("failed"));
}

void tst_Supervisor::detachedUpStatusDown()
{
    auto dir = writeProject();
    QVERIFY(dir);
    const QStringList project{QStringLiteral("--project"), dir->path()};
    QByteArray out;
    QCOMPARE(
        runStratus(QStringList{QStringLiteral("cluster"), QStringLiteral("up"), QStringLiteral("--detach")} +
                       project,
                   &out),
        0);
    QVERIFY2(out.contains("invoker.echo.0"), out.constData());
    QVERIFY2(out.contains("Gateway: http://127.0.0.1:"), out.constData());

    QCOMPARE(runStratus(
                 QStringList{QStringLiteral("cluster"), QStringLiteral("status"), QStringLiteral("--json")} +
                     project,
                 &out),
             0);
    const QJsonObject status = QJsonDocument::fromJson(out).object();
    QCOMPARE(status.value(QStringLiteral("running")).toBool(), true);
    QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
    QCOMPARE(status.value(QStringLiteral("processes")).toArray().size(), 6); // with the gateway
    QCOMPARE(status.value(QStringLiteral("functions")).toArray().size(), 2);
    QCOMPARE(status.value(QStringLiteral("placement")).toString(), QStringLiteral("adaptive"));
    QVERIFY(status.value(QStringLiteral("packedCpu")).isDouble()); // -1 while spread
    QCOMPARE(runStratus(QStringList{QStringLiteral("cluster"), QStringLiteral("status")} + project, &out), 0);
    QVERIFY2(out.contains("Placement: ") && out.contains("(adaptive)"), out.constData());
    ClusterState state;
    state.json = status;
    const qint64 supervisorPid = state.supervisorPid();
    QVERIFY(ClusterState::processAlive(supervisorPid));
    QSet<qint64> pids = descendants(supervisorPid);
    pids.insert(supervisorPid);
    for (qint64 pid : state.childPids())
        QVERIFY2(pids.contains(pid), "a process of cluster.json is not the supervisor's child");
    QVERIFY(pids.size() >= 8); // supervisor, broker, registry, datastore, 2 invokers, 2 warm workers

    QCOMPARE(runStratus(QStringList{QStringLiteral("invoke"), QStringLiteral("echo"),
                                    QStringLiteral("--data"), QStringLiteral("hi")} +
                            project,
                        &out),
             0);
    QCOMPARE(out, QByteArray("hi"));

    QCOMPARE(runStratus(QStringList{QStringLiteral("cluster"), QStringLiteral("down")} + project, &out), 0);
    const QStringList alive = stillAlive(pids, GoneTimeoutMs);
    QVERIFY2(alive.isEmpty(), qPrintable(QStringLiteral("still running: ") + alive.join(QLatin1Char(' '))));
    QCOMPARE(runStratus(QStringList{QStringLiteral("cluster"), QStringLiteral("status")} + project, &out), 3);
}

// `stratus registry ...` and `stratus data ...` against a detached cluster.
void tst_Supervisor::registryAndDataCommands()
{
    const QJsonArray services{QJsonObject{{QStringLiteral("id"), QStringLiteral("log")},
                                          {QStringLiteral("name"), QStringLiteral("LOG-js-function")},
                                          {QStringLiteral("topic"), QStringLiteral("fn.echo")}}};
    auto dir = writeProject({}, defaultFunctions(), services);
    QVERIFY(dir);
    const QStringList project{QStringLiteral("--project"), dir->path()};
    const auto stratusIn = [&project](const QString &words, QByteArray *out = nullptr) {
        return runStratus(words.split(QLatin1Char(' ')) + project, out);
    };
    QByteArray out;
    // No cluster yet: exit 3 with the reason.
    QCOMPARE(stratusIn(QStringLiteral("registry ls")), 3);
    QCOMPARE(stratusIn(QStringLiteral("data ls")), 3);
    QCOMPARE(stratusIn(QStringLiteral("cluster up --detach")), 0);

    QCOMPARE(stratusIn(QStringLiteral("registry ls"), &out), 0);
    QVERIFY2(out.contains("functions  echo") && out.contains("services   log") &&
                 out.contains("LOG-js-function -> fn.echo"),
             out.constData());
    QCOMPARE(stratusIn(QStringLiteral("registry ls services --json"), &out), 0);
    QCOMPARE(QJsonDocument::fromJson(out).array().size(), 1);
    QCOMPARE(stratusIn(QStringLiteral("registry get services log"), &out), 0);
    const QJsonObject log = QJsonDocument::fromJson(out).object();
    QCOMPARE(log.value(QStringLiteral("entry")).toObject(), services.first().toObject());
    const int revision = log.value(QStringLiteral("revision")).toInt();
    QVERIFY(revision > 0);
    QCOMPARE(stratusIn(QStringLiteral("registry get services nope"), &out), 1);
    QCOMPARE(stratusIn(QStringLiteral("registry get gadgets log"), &out), 2);
    QCOMPARE(stratusIn(QStringLiteral("registry get services"), &out), 2);

    // put from --data and from a file; a stale revision is refused.
    QCOMPARE(runStratus(QStringList{QStringLiteral("registry"), QStringLiteral("put"),
                                    QStringLiteral("services"), QStringLiteral("--data"),
                                    QStringLiteral(R"({"id":"acl","name":"ACL","topic":"fn.acl"})")} +
                            project,
                        &out),
             0);
    QVERIFY2(out.startsWith("services/acl: revision "), out.constData());
    QFile file(dir->filePath(QStringLiteral("log.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"id":"log","name":"LOG v2","topic":"fn.echo"})");
    file.close();
    QCOMPARE(runStratus(QStringList{QStringLiteral("registry"), QStringLiteral("put"),
                                    QStringLiteral("services"), file.fileName(),
                                    QStringLiteral("--expected-revision"), QString::number(revision)} +
                            project,
                        &out),
             0);
    QCOMPARE(runStratus(QStringList{QStringLiteral("registry"), QStringLiteral("put"),
                                    QStringLiteral("services"), file.fileName(),
                                    QStringLiteral("--expected-revision"), QString::number(revision)} +
                            project,
                        &out),
             1);
    QCOMPARE(
        runStratus(QStringList{QStringLiteral("registry"), QStringLiteral("put"), QStringLiteral("services"),
                               QStringLiteral("--data"), QStringLiteral(R"({"id":"x","ServiceName":"y"})")} +
                       project,
                   &out),
        1);
    QCOMPARE(stratusIn(QStringLiteral("registry put services"), &out), 2); // neither FILE nor --data
    QCOMPARE(stratusIn(QStringLiteral("registry rm services acl"), &out), 0);
    QCOMPARE(stratusIn(QStringLiteral("registry rm services acl"), &out), 1);

    // data: what a function put in a run is listed and read back byte for byte.
    const auto state = ClusterState::read(ClusterState::defaultStateDir(dir->path()));
    QVERIFY(state);
    auto datastore = DatastoreClient::connect(state->brokerUrl());
    QVERIFY2(datastore, qPrintable(datastore.errorMessage()));
    QVERIFY(datastore->registerRun(QStringLiteral("run-1"), 60000).ok());
    const QByteArray value("\x00\x01 binary \xff", 11);
    QVERIFY(datastore->put(QStringLiteral("run-1"), QStringLiteral("result"), value).ok());
    QCOMPARE(stratusIn(QStringLiteral("data ls"), &out), 0);
    QVERIFY2(out.contains("run-1"), out.constData());
    QCOMPARE(stratusIn(QStringLiteral("data ls run-1"), &out), 0);
    QVERIFY2(out.contains("result") && out.contains("11"), out.constData());
    QCOMPARE(stratusIn(QStringLiteral("data get run-1 result"), &out), 0);
    QCOMPARE(out, value);
    QCOMPARE(stratusIn(QStringLiteral("data get run-1 missing"), &out), 1);
    QCOMPARE(stratusIn(QStringLiteral("data get run-1"), &out), 2);

    QCOMPARE(stratusIn(QStringLiteral("cluster down"), &out), 0);
}

void tst_Supervisor::killedForegroundUpLeavesNothing()
{
    auto dir = writeProject();
    QVERIFY(dir);
    QProcess up;
    up.start(stratus(),
             {QStringLiteral("cluster"), QStringLiteral("up"), QStringLiteral("--project"), dir->path()});
    QVERIFY(up.waitForStarted());
    const QString stateDir = ClusterState::defaultStateDir(dir->path());
    QTRY_VERIFY_WITH_TIMEOUT(ClusterState::read(stateDir) &&
                                 ClusterState::read(stateDir)->state() == QLatin1String("running"),
                             StartTimeoutMs);
    const auto state = ClusterState::read(stateDir);
    QCOMPARE(state->supervisorPid(), up.processId());
    const QSet<qint64> pids = descendants(up.processId());
    for (qint64 pid : state->childPids())
        QVERIFY(pids.contains(pid));
    QVERIFY(pids.size() >= 7); // broker, registry, datastore, 2 invokers, 2 warm workers

    ::kill(pid_t(up.processId()), SIGKILL);
    QVERIFY(up.waitForFinished(GoneTimeoutMs));
    const QStringList alive = stillAlive(pids, GoneTimeoutMs);
    QVERIFY2(alive.isEmpty(), qPrintable(QStringLiteral("orphans: ") + alive.join(QLatin1Char(' '))));

    QByteArray out;
    QCOMPARE(runStratus({QStringLiteral("cluster"), QStringLiteral("status"), QStringLiteral("--project"),
                         dir->path()},
                        &out),
             3);
    QVERIFY2(out.contains("stale"), out.constData());
}

QTEST_GUILESS_MAIN(tst_Supervisor)
#include "tst_supervisor.moc"
