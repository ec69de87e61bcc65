#pragma once

#include <nats/nats.h>

#include <chrono>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>

namespace Stratus {

// Drives one nats.c connection from a single-threaded loop that waits on an epoll set (nats.c's
// external event-loop mode): the connection has no reader, delivery or flusher thread, so a
// message is read, parsed and handled by the one thread that wakes for it. The invoker's
// Reactor and the gateway's NatsDriver (a Qt event loop) both drive their connections with it.
//
// nats.c calls the callbacks with its connection lock held (so one at a time per connection),
// from the loop or from its reconnect and ping-timer threads; they only change what epoll
// watches for: epoll_ctl is safe from any thread and takes effect at once.
//
// Writes: what the loop's thread publishes during a turn leaves in one write just before the
// loop waits (beforeWait), or at once with writeNow(). epoll is asked for writability only
// when the socket did not take everything, or when another thread (a ping, a reconnect) wrote:
// that thread cannot wait for the loop's turn to end, and the loop may be asleep.
class NatsLoopSocket
{
public:
    // epoll: the set the loop waits on; epollData: what the set's events for this socket
    // carry, so that the loop can hand them to handle(). afterRead runs on the loop after each
    // read of the socket, to take what arrived on synchronous subscriptions.
    NatsLoopSocket(int epoll, uint64_t epollData, std::function<void()> afterRead);
    NatsLoopSocket(const NatsLoopSocket &) = delete;
    NatsLoopSocket &operator=(const NatsLoopSocket &) = delete;

    // Makes the connection created with opts use this socket. On the loop's thread, before
    // natsConnection_Connect; one connection per socket.
    natsStatus install(natsOptions *opts);

    // The loop's thread published: the write goes out before the loop waits.
    void published() { m_turnWrites = true; }
    // Writes what nats.c holds, now; what the socket does not take goes when it drains.
    void writeNow();
    // Whether nc is the connection this socket drives (while attached).
    bool drives(const natsConnection *nc);
    // The loop is about to wait.
    void beforeWait();
    // epoll reported these events for the socket.
    void handle(uint32_t events);
    // Without the loop (after it ran): writes what nats.c still holds, waiting for the socket
    // until the deadline at most.
    void flush(std::chrono::steady_clock::time_point deadline);

private:
    static natsStatus attach(void **userData, void *loop, natsConnection *nc, natsSock socket);
    static natsStatus read(void *userData, bool add);
    static natsStatus write(void *userData, bool add);
    static natsStatus detach(void *userData);

    natsConnection *connection();
    void applyLocked();

    const int m_epoll;
    const uint64_t m_epollData;
    std::function<void()> m_afterRead;
    std::thread::id m_loopThread;
    bool m_turnWrites = false; // the loop's thread buffered data during the current turn

    std::mutex m_mutex; // the state below, shared with nats.c's threads
    natsConnection *m_nc = nullptr;
    int m_fd = -1;
    bool m_watched = false;      // m_fd is in the epoll set
    bool m_reading = false;      // nats.c polls the socket (attached, not reconnecting)
    bool m_wantWritable = false; // EPOLLOUT asked for
    uint64_t m_offThreadWrites = 0;
};

} // namespace Stratus
