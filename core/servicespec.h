#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Stratus {

// A dependency a function can be injected with (seed 000, chapter 2): the registry's
// `services` entry {id, name, topic}. Declared in the manifest's `services`, looked up by id
// through the injector, invoked by a NATS request on its topic.
struct ServiceSpec
{
    QString id;
    QString name;
    QString topic;
    QString description;

    QJsonObject toJson() const; // the registry entry; description only when set
    static ServiceSpec fromJson(const QJsonObject &object);
    bool operator==(const ServiceSpec &) const = default;
};

} // namespace Stratus
