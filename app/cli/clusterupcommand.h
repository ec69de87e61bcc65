#pragma once

#include "command.h"

namespace Stratus {
class ManagedProcess;
class Supervisor;
} // namespace Stratus

namespace Stratus::Cli {

// stratus cluster up: runs the project's cluster under a Supervisor in this process until
// SIGINT/SIGTERM, or (--detach) in a copy of itself in a new session.
class ClusterUpCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("cluster up"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;

private:
    int runForeground(const ProjectLocation &where, const Manifest &manifest);
    int runDetached(const ProjectLocation &where);
    void watch(ManagedProcess *process);

    int m_readyTimeoutMs = 15000;
    QString m_placement = QStringLiteral("adaptive");
    QCommandLineOption m_detachOption{
        QStringLiteral("detach"),
        tr("Run the cluster in the background (its output goes to .stratus/logs/supervisor.log); return once "
           "it is up.")};
    QCommandLineOption m_readyTimeoutOption{QStringLiteral("ready-timeout"),
                                            tr("How long each process may take to become ready."), tr("ms"),
                                            QStringLiteral("15000")};
    QCommandLineOption m_placementOption{
        QStringLiteral("placement"),
        tr("Where the cluster's processes run: 'adaptive' packs them onto one CPU while their load fits "
           "on it and spreads them over all CPUs when it is saturated; 'spread' leaves them to the "
           "scheduler."),
        tr("adaptive|spread"), QStringLiteral("adaptive")};
};

} // namespace Stratus::Cli
