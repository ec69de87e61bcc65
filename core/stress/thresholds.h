#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Stratus {

class LatencyHistogram;

// Pass/fail limits of a stress run (docs/stress.md, "Thresholds"): "p95<20ms", "p99<=0.1s",
// "mean<5ms", "max<1s", "errors<1%". During the run each is checked every 250 ms over the last
// windowMs; a breach that lasts sustainMs stops the run (when abortOnBreach). At the end each
// is checked over the whole run. A breached threshold makes `stratus stress` exit non-zero.
class Thresholds
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::Thresholds)

public:
    struct Limit
    {
        enum Metric { Percentile, Mean, Max, ErrorRate };
        Metric metric = Percentile;
        double percentile = 0;  // for Percentile
        double limit = 0;       // µs, or a fraction for ErrorRate
        bool inclusive = false; // <= rather than <
        QString text;           // as written
    };
    struct Check
    {
        QString text;
        double observed = 0; // µs, or a fraction
        bool breached = false;
    };

    static Result<Thresholds> parse(const QStringList &expressions);
    static Result<Thresholds> fromJson(const QJsonArray &json);
    QJsonArray toJson() const;

    bool isEmpty() const { return m_limits.isEmpty(); }
    const QList<Limit> &limits() const { return m_limits; }
    QStringList texts() const;

    // completed = ok + errors in the span checked; latencies of the successful ones.
    QList<Check> evaluate(const LatencyHistogram &latencies, qint64 ok, qint64 errors) const;
    static QString formatObserved(const Limit &limit, double observed);

    int windowMs = 1000;
    int sustainMs = 3000;
    bool abortOnBreach = true;

private:
    QList<Limit> m_limits;
};

} // namespace Stratus
