#pragma once

#include <nats/nats.h>

#include <memory>

namespace Stratus {

// nats.c handles owned by unique_ptr with their matching Destroy as deleter.
struct NatsConnectionDeleter
{
    void operator()(natsConnection *c) const { natsConnection_Destroy(c); }
};
struct NatsOptionsDeleter
{
    void operator()(natsOptions *o) const { natsOptions_Destroy(o); }
};
struct NatsMsgDeleter
{
    void operator()(natsMsg *m) const { natsMsg_Destroy(m); }
};
struct NatsSubscriptionDeleter
{
    void operator()(natsSubscription *s) const { natsSubscription_Destroy(s); }
};

using NatsConnectionPtr = std::unique_ptr<natsConnection, NatsConnectionDeleter>;
using NatsOptionsPtr = std::unique_ptr<natsOptions, NatsOptionsDeleter>;
using NatsMsgPtr = std::unique_ptr<natsMsg, NatsMsgDeleter>;
using NatsSubscriptionPtr = std::unique_ptr<natsSubscription, NatsSubscriptionDeleter>;

} // namespace Stratus
