#pragma once

#include "kvbucket.h"
#include "natsservice.h"
#include "registryentry.h"

namespace Stratus::Registry {

// The registry's request handling (docs/registry.md). Every bit of state lives in the
// key-value bucket and writes are compare-and-set there, so any number of replicas can
// answer on the same queue group.
class Registry
{
public:
    Registry(KvBucket bucket, QString prefix) : m_bucket(std::move(bucket)), m_prefix(std::move(prefix)) {}

    ServiceReply handle(const ServiceRequest &request) const;

private:
    ServiceReply put(RegistryEntry::Kind kind, const QJsonObject &request) const;
    ServiceReply get(RegistryEntry::Kind kind, const QJsonObject &request) const;
    ServiceReply remove(RegistryEntry::Kind kind, const QJsonObject &request) const;
    ServiceReply list(RegistryEntry::Kind kind) const;

    KvBucket m_bucket;
    QString m_prefix;
};

} // namespace Stratus::Registry
