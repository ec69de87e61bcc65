// How responsive the workbench window stays while logs and invocation records stream in.
// The real MainWindow (offscreen, no cluster) gets 10,000 log lines and 10,000 invocation
// records the way the live feeds deliver them: log lines one call per line (the supervisor's
// logLine signal), records in batches every 50 ms (RecordFeed's drain timer), records parsed
// beforehand since the feed parses them on the nats.c thread. Meanwhile a 1 ms precise timer
// measures how late the event loop serves it: that lateness is what a click or a keystroke
// would wait. Run: QT_QPA_PLATFORM=offscreen build/bin/bench_workbench [--count N] [--batch N]

#include "invocationmodel.h"
#include "invocationrecord.h"
#include "logmodel.h"
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Stratus;

namespace {

struct Lateness
{
    std::vector<double> ms;

    void print(const char *phase) const
    {
        std::vector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        auto at = [&sorted](double q) {
            return sorted.empty() ? 0.0
                                  : sorted[std::min(sorted.size() - 1, size_t(q * double(sorted.size())))];
        };
        const auto over16 = std::count_if(sorted.begin(), sorted.end(), [](double v) { return v > 16.0; });
        std::printf("%-10s ticks %6zu  lateness p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms  >16ms %lld\n",
                    phase, sorted.size(), at(0.50), at(0.99), sorted.empty() ? 0.0 : sorted.back(),
                    (long long)over16);
    }
};

// Runs the event loop for ms milliseconds while a 1 ms timer records how late it fires.
Lateness measure(int ms, const std::function<bool()> &doneEarly = {})
{
    Lateness result;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QElapsedTimer clock;
    qint64 last = -1;
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (last >= 0)
            result.ms.push_back(std::max(0.0, double(now - last) / 1e6 - 1.0));
        last = now;
    });
    clock.start();
    probe.start();
    QElapsedTimer total;
    total.start();
    while (total.elapsed() < ms && !(doneEarly && doneEarly()))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return result;
}

QByteArray recordJson(int i)
{
    static const char *const functions[] = {"echo-py", "echo-sh-warm", "logger", "access-control"};
    const bool ok = i % 17 != 0;
    return QStringLiteral(
               R"({"function":"%1","requestId":"inv-bench-%2","subject":"fn.%1","invoker":"inv-bench",)"
               R"("status":"%3","exitCode":%4,"cold":%5,"start":"2026-11-24T17:02:56.123Z",)"
               R"("durationUs":%6,"pid":4242,"input":"{\"hello\":\"world\",\"n\":%2}","inputBytes":27,)"
               R"("inputTruncated":false,"output":"{\"hello\":\"world\",\"n\":%2}","outputBytes":27,)"
               R"("outputTruncated":false,"stderr":"handled %2"%7})")
        .arg(QLatin1String(functions[i % 4]))
        .arg(i)
        .arg(ok ? QStringLiteral("ok") : QStringLiteral("function-error"))
        .arg(ok ? 0 : 1)
        .arg(i % 5 == 0 ? QStringLiteral("true") : QStringLiteral("false"))
        .arg(300 + (i * 37) % 5000)
        .arg(ok ? QString() : QStringLiteral(R"(,"error":"exit code 1")"))
        .toUtf8();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // no saved layout of the user's
    QCoreApplication::setOrganizationName(QStringLiteral("StratusBench"));
    const QStringList args = app.arguments();
    auto option = [&args](const char *name, int fallback) {
        const qsizetype at = args.indexOf(QLatin1String(name));
        return at > 0 ? args.value(at + 1).toInt() : fallback;
    };
    const int count = option("--count", 10000);
    const int batch = option("--batch", 250); // per 50 ms: 5,000 lines and 5,000 records a second

    QList<InvocationRecord> records;
    records.reserve(count);
    for (int i = 0; i < count; ++i) {
        auto record = InvocationRecord::fromJson(recordJson(i));
        if (!record) {
            std::fprintf(stderr, "bad record: %s\n", qPrintable(record.errorMessage()));
            return 1;
        }
        records << *record;
    }

    MainWindow window(WorkbenchSettings{}, MainWindow::Options{});
    window.resize(1500, 950);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    measure(300); // let the first layout settle

    std::printf("bench_workbench: %d log lines + %d invocation records, %d of each per 50 ms\n", count, count,
                batch);
    measure(2000).print("idle");

    int sent = 0;
    QElapsedTimer streaming;
    QTimer feed;
    feed.setInterval(50);
    QObject::connect(&feed, &QTimer::timeout, &feed, [&] {
        const int end = std::min(count, sent + batch);
        for (int i = sent; i < end; ++i)
            window.logModel()->append(
                QStringLiteral("invoker.echo-py.%1").arg(i % 2), i % 3 == 0,
                QStringLiteral("2026-11-24T17:02:56.%1Z INFO handled request inv-bench-%2")
                    .arg(i % 1000, 3, 10, QLatin1Char('0'))
                    .arg(i));
        window.invocationModel()->append(records.mid(sent, end - sent));
        sent = end;
        if (sent >= count)
            feed.stop();
    });
    streaming.start();
    feed.start();
    const Lateness during =
        measure(120000, [&] { return sent >= count && window.logModel()->rowCount() >= count; });
    const qint64 streamMs = streaming.elapsed();
    during.print("streaming");
    std::printf("streamed in %lld ms; rows shown: logs %d, invocations %d\n", (long long)streamMs,
                window.logModel()->rowCount(), window.invocationModel()->rowCount());
    measure(2000).print("after");
    return 0;
}
