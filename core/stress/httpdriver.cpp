#include "httpdriver.h"

#include "stressrecorder.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace Stratus {

namespace {
constexpr qint64 MaxWaitNs = 5000000;
constexpr uint64_t TimerTag = ~uint64_t(0);

QString errnoClass(int error)
{
    return QStringLiteral("connection: %1").arg(QString::fromLocal8Bit(std::strerror(error)));
}
} // namespace

HttpDriver::HttpDriver(const LoadPlan &plan, StressRecorder &recorder) : LoadDriver(plan, recorder) {}

HttpDriver::~HttpDriver()
{
    for (Connection &c : m_connections)
        closeConnection(c);
    if (m_timer >= 0)
        ::close(m_timer);
    if (m_epoll >= 0)
        ::close(m_epoll);
}

Status HttpDriver::open()
{
    const QUrl &url = m_plan.target.url;
    const QByteArray host = url.host().toUtf8();
    const int port = url.port(80);
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    const int rc = getaddrinfo(host.constData(), QByteArray::number(port).constData(), &hints, &found);
    if (rc != 0 || !found)
        return makeError(
            tr("cannot resolve %1: %2").arg(url.host(), QString::fromLocal8Bit(gai_strerror(rc))));
    m_address.assign(reinterpret_cast<const char *>(found->ai_addr),
                     reinterpret_cast<const char *>(found->ai_addr) + found->ai_addrlen);
    m_addressLength = found->ai_addrlen;
    freeaddrinfo(found);

    QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    if (path.isEmpty())
        path = "/";
    if (url.hasQuery())
        path += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    const QByteArray hostHeader = url.port() > 0 ? host + ':' + QByteArray::number(port) : host;
    m_requestHead = m_plan.httpMethod + ' ' + path + " HTTP/1.1\r\nHost: " + hostHeader +
                    "\r\nUser-Agent: stratus-stress\r\nAccept: */*\r\n";
    if (!m_plan.contentType.isEmpty())
        m_requestHead += "Content-Type: " + m_plan.contentType + "\r\n";

    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    m_timer = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
    if (m_epoll < 0 || m_timer < 0)
        return makeError(tr("cannot create epoll/timerfd: %1").arg(QString::fromLocal8Bit(strerror(errno))));
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.u64 = TimerTag;
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_timer, &ev);

    // Fail early, with a clear message, when nothing listens there.
    const int probe = ::socket(reinterpret_cast<const sockaddr *>(m_address.data())->sa_family,
                               SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int connected =
        ::connect(probe, reinterpret_cast<const sockaddr *>(m_address.data()), m_addressLength);
    const int error = errno;
    ::close(probe);
    if (connected != 0)
        return makeError(tr("cannot connect to %1:%2: %3")
                             .arg(url.host())
                             .arg(port)
                             .arg(QString::fromLocal8Bit(std::strerror(error))));
    return Ok{};
}

void HttpDriver::openSocket(Connection &c)
{
    c.fd = ::socket(reinterpret_cast<const sockaddr *>(m_address.data())->sa_family,
                    SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    const int one = 1;
    setsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    c.connecting = true;
    c.parser.reset();
    const int rc = ::connect(c.fd, reinterpret_cast<const sockaddr *>(m_address.data()), m_addressLength);
    if (rc == 0)
        c.connecting = false;
    c.watchingWrite = c.connecting;
    epoll_event ev{};
    ev.events = EPOLLIN | EPOLLRDHUP | (c.connecting ? uint32_t(EPOLLOUT) : 0u);
    ev.data.u64 = uint64_t(&c - m_connections.data());
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, c.fd, &ev);
}

void HttpDriver::watchWrite(int index, bool on)
{
    Connection &c = m_connections[size_t(index)];
    if (c.fd < 0 || c.watchingWrite == on)
        return;
    c.watchingWrite = on;
    epoll_event ev{};
    ev.events = EPOLLIN | EPOLLRDHUP | (on ? uint32_t(EPOLLOUT) : 0u);
    ev.data.u64 = uint64_t(index);
    epoll_ctl(m_epoll, EPOLL_CTL_MOD, c.fd, &ev);
}

void HttpDriver::closeConnection(Connection &c)
{
    if (c.fd >= 0) {
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, c.fd, nullptr);
        ::close(c.fd);
    }
    c.fd = -1;
    c.connecting = false;
    c.watchingWrite = false;
    c.busy = false;
    c.out.clear();
    c.written = 0;
}

int HttpDriver::connectionFor(int worker)
{
    if (m_closed)
        return worker; // one connection per worker
    if (!m_idle.empty()) {
        const int index = m_idle.back();
        m_idle.pop_back();
        return index;
    }
    if (int(m_connections.size()) < m_plan.maxConnections) {
        // Connections never move: reserve() in run() keeps the vector from reallocating.
        m_connections.emplace_back();
        return int(m_connections.size()) - 1;
    }
    return -1;
}

void HttpDriver::dispatch(int index, qint64 intendedNs, qint64 seq)
{
    Connection &c = m_connections[size_t(index)];
    // The clock starts before a connection is opened, as hey's (and any client's) does: a
    // request that has to connect first pays for it.
    c.sentNs = StressRecorder::nowNs();
    if (c.fd < 0)
        openSocket(c);
    const QByteArray body = payload(seq);
    c.out = m_requestHead + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    c.written = 0;
    c.busy = true;
    c.parser.reset(m_plan.httpMethod == "HEAD");
    c.intendedNs = m_closed ? c.sentNs : intendedNs;
    m_recorder.sent(c.intendedNs, c.sentNs);
    if (!c.connecting)
        writeSome(index);
}

void HttpDriver::writeSome(int index)
{
    Connection &c = m_connections[size_t(index)];
    while (c.busy && c.written < c.out.size()) {
        const ssize_t n =
            ::send(c.fd, c.out.constData() + c.written, size_t(c.out.size() - c.written), MSG_NOSIGNAL);
        if (n > 0) {
            c.written += n;
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            watchWrite(index, true);
            return;
        }
        fail(index, StressRecorder::nowNs(), errnoClass(errno), false);
        return;
    }
    watchWrite(index, false);
}

void HttpDriver::readSome(int index)
{
    Connection &c = m_connections[size_t(index)];
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::recv(c.fd, buffer, sizeof buffer, 0);
        if (n > 0) {
            if (!c.busy) {
                closeConnection(c); // bytes nobody asked for: the connection is not usable
                return;
            }
            const auto state = c.parser.feed(buffer, n);
            if (state == HttpResponseParser::State::Complete) {
                complete(index, StressRecorder::nowNs());
                return;
            }
            if (state == HttpResponseParser::State::Error) {
                fail(index, StressRecorder::nowNs(),
                     QStringLiteral("bad response: %1").arg(c.parser.errorString()), true);
                return;
            }
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        const qint64 now = StressRecorder::nowNs();
        if (n == 0 && c.busy && c.parser.closed() == HttpResponseParser::State::Complete) {
            complete(index, now);
            closeConnection(c);
            return;
        }
        if (c.busy)
            fail(index, now,
                 n == 0 ? QStringLiteral("connection: %1").arg(c.parser.errorString()) : errnoClass(errno),
                 false);
        else
            closeConnection(c);
        return;
    }
}

void HttpDriver::complete(int index, qint64 nowNs)
{
    Connection &c = m_connections[size_t(index)];
    const int status = c.parser.status();
    if (status >= 200 && status < 300)
        m_recorder.succeeded(c.intendedNs, c.sentNs, nowNs, c.parser.bodyBytes());
    else
        m_recorder.failed(c.intendedNs, c.sentNs, nowNs, QStringLiteral("http %1").arg(status), true);
    c.busy = false;
    if (!c.parser.keepAlive())
        closeConnection(c);
    if (m_closed)
        workerFree(index, nowNs);
    else
        m_idle.push_back(index);
}

void HttpDriver::fail(int index, qint64 nowNs, const QString &errorClass, bool hasLatency)
{
    Connection &c = m_connections[size_t(index)];
    if (c.busy)
        m_recorder.failed(c.intendedNs, c.sentNs, nowNs, errorClass, hasLatency);
    closeConnection(c);
    if (m_closed)
        workerFree(index, nowNs);
    else
        m_idle.push_back(index);
}

void HttpDriver::workerFree(int worker, qint64 nowNs)
{
    const double q = m_plan.closed.perWorkerRate;
    m_workerDueNs[size_t(worker)] =
        q > 0 ? std::max(nowNs, m_workerStartNs[size_t(worker)] + qint64(1e9 / q)) : nowNs;
}

qint64 HttpDriver::inFlight() const
{
    qint64 n = 0;
    for (const Connection &c : m_connections)
        n += c.busy ? 1 : 0;
    return n;
}

void HttpDriver::sweep(qint64 nowNs)
{
    const qint64 timeoutNs = qint64(m_plan.timeoutMs) * 1000000;
    for (size_t i = 0; i < m_connections.size(); ++i) {
        const Connection &c = m_connections[i];
        if (c.busy && c.sentNs + timeoutNs <= nowNs)
            fail(int(i), nowNs, QStringLiteral("timeout"),
                 false); // the only way to abandon an HTTP/1.1 request
    }
}

void HttpDriver::armTimer(qint64 atNs)
{
    itimerspec spec{};
    atNs = std::max<qint64>(atNs, 1);
    spec.it_value.tv_sec = time_t(atNs / 1000000000);
    spec.it_value.tv_nsec = long(atNs % 1000000000);
    timerfd_settime(m_timer, TFD_TIMER_ABSTIME, &spec, nullptr);
}

void HttpDriver::pollOnce(qint64 untilNs)
{
    armTimer(untilNs);
    epoll_event events[256];
    const int n = epoll_wait(m_epoll, events, 256, int(MaxWaitNs / 1000000) + 1);
    for (int i = 0; i < n; ++i) {
        if (events[i].data.u64 == TimerTag) {
            uint64_t expirations = 0;
            [[maybe_unused]] const ssize_t r = ::read(m_timer, &expirations, sizeof expirations);
            continue;
        }
        const int index = int(events[i].data.u64);
        Connection &c = m_connections[size_t(index)];
        if (c.fd < 0)
            continue;
        if (c.connecting && (events[i].events & (EPOLLOUT | EPOLLERR | EPOLLHUP))) {
            int error = 0;
            socklen_t length = sizeof error;
            getsockopt(c.fd, SOL_SOCKET, SO_ERROR, &error, &length);
            if (error != 0) {
                fail(index, StressRecorder::nowNs(), errnoClass(error), false);
                continue;
            }
            c.connecting = false;
        }
        if (events[i].events & EPOLLOUT)
            writeSome(index); // also turns EPOLLOUT off once all is written
        if (c.fd >= 0 && (events[i].events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)))
            readSome(index);
    }
}

void HttpDriver::run(const std::atomic<bool> &stop)
{
    preciseTimers();
    m_closed = m_plan.mode == LoadPlan::Mode::Closed;
    m_connections.reserve(size_t(m_closed ? m_plan.closed.concurrency : m_plan.maxConnections));
    m_startNs = StressRecorder::nowNs();
    m_recorder.start(m_startNs);
    if (m_closed) {
        const int workers = m_plan.closed.concurrency;
        m_connections.resize(size_t(workers));
        m_workerStartNs.assign(size_t(workers), 0);
        m_workerDueNs.assign(size_t(workers), m_startNs);
        m_endNs = m_plan.closed.durationMs > 0 ? m_startNs + m_plan.closed.durationMs * 1000000 : 0;
    }
    LoadProfile::Schedule schedule(m_plan.profile);
    std::optional<qint64> next;
    if (!m_closed)
        next = schedule.next();
    bool heldBack = false;

    while (!stop.load(std::memory_order_relaxed)) {
        qint64 now = StressRecorder::nowNs();
        if (m_recorder.tick(now))
            break;
        sweep(now);
        qint64 wakeAt = now + MaxWaitNs;
        bool more = false;
        if (m_closed) {
            for (size_t w = 0; w < m_workerDueNs.size(); ++w) {
                if (m_workerDueNs[w] < 0)
                    continue;
                const bool budget = m_endNs > 0 ? now < m_endNs : m_seq < m_plan.closed.requests;
                if (!budget) {
                    m_workerDueNs[w] = -1;
                    continue;
                }
                more = true;
                if (m_workerDueNs[w] <= now) {
                    m_workerDueNs[w] = -1;
                    m_workerStartNs[w] = now;
                    dispatch(int(w), now, m_seq++);
                } else {
                    wakeAt = std::min(wakeAt, m_workerDueNs[w]);
                }
            }
        } else {
            while (next && m_startNs + *next <= now) {
                m_queued.emplace_back(m_startNs + *next, m_seq++);
                next = schedule.next();
            }
            while (!m_queued.empty()) {
                const int index = connectionFor(-1);
                if (index < 0) {
                    if (!heldBack)
                        m_recorder.blocked();
                    heldBack = true;
                    break;
                }
                heldBack = false;
                dispatch(index, m_queued.front().first, m_queued.front().second);
                m_queued.pop_front();
            }
            more = next.has_value() || !m_queued.empty();
            if (next)
                wakeAt = std::min(wakeAt, m_startNs + *next);
        }
        if (!more && inFlight() == 0)
            break;
        pollOnce(wakeAt);
    }
    // Requests still queued for a connection were never sent: they are not counted at all.
    m_queued.clear();
    qint64 cancelled = 0;
    for (Connection &c : m_connections) {
        cancelled += c.busy ? 1 : 0;
        closeConnection(c);
    }
    m_recorder.cancelled(cancelled);
}

} // namespace Stratus
