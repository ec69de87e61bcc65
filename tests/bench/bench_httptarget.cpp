// The HTTP target of bench_stress's comparison with hey, as a process of its own so it can be
// given a core of its own: the stress tests' keep-alive server (TestHttpServer: POST /delay/MS
// answers after MS milliseconds) on this process's only thread.
//   bench_httptarget [--cpu N]
// --cpu N pins the process to core N before any thread exists (as `taskset -c N` would).
// Prints "listening URL-PREFIX" once, then answers each "stats" line on stdin with
// "requests R connections C cpu_us U wall_us W wakeups K server_p50_us P server_mean_us M":
// totals since start (the bench diffs them around each run to see connection reuse, how busy the
// target was and how often it went to sleep and was woken: voluntary context switches), and the target's own
// latency since the previous "stats" — from its reading a request to its writing the answer to the socket —
// the witness both tools' figures can be held against. Exits at EOF.
//
// Not a test and not a tool: docs/benchmarks.md, "Stress engine".

#include "latencyhistogram.h"
#include "testhttpserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSocketNotifier>
#include <QTcpSocket>

#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>

using namespace Stratus::Test;

namespace {

// Counts the connections it accepts (each tool should open one per worker and keep it) and
// times each request on the server side. TestHttpServer's own slots run first (they were
// connected first), so a request is timed from just after it was parsed to the moment its
// answer left for the kernel: the target's service time, without either client in it. Both
// tools send one request at a time per connection, so one pending arrival per socket suffices.
class WitnessServer : public TestHttpServer
{
public:
    WitnessServer()
    {
        m_clock.start();
        connect(this, &QTcpServer::newConnection, this, &WitnessServer::watchNewSockets);
    }
    qint64 connections() const { return m_connections; }
    // The service times since the previous call.
    Stratus::LatencyHistogram takeServiceTimes()
    {
        Stratus::LatencyHistogram taken = m_serviceTimes;
        m_serviceTimes.reset();
        return taken;
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        ++m_connections;
        TestHttpServer::incomingConnection(descriptor);
    }

private:
    // TestHttpServer has taken the pending sockets by now; they are its children.
    void watchNewSockets()
    {
        const auto sockets = findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
        for (QTcpSocket *socket : sockets) {
            if (m_arrivalNs.contains(socket))
                continue;
            m_arrivalNs.insert(socket, -1);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                qint64 &arrival = m_arrivalNs[socket];
                if (arrival < 0)
                    arrival = m_clock.nsecsElapsed();
            });
            connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
                qint64 &arrival = m_arrivalNs[socket];
                if (arrival >= 0)
                    m_serviceTimes.record((m_clock.nsecsElapsed() - arrival) / 1000);
                arrival = -1;
            });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] { m_arrivalNs.remove(socket); });
        }
    }

    QElapsedTimer m_clock;
    QHash<QTcpSocket *, qint64> m_arrivalNs; // -1: nothing pending
    Stratus::LatencyHistogram m_serviceTimes;
    qint64 m_connections = 0;
};

rusage usage()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u;
}

qint64 cpuUs(const rusage &u)
{
    return qint64(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000000 + u.ru_utime.tv_usec + u.ru_stime.tv_usec;
}

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--cpu") == 0) {
            cpu_set_t set;
            CPU_ZERO(&set);
            CPU_SET(std::atoi(argv[i + 1]), &set);
            if (sched_setaffinity(0, sizeof set, &set) != 0) {
                std::perror("bench_httptarget: sched_setaffinity");
                return 1;
            }
        }
    }
    QCoreApplication app(argc, argv);
    WitnessServer server;
    if (!server.start()) {
        std::fprintf(stderr, "bench_httptarget: cannot listen: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    QElapsedTimer wall;
    wall.start();
    std::printf("listening %s\n", qPrintable(server.url(QString())));
    std::fflush(stdout);

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[256];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            input.setEnabled(false);
            app.quit(); // the bench is gone
            return;
        }
        pending.append(buffer, n);
        for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
            if (pending.left(end).trimmed() == "stats") {
                const Stratus::LatencyHistogram service = server.takeServiceTimes();
                const rusage u = usage();
                std::printf(
                    "requests %lld connections %lld cpu_us %lld wall_us %lld wakeups %lld server_p50_us "
                    "%lld server_mean_us %.0f\n",
                    static_cast<long long>(server.requests()), static_cast<long long>(server.connections()),
                    static_cast<long long>(cpuUs(u)), static_cast<long long>(wall.nsecsElapsed() / 1000),
                    static_cast<long long>(u.ru_nvcsw), static_cast<long long>(service.percentile(50)),
                    service.mean());
                std::fflush(stdout);
            }
            pending.remove(0, end + 1);
        }
    });
    return app.exec();
}
