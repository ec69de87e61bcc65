#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Stratus {

// STATEDIR/cluster.json: what a supervisor tells other processes (`stratus cluster status`,
// `down`, `invoke`, the workbench) about the cluster it runs. Written by the supervisor on
// every change (Supervisor::statusJson()), read by anyone.
class ClusterState
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::ClusterState)

public:
    static constexpr const char *FileName = "cluster.json";

    static QString defaultStateDir(const QString &projectDir); // PROJECT/.stratus
    static QString filePath(const QString &stateDir);

    // Fails when there is no file or it cannot be parsed; a stale file reads fine (see isRunning()).
    static Result<ClusterState> read(const QString &stateDir);
    // Atomically (QSaveFile): a reader never sees half a file.
    static Status write(const QString &stateDir, const QJsonObject &status);

    QJsonObject json;

    QString state() const;
    qint64 supervisorPid() const;
    QString brokerUrl() const;
    QString gatewayUrl() const; // empty when the cluster runs no gateway
    QString error() const;
    // The supervisor that wrote the file still runs (same PID *and* same start time, so a
    // recycled PID does not count) and says the cluster is starting, running or stopping.
    bool isRunning() const;
    bool supervisorAlive() const;
    // PIDs of the supervisor's children as last written.
    QList<qint64> childPids() const;

    // Helpers about processes of this machine.
    static bool processAlive(qint64 pid);       // exists and is not a zombie
    static qint64 processStartTime(qint64 pid); // clock ticks since boot, 0 when unknown
};

} // namespace Stratus
