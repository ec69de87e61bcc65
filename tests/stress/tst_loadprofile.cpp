// Load profiles and their schedules (the intended send times), profile files, payload
// templates and thresholds: what a stress run is made of, before anything is sent.

#include "latencyhistogram.h"
#include "loadplan.h"
#include "loadprofile.h"
#include "loadtarget.h"
#include "manifest.h"
#include "payloadtemplate.h"
#include "thresholds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace Stratus;

class tst_LoadProfile : public QObject
{
    Q_OBJECT

private slots:
    void constantSchedule();
    void rampFollowsItsShape_data();
    void rampFollowsItsShape();
    void seedProfile();
    void stepsAndSpike();
    void profileFiles_data();
    void profileFiles();
    void badProfilesNameTheField_data();
    void badProfilesNameTheField();
    void payloadTemplate();
    void payloadTemplateErrors();
    void thresholds();
    void targetsResolve_data();
    void targetsResolve();
};

namespace {

// Intended send times of a whole profile, in seconds.
QList<double> times(const LoadProfile &profile)
{
    QList<double> t;
    LoadProfile::Schedule schedule(profile);
    while (auto next = schedule.next())
        t << double(*next) / 1e9;
    return t;
}

// How many sends the schedule puts in [from, to).
int countIn(const QList<double> &t, double from, double to)
{
    return int(std::count_if(t.cbegin(), t.cend(), [&](double x) { return x >= from && x < to; }));
}

} // namespace

void tst_LoadProfile::constantSchedule()
{
    const QList<double> t = times(LoadProfile::constant(200, 3000));
    QCOMPARE(t.size(), 600);
    QCOMPARE(LoadProfile::constant(200, 3000).expectedRequests(), qint64(600));
    for (int i = 0; i < t.size(); ++i)
        QVERIFY(std::abs(t[i] - i / 200.0) < 1e-9);
    QVERIFY(t.last() < 3.0);
}

void tst_LoadProfile::rampFollowsItsShape_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::newRow("up from 0") << 0.0 << 400.0;
    QTest::newRow("up") << 50.0 << 250.0;
    QTest::newRow("down") << 300.0 << 20.0;
}

void tst_LoadProfile::rampFollowsItsShape()
{
    QFETCH(double, from);
    QFETCH(double, to);
    const LoadProfile p = LoadProfile::ramp(from, to, 4000);
    const QList<double> t = times(p);
    QCOMPARE(qint64(t.size()), p.expectedRequests());
    QVERIFY(std::abs(double(t.size()) - (from + to) / 2 * 4) <= 1);
    QVERIFY(std::is_sorted(t.cbegin(), t.cend()));
    // Every 250 ms slice holds the integral of the line over it, give or take one request.
    for (double s = 0; s < 4.0; s += 0.25) {
        const double expected =
            (p.rateAt(qint64(s * 1000)) + p.rateAt(qint64((s + 0.25) * 1000) - 1)) / 2 * 0.25;
        QVERIFY2(std::abs(countIn(t, s, s + 0.25) - expected) <= 1.5,
                 qPrintable(QStringLiteral("slice at %1 s: %2 sends, expected %3")
                                .arg(s)
                                .arg(countIn(t, s, s + 0.25))
                                .arg(expected)));
    }
}

void tst_LoadProfile::seedProfile()
{
    // The seed's test: constant, then a gradual increase to the peak.
    const LoadProfile p = LoadProfile::seed(20, 2000, 100, 4000);
    QCOMPARE(p.durationMs(), qint64(6000));
    QCOMPARE(p.rateAt(1000), 20.0);
    QCOMPARE(p.rateAt(4000), 60.0);
    QCOMPARE(p.peakRate(), 100.0);
    const QList<double> t = times(p);
    QCOMPARE(countIn(t, 0, 2), 40);
    QVERIFY(std::abs(countIn(t, 2, 6) - 240) <= 1);
    QVERIFY(countIn(t, 5, 6) > countIn(t, 2, 3) * 2);
    QVERIFY(p.describe().startsWith(QLatin1String("seed: 20/s for 2s, then 20/s to 100/s over 4s")));
}

void tst_LoadProfile::stepsAndSpike()
{
    const LoadProfile steps = LoadProfile::steps(10, 10, 3, 1000);
    const QList<double> s = times(steps);
    QCOMPARE(countIn(s, 0, 1), 10);
    QCOMPARE(countIn(s, 1, 2), 20);
    QCOMPARE(countIn(s, 2, 3), 30);
    const LoadProfile spike = LoadProfile::spike(10, 100, 3000, 1000, 500);
    const QList<double> k = times(spike);
    QCOMPARE(countIn(k, 0, 1), 10);
    QCOMPARE(countIn(k, 1, 1.5), 50);
    QCOMPARE(countIn(k, 1.5, 3), 15);
}

void tst_LoadProfile::profileFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("durationMs");
    QTest::addColumn<qint64>("requests");
    QTest::newRow("constant") << QByteArray(R"({"kind":"constant","rate":50,"duration":"2s"})")
                              << qint64(2000) << qint64(100);
    QTest::newRow("default kind") << QByteArray(R"({"rate":10,"duration":1.5})") << qint64(1500)
                                  << qint64(15);
    QTest::newRow("ramp") << QByteArray(R"({"kind":"ramp","from":0,"to":100,"duration":"1m"})")
                          << qint64(60000) << qint64(3000);
    QTest::newRow("steps") << QByteArray(
                                  R"({"kind":"steps","from":10,"step":10,"steps":3,"stepDuration":"500ms"})")
                           << qint64(1500) << qint64(30);
    QTest::newRow("spike")
        << QByteArray(
               R"({"kind":"spike","rate":10,"peak":100,"duration":"3s","at":"1s","spikeDuration":"1s"})")
        << qint64(3000) << qint64(120);
    QTest::newRow("seed")
        << QByteArray(
               R"({"kind":"seed","rate":10,"constantDuration":"1s","peak":30,"rampDuration":"1s","holdDuration":"1s"})")
        << qint64(3000) << qint64(60);
    QTest::newRow("phases")
        << QByteArray(
               R"({"kind":"phases","phases":[{"rate":10,"duration":"1s"},{"from":10,"to":30,"duration":"1s"}]})")
        << qint64(2000) << qint64(30);
}

void tst_LoadProfile::profileFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, durationMs);
    QFETCH(qint64, requests);
    LoadPlan plan;
    const Status applied = plan.applyJson(QJsonDocument::fromJson(json).object(), QStringLiteral("p.json"));
    QVERIFY2(applied, qPrintable(applied.errorMessage()));
    QCOMPARE(plan.mode, LoadPlan::Mode::Open);
    QCOMPARE(plan.profile.durationMs(), durationMs);
    QCOMPARE(plan.profile.expectedRequests(), requests);
    // What a saved run keeps reads back as the same profile.
    LoadPlan again;
    QVERIFY(again.applyJson(plan.toJson(), QStringLiteral("saved")));
    QCOMPARE(again.profile.phaseList(), plan.profile.phaseList());
}

void tst_LoadProfile::badProfilesNameTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown kind") << QByteArray(R"({"kind":"sine"})")
                                  << QStringLiteral("p.json: kind: unknown profile \"sine\"");
    QTest::newRow("bad duration") << QByteArray(R"({"rate":5,"duration":"10 parsecs"})")
                                  << QStringLiteral("p.json: duration: must be a duration");
    QTest::newRow("negative rate") << QByteArray(R"({"rate":-5,"duration":"1s"})")
                                   << QStringLiteral("p.json: rate: must be a number");
    QTest::newRow("phase")
        << QByteArray(R"({"kind":"phases","phases":[{"rate":5,"duration":"1s"},{"from":1,"duration":"1s"}]})")
        << QStringLiteral("p.json: phases[1].to: missing");
    QTest::newRow("spike too late")
        << QByteArray(R"({"kind":"spike","rate":1,"peak":2,"duration":"1s","at":"2s","spikeDuration":"1s"})")
        << QStringLiteral("p.json: at: the spike");
    QTest::newRow("no requests") << QByteArray(R"({"rate":0,"duration":"1s"})")
                                 << QStringLiteral("p.json: rate: the profile sends no request");
    QTest::newRow("closed") << QByteArray(R"({"kind":"closed","concurrency":0})")
                            << QStringLiteral("p.json: concurrency: must be");
    QTest::newRow("payload") << QByteArray(R"({"rate":1,"duration":"1s","payload":"{{sq}}"})")
                             << QStringLiteral("p.json: payload: payload template: unknown variable {{sq}}");
    QTest::newRow("thresholds") << QByteArray(R"({"rate":1,"duration":"1s","thresholds":["p95>3ms"]})")
                                << QStringLiteral("p.json: thresholds: threshold \"p95>3ms\"");
}

void tst_LoadProfile::badProfilesNameTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    LoadPlan plan;
    const LoadPlan before = plan;
    const Status applied = plan.applyJson(QJsonDocument::fromJson(json).object(), QStringLiteral("p.json"));
    QVERIFY(!applied);
    QVERIFY2(applied.errorMessage().contains(message), qPrintable(applied.errorMessage()));
}

void tst_LoadProfile::payloadTemplate()
{
    const auto t = PayloadTemplate::parse(
        R"({"n":{{seq}},"r":{{rand:5:7}},"t":"{{timestamp}}","ms":{{timestamp_ms}},"id":"{{uuid}}"})");
    QVERIFY2(t, qPrintable(t.errorMessage()));
    QVERIFY(!t->isConstant());
    std::mt19937_64 random(1);
    for (qint64 seq : {0, 1, 41}) {
        const QByteArray body = t->render(seq, random);
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        QVERIFY2(!o.isEmpty(), body.constData());
        QCOMPARE(o.value(QStringLiteral("n")).toInteger(), seq);
        QVERIFY(o.value(QStringLiteral("r")).toInt() >= 5 && o.value(QStringLiteral("r")).toInt() <= 7);
        QVERIFY(QDateTime::fromString(o.value(QStringLiteral("t")).toString(), Qt::ISODateWithMs).isValid());
        QVERIFY(std::abs(o.value(QStringLiteral("ms")).toDouble() -
                         double(QDateTime::currentMSecsSinceEpoch())) < 10000);
        QCOMPARE(o.value(QStringLiteral("id")).toString().size(), 36);
    }
    const auto constant = PayloadTemplate::parse("{\"a\":1}");
    QVERIFY(constant && constant->isConstant());
    QCOMPARE(constant->render(3, random), QByteArray("{\"a\":1}"));
}

void tst_LoadProfile::payloadTemplateErrors()
{
    QVERIFY(PayloadTemplate::parse("{{seq").errorMessage().contains(QLatin1String("never closed")));
    QVERIFY(PayloadTemplate::parse("{{rand:9:1}}").errorMessage().contains(QLatin1String("MIN <= MAX")));
    QVERIFY(PayloadTemplate::parse("x {{nope}}")
                .errorMessage()
                .contains(QLatin1String("unknown variable {{nope}} at byte 2")));
}

void tst_LoadProfile::thresholds()
{
    const auto t = Thresholds::parse({QStringLiteral("p95<20ms"), QStringLiteral("errors<1%,mean<=5ms")});
    QVERIFY2(t, qPrintable(t.errorMessage()));
    QCOMPARE(t->limits().size(), 3);
    LatencyHistogram fast, slow;
    for (int i = 0; i < 100; ++i) {
        fast.record(1000);
        slow.record(i < 90 ? 1000 : 30000);
    }
    auto checks = t->evaluate(fast, 100, 0);
    QVERIFY(!checks[0].breached && !checks[1].breached && !checks[2].breached);
    checks = t->evaluate(slow, 98, 2);
    QVERIFY(checks[0].breached); // p95 is 30 ms
    QVERIFY(checks[1].breached); // 2 % errors
    QCOMPARE(checks[1].observed, 0.02);
    QVERIFY(!Thresholds::parse({QStringLiteral("errors<5ms")}));
    QVERIFY(!Thresholds::parse({QStringLiteral("p0<5ms")}));
}

void tst_LoadProfile::targetsResolve_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("expected"); // kind:subject-or-url, or "error:" and part of the message
    QTest::newRow("function") << QStringLiteral("echo") << QStringLiteral("nats:fn.echo");
    QTest::newRow("function:") << QStringLiteral("function:echo") << QStringLiteral("nats:fn.echo");
    QTest::newRow("flow by name") << QStringLiteral("fizz") << QStringLiteral("nats:flow.fizz");
    QTest::newRow("flow:") << QStringLiteral("flow:fizz") << QStringLiteral("nats:flow.fizz");
    QTest::newRow("subject") << QStringLiteral("subject:orders.new") << QStringLiteral("nats:orders.new");
    QTest::newRow("http") << QStringLiteral("http://127.0.0.1:8080/function/echo")
                          << QStringLiteral("http:http://127.0.0.1:8080/function/echo");
    QTest::newRow("unknown") << QStringLiteral("nope")
                             << QStringLiteral(
                                    "error:no function or flow \"nope\" (targets: echo, flow:fizz)");
    QTest::newRow("flow: a function")
        << QStringLiteral("flow:echo") << QStringLiteral("error:declares no flow \"echo\"");
    QTest::newRow("wildcard") << QStringLiteral("subject:a.*")
                              << QStringLiteral("error:without spaces or wildcards");
    QTest::newRow("https") << QStringLiteral("https://example.com/")
                           << QStringLiteral("error:https is not supported");
    QTest::newRow("empty") << QString() << QStringLiteral("error:the target is empty");
}

void tst_LoadProfile::targetsResolve()
{
    QFETCH(QString, spec);
    QFETCH(QString, expected);
    const auto manifest = Manifest::parse(R"({"version": 1, "functions": [{"name": "echo", "command": "cat"}],
                                             "flows": [{"name": "fizz"}]})",
                                          QStringLiteral("/tmp/p/stratus.json"));
    QVERIFY2(manifest, qPrintable(manifest.errorMessage()));
    const auto target = LoadTarget::resolve(spec, &*manifest);
    if (expected.startsWith(QLatin1String("error:"))) {
        QVERIFY(!target);
        QVERIFY2(target.errorMessage().contains(expected.mid(6)), qPrintable(target.errorMessage()));
        return;
    }
    QVERIFY2(target, qPrintable(target.errorMessage()));
    const QString got = target->kind == LoadTarget::Kind::Http
                            ? QStringLiteral("http:") + target->url.toString()
                            : QStringLiteral("nats:") + target->subject;
    QCOMPARE(got, expected);
    // What a saved run records reads back as the same target.
    QCOMPARE(LoadTarget::resolve(target->spec(), &*manifest)->display(), target->display());
    if (spec == QLatin1String("echo"))
        QCOMPARE(target->suggestedTimeoutMs, 30000 + 2000);
}

QTEST_GUILESS_MAIN(tst_LoadProfile)
#include "tst_loadprofile.moc"
