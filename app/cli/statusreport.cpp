#include "statusreport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Stratus::Cli {

QString StatusReport::table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = std::max(widths[i], row[i].size());
        }
    }
    QStringList lines;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QString StatusReport::text(const ClusterState &state)
{
    const QJsonObject &json = state.json;
    QStringList out;
    out << tr("Cluster \"%1\" %2 (supervisor PID %3)")
               .arg(json.value(QStringLiteral("project")).toString(), state.state())
               .arg(state.supervisorPid());
    out << tr("Broker: %1  (monitoring: %2)")
               .arg(state.brokerUrl(), json.value(QStringLiteral("monitorUrl")).toString());
    if (!state.gatewayUrl().isEmpty())
        out << tr("Gateway: %1").arg(state.gatewayUrl());
    const int packedCpu = json.value(QStringLiteral("packedCpu")).toInt(-1);
    if (json.value(QStringLiteral("placement")).toString() == QLatin1String("spread"))
        out << tr("Placement: spread over the CPUs (--placement spread)");
    else if (packedCpu >= 0)
        out << tr("Placement: packed onto CPU %1 while the cluster's load fits on it (adaptive)")
                   .arg(packedCpu);
    else
        out << tr("Placement: spread over the CPUs; packed onto one while the cluster's load fits on it "
                  "(adaptive)");
    out << QString();

    QList<QStringList> processes{{tr("PROCESS"), tr("ROLE"), tr("STATE"), tr("PID"), tr("RESTARTS")}};
    for (const QJsonValue &v : json.value(QStringLiteral("processes")).toArray()) {
        const QJsonObject p = v.toObject();
        const qint64 pid = p.value(QStringLiteral("pid")).toInteger();
        processes << QStringList{
            p.value(QStringLiteral("id")).toString(), p.value(QStringLiteral("role")).toString(),
            p.value(QStringLiteral("state")).toString(), pid > 0 ? QString::number(pid) : QStringLiteral("-"),
            QString::number(p.value(QStringLiteral("restarts")).toInt())};
    }
    out << table(processes) << QString();

    QList<QStringList> functions{{tr("FUNCTION"), tr("TRIGGER"), tr("MODE"), tr("REPLICAS")}};
    for (const QJsonValue &v : json.value(QStringLiteral("functions")).toArray()) {
        const QJsonObject f = v.toObject();
        functions << QStringList{f.value(QStringLiteral("name")).toString(),
                                 f.value(QStringLiteral("trigger")).toString(),
                                 f.value(QStringLiteral("mode")).toString(),
                                 QString::number(f.value(QStringLiteral("replicas")).toInt())};
    }
    if (functions.size() == 1)
        out << tr("No functions.");
    else
        out << table(functions);

    QList<QStringList> services{{tr("SERVICE"), tr("NAME"), tr("TOPIC")}};
    for (const QJsonValue &v : json.value(QStringLiteral("services")).toArray()) {
        const QJsonObject service = v.toObject();
        services << QStringList{service.value(QStringLiteral("id")).toString(),
                                service.value(QStringLiteral("name")).toString(),
                                service.value(QStringLiteral("topic")).toString()};
    }
    if (services.size() > 1)
        out << QString() << table(services);
    return out.join(QLatin1Char('\n'));
}

QString StatusReport::notRunning(const QString &projectDir, const Result<ClusterState> &state)
{
    if (!state)
        return tr("No cluster is running for %1 (start one with `stratus cluster up`).").arg(projectDir);
    if (state->state() == QLatin1String("failed"))
        return tr("No cluster is running for %1: the last start failed: %2").arg(projectDir, state->error());
    if (state->state() == QLatin1String("stopped"))
        return tr("No cluster is running for %1 (the last one was stopped).").arg(projectDir);
    return tr("No cluster is running for %1: its supervisor (PID %2) is gone; the status file %3 is stale.")
        .arg(projectDir)
        .arg(state->supervisorPid())
        .arg(ClusterState::filePath(state->json.value(QStringLiteral("stateDir")).toString()));
}

} // namespace Stratus::Cli
