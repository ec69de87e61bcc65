// The workflow thesis's Tables 1 and 2 (seed 001, section 5.3) through our HTTP gateway with hey:
// FizzBuzz and chains of 1, 2 and 6 functions, each at 1 request/s for 60 s (60 requests, their
// figures from hey's CSV) and at 50 concurrent requests for 40 s, on the example project's cluster (every
// function a warm Python process of its own). Besides hey's figures it prints where a run's time goes (from
// the runs' spans and the function invokers' records) and the CPU each process spent per run. Each 1
// request/s phase starts once the cluster is placed for light load (packed, at most 15 s after it asks) and
// after three requests that are not counted. Not a test: it prints Markdown (docs/benchmarks.md, "Flows: the
// thesis's FizzBuzz").
//   bench_flows [--quick] [--only NAME] [--record all|failed|none] [--spread]
//     --quick: 10 s at 1/s and 10 s at 50 concurrent (a smoke run, not the thesis's loads)
//     --spread: the cluster as `stratus cluster up --placement spread` runs it (no packing)

#include "flowspan.h"
#include "natsclient.h"
#include "protocol.h"
#include "supervisor.h"
#include "testbroker.h"
#include "testproject.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <map>
#include <unistd.h>
#include <vector>

using namespace Stratus;
using namespace Stratus::Test;

namespace {

struct Scenario
{
    QString flow;
    QByteArray body;
    QString thesis; // the thesis's figure for this row, where it has one
};

struct HeyResult
{
    double averageMs = 0, p50Ms = 0, p95Ms = 0, p99Ms = 0, slowestMs = 0, rps = 0;
    int ok = 0, other = 0, errors = 0;
    QString raw;
};

double seconds(const QString &text, const QString &label)
{
    const QRegularExpression re(QRegularExpression::escape(label) + QStringLiteral("\\s*([0-9.]+) secs"));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1).toDouble() * 1000.0 : -1;
}

QString runHey(const QStringList &arguments)
{
    QProcess p;
    // The supervisor in this process goes on working while hey runs (reading its children's
    // logs, placing them on the CPUs), as it does in `stratus cluster up`: its loop runs.
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    p.start(QStringLiteral("hey"), arguments);
    if (p.waitForStarted(10000) && p.state() == QProcess::Running)
        loop.exec();
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

// hey's summary: its figures are printed to 0.1 ms.
HeyResult hey(const QStringList &arguments)
{
    HeyResult r;
    r.raw = runHey(arguments);
    r.averageMs = seconds(r.raw, QStringLiteral("Average:"));
    r.slowestMs = seconds(r.raw, QStringLiteral("Slowest:"));
    r.p50Ms = seconds(r.raw, QStringLiteral("50% in"));
    r.p95Ms = seconds(r.raw, QStringLiteral("95% in"));
    r.p99Ms = seconds(r.raw, QStringLiteral("99% in"));
    const auto rps = QRegularExpression(QStringLiteral("Requests/sec:\\s*([0-9.]+)")).match(r.raw);
    r.rps = rps.hasMatch() ? rps.captured(1).toDouble() : 0;
    auto it = QRegularExpression(QStringLiteral("\\[(\\d+)\\]\\s+(\\d+) responses")).globalMatch(r.raw);
    while (it.hasNext()) {
        const auto m = it.next();
        (m.captured(1) == QLatin1String("200") ? r.ok : r.other) += m.captured(2).toInt();
    }
    const int errorAt = int(r.raw.indexOf(QLatin1String("Error distribution:")));
    if (errorAt >= 0) {
        auto e = QRegularExpression(QStringLiteral("\\[(\\d+)\\]")).globalMatch(r.raw.mid(errorAt));
        while (e.hasNext())
            r.errors += e.next().captured(1).toInt();
    }
    return r;
}

// hey -n REQUESTS -o csv: the same requests, each response's own figures (to 0.1 ms, like the
// summary's), so the average is the mean of them instead of a mean rounded to 0.1 ms. hey's CSV
// lists answered requests only: the others are the errors.
HeyResult heyCsv(const QStringList &options, const QString &url, int requests)
{
    HeyResult r;
    r.raw = runHey(options + QStringList{QStringLiteral("-n"), QString::number(requests),
                                         QStringLiteral("-o"), QStringLiteral("csv"), url});
    std::vector<double> latencies;
    double sum = 0, endSeconds = 0;
    for (const QString &line : r.raw.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        // response-time,DNS+dialup,DNS,Request-write,Response-delay,Response-read,status-code,offset
        const QStringList f = line.split(QLatin1Char(','));
        bool number = false;
        const double latency = f.value(0).toDouble(&number);
        if (!number || f.size() < 8)
            continue; // the header
        latencies.push_back(latency * 1000.0);
        sum += latency * 1000.0;
        (f[6] == QLatin1String("200") ? r.ok : r.other) += 1;
        endSeconds = std::max(endSeconds, f[7].toDouble() + latency);
    }
    r.errors = requests - int(latencies.size());
    if (latencies.empty())
        return r;
    std::sort(latencies.begin(), latencies.end());
    // hey's own rule: the first latency at or past the percentile's rank
    const auto percentile = [&latencies](int pct) {
        for (size_t i = 0; i < latencies.size(); ++i)
            if (i * 100 / latencies.size() >= size_t(pct))
                return latencies[i];
        return latencies.back();
    };
    r.averageMs = sum / double(latencies.size());
    r.p50Ms = percentile(50);
    r.p95Ms = percentile(95);
    r.p99Ms = latencies.size() >= 100 ? percentile(99) : -1; // hey prints none with fewer
    r.slowestMs = latencies.back();
    r.rps = endSeconds > 0 ? double(latencies.size()) / endSeconds : 0;
    return r;
}

// CPU seconds (user + system) of every process, by a readable name.
std::map<QString, double> cpuByProcess()
{
    std::map<QString, double> out;
    const double hz = double(sysconf(_SC_CLK_TCK));
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        if (!pid.front().isDigit())
            continue;
        QFile statFile(QStringLiteral("/proc/%1/stat").arg(pid));
        QFile cmdFile(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!statFile.open(QIODevice::ReadOnly) || !cmdFile.open(QIODevice::ReadOnly))
            continue;
        const QByteArray stat = statFile.readAll();
        const QList<QByteArray> cmd = cmdFile.readAll().split('\0');
        const qsizetype close = stat.lastIndexOf(')');
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        if (fields.size() < 13)
            continue;
        QString name = QFileInfo(QString::fromUtf8(cmd.value(0))).fileName();
        const auto arg = [&](const char *option) {
            const qsizetype i = cmd.indexOf(QByteArray(option));
            return i >= 0 ? QString::fromUtf8(cmd.value(i + 1)) : QString();
        };
        if (name == QLatin1String("stratus-invoker"))
            name = cmd.contains("--flow") ? QStringLiteral("flow invoker (%1)").arg(arg("--flow"))
                                          : QStringLiteral("function invokers");
        else if (name.startsWith(QLatin1String("python3")))
            name = QStringLiteral("function processes (Python)");
        out[name] += (fields[11].toDouble() + fields[12].toDouble()) / hz;
    }
    return out;
}

QString ms(double v)
{
    return v < 0 ? QStringLiteral("–") : QString::number(v, 'f', 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QLatin1String("--quick"));
    const QString only = args.indexOf(QLatin1String("--only")) > 0
                             ? args.value(args.indexOf(QLatin1String("--only")) + 1)
                             : QString();
    const QString record = args.indexOf(QLatin1String("--record")) > 0
                               ? args.value(args.indexOf(QLatin1String("--record")) + 1)
                               : QStringLiteral("all");
    const int lowSeconds = quick ? 10 : 60;
    const int highSeconds = quick ? 10 : 40;
    // Requests at 1 request/s before each measured minute, not counted: a fresh cluster's first
    // 20 s are slower (the broker's heap still growing, the placement just made), and the
    // thesis measured a cluster long up (docs/benchmarks.md, "A fresh VM, a slower hour").
    const int warmUpRequests = quick ? 3 : 20;

    QTemporaryDir project;
    if (!copyProject(sourceDir() + QStringLiteral("/resources/examples/basic"), project.path()))
        qFatal("cannot copy the example project");
    { // the flows' record policy, as asked
        QFile file(project.filePath(QStringLiteral("stratus.json")));
        file.open(QIODevice::ReadOnly);
        QJsonObject manifest = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonArray flows = manifest.value(QLatin1String("flows")).toArray();
        for (auto f : flows) {
            QJsonObject o = f.toObject();
            o.insert(QStringLiteral("record"), record);
            f = o;
        }
        manifest.insert(QStringLiteral("flows"), flows);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(QJsonDocument(manifest).toJson());
    }
    auto cluster = startCluster(project.path(), 60000, !args.contains(QLatin1String("--spread")));
    if (!cluster)
        qFatal("%s", qPrintable(cluster.errorMessage()));
    Supervisor &supervisor = **cluster;
    const QString gateway = supervisor.gatewayUrl();
    auto client = NatsClient::connect(supervisor.brokerUrl());
    if (!client)
        qFatal("%s", qPrintable(client.errorMessage()));

    const QList<Scenario> scenarios{
        {QStringLiteral("fizzbuzz"), QByteArrayLiteral("{\"n\":15}"),
         QStringLiteral("16.8 ms avg at 1/s; 189.5 ms avg, 234.4 req/s at ~50 concurrent")},
        {QStringLiteral("chain-1"), QByteArrayLiteral("{\"x\":1}"), {}},
        {QStringLiteral("chain-2"), QByteArrayLiteral("{\"x\":1}"), {}},
        {QStringLiteral("chain-6"), QByteArrayLiteral("{\"x\":1}"), {}}};

    std::printf("Machine: %ld CPUs; hey through the gateway %s; flows' record policy: %s\n\n",
                sysconf(_SC_NPROCESSORS_ONLN), qPrintable(gateway), qPrintable(record));
    std::printf("| flow | load | requests | non-200 | errors | average ms | p50 ms | p95 ms | p99 ms | "
                "slowest ms | req/s |\n");
    std::printf("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    QStringList breakdowns;
    QStringList cpuTables;
    for (const Scenario &s : scenarios) {
        if (!only.isEmpty() && s.flow != only)
            continue;
        const QString url = gateway + QStringLiteral("/flow/") + s.flow;
        const QStringList common{QStringLiteral("-m"), QStringLiteral("POST"),
                                 QStringLiteral("-T"), QStringLiteral("application/json"),
                                 QStringLiteral("-d"), QString::fromUtf8(s.body)};

        // 1 request/s: the latency of one run, and where it goes, once the cluster has settled
        // as a user's idle cluster is: placed for light load (the cluster has just started, or
        // the previous flow's 50 concurrent spread it) and past its first requests.
        if (!args.contains(QLatin1String("--spread")) &&
            !QTest::qWaitFor([&supervisor] { return supervisor.packedCpu() >= 0; }, 15000))
            std::fprintf(stderr, "%s: the cluster is still spread after 15 s\n", qPrintable(s.flow));
        runHey(QStringList{QStringLiteral("-n"), QString::number(warmUpRequests), QStringLiteral("-q"),
                           QStringLiteral("1"), QStringLiteral("-c"), QStringLiteral("1")} +
               common + QStringList{url});
        natsSubscription *rawTraces = nullptr;
        natsSubscription *rawRecords = nullptr;
        natsConnection_SubscribeSync(
            &rawTraces, client->handle(),
            (QByteArray(Protocol::TraceSubjectPrefix) + s.flow.toUtf8()).constData());
        natsConnection_SubscribeSync(&rawRecords, client->handle(), "stratus.records.>");
        NatsSubscriptionPtr traces(rawTraces), records(rawRecords);
        natsSubscription_SetPendingLimits(rawTraces, -1, -1);
        natsSubscription_SetPendingLimits(rawRecords, -1, -1);
        natsConnection_Flush(client->handle());
        const HeyResult low = heyCsv(QStringList{QStringLiteral("-q"), QStringLiteral("1"),
                                                 QStringLiteral("-c"), QStringLiteral("1")} +
                                         common,
                                     url, lowSeconds);
        std::map<QString, double> invokerUs; // request id RUN.NODE -> the function invoker's duration
        for (natsMsg *m = nullptr; natsSubscription_NextMsg(&m, rawRecords, 200) == NATS_OK;) {
            const QJsonObject r =
                QJsonDocument::fromJson(QByteArray(natsMsg_GetData(m), natsMsg_GetDataLength(m))).object();
            invokerUs[r.value(QLatin1String("requestId")).toString()] =
                r.value(QLatin1String("durationUs")).toDouble();
            natsMsg_Destroy(m);
        }
        double runs = 0, runUs = 0, functionSpanUs = 0, functionInvokerUs = 0, calls = 0, otherNodesUs = 0;
        for (natsMsg *m = nullptr; natsSubscription_NextMsg(&m, rawTraces, 200) == NATS_OK;) {
            const QJsonObject doc =
                QJsonDocument::fromJson(QByteArray(natsMsg_GetData(m), natsMsg_GetDataLength(m))).object();
            natsMsg_Destroy(m);
            if (!doc.contains(QLatin1String("spans")))
                continue;
            ++runs;
            for (const QJsonValue &v : doc.value(QLatin1String("spans")).toArray()) {
                const FlowSpan span = FlowSpan::fromJson(v.toObject());
                if (span.isRun()) {
                    runUs += double(span.durationUs());
                } else if (span.kind == QLatin1String("function") && span.status == QLatin1String("ok")) {
                    ++calls;
                    functionSpanUs += double(span.durationUs());
                    functionInvokerUs += invokerUs[span.runId + QLatin1Char('.') + span.node];
                } else if (span.status == QLatin1String("ok")) {
                    otherNodesUs += double(span.durationUs());
                }
            }
        }
        traces.reset();
        records.reset();
        std::printf("| %s | 1 req/s, %d s | %d | %d | %d | %s | %s | %s | %s | %s | %.1f |\n",
                    qPrintable(s.flow), lowSeconds, low.ok + low.other, low.other, low.errors,
                    qPrintable(ms(low.averageMs)), qPrintable(ms(low.p50Ms)), qPrintable(ms(low.p95Ms)),
                    qPrintable(ms(low.p99Ms)), qPrintable(ms(low.slowestMs)), low.rps);
        if (runs > 0 && calls > 0) {
            const double run = runUs / runs / 1000.0;
            const double perCallSpan = functionSpanUs / calls / 1000.0;
            const double perCallInvoker = functionInvokerUs / calls / 1000.0;
            const double callsPerRun = calls / runs;
            breakdowns << QStringLiteral("| %1 | %2 | %3 | %4 × %5 | %4 × %6 | %7 | %8 |")
                              .arg(s.flow, ms(low.averageMs), ms(low.averageMs - run))
                              .arg(callsPerRun, 0, 'f', 0)
                              .arg(ms(perCallInvoker), ms(perCallSpan - perCallInvoker),
                                   ms(otherNodesUs / runs / 1000.0),
                                   ms(run - callsPerRun * perCallSpan - otherNodesUs / runs / 1000.0));
        }

        // 50 concurrent: throughput, and the CPU each part spends per run.
        const auto before = cpuByProcess();
        const HeyResult high = hey(QStringList{QStringLiteral("-c"), QStringLiteral("50"),
                                               QStringLiteral("-z"), QStringLiteral("%1s").arg(highSeconds)} +
                                   common + QStringList{url});
        const auto after = cpuByProcess();
        std::printf("| %s | 50 concurrent, %d s | %d | %d | %d | %s | %s | %s | %s | %s | %.1f |\n",
                    qPrintable(s.flow), highSeconds, high.ok + high.other, high.other, high.errors,
                    qPrintable(ms(high.averageMs)), qPrintable(ms(high.p50Ms)), qPrintable(ms(high.p95Ms)),
                    qPrintable(ms(high.p99Ms)), qPrintable(ms(high.slowestMs)), high.rps);
        std::fflush(stdout);
        const double total = double(high.ok + high.other);
        QStringList cpu;
        double sum = 0;
        std::vector<std::pair<double, QString>> rows;
        for (const auto &[name, seconds] : after) {
            const double spent = seconds - (before.count(name) ? before.at(name) : 0.0);
            if (spent > 0.01 * highSeconds / 10 && total > 0)
                rows.push_back({spent * 1e6 / total, name});
        }
        std::sort(rows.rbegin(), rows.rend());
        for (const auto &[us, name] : rows) {
            cpu << QStringLiteral("| %1 | %2 |").arg(name).arg(us, 0, 'f', 0);
            sum += us;
        }
        cpuTables << QStringLiteral("\n%1 at 50 concurrent, CPU µs per run (hey's own CPU not included: it "
                                    "exits before the second reading):\n\n| process | µs/run |\n| --- | --- "
                                    "|\n%2\n| total | %3 |")
                         .arg(s.flow, cpu.join(QLatin1Char('\n')))
                         .arg(sum, 0, 'f', 0);
    }
    std::printf(
        "\nWhere a run's time goes at 1 req/s (averages, ms): the gateway column is hey's latency less the "
        "run's time in the flow invoker (HTTP, the gateway, and the NATS hop to the flow invoker and "
        "back); a call is the function invoker's time (worker included) plus the NATS round trip and "
        "the flow invoker's own handling around it.\n\n");
    std::printf("| flow | hey average | gateway + hop | function invokers | NATS + flow invoker per call | "
                "other nodes | flow invoker, rest |\n| --- | --- | --- | --- | --- | --- | --- |\n%s\n",
                qPrintable(breakdowns.join(QLatin1Char('\n'))));
    std::printf("%s\n", qPrintable(cpuTables.join(QLatin1Char('\n'))));

    QSignalSpy stopped(&supervisor, &Supervisor::stopped);
    supervisor.stop();
    QElapsedTimer wait;
    wait.start();
    while (stopped.isEmpty() && wait.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return 0;
}
