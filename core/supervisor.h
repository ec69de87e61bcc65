#pragma once

#include "cpupacker.h"
#include "managedprocess.h"
#include "manifest.h"
#include "result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

namespace Stratus {

class InvokerLaunch;

// Runs a project's local cluster: nats-server first, gated on readiness, then the registry
// and the datastore; once the registry holds the manifest's functions and services, every
// invoker replica the manifest asks for. Restarts crashed processes with backoff, stops
// everything cleanly, and makes sure no child outlives it (PR_SET_PDEATHSIG), even when
// the supervisor itself is killed with SIGKILL. Asynchronous: never blocks its thread.
class Supervisor : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Starting, Running, Stopping, Failed };
    Q_ENUM(State)

    struct Options
    {
        QString binDir; // where stratus-invoker, -registry, -datastore live; default: beside this executable
        QString natsServer;         // default: nats-server on PATH
        QString stateDir;           // default: PROJECT/.stratus
        int graceMs = 3000;         // TERM → KILL
        int readyTimeoutMs = 15000; // a process not ready by then fails the start
        bool restartCrashed = true;
        bool writeStateFile = true; // STATEDIR/cluster.json for `stratus cluster status/down`
        // While the cluster's own load fits on one CPU, its processes share one, and spread
        // over all again when it is saturated (CpuPacker; `stratus cluster up --placement`).
        bool adaptivePlacement = true;
    };

    explicit Supervisor(QObject *parent = nullptr);
    Supervisor(Options options, QObject *parent = nullptr);
    ~Supervisor() override; // stops every child synchronously as a last resort

    // Starts the cluster; started() or failed(message) follows.
    void start(const Manifest &manifest);
    // Stops every process (invokers first, then the registry and datastore, then the broker);
    // stopped() follows.
    void stop();

    State state() const { return m_state; }
    const Manifest &manifest() const { return m_manifest; }
    QString brokerUrl() const { return m_brokerUrl; }   // nats://127.0.0.1:PORT
    QString monitorUrl() const { return m_monitorUrl; } // http://127.0.0.1:PORT
    QString gatewayUrl() const { return m_gatewayUrl; } // http://127.0.0.1:PORT once the gateway is ready
    QString stateDir() const;
    QList<ManagedProcess *> processes() const;
    ManagedProcess *process(const QString &id) const;
    int packedCpu() const { return m_packer->packedCpu(); } // -1: spread

    void restartProcess(const QString &id);
    void killProcess(const QString &id);
    Status scale(const QString &function, int replicas);

    // {state, project, brokerUrl, monitorUrl, supervisorPid, processes:[{id, role, function,
    //  replica, state, pid, startedAt, restarts}], functions:[{name, trigger, mode, replicas}],
    //  services:[{id, name, topic}]}
    QJsonObject statusJson() const;

signals:
    void stateChanged(Stratus::Supervisor::State state);
    void started();
    void stopped();
    void failed(const QString &message);
    void processAdded(Stratus::ManagedProcess *process);
    void processRemoved(const QString &id);
    void logLine(const QString &processId, bool isStderr, const QString &line);
    // The cluster was packed onto packedCpu, or spread (-1): see Options::adaptivePlacement.
    void placementChanged(int packedCpu);

private:
    // Which roles must be Ready before a role starts; stopping runs in reverse. A new role
    // (registry, datastore, gateway) is one line in dependenciesOf() and a spec builder.
    static QList<ManagedProcess::Role> dependenciesOf(ManagedProcess::Role role);

    ManagedProcess::Spec brokerSpec() const;
    // Loads and validates the manifest's flows, keeping their graphs for the registry.
    Status checkFlows(const Manifest &manifest);
    ManagedProcess::Spec invokerSpec(const FunctionSpec &function, int replica) const;
    ManagedProcess::Spec invokerSpec(const FlowSpec &flow, int replica) const;
    InvokerLaunch invokerLaunch() const;
    QString logFileOf(const QString &processId) const; // STATEDIR/logs/ID.log
    // stratus-registry or stratus-datastore: --nats URL, ready on its ready line.
    ManagedProcess::Spec serviceSpec(ManagedProcess::Role role) const;
    // stratus-gateway: writes the port it listens on to STATEDIR/gateway.port before its ready line.
    ManagedProcess::Spec gatewaySpec() const;
    void onGatewayReady(ManagedProcess *process);
    Status prepareStateDir();
    Status writeBrokerConfig(int port, int monitorPort) const;
    QString clusterProgram(const QString &name) const; // an executable of binDir
    QString natsServerProgram() const;

    ManagedProcess *addProcess(ManagedProcess::Spec spec);
    void removeProcess(ManagedProcess *process);
    void clearProcesses();
    bool dependenciesReady(const ManagedProcess *process) const;
    static bool dependsOn(const ManagedProcess *dependent, const ManagedProcess *dependency);
    bool hasActiveDependents(const ManagedProcess *process) const;
    QList<ManagedProcess *> invokersOf(const QString &function) const;

    void stopAllNow(); // blocking, for the destructor only
    void launchDue();  // starts every pending process whose dependencies are ready
    void launch(ManagedProcess *process);
    int graceFor(const ManagedProcess *process) const;
    void advanceStop();
    void finishStop();
    void fail(const QString &message);
    QString describe(const ManagedProcess *process, const QString &what) const;

    void onProcessReady(ManagedProcess *process);
    void onProcessExited(ManagedProcess *process);
    void onProcessStopped(ManagedProcess *process);
    void onReadyTimeout(ManagedProcess *process, quint64 launch);
    void onBrokerReady(const QString &natsUrl, const QString &monitorUrl);
    // Puts the manifest's functions and services into the registry on a worker thread
    // (blocking NATS calls), then lets the invokers start: functions may look services up
    // at their first event.
    void loadRegistry();
    void onRegistryLoaded(quint64 generation, const QString &error);
    void finishStartIfReady();

    void setState(State state);
    // Coalesces a burst of state changes into one write, done off this thread: the
    // workbench runs the supervisor on its GUI thread, and QSaveFile syncs to disk.
    void writeStateFile();
    void writeStateFileNow(); // blocking: settled states and the destructor only

    Options m_options;
    Manifest m_manifest;
    State m_state = State::Stopped;
    QList<ManagedProcess *> m_processes; // children, in dependency order
    QString m_brokerUrl;
    QString m_monitorUrl;
    QString m_gatewayUrl;
    QHash<QString, QJsonObject> m_flowGraphs; // by flow name, from the last start
    QHash<QString, int> m_flowRunTimeouts;    // by flow name, from the last start
    QString m_failure;            // set while a failed start is being torn down, kept for statusJson()
    bool m_ownsStateFile = false; // never overwrite the file of another project's running supervisor
    QPointer<QObject> m_brokerProbe;
    bool m_stateWritePending = false;
    QThreadPool m_stateWriter; // one thread, so writes land in order
    CpuPacker *m_packer = nullptr;
    bool m_registryLoaded = false;
    bool m_registryLoading = false;
    quint64 m_startGeneration = 0; // tells a late registry load of an earlier start from the current one
};

} // namespace Stratus
