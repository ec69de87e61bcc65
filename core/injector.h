#pragma once

#include "natsclient.h"
#include "registryclient.h"
#include "result.h"

#include <optional>

namespace Stratus {

// The dependency injector of the thesis' first architecture (seed 000, chapter 2), in C++:
// services are declared in the registry as {id, name, topic}; a function looks one up by id
// and invokes it by a NATS request on its topic, so it never hard-codes where a dependency
// runs. Blocking, like RegistryClient: not for a GUI thread.
class Injector
{
public:
    struct Service
    {
        QString id;
        QString name;
        QString topic;
        QJsonObject toJson() const;
        bool operator==(const Service &) const = default;
    };

    explicit Injector(RegistryClient registry) : m_registry(std::move(registry)) {}
    static Result<Injector> connect(const QString &natsUrl);

    Result<RegistryEntry> registerService(const Service &service) const;
    // nullopt when no service has that id.
    Result<std::optional<Service>> getServiceById(const QString &id) const;
    // A request on topic; the reply's Stratus-Status tells how the invocation went.
    Result<NatsReply> invoke(const QString &topic, const QByteArray &payload, int timeoutMs) const;
    // getServiceById + invoke, with an error that names the id when it is not registered.
    Result<NatsReply> invokeService(const QString &id, const QByteArray &payload, int timeoutMs) const;

    const RegistryClient &registry() const { return m_registry; }

private:
    RegistryClient m_registry;
};

} // namespace Stratus
