#pragma once

#include "natshandles.h"

#include <functional>
#include <string>

namespace Stratus::Invoker {

class Reactor;

// A connection that rides out broker restarts (reconnects forever, buffers meanwhile).
// SendAsap for latency-bound traffic; buffered for records and traces. Null on failure, with
// the reason in *error.
// sharedDelivery: every subscription's callbacks on nats.c's shared delivery thread(s)
// instead of a thread per subscription.
// loop: the connection is driven by this reactor (Reactor::driveNats), afterRead runs after
// each read there.
NatsConnectionPtr connectNats(const std::string &url, const std::string &name, bool sendAsap,
                              std::string *error, bool sharedDelivery = false, Reactor *loop = nullptr,
                              std::function<void()> afterRead = {});

// A driven connection cannot wait for the broker's PONG on the loop's own thread: a message
// published to ourselves after the SUBs confirms them when it comes back. Unless confirmed()
// holds within 5 s, this runs failed() and stops the loop.
void expectConfirmation(Reactor &loop, std::function<bool()> confirmed, std::function<void()> failed);

// Hands take every message a synchronous subscription holds now, without waiting. nats.c
// drops a "no responders" reply itself and only says that one came: noResponders hears of
// each (without it, they are ignored).
void takePending(natsSubscription *sub, const std::function<void(NatsMsgPtr)> &take,
                 const std::function<void()> &noResponders = {});
// The same for a synchronous subscription being drained; true once it is closed.
bool takeDraining(natsSubscription *sub, const std::function<void(NatsMsgPtr)> &take);

} // namespace Stratus::Invoker
