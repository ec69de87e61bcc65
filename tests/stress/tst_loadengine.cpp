// The load engine against a real nats-server and real invokers (a warm C++ echo, a function
// that fails, one that hangs, a subject nobody serves), and against a real HTTP server: rates
// and shapes as promised, errors in the right class, Stop leaves a consistent result, and the
// summary agrees with the raw samples.

#include "loadengine.h"
#include "loadplan.h"
#include "natsclient.h"
#include "stressresult.h"
#include "testbroker.h"
#include "testhttpserver.h"
#include "testinvoker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Stratus;
using namespace Stratus::Test;

class tst_LoadEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void constantRateIsAchieved();
    void rampShapeIsFollowed();
    void errorsAreClassified_data();
    void errorsAreClassified();
    void stopMidRunIsConsistent();
    void summaryAgreesWithSamples();
    void closedLoopLikeHey();
    void closedLoopRateLimit();
    void thresholdStopsTheRun();
    void snapshotsArriveLive();
    void cannotConnect();
    void http_data();
    void http();
    void httpOpenLoopRate();

private:
    LoadPlan natsPlan(const QString &subject, const LoadProfile &profile) const;
    StressResult run(const LoadPlan &plan, int timeoutMs = 30000);

    TestBroker m_broker;
    QTemporaryDir m_dir;
    std::unique_ptr<TestInvoker> m_echo;
    std::unique_ptr<TestInvoker> m_fail;
    std::unique_ptr<TestInvoker> m_hang;
    TestHttpServer m_http;
};

namespace {

QJsonObject fn(const QString &name, const QString &command, const QStringList &args,
               const QJsonObject &extra = {})
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("command"), command},
                  {QStringLiteral("args"), QJsonArray::fromStringList(args)}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

// Actual send times (µs from the start) of the raw samples, sorted.
QList<qint64> sendTimes(const StressResult &r)
{
    QList<qint64> t;
    for (const StressSample &s : r.samples)
        t << s.intendedUs + s.lagUs;
    std::sort(t.begin(), t.end());
    return t;
}

} // namespace

void tst_LoadEngine::initTestCase()
{
    QVERIFY2(!binDir().isEmpty(), "STRATUS_BIN_DIR is not set (run through ctest)");
    QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
    const QJsonObject warm{{QStringLiteral("mode"), QStringLiteral("warm")},
                           {QStringLiteral("maxConcurrency"), 4}};
    const QJsonArray functions{
        fn(QStringLiteral("echo"), binDir() + QStringLiteral("/stratus-echo-cpp"), {}, warm),
        fn(QStringLiteral("fail"), QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("exit 1")}),
        fn(QStringLiteral("hang"), QStringLiteral("sleep"), {QStringLiteral("30")},
           {{QStringLiteral("timeoutMs"), 2000}, {QStringLiteral("maxConcurrency"), 16}}),
    };
    const QString manifest = m_dir.filePath(QStringLiteral("stratus.json"));
    QFile f(manifest);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("functions"), functions}})
            .toJson());
    f.close();
    m_echo = std::make_unique<TestInvoker>(m_broker.url(), manifest, QStringLiteral("echo"));
    m_fail = std::make_unique<TestInvoker>(m_broker.url(), manifest, QStringLiteral("fail"));
    m_hang = std::make_unique<TestInvoker>(m_broker.url(), manifest, QStringLiteral("hang"));
    QVERIFY2(m_echo->waitReady(), qPrintable(m_echo->log()));
    QVERIFY2(m_fail->waitReady(), qPrintable(m_fail->log()));
    QVERIFY2(m_hang->waitReady(), qPrintable(m_hang->log()));
    QVERIFY(m_http.start());
}

void tst_LoadEngine::cleanupTestCase()
{
    m_echo.reset();
    m_fail.reset();
    m_hang.reset();
    m_broker.stop();
}

LoadPlan tst_LoadEngine::natsPlan(const QString &subject, const LoadProfile &profile) const
{
    LoadPlan plan;
    plan.target = LoadTarget::forSubject(subject);
    plan.natsUrl = m_broker.url();
    plan.profile = profile;
    plan.timeoutMs = 5000;
    plan.maxSamples = 1000000;
    return plan;
}

StressResult tst_LoadEngine::run(const LoadPlan &plan, int timeoutMs)
{
    LoadEngine engine;
    QSignalSpy finished(&engine, &LoadEngine::finished);
    const Status started = engine.start(plan);
    if (!started) {
        StressResult r;
        r.error = started.errorMessage();
        return r;
    }
    if (!finished.wait(timeoutMs)) {
        StressResult r;
        r.error = QStringLiteral("no result within %1 ms").arg(timeoutMs);
        return r;
    }
    return finished.constFirst().constFirst().value<StressResult>();
}

void tst_LoadEngine::constantRateIsAchieved()
{
    const StressResult r = run(natsPlan(QStringLiteral("fn.echo"), LoadProfile::constant(200, 3000)));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.sent, qint64(600));
    QCOMPARE(r.ok, qint64(600));
    QCOMPARE(r.errors, qint64(0));
    // The rate actually achieved, from the actual send times: within 5 % of 200/s.
    const QList<qint64> t = sendTimes(r);
    const double achieved = double(t.size() - 1) / (double(t.last() - t.first()) / 1e6);
    QVERIFY2(std::abs(achieved - 200.0) <= 10.0, qPrintable(QStringLiteral("achieved %1/s").arg(achieved)));
    // And every full second of the run carried 200 ± 5 %.
    for (int s = 0; s < 3; ++s) {
        const auto n = std::count_if(t.cbegin(), t.cend(),
                                     [s](qint64 x) { return x >= s * 1000000 && x < (s + 1) * 1000000; });
        QVERIFY2(std::abs(double(n) - 200.0) <= 10.0,
                 qPrintable(QStringLiteral("second %1: %2 sends").arg(s).arg(n)));
    }
    // On a loaded machine the generator may be descheduled; then it must say so, not hide it.
    if (r.behindSchedule())
        QVERIFY(r.generatorNote().contains(QLatin1String("behind schedule")));
    else
        QVERIFY(r.generatorNote().isEmpty());
    QVERIFY(r.latency.percentile(50) > 0);
}

void tst_LoadEngine::rampShapeIsFollowed()
{
    const LoadProfile ramp = LoadProfile::ramp(50, 250, 4000);
    const StressResult r = run(natsPlan(QStringLiteral("fn.echo"), ramp));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.sent, ramp.expectedRequests());
    QCOMPARE(r.ok, r.sent);
    const QList<qint64> t = sendTimes(r);
    for (int s = 0; s < 4; ++s) {
        const double expected = (ramp.rateAt(s * 1000) + ramp.rateAt((s + 1) * 1000 - 1)) / 2;
        const auto n = std::count_if(t.cbegin(), t.cend(),
                                     [s](qint64 x) { return x >= s * 1000000 && x < (s + 1) * 1000000; });
        QVERIFY2(std::abs(double(n) - expected) <= 0.05 * expected + 1,
                 qPrintable(QStringLiteral("second %1: %2 sends, expected %3").arg(s).arg(n).arg(expected)));
    }
    // The timeline's target follows the line too.
    QVERIFY(r.timeline.size() >= 16);
    QVERIFY(r.timeline.first().targetRate < r.timeline.at(8).targetRate);
    QVERIFY(r.timeline.at(8).targetRate < r.timeline.at(15).targetRate);
}

void tst_LoadEngine::errorsAreClassified_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("errorClass");
    QTest::newRow("failing function")
        << QStringLiteral("fn.fail") << QStringLiteral("function error: function-error");
    QTest::newRow("hanging function") << QStringLiteral("fn.hang") << QStringLiteral("timeout");
    QTest::newRow("absent function") << QStringLiteral("fn.absent") << QStringLiteral("no-responders");
}

void tst_LoadEngine::errorsAreClassified()
{
    QFETCH(QString, subject);
    QFETCH(QString, errorClass);
    LoadPlan plan = natsPlan(subject, LoadProfile::constant(10, 1000));
    plan.timeoutMs = 400;
    const StressResult r = run(plan);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.sent, qint64(10));
    QCOMPARE(r.ok, qint64(0));
    QCOMPARE(r.errors, qint64(10));
    QCOMPARE(r.errorsByClass.keys(), QStringList{errorClass});
    QCOMPARE(r.errorsByClass.value(errorClass), qint64(10));
    QCOMPARE(r.cancelled, qint64(0));
    QVERIFY(r.toText().contains(QStringLiteral("[%1]\t10 responses").arg(errorClass)));
}

void tst_LoadEngine::stopMidRunIsConsistent()
{
    LoadEngine engine;
    QSignalSpy finished(&engine, &LoadEngine::finished);
    QSignalSpy snapshots(&engine, &LoadEngine::snapshot);
    // Half the requests go to a function that hangs, so some are in flight at the stop.
    LoadPlan plan = natsPlan(QStringLiteral("fn.hang"), LoadProfile::constant(100, 20000));
    plan.timeoutMs = 10000;
    QVERIFY(engine.start(plan));
    QTRY_VERIFY_WITH_TIMEOUT(
        !snapshots.isEmpty() && snapshots.constLast().constFirst().value<StressSnapshot>().sent >= 50, 10000);
    engine.stop();
    QVERIFY(finished.wait(5000));
    const StressResult r = finished.constFirst().constFirst().value<StressResult>();
    QVERIFY(r.stoppedByUser);
    QVERIFY(r.sent >= 50 && r.sent < 2000);
    QVERIFY(r.cancelled > 0);
    QCOMPARE(r.ok + r.errors + r.cancelled, r.sent);
    qint64 sent = 0, done = 0;
    for (const StressInterval &i : r.timeline) {
        sent += i.sent;
        done += i.ok + i.errors;
    }
    QCOMPARE(sent, r.sent);
    QCOMPARE(done, r.ok + r.errors);
    QVERIFY(r.elapsedMs < 10000);
    QVERIFY(r.toText().contains(QLatin1String("Stopped:\tby the user")));
    // And it round-trips through JSON as it is.
    const auto back = StressResult::fromJson(r.toJson());
    QVERIFY2(back, qPrintable(back.errorMessage()));
    QCOMPARE(back->sent, r.sent);
    QCOMPARE(back->cancelled, r.cancelled);
    QCOMPARE(back->timeline.size(), r.timeline.size());
    QCOMPARE(back->latency.count(), r.latency.count());
}

void tst_LoadEngine::summaryAgreesWithSamples()
{
    // Mixed outcomes: a spike on the echo function; the figures must be those of the samples.
    const StressResult r =
        run(natsPlan(QStringLiteral("fn.echo"), LoadProfile::spike(100, 400, 3000, 1000, 500)));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(qint64(r.samples.size()), r.sent);
    QVERIFY(!r.samplesTruncated);
    std::vector<qint64> latencies;
    QMap<QString, qint64> classes;
    for (const StressSample &s : r.samples) {
        if (s.errorClass < 0)
            latencies.push_back(s.latencyUs);
        else
            ++classes[r.sampleClasses.at(s.errorClass)];
    }
    std::sort(latencies.begin(), latencies.end());
    QCOMPARE(qint64(latencies.size()), r.ok);
    QCOMPARE(r.latency.count(), r.ok);
    QCOMPARE(classes, r.errorsByClass);
    QCOMPARE(r.latency.min(), latencies.front());
    QCOMPARE(r.latency.max(), latencies.back());
    double sum = 0;
    for (qint64 v : latencies)
        sum += double(v);
    QVERIFY(std::abs(r.latency.mean() - sum / double(latencies.size())) < 0.01);
    for (double p : {50.0, 90.0, 95.0, 99.0, 99.9}) {
        const auto rank = std::max<qint64>(1, qint64(std::ceil(p / 100.0 * double(latencies.size()))));
        const qint64 exact = latencies[size_t(rank - 1)];
        const qint64 got = r.latency.percentile(p);
        QVERIFY2(std::abs(double(got - exact)) <= std::max(1.0, 0.01 * double(exact)),
                 qPrintable(QStringLiteral("p%1: %2 vs exact %3").arg(p).arg(got).arg(exact)));
    }
    // The text summary prints the same figures.
    const QString text = r.toText();
    QVERIFY(text.contains(QStringLiteral("  50% in %1 secs")
                              .arg(QString::number(double(r.latency.percentile(50)) / 1e6, 'f', 4))));
    QVERIFY(text.contains(
        QStringLiteral("Slowest:\t%1 secs").arg(QString::number(double(latencies.back()) / 1e6, 'f', 4))));
}

void tst_LoadEngine::closedLoopLikeHey()
{
    LoadPlan plan = natsPlan(QStringLiteral("fn.echo"), LoadProfile::defaultProfile());
    plan.mode = LoadPlan::Mode::Closed;
    plan.closed = {500, 10, 0, 0};
    const StressResult r = run(plan);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.sent, qint64(500));
    QCOMPARE(r.ok, qint64(500));
    QVERIFY(r.closedLoop);
    // Never more than -c in flight.
    for (const StressInterval &i : r.timeline)
        QVERIFY(i.inFlight <= 10);
}

void tst_LoadEngine::closedLoopRateLimit()
{
    // hey -n 40 -c 2 -q 20: each worker at most 20/s, so at least ~0.95 s.
    LoadPlan plan = natsPlan(QStringLiteral("fn.echo"), LoadProfile::defaultProfile());
    plan.mode = LoadPlan::Mode::Closed;
    plan.closed = {40, 2, 20, 0};
    const StressResult r = run(plan);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.ok, qint64(40));
    QVERIFY2(r.elapsedMs >= 900, qPrintable(QString::number(r.elapsedMs)));
    QVERIFY(r.elapsedMs < 3000);
    // -z: a duration instead of a count.
    plan.closed = {0, 2, 20, 1000};
    const StressResult z = run(plan);
    QVERIFY(z.ok >= 38 && z.ok <= 44);
}

void tst_LoadEngine::thresholdStopsTheRun()
{
    LoadPlan plan = natsPlan(QStringLiteral("fn.fail"), LoadProfile::constant(20, 20000));
    auto thresholds = Thresholds::parse({QStringLiteral("errors<1%")});
    QVERIFY(thresholds);
    plan.thresholds = *thresholds;
    plan.thresholds.sustainMs = 1000;
    const StressResult r = run(plan);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY(r.abortedByThreshold);
    QVERIFY(r.thresholdsBreached());
    QVERIFY(r.abortReason.contains(QLatin1String("errors<1%")));
    QVERIFY2(r.elapsedMs < 5000, qPrintable(QString::number(r.elapsedMs)));
    QCOMPARE(r.ok + r.errors + r.cancelled, r.sent);
}

void tst_LoadEngine::snapshotsArriveLive()
{
    LoadEngine engine;
    QSignalSpy snapshots(&engine, &LoadEngine::snapshot);
    QSignalSpy finished(&engine, &LoadEngine::finished);
    QVERIFY(engine.start(natsPlan(QStringLiteral("fn.echo"), LoadProfile::constant(100, 2000))));
    QVERIFY(finished.wait(10000));
    QVERIFY2(snapshots.size() >= 6, qPrintable(QString::number(snapshots.size())));
    qint64 intervals = 0;
    qint64 lastSent = 0;
    for (const auto &args : snapshots) {
        const auto s = args.constFirst().value<StressSnapshot>();
        QVERIFY(s.sent >= lastSent);
        lastSent = s.sent;
        intervals += s.newIntervals.size();
        QCOMPARE(s.targetRate, s.elapsedMs < 2000 ? 100.0 : 0.0);
    }
    const StressResult r = finished.constFirst().constFirst().value<StressResult>();
    QCOMPARE(intervals, qint64(r.timeline.size()));
    QCOMPARE(lastSent, r.sent);
}

void tst_LoadEngine::cannotConnect()
{
    LoadPlan plan = natsPlan(QStringLiteral("fn.echo"), LoadProfile::constant(10, 1000));
    plan.natsUrl = QStringLiteral("nats://127.0.0.1:1");
    const StressResult r = run(plan);
    QVERIFY(r.error.contains(QLatin1String("cannot connect to nats://127.0.0.1:1")));
    LoadPlan http = plan;
    http.target = *LoadTarget::resolve(QStringLiteral("http://127.0.0.1:1/x"), nullptr);
    QVERIFY(run(http).error.contains(QLatin1String("Connection refused")));
}

void tst_LoadEngine::http_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("errorClass");
    QTest::newRow("echo") << QStringLiteral("/echo") << QString();
    QTest::newRow("chunked") << QStringLiteral("/chunked") << QString();
    QTest::newRow("connection close") << QStringLiteral("/close") << QString();
    QTest::newRow("503") << QStringLiteral("/status/503") << QStringLiteral("http 503");
    QTest::newRow("504") << QStringLiteral("/status/504") << QStringLiteral("http 504");
    QTest::newRow("hang") << QStringLiteral("/hang") << QStringLiteral("timeout");
}

void tst_LoadEngine::http()
{
    QFETCH(QString, path);
    QFETCH(QString, errorClass);
    LoadPlan plan;
    plan.target = *LoadTarget::resolve(m_http.url(path), nullptr);
    plan.mode = LoadPlan::Mode::Closed;
    plan.closed = {40, 4, 0, 0};
    plan.timeoutMs = 300;
    plan.payload = *PayloadTemplate::parse("{\"seq\":{{seq}},\"pad\":\"0123456789\"}");
    const StressResult r = run(plan);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.sent, qint64(40));
    if (errorClass.isEmpty()) {
        QCOMPARE(r.ok, qint64(40));
        QVERIFY2(r.errorsByClass.isEmpty(), qPrintable(r.toText()));
        QVERIFY(r.bytesReceived > 40 * 20);
    } else {
        QCOMPARE(r.errorsByClass.value(errorClass), qint64(40));
    }
}

void tst_LoadEngine::httpOpenLoopRate()
{
    LoadPlan plan;
    plan.target = *LoadTarget::resolve(m_http.url(QStringLiteral("/echo")), nullptr);
    plan.profile = LoadProfile::constant(200, 2000);
    plan.maxSamples = 10000;
    const StressResult r = run(plan);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.sent, qint64(400));
    QCOMPARE(r.ok, qint64(400));
    const QList<qint64> t = sendTimes(r);
    const double achieved = double(t.size() - 1) / (double(t.last() - t.first()) / 1e6);
    QVERIFY2(std::abs(achieved - 200.0) <= 10.0, qPrintable(QStringLiteral("achieved %1/s").arg(achieved)));
}

QTEST_GUILESS_MAIN(tst_LoadEngine)
#include "tst_loadengine.moc"
