#include "natsconnect.h"

#include "reactor.h"

namespace Stratus::Invoker {

NatsConnectionPtr connectNats(const std::string &url, const std::string &name, bool sendAsap,
                              std::string *error, bool sharedDelivery, Reactor *loop,
                              std::function<void()> afterRead)
{
    natsOptions *raw = nullptr;
    natsOptions_Create(&raw);
    NatsOptionsPtr opts(raw);
    natsOptions_SetURL(opts.get(), url.c_str());
    natsOptions_SetName(opts.get(), name.c_str());
    natsOptions_SetSendAsap(opts.get(), sendAsap);
    natsOptions_UseGlobalMessageDelivery(opts.get(), sharedDelivery);
    natsOptions_SetMaxReconnect(opts.get(), -1);
    natsOptions_SetReconnectWait(opts.get(), 250);
    natsOptions_SetReconnectBufSize(opts.get(), 64 * 1024 * 1024);
    natsStatus s = loop ? loop->driveNats(opts.get(), std::move(afterRead)) : NATS_OK;
    natsConnection *conn = nullptr;
    if (s == NATS_OK)
        s = natsConnection_Connect(&conn, opts.get());
    if (s != NATS_OK) {
        if (error)
            *error = "cannot connect to " + url + ": " + natsStatus_GetText(s);
        return nullptr;
    }
    return NatsConnectionPtr(conn);
}

void expectConfirmation(Reactor &loop, std::function<bool()> confirmed, std::function<void()> failed)
{
    loop.addTimer(Clock::now() + std::chrono::seconds(5),
                  [&loop, confirmed = std::move(confirmed), failed = std::move(failed)]() {
                      if (confirmed())
                          return;
                      failed();
                      loop.quit();
                  });
}

void takePending(natsSubscription *sub, const std::function<void(NatsMsgPtr)> &take,
                 const std::function<void()> &noResponders)
{
    if (!sub)
        return;
    int pending = 0;
    natsSubscription_GetPending(sub, &pending, nullptr);
    for (; pending > 0; --pending) {
        natsMsg *msg = nullptr;
        const natsStatus s = natsSubscription_NextMsg(&msg, sub, 0);
        if (s == NATS_OK)
            take(NatsMsgPtr(msg));
        else if (s == NATS_NO_RESPONDERS && noResponders)
            noResponders();
        else if (s != NATS_NO_RESPONDERS)
            break;
    }
}

bool takeDraining(natsSubscription *sub, const std::function<void(NatsMsgPtr)> &take)
{
    takePending(sub, take);
    // Asking a draining subscription that has nothing left is what closes it, but only with
    // a timeout (which it does not wait out once draining).
    natsMsg *msg = nullptr;
    if (natsSubscription_NextMsg(&msg, sub, 1) == NATS_OK)
        take(NatsMsgPtr(msg));
    return !natsSubscription_IsValid(sub);
}

} // namespace Stratus::Invoker
