#include "supervisor.h"

#include "brokerprobe.h"
#include "clusterstate.h"
#include "flowvalidator.h"
#include "invokerlaunch.h"
#include "protocol.h"
#include "registryclient.h"
#include "stopbudget.h"
#include "supervisorlog.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QProcessEnvironment>
#include <QPromise>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <memory>

namespace Stratus {

Q_LOGGING_CATEGORY(lcSupervisor, "stratus.core.supervisor", QtWarningMsg)

namespace {

constexpr int InitialBackoffMs = 200;
constexpr int MaxBackoffMs = 10000;
constexpr qint64 StableRunMs =
    30000; // a process that ran this long before crashing starts over at InitialBackoffMs
constexpr int MaxReplicas = 64; // as the manifest allows

const QString BrokerId = QStringLiteral("broker");
const QString RegistryProgram = QStringLiteral("stratus-registry");
const QString DatastoreProgram = QStringLiteral("stratus-datastore");
const QString GatewayProgram = QStringLiteral("stratus-gateway");
const QString GatewayId = QStringLiteral("gateway");

// Runs on a worker thread: blocking NATS calls, nothing of the supervisor's. Returns the
// error, empty on success. Functions and flows the manifest no longer declares are removed,
// so the registry mirrors the manifest; services are only added or updated, since functions
// may register their own at run time.
QString loadIntoRegistry(const QString &natsUrl,
                         const QHash<RegistryEntry::Kind, QList<QJsonObject>> &entries)
{
    auto registry = RegistryClient::connect(natsUrl);
    if (!registry)
        return registry.errorMessage();
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        QSet<QString> declared;
        for (const QJsonObject &entry : it.value()) {
            if (auto put = registry->put(it.key(), entry); !put)
                return put.errorMessage();
            declared.insert(entry.value(RegistryEntry::idField(it.key())).toString());
        }
        if (it.key() == RegistryEntry::Kind::Service)
            continue;
        auto stored = registry->list(it.key());
        if (!stored)
            return stored.errorMessage();
        for (const RegistryEntry &entry : std::as_const(*stored)) {
            if (!declared.contains(entry.id)) {
                if (Status removed = registry->remove(it.key(), entry.id); !removed)
                    return removed.errorMessage();
            }
        }
    }
    return {};
}

QString lowerName(Supervisor::State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<Supervisor::State>().valueToKey(int(state))).toLower();
}

// nats-server's configuration syntax takes JSON-style quoted strings.
QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

Supervisor::Supervisor(QObject *parent) : Supervisor(Options{}, parent) {}

Supervisor::Supervisor(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_packer(new CpuPacker(this))
{
    m_stateWriter.setMaxThreadCount(1);
    connect(m_packer, &CpuPacker::placementChanged, this, [this] {
        writeStateFile();
        emit placementChanged(packedCpu());
    });
    m_packer->setProcesses([this] {
        QList<qint64> pids;
        for (const ManagedProcess *p : std::as_const(m_processes))
            if (p->pid() > 0)
                pids.append(p->pid());
        return pids;
    });
}

Supervisor::~Supervisor()
{
    stopAllNow();
}

QList<ManagedProcess::Role> Supervisor::dependenciesOf(ManagedProcess::Role role)
{
    using Role = ManagedProcess::Role;
    switch (role) {
    case Role::Broker:
        return {};
    case Role::Registry:
    case Role::Datastore:
        return {Role::Broker};
    case Role::Invoker:
        return {Role::Broker, Role::Registry, Role::Datastore};
    case Role::Flow: // a flow calls functions: their invokers first, so a first run finds them
        return {Role::Broker, Role::Registry, Role::Datastore, Role::Invoker};
    case Role::Gateway: // last up, first down: its requests meet running invokers
        return {Role::Broker, Role::Registry, Role::Invoker, Role::Flow};
    }
    return {};
}

QString Supervisor::stateDir() const
{
    return m_options.stateDir.isEmpty() ? ClusterState::defaultStateDir(m_manifest.projectDir)
                                        : m_options.stateDir;
}

QList<ManagedProcess *> Supervisor::processes() const
{
    return m_processes;
}

ManagedProcess *Supervisor::process(const QString &id) const
{
    ManagedProcess *leaving = nullptr;
    for (ManagedProcess *p : m_processes) {
        if (p->id() != id)
            continue;
        if (!p->m_removeAfterStop)
            return p;
        leaving = p;
    }
    return leaving;
}

QString Supervisor::clusterProgram(const QString &name) const
{
    const QString dir =
        m_options.binDir.isEmpty() ? QCoreApplication::applicationDirPath() : m_options.binDir;
    return QDir(dir).absoluteFilePath(name);
}

QString Supervisor::natsServerProgram() const
{
    return m_options.natsServer.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("nats-server"))
                                          : m_options.natsServer;
}

ManagedProcess::Spec Supervisor::brokerSpec() const
{
    const QString natsDir = stateDir() + QStringLiteral("/nats");
    ManagedProcess::Spec spec;
    spec.id = BrokerId;
    spec.role = ManagedProcess::Role::Broker;
    spec.program = natsServerProgram();
    // The ports file tells which ports were picked when the manifest leaves them to the server.
    spec.arguments = {QStringLiteral("-c"), natsDir + QStringLiteral("/nats-server.conf"),
                      QStringLiteral("--ports_file_dir"), natsDir};
    spec.workingDir = stateDir();
    spec.logFile = logFileOf(spec.id);
    if (m_manifest.broker.threads > 0) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("GOMAXPROCS"), QString::number(m_manifest.broker.threads));
        spec.environment = environment.toStringList();
    }
    return spec; // readiness: BrokerProbe
}

ManagedProcess::Spec Supervisor::invokerSpec(const FunctionSpec &function, int replica) const
{
    return invokerLaunch().spec(function, replica);
}

ManagedProcess::Spec Supervisor::invokerSpec(const FlowSpec &flow, int replica) const
{
    // checkFlows read every flow's file at the start; only a flow it never saw is read here.
    const auto known = m_flowRunTimeouts.constFind(flow.name);
    const int runTimeoutMs =
        known != m_flowRunTimeouts.cend() ? *known : InvokerLaunch::flowRunTimeoutMs(flow);
    return invokerLaunch().spec(flow, runTimeoutMs, replica);
}

InvokerLaunch Supervisor::invokerLaunch() const
{
    return InvokerLaunch(clusterProgram(QStringLiteral("stratus-invoker")), m_brokerUrl, m_manifest,
                         stateDir() + QStringLiteral("/logs"));
}

QString Supervisor::logFileOf(const QString &processId) const
{
    return stateDir() + QStringLiteral("/logs/%1.log").arg(processId);
}

ManagedProcess::Spec Supervisor::serviceSpec(ManagedProcess::Role role) const
{
    const bool registry = role == ManagedProcess::Role::Registry;
    ManagedProcess::Spec spec;
    spec.id = registry ? QStringLiteral("registry") : QStringLiteral("datastore");
    spec.role = role;
    spec.program = clusterProgram(registry ? RegistryProgram : DatastoreProgram);
    spec.arguments = {QStringLiteral("--nats"), m_brokerUrl}; // the URL is filled in at launch
    if (!registry) // it sets up the recording stream before its ready line (docs/debugger.md)
        spec.arguments << QStringLiteral("--events-max-bytes")
                       << QString::number(m_manifest.recording.maxBytes)
                       << QStringLiteral("--events-max-age-s")
                       << QString::number(m_manifest.recording.maxAgeSeconds)
                       << QStringLiteral("--events-max-msgs")
                       << QString::number(m_manifest.recording.maxMessages);
    spec.workingDir = stateDir();
    spec.logFile = logFileOf(spec.id);
    spec.readyLine = QLatin1String(Protocol::ReadyLine);
    return spec;
}

ManagedProcess::Spec Supervisor::gatewaySpec() const
{
    ManagedProcess::Spec spec;
    spec.id = GatewayId;
    spec.role = ManagedProcess::Role::Gateway;
    spec.program = clusterProgram(GatewayProgram);
    spec.arguments = {QStringLiteral("--nats"),      m_brokerUrl,
                      QStringLiteral("--manifest"),  m_manifest.filePath,
                      QStringLiteral("--host"),      m_manifest.gateway.host,
                      QStringLiteral("--port"),      QString::number(m_manifest.gateway.port),
                      QStringLiteral("--port-file"), stateDir() + QStringLiteral("/gateway.port")};
    spec.workingDir = stateDir();
    spec.logFile = logFileOf(spec.id);
    // It answers what is in flight, each request bounded by the gateway's timeout.
    spec.stopGraceMs = std::min(m_manifest.gateway.timeoutMs + 2000, StopBudget::MaxGraceMs);
    spec.readyLine = QLatin1String(Protocol::ReadyLine);
    return spec;
}

void Supervisor::onGatewayReady(ManagedProcess *process)
{
    QStringList &arguments = process->m_spec.arguments;
    const QString portFile = arguments.value(arguments.indexOf(QStringLiteral("--port-file")) + 1);
    QFile file(portFile);
    const int port = file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toInt() : 0;
    if (port <= 0) {
        qCWarning(lcSupervisor) << "the gateway did not write its port to" << portFile;
        return;
    }
    // A restarted gateway must come back at the same URL: pin the port it picked.
    arguments[arguments.indexOf(QStringLiteral("--port")) + 1] = QString::number(port);
    QString host = m_manifest.gateway.host;
    if (host == QLatin1String("0.0.0.0"))
        host = QStringLiteral("127.0.0.1");
    else if (host.contains(QLatin1Char(':')))
        host = host == QLatin1String("::") ? QStringLiteral("[::1]")
                                           : QLatin1Char('[') + host + QLatin1Char(']');
    m_gatewayUrl = QStringLiteral("http://%1:%2").arg(host).arg(port);
}

// A flow that cannot run would only crash-loop its invokers: refuse it with what is wrong.
Status Supervisor::checkFlows(const Manifest &manifest)
{
    QSet<QString> functions;
    for (const FunctionSpec &f : manifest.functions)
        functions.insert(f.name);
    QStringList errors;
    m_flowGraphs.clear();
    m_flowRunTimeouts.clear();
    for (const FlowSpec &spec : manifest.flows) {
        const auto flow = Flow::load(spec.file);
        if (!flow) {
            errors << tr("flow %1: %2").arg(spec.name, flow.errorMessage());
            continue;
        }
        for (const FlowProblem &problem : FlowValidator::validate(*flow, functions)) {
            if (problem.severity == FlowProblem::Severity::Error)
                errors << problem.toString(*flow);
        }
        m_flowGraphs.insert(spec.name, QJsonDocument::fromJson(flow->toCanonicalJson()).object());
        m_flowRunTimeouts.insert(spec.name, flow->timeoutMs);
    }
    if (errors.isEmpty())
        return Ok{};
    return makeError(tr("the manifest's flows cannot run:\n%1").arg(errors.join(QLatin1Char('\n'))));
}

Status Supervisor::prepareStateDir()
{
    const QString dir = stateDir();
    if (auto previous = ClusterState::read(dir);
        previous && previous->isRunning() && previous->supervisorPid() != QCoreApplication::applicationPid())
        return makeError(tr("a cluster for %1 is already running (supervisor PID %2); stop it first "
                            "with `stratus cluster down`")
                             .arg(m_manifest.projectDir)
                             .arg(previous->supervisorPid()));
    for (const QString &sub : {QStringLiteral("logs"), QStringLiteral("nats")}) {
        if (!QDir().mkpath(QDir(dir).absoluteFilePath(sub)))
            return makeError(tr("cannot create %1/%2").arg(dir, sub));
    }
    // Ports files of earlier brokers: named by PID, harmless, but they pile up after crashes.
    QDir natsDir(dir + QStringLiteral("/nats"));
    for (const QString &stale : natsDir.entryList({QStringLiteral("nats-server_*.ports")}, QDir::Files))
        natsDir.remove(stale);
    m_ownsStateFile = m_options.writeStateFile;
    return Ok{};
}

Status Supervisor::writeBrokerConfig(int port, int monitorPort) const
{
    const auto portOrAny = [](int p) { return p > 0 ? QString::number(p) : QStringLiteral("-1"); };
    const QString natsDir = stateDir() + QStringLiteral("/nats");
    const QString text =
        QStringLiteral("# Written by the Stratus supervisor at every start: edits are lost.\n"
                       "listen: \"127.0.0.1:%1\"\n"
                       "http: \"127.0.0.1:%2\"\n"
                       "max_payload: %3\n"
                       "jetstream {\n  store_dir: %4\n}\n")
            .arg(portOrAny(port), portOrAny(monitorPort))
            .arg(m_manifest.broker.maxPayload)
            .arg(quoted(natsDir)); // the server adds "/jetstream" itself
    QSaveFile file(natsDir + QStringLiteral("/nats-server.conf"));
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return makeError(tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return Ok{};
}

void Supervisor::start(const Manifest &manifest)
{
    if (m_state == State::Starting || m_state == State::Running || m_state == State::Stopping) {
        QMetaObject::invokeMethod(
            this, [this] { emit failed(tr("the cluster is already running; stop it first")); },
            Qt::QueuedConnection);
        return;
    }
    m_ownsStateFile = false; // until prepareStateDir() has checked that no other supervisor owns it
    clearProcesses();
    m_manifest = manifest;
    m_failure.clear();
    m_brokerUrl.clear();
    m_monitorUrl.clear();
    m_gatewayUrl.clear();
    m_registryLoaded = false;
    m_registryLoading = false;
    ++m_startGeneration;

    const auto failEarly = [this](const QString &message) {
        m_failure = message;
        setState(State::Failed);
        QMetaObject::invokeMethod(
            this, [this, message] { emit failed(message); }, Qt::QueuedConnection);
    };
    const QString natsServer = natsServerProgram();
    if (natsServer.isEmpty() || !QFileInfo(natsServer).isExecutable())
        return failEarly(natsServer.isEmpty()
                             ? tr("nats-server is not on PATH (install the "
                                  "nats-server package)")
                             : tr("the broker %1 is not an executable file").arg(natsServer));
    const bool needsInvoker = std::any_of(manifest.functions.cbegin(), manifest.functions.cend(),
                                          [](const FunctionSpec &f) { return f.replicas > 0; }) ||
                              std::any_of(manifest.flows.cbegin(), manifest.flows.cend(),
                                          [](const FlowSpec &f) { return f.replicas > 0; });
    QStringList programs{RegistryProgram, DatastoreProgram};
    if (needsInvoker)
        programs.prepend(QStringLiteral("stratus-invoker"));
    if (manifest.gateway.enabled)
        programs << GatewayProgram;
    for (const QString &program : std::as_const(programs)) {
        if (!QFileInfo(clusterProgram(program)).isExecutable())
            return failEarly(tr("%1 is not an executable file (build the %2 target, or "
                                "set the supervisor's binDir)")
                                 .arg(clusterProgram(program), program));
    }
    if (Status s = checkFlows(manifest); !s)
        return failEarly(s.errorMessage());
    if (Status s = prepareStateDir(); !s)
        return failEarly(s.errorMessage());
    if (Status s = writeBrokerConfig(manifest.broker.port, manifest.broker.monitorPort); !s)
        return failEarly(s.errorMessage());

    addProcess(brokerSpec());
    addProcess(serviceSpec(ManagedProcess::Role::Registry));
    addProcess(serviceSpec(ManagedProcess::Role::Datastore));
    for (const FunctionSpec &f : m_manifest.functions) {
        for (int replica = 0; replica < f.replicas; ++replica)
            addProcess(invokerSpec(f, replica));
    }
    for (const FlowSpec &f : m_manifest.flows) {
        for (int replica = 0; replica < f.replicas; ++replica)
            addProcess(invokerSpec(f, replica));
    }
    if (m_manifest.gateway.enabled)
        addProcess(gatewaySpec());
    setState(State::Starting);
    launchDue();
}

void Supervisor::stop()
{
    if (m_state == State::Stopped || m_state == State::Failed) {
        QMetaObject::invokeMethod(
            this, [this] { emit stopped(); }, Qt::QueuedConnection);
        return;
    }
    if (m_state == State::Stopping)
        return;
    setState(State::Stopping);
    advanceStop();
}

ManagedProcess *Supervisor::addProcess(ManagedProcess::Spec spec)
{
    auto *p = new ManagedProcess(std::move(spec), this);
    p->m_launchPending = true;
    connect(p, &ManagedProcess::ready, this, [this, p] { onProcessReady(p); });
    connect(p, &ManagedProcess::exited, this, [this, p] { onProcessExited(p); });
    connect(p, &ManagedProcess::stopped, this, [this, p] { onProcessStopped(p); });
    connect(p, &ManagedProcess::stateChanged, this, [this] { writeStateFile(); });
    connect(p, &ManagedProcess::logLine, this, &Supervisor::logLine);
    m_processes << p;
    emit processAdded(p);
    return p;
}

void Supervisor::removeProcess(ManagedProcess *process)
{
    m_processes.removeOne(process);
    process->disconnect(this);
    emit processRemoved(process->id());
    process->deleteLater();
    writeStateFile();
}

void Supervisor::clearProcesses()
{
    const QList<ManagedProcess *> old = m_processes;
    for (ManagedProcess *p : old)
        removeProcess(p); // all stopped: start() only runs when the cluster is
}

bool Supervisor::dependsOn(const ManagedProcess *dependent, const ManagedProcess *dependency)
{
    return dependent != dependency && dependenciesOf(dependent->role()).contains(dependency->role());
}

bool Supervisor::dependenciesReady(const ManagedProcess *process) const
{
    if (process->role() == ManagedProcess::Role::Invoker && !m_registryLoaded)
        return false;
    return std::none_of(m_processes.cbegin(), m_processes.cend(), [process](const ManagedProcess *p) {
        return dependsOn(process, p) && p->state() != ManagedProcess::State::Ready;
    });
}

bool Supervisor::hasActiveDependents(const ManagedProcess *process) const
{
    return std::any_of(m_processes.cbegin(), m_processes.cend(), [process](const ManagedProcess *p) {
        return dependsOn(p, process) && p->state() != ManagedProcess::State::Stopped;
    });
}

QList<ManagedProcess *> Supervisor::invokersOf(const QString &function) const
{
    QList<ManagedProcess *> result;
    for (ManagedProcess *p : m_processes) {
        if (p->role() == ManagedProcess::Role::Invoker && p->spec().function == function &&
            !p->m_removeAfterStop)
            result << p;
    }
    std::sort(result.begin(), result.end(), [](const ManagedProcess *a, const ManagedProcess *b) {
        return a->spec().replica < b->spec().replica;
    });
    return result;
}

void Supervisor::launchDue()
{
    if (m_state != State::Starting && m_state != State::Running)
        return;
    for (ManagedProcess *p : std::as_const(m_processes)) {
        if (p->m_launchPending && dependenciesReady(p)) {
            p->m_launchPending = false;
            launch(p);
        }
    }
}

void Supervisor::launch(ManagedProcess *process)
{
    // The broker URL is known only now (ports may have been picked by the server).
    if (const qsizetype option = process->m_spec.arguments.indexOf(QStringLiteral("--nats")); option >= 0)
        process->m_spec.arguments[option + 1] = m_brokerUrl;
    if (process->m_launches > 0)
        ++process->m_restarts;
    process->start();
    const quint64 launchNumber = process->m_launches;
    QTimer::singleShot(m_options.readyTimeoutMs, process,
                       [this, process, launchNumber] { onReadyTimeout(process, launchNumber); });
    if (process->role() == ManagedProcess::Role::Broker && process->pid() > 0) {
        delete m_brokerProbe;
        auto *probe = new BrokerProbe(stateDir() + QStringLiteral("/nats"), process->pid(), process);
        connect(probe, &BrokerProbe::ready, this, &Supervisor::onBrokerReady);
        m_brokerProbe = probe;
    }
}

void Supervisor::onBrokerReady(const QString &natsUrl, const QString &monitorUrl)
{
    m_brokerProbe->deleteLater();
    m_brokerUrl = natsUrl;
    m_monitorUrl = monitorUrl;
    // A restarted broker must come back where the invokers reconnect to: pin the ports it picked.
    if (Status s = writeBrokerConfig(QUrl(natsUrl).port(), QUrl(monitorUrl).port()); !s)
        qCWarning(lcSupervisor) << s.errorMessage();
    if (ManagedProcess *broker = process(BrokerId))
        broker->markReady();
}

void Supervisor::onProcessReady(ManagedProcess *process)
{
    qCInfo(lcSupervisor) << process->id() << "ready, pid" << process->pid();
    if (process->role() == ManagedProcess::Role::Registry && !m_registryLoaded)
        loadRegistry();
    if (process->role() == ManagedProcess::Role::Gateway)
        onGatewayReady(process);
    finishStartIfReady();
    launchDue();
}

void Supervisor::finishStartIfReady()
{
    const bool allReady = std::all_of(m_processes.cbegin(), m_processes.cend(), [](const ManagedProcess *p) {
        return p->state() == ManagedProcess::State::Ready;
    });
    if (m_state == State::Starting && allReady && m_registryLoaded) {
        setState(State::Running);
        emit started();
    }
}

void Supervisor::loadRegistry()
{
    if (m_registryLoading || m_state != State::Starting)
        return;
    m_registryLoading = true;
    // Every kind present, even empty: what the registry holds beyond the manifest goes.
    QHash<RegistryEntry::Kind, QList<QJsonObject>> entries{{RegistryEntry::Kind::Function, {}},
                                                           {RegistryEntry::Kind::Flow, {}}};
    for (const FunctionSpec &f : std::as_const(m_manifest.functions))
        entries[RegistryEntry::Kind::Function] << f.toJson();
    for (const ServiceSpec &service : std::as_const(m_manifest.services))
        entries[RegistryEntry::Kind::Service] << service.toJson();
    // Flows with their graph (as checkFlows read it), so the registry says what each flow
    // does, not only where it listens.
    for (const FlowSpec &f : std::as_const(m_manifest.flows)) {
        QJsonObject entry = f.toJson();
        entry.insert(QStringLiteral("graph"), m_flowGraphs.value(f.name));
        entries[RegistryEntry::Kind::Flow] << entry;
    }

    // The watcher belongs to this object: if the supervisor goes away first, the result
    // lands in the shared future state and nobody is called back.
    auto promise = std::make_shared<QPromise<QString>>();
    auto *watcher = new QFutureWatcher<QString>(this);
    const quint64 generation = m_startGeneration;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        onRegistryLoaded(generation, watcher->result());
    });
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, url = m_brokerUrl, entries] {
        promise->start();
        promise->addResult(loadIntoRegistry(url, entries));
        promise->finish();
    });
}

void Supervisor::onRegistryLoaded(quint64 generation, const QString &error)
{
    if (generation != m_startGeneration || m_state != State::Starting)
        return;
    m_registryLoading = false;
    if (!error.isEmpty())
        return fail(tr("the registry did not take the manifest %1: %2\n(registry log: %3)")
                        .arg(m_manifest.filePath, error, logFileOf(QStringLiteral("registry"))));
    qCInfo(lcSupervisor) << "registry loaded:" << m_manifest.functions.size() << "functions,"
                         << m_manifest.flows.size() << "flows," << m_manifest.services.size() << "services";
    m_registryLoaded = true;
    finishStartIfReady();
    launchDue();
}

void Supervisor::onProcessExited(ManagedProcess *process)
{
    if (process->role() == ManagedProcess::Role::Broker)
        delete m_brokerProbe;
    if (m_state == State::Starting)
        //: %1: what happened to the process ("exited with code 1")
        return fail(describe(process, tr("%1 before it was ready").arg(process->lastError())));
    if (m_state == State::Stopping)
        return advanceStop();
    if (m_state != State::Running || !m_options.restartCrashed)
        return;
    const qint64 ranMs = process->startedAt().msecsTo(QDateTime::currentDateTimeUtc());
    process->m_backoffMs = (ranMs >= StableRunMs || process->m_backoffMs == 0)
                               ? InitialBackoffMs
                               : std::min(process->m_backoffMs * 2, MaxBackoffMs);
    qCWarning(lcSupervisor).noquote() << describe(process, process->lastError())
                                      << QStringLiteral("\nrestarting in %1 ms").arg(process->m_backoffMs);
    if (!process->m_restartTimer) {
        process->m_restartTimer = new QTimer(process);
        process->m_restartTimer->setSingleShot(true);
        connect(process->m_restartTimer, &QTimer::timeout, this, [this, process] {
            process->m_launchPending = true;
            launchDue(); // waits in Restarting while a dependency (the broker) is itself restarting
        });
    }
    process->setState(ManagedProcess::State::Restarting);
    process->m_restartTimer->start(process->m_backoffMs);
}

void Supervisor::onProcessStopped(ManagedProcess *process)
{
    if (process->role() == ManagedProcess::Role::Broker)
        delete m_brokerProbe;
    if (process->m_removeAfterStop) {
        removeProcess(process);
    } else if (process->m_restartAfterStop) {
        process->m_restartAfterStop = false;
        process->m_launchPending = true;
        launchDue();
    }
    if (m_state == State::Stopping)
        advanceStop();
}

void Supervisor::onReadyTimeout(ManagedProcess *process, quint64 launch)
{
    if (process->m_launches != launch || process->state() != ManagedProcess::State::Starting)
        return;
    const QString message = describe(process, tr("was not ready within %1 ms").arg(m_options.readyTimeoutMs));
    if (m_state == State::Starting)
        return fail(message);
    qCWarning(lcSupervisor).noquote() << message;
    process->kill(); // counts as a crash: restarted with backoff
}

void Supervisor::fail(const QString &message)
{
    if (m_state != State::Starting)
        return;
    m_failure = message;
    setState(State::Stopping);
    advanceStop();
}

QString Supervisor::describe(const ManagedProcess *process, const QString &what) const
{
    // Whole sentences, so that translators can reorder them: the process, then what happened.
    const QString program = QFileInfo(process->spec().program).fileName();
    //: %1: the process's id ("registry"), %2: its program, %3: its PID, %4: what happened to it
    QString text =
        process->m_lastPid > 0
            ? tr("%1 (%2, pid %3) %4").arg(process->id(), program, QString::number(process->m_lastPid), what)
            : tr("%1 (%2) %3").arg(process->id(), program, what);
    const QStringList output = process->recentOutput();
    if (!output.isEmpty())
        //: %1: what happened to a process, %2: the last lines it wrote
        text = tr("%1; its last output:\n  %2").arg(text, output.join(QStringLiteral("\n  ")));
    if (!process->spec().logFile.isEmpty())
        text = tr("%1\n(full log: %2)").arg(text, process->spec().logFile);
    return text;
}

// An invoker asked to stop finishes what it has (StopBudget); the gateway what is in flight.
int Supervisor::graceFor(const ManagedProcess *process) const
{
    return std::max(process->spec().stopGraceMs, m_options.graceMs);
}

void Supervisor::advanceStop()
{
    bool allStopped = true;
    // Dependents first: the list is in dependency order, so walk it backwards.
    for (auto it = m_processes.crbegin(); it != m_processes.crend(); ++it) {
        ManagedProcess *p = *it;
        p->m_launchPending = false;
        if (p->state() == ManagedProcess::State::Stopped)
            continue;
        allStopped = false;
        if (p->state() != ManagedProcess::State::Stopping && !hasActiveDependents(p))
            p->stop(graceFor(p));
    }
    if (allStopped)
        finishStop();
}

void Supervisor::finishStop()
{
    if (m_state != State::Stopping)
        return;
    delete m_brokerProbe;
    if (!m_failure.isEmpty()) {
        setState(State::Failed);
        emit failed(m_failure);
    } else {
        setState(State::Stopped);
        emit stopped();
    }
}

void Supervisor::stopAllNow()
{
    QList<ManagedProcess *> remaining;
    for (ManagedProcess *p : std::as_const(m_processes)) {
        p->disconnect(this);
        if (p->m_restartTimer)
            p->m_restartTimer->stop();
        if (p->isRunning())
            remaining << p;
    }
    // Layer by layer, dependents first, as stop() does; blocking, since the event loop may be gone.
    while (!remaining.isEmpty()) {
        QList<ManagedProcess *> layer;
        for (ManagedProcess *p : std::as_const(remaining)) {
            if (std::none_of(remaining.cbegin(), remaining.cend(),
                             [p](const ManagedProcess *other) { return dependsOn(other, p); }))
                layer << p;
        }
        for (ManagedProcess *p : std::as_const(layer)) {
            p->m_stopping = true;
            p->m_process->terminate();
        }
        const QDeadlineTimer deadline(m_options.graceMs);
        for (ManagedProcess *p : std::as_const(layer)) {
            if (!p->m_process->waitForFinished(int(std::max<qint64>(1, deadline.remainingTime())))) {
                p->m_process->kill();
                p->m_process->waitForFinished(2000);
            }
            remaining.removeOne(p);
        }
    }
    if (m_state != State::Stopped && m_state != State::Failed)
        m_state = State::Stopped;
    writeStateFileNow(); // the last word, whatever was still pending
}

Status Supervisor::scale(const QString &function, int replicas)
{
    if (m_state != State::Running)
        return makeError(tr("cannot scale %1: the cluster is not running").arg(function));
    auto f = std::find_if(m_manifest.functions.begin(), m_manifest.functions.end(),
                          [&function](const FunctionSpec &spec) { return spec.name == function; });
    if (f == m_manifest.functions.end())
        return makeError(tr("cannot scale %1: the manifest declares no such function").arg(function));
    if (replicas < 0 || replicas > MaxReplicas)
        return makeError(
            tr("cannot scale %1 to %2 replicas: from 0 to %3").arg(function).arg(replicas).arg(MaxReplicas));
    const QList<ManagedProcess *> current = invokersOf(function);
    for (qsizetype replica = current.size(); replica < replicas; ++replica)
        addProcess(invokerSpec(*f, int(replica)));
    for (ManagedProcess *p : current) {
        if (p->spec().replica >= replicas) {
            p->m_removeAfterStop = true;
            p->stop(graceFor(p));
        }
    }
    f->replicas = replicas;
    launchDue();
    writeStateFile();
    // The registry mirrors the cluster as it runs: the function's entry says the new count.
    QThreadPool::globalInstance()->start([url = m_brokerUrl, entry = f->toJson()] {
        auto registry = RegistryClient::connect(url);
        if (!registry)
            qCWarning(lcSupervisor) << "scale: cannot update the registry:" << registry.errorMessage();
        else if (auto put = registry->put(RegistryEntry::Kind::Function, entry); !put)
            qCWarning(lcSupervisor) << "scale: cannot update the registry:" << put.errorMessage();
    });
    return Ok{};
}

void Supervisor::restartProcess(const QString &id)
{
    ManagedProcess *p = process(id);
    if (!p || m_state != State::Running || p->m_removeAfterStop)
        return;
    p->m_restartAfterStop = true;
    p->stop(graceFor(p));
}

void Supervisor::killProcess(const QString &id)
{
    if (ManagedProcess *p = process(id))
        p->kill();
}

void Supervisor::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    if (state == State::Running && m_options.adaptivePlacement)
        m_packer->start();
    else if (state != State::Running)
        m_packer->stop();
    // The settled states are on disk before anyone hears of them (`stratus cluster up
    // --detach` and `down` read the file); the transient ones may come a moment later.
    if (state == State::Running || state == State::Stopped || state == State::Failed)
        writeStateFileNow();
    else
        writeStateFile();
    emit stateChanged(state);
}

QJsonObject Supervisor::statusJson() const
{
    QJsonArray processes;
    for (const ManagedProcess *p : m_processes) {
        QJsonObject o{{QStringLiteral("id"), p->id()},
                      {QStringLiteral("role"), ManagedProcess::roleName(p->role())},
                      {QStringLiteral("state"), ManagedProcess::stateName(p->state())},
                      {QStringLiteral("pid"), p->pid()},
                      {QStringLiteral("restarts"), p->restarts()},
                      {QStringLiteral("logFile"), p->spec().logFile}};
        if (p->role() == ManagedProcess::Role::Invoker || p->role() == ManagedProcess::Role::Flow) {
            o.insert(p->role() == ManagedProcess::Role::Flow ? QStringLiteral("flow")
                                                             : QStringLiteral("function"),
                     p->spec().function);
            o.insert(QStringLiteral("replica"), p->spec().replica);
        }
        if (p->startedAt().isValid())
            o.insert(QStringLiteral("startedAt"), p->startedAt().toString(Qt::ISODateWithMs));
        if (!p->lastError().isEmpty())
            o.insert(QStringLiteral("lastError"), p->lastError());
        processes << o;
    }
    QJsonArray functions;
    for (const FunctionSpec &f : m_manifest.functions) {
        functions << QJsonObject{{QStringLiteral("name"), f.name},
                                 {QStringLiteral("trigger"), f.trigger},
                                 {QStringLiteral("mode"), FunctionSpec::modeName(f.mode)},
                                 {QStringLiteral("replicas"), f.replicas}};
    }
    QJsonArray flows;
    for (const FlowSpec &f : m_manifest.flows) {
        flows << QJsonObject{{QStringLiteral("name"), f.name},
                             {QStringLiteral("trigger"), f.trigger},
                             {QStringLiteral("replicas"), f.replicas}};
    }
    const qint64 pid = QCoreApplication::applicationPid();
    static const qint64 startTime = ClusterState::processStartTime(pid);
    QJsonArray services;
    for (const ServiceSpec &service : m_manifest.services)
        services << service.toJson();
    QJsonObject status{
        {QStringLiteral("state"), lowerName(m_state)},
        {QStringLiteral("project"), m_manifest.name},
        {QStringLiteral("projectDir"), m_manifest.projectDir},
        {QStringLiteral("manifest"), m_manifest.filePath},
        {QStringLiteral("stateDir"), stateDir()},
        {QStringLiteral("brokerUrl"), m_brokerUrl},
        {QStringLiteral("monitorUrl"), m_monitorUrl},
        {QStringLiteral("gatewayUrl"), m_gatewayUrl},
        {QStringLiteral("placement"),
         m_options.adaptivePlacement ? QStringLiteral("adaptive") : QStringLiteral("spread")},
        {QStringLiteral("packedCpu"), packedCpu()},
        {QStringLiteral("supervisorPid"), pid},
        {QStringLiteral("supervisorStartTime"), startTime},
        {QStringLiteral("updatedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("processes"), processes},
        {QStringLiteral("functions"), functions},
        {QStringLiteral("flows"), flows},
        {QStringLiteral("services"), services}};
    if (!m_failure.isEmpty())
        status.insert(QStringLiteral("error"), m_failure);
    return status;
}

void Supervisor::writeStateFile()
{
    if (!m_ownsStateFile || m_stateWritePending)
        return;
    m_stateWritePending = true;
    QTimer::singleShot(0, this, [this] {
        m_stateWritePending = false;
        if (!m_ownsStateFile)
            return;
        m_stateWriter.start([dir = stateDir(), status = statusJson()] {
            if (Status s = ClusterState::write(dir, status); !s)
                qCWarning(lcSupervisor) << s.errorMessage();
        });
    });
}

void Supervisor::writeStateFileNow()
{
    m_stateWriter.waitForDone();
    m_stateWritePending = false;
    if (!m_ownsStateFile)
        return;
    if (Status s = ClusterState::write(stateDir(), statusJson()); !s)
        qCWarning(lcSupervisor) << s.errorMessage();
}

} // namespace Stratus
