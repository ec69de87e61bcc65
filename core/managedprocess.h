#pragma once

#include <QDateTime>
#include <QFile>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace Stratus {

// One supervised child of the local cluster: the broker, an invoker replica, later the
// registry, datastore and gateway. Lives on the supervisor's thread.
class ManagedProcess : public QObject
{
    Q_OBJECT
public:
    enum class Role { Broker, Invoker, Registry, Datastore, Gateway, Flow };
    Q_ENUM(Role)
    enum class State { Stopped, Starting, Ready, Crashed, Restarting, Stopping };
    Q_ENUM(State)

    struct Spec
    {
        QString id; // unique within a cluster: "broker", "invoker.echo-py.0"
        Role role = Role::Invoker;
        QString function; // for invokers: the function, or for flow invokers the flow
        int replica = 0;
        QString program; // absolute path
        QStringList arguments;
        QString workingDir;
        QStringList environment; // empty: inherit
        QString logFile;         // appended to
        // How readiness is decided: a line on stdout equal to readyLine, or (empty) a
        // custom check done by the supervisor which then calls markReady().
        QString readyLine;
        // How long it may take to stop before SIGKILL; 0: the owner's default.
        int stopGraceMs = 0;
    };

    ManagedProcess(Spec spec, QObject *parent = nullptr);
    ~ManagedProcess() override;

    const Spec &spec() const { return m_spec; }
    QString id() const { return m_spec.id; }
    Role role() const { return m_spec.role; }
    State state() const { return m_state; }
    qint64 pid() const;
    QDateTime startedAt() const { return m_startedAt; }
    int restarts() const { return m_restarts; }
    QString lastError() const { return m_lastError; }
    // The last lines the process wrote on stderr (and stdout), for failure messages.
    QStringList recentOutput() const { return m_recentOutput; }

    static QString roleName(Role role);
    static QString stateName(State state);

    void start();
    void markReady();
    // TERM, then KILL after graceMs; emits stopped() when the process is gone.
    void stop(int graceMs);
    void kill(); // SIGKILL, as a crash would; the supervisor decides about restarting

signals:
    void stateChanged(Stratus::ManagedProcess::State state);
    void ready();
    void exited(int exitCode, bool crashed);
    void stopped();
    void logLine(const QString &processId, bool isStderr, const QString &line);

private:
    void setState(State state);
    void readOutput(QProcess::ProcessChannel channel);
    void handleLine(bool isStderr, const QByteArray &line);
    void flushPartialLines();
    void writeLog(const QByteArray &line);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onStartFailed(QProcess *process);
    bool isRunning() const;

    Spec m_spec;
    QProcess *m_process = nullptr;
    State m_state = State::Stopped;
    QDateTime m_startedAt;
    int m_restarts = 0;
    bool m_stopping = false;
    QString m_lastError;
    QByteArray m_partial[2];
    QStringList m_recentOutput;
    QFile *m_log = nullptr;

    // Bookkeeping of the supervisor, which decides when a process (re)starts.
    friend class Supervisor;
    quint64 m_launches = 0;          // tells a stale timer of an earlier run from the current one
    qint64 m_lastPid = 0;            // kept after the exit, for failure messages
    bool m_launchPending = false;    // start as soon as the dependencies are ready
    bool m_restartAfterStop = false; // restartProcess()
    bool m_removeAfterStop = false;  // scale() down
    int m_backoffMs = 0;
    QTimer *m_restartTimer = nullptr;
};

} // namespace Stratus
