#pragma once

#include "result.h"

#include <nats/nats.h>

#include <QObject>

#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

class QSocketNotifier;

namespace Stratus::Gateway {

// Drives one nats.c connection from this thread's Qt event loop (nats.c's external
// event-loop mode): the connection has no reader, delivery or flusher thread, so a reply is
// read, parsed and handled by the one thread that wakes for it.
//
// The socket sits in an epoll set of its own, and the event loop watches the epoll descriptor
// with one QSocketNotifier. nats.c calls the callbacks with its connection lock held, also from
// its reconnect and ping-timer threads: epoll_ctl is safe from any thread and takes effect at
// once, where a notifier may only be changed on its own thread, and a change queued to it
// could arrive after nats.c closed the socket and an HTTP connection got its number.
//
// Writes: what this thread publishes during a turn of the loop leaves in one write just before
// the loop waits (QAbstractEventDispatcher::aboutToBlock), or at once with writeNow(). epoll is
// asked for writability only when the socket did not take everything, or when another thread
// (a ping, a reconnect) wrote.
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
    void published() { m_turnWrites = true; }
    // Writes what nats.c holds, now.
    void writeNow();
    // Without the event loop (before it runs, or after): reads and writes the socket until
    // done() holds or timeoutMs passed. False on timeout.
    bool runUntil(const std::function<bool()> &done, int timeoutMs);

private:
    static natsStatus attach(void **userData, void *loop, natsConnection *nc, natsSock socket);
    static natsStatus read(void *userData, bool add);
    static natsStatus write(void *userData, bool add);
    static natsStatus detach(void *userData);

    void processEvents(); // the epoll set has something
    void beforeWait();
    void writeTurn();
    natsConnection *connection();
    void applyLocked();

    std::function<void()> m_afterRead;
    int m_epoll = -1;
    QSocketNotifier *m_notifier = nullptr;
    std::thread::id m_thread;
    bool m_turnWrites = false; // this thread buffered data during the current turn

    std::mutex m_mutex; // the state below, shared with nats.c's threads
    natsConnection *m_nc = nullptr;
    int m_fd = -1;
    bool m_watched = false;      // m_fd is in the epoll set
    bool m_reading = false;      // nats.c polls the socket (attached, not reconnecting)
    bool m_wantWritable = false; // EPOLLOUT asked for
    uint64_t m_offThreadWrites = 0;
};

} // namespace Stratus::Gateway
