#include "servicespec.h"

namespace Stratus {

QJsonObject ServiceSpec::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("topic"), topic}};
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    return o;
}

ServiceSpec ServiceSpec::fromJson(const QJsonObject &object)
{
    return {object.value(QStringLiteral("id")).toString(), object.value(QStringLiteral("name")).toString(),
            object.value(QStringLiteral("topic")).toString(),
            object.value(QStringLiteral("description")).toString()};
}

} // namespace Stratus
