#include "reactor.h"

#include <nats/nats.h>

#include <cerrno>
#include <csignal>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/signalfd.h>
#include <thread>
#include <unistd.h>

namespace Stratus::Invoker {

// One nats.c connection's socket. nats.c calls the callbacks below with the connection's
// lock held (so one at a time per connection), from the loop or from its reconnect and
// ping threads: they only change what epoll watches for.
//
// Writes: what the loop's own handlers publish is written by the loop just before it waits
// (flushNatsWrites), one write for everything of that turn, and epoll is asked for
// writability only when the socket did not take it all. A publish from another thread (a
// ping) cannot wait for that: it asks epoll for writability, which wakes the loop.
struct Reactor::NatsSocket
{
    Reactor *reactor = nullptr;
    uint32_t index = 0;
    std::function<void()> afterRead;
    std::mutex mutex;
    natsConnection *nc = nullptr;
    int fd = -1;
    bool reading = false;
    bool wantWritable = false; // EPOLLOUT asked for
    bool watched = false;
    uint64_t offLoopWrites = 0; // write requests from other threads, see flushNatsWrites

    struct Snapshot
    {
        natsConnection *nc;
        int fd;
        uint64_t offLoopWrites;
    };
    Snapshot snapshot()
    {
        std::lock_guard lock(mutex);
        return {nc, fd, offLoopWrites};
    }

    void apply() // with mutex held
    {
        if (fd < 0)
            return;
        epoll_event ev{};
        ev.events = (reading ? EPOLLIN : 0u) | (wantWritable ? EPOLLOUT : 0u);
        ev.data.u64 = index; // generation 0: not an fd of m_fds
        // A reconnect's socket may reuse the old one's number, which epoll dropped on close.
        if (epoll_ctl(reactor->m_epoll, watched ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, fd, &ev) != 0)
            epoll_ctl(reactor->m_epoll, watched ? EPOLL_CTL_ADD : EPOLL_CTL_MOD, fd, &ev);
        watched = true;
    }

    static natsStatus attach(void **userData, void *loop, natsConnection *nc, natsSock socket)
    {
        auto *self = static_cast<NatsSocket *>(loop);
        std::lock_guard lock(self->mutex);
        if (self->watched && self->fd != socket) // a reconnect: the old socket is closed or going
            epoll_ctl(self->reactor->m_epoll, EPOLL_CTL_DEL, self->fd, nullptr);
        self->watched = false;
        self->nc = nc;
        self->fd = socket;
        self->reading = true;
        // Attached from the reconnect thread, the loop may be asleep with a buffer to send.
        self->wantWritable = std::this_thread::get_id() != self->reactor->m_loopThread;
        self->offLoopWrites += self->wantWritable;
        self->apply();
        *userData = self;
        return NATS_OK;
    }
    static natsStatus read(void *userData, bool add)
    {
        auto *self = static_cast<NatsSocket *>(userData);
        std::lock_guard lock(self->mutex);
        self->reading = add;
        self->apply();
        return NATS_OK;
    }
    static natsStatus write(void *userData, bool add)
    {
        auto *self = static_cast<NatsSocket *>(userData);
        if (!add || std::this_thread::get_id() == self->reactor->m_loopThread)
            return NATS_OK; // the loop writes, and drops EPOLLOUT, before it waits
        std::lock_guard lock(self->mutex);
        ++self->offLoopWrites;
        if (!self->wantWritable) {
            self->wantWritable = true;
            self->apply();
        }
        return NATS_OK;
    }
    static natsStatus detach(void *userData)
    {
        auto *self = static_cast<NatsSocket *>(userData);
        std::lock_guard lock(self->mutex);
        if (self->watched)
            epoll_ctl(self->reactor->m_epoll, EPOLL_CTL_DEL, self->fd, nullptr);
        self->watched = false;
        self->wantWritable = false;
        self->fd = -1;
        self->nc = nullptr;
        return NATS_OK;
    }
};

Reactor::Reactor() : m_epoll(epoll_create1(EPOLL_CLOEXEC)), m_loopThread(std::this_thread::get_id()) {}

void Reactor::driveNats(natsOptions *opts, std::function<void()> afterRead)
{
    auto socket = std::make_unique<NatsSocket>();
    socket->reactor = this;
    socket->index = uint32_t(m_nats.size());
    socket->afterRead = std::move(afterRead);
    natsOptions_SetEventLoop(opts, socket.get(), &NatsSocket::attach, &NatsSocket::read, &NatsSocket::write,
                             &NatsSocket::detach);
    m_nats.push_back(std::move(socket));
}

void Reactor::natsReady(uint32_t index, uint32_t events)
{
    if (index >= m_nats.size())
        return;
    NatsSocket &socket = *m_nats[index];
    natsConnection *nc = socket.snapshot().nc;
    if (!nc)
        return;
    // nats.c takes the 0 that send() returns for an empty buffer for a closed connection: the
    // buffer may have been written since epoll reported the socket writable.
    if ((events & EPOLLOUT) && natsConnection_Buffered(nc) > 0)
        natsConnection_ProcessWriteEvent(nc);
    if (events & (EPOLLIN | EPOLLHUP | EPOLLERR)) {
        natsConnection_ProcessReadEvent(nc);
        if (socket.afterRead)
            socket.afterRead();
    }
}

void Reactor::flushNatsWrites()
{
    for (const auto &socket : m_nats) {
        const auto [nc, fd, requests] = socket->snapshot();
        if (!nc)
            continue;
        int buffered = natsConnection_Buffered(nc);
        if (buffered > 0) {
            natsConnection_ProcessWriteEvent(nc);
            buffered = natsConnection_Buffered(nc);
        }
        std::lock_guard lock(socket->mutex);
        // What the socket did not take waits for EPOLLOUT. Data another thread added after
        // the buffer was looked at still has its EPOLLOUT: that thread counted a request.
        const bool want = buffered > 0 || socket->offLoopWrites != requests;
        if (want != socket->wantWritable && socket->nc == nc) {
            socket->wantWritable = want;
            socket->apply();
        }
    }
}

void Reactor::flushNats(int timeoutMs)
{
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    for (const auto &socket : m_nats) {
        const auto [nc, fd, requests] = socket->snapshot();
        while (nc && fd >= 0 && natsConnection_Buffered(nc) > 0 && Clock::now() < deadline) {
            pollfd p{fd, POLLOUT, 0};
            const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now()).count();
            if (::poll(&p, 1, int(std::max<int64_t>(0, left))) <= 0)
                break;
            natsConnection_ProcessWriteEvent(nc);
        }
    }
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
        flushNatsWrites();
        const int n = epoll_wait(m_epoll, events, MaxEvents, timeoutMs);
        if (n < 0 && errno != EINTR)
            return;
        for (int i = 0; i < n && !m_quit; ++i) {
            const int fd = int(uint32_t(events[i].data.u64));
            const uint32_t generation = uint32_t(events[i].data.u64 >> 32);
            if (generation == 0) {
                natsReady(uint32_t(fd), events[i].events);
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
