#pragma once

#include "natsloopsocket.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <unordered_map>
#include <vector>

namespace Stratus::Invoker {

using Clock = std::chrono::steady_clock;

// A single-threaded epoll loop: file descriptors and deadlines. The invoker's hot path
// runs here, without Qt's event dispatch, so a hop costs one epoll_wait.
class Reactor
{
public:
    using FdHandler = std::function<void(uint32_t events)>;
    using TimerId = uint64_t;

    Reactor();
    ~Reactor();
    Reactor(const Reactor &) = delete;

    bool valid() const { return m_epoll >= 0; }
    void add(int fd, uint32_t events, FdHandler handler);
    void modify(int fd, uint32_t events);
    // Safe to call from inside a handler, also for the fd being dispatched.
    void remove(int fd);

    TimerId addTimer(Clock::time_point when, std::function<void()> callback);

    // SIGTERM and SIGINT, read from a signalfd: the process must have blocked them in every
    // thread first (NatsService::blockTerminationSignals), so no handler races the loop.
    void onTerminationSignal(std::function<void()> handler);
    // An eventfd other threads write to; handler runs on the loop once per batch of wakes.
    int addWakeup(std::function<void()> handler);
    void cancelTimer(TimerId id);

    // Runs until quit(); returns at once when called after quit().
    void run();

    void quit() { m_quit = true; }

    // Drives a nats.c connection made with these options from this loop (nats.c's external
    // event-loop mode): no reader or flusher thread, the socket is read here, and what a
    // turn of the loop publishes goes out in one write, just before the loop waits. afterRead runs on the
    // loop after each read, to take what arrived on synchronous subscriptions. Call before connecting, on the
    // loop's thread; nats.c may call back from its own threads (reconnect, pings), which only touch epoll.
    natsStatus driveNats(natsOptions *opts, std::function<void()> afterRead);
    // Writes what nc holds now rather than when this turn of the loop ends.
    void writeNatsNow(const natsConnection *nc);
    // After run(): writes what the driven connections still hold, for up to timeoutMs.
    void flushNats(int timeoutMs);

private:
    struct Entry
    {
        uint32_t generation;
        std::shared_ptr<FdHandler> handler;
    };
    int m_epoll = -1;
    int m_signalFd = -1;
    int m_wakeFd = -1;
    bool m_quit = false;
    uint32_t m_generation = 0;
    std::unordered_map<int, Entry> m_fds;
    TimerId m_nextTimer = 1;
    std::map<std::pair<Clock::time_point, TimerId>, std::function<void()>> m_timers;
    std::unordered_map<TimerId, Clock::time_point> m_timerDeadlines;
    std::vector<std::unique_ptr<NatsLoopSocket>> m_nats; // epoll data: generation 0, index
};

} // namespace Stratus::Invoker
