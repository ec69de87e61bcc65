#pragma once

#include "manifest.h"
#include "nodestatus.h"

#include <QList>
#include <QObject>
#include <QString>

namespace Stratus {

class ManagedProcess;

namespace Agent {

// The invokers of one release on one node: every replica of every function and flow of its
// manifest, started from the release's folder. Ready once all of them printed their ready
// line; drained once all of them finished their in-flight work after SIGTERM and exited.
class ReleaseRunner : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString binDir;  // where stratus-invoker is
        QString natsUrl; // what the invokers connect to
        QString logDir;
        int readyTimeoutMs = 30000;
    };

    ReleaseRunner(Options options, QString release, Manifest manifest, QObject *parent = nullptr);
    ~ReleaseRunner() override;

    const QString &release() const { return m_release; }
    const Manifest &manifest() const { return m_manifest; }
    QList<NodeStatus::Process> processes() const;

    // ready() or failed(reason) follows, once.
    void start();
    // SIGTERM to every invoker (they drain), KILL after their grace; drained() follows.
    void drain();
    // Blocking: the agent is going away.
    void stopNow();

signals:
    void ready();
    void failed(const QString &reason);
    void drained();

private:
    void onReady();
    void onExited(ManagedProcess *process);
    void onStopped();
    int graceFor(const ManagedProcess *process) const;

    Options m_options;
    QString m_release;
    Manifest m_manifest;
    QList<ManagedProcess *> m_processes;
    bool m_started = false;  // ready() was emitted
    bool m_finished = false; // ready() or failed() was emitted
    bool m_draining = false;
};

} // namespace Agent
} // namespace Stratus
