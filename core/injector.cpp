#include "injector.h"

#include "protocol.h"

namespace Stratus {

Result<Injector> Injector::connect(const QString &natsUrl)
{
    const QString url = natsUrl.isEmpty() ? qEnvironmentVariable(Protocol::EnvNatsUrl) : natsUrl;
    if (url.isEmpty())
        return makeError(
            QStringLiteral("no broker URL: %1 is not set (the invoker sets it for every function)")
                .arg(QLatin1String(Protocol::EnvNatsUrl)));
    auto registry = RegistryClient::connect(url);
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
    return std::optional<Service>(ServiceSpec::fromJson((*entry)->data));
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
