#include "functionspec.h"

#include <QJsonArray>

namespace Stratus {

QJsonObject FunctionSpec::toJson() const
{
    QJsonObject envObject;
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        envObject.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("command"), command},
        {QStringLiteral("args"), QJsonArray::fromStringList(args)},
        {QStringLiteral("workdir"), workingDir},
        {QStringLiteral("trigger"), trigger},
        {QStringLiteral("output"), output},
        {QStringLiteral("group"), group},
        {QStringLiteral("replicas"), replicas},
        {QStringLiteral("mode"), modeName(mode)},
        {QStringLiteral("timeoutMs"), timeoutMs},
        {QStringLiteral("maxConcurrency"), maxConcurrency},
        {QStringLiteral("maxQueue"), maxQueue},
        {QStringLiteral("maxOutputBytes"), maxOutputBytes},
        {QStringLiteral("env"), envObject},
    };
}

} // namespace Stratus
