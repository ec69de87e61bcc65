// The stress engine measured against what it is built from (docs/benchmarks.md, "Stress engine"):
//   (a) capacity: a raw nats.c asynchronous request loop (wildcard inbox, N in flight, the next
//       request published from the reply callback) against a trivial nats.c responder, beside
//       the engine's closed loop with the same N against the same responder; then the engine
//       open loop at fixed rates, to see where it starts falling behind its schedule;
//   (b) agreement with hey on one HTTP target at the same concurrency (requests/s and p50): the
//       target is bench_httptarget, a process of its own, pinned to CPU 1 while hey and
//       `stratus stress` take turns pinned to CPU 0 (`taskset -c 0`), so each tool is measured
//       and not how much CPU it leaves the target; then the same unpinned, for comparison.
// Not a test: it prints Markdown tables.
//   bench_stress [--seconds S] [--rounds R] [--capacity-only | --agreement-only]

#include "loadengine.h"
#include "loadplan.h"
#include "natshandles.h"
#include "testbroker.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <thread>
#include <vector>

using namespace Stratus;
using namespace Stratus::Test;
using Clock = std::chrono::steady_clock;

namespace {

const QByteArray Payload = R"({"message":"hello","n":42})";

NatsConnectionPtr connectTo(const QString &url)
{
    natsOptions *raw = nullptr;
    natsOptions_Create(&raw);
    NatsOptionsPtr opts(raw);
    natsOptions_SetURL(opts.get(), url.toUtf8().constData());
    natsOptions_SetSendAsap(opts.get(), true);
    natsConnection *conn = nullptr;
    if (natsConnection_Connect(&conn, opts.get()) != NATS_OK)
        return nullptr;
    return NatsConnectionPtr(conn);
}

void respond(natsConnection *nc, natsSubscription *, natsMsg *msg, void *)
{
    natsConnection_Publish(nc, natsMsg_GetReply(msg), natsMsg_GetData(msg), natsMsg_GetDataLength(msg));
    natsMsg_Destroy(msg);
}

// The raw loop: what a hand-written nats.c client does at best with `inFlight` outstanding.
struct RawLoop
{
    natsConnection *nc = nullptr;
    std::string inbox;
    std::atomic<long long> completed{0};
    std::atomic<bool> running{true};
    long long next = 0;

    void send()
    {
        const std::string reply = inbox + std::to_string(next++);
        natsConnection_PublishRequest(nc, "bench.echo", reply.c_str(), Payload.constData(),
                                      int(Payload.size()));
    }
    static void onReply(natsConnection *, natsSubscription *, natsMsg *msg, void *closure)
    {
        auto *self = static_cast<RawLoop *>(closure);
        natsMsg_Destroy(msg);
        ++self->completed;
        if (self->running)
            self->send();
    }
};

double rawLoop(const QString &url, int inFlight, double seconds)
{
    auto conn = connectTo(url);
    RawLoop loop;
    loop.nc = conn.get();
    natsInbox *inbox = nullptr;
    natsInbox_Create(&inbox);
    loop.inbox = std::string(inbox) + '.';
    natsInbox_Destroy(inbox);
    natsSubscription *sub = nullptr;
    natsConnection_Subscribe(&sub, conn.get(), (loop.inbox + '*').c_str(), &RawLoop::onReply, &loop);
    natsSubscription_SetPendingLimits(sub, -1, -1);
    natsConnection_Flush(conn.get());
    const auto start = Clock::now();
    for (int i = 0; i < inFlight; ++i)
        loop.send();
    QThread::usleep(qint64(seconds * 1e6));
    const long long done = loop.completed.load();
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    loop.running = false;
    // Replies still in flight are delivered (and not answered: running is false) before the
    // loop goes away.
    natsSubscription_Drain(sub);
    natsSubscription_WaitForDrainCompletion(sub, 5000);
    natsSubscription_Destroy(sub);
    return double(done) / elapsed;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

StressResult runEngine(const LoadPlan &plan)
{
    LoadEngine engine;
    StressResult result;
    QEventLoop loop;
    QObject::connect(&engine, &LoadEngine::finished, &loop, [&](const StressResult &r) {
        result = r;
        loop.quit();
    });
    if (!engine.start(plan)) {
        result.error = QStringLiteral("cannot start");
        return result;
    }
    loop.exec();
    return result;
}

// bench_httptarget: the HTTP target as a process of its own (optionally pinned to one core).
class HttpTarget
{
public:
    struct Stats
    {
        qint64 requests = 0, connections = 0, cpuUs = 0, wallUs = 0, wakeups = 0, serviceP50Us = 0;
        double serviceMeanUs = 0;
    };

    ~HttpTarget()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.closeWriteChannel(); // it exits at EOF
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
    }

    bool start(int cpu)
    {
        QStringList args;
        if (cpu >= 0)
            args << QStringLiteral("--cpu") << QString::number(cpu);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QCoreApplication::applicationDirPath() + QStringLiteral("/bench_httptarget"), args);
        const QByteArray line = readLine();
        if (!line.startsWith("listening "))
            return false;
        m_urlPrefix = QString::fromUtf8(line.mid(10).trimmed());
        return true;
    }
    QString url(const QString &path) const { return m_urlPrefix + path; }

    // Totals since it started; the service times since the previous call.
    std::optional<Stats> stats()
    {
        m_process.write("stats\n");
        const QList<QByteArray> f = readLine().trimmed().split(' ');
        if (f.size() != 14)
            return std::nullopt;
        Stats s;
        s.requests = f[1].toLongLong();
        s.connections = f[3].toLongLong();
        s.cpuUs = f[5].toLongLong();
        s.wallUs = f[7].toLongLong();
        s.wakeups = f[9].toLongLong();
        s.serviceP50Us = f[11].toLongLong();
        s.serviceMeanUs = f[13].toDouble();
        return s;
    }

private:
    QByteArray readLine()
    {
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(10000))
                return {};
        }
        return m_process.readLine();
    }

    QProcess m_process;
    QString m_urlPrefix;
};

// One run of either tool, and what the target and the OS saw of it.
struct RunFigures
{
    bool ok = false;
    double rps = 0, p50Ms = 0, meanMs = 0;
    double generatorCpuUsPerRequest = 0; // user + system time of the tool's process
    double targetCpuShare = 0;           // the target's CPU time / wall time during the run
    double targetCpuUsPerRequest = 0;
    double targetWakeupsPerRequest = 0; // how often the target slept and was woken, per request
    double serviceP50Ms = 0;            // the target's own p50 (request read -> answer written)
    qint64 connections = 0;             // connections the target accepted during the run
};

qint64 childrenCpuUs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000000 + usage.ru_utime.tv_usec +
           usage.ru_stime.tv_usec;
}

// Runs hey or `stratus stress` (as `taskset -c CPU ...` when cpu >= 0) against the target.
RunFigures runTool(bool hey, HttpTarget &target, const QString &url, int requests, int concurrency, int cpu)
{
    QString program =
        hey ? QStringLiteral("hey") : QCoreApplication::applicationDirPath() + QStringLiteral("/stratus");
    QStringList args;
    if (hey)
        args = {QStringLiteral("-n"),
                QString::number(requests),
                QStringLiteral("-c"),
                QString::number(concurrency),
                QStringLiteral("-m"),
                QStringLiteral("POST"),
                QStringLiteral("-T"),
                QStringLiteral("application/json"),
                QStringLiteral("-d"),
                QString::fromUtf8(Payload),
                url};
    else
        args = {QStringLiteral("stress"), url,
                QStringLiteral("-n"),     QString::number(requests),
                QStringLiteral("-c"),     QString::number(concurrency),
                QStringLiteral("--data"), QString::fromUtf8(Payload),
                QStringLiteral("--json")};
    if (cpu >= 0) {
        args.prepend(program);
        args.prepend(QString::number(cpu));
        args.prepend(QStringLiteral("-c"));
        program = QStringLiteral("taskset");
    }
    RunFigures f;
    const auto before = target.stats();
    const qint64 cpuBefore = childrenCpuUs();
    QProcess tool;
    tool.setWorkingDirectory(QDir::tempPath()); // not inside a project
    tool.start(program, args);
    if (!tool.waitForFinished(600000) || tool.exitCode() != 0)
        return f;
    const qint64 toolCpuUs = childrenCpuUs() - cpuBefore;
    const auto after = target.stats();
    if (!before || !after)
        return f;
    const QByteArray out = tool.readAllStandardOutput();
    qint64 completed = 0;
    if (hey) {
        const QString text = QString::fromUtf8(out);
        const auto rps = QRegularExpression(QStringLiteral("Requests/sec:\\s+([0-9.]+)")).match(text);
        const auto p50 = QRegularExpression(QStringLiteral("50% in ([0-9.]+) secs")).match(text);
        const auto mean = QRegularExpression(QStringLiteral("Average:\\s+([0-9.]+) secs")).match(text);
        const auto okCount =
            QRegularExpression(QStringLiteral("\\[200\\]\\s+([0-9]+) responses")).match(text);
        f.ok = rps.hasMatch() && p50.hasMatch() && mean.hasMatch() && okCount.hasMatch() &&
               okCount.captured(1).toLongLong() == requests;
        f.rps = rps.captured(1).toDouble();
        f.p50Ms = p50.captured(1).toDouble() * 1000.0;
        f.meanMs = mean.captured(1).toDouble() * 1000.0;
        completed = okCount.captured(1).toLongLong();
    } else {
        const auto r = StressResult::fromJson(QJsonDocument::fromJson(out).object());
        f.ok = r && r->error.isEmpty() && r->ok == requests;
        if (r) {
            f.rps = r->requestsPerSecond();
            f.p50Ms = double(r->latency.percentile(50)) / 1000.0;
            f.meanMs = r->latency.mean() / 1000.0;
            completed = r->ok;
        }
    }
    f.generatorCpuUsPerRequest = completed > 0 ? double(toolCpuUs) / double(completed) : 0;
    const double served = double(std::max<qint64>(1, after->requests - before->requests));
    f.targetCpuShare =
        double(after->cpuUs - before->cpuUs) / double(std::max<qint64>(1, after->wallUs - before->wallUs));
    f.targetCpuUsPerRequest = double(after->cpuUs - before->cpuUs) / served;
    f.targetWakeupsPerRequest = double(after->wakeups - before->wakeups) / served;
    f.serviceP50Ms = double(after->serviceP50Us) / 1000.0;
    f.connections = after->connections - before->connections;
    return f;
}

struct Comparison
{
    int concurrency = 0;
    int serviceMs = 0;
    int requests = 0;
    bool ok = false;
    RunFigures hey, engine; // medians of each figure over the runs
};

RunFigures medianFigures(const std::vector<RunFigures> &runs)
{
    auto m = [&runs](auto member) {
        std::vector<double> v;
        for (const RunFigures &r : runs)
            v.push_back(double(r.*member));
        return median(v);
    };
    RunFigures f;
    f.ok = std::all_of(runs.begin(), runs.end(), [](const RunFigures &r) { return r.ok; });
    f.rps = m(&RunFigures::rps);
    f.p50Ms = m(&RunFigures::p50Ms);
    f.meanMs = m(&RunFigures::meanMs);
    f.generatorCpuUsPerRequest = m(&RunFigures::generatorCpuUsPerRequest);
    f.targetCpuShare = m(&RunFigures::targetCpuShare);
    f.targetCpuUsPerRequest = m(&RunFigures::targetCpuUsPerRequest);
    f.targetWakeupsPerRequest = m(&RunFigures::targetWakeupsPerRequest);
    f.serviceP50Ms = m(&RunFigures::serviceP50Ms);
    f.connections = qint64(m(&RunFigures::connections));
    return f;
}

// hey and the engine alternated `rounds` times on one target at one concurrency.
Comparison compare(HttpTarget &target, int serviceMs, int concurrency, double seconds, int rounds,
                   int toolCpu)
{
    Comparison c;
    c.concurrency = concurrency;
    c.serviceMs = serviceMs;
    // About `seconds` per run, and a multiple of -c: hey gives each worker n / c requests.
    const int perWorker = std::max(50, int(seconds * 1000.0 / (serviceMs + 0.4)));
    c.requests = perWorker * concurrency;
    const QString url = target.url(QStringLiteral("/delay/%1").arg(serviceMs));
    std::vector<RunFigures> hey, engine;
    for (int round = 0; round < rounds; ++round) {
        hey.push_back(runTool(true, target, url, c.requests, concurrency, toolCpu));
        engine.push_back(runTool(false, target, url, c.requests, concurrency, toolCpu));
        if (!hey.back().ok || !engine.back().ok)
            return c;
    }
    c.hey = medianFigures(hey);
    c.engine = medianFigures(engine);
    c.ok = true;
    return c;
}

double delta(double engine, double hey)
{
    return 100.0 * (engine - hey) / hey;
}

void printComparisons(const std::vector<Comparison> &rows)
{
    std::printf(
        "| -c | service | requests per run | hey req/s | engine req/s | Δ | hey p50 ms | engine p50 ms | Δ "
        "| within 10 %%? |\n");
    std::printf("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
    for (const Comparison &c : rows) {
        if (!c.ok) {
            std::printf("| %d | %d ms | %d | hey or the engine failed (is hey installed?) | | | | | | |\n",
                        c.concurrency, c.serviceMs, c.requests);
            continue;
        }
        const double dRps = delta(c.engine.rps, c.hey.rps), dP50 = delta(c.engine.p50Ms, c.hey.p50Ms);
        std::printf("| %d | %d ms | %d | %.0f | %.0f | %+.1f %% | %.1f | %.3f | %+.1f %% | %s |\n",
                    c.concurrency, c.serviceMs, c.requests, c.hey.rps, c.engine.rps, dRps, c.hey.p50Ms,
                    c.engine.p50Ms, dP50, std::abs(dRps) <= 10 && std::abs(dP50) <= 10 ? "yes" : "no");
    }
    std::printf(
        "\nWhat each run looked like (medians): in flight = req/s × mean latency (Little's law: c if the "
        "tool keeps c requests out); connections the target accepted per run; the target's own p50 from "
        "reading a request to writing its answer, and what the tool's p50 adds to it; the tool's CPU "
        "time per request (with its start-up); the target's CPU use, its CPU time and its wake-ups "
        "(voluntary context switches) per request.\n\n");
    std::printf(
        "| -c | service | tool | in flight | connections | target p50 ms | tool p50 − target p50 | tool CPU "
        "µs/request | target CPU | target CPU µs/request | target wake-ups/request |\n");
    std::printf("| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (const Comparison &c : rows) {
        if (!c.ok)
            continue;
        for (const auto &[name, f] : {std::pair{"hey", c.hey}, std::pair{"engine", c.engine}}) {
            std::printf("| %d | %d ms | %s | %.1f | %lld | %.3f | %.3f ms | %.1f | %.0f %% | %.1f | %.2f |\n",
                        c.concurrency, c.serviceMs, name, f.rps * f.meanMs / 1000.0,
                        static_cast<long long>(f.connections), f.serviceP50Ms, f.p50Ms - f.serviceP50Ms,
                        f.generatorCpuUsPerRequest, 100.0 * f.targetCpuShare, f.targetCpuUsPerRequest,
                        f.targetWakeupsPerRequest);
        }
    }
    std::fflush(stdout);
}

void loadAverage(const char *when)
{
    double load[3] = {0, 0, 0};
    getloadavg(load, 3);
    std::printf("\n(load average %s: %.2f %.2f %.2f)\n", when, load[0], load[1], load[2]);
}

// (a) and (a'): the engine's NATS closed loop beside a raw nats.c loop, then its open loop.
bool capacity(double seconds, bool capacityOnly)
{
    TestBroker broker;
    if (!broker.start()) {
        std::fprintf(stderr, "broker: %s\n", qPrintable(broker.errorString()));
        return false;
    }
    // The trivial responder: replies with the request's body from nats.c's callback thread.
    auto responderConn = connectTo(broker.url());
    natsSubscription *responder = nullptr;
    natsConnection_Subscribe(&responder, responderConn.get(), "bench.echo", &respond, nullptr);
    natsSubscription_SetPendingLimits(responder, -1, -1);
    natsConnection_Flush(responderConn.get());

    std::printf(
        "\n## (a) capacity against a trivial nats.c responder (%.0f s per run, median of 3 alternated "
        "runs)\n\n",
        seconds);
    std::printf("| in flight | raw nats.c loop req/s | engine closed loop req/s | engine / raw | engine p50 "
                "ms | p99 ms |\n");
    std::printf("| ---: | ---: | ---: | ---: | ---: | ---: |\n");
    // The machine is shared: alternate the two, three times each, and keep the medians.
    double capacity = 0;
    for (int inFlight : {1, 16, 64, 256}) {
        std::vector<double> raw, engine, p50, p99;
        for (int round = 0; round < 3; ++round) {
            raw.push_back(rawLoop(broker.url(), inFlight, seconds));
            LoadPlan plan;
            plan.target = LoadTarget::forSubject(QStringLiteral("bench.echo"));
            plan.natsUrl = broker.url();
            plan.payload = PayloadTemplate::literal(Payload);
            plan.mode = LoadPlan::Mode::Closed;
            plan.closed = {0, inFlight, 0, qint64(seconds * 1000)};
            const StressResult r = runEngine(plan);
            engine.push_back(r.requestsPerSecond());
            p50.push_back(double(r.latency.percentile(50)) / 1000.0);
            p99.push_back(double(r.latency.percentile(99)) / 1000.0);
        }
        const double rawMedian = median(raw), engineMedian = median(engine);
        capacity = std::max(capacity, engineMedian);
        std::printf("| %d | %.0f | %.0f | %.0f %% | %.3f | %.3f |\n", inFlight, rawMedian, engineMedian,
                    100.0 * engineMedian / rawMedian, median(p50), median(p99));
        std::fflush(stdout);
    }

    if (!capacityOnly) {
        std::printf("\n## (a') open loop at fixed rates (same responder), %.0f s per row\n\n", seconds);
        std::printf(
            "| target req/s | achieved send req/s | late sends (>1 ms) | max lag ms | p50 ms | p99 ms | "
            "behind? |\n");
        std::printf("| ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (double share : {0.25, 0.5, 0.8, 1.0, 1.5}) {
            const double rate = std::round(capacity * share / 1000.0) * 1000.0;
            LoadPlan plan;
            plan.target = LoadTarget::forSubject(QStringLiteral("bench.echo"));
            plan.natsUrl = broker.url();
            plan.payload = PayloadTemplate::literal(Payload);
            plan.profile = LoadProfile::constant(rate, qint64(seconds * 1000));
            const StressResult r = runEngine(plan);
            std::printf("| %.0f | %.0f | %lld | %.1f | %.3f | %.3f | %s |\n", rate, r.achievedSendRate(),
                        static_cast<long long>(r.late), double(r.maxLagUs) / 1000.0,
                        double(r.latency.percentile(50)) / 1000.0, double(r.latency.percentile(99)) / 1000.0,
                        r.behindSchedule() ? "yes" : "no");
            std::fflush(stdout);
        }
    }
    natsSubscription_Unsubscribe(responder);
    natsSubscription_Destroy(responder);
    return true;
}

// (b) hey and the engine on one HTTP target at the same concurrency.
void agreement(double seconds, int rounds)
{
    std::printf(
        "\n## (b) hey and `stratus stress` on the same HTTP target (bench_httptarget, POST /delay/MS, "
        "keep-alive), same concurrency, same requests, alternated, medians of %d runs each\n",
        rounds);
    const int cpus = int(std::thread::hardware_concurrency());
    {
        std::printf("\n### Target pinned to CPU 1, each tool pinned to CPU 0 (`taskset -c 0`)\n\n");
        HttpTarget target;
        if (cpus < 2 || !target.start(1)) {
            std::printf("(needs two cores and bench_httptarget)\n");
        } else {
            std::vector<Comparison> rows;
            for (int serviceMs : {2, 10})
                for (int c : {1, 10, 50})
                    rows.push_back(compare(target, serviceMs, c, seconds, rounds, 0));
            printComparisons(rows);
        }
    }
    {
        std::printf("\n### Nothing pinned: target and tool share both cores (the earlier set-up)\n\n");
        HttpTarget target;
        if (!target.start(-1)) {
            std::printf("(cannot start bench_httptarget)\n");
        } else {
            std::vector<Comparison> rows;
            for (int c : {1, 10, 50})
                rows.push_back(compare(target, 2, c, seconds, rounds, -1));
            printComparisons(rows);
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&args](const char *name, double fallback) {
        const qsizetype at = args.indexOf(QLatin1String(name));
        return at >= 0 ? args.value(at + 1).toDouble() : fallback;
    };
    const double seconds = option("--seconds", 5.0);
    const int rounds = int(option("--rounds", 3));
    loadAverage("at the start");
    if (!args.contains(QStringLiteral("--agreement-only")) &&
        !capacity(seconds, args.contains(QStringLiteral("--capacity-only"))))
        return 1;
    if (!args.contains(QStringLiteral("--capacity-only")))
        agreement(seconds, rounds);
    loadAverage("at the end");
    return 0;
}
