#include "natsdriver.h"

#include <QAbstractEventDispatcher>
#include <QSocketNotifier>

#include <chrono>
#include <poll.h>
#include <sys/epoll.h>
#include <unistd.h>

namespace Stratus::Gateway {

namespace {

} // namespace

NatsDriver::NatsDriver(std::function<void()> afterRead, QObject *parent)
    : QObject(parent), m_afterRead(std::move(afterRead)), m_epoll(epoll_create1(EPOLL_CLOEXEC))
{
}

NatsDriver::~NatsDriver()
{
    if (m_epoll >= 0)
        ::close(m_epoll);
}

Status NatsDriver::install(natsOptions *opts)
{
    if (m_epoll < 0)
        return makeError(QStringLiteral("cannot create an epoll set for the broker connection"));
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance(thread());
    if (!dispatcher)
        return makeError(QStringLiteral("the broker connection needs an event loop on its thread"));
    m_thread = std::this_thread::get_id();
    m_notifier = new QSocketNotifier(m_epoll, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &NatsDriver::processEvents);
    connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, this, &NatsDriver::beforeWait);
    if (natsOptions_SetEventLoop(opts, this, &NatsDriver::attach, &NatsDriver::read, &NatsDriver::write,
                                 &NatsDriver::detach) != NATS_OK)
        return makeError(QStringLiteral("cannot drive the broker connection from the event loop"));
    return Ok{};
}

void NatsDriver::applyLocked()
{
    if (m_fd < 0)
        return;
    // A socket nats.c stopped polling (disconnected, before the reconnect's attach) leaves the
    // set: epoll reports a shut-down socket's EPOLLHUP whatever it was asked for.
    if (!m_reading) {
        if (m_watched)
            epoll_ctl(m_epoll, EPOLL_CTL_DEL, m_fd, nullptr);
        m_watched = false;
        return;
    }
    epoll_event ev{};
    ev.events = EPOLLIN | (m_wantWritable ? EPOLLOUT : 0u);
    // A reconnect's socket may reuse the old one's number, which epoll dropped on close.
    if (epoll_ctl(m_epoll, m_watched ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, m_fd, &ev) != 0)
        epoll_ctl(m_epoll, m_watched ? EPOLL_CTL_ADD : EPOLL_CTL_MOD, m_fd, &ev);
    m_watched = true;
}

natsStatus NatsDriver::attach(void **userData, void *loop, natsConnection *nc, natsSock socket)
{
    auto *self = static_cast<NatsDriver *>(loop);
    std::lock_guard lock(self->m_mutex);
    if (self->m_watched && self->m_fd != socket) // a reconnect: the old socket is closed or going
        epoll_ctl(self->m_epoll, EPOLL_CTL_DEL, self->m_fd, nullptr);
    self->m_watched = false;
    self->m_nc = nc;
    self->m_fd = socket;
    self->m_reading = true;
    // Attached from the reconnect thread, while the loop may be asleep with a buffer to send.
    self->m_wantWritable = std::this_thread::get_id() != self->m_thread;
    self->m_offThreadWrites += self->m_wantWritable;
    self->applyLocked();
    *userData = self;
    return NATS_OK;
}

natsStatus NatsDriver::read(void *userData, bool add)
{
    auto *self = static_cast<NatsDriver *>(userData);
    std::lock_guard lock(self->m_mutex);
    self->m_reading = add;
    if (!add)
        self->m_wantWritable = false;
    self->applyLocked();
    return NATS_OK;
}

natsStatus NatsDriver::write(void *userData, bool add)
{
    auto *self = static_cast<NatsDriver *>(userData);
    if (add && std::this_thread::get_id() == self->m_thread) {
        self->m_turnWrites = true; // written before the loop waits, or at once by writeNow()
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

natsStatus NatsDriver::detach(void *userData)
{
    auto *self = static_cast<NatsDriver *>(userData);
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

natsConnection *NatsDriver::connection()
{
    std::lock_guard lock(m_mutex);
    return m_reading ? m_nc : nullptr;
}

void NatsDriver::writeNow()
{
    // nats.c takes the 0 that send() returns for an empty buffer for a closed connection.
    if (natsConnection *nc = connection(); nc && natsConnection_Buffered(nc) > 0)
        natsConnection_ProcessWriteEvent(nc);
}

void NatsDriver::beforeWait()
{
    if (m_turnWrites) {
        m_turnWrites = false;
        writeTurn();
    }
}

void NatsDriver::writeTurn()
{
    natsConnection *nc = connection();
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

void NatsDriver::processEvents()
{
    epoll_event events[4]; // the set holds one socket
    const int n = epoll_wait(m_epoll, events, 4, 0);
    for (int i = 0; i < n; ++i) {
        natsConnection *nc;
        uint64_t offThreadWrites;
        {
            std::lock_guard lock(m_mutex);
            nc = m_nc;
            offThreadWrites = m_offThreadWrites;
        }
        if (!nc)
            return;
        if (events[i].events & EPOLLOUT) {
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
        if (events[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR)) {
            natsConnection_ProcessReadEvent(nc);
            m_turnWrites = true; // a PONG to the broker's PING, say
            if (m_afterRead)
                m_afterRead();
        }
    }
}

bool NatsDriver::runUntil(const std::function<bool()> &done, int timeoutMs)
{
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    for (;;) {
        writeTurn();
        if (done())
            return true;
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0)
            return false;
        pollfd p{m_epoll, POLLIN, 0};
        if (::poll(&p, 1, int(left)) > 0)
            processEvents();
    }
}

} // namespace Stratus::Gateway
