#include "deployevent.h"

#include "deployprotocol.h"

namespace Stratus {

bool DeployEvent::isFinal() const
{
    return stage == QLatin1String(DeployProtocol::StageDone) || failed();
}

bool DeployEvent::failed() const
{
    return stage == QLatin1String(DeployProtocol::StageFailed);
}

QJsonObject DeployEvent::toJson() const
{
    return QJsonObject{{QStringLiteral("deployId"), deployId},
                       {QStringLiteral("node"), node},
                       {QStringLiteral("release"), release},
                       {QStringLiteral("stage"), stage},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)}};
}

std::optional<DeployEvent> DeployEvent::fromJson(const QJsonObject &object)
{
    DeployEvent e;
    e.deployId = object.value(QStringLiteral("deployId")).toString();
    e.node = object.value(QStringLiteral("node")).toString();
    e.release = object.value(QStringLiteral("release")).toString();
    e.stage = object.value(QStringLiteral("stage")).toString();
    e.message = object.value(QStringLiteral("message")).toString();
    e.time = QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    if (e.node.isEmpty() || e.stage.isEmpty())
        return std::nullopt;
    return e;
}

} // namespace Stratus
