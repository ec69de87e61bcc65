#include "injector.h"

namespace Stratus {

QJsonObject Injector::Service::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("topic"), topic}};
}

Result<Injector> Injector::connect(const QString &natsUrl)
{
    auto registry = RegistryClient::connect(natsUrl);
    if (!registry)
        return registry.error();
    return Injector(std::move(*registry));
}

Result<RegistryEntry> Injector::registerService(const Service &service) const
{
    return m_registry.put(RegistryEntry::Kind::Service, service.toJson());
}

Result<std::optional<Injector::Service>> Injector::getServiceById(const QString &id) const
{
    auto entry = m_registry.get(RegistryEntry::Kind::Service, id);
    if (!entry)
        return entry.error();
    if (!*entry)
        return std::optional<Service>();
    const QJsonObject &data = (*entry)->data;
    return std::optional<Service>(Service{data.value(QStringLiteral("id")).toString(),
                                          data.value(QStringLiteral("name")).toString(),
                                          data.value(QStringLiteral("topic")).toString()});
}

Result<NatsReply> Injector::invoke(const QString &topic, const QByteArray &payload, int timeoutMs) const
{
    return m_registry.nats().request(topic, payload, timeoutMs);
}

Result<NatsReply> Injector::invokeService(const QString &id, const QByteArray &payload, int timeoutMs) const
{
    auto service = getServiceById(id);
    if (!service)
        return service.error();
    if (!*service)
        return makeError(QStringLiteral("no service \"%1\" in the registry (register it first)").arg(id));
    return invoke((*service)->topic, payload, timeoutMs);
}

} // namespace Stratus
