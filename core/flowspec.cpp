#include "flowspec.h"

namespace Stratus {

QJsonObject FlowSpec::toJson() const
{
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("file"), file},
        {QStringLiteral("trigger"), trigger},
        {QStringLiteral("group"), group},
        {QStringLiteral("replicas"), replicas},
        {QStringLiteral("maxConcurrency"), maxConcurrency},
        {QStringLiteral("maxQueue"), maxQueue},
        {QStringLiteral("description"), description},
    };
}

} // namespace Stratus
