#include "registryentry.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Stratus {

namespace {

const QRegularExpression &idPattern()
{
    // Ids become bucket keys and subject tokens: no dots, no wildcards.
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"));
    return re;
}

bool isSubject(const QJsonValue &v)
{
    static const QRegularExpression re(QStringLiteral("^[^.\\s*>]+(\\.[^.\\s*>]+)*$"));
    return v.isString() && re.match(v.toString()).hasMatch();
}

using Problem = RegistryEntry::Problem;

std::optional<Problem> requireString(const QJsonObject &o, const QString &field)
{
    const QJsonValue v = o.value(field);
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return Problem{field,
                       QCoreApplication::translate("Stratus::RegistryEntry", "must be a non-empty string")};
    return std::nullopt;
}

std::optional<Problem> optionalInteger(const QJsonObject &o, const QString &field, qint64 min, qint64 max)
{
    const QJsonValue v = o.value(field);
    if (v.isUndefined())
        return std::nullopt;
    const double d = v.toDouble(-1.0);
    if (!v.isDouble() || d != double(qint64(d)) || d < double(min) || d > double(max))
        return Problem{
            field, QCoreApplication::translate("Stratus::RegistryEntry", "must be an integer from %1 to %2")
                       .arg(min)
                       .arg(max)};
    return std::nullopt;
}

std::optional<Problem> checkKeys(const QJsonObject &o, const QStringList &known)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return Problem{it.key(), QCoreApplication::translate("Stratus::RegistryEntry",
                                                                 "unknown field (known fields: %1)")
                                         .arg(known.join(QStringLiteral(", ")))};
    }
    return std::nullopt;
}

// Every problem, not just the first: the manifest reader reports them all (docs/manifest.md).
QList<Problem> collectServiceProblems(const QJsonObject &o)
{
    QList<Problem> problems;
    const QStringList known{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("topic"),
                            QStringLiteral("description")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            problems << Problem{it.key(), QCoreApplication::translate("Stratus::RegistryEntry",
                                                                      "unknown field (known fields: %1)")
                                              .arg(known.join(QStringLiteral(", ")))};
    }
    if (auto p = RegistryEntry::validateId(o.value(QStringLiteral("id")).toString()))
        problems << *p;
    if (auto p = requireString(o, QStringLiteral("name")))
        problems << *p;
    if (!isSubject(o.value(QStringLiteral("topic"))))
        problems << Problem{QStringLiteral("topic"),
                            QCoreApplication::translate("Stratus::RegistryEntry",
                                                        "must be a non-empty NATS subject without "
                                                        "wildcards or spaces")};
    const QJsonValue description = o.value(QStringLiteral("description"));
    if (!description.isUndefined() && !description.isString())
        problems << Problem{QStringLiteral("description"),
                            QCoreApplication::translate("Stratus::RegistryEntry", "must be a string")};
    return problems;
}

// The FunctionSpec::toJson() shape; the manifest's own reader checks more (it knows the
// project directory), this keeps obviously broken specs out of the registry.
std::optional<Problem> validateFunction(const QJsonObject &o)
{
    const QStringList known{QStringLiteral("name"),           QStringLiteral("command"),
                            QStringLiteral("args"),           QStringLiteral("workdir"),
                            QStringLiteral("trigger"),        QStringLiteral("output"),
                            QStringLiteral("group"),          QStringLiteral("replicas"),
                            QStringLiteral("mode"),           QStringLiteral("timeoutMs"),
                            QStringLiteral("maxConcurrency"), QStringLiteral("maxQueue"),
                            QStringLiteral("maxOutputBytes"), QStringLiteral("env"),
                            QStringLiteral("description")};
    if (auto p = checkKeys(o, known))
        return p;
    const QString name = o.value(QStringLiteral("name")).toString();
    if (!idPattern().match(name).hasMatch())
        return Problem{
            QStringLiteral("name"),
            QCoreApplication::translate("Stratus::RegistryEntry",
                                        "must be letters, digits, '-' and '_' (at most 64), starting with a "
                                        "letter or digit")};
    if (auto p = requireString(o, QStringLiteral("command")))
        return p;
    const QJsonValue args = o.value(QStringLiteral("args"));
    if (!args.isUndefined()) {
        if (!args.isArray())
            return Problem{
                QStringLiteral("args"),
                QCoreApplication::translate("Stratus::RegistryEntry", "must be an array of strings")};
        const QJsonArray array = args.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array[i].isString())
                return Problem{QStringLiteral("args[%1]").arg(i),
                               QCoreApplication::translate("Stratus::RegistryEntry", "must be a string")};
        }
    }
    if (!isSubject(o.value(QStringLiteral("trigger"))))
        return Problem{QStringLiteral("trigger"),
                       QCoreApplication::translate("Stratus::RegistryEntry",
                                                   "must be a non-empty NATS subject without "
                                                   "wildcards or spaces")};
    const QJsonValue output = o.value(QStringLiteral("output"));
    if (!output.isUndefined() && !(output.isString() && output.toString().isEmpty()) && !isSubject(output))
        return Problem{
            QStringLiteral("output"),
            QCoreApplication::translate("Stratus::RegistryEntry",
                                        "must be empty or a NATS subject without wildcards or spaces")};
    for (const QString &field : {QStringLiteral("workdir"), QStringLiteral("group")}) {
        const QJsonValue v = o.value(field);
        if (!v.isUndefined() && !v.isString())
            return Problem{field, QCoreApplication::translate("Stratus::RegistryEntry", "must be a string")};
    }
    const QJsonValue mode = o.value(QStringLiteral("mode"));
    if (!mode.isUndefined() && mode != QJsonValue(QStringLiteral("cold")) &&
        mode != QJsonValue(QStringLiteral("warm")))
        return Problem{QStringLiteral("mode"),
                       QCoreApplication::translate("Stratus::RegistryEntry", "must be \"cold\" or \"warm\"")};
    if (auto p = optionalInteger(o, QStringLiteral("replicas"), 0, 64))
        return p;
    if (auto p = optionalInteger(o, QStringLiteral("timeoutMs"), 1, 24 * 3600 * 1000))
        return p;
    if (auto p = optionalInteger(o, QStringLiteral("maxConcurrency"), 1, 1024))
        return p;
    if (auto p = optionalInteger(o, QStringLiteral("maxQueue"), 0, 1000000))
        return p;
    if (auto p = optionalInteger(o, QStringLiteral("maxOutputBytes"), 1, qint64(1) << 30))
        return p;
    const QJsonValue env = o.value(QStringLiteral("env"));
    if (!env.isUndefined()) {
        if (!env.isObject())
            return Problem{
                QStringLiteral("env"),
                QCoreApplication::translate("Stratus::RegistryEntry", "must be an object of strings")};
        const QJsonObject envObject = env.toObject();
        for (auto it = envObject.begin(); it != envObject.end(); ++it) {
            if (!it.value().isString())
                return Problem{QStringLiteral("env.") + it.key(),
                               QCoreApplication::translate("Stratus::RegistryEntry", "must be a string")};
        }
    }
    return std::nullopt;
}

} // namespace

QString RegistryEntry::Problem::describe(Kind kind) const
{
    return QStringLiteral("%1: %2: %3").arg(kindName(kind), field, message);
}

QString RegistryEntry::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Service:
        return QStringLiteral("services");
    case Kind::Function:
        return QStringLiteral("functions");
    case Kind::Flow:
        return QStringLiteral("flows");
    }
    return {};
}

std::optional<RegistryEntry::Kind> RegistryEntry::kindFromName(const QString &name)
{
    for (Kind kind : kinds()) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString RegistryEntry::idField(Kind kind)
{
    return kind == Kind::Service ? QStringLiteral("id") : QStringLiteral("name");
}

std::optional<RegistryEntry::Problem> RegistryEntry::validateId(const QString &id)
{
    if (!idPattern().match(id).hasMatch())
        return Problem{QStringLiteral("id"),
                       tr("must be letters, digits, '-' and '_' (at most 64), starting with a "
                          "letter or digit")};
    return std::nullopt;
}

std::optional<RegistryEntry::Problem> RegistryEntry::validate(Kind kind, const QJsonObject &data)
{
    switch (kind) {
    case Kind::Service: {
        const QList<Problem> problems = collectServiceProblems(data);
        return problems.isEmpty() ? std::nullopt : std::optional<Problem>(problems.constFirst());
    }
    case Kind::Function:
        return validateFunction(data);
    case Kind::Flow:
        if (!idPattern().match(data.value(QStringLiteral("name")).toString()).hasMatch())
            return Problem{QStringLiteral("name"),
                           tr("must be letters, digits, '-' and '_' (at most 64), starting with "
                              "a letter or digit")};
        return std::nullopt;
    }
    return std::nullopt;
}

QList<RegistryEntry::Problem> RegistryEntry::serviceProblems(const QJsonObject &data)
{
    return collectServiceProblems(data);
}

QJsonObject RegistryEntry::toJson() const
{
    return QJsonObject{{QStringLiteral("kind"), kindName(kind)},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("revision"), double(revision)},
                       {QStringLiteral("entry"), data}};
}

std::optional<RegistryEntry> RegistryEntry::fromJson(const QJsonObject &object)
{
    const auto kind = kindFromName(object.value(QStringLiteral("kind")).toString());
    if (!kind || !object.value(QStringLiteral("entry")).isObject())
        return std::nullopt;
    RegistryEntry entry;
    entry.kind = *kind;
    entry.id = object.value(QStringLiteral("id")).toString();
    entry.revision = quint64(object.value(QStringLiteral("revision")).toDouble());
    entry.data = object.value(QStringLiteral("entry")).toObject();
    return entry;
}

} // namespace Stratus
