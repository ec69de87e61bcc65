// The stress engine measured against what it is built from (docs/benchmarks.md, "Stress engine"):
//   (a) capacity: a raw nats.c asynchronous request loop (wildcard inbox, N in flight, the next
//       request published from the reply callback) against a trivial nats.c responder, beside
//       the engine's closed loop with the same N against the same responder; then the engine
//       open loop at fixed rates, to see where it starts falling behind its schedule;
//   (b) agreement with hey on one HTTP target at the same concurrency (requests/s and p50).
// Not a test: it prints Markdown tables.
//   bench_stress [--seconds S] [--hey-requests N] [--capacity-only]

#include "loadengine.h"
#include "loadplan.h"
#include "natshandles.h"
#include "testbroker.h"
#include "testhttpserver.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <string>
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

struct HeyFigures
{
    double rps = 0;
    double p50Ms = 0;
    bool ok = false;
};

HeyFigures runHey(const QString &url, int requests, int concurrency)
{
    QProcess hey;
    hey.start(QStringLiteral("hey"),
              {QStringLiteral("-n"), QString::number(requests), QStringLiteral("-c"),
               QString::number(concurrency), QStringLiteral("-m"), QStringLiteral("POST"),
               QStringLiteral("-T"), QStringLiteral("application/json"), QStringLiteral("-d"),
               QString::fromUtf8(Payload), url});
    HeyFigures f;
    if (!hey.waitForFinished(300000))
        return f;
    const QString out = QString::fromUtf8(hey.readAllStandardOutput());
    const auto rps = QRegularExpression(QStringLiteral("Requests/sec:\\s+([0-9.]+)")).match(out);
    const auto p50 = QRegularExpression(QStringLiteral("50% in ([0-9.]+) secs")).match(out);
    f.ok = rps.hasMatch() && p50.hasMatch() && out.contains(QLatin1String("[200]"));
    f.rps = rps.captured(1).toDouble();
    f.p50Ms = p50.captured(1).toDouble() * 1000.0;
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const double seconds = args.contains(QStringLiteral("--seconds"))
                               ? args.value(args.indexOf(QStringLiteral("--seconds")) + 1).toDouble()
                               : 5.0;
    const int heyRequests = args.contains(QStringLiteral("--hey-requests"))
                                ? args.value(args.indexOf(QStringLiteral("--hey-requests")) + 1).toInt()
                                : 20000;
    TestBroker broker;
    if (!broker.start()) {
        std::fprintf(stderr, "broker: %s\n", qPrintable(broker.errorString()));
        return 1;
    }
    // The trivial responder: replies with the request's body from nats.c's callback thread.
    auto responderConn = connectTo(broker.url());
    natsSubscription *responder = nullptr;
    natsConnection_Subscribe(&responder, responderConn.get(), "bench.echo", &respond, nullptr);
    natsSubscription_SetPendingLimits(responder, -1, -1);
    natsConnection_Flush(responderConn.get());

    std::printf("## (a) capacity against a trivial nats.c responder (%.0f s per run, median of 3 alternated "
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

    if (args.contains(QStringLiteral("--capacity-only")))
        return 0;
    std::printf("\n## (a') open loop at fixed rates (same responder), %.0f s per row\n\n", seconds);
    std::printf("| target req/s | achieved send req/s | late sends (>1 ms) | max lag ms | p50 ms | p99 ms | "
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
    natsSubscription_Unsubscribe(responder);
    natsSubscription_Destroy(responder);

    // (b) One HTTP target for both tools: a Qt keep-alive server on its own thread.
    QThread serverThread;
    auto *server = new TestHttpServer;
    server->moveToThread(&serverThread);
    QObject::connect(&serverThread, &QThread::finished, server, &QObject::deleteLater);
    serverThread.start();
    bool listening = false;
    QMetaObject::invokeMethod(server, &TestHttpServer::start, Qt::BlockingQueuedConnection, &listening);
    // A 2 ms service time: the target, not either generator, sets the pace, as with a function
    // behind the gateway.
    const QString url = server->url(QStringLiteral("/delay/2"));
    std::printf(
        "\n## (b) hey and the engine on the same HTTP target (%s: 2 ms service time; up to %d requests "
        "per run, 2,500 per worker at most, POST, keep-alive)\n\n",
        qPrintable(url), heyRequests);
    std::printf("| -c | hey req/s | engine req/s | Δ | hey p50 ms | engine p50 ms | Δ |\n");
    std::printf("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (int c : {1, 10, 50}) {
        // About five seconds per run whatever the concurrency (2 ms per request per worker).
        const int requests = std::min(heyRequests, c * 2500);
        // Alternate the tools three times and keep the medians, so a drift of the machine hits both.
        std::vector<double> heyRpsRuns, heyP50Runs, engRpsRuns, engP50Runs;
        bool ok = listening;
        for (int round = 0; round < 3 && ok; ++round) {
            const HeyFigures h = runHey(url, requests, c);
            ok = h.ok;
            heyRpsRuns.push_back(h.rps);
            heyP50Runs.push_back(h.p50Ms);
            LoadPlan plan;
            plan.target = *LoadTarget::resolve(url, nullptr);
            plan.payload = PayloadTemplate::literal(Payload);
            plan.mode = LoadPlan::Mode::Closed;
            plan.closed = {requests, c, 0, 0};
            const StressResult r = runEngine(plan);
            ok = ok && r.error.isEmpty() && r.ok == requests;
            engRpsRuns.push_back(r.requestsPerSecond());
            engP50Runs.push_back(double(r.latency.percentile(50)) / 1000.0);
        }
        const double heyRps = median(heyRpsRuns), heyP50 = median(heyP50Runs);
        const double engRps = median(engRpsRuns), engP50 = median(engP50Runs);
        if (!ok) {
            std::printf("| %d | hey or the engine failed (is hey installed?) | | | | | |\n", c);
            continue;
        }
        std::printf("| %d | %.0f | %.0f | %+.1f %% | %.3f | %.3f | %+.1f %% |\n", c, heyRps, engRps,
                    100.0 * (engRps - heyRps) / heyRps, heyP50, engP50, 100.0 * (engP50 - heyP50) / heyP50);
        std::fflush(stdout);
    }
    serverThread.quit();
    serverThread.wait();
    return 0;
}
