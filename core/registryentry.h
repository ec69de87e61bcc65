#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Stratus {

// One entry of the registry (docs/registry.md): a service ({id, name, topic}, the injector's
// dependency declarations), a function (FunctionSpec::toJson() shape) or a flow (any object
// with a name), with the revision the store gave its current value.
struct RegistryEntry
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::RegistryEntry)

public:
    enum class Kind { Service, Function, Flow };

    // A field that makes an entry invalid, and why: "topic", "must be a non-empty NATS subject".
    struct Problem
    {
        QString field;
        QString message;
        // "services: topic: must be ..." as the registry reports it.
        QString describe(Kind kind) const;
    };

    Kind kind = Kind::Service;
    QString id;
    quint64 revision = 0;
    QJsonObject data;

    static QString kindName(Kind kind); // "services", "functions", "flows": also the subject token
    static std::optional<Kind> kindFromName(const QString &name);
    static QList<Kind> kinds() { return {Kind::Service, Kind::Function, Kind::Flow}; }
    // The field that names an entry of this kind: "id" for services, "name" for the others.
    static QString idField(Kind kind);

    static std::optional<Problem> validateId(const QString &id);
    static std::optional<Problem> validate(Kind kind, const QJsonObject &data);
    // All the problems of a service entry; shared with the manifest's `services` reader so
    // the two cannot disagree about what a valid service is.
    static QList<Problem> serviceProblems(const QJsonObject &data);
    // The bucket key: "<kind>.<id>".
    static QString key(Kind kind, const QString &id) { return kindName(kind) + QLatin1Char('.') + id; }

    QJsonObject toJson() const; // {"kind", "id", "revision", "entry"}
    static std::optional<RegistryEntry> fromJson(const QJsonObject &object);
};

} // namespace Stratus
