#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <unordered_map>

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
    void cancelTimer(TimerId id);

    // Runs until quit(); returns at once when called after quit().
    void run();
    void quit() { m_quit = true; }

private:
    struct Entry
    {
        uint32_t generation;
        std::shared_ptr<FdHandler> handler;
    };
    int m_epoll = -1;
    bool m_quit = false;
    uint32_t m_generation = 0;
    std::unordered_map<int, Entry> m_fds;
    TimerId m_nextTimer = 1;
    std::map<std::pair<Clock::time_point, TimerId>, std::function<void()>> m_timers;
    std::unordered_map<TimerId, Clock::time_point> m_timerDeadlines;
};

} // namespace Stratus::Invoker
