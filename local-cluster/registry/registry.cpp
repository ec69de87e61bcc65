#include "registry.h"

#include "protocol.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Stratus::Registry {

namespace {

ServiceReply badRequest(const QString &message, const QString &field = {})
{
    return ServiceReply::error(Protocol::StatusBadRequest, message, field);
}

ServiceReply unavailable(const Error &error)
{
    return ServiceReply::error(Protocol::StatusUnavailable, error.message);
}

// expectedRevision: absent → unconditional; 0 → the entry must not exist; N → must be at N.
std::optional<std::optional<quint64>> expectedRevision(const QJsonObject &request)
{
    const QJsonValue v = request.value(QStringLiteral("expectedRevision"));
    if (v.isUndefined() || v.isNull())
        return std::optional<quint64>();
    const double d = v.toDouble(-1.0);
    if (!v.isDouble() || d < 0 || d != double(quint64(d)))
        return std::nullopt;
    return std::optional<quint64>(quint64(d));
}

ServiceReply conflict(RegistryEntry::Kind kind, const QString &id, quint64 expected, quint64 current)
{
    const QString where = RegistryEntry::kindName(kind) + QLatin1Char('/') + id;
    const QString message =
        current == 0 ? QStringLiteral("%1: revision conflict: expected revision %2, but the entry does not "
                                      "exist (any more)")
                           .arg(where)
                           .arg(expected)
        : expected == 0
            ? QStringLiteral("%1: revision conflict: the entry already exists at revision %2")
                  .arg(where)
                  .arg(current)
            : QStringLiteral("%1: revision conflict: expected revision %2, current revision is %3")
                  .arg(where)
                  .arg(expected)
                  .arg(current);
    return ServiceReply::error(Protocol::StatusConflict, message, QStringLiteral("expectedRevision"),
                               {{QStringLiteral("currentRevision"), double(current)}});
}

std::optional<RegistryEntry> decode(RegistryEntry::Kind kind, const KvValue &value)
{
    const QJsonDocument doc = QJsonDocument::fromJson(value.value);
    if (!doc.isObject())
        return std::nullopt;
    RegistryEntry entry;
    entry.kind = kind;
    entry.id = value.key.section(QLatin1Char('.'), 1);
    entry.revision = value.revision;
    entry.data = doc.object();
    return entry;
}

} // namespace

ServiceReply Registry::handle(const ServiceRequest &request) const
{
    if (request.operation == QLatin1String("info")) {
        return ServiceReply::json({{QStringLiteral("bucket"), m_bucket.name()},
                                   {QStringLiteral("prefix"), m_prefix},
                                   {QStringLiteral("keyFormat"), QStringLiteral("<kind>.<id>")}});
    }
    const QStringList parts = request.operation.split(QLatin1Char('.'));
    const auto kind = parts.size() == 2 ? RegistryEntry::kindFromName(parts[0]) : std::nullopt;
    if (!kind)
        return badRequest(QStringLiteral("unknown subject %1.%2: use %1.<services|functions|flows>."
                                         "<put|get|delete|list> or %1.info")
                              .arg(m_prefix, request.operation));
    const auto body = request.json();
    if (!body)
        return badRequest(body.errorMessage());
    const QString &op = parts[1];
    if (op == QLatin1String("put"))
        return put(*kind, *body);
    if (op == QLatin1String("get"))
        return get(*kind, *body);
    if (op == QLatin1String("delete"))
        return remove(*kind, *body);
    if (op == QLatin1String("list"))
        return list(*kind);
    return badRequest(QStringLiteral("unknown operation \"%1\": use put, get, delete or list").arg(op));
}

ServiceReply Registry::put(RegistryEntry::Kind kind, const QJsonObject &request) const
{
    const QString kindName = RegistryEntry::kindName(kind);
    const QJsonValue entryValue = request.value(QStringLiteral("entry"));
    if (!entryValue.isObject())
        return badRequest(QStringLiteral("%1: entry: must be a JSON object").arg(kindName),
                          QStringLiteral("entry"));
    const QJsonObject data = entryValue.toObject();
    if (const auto problem = RegistryEntry::validate(kind, data))
        return badRequest(problem->describe(kind), problem->field);
    const auto expected = expectedRevision(request);
    if (!expected)
        return badRequest(
            QStringLiteral("%1: expectedRevision: must be a non-negative integer").arg(kindName),
            QStringLiteral("expectedRevision"));

    const QString id = data.value(RegistryEntry::idField(kind)).toString();
    const QString key = RegistryEntry::key(kind, id);
    const QByteArray bytes = QJsonDocument(data).toJson(QJsonDocument::Compact);
    const auto written = !*expected        ? m_bucket.put(key, bytes)
                         : **expected == 0 ? m_bucket.create(key, bytes)
                                           : m_bucket.update(key, bytes, **expected);
    if (!written)
        return unavailable(written.error());
    if (written->outcome == KvWrite::Outcome::Conflict)
        return conflict(kind, id, **expected, written->currentRevision);
    if (written->outcome == KvWrite::Outcome::Full)
        return ServiceReply::error(Protocol::StatusStoreFull,
                                   QStringLiteral("the registry's bucket %1 is full").arg(m_bucket.name()));
    return ServiceReply::json(RegistryEntry{kind, id, written->revision, data}.toJson());
}

ServiceReply Registry::get(RegistryEntry::Kind kind, const QJsonObject &request) const
{
    const QString id = request.value(QStringLiteral("id")).toString();
    if (const auto problem = RegistryEntry::validateId(id))
        return badRequest(problem->describe(kind), problem->field);
    const auto value = m_bucket.get(RegistryEntry::key(kind, id));
    if (!value)
        return unavailable(value.error());
    const auto entry = *value ? decode(kind, **value) : std::nullopt;
    if (!entry)
        return ServiceReply::error(
            Protocol::StatusNotFound,
            QStringLiteral("%1/%2: no such entry").arg(RegistryEntry::kindName(kind), id),
            QStringLiteral("id"));
    return ServiceReply::json(entry->toJson());
}

ServiceReply Registry::remove(RegistryEntry::Kind kind, const QJsonObject &request) const
{
    const QString kindName = RegistryEntry::kindName(kind);
    const QString id = request.value(QStringLiteral("id")).toString();
    if (const auto problem = RegistryEntry::validateId(id))
        return badRequest(problem->describe(kind), problem->field);
    const auto expected = expectedRevision(request);
    if (!expected || (*expected && **expected == 0))
        return badRequest(QStringLiteral("%1: expectedRevision: must be a positive integer").arg(kindName),
                          QStringLiteral("expectedRevision"));
    const QString key = RegistryEntry::key(kind, id);
    if (!*expected) {
        // Unconditional: still say "not found" for a typo instead of succeeding silently.
        const auto current = m_bucket.get(key);
        if (!current)
            return unavailable(current.error());
        if (!*current)
            return ServiceReply::error(Protocol::StatusNotFound,
                                       QStringLiteral("%1/%2: no such entry").arg(kindName, id),
                                       QStringLiteral("id"));
    }
    const auto written = m_bucket.remove(key, expected->value_or(0));
    if (!written)
        return unavailable(written.error());
    if (written->outcome == KvWrite::Outcome::Conflict)
        return conflict(kind, id, **expected, written->currentRevision);
    return ServiceReply::json(
        {{QStringLiteral("kind"), kindName}, {QStringLiteral("id"), id}, {QStringLiteral("deleted"), true}});
}

ServiceReply Registry::list(RegistryEntry::Kind kind) const
{
    const auto values = m_bucket.list(RegistryEntry::kindName(kind) + QStringLiteral(".*"));
    if (!values)
        return unavailable(values.error());
    QJsonArray entries;
    for (const KvValue &value : *values) {
        if (const auto entry = decode(kind, value))
            entries.append(entry->toJson());
    }
    return ServiceReply::json(
        {{QStringLiteral("kind"), RegistryEntry::kindName(kind)}, {QStringLiteral("entries"), entries}});
}

} // namespace Stratus::Registry
