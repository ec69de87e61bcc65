#include "clusterstate.h"

#include "procstat.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace Stratus {

QString ClusterState::defaultStateDir(const QString &projectDir)
{
    return QDir(projectDir).absoluteFilePath(QStringLiteral(".stratus"));
}

QString ClusterState::filePath(const QString &stateDir)
{
    return QDir(stateDir).absoluteFilePath(QLatin1String(FileName));
}

Result<ClusterState> ClusterState::read(const QString &stateDir)
{
    QFile file(filePath(stateDir));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return makeError(tr("%1: not a cluster state file: %2").arg(file.fileName(), error.errorString()));
    ClusterState state;
    state.json = doc.object();
    return state;
}

Status ClusterState::write(const QString &stateDir, const QJsonObject &status)
{
    QSaveFile file(filePath(stateDir));
    if (!file.open(QIODevice::WriteOnly))
        return makeError(tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    file.write(QJsonDocument(status).toJson());
    if (!file.commit())
        return makeError(tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return Ok{};
}

QString ClusterState::state() const
{
    return json.value(QStringLiteral("state")).toString();
}

qint64 ClusterState::supervisorPid() const
{
    return json.value(QStringLiteral("supervisorPid")).toInteger();
}

QString ClusterState::brokerUrl() const
{
    return json.value(QStringLiteral("brokerUrl")).toString();
}

QString ClusterState::gatewayUrl() const
{
    return json.value(QStringLiteral("gatewayUrl")).toString();
}

QString ClusterState::error() const
{
    return json.value(QStringLiteral("error")).toString();
}

bool ClusterState::supervisorAlive() const
{
    const qint64 pid = supervisorPid();
    if (!processAlive(pid))
        return false;
    const qint64 recorded = json.value(QStringLiteral("supervisorStartTime")).toInteger();
    return recorded == 0 || recorded == processStartTime(pid);
}

bool ClusterState::isRunning() const
{
    const QString s = state();
    const bool active =
        s == QLatin1String("starting") || s == QLatin1String("running") || s == QLatin1String("stopping");
    return active && supervisorAlive();
}

QList<qint64> ClusterState::childPids() const
{
    QList<qint64> pids;
    const QJsonArray processes = json.value(QStringLiteral("processes")).toArray();
    for (const QJsonValue &p : processes) {
        const qint64 pid = p.toObject().value(QStringLiteral("pid")).toInteger();
        if (pid > 0)
            pids << pid;
    }
    return pids;
}

bool ClusterState::processAlive(qint64 pid)
{
    const QList<QByteArray> fields = procStatFields(pid);
    return !fields.isEmpty() && fields.first() != "Z";
}

qint64 ClusterState::processStartTime(qint64 pid)
{
    const QList<QByteArray> fields = procStatFields(pid);
    return fields.size() > 19 ? fields[19].toLongLong() : 0;
}

} // namespace Stratus
