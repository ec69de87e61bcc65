#include "latencyhistogram.h"

#include <QJsonArray>

#include <algorithm>
#include <bit>
#include <cmath>

namespace Stratus {

namespace {
constexpr int SubBuckets = 1 << LatencyHistogram::SubBucketBits;
}

int LatencyHistogram::bucketIndex(qint64 us)
{
    us = std::clamp<qint64>(us, 0, MaxValueUs);
    if (us < 2 * SubBuckets)
        return int(us);
    const int msb = 63 - std::countl_zero(quint64(us));
    const int shift = msb - SubBucketBits;
    return shift * SubBuckets + int(us >> shift);
}

qint64 LatencyHistogram::bucketLow(int index)
{
    if (index < 2 * SubBuckets)
        return index;
    const int shift = index / SubBuckets - 1;
    const qint64 sub = index - shift * SubBuckets;
    return sub << shift;
}

qint64 LatencyHistogram::bucketHigh(int index)
{
    if (index < 2 * SubBuckets)
        return index;
    const int shift = index / SubBuckets - 1;
    return bucketLow(index) + (qint64(1) << shift) - 1;
}

void LatencyHistogram::record(qint64 us, qint64 count)
{
    if (count <= 0)
        return;
    us = std::clamp<qint64>(us, 0, MaxValueUs);
    if (m_counts.empty())
        m_counts.assign(BucketCount, 0);
    m_counts[size_t(bucketIndex(us))] += count;
    if (m_count == 0 || us < m_min)
        m_min = us;
    if (m_count == 0 || us > m_max)
        m_max = us;
    m_count += count;
    m_sum += us * count;
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    if (other.m_count == 0)
        return;
    if (m_counts.empty())
        m_counts.assign(BucketCount, 0);
    for (size_t i = 0; i < m_counts.size(); ++i)
        m_counts[i] += other.m_counts[i];
    m_min = m_count ? std::min(m_min, other.m_min) : other.m_min;
    m_max = m_count ? std::max(m_max, other.m_max) : other.m_max;
    m_count += other.m_count;
    m_sum += other.m_sum;
}

void LatencyHistogram::reset()
{
    std::fill(m_counts.begin(), m_counts.end(), 0);
    m_count = m_sum = m_min = m_max = 0;
}

qint64 LatencyHistogram::percentile(double p) const
{
    if (m_count == 0)
        return 0;
    if (p <= 0)
        return m_min;
    if (p >= 100)
        return m_max;
    const qint64 rank = std::max<qint64>(1, qint64(std::ceil(p / 100.0 * double(m_count))));
    qint64 seen = 0;
    for (int i = 0; i < BucketCount; ++i) {
        seen += m_counts[size_t(i)];
        if (seen >= rank) {
            const qint64 mid = (bucketLow(i) + bucketHigh(i)) / 2;
            return std::clamp(mid, m_min, m_max);
        }
    }
    return m_max;
}

qint64 LatencyHistogram::countAtOrBelow(qint64 us) const
{
    if (m_count == 0 || us < m_min)
        return 0;
    if (us >= m_max)
        return m_count;
    const int last = bucketIndex(us);
    qint64 n = 0;
    for (int i = 0; i <= last; ++i)
        n += m_counts[size_t(i)];
    return n;
}

QJsonObject LatencyHistogram::toJson() const
{
    QJsonArray buckets;
    for (int i = 0; i < int(m_counts.size()); ++i) {
        if (m_counts[size_t(i)])
            buckets.append(QJsonArray{i, double(m_counts[size_t(i)])});
    }
    return QJsonObject{
        {QStringLiteral("count"), double(m_count)},       {QStringLiteral("min"), double(min())},
        {QStringLiteral("max"), double(max())},           {QStringLiteral("sum"), double(m_sum)},
        {QStringLiteral("subBucketBits"), SubBucketBits}, {QStringLiteral("buckets"), buckets}};
}

Result<LatencyHistogram> LatencyHistogram::fromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("subBucketBits")).toInt(SubBucketBits) != SubBucketBits)
        return makeError(tr("histogram: subBucketBits must be %1").arg(SubBucketBits));
    LatencyHistogram h;
    const QJsonArray buckets = json.value(QStringLiteral("buckets")).toArray();
    for (const QJsonValue &b : buckets) {
        const QJsonArray pair = b.toArray();
        const int index = pair.at(0).toInt(-1);
        const qint64 count = qint64(pair.at(1).toDouble(-1));
        if (pair.size() != 2 || index < 0 || index >= BucketCount || count < 0)
            return makeError(
                tr("histogram: buckets: each must be [index 0..%1, count >= 0]").arg(BucketCount - 1));
        if (h.m_counts.empty())
            h.m_counts.assign(BucketCount, 0);
        h.m_counts[size_t(index)] += count;
        h.m_count += count;
    }
    if (h.m_count != qint64(json.value(QStringLiteral("count")).toDouble()))
        return makeError(tr("histogram: count does not match the buckets"));
    h.m_min = qint64(json.value(QStringLiteral("min")).toDouble());
    h.m_max = qint64(json.value(QStringLiteral("max")).toDouble());
    h.m_sum = qint64(json.value(QStringLiteral("sum")).toDouble());
    return h;
}

} // namespace Stratus
