#pragma once

#include "natsloopsocket.h"
#include "result.h"

#include <QObject>

#include <functional>

class QSocketNotifier;

namespace Stratus::Gateway {

// Drives one nats.c connection from this thread's Qt event loop (NatsLoopSocket: no reader,
// delivery or flusher thread). The socket sits in an epoll set of its own, and the event loop
// watches the epoll descriptor with one QSocketNotifier: nats.c changes what is watched from its
// reconnect and ping-timer threads too, which epoll_ctl allows and a notifier does not (a
// change queued to the notifier's thread could arrive after nats.c closed the socket and an
// HTTP connection got its number). What this thread publishes during a turn of the loop leaves
// in one write when the loop is about to block (QAbstractEventDispatcher::aboutToBlock).
class NatsDriver : public QObject
{
    Q_OBJECT
public:
    // afterRead runs on this object's thread after each read of the socket, to take what
    // arrived on synchronous subscriptions.
    explicit NatsDriver(std::function<void()> afterRead, QObject *parent = nullptr);
    ~NatsDriver() override;

    // Makes the connection created with opts use this driver. On this object's thread, before
    // natsConnection_Connect; one connection per driver.
    Status install(natsOptions *opts);
    // This thread published: the write goes out before the loop waits.
    void published() { m_socket.published(); }
    // Writes what nats.c holds, now.
    void writeNow() { m_socket.writeNow(); }
    // Without the event loop (before it runs, or after): reads and writes the socket until
    // done() holds or timeoutMs passed. False on timeout.
    bool runUntil(const std::function<bool()> &done, int timeoutMs);

private:
    void processEvents(); // the epoll set has something

    int m_epoll = -1;
    NatsLoopSocket m_socket;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Stratus::Gateway
