#pragma once

#include "natsclient.h"
#include "protocol.h"
#include "registryentry.h"
#include "registrywatch.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

#include <memory>
#include <optional>

namespace Stratus {

// A blocking client of stratus-registry (docs/registry.md) for the CLI, tests and the
// injector. Its calls wait for the broker: never call them on a GUI thread. Calls may come
// from several threads at once (nats.c is thread-safe); see RegistryWatch for callbacks.
class RegistryClient
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::RegistryClient)

public:
    struct Options
    {
        QString prefix = QLatin1String(Protocol::RegistryPrefix);
        int timeoutMs = 5000;
    };

    static Result<RegistryClient> connect(const QString &natsUrl, const Options &options);
    static Result<RegistryClient> connect(const QString &natsUrl) { return connect(natsUrl, Options()); }
    RegistryClient(std::shared_ptr<const NatsClient> nats, Options options);

    // expectedRevision: nullopt writes unconditionally, 0 only creates, N only replaces revision N.
    Result<RegistryEntry> put(RegistryEntry::Kind kind, const QJsonObject &entry,
                              std::optional<quint64> expectedRevision = std::nullopt) const;
    // nullopt when there is no such entry.
    Result<std::optional<RegistryEntry>> get(RegistryEntry::Kind kind, const QString &id) const;
    Status remove(RegistryEntry::Kind kind, const QString &id,
                  std::optional<quint64> expectedRevision = std::nullopt) const;
    Result<QList<RegistryEntry>> list(RegistryEntry::Kind kind) const;
    // Current entries first (initial = true), then every change; kind nullopt: all kinds.
    Result<std::unique_ptr<RegistryWatch>> watch(std::optional<RegistryEntry::Kind> kind,
                                                 RegistryWatch::Callback callback) const;

    const NatsClient &nats() const { return *m_nats; }
    std::shared_ptr<const NatsClient> sharedNats() const { return m_nats; }

private:
    // The reply's JSON object, or the registry's error message as an Error.
    Result<QJsonObject> call(const QString &subject, const QJsonObject &request,
                             QByteArray *status = nullptr) const;

    std::shared_ptr<const NatsClient> m_nats;
    Options m_options;
};

} // namespace Stratus
