#include "thresholds.h"

#include "latencyhistogram.h"

#include <QRegularExpression>

namespace Stratus {

Result<Thresholds> Thresholds::parse(const QStringList &expressions)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(p[0-9]+(?:\\.[0-9]+)?|mean|max|errors)\\s*(<=|<)"
                                                      "\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(us|µs|ms|s|%)\\s*$"));
    Thresholds t;
    QStringList errors;
    for (const QString &e : expressions) {
        for (const QString &text : e.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto m = re.match(text);
            if (!m.hasMatch()) {
                errors << tr("threshold \"%1\": write METRIC<LIMIT, e.g. p95<20ms, p99<=0.5s, "
                             "mean<5ms, max<1s, errors<1%")
                              .arg(text.trimmed());
                continue;
            }
            Limit l;
            l.text = text.trimmed();
            l.inclusive = m.captured(2) == QLatin1String("<=");
            const QString metric = m.captured(1);
            const QString unit = m.captured(4);
            const double value = m.captured(3).toDouble();
            if (metric == QLatin1String("errors")) {
                if (unit != QLatin1String("%")) {
                    errors << tr("threshold \"%1\": errors take a percentage, e.g. errors<1%").arg(l.text);
                    continue;
                }
                l.metric = Limit::ErrorRate;
                l.limit = value / 100.0;
            } else {
                if (unit == QLatin1String("%")) {
                    errors << tr("threshold \"%1\": a latency takes us, ms or s").arg(l.text);
                    continue;
                }
                l.metric = metric == QLatin1String("mean")  ? Limit::Mean
                           : metric == QLatin1String("max") ? Limit::Max
                                                            : Limit::Percentile;
                if (l.metric == Limit::Percentile) {
                    l.percentile = metric.mid(1).toDouble();
                    if (l.percentile <= 0 || l.percentile > 100) {
                        errors << tr("threshold \"%1\": the percentile must be in (0, 100]").arg(l.text);
                        continue;
                    }
                }
                l.limit = value * (unit == QLatin1String("s")    ? 1e6
                                   : unit == QLatin1String("ms") ? 1e3
                                                                 : 1.0);
            }
            t.m_limits.append(l);
        }
    }
    if (!errors.isEmpty())
        return makeError(errors.join(QLatin1Char('\n')));
    return t;
}

Result<Thresholds> Thresholds::fromJson(const QJsonArray &json)
{
    QStringList list;
    for (const QJsonValue &v : json) {
        if (!v.isString())
            return makeError(tr("thresholds: each must be a string like \"p95<20ms\""));
        list << v.toString();
    }
    return parse(list);
}

QJsonArray Thresholds::toJson() const
{
    return QJsonArray::fromStringList(texts());
}

QStringList Thresholds::texts() const
{
    QStringList list;
    for (const Limit &l : m_limits)
        list << l.text;
    return list;
}

QList<Thresholds::Check> Thresholds::evaluate(const LatencyHistogram &latencies, qint64 ok,
                                              qint64 errors) const
{
    QList<Check> checks;
    for (const Limit &l : m_limits) {
        Check c;
        c.text = l.text;
        switch (l.metric) {
        case Limit::Percentile:
            c.observed = double(latencies.percentile(l.percentile));
            break;
        case Limit::Mean:
            c.observed = latencies.mean();
            break;
        case Limit::Max:
            c.observed = double(latencies.max());
            break;
        case Limit::ErrorRate:
            c.observed = ok + errors > 0 ? double(errors) / double(ok + errors) : 0.0;
            break;
        }
        const bool measured = l.metric == Limit::ErrorRate ? ok + errors > 0 : !latencies.isEmpty();
        c.breached = measured && (l.inclusive ? c.observed > l.limit : c.observed >= l.limit);
        checks.append(c);
    }
    return checks;
}

QString Thresholds::formatObserved(const Limit &limit, double observed)
{
    if (limit.metric == Limit::ErrorRate)
        return QStringLiteral("%1%").arg(observed * 100.0, 0, 'f', 2);
    return QStringLiteral("%1 ms").arg(observed / 1000.0, 0, 'f', 3);
}

} // namespace Stratus
