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
        {QStringLiteral("record"), recordName(record)},
        {QStringLiteral("description"), description},
    };
}

QString FlowSpec::recordName(Record record)
{
    switch (record) {
    case Record::All:
        return QStringLiteral("all");
    case Record::Failed:
        return QStringLiteral("failed");
    case Record::None:
        return QStringLiteral("none");
    }
    return {};
}

} // namespace Stratus
