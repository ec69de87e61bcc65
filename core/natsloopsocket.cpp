#include "natsloopsocket.h"

#include <poll.h>
#include <sys/epoll.h>

namespace Stratus {

NatsLoopSocket::NatsLoopSocket(int epoll, uint64_t epollData, std::function<void()> afterRead)
    : m_epoll(epoll), m_epollData(epollData), m_afterRead(std::move(afterRead))
{
}

natsStatus NatsLoopSocket::install(natsOptions *opts)
{
    m_loopThread = std::this_thread::get_id();
    return natsOptions_SetEventLoop(opts, this, &NatsLoopSocket::attach, &NatsLoopSocket::read,
                                    &NatsLoopSocket::write, &NatsLoopSocket::detach);
}

void NatsLoopSocket::applyLocked()
{
    if (m_fd < 0)
        return;
    // A socket nats.c stopped polling (disconnected, before the reconnect's attach) leaves the
    // set: epoll reports a shut-down socket's EPOLLHUP whatever it was asked for, and the loop
    // would spin on it.
    if (!m_reading) {
        if (m_watched)
            epoll_ctl(m_epoll, EPOLL_CTL_DEL, m_fd, nullptr);
        m_watched = false;
        return;
    }
    epoll_event ev{};
    ev.events = EPOLLIN | (m_wantWritable ? EPOLLOUT : 0u);
    ev.data.u64 = m_epollData;
    // A reconnect's socket may reuse the old one's number, which epoll dropped on close.
    if (epoll_ctl(m_epoll, m_watched ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, m_fd, &ev) != 0)
        epoll_ctl(m_epoll, m_watched ? EPOLL_CTL_ADD : EPOLL_CTL_MOD, m_fd, &ev);
    m_watched = true;
}

natsStatus NatsLoopSocket::attach(void **userData, void *loop, natsConnection *nc, natsSock socket)
{
    auto *self = static_cast<NatsLoopSocket *>(loop);
    std::lock_guard lock(self->m_mutex);
    if (self->m_watched && self->m_fd != socket) // a reconnect: the old socket is closed or going
        epoll_ctl(self->m_epoll, EPOLL_CTL_DEL, self->m_fd, nullptr);
    self->m_watched = false;
    self->m_nc = nc;
    self->m_fd = socket;
    self->m_reading = true;
    // Attached from the reconnect thread, while the loop may be asleep with a buffer to send.
    self->m_wantWritable = std::this_thread::get_id() != self->m_loopThread;
    self->m_offThreadWrites += self->m_wantWritable;
    self->applyLocked();
    *userData = self;
    return NATS_OK;
}

natsStatus NatsLoopSocket::read(void *userData, bool add)
{
    auto *self = static_cast<NatsLoopSocket *>(userData);
    std::lock_guard lock(self->m_mutex);
    self->m_reading = add;
    if (!add)
        self->m_wantWritable = false;
    self->applyLocked();
    return NATS_OK;
}

natsStatus NatsLoopSocket::write(void *userData, bool add)
{
    auto *self = static_cast<NatsLoopSocket *>(userData);
    if (add && std::this_thread::get_id() == self->m_loopThread) {
        self->m_turnWrites = true;
        return NATS_OK;
    }
    std::lock_guard lock(self->m_mutex);
    if (add)
        ++self->m_offThreadWrites;
    // A remove comes with the buffer written whole, or with the socket given up.
    if (self->m_wantWritable != add) {
        self->m_wantWritable = add;
        self->applyLocked();
    }
    return NATS_OK;
}

natsStatus NatsLoopSocket::detach(void *userData)
{
    auto *self = static_cast<NatsLoopSocket *>(userData);
    std::lock_guard lock(self->m_mutex);
    if (self->m_watched)
        epoll_ctl(self->m_epoll, EPOLL_CTL_DEL, self->m_fd, nullptr);
    self->m_watched = false;
    self->m_reading = false;
    self->m_wantWritable = false;
    self->m_fd = -1;
    self->m_nc = nullptr;
    return NATS_OK;
}

natsConnection *NatsLoopSocket::connection()
{
    std::lock_guard lock(m_mutex);
    return m_reading ? m_nc : nullptr;
}

void NatsLoopSocket::writeNow()
{
    natsConnection *nc = connection();
    // nats.c takes the 0 that send() returns for an empty buffer for a closed connection.
    if (!nc || natsConnection_Buffered(nc) <= 0)
        return;
    natsConnection_ProcessWriteEvent(nc);
    if (natsConnection_Buffered(nc) > 0) { // the socket is full: the rest when it drains
        std::lock_guard lock(m_mutex);
        if (m_nc == nc && m_reading && !m_wantWritable) {
            m_wantWritable = true;
            applyLocked();
        }
    }
}

bool NatsLoopSocket::drives(const natsConnection *nc)
{
    std::lock_guard lock(m_mutex);
    return nc && m_nc == nc;
}

void NatsLoopSocket::beforeWait()
{
    if (m_turnWrites) {
        m_turnWrites = false;
        writeNow();
    }
}

void NatsLoopSocket::handle(uint32_t events)
{
    natsConnection *nc;
    uint64_t offThreadWrites;
    {
        std::lock_guard lock(m_mutex);
        nc = m_nc;
        offThreadWrites = m_offThreadWrites;
    }
    if (!nc)
        return;
    if (events & EPOLLOUT) {
        if (natsConnection_Buffered(nc) > 0) {
            natsConnection_ProcessWriteEvent(nc);
        } else {
            // Written already (before the loop waited, or at once): stop asking, unless
            // another thread has asked again since.
            std::lock_guard lock(m_mutex);
            if (m_nc == nc && m_wantWritable && m_offThreadWrites == offThreadWrites) {
                m_wantWritable = false;
                applyLocked();
            }
        }
    }
    if (events & (EPOLLIN | EPOLLHUP | EPOLLERR)) {
        natsConnection_ProcessReadEvent(nc);
        m_turnWrites = true; // a PONG to the broker's PING, say
        if (m_afterRead)
            m_afterRead();
    }
}

void NatsLoopSocket::flush(std::chrono::steady_clock::time_point deadline)
{
    using Clock = std::chrono::steady_clock;
    for (;;) {
        int fd;
        natsConnection *nc;
        {
            std::lock_guard lock(m_mutex);
            fd = m_fd;
            nc = m_reading ? m_nc : nullptr;
        }
        if (!nc || fd < 0 || natsConnection_Buffered(nc) <= 0 || Clock::now() >= deadline)
            return;
        pollfd p{fd, POLLOUT, 0};
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (::poll(&p, 1, int(std::max<int64_t>(0, left))) <= 0)
            return;
        natsConnection_ProcessWriteEvent(nc);
    }
}

} // namespace Stratus
