#include "natsdriver.h"

#include <QAbstractEventDispatcher>
#include <QSocketNotifier>

#include <chrono>
#include <poll.h>
#include <sys/epoll.h>
#include <unistd.h>

namespace Stratus::Gateway {

NatsDriver::NatsDriver(std::function<void()> afterRead, QObject *parent)
    : QObject(parent), m_epoll(epoll_create1(EPOLL_CLOEXEC)), m_socket(m_epoll, 0, std::move(afterRead))
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
    m_notifier = new QSocketNotifier(m_epoll, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &NatsDriver::processEvents);
    connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, this, [this] { m_socket.beforeWait(); });
    if (m_socket.install(opts) != NATS_OK)
        return makeError(QStringLiteral("cannot drive the broker connection from the event loop"));
    return Ok{};
}

void NatsDriver::processEvents()
{
    epoll_event events[4]; // the set holds one socket
    const int n = epoll_wait(m_epoll, events, 4, 0);
    for (int i = 0; i < n; ++i)
        m_socket.handle(events[i].events);
}

bool NatsDriver::runUntil(const std::function<bool()> &done, int timeoutMs)
{
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    for (;;) {
        m_socket.writeNow();
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
