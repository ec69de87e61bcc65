#include "registryclient.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Stratus {

Result<RegistryClient> RegistryClient::connect(const QString &natsUrl, const Options &options)
{
    auto nats = NatsClient::connect(natsUrl, QStringLiteral("stratus-registry-client"));
    if (!nats)
        return nats.error();
    return RegistryClient(std::make_shared<const NatsClient>(std::move(*nats)), options);
}

RegistryClient::RegistryClient(std::shared_ptr<const NatsClient> nats, Options options)
    : m_nats(std::move(nats)), m_options(std::move(options))
{
}

Result<QJsonObject> RegistryClient::call(const QString &subject, const QJsonObject &request,
                                         QByteArray *status) const
{
    const QString full = m_options.prefix + QLatin1Char('.') + subject;
    auto reply =
        m_nats->request(full, QJsonDocument(request).toJson(QJsonDocument::Compact), m_options.timeoutMs);
    if (!reply) {
        if (reply.error().cause == Error::Cause::NoResponders)
            return makeError(tr("the registry is not running: nothing answers on %1").arg(full));
        return makeError(tr("registry: %1").arg(reply.errorMessage()));
    }
    if (status)
        *status = reply->status();
    const QJsonObject body = QJsonDocument::fromJson(reply->data).object();
    if (reply->status() != Protocol::StatusOk) {
        const QString message = body.value(QStringLiteral("error")).toString();
        return makeError(message.isEmpty() ? QString::fromUtf8(reply->data) : message);
    }
    return body;
}

Result<RegistryEntry> RegistryClient::put(RegistryEntry::Kind kind, const QJsonObject &entry,
                                          std::optional<quint64> expectedRevision) const
{
    QJsonObject request{{QStringLiteral("entry"), entry}};
    if (expectedRevision)
        request.insert(QStringLiteral("expectedRevision"), double(*expectedRevision));
    auto reply = call(RegistryEntry::kindName(kind) + QStringLiteral(".put"), request);
    if (!reply)
        return reply.error();
    auto stored = RegistryEntry::fromJson(*reply);
    if (!stored)
        return makeError(tr("registry: a put reply without an entry"));
    return *stored;
}

Result<std::optional<RegistryEntry>> RegistryClient::get(RegistryEntry::Kind kind, const QString &id) const
{
    QByteArray status;
    auto reply =
        call(RegistryEntry::kindName(kind) + QStringLiteral(".get"), {{QStringLiteral("id"), id}}, &status);
    if (!reply && status == Protocol::StatusNotFound)
        return std::optional<RegistryEntry>();
    if (!reply)
        return reply.error();
    auto entry = RegistryEntry::fromJson(*reply);
    if (!entry)
        return makeError(tr("registry: a get reply without an entry"));
    return entry;
}

Status RegistryClient::remove(RegistryEntry::Kind kind, const QString &id,
                              std::optional<quint64> expectedRevision) const
{
    QJsonObject request{{QStringLiteral("id"), id}};
    if (expectedRevision)
        request.insert(QStringLiteral("expectedRevision"), double(*expectedRevision));
    auto reply = call(RegistryEntry::kindName(kind) + QStringLiteral(".delete"), request);
    if (!reply)
        return reply.error();
    return Ok{};
}

Result<QList<RegistryEntry>> RegistryClient::list(RegistryEntry::Kind kind) const
{
    auto reply = call(RegistryEntry::kindName(kind) + QStringLiteral(".list"), {});
    if (!reply)
        return reply.error();
    QList<RegistryEntry> entries;
    const QJsonArray array = reply->value(QStringLiteral("entries")).toArray();
    for (const QJsonValue &v : array) {
        if (auto entry = RegistryEntry::fromJson(v.toObject()))
            entries << *entry;
    }
    return entries;
}

Result<std::unique_ptr<RegistryWatch>> RegistryClient::watch(std::optional<RegistryEntry::Kind> kind,
                                                             RegistryWatch::Callback callback) const
{
    // The registry names its bucket, so a client follows whatever --bucket it was given.
    auto info = call(QStringLiteral("info"), {});
    if (!info)
        return info.error();
    return RegistryWatch::start(m_nats->handle(), info->value(QStringLiteral("bucket")).toString(), kind,
                                std::move(callback), m_options.timeoutMs);
}

} // namespace Stratus
