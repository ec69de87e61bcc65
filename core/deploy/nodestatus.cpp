#include "nodestatus.h"

#include <QJsonArray>

namespace Stratus {

QJsonObject NodeStatus::toJson() const
{
    QJsonArray list;
    for (const Process &p : processes) {
        list << QJsonObject{{QStringLiteral("id"), p.id},       {QStringLiteral("kind"), p.kind},
                            {QStringLiteral("name"), p.name},   {QStringLiteral("release"), p.release},
                            {QStringLiteral("state"), p.state}, {QStringLiteral("pid"), p.pid}};
    }
    return QJsonObject{{QStringLiteral("node"), node},
                       {QStringLiteral("release"), release},
                       {QStringLiteral("kept"), QJsonArray::fromStringList(kept)},
                       {QStringLiteral("busy"), busy},
                       {QStringLiteral("startedAt"), startedAt.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("processes"), list}};
}

std::optional<NodeStatus> NodeStatus::fromJson(const QJsonObject &object)
{
    NodeStatus s;
    s.node = object.value(QStringLiteral("node")).toString();
    if (s.node.isEmpty())
        return std::nullopt;
    s.release = object.value(QStringLiteral("release")).toString();
    for (const QJsonValue &v : object.value(QStringLiteral("kept")).toArray())
        s.kept << v.toString();
    s.busy = object.value(QStringLiteral("busy")).toString();
    s.startedAt =
        QDateTime::fromString(object.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &v : object.value(QStringLiteral("processes")).toArray()) {
        const QJsonObject o = v.toObject();
        s.processes << Process{
            o.value(QStringLiteral("id")).toString(),    o.value(QStringLiteral("kind")).toString(),
            o.value(QStringLiteral("name")).toString(),  o.value(QStringLiteral("release")).toString(),
            o.value(QStringLiteral("state")).toString(), qint64(o.value(QStringLiteral("pid")).toDouble())};
    }
    return s;
}

} // namespace Stratus
