// The HTTP gateway's own cost: hey drives stratus-gateway, whose requests are answered by a
// trivial nats.c responder inside this process (no function process), so what is measured is
// hey + gateway + broker + responder, and the gateway's CPU time per request is read from
// /proc/PID/stat. Two loads: lone requests (`hey -q 100 -c 1`: an idle machine between
// requests, so the latency counts thread wake-ups) and `hey -c 50` (throughput). Run for the
// gateway's two write modes: a lone request written at once (the default) and --buffered.
// STRATUS_BIN_DIR names the stratus-gateway measured (another build's, to compare).
// Not a test: it prints a Markdown table (docs/benchmarks.md has the figures and the command).
//   bench_gateway [--seconds N] [--connections N]

#include "natshandles.h"
#include "testbroker.h"
#include "testservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <unistd.h>
#include <vector>

using namespace Stratus;
using namespace Stratus::Test;

namespace {

// What an invoker's reply looks like, without the invoker: the event back, with the headers.
void respond(natsConnection *nc, natsSubscription *, natsMsg *msg, void *)
{
    NatsMsgPtr request(msg);
    natsMsg *raw = nullptr;
    if (natsMsg_Create(&raw, natsMsg_GetReply(msg), nullptr, natsMsg_GetData(msg),
                       natsMsg_GetDataLength(msg)) != NATS_OK)
        return;
    NatsMsgPtr reply(raw);
    natsMsgHeader_Set(raw, "Stratus-Status", "ok");
    natsMsgHeader_Set(raw, "Stratus-Duration-Us", "1");
    natsMsgHeader_Set(raw, "Stratus-Function", "bench");
    natsConnection_PublishMsg(nc, raw);
}

// utime + stime of a process, in clock ticks.
qint64 cpuTicks(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 12 ? fields[11].toLongLong() + fields[12].toLongLong() : -1;
}

struct Run
{
    QString mode;
    double loneAvgMs = 0, loneP50Ms = 0, loneP99Ms = 0;
    double loneCpuUs = 0; // per request
    double rps = 0;
    qint64 ok = 0;
    qint64 other = 0;
    double p50ms = 0, p99ms = 0;
    double gatewayCpuUs = 0; // per request
    double gatewayCores = 0; // CPU seconds per second
    QString error;
};

double match(const QString &text, const QString &pattern)
{
    const auto m = QRegularExpression(pattern).match(text);
    return m.hasMatch() ? m.captured(1).toDouble() : 0;
}

Run measure(const QString &mode, const QStringList &gatewayArgs, const QString &natsUrl,
            const QString &manifest, const QString &dir, int seconds, int connections)
{
    Run run;
    run.mode = mode;
    const QString portFile = dir + QStringLiteral("/gateway-%1.port").arg(mode);
    TestService gateway(QStringLiteral("stratus-gateway"),
                        QStringList{QStringLiteral("--nats"), natsUrl, QStringLiteral("--manifest"), manifest,
                                    QStringLiteral("--port-file"), portFile} +
                            gatewayArgs);
    if (!gateway.waitReady()) {
        run.error = QStringLiteral("gateway not ready: ") + gateway.log();
        return run;
    }
    QFile file(portFile);
    file.open(QIODevice::ReadOnly);
    const QString url =
        QStringLiteral("http://127.0.0.1:%1/function/bench").arg(file.readAll().trimmed().toInt());
    const QString hey = QStandardPaths::findExecutable(QStringLiteral("hey"));
    const auto runHey = [&](const QStringList &args, int timeoutMs, int clients) {
        QProcess p;
        p.start(hey, args + QStringList{QStringLiteral("-c"), QString::number(clients), QStringLiteral("-m"),
                                        QStringLiteral("POST"), QStringLiteral("-d"),
                                        QStringLiteral(R"({"n":1})"), url});
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
        }
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    const double tick = double(sysconf(_SC_CLK_TCK));
    runHey({QStringLiteral("-n"), QStringLiteral("5000")}, 60000, connections); // warm-up

    qint64 before = cpuTicks(gateway.pid());
    // Every request's time (CSV, in 0.1 ms steps): the mean of a thousand is finer than that.
    const QString lone =
        runHey({QStringLiteral("-q"), QStringLiteral("100"), QStringLiteral("-z"),
                QStringLiteral("%1s").arg(seconds), QStringLiteral("-o"), QStringLiteral("csv")},
               (seconds + 30) * 1000, 1);
    qint64 after = cpuTicks(gateway.pid());
    std::vector<double> times;
    for (const QString &line : lone.split(QLatin1Char('\n'))) {
        const QStringList fields = line.split(QLatin1Char(','));
        if (fields.size() > 6 && fields[6] == QStringLiteral("200"))
            times.push_back(fields[0].toDouble() * 1000);
    }
    if (!times.empty()) {
        std::sort(times.begin(), times.end());
        run.loneAvgMs = std::accumulate(times.begin(), times.end(), 0.0) / double(times.size());
        run.loneP50Ms = times[times.size() / 2];
        run.loneP99Ms = times[std::min(times.size() - 1, times.size() * 99 / 100)];
        run.loneCpuUs = double(after - before) / tick * 1e6 / double(times.size());
    }

    before = cpuTicks(gateway.pid());
    const QString out = runHey({QStringLiteral("-z"), QStringLiteral("%1s").arg(seconds)},
                               (seconds + 30) * 1000, connections);
    after = cpuTicks(gateway.pid());
    run.rps = match(out, QStringLiteral(R"(Requests/sec:\s+([0-9.]+))"));
    run.ok = qint64(match(out, QStringLiteral(R"(\[200\]\s+(\d+) responses)")));
    const auto all = QRegularExpression(QStringLiteral(R"(\[(\d+)\]\s+(\d+) responses)")).globalMatch(out);
    for (auto it = all; it.hasNext();) {
        const auto m = it.next();
        if (m.captured(1) != QStringLiteral("200"))
            run.other += m.captured(2).toLongLong();
    }
    run.p50ms = 1000 * match(out, QStringLiteral(R"(50%+ in ([0-9.]+) secs)"));
    run.p99ms = 1000 * match(out, QStringLiteral(R"(99%+ in ([0-9.]+) secs)"));
    const double cpuSeconds = double(after - before) / tick;
    if (run.ok > 0)
        run.gatewayCpuUs = cpuSeconds * 1e6 / double(run.ok + run.other);
    run.gatewayCores = cpuSeconds / seconds;
    if (run.ok == 0)
        run.error = QStringLiteral("no successful responses; hey said:\n") + out;
    gateway.terminate();
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int seconds = 5;
    int connections = 50;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QStringLiteral("--seconds"))
            seconds = args[i + 1].toInt();
        else if (args[i] == QStringLiteral("--connections"))
            connections = args[i + 1].toInt();
    }
    if (QStandardPaths::findExecutable(QStringLiteral("hey")).isEmpty()) {
        fprintf(stderr, "bench_gateway: hey is not installed (apt-get install hey)\n");
        return 1;
    }
    if (binDir().isEmpty()) {
        fprintf(stderr, "bench_gateway: set STRATUS_BIN_DIR to the build's bin folder\n");
        return 1;
    }
    TestBroker broker;
    if (!broker.start()) {
        fprintf(stderr, "bench_gateway: %s\n", qPrintable(broker.errorString()));
        return 1;
    }
    QTemporaryDir dir;
    const QString manifest = dir.filePath(QStringLiteral("stratus.json"));
    QFile f(manifest);
    f.open(QIODevice::WriteOnly);
    f.write(QJsonDocument(
                QJsonObject{{QStringLiteral("version"), 1},
                            {QStringLiteral("functions"),
                             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("bench")},
                                                    {QStringLiteral("command"), QStringLiteral("cat")},
                                                    {QStringLiteral("trigger"), QStringLiteral("bench.echo")},
                                                    {QStringLiteral("replicas"), 0}}}}})
                .toJson());
    f.close();

    natsConnection *rawConn = nullptr;
    natsOptions *rawOptions = nullptr;
    natsOptions_Create(&rawOptions);
    NatsOptionsPtr options(rawOptions);
    natsOptions_SetURL(rawOptions, broker.url().toUtf8().constData());
    natsOptions_SetSendAsap(rawOptions, true);
    if (natsConnection_Connect(&rawConn, rawOptions) != NATS_OK) {
        fprintf(stderr, "bench_gateway: cannot connect the responder\n");
        return 1;
    }
    NatsConnectionPtr conn(rawConn);
    natsSubscription *rawSub = nullptr;
    natsConnection_Subscribe(&rawSub, rawConn, "bench.echo", &respond, nullptr);
    NatsSubscriptionPtr sub(rawSub);
    natsConnection_Flush(rawConn);

    QList<Run> runs;
    runs << measure(QStringLiteral("default"), {}, broker.url(), manifest, dir.path(), seconds, connections);
    runs << measure(QStringLiteral("buffered"), {QStringLiteral("--buffered")}, broker.url(), manifest,
                    dir.path(), seconds, connections);
    printf("lone: hey -q 100 -c 1 -z %ds; load: hey -c %d -z %ds; both -m POST -d '{\"n\":1}' "
           "URL/function/bench; responder in-process (nats.c)\n\n",
           seconds, connections, seconds);
    printf("| gateway writes | lone avg ms | lone p50 ms | lone p99 ms | lone CPU µs/request | load "
           "requests/s | non-200 | load p50 ms | load p99 ms | load CPU µs/request | gateway cores |\n");
    printf("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    int code = 0;
    for (const Run &r : runs) {
        if (!r.error.isEmpty()) {
            fprintf(stderr, "%s: %s\n", qPrintable(r.mode), qPrintable(r.error));
            code = 1;
            continue;
        }
        printf("| %s | %.3f | %.2f | %.2f | %.1f | %.0f | %lld | %.2f | %.2f | %.1f | %.2f |\n",
               qPrintable(r.mode), r.loneAvgMs, r.loneP50Ms, r.loneP99Ms, r.loneCpuUs, r.rps,
               static_cast<long long>(r.other), r.p50ms, r.p99ms, r.gatewayCpuUs, r.gatewayCores);
    }
    sub.reset();
    conn.reset();
    return code;
}
