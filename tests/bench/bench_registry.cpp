// Registry lookups and datastore transfers as a function sees them, through the injector:
//   (a) getServiceById from C++ (core/Injector), Node.js (stratus_injector.js, npm nats) and
//       Python (stratus_injector.py, libnats through ctypes), sequential, p50/p99;
//   (b) datastore put and get of 1 KiB and 1 MiB values from C++, p50/p99.
// The seed's figure for a registry read with MongoDB's Go client is "under 10 ms".
// Not a test: it prints a Markdown table (docs/benchmarks.md has the figures and the command).
//   bench_registry [--quick]

#include "injector.h"
#include "testbroker.h"
#include "testservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace Stratus;
using namespace Stratus::Test;
using Clock = std::chrono::steady_clock;

namespace {

struct Latency
{
    double p50 = 0, p99 = 0; // microseconds
    int count = 0;
    QString error;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

// Runs step count + count/10 times (the first tenth warms up) and times the rest.
template <typename Step> Latency measure(int count, Step step)
{
    std::vector<double> us;
    Latency l;
    for (int i = 0; i < count + count / 10; ++i) {
        const auto t0 = Clock::now();
        if (QString error = step(); !error.isEmpty()) {
            l.error = error;
            return l;
        }
        if (i >= count / 10)
            us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t0).count());
    }
    l.p50 = percentile(us, 0.50);
    l.p99 = percentile(us, 0.99);
    l.count = count;
    return l;
}

// The same loop in another language: the script prints {"p50": us, "p99": us} on stdout.
const char NodeScript[] = R"(
const { Injector } = require('stratus_injector');
(async () => {
  const injector = await Injector.connect();
  const count = Number(process.argv[1]);
  const us = [];
  for (let i = 0; i < count + Math.floor(count / 10); ++i) {
    const t0 = process.hrtime.bigint();
    const service = await injector.getServiceById('log');
    const d = Number(process.hrtime.bigint() - t0) / 1000;
    if (!service || service.topic !== 'fn.logger') throw new Error('wrong lookup result');
    if (i >= Math.floor(count / 10)) us.push(d);
  }
  us.sort((a, b) => a - b);
  const at = (p) => us[Math.min(us.length - 1, Math.floor(p * us.length))];
  console.log(JSON.stringify({ p50: at(0.5), p99: at(0.99) }));
  await injector.close();
})().catch((e) => { console.error(e); process.exit(1); });
)";

const char PythonScript[] = R"(
import json, sys, time
from stratus_injector import Injector
injector = Injector()
count = int(sys.argv[1])
us = []
for i in range(count + count // 10):
    t0 = time.perf_counter_ns()
    service = injector.get_service_by_id("log")
    d = (time.perf_counter_ns() - t0) / 1000
    assert service and service["topic"] == "fn.logger", "wrong lookup result"
    if i >= count // 10:
        us.append(d)
us.sort()
at = lambda p: us[min(len(us) - 1, int(p * len(us)))]
print(json.dumps({"p50": at(0.5), "p99": at(0.99)}))
injector.close()
)";

Latency runScript(const QString &program, const QStringList &arguments, const QString &sdk,
                  const QString &url, int count)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("STRATUS_NATS_URL"), url);
    env.insert(QStringLiteral("NODE_PATH"), sdk + QStringLiteral("/node"));
    env.insert(QStringLiteral("PYTHONPATH"), sdk + QStringLiteral("/python"));
    process.setProcessEnvironment(env);
    process.start(program, arguments + QStringList{QString::number(count)});
    Latency l;
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        l.error = QString::fromUtf8(process.readAllStandardError()).trimmed();
        return l;
    }
    const QJsonObject o = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    l.p50 = o.value(QStringLiteral("p50")).toDouble();
    l.p99 = o.value(QStringLiteral("p99")).toDouble();
    l.count = count;
    return l;
}

void row(const char *what, const Latency &l)
{
    if (!l.error.isEmpty())
        std::printf("| %s | failed: %s | | |\n", what, qPrintable(l.error));
    else
        std::printf("| %s | %d | %.0f µs | %.0f µs |\n", what, l.count, l.p50, l.p99);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    if (binDir().isEmpty())
        qputenv("STRATUS_BIN_DIR", QCoreApplication::applicationDirPath().toUtf8());
    const QString sdk = QDir::cleanPath(binDir() + QStringLiteral("/../sdk"));

    TestBroker broker;
    if (!broker.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(broker.errorString()));
        return 1;
    }
    TestService registry(QStringLiteral("stratus-registry"), {QStringLiteral("--nats"), broker.url()});
    TestService datastore(QStringLiteral("stratus-datastore"), {QStringLiteral("--nats"), broker.url()});
    if (!registry.waitReady() || !datastore.waitReady()) {
        std::fprintf(stderr, "the registry or the datastore did not start:\n%s\n%s\n",
                     qPrintable(registry.log()), qPrintable(datastore.log()));
        return 1;
    }
    auto injector = Injector::connect(broker.url());
    if (!injector) {
        std::fprintf(stderr, "%s\n", qPrintable(injector.errorMessage()));
        return 1;
    }
    if (auto put = injector->registerService(
            {QStringLiteral("log"), QStringLiteral("LOG-js-function"), QStringLiteral("fn.logger")});
        !put) {
        std::fprintf(stderr, "%s\n", qPrintable(put.errorMessage()));
        return 1;
    }
    const int lookups = quick ? 500 : 5000;

    std::printf("| operation | samples | p50 | p99 |\n| --- | --- | --- | --- |\n");
    row("registry lookup, C++ (Injector::getServiceById)", measure(lookups, [&] {
            auto service = injector->getServiceById(QStringLiteral("log"));
            return !service ? service.errorMessage()
                            : (*service && (*service)->topic == QLatin1String("fn.logger")
                                   ? QString()
                                   : QStringLiteral("wrong lookup result"));
        }));
    row("registry lookup, Node.js (stratus_injector.js)",
        runScript(QStringLiteral("node"), {QStringLiteral("-e"), QString::fromUtf8(NodeScript)}, sdk,
                  broker.url(), lookups));
    row("registry lookup, Python (stratus_injector.py)",
        runScript(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromUtf8(PythonScript)},
                  sdk, broker.url(), lookups));

    const QString run = QStringLiteral("bench");
    if (auto registered = injector->datastore().registerRun(run, 600000); !registered) {
        std::fprintf(stderr, "%s\n", qPrintable(registered.errorMessage()));
        return 1;
    }
    for (const qsizetype size : {qsizetype(1024), qsizetype(1024 * 1024)}) {
        const QByteArray value(size, 'x');
        const int count = size > 4096 ? (quick ? 30 : 200) : (quick ? 300 : 3000);
        const QByteArray label = size > 4096 ? "1 MiB" : "1 KiB";
        row(QByteArray("datastore put " + label + ", C++").constData(), measure(count, [&] {
                auto put = injector->put(run, QStringLiteral("value"), value);
                return put ? QString() : put.errorMessage();
            }));
        row(QByteArray("datastore get " + label + ", C++").constData(), measure(count, [&] {
                auto got = injector->get(run, QStringLiteral("value"));
                if (!got)
                    return got.errorMessage();
                return *got && (*got)->size() == size ? QString() : QStringLiteral("wrong value");
            }));
    }
    return 0;
}
