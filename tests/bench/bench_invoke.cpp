// Request→reply cost of the invoker, each figure beside its floor, measured in one run:
//   (a) a bare nats.c responder process (the floor of a NATS hop),
//   (b) warm echo functions (C++ and Python workers),
//   (c) cold echo functions (/bin/cat, Python, Node.js) beside a bare spawn-and-wait of the
//       same command with the same stdin.
// Not a test: it prints a Markdown table (docs/benchmarks.md has the figures and the command).
//   bench_invoke [--quick] [--only SUBSTRING] [--spread]
//   (--only runs the rows whose name contains it; --spread leaves the processes where the
//   kernel puts them, as `stratus cluster up --placement spread`)

#include "cpupacker.h"
#include "natsclient.h"
#include "testbroker.h"
#include "testinvoker.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <mutex>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace Stratus;
using namespace Stratus::Test;
using Clock = std::chrono::steady_clock;

extern char **environ;

namespace {

const QByteArray Payload =
    R"({"message":"hello","n":42,"padding":"0123456789012345678901234567890123456789"})";

struct Latency
{
    double p50 = 0, p99 = 0;
    double insideP50 = 0; // what the invoker itself reports (Stratus-Duration-Us)
    int errors = 0;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

Latency sequential(const NatsClient &client, const QString &subject, int count)
{
    std::vector<double> us, inside;
    Latency l;
    for (int i = 0; i < count + count / 10; ++i) { // the first tenth warms up
        const auto t0 = Clock::now();
        auto reply = client.request(subject, Payload, 10000);
        const double d = std::chrono::duration<double, std::micro>(Clock::now() - t0).count();
        if (!reply || reply->status() != "ok" || reply->data != Payload)
            ++l.errors;
        if (i >= count / 10) {
            us.push_back(d);
            if (reply)
                inside.push_back(reply->header("Stratus-Duration-Us").toDouble());
        }
    }
    l.p50 = percentile(us, 0.50);
    l.p99 = percentile(us, 0.99);
    l.insideP50 = percentile(inside, 0.50);
    return l;
}

// Closed loop with `window` requests in flight; returns replies per second.
double throughput(const NatsClient &client, const QString &subject, int window, int total)
{
    natsConnection *nc = client.handle();
    natsSubscription *raw = nullptr;
    natsConnection_SubscribeSync(&raw, nc, "bench.replies");
    NatsSubscriptionPtr sub(raw);
    natsSubscription_SetPendingLimits(raw, -1, -1);
    const QByteArray subj = subject.toUtf8();
    auto send = [&] {
        natsConnection_PublishRequest(nc, subj.constData(), "bench.replies", Payload.constData(),
                                      int(Payload.size()));
    };
    int sent = 0, received = 0;
    const auto t0 = Clock::now();
    for (; sent < std::min(window, total); ++sent)
        send();
    while (received < total) {
        natsMsg *m = nullptr;
        if (natsSubscription_NextMsg(&m, raw, 10000) != NATS_OK)
            break;
        natsMsg_Destroy(m);
        ++received;
        if (sent < total) {
            send();
            ++sent;
        }
    }
    const double secs = std::chrono::duration<double>(Clock::now() - t0).count();
    return received / secs;
}

// posix_spawn + stdin + read stdout + wait: what a process per event costs at the least.
Latency bareSpawn(const QString &program, const QStringList &args, const QString &cwd, const QStringList &env,
                  int count)
{
    std::vector<std::string> argvS{program.toStdString()}, envS;
    for (const QString &a : args)
        argvS.push_back(a.toStdString());
    for (const QString &e : env)
        envS.push_back(e.toStdString());
    std::vector<char *> argv, envp;
    for (auto &s : argvS)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    for (auto &s : envS)
        envp.push_back(s.data());
    envp.push_back(nullptr);
    const QByteArray dir = cwd.toUtf8();
    std::vector<double> us;
    Latency l;
    const QByteArray oldCwd = QDir::currentPath().toUtf8();
    if (chdir(dir.constData()) != 0)
        return l;
    for (int i = 0; i < count + count / 10; ++i) {
        const auto t0 = Clock::now();
        int in[2], out[2];
        if (pipe(in) != 0 || pipe(out) != 0)
            return l;
        posix_spawn_file_actions_t fa;
        posix_spawn_file_actions_init(&fa);
        posix_spawn_file_actions_adddup2(&fa, in[0], 0);
        posix_spawn_file_actions_adddup2(&fa, out[1], 1);
        posix_spawn_file_actions_addclose(&fa, in[1]);
        posix_spawn_file_actions_addclose(&fa, out[0]);
        pid_t pid = 0;
        posix_spawn(&pid, argv[0], &fa, nullptr, argv.data(), envp.data());
        posix_spawn_file_actions_destroy(&fa);
        close(in[0]);
        close(out[1]);
        (void)!write(in[1], Payload.constData(), size_t(Payload.size()));
        close(in[1]);
        char buf[4096];
        size_t got = 0;
        ssize_t n;
        while ((n = read(out[0], buf, sizeof buf)) > 0)
            got += size_t(n);
        close(out[0]);
        int status = 0;
        waitpid(pid, &status, 0);
        if (got != size_t(Payload.size()) || status != 0)
            ++l.errors;
        if (i >= count / 10)
            us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t0).count());
    }
    (void)!chdir(oldCwd.constData());
    l.p50 = percentile(us, 0.50);
    l.p99 = percentile(us, 0.99);
    return l;
}

void respond(natsConnection *nc, natsSubscription *, natsMsg *msg, void *)
{
    natsConnection_Publish(nc, natsMsg_GetReply(msg), natsMsg_GetData(msg), natsMsg_GetDataLength(msg));
    natsMsg_Destroy(msg);
}

// `bench_invoke --responder URL`: the floor, a bare nats.c responder on bare.echo (SendAsap,
// like the invoker), in a process of its own so that it is placed like an invoker. Says
// "ready" once subscribed; ends when its stdin closes.
int runResponder(const QByteArray &url)
{
    natsOptions *opts = nullptr;
    natsOptions_Create(&opts);
    natsOptions_SetURL(opts, url.constData());
    natsOptions_SetSendAsap(opts, true);
    natsConnection *nc = nullptr;
    const natsStatus connected = natsConnection_Connect(&nc, opts);
    natsOptions_Destroy(opts);
    natsSubscription *sub = nullptr;
    if (connected != NATS_OK ||
        natsConnection_Subscribe(&sub, nc, "bare.echo", respond, nullptr) != NATS_OK ||
        natsConnection_Flush(nc) != NATS_OK) {
        fprintf(stderr, "responder: cannot subscribe at %s\n", url.constData());
        return 1;
    }
    printf("ready\n");
    fflush(stdout);
    char buf[64];
    while (read(0, buf, sizeof buf) > 0) {
    }
    natsSubscription_Destroy(sub);
    natsConnection_Destroy(nc);
    return 0;
}

QJsonObject function(const QString &name, const QString &command, const QStringList &args,
                     const QString &mode, int concurrency)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("command"), command},
                       {QStringLiteral("args"), QJsonArray::fromStringList(args)},
                       {QStringLiteral("mode"), mode},
                       {QStringLiteral("maxConcurrency"), concurrency},
                       {QStringLiteral("maxQueue"), 100000}};
}

// A CpuPacker with the supervisor's thresholds over the bench's cluster, on a thread of its
// own: it needs an event loop, and the measuring loops block the main thread.
class Placement
{
public:
    Placement(const QList<qint64> &pids, bool adaptive)
    {
        if (!adaptive)
            return;
        m_packer = new CpuPacker;
        m_packer->setProcesses([pids] { return pids; });
        QObject::connect(m_packer, &CpuPacker::placementChanged, m_packer, [this](bool packed) {
            {
                std::lock_guard lock(m_mutex);
                m_packed = packed;
                ++(packed ? m_packs : m_spreads);
            }
            m_changed.notify_all();
        });
        m_packer->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_packer, &QObject::deleteLater);
        m_thread.start();
        QMetaObject::invokeMethod(m_packer, &CpuPacker::start, Qt::BlockingQueuedConnection, &m_started);
    }
    ~Placement()
    {
        m_thread.quit();
        m_thread.wait();
    }

    bool waitForPacks(int packs) const
    {
        return waitUntil([&] { return m_packs >= packs; });
    }
    // Spreads at the next sample, if the load has not done it already, and never packs again.
    bool spreadForGood()
    {
        const CpuPacker::Thresholds never{.packBelow = 0, .spreadBusy = -1, .saturatedSamples = 1};
        QMetaObject::invokeMethod(m_packer, [this, never] { m_packer->setThresholds(never); });
        return waitUntil([&] { return !m_packed; });
    }
    int changes() const
    {
        std::lock_guard lock(m_mutex);
        return m_packs + m_spreads;
    }
    QString state() const
    {
        std::lock_guard lock(m_mutex);
        return m_packed ? QStringLiteral("packed") : QStringLiteral("spread");
    }
    QString summary() const
    {
        if (!m_started)
            return QStringLiteral("spread (nothing to pack on this machine)");
        std::lock_guard lock(m_mutex);
        return QStringLiteral("adaptive, packed onto one CPU %1 times, spread %2 times (once by the bench "
                              "before the throughput rows, unless the load had spread it)")
            .arg(m_packs)
            .arg(m_spreads);
    }

private:
    // done() is asked under m_mutex; the packer's thread signals each placement.
    bool waitUntil(const std::function<bool()> &done) const
    {
        if (!m_started)
            return false;
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, std::chrono::seconds(5), done); // a few samples of the packer
    }

    QThread m_thread;
    CpuPacker *m_packer = nullptr; // lives on m_thread, deleted when it finishes
    bool m_started = false;
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    int m_packs = 0, m_spreads = 0; // under m_mutex
    bool m_packed = false;          // under m_mutex
};

} // namespace

int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--responder") == 0)
        return runResponder(argv[2]);
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int scale = quick ? 10 : 1;
    const qsizetype onlyAt = app.arguments().indexOf(QStringLiteral("--only"));
    const QString only = onlyAt > 0 ? app.arguments().value(onlyAt + 1) : QString();
    auto wanted = [&only](const char *name) {
        return only.isEmpty() || QString::fromUtf8(name).contains(only);
    };
    if (binDir().isEmpty())
        qputenv("STRATUS_BIN_DIR", QCoreApplication::applicationDirPath().toUtf8());
    const QString sdk = QDir::cleanPath(binDir() + QStringLiteral("/../sdk"));

    TestBroker broker;
    if (!broker.start()) {
        fprintf(stderr, "%s\n", qPrintable(broker.errorString()));
        return 1;
    }
    auto client = NatsClient::connect(broker.url());
    if (!client) {
        fprintf(stderr, "%s\n", qPrintable(client.errorMessage()));
        return 1;
    }

    QTemporaryDir dir;
    QFile py(dir.filePath(QStringLiteral("echo.py")));
    py.open(QIODevice::WriteOnly);
    py.write("from stratus_worker import serve\nserve(lambda event: event)\n");
    py.close();
    QFile js(dir.filePath(QStringLiteral("echo.js")));
    js.open(QIODevice::WriteOnly);
    js.write("require('stratus_worker').serve((event) => event);\n");
    js.close();
    const QString cppWorker = binDir() + QStringLiteral("/stratus-echo-cpp");
    const int pool =
        qEnvironmentVariableIntValue("BENCH_POOL") > 0 ? qEnvironmentVariableIntValue("BENCH_POOL") : 4;
    QJsonArray functions{
        function(QStringLiteral("warm-py"), QStringLiteral("/usr/bin/python3"), {QStringLiteral("echo.py")},
                 QStringLiteral("warm"), pool),
        function(QStringLiteral("cold-cat"), QStringLiteral("/bin/cat"), {}, QStringLiteral("cold"), 8),
        function(QStringLiteral("cold-py"), QStringLiteral("/usr/bin/python3"), {QStringLiteral("echo.py")},
                 QStringLiteral("cold"), 8),
        function(QStringLiteral("cold-node"), QStringLiteral("/usr/bin/node"), {QStringLiteral("echo.js")},
                 QStringLiteral("cold"), 8),
    };
    const bool haveCpp = QFileInfo(cppWorker).isExecutable();
    if (haveCpp)
        functions.append(function(QStringLiteral("warm-cpp"), cppWorker, {}, QStringLiteral("warm"), pool));
    const QString manifest = dir.filePath(QStringLiteral("stratus.json"));
    QFile mf(manifest);
    mf.open(QIODevice::WriteOnly);
    mf.write(QJsonDocument(QJsonObject{{QStringLiteral("functions"), functions}}).toJson());
    mf.close();

    std::vector<std::unique_ptr<TestInvoker>> invokers;
    for (const auto &f : functions) {
        const QString name = f.toObject().value(QStringLiteral("name")).toString();
        invokers.push_back(std::make_unique<TestInvoker>(broker.url(), manifest, name));
        if (!invokers.back()->waitReady()) {
            fprintf(stderr, "invoker %s not ready: %s\n", qPrintable(name),
                    qPrintable(invokers.back()->log()));
            return 1;
        }
    }

    QProcess responder;
    responder.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--responder"), broker.url()});
    if (!responder.waitForReadyRead(10000) || !responder.readAll().startsWith("ready")) {
        fprintf(stderr, "the responder did not start: %s\n", responder.readAllStandardError().constData());
        return 1;
    }

    // The broker, the responder and the invokers placed on the CPUs as the supervisor places a cluster,
    // unless --spread. Every latency row, the floor's included, is measured after the idle
    // cluster has been packed; the throughput rows, whose loads all saturate a CPU, spread.
    const bool spread = app.arguments().contains(QStringLiteral("--spread"));
    QList<qint64> clusterPids{broker.pid(), responder.processId()};
    for (auto &inv : invokers)
        clusterPids.append(inv->pid());
    Placement placement(clusterPids, !spread);
    if (!spread && !placement.waitForPacks(1))
        fprintf(stderr, "the idle cluster was not packed within the deadline: measuring it as it is\n");

    printf("| target | p50 µs | p99 µs | inside the invoker, p50 µs | errors | note |\n"
           "|---|---:|---:|---:|---:|---|\n");
    // Each row says where the cluster was while it ran (packed, spread, or moved meanwhile):
    // placementChanges is taken as a measurement starts.
    int placementChanges = placement.changes();
    auto row = [&](const char *name, const Latency &l, const QString &note = {}) {
        const QString where =
            placement.changes() != placementChanges ? QStringLiteral("moved") : placement.state();
        printf("| %s | %.0f | %.0f | %s | %d | %s |\n", name, l.p50, l.p99,
               l.insideP50 > 0 ? qPrintable(QString::number(l.insideP50, 'f', 0)) : "", l.errors,
               qPrintable(note.isEmpty() ? where : note + QStringLiteral(", ") + where));
        fflush(stdout);
    };
    // The floor is always measured: every other row is read against it.
    const Latency floor = sequential(*client, QStringLiteral("bare.echo"), 5000 / scale);
    row("bare nats.c responder (floor)", floor);
    struct WarmCase
    {
        const char *name;
        QString subject;
        bool available;
    };
    const std::vector<WarmCase> warm{{"warm echo, C++ worker", QStringLiteral("fn.warm-cpp"), haveCpp},
                                     {"warm echo, Python worker", QStringLiteral("fn.warm-py"), true}};
    for (const WarmCase &w : warm) {
        if (!w.available || !wanted(w.name))
            continue;
        placementChanges = placement.changes();
        const Latency l = sequential(*client, w.subject, 5000 / scale);
        row(w.name, l, QStringLiteral("%1× floor").arg(l.p50 / floor.p50, 0, 'f', 2));
    }

    const QStringList env{QStringLiteral("PATH=/usr/local/bin:/usr/bin:/bin"), QStringLiteral("LANG=C.UTF-8"),
                          QStringLiteral("STRATUS_MODE=cold"),
                          QStringLiteral("PYTHONPATH=") + sdk + QStringLiteral("/python"),
                          QStringLiteral("NODE_PATH=") + sdk + QStringLiteral("/node")};
    struct ColdCase
    {
        const char *name;
        const char *spawnName;
        QString subject;
        QString program;
        QStringList args;
        int count;
    };
    const std::vector<ColdCase> cold{
        {"cold echo, /bin/cat",
         "bare spawn+wait, /bin/cat",
         QStringLiteral("fn.cold-cat"),
         QStringLiteral("/bin/cat"),
         {},
         1000},
        {"cold echo, Python",
         "bare spawn+wait, Python",
         QStringLiteral("fn.cold-py"),
         QStringLiteral("/usr/bin/python3"),
         {QStringLiteral("echo.py")},
         200},
        {"cold echo, Node.js",
         "bare spawn+wait, Node.js",
         QStringLiteral("fn.cold-node"),
         QStringLiteral("/usr/bin/node"),
         {QStringLiteral("echo.js")},
         100},
    };
    for (const ColdCase &c : cold) {
        if (!wanted(c.name))
            continue;
        // Interleaved in rounds, so a load change on the machine hits both sides alike.
        const int count = std::max(10, c.count / scale);
        std::vector<double> spawnP50, invokerP50, insideP50;
        Latency spawn, viaInvoker;
        placementChanges = placement.changes();
        for (int round = 0; round < 5; ++round) {
            const Latency s1 = bareSpawn(c.program, c.args, dir.path(), env, count / 5 + 1);
            const Latency s2 = sequential(*client, c.subject, count / 5 + 1);
            spawnP50.push_back(s1.p50);
            invokerP50.push_back(s2.p50);
            insideP50.push_back(s2.insideP50);
            spawn.p99 = std::max(spawn.p99, s1.p99);
            viaInvoker.p99 = std::max(viaInvoker.p99, s2.p99);
            spawn.errors += s1.errors;
            viaInvoker.errors += s2.errors;
        }
        spawn.p50 = percentile(spawnP50, 0.5);
        viaInvoker.p50 = percentile(invokerP50, 0.5);
        viaInvoker.insideP50 = percentile(insideP50, 0.5);
        row(c.spawnName, spawn);
        row(c.name, viaInvoker, QStringLiteral("%1× bare spawn").arg(viaInvoker.p50 / spawn.p50, 0, 'f', 2));
    }

    if (!spread && !placement.spreadForGood())
        fprintf(stderr, "the cluster was not spread within the deadline: measuring it as it is\n");
    printf("\n| target, 64 requests in flight | replies/s | note |\n|---|---:|---|\n");
    const int total = 50000 / scale * (app.arguments().contains(QStringLiteral("--long")) ? 10 : 1);
    const double floorRate = throughput(*client, QStringLiteral("bare.echo"), 64, total);
    printf("| bare nats.c responder (floor) | %.0f | |\n", floorRate);
    struct RateCase
    {
        const char *name;
        QString subject;
        int total;
        bool available;
    };
    const std::vector<RateCase> rates{
        {"warm echo, C++ worker (pool 4)", QStringLiteral("fn.warm-cpp"), total, haveCpp},
        {"warm echo, Python worker (pool 4)", QStringLiteral("fn.warm-py"), total, true},
        {"cold echo, /bin/cat (8 at once)", QStringLiteral("fn.cold-cat"), total / 20, true},
    };
    for (const RateCase &r : rates) {
        if (!r.available || !wanted(r.name))
            continue;
        const double rate = throughput(*client, r.subject, 64, r.total);
        printf("| %s | %.0f | %.0f %% of floor |\n", r.name, rate, 100 * rate / floorRate);
        fflush(stdout);
    }

    printf("\nPlacement: %s\n", qPrintable(spread ? QStringLiteral("spread") : placement.summary()));

    for (auto &inv : invokers)
        inv->terminate();
    responder.closeWriteChannel();
    responder.waitForFinished(5000);
    return 0;
}
