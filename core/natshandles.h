#pragma once

#include <nats/nats.h>

#include <memory>

// What nats.c's garbage-collector thread calls to free a message: exported by libnats but not
// declared in its headers, so bound weakly (null if a build of libnats stops exporting it).
extern "C" void natsMsg_free(void *msg) __attribute__((weak));

namespace Stratus {

// natsMsg_Destroy hands a message to nats.c's garbage-collector thread and wakes that thread
// when it sleeps: at a few requests a second, a futex wake and a switch to that thread (on the
// same core when the cluster is packed onto one) per message, on the request's path. Freed
// where it is dropped, a message costs a free(). For messages the program owns (taken from a
// subscription, a request or natsMsg_Create); nats.c's JetStream auto-ack callbacks lend theirs,
// and the program uses none.
inline void destroyNatsMsg(natsMsg *m)
{
    if (natsMsg_free && m)
        natsMsg_free(m);
    else
        natsMsg_Destroy(m);
}

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
    void operator()(natsMsg *m) const { destroyNatsMsg(m); }
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
