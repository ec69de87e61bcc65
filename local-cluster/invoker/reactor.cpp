#include "reactor.h"

#include <cerrno>
#include <csignal>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/signalfd.h>
#include <unistd.h>

namespace Stratus::Invoker {

Reactor::Reactor() : m_epoll(epoll_create1(EPOLL_CLOEXEC)) {}

natsStatus Reactor::driveNats(natsOptions *opts, std::function<void()> afterRead)
{
    // Generation 0 in the event's data: not an fd of m_fds, an index into m_nats.
    auto socket = std::make_unique<NatsLoopSocket>(m_epoll, uint64_t(m_nats.size()), std::move(afterRead));
    const natsStatus s = socket->install(opts);
    if (s == NATS_OK)
        m_nats.push_back(std::move(socket));
    return s;
}

void Reactor::writeNatsNow(const natsConnection *nc)
{
    for (const auto &socket : m_nats) {
        if (socket->drives(nc))
            return socket->writeNow();
    }
}

void Reactor::flushNats(int timeoutMs)
{
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    for (const auto &socket : m_nats)
        socket->flush(deadline);
}

Reactor::~Reactor()
{
    for (int fd : {m_epoll, m_signalFd, m_wakeFd}) {
        if (fd >= 0)
            ::close(fd);
    }
}

void Reactor::onTerminationSignal(std::function<void()> handler)
{
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    m_signalFd = signalfd(-1, &signals, SFD_NONBLOCK | SFD_CLOEXEC);
    add(m_signalFd, EPOLLIN, [fd = m_signalFd, handler = std::move(handler)](uint32_t) {
        signalfd_siginfo info;
        while (::read(fd, &info, sizeof info) == sizeof info) {
        }
        handler();
    });
}

int Reactor::addWakeup(std::function<void()> handler)
{
    m_wakeFd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    add(m_wakeFd, EPOLLIN, [fd = m_wakeFd, handler = std::move(handler)](uint32_t) {
        uint64_t n;
        (void)!::read(fd, &n, sizeof n);
        handler();
    });
    return m_wakeFd;
}

void Reactor::add(int fd, uint32_t events, FdHandler handler)
{
    if (++m_generation == 0) // 0 marks nats.c's sockets
        ++m_generation;
    const uint32_t generation = m_generation;
    const bool known = m_fds.count(fd) > 0;
    m_fds[fd] = Entry{generation, std::make_shared<FdHandler>(std::move(handler))};
    epoll_event ev{};
    ev.events = events;
    // The generation tells an event for a closed fd from one for a new fd with the same number.
    ev.data.u64 = (uint64_t(generation) << 32) | uint32_t(fd);
    epoll_ctl(m_epoll, known ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, fd, &ev);
}

void Reactor::modify(int fd, uint32_t events)
{
    auto it = m_fds.find(fd);
    if (it == m_fds.end())
        return;
    epoll_event ev{};
    ev.events = events;
    ev.data.u64 = (uint64_t(it->second.generation) << 32) | uint32_t(fd);
    epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &ev);
}

void Reactor::remove(int fd)
{
    if (m_fds.erase(fd))
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
}

Reactor::TimerId Reactor::addTimer(Clock::time_point when, std::function<void()> callback)
{
    const TimerId id = m_nextTimer++;
    m_timers.emplace(std::make_pair(when, id), std::move(callback));
    m_timerDeadlines.emplace(id, when);
    return id;
}

void Reactor::cancelTimer(TimerId id)
{
    auto it = m_timerDeadlines.find(id);
    if (it == m_timerDeadlines.end())
        return;
    m_timers.erase(std::make_pair(it->second, id));
    m_timerDeadlines.erase(it);
}

void Reactor::run()
{
    constexpr int MaxEvents = 64;
    epoll_event events[MaxEvents];
    while (!m_quit) {
        int timeoutMs = -1;
        if (!m_timers.empty()) {
            const auto next = m_timers.begin()->first.first;
            const auto now = Clock::now();
            timeoutMs =
                next <= now ? 0 : int(std::chrono::ceil<std::chrono::milliseconds>(next - now).count());
        }
        for (const auto &socket : m_nats)
            socket->beforeWait();
        const int n = epoll_wait(m_epoll, events, MaxEvents, timeoutMs);
        if (n < 0 && errno != EINTR)
            return;
        for (int i = 0; i < n && !m_quit; ++i) {
            const int fd = int(uint32_t(events[i].data.u64));
            const uint32_t generation = uint32_t(events[i].data.u64 >> 32);
            if (generation == 0) {
                if (uint32_t(fd) < m_nats.size())
                    m_nats[uint32_t(fd)]->handle(events[i].events);
                continue;
            }
            auto it = m_fds.find(fd);
            if (it == m_fds.end() || it->second.generation != generation)
                continue;
            const std::shared_ptr<FdHandler> handler = it->second.handler; // survives remove() inside
            (*handler)(events[i].events);
        }
        const auto now = Clock::now();
        while (!m_quit && !m_timers.empty() && m_timers.begin()->first.first <= now) {
            auto node = m_timers.extract(m_timers.begin());
            m_timerDeadlines.erase(node.key().second);
            node.mapped()();
        }
    }
}

} // namespace Stratus::Invoker
