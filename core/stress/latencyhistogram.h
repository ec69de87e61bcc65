#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cstdint>
#include <vector>

namespace Stratus {

// Latencies in microseconds in log-linear buckets, HDR style: values below 256 µs are exact,
// above that every power of two is split in 128 buckets, so any percentile is within 0.4 %
// of the sample it stands for. Memory is bounded (3,328 counters, ~26 KiB) whatever the
// number of samples; values beyond MaxValueUs (about 71 minutes) count as MaxValueUs.
// Not thread-safe: give each thread its own and merge().
class LatencyHistogram
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::LatencyHistogram)

public:
    static constexpr int SubBucketBits = 7;
    static constexpr qint64 MaxValueUs = (qint64(1) << 32) - 1;
    static constexpr int BucketCount = (32 - SubBucketBits - 1) * (1 << SubBucketBits) + (2 << SubBucketBits);

    void record(qint64 us, qint64 count = 1);
    void merge(const LatencyHistogram &other);
    void reset();

    qint64 count() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    qint64 min() const { return m_count ? m_min : 0; }
    qint64 max() const { return m_count ? m_max : 0; }
    double mean() const { return m_count ? double(m_sum) / double(m_count) : 0.0; }
    // The smallest recorded value v such that p % of the samples are <= v (nearest rank),
    // as the midpoint of its bucket clamped to [min, max]. p in [0, 100]; 0 gives min().
    qint64 percentile(double p) const;
    // How many samples are <= us (bucket resolution).
    qint64 countAtOrBelow(qint64 us) const;

    // Sparse: {"count", "min", "max", "sum", "buckets": [[index, count], ...]}.
    QJsonObject toJson() const;
    static Result<LatencyHistogram> fromJson(const QJsonObject &json);

    static int bucketIndex(qint64 us);
    static qint64 bucketLow(int index);
    static qint64 bucketHigh(int index);

private:
    std::vector<qint64> m_counts; // allocated on the first record
    qint64 m_count = 0;
    qint64 m_sum = 0;
    qint64 m_min = 0;
    qint64 m_max = 0;
};

} // namespace Stratus
