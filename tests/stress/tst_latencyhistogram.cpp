// LatencyHistogram against the exact figures of the same samples, sorted.

#include "latencyhistogram.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace Stratus;

class tst_LatencyHistogram : public QObject
{
    Q_OBJECT

private slots:
    void percentilesMatchSortedSamples_data();
    void percentilesMatchSortedSamples();
    void bucketsTileTheRange();
    void mergeEqualsRecordingBoth();
    void jsonRoundTrip();
    void boundedMemoryAndClamping();
    void empty();
};

namespace {

qint64 exactPercentile(const std::vector<qint64> &sorted, double p)
{
    if (p <= 0)
        return sorted.front();
    const auto rank = std::max<qint64>(1, qint64(std::ceil(p / 100.0 * double(sorted.size()))));
    return sorted[size_t(rank - 1)];
}

} // namespace

void tst_LatencyHistogram::percentilesMatchSortedSamples_data()
{
    QTest::addColumn<QString>("distribution");
    QTest::addColumn<int>("count");
    QTest::newRow("uniform 0..1000 us") << QStringLiteral("uniform") << 10000;
    QTest::newRow("lognormal around 2 ms") << QStringLiteral("lognormal") << 100000;
    QTest::newRow("bimodal 200 us / 3 s") << QStringLiteral("bimodal") << 50000;
    QTest::newRow("few samples") << QStringLiteral("lognormal") << 7;
}

void tst_LatencyHistogram::percentilesMatchSortedSamples()
{
    QFETCH(QString, distribution);
    QFETCH(int, count);
    std::mt19937_64 random(42);
    std::uniform_int_distribution<qint64> uniform(0, 1000);
    std::lognormal_distribution<double> lognormal(std::log(2000.0), 1.0);
    std::bernoulli_distribution slow(0.02);
    std::vector<qint64> samples;
    LatencyHistogram h;
    for (int i = 0; i < count; ++i) {
        qint64 v = 0;
        if (distribution == QLatin1String("uniform"))
            v = uniform(random);
        else if (distribution == QLatin1String("lognormal"))
            v = qint64(lognormal(random));
        else
            v = slow(random) ? 3000000 + uniform(random) : 200 + uniform(random) / 10;
        samples.push_back(v);
        h.record(v);
    }
    std::sort(samples.begin(), samples.end());
    QCOMPARE(h.count(), qint64(count));
    QCOMPARE(h.min(), samples.front());
    QCOMPARE(h.max(), samples.back());
    double sum = 0;
    for (qint64 v : samples)
        sum += double(v);
    QVERIFY(std::abs(h.mean() - sum / count) < 1e-6 * sum / count + 1e-9);
    for (double p : {0.0, 1.0, 10.0, 25.0, 50.0, 75.0, 90.0, 95.0, 99.0, 99.9, 99.99, 100.0}) {
        const qint64 exact = exactPercentile(samples, p);
        const qint64 got = h.percentile(p);
        // Within 1 % relative (the design gives 0.4 %), or exact below 256 µs.
        const double tolerance = exact < 256 ? 0.0 : 0.01 * double(exact);
        QVERIFY2(std::abs(double(got - exact)) <= tolerance,
                 qPrintable(QStringLiteral("p%1: histogram %2 us, exact %3 us").arg(p).arg(got).arg(exact)));
    }
    // countAtOrBelow agrees with the sorted samples at bucket boundaries.
    for (qint64 probe : {qint64(100), qint64(255), qint64(1023), qint64(4095)}) {
        const int index = LatencyHistogram::bucketIndex(probe);
        const qint64 high = LatencyHistogram::bucketHigh(index);
        const auto exact = qint64(std::upper_bound(samples.begin(), samples.end(), high) - samples.begin());
        QCOMPARE(h.countAtOrBelow(high), exact);
    }
}

void tst_LatencyHistogram::bucketsTileTheRange()
{
    // Every bucket starts where the previous ended, and each is at most 1/128 of its value wide.
    for (int i = 1; i < LatencyHistogram::BucketCount; ++i) {
        QCOMPARE(LatencyHistogram::bucketLow(i), LatencyHistogram::bucketHigh(i - 1) + 1);
        const qint64 width = LatencyHistogram::bucketHigh(i) - LatencyHistogram::bucketLow(i) + 1;
        QVERIFY(double(width) <= std::max(1.0, double(LatencyHistogram::bucketLow(i)) / 128.0));
    }
    QCOMPARE(LatencyHistogram::bucketHigh(LatencyHistogram::BucketCount - 1), LatencyHistogram::MaxValueUs);
    for (qint64 v : {qint64(0), qint64(1), qint64(255), qint64(256), qint64(257), qint64(1000000),
                     LatencyHistogram::MaxValueUs}) {
        const int i = LatencyHistogram::bucketIndex(v);
        QVERIFY(LatencyHistogram::bucketLow(i) <= v && v <= LatencyHistogram::bucketHigh(i));
    }
}

void tst_LatencyHistogram::mergeEqualsRecordingBoth()
{
    LatencyHistogram a, b, both;
    for (qint64 v = 1; v < 100000; v += 37) {
        (v % 2 ? a : b).record(v);
        both.record(v);
    }
    a.merge(b);
    QCOMPARE(a.count(), both.count());
    QCOMPARE(a.min(), both.min());
    QCOMPARE(a.max(), both.max());
    QCOMPARE(a.mean(), both.mean());
    for (double p : {50.0, 90.0, 99.0})
        QCOMPARE(a.percentile(p), both.percentile(p));
}

void tst_LatencyHistogram::jsonRoundTrip()
{
    LatencyHistogram h;
    for (qint64 v : {5, 300, 300, 7000, 123456})
        h.record(v);
    const auto back = LatencyHistogram::fromJson(h.toJson());
    QVERIFY2(back, qPrintable(back.errorMessage()));
    QCOMPARE(back->count(), h.count());
    QCOMPARE(back->percentile(50), h.percentile(50));
    QCOMPARE(back->max(), h.max());
    QJsonObject broken = h.toJson();
    broken.insert(QStringLiteral("count"), 99);
    QVERIFY(!LatencyHistogram::fromJson(broken));
}

void tst_LatencyHistogram::boundedMemoryAndClamping()
{
    LatencyHistogram h;
    h.record(-5);
    h.record(LatencyHistogram::MaxValueUs * 4);
    QCOMPARE(h.min(), qint64(0));
    QCOMPARE(h.max(), LatencyHistogram::MaxValueUs);
    QCOMPARE(h.count(), qint64(2));
    QCOMPARE(LatencyHistogram::BucketCount, 3328);
}

void tst_LatencyHistogram::empty()
{
    LatencyHistogram h;
    QCOMPARE(h.percentile(99), qint64(0));
    QCOMPARE(h.mean(), 0.0);
    QCOMPARE(h.countAtOrBelow(1000), qint64(0));
}

QTEST_GUILESS_MAIN(tst_LatencyHistogram)
#include "tst_latencyhistogram.moc"
