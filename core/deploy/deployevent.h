#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Stratus {

// One step of a deploy or rollback on one node, as its agent publishes it
// (docs/deploy.md, "Progress events").
struct DeployEvent
{
    QString deployId;
    QString node;
    QString release;
    QString stage;   // DeployProtocol::Stage*
    QString message; // for a person; the reason when stage is "failed"
    QDateTime time;

    bool isFinal() const;
    bool failed() const;
    QJsonObject toJson() const;
    static std::optional<DeployEvent> fromJson(const QJsonObject &object);
};

} // namespace Stratus
