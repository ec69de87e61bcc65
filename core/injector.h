#pragma once

#include "datastoreclient.h"
#include "natsclient.h"
#include "registryclient.h"
#include "result.h"
#include "servicespec.h"

#include <optional>

namespace Stratus {

// The dependency injector of the thesis' first architecture (seed 000, chapter 2), in C++:
// services are declared in the registry as {id, name, topic}; a function looks one up by id
// and invokes it by a NATS request on its topic, so it never hard-codes where a dependency
// runs. Blocking, like RegistryClient: not for a GUI thread.
class Injector
{
public:
    using Service = ServiceSpec;

    // The datastore client shares the registry client's connection.
    explicit Injector(RegistryClient registry)
        : m_registry(std::move(registry)), m_datastore(m_registry.sharedNats(), DatastoreClient::Options())
    {
    }
    // natsUrl empty: $STRATUS_NATS_URL, which the invoker sets for every function.
    static Result<Injector> connect(const QString &natsUrl = {});

    Result<RegistryEntry> registerService(const Service &service) const;
    // nullopt when no service has that id.
    Result<std::optional<Service>> getServiceById(const QString &id) const;
    // A request on topic; the reply's Stratus-Status tells how the invocation went.
    Result<NatsReply> invoke(const QString &topic, const QByteArray &payload, int timeoutMs) const;
    // getServiceById + invoke, with an error that names the id when it is not registered.
    Result<NatsReply> invokeService(const QString &id, const QByteArray &payload, int timeoutMs) const;

    // A run's objects in the datastore (docs/datastore.md); get: nullopt when absent.
    Result<DatastoreClient::ObjectInfo> put(const QString &run, const QString &name,
                                            const QByteArray &value) const
    {
        return m_datastore.put(run, name, value);
    }
    Result<std::optional<QByteArray>> get(const QString &run, const QString &name) const
    {
        return m_datastore.get(run, name);
    }

    const RegistryClient &registry() const { return m_registry; }
    const DatastoreClient &datastore() const { return m_datastore; }

private:
    RegistryClient m_registry;
    DatastoreClient m_datastore;
};

} // namespace Stratus
