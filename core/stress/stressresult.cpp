#include "stressresult.h"

#include <QJsonArray>

#include <algorithm>

namespace Stratus {

namespace {

QString secs(qint64 us)
{
    return QString::number(double(us) / 1e6, 'f', 4);
}

QJsonObject intervalJson(const StressInterval &i)
{
    return QJsonObject{{QStringLiteral("startMs"), double(i.startMs)},
                       {QStringLiteral("lengthMs"), i.lengthMs},
                       {QStringLiteral("targetRate"), i.targetRate},
                       {QStringLiteral("sent"), double(i.sent)},
                       {QStringLiteral("ok"), double(i.ok)},
                       {QStringLiteral("errors"), double(i.errors)},
                       {QStringLiteral("late"), double(i.late)},
                       {QStringLiteral("maxLagUs"), double(i.maxLagUs)},
                       {QStringLiteral("inFlight"), double(i.inFlight)},
                       {QStringLiteral("p50Us"), double(i.p50Us)},
                       {QStringLiteral("p95Us"), double(i.p95Us)},
                       {QStringLiteral("p99Us"), double(i.p99Us)}};
}

StressInterval intervalFromJson(const QJsonObject &o)
{
    auto n = [&o](const char *key) { return qint64(o.value(QLatin1String(key)).toDouble()); };
    StressInterval i;
    i.startMs = n("startMs");
    i.targetRate = o.value(QLatin1String("targetRate")).toDouble();
    i.lengthMs = o.value(QLatin1String("lengthMs")).toInt(StressInterval::LengthMs);
    i.sent = n("sent");
    i.ok = n("ok");
    i.errors = n("errors");
    i.late = n("late");
    i.maxLagUs = n("maxLagUs");
    i.inFlight = n("inFlight");
    i.p50Us = n("p50Us");
    i.p95Us = n("p95Us");
    i.p99Us = n("p99Us");
    return i;
}

} // namespace

bool StressResult::behindSchedule() const
{
    // A hiccup or two (the first send, a scheduler pause) is not a generator falling behind.
    return blocked > 0 || (late > 5 && double(late) > 0.01 * double(sent));
}

QString StressResult::generatorNote() const
{
    if (!behindSchedule())
        return {};
    const QString lag = QString::number(double(maxLagUs) / 1000.0, 'f', 1);
    if (blocked > 0)
        return tr("generator behind schedule: %1 requests late, max lag %2 ms, %3 sends held back by the "
                  "in-flight/connection cap")
            .arg(late)
            .arg(lag)
            .arg(blocked);
    return tr("generator behind schedule: %1 requests late, max lag %2 ms").arg(late).arg(lag);
}

bool StressResult::thresholdsBreached() const
{
    return abortedByThreshold || std::any_of(thresholdChecks.cbegin(), thresholdChecks.cend(),
                                             [](const auto &c) { return c.breached; });
}

double StressResult::requestsPerSecond() const
{
    return elapsedMs > 0 ? double(ok + errors) * 1000.0 / double(elapsedMs) : 0.0;
}

double StressResult::achievedSendRate() const
{
    return elapsedMs > 0 ? double(sent) * 1000.0 / double(elapsedMs) : 0.0;
}

QJsonObject StressResult::toJson(bool withSamples) const
{
    QJsonObject errorsJson;
    for (auto it = errorsByClass.cbegin(); it != errorsByClass.cend(); ++it)
        errorsJson.insert(it.key(), double(it.value()));
    QJsonArray checks;
    for (const auto &c : thresholdChecks)
        checks.append(QJsonObject{{QStringLiteral("threshold"), c.text},
                                  {QStringLiteral("observed"), c.observed},
                                  {QStringLiteral("breached"), c.breached}});
    QJsonArray timelineJson;
    for (const StressInterval &i : timeline)
        timelineJson.append(intervalJson(i));
    const LatencyHistogram &h = latency;
    QJsonObject o{
        {QStringLiteral("format"), 1},
        {QStringLiteral("id"), id},
        {QStringLiteral("target"), target.toJson()},
        {QStringLiteral("plan"), plan},
        {QStringLiteral("description"), description},
        {QStringLiteral("closedLoop"), closedLoop},
        {QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("elapsedMs"), double(elapsedMs)},
        {QStringLiteral("plannedMs"), double(plannedMs)},
        {QStringLiteral("sent"), double(sent)},
        {QStringLiteral("ok"), double(ok)},
        {QStringLiteral("errors"), double(errors)},
        {QStringLiteral("cancelled"), double(cancelled)},
        {QStringLiteral("lateReplies"), double(lateReplies)},
        {QStringLiteral("bytesReceived"), double(bytesReceived)},
        {QStringLiteral("requestsPerSecond"), requestsPerSecond()},
        {QStringLiteral("errorsByClass"), errorsJson},
        {QStringLiteral("latencyUs"), QJsonObject{{QStringLiteral("min"), double(h.min())},
                                                  {QStringLiteral("mean"), h.mean()},
                                                  {QStringLiteral("p50"), double(h.percentile(50))},
                                                  {QStringLiteral("p90"), double(h.percentile(90))},
                                                  {QStringLiteral("p95"), double(h.percentile(95))},
                                                  {QStringLiteral("p99"), double(h.percentile(99))},
                                                  {QStringLiteral("p999"), double(h.percentile(99.9))},
                                                  {QStringLiteral("max"), double(h.max())}}},
        {QStringLiteral("histogram"), h.toJson()},
        {QStringLiteral("generator"), QJsonObject{{QStringLiteral("late"), double(late)},
                                                  {QStringLiteral("maxLagUs"), double(maxLagUs)},
                                                  {QStringLiteral("blocked"), double(blocked)},
                                                  {QStringLiteral("lateThresholdUs"), lateThresholdUs},
                                                  {QStringLiteral("behindSchedule"), behindSchedule()},
                                                  {QStringLiteral("note"), generatorNote()}}},
        {QStringLiteral("stoppedByUser"), stoppedByUser},
        {QStringLiteral("abortedByThreshold"), abortedByThreshold},
        {QStringLiteral("abortReason"), abortReason},
        {QStringLiteral("thresholds"), checks},
        {QStringLiteral("thresholdsBreached"), thresholdsBreached()},
        {QStringLiteral("timeline"), timelineJson},
        {QStringLiteral("project"), project},
        {QStringLiteral("gitRevision"), gitRevision},
    };
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    if (withSamples && !samples.isEmpty()) {
        QJsonArray list;
        for (const StressSample &s : samples)
            list.append(QJsonArray{double(s.intendedUs), double(s.lagUs), double(s.latencyUs), s.errorClass});
        o.insert(QStringLiteral("sampleClasses"), QJsonArray::fromStringList(sampleClasses));
        o.insert(QStringLiteral("samples"), list);
        o.insert(QStringLiteral("samplesTruncated"), samplesTruncated);
    }
    return o;
}

Result<StressResult> StressResult::fromJson(const QJsonObject &o)
{
    if (o.value(QStringLiteral("format")).toInt() != 1)
        return makeError(tr("not a stress result (format 1)"));
    auto n = [&o](const char *key) { return qint64(o.value(QLatin1String(key)).toDouble()); };
    StressResult r;
    r.id = o.value(QStringLiteral("id")).toString();
    r.error = o.value(QStringLiteral("error")).toString();
    r.target = LoadTarget::fromJson(o.value(QStringLiteral("target")).toObject());
    r.plan = o.value(QStringLiteral("plan")).toObject();
    r.description = o.value(QStringLiteral("description")).toString();
    r.closedLoop = o.value(QStringLiteral("closedLoop")).toBool();
    r.startedAt = QDateTime::fromString(o.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
    r.elapsedMs = n("elapsedMs");
    r.plannedMs = n("plannedMs");
    r.sent = n("sent");
    r.ok = n("ok");
    r.errors = n("errors");
    r.cancelled = n("cancelled");
    r.lateReplies = n("lateReplies");
    r.bytesReceived = n("bytesReceived");
    const QJsonObject errorsJson = o.value(QStringLiteral("errorsByClass")).toObject();
    for (auto it = errorsJson.begin(); it != errorsJson.end(); ++it)
        r.errorsByClass.insert(it.key(), qint64(it.value().toDouble()));
    auto histogram = LatencyHistogram::fromJson(o.value(QStringLiteral("histogram")).toObject());
    if (!histogram)
        return makeError(histogram.errorMessage());
    r.latency = *histogram;
    const QJsonObject gen = o.value(QStringLiteral("generator")).toObject();
    r.late = qint64(gen.value(QStringLiteral("late")).toDouble());
    r.maxLagUs = qint64(gen.value(QStringLiteral("maxLagUs")).toDouble());
    r.blocked = qint64(gen.value(QStringLiteral("blocked")).toDouble());
    r.lateThresholdUs = gen.value(QStringLiteral("lateThresholdUs")).toInt(1000);
    r.stoppedByUser = o.value(QStringLiteral("stoppedByUser")).toBool();
    r.abortedByThreshold = o.value(QStringLiteral("abortedByThreshold")).toBool();
    r.abortReason = o.value(QStringLiteral("abortReason")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("thresholds")).toArray()) {
        const QJsonObject c = v.toObject();
        r.thresholdChecks.append({c.value(QStringLiteral("threshold")).toString(),
                                  c.value(QStringLiteral("observed")).toDouble(),
                                  c.value(QStringLiteral("breached")).toBool()});
    }
    for (const QJsonValue &v : o.value(QStringLiteral("timeline")).toArray())
        r.timeline.append(intervalFromJson(v.toObject()));
    for (const QJsonValue &v : o.value(QStringLiteral("sampleClasses")).toArray())
        r.sampleClasses << v.toString();
    for (const QJsonValue &v : o.value(QStringLiteral("samples")).toArray()) {
        const QJsonArray a = v.toArray();
        r.samples.append({qint64(a.at(0).toDouble()), qint64(a.at(1).toDouble()), qint64(a.at(2).toDouble()),
                          a.at(3).toInt(-1)});
    }
    r.samplesTruncated = o.value(QStringLiteral("samplesTruncated")).toBool();
    r.project = o.value(QStringLiteral("project")).toString();
    r.gitRevision = o.value(QStringLiteral("gitRevision")).toString();
    return r;
}

QString StressResult::toText() const
{
    if (!error.isEmpty())
        return tr("Error: %1").arg(error);
    QStringList out;
    const LatencyHistogram &h = latency;
    out << tr("Summary:");
    out << tr("  Target:\t%1").arg(target.display());
    out << tr("  Load:\t\t%1").arg(description);
    out << tr("  Total:\t%1 secs").arg(secs(elapsedMs * 1000));
    out << tr("  Slowest:\t%1 secs").arg(secs(h.max()));
    out << tr("  Fastest:\t%1 secs").arg(secs(h.min()));
    out << tr("  Average:\t%1 secs").arg(secs(qint64(h.mean())));
    out << tr("  Requests/sec:\t%1").arg(requestsPerSecond(), 0, 'f', 4);
    out << QString();
    out << tr("  Sent:\t\t%1 (ok %2, errors %3, cancelled %4)").arg(sent).arg(ok).arg(errors).arg(cancelled);
    if (bytesReceived > 0)
        out << tr("  Total data:\t%1 bytes").arg(bytesReceived);
    if (stoppedByUser)
        out << tr("  Stopped:\tby the user after %1 s").arg(double(elapsedMs) / 1000.0, 0, 'f', 1);
    if (abortedByThreshold)
        out << tr("  Stopped:\t%1").arg(abortReason);
    if (!h.isEmpty()) {
        out << QString() << tr("Response time histogram:");
        constexpr int Buckets = 10;
        const double fastest = double(h.min()), slowest = double(h.max());
        const double width = (slowest - fastest) / Buckets;
        QList<qint64> counts;
        QList<double> marks;
        qint64 below = 0;
        for (int i = 0; i <= Buckets; ++i) {
            const double mark = i == Buckets ? slowest : fastest + width * i;
            const qint64 upTo = h.countAtOrBelow(qint64(mark));
            counts << upTo - below;
            marks << mark;
            below = upTo;
        }
        const qint64 most = *std::max_element(counts.cbegin(), counts.cend());
        for (int i = 0; i <= Buckets; ++i) {
            const int bar = most > 0 ? int(counts[i] * 40 / most) : 0;
            out << QStringLiteral("  %1 [%2]\t|%3")
                       .arg(marks[i] / 1e6, 0, 'f', 3)
                       .arg(counts[i])
                       .arg(QString(bar, QChar(0x25A0)));
        }
        out << QString() << tr("Latency distribution:");
        for (double p : {10.0, 25.0, 50.0, 75.0, 90.0, 95.0, 99.0, 99.9})
            out << tr("  %1% in %2 secs").arg(p).arg(secs(h.percentile(p)));
    }
    if (!errorsByClass.isEmpty()) {
        out << QString() << tr("Errors by class:");
        for (auto it = errorsByClass.cbegin(); it != errorsByClass.cend(); ++it)
            out << tr("  [%1]\t%2 responses").arg(it.key()).arg(it.value());
    }
    out << QString();
    if (behindSchedule()) {
        QString note = generatorNote();
        note[0] = note[0].toUpper(); // here it begins the line
        out << note;
    } else if (!closedLoop) {
        out << tr("Generator: on schedule (%1 of %2 sends later than %3 ms; max lag %4 ms)")
                   .arg(late)
                   .arg(sent)
                   .arg(double(lateThresholdUs) / 1000.0)
                   .arg(double(maxLagUs) / 1000.0, 0, 'f', 2);
    }
    if (!thresholdChecks.isEmpty()) {
        out << tr("Thresholds:");
        for (const auto &c : thresholdChecks) {
            const bool rate = c.text.startsWith(QLatin1String("errors"));
            const QString observed = rate ? QStringLiteral("%1%").arg(c.observed * 100.0, 0, 'f', 2)
                                          : QStringLiteral("%1 ms").arg(c.observed / 1000.0, 0, 'f', 3);
            out << (c.breached ? tr("  %1\tBREACHED (observed %2)") : tr("  %1\tok (observed %2)"))
                       .arg(c.text, observed);
        }
    }
    return out.join(QLatin1Char('\n'));
}

QByteArray StressResult::timelineCsv() const
{
    QByteArray csv =
        "start_ms,target_rate,sent_rate,ok,errors,in_flight,p50_us,p95_us,p99_us,late,max_lag_us\n";
    for (const StressInterval &i : timeline) {
        csv += QByteArray::number(i.startMs) + ',' + QByteArray::number(i.targetRate, 'f', 2) + ',' +
               QByteArray::number(i.sentRate(), 'f', 2) + ',' + QByteArray::number(i.ok) + ',' +
               QByteArray::number(i.errors) + ',' + QByteArray::number(i.inFlight) + ',' +
               QByteArray::number(i.p50Us) + ',' + QByteArray::number(i.p95Us) + ',' +
               QByteArray::number(i.p99Us) + ',' + QByteArray::number(i.late) + ',' +
               QByteArray::number(i.maxLagUs) + '\n';
    }
    return csv;
}

QByteArray StressResult::samplesCsv() const
{
    QByteArray csv = "intended_us,lag_us,latency_us,outcome\n";
    for (const StressSample &s : samples) {
        QByteArray outcome = s.errorClass < 0 ? QByteArray("ok") : sampleClasses.value(s.errorClass).toUtf8();
        outcome.replace('"', "\"\"");
        csv += QByteArray::number(s.intendedUs) + ',' + QByteArray::number(s.lagUs) + ',' +
               QByteArray::number(s.latencyUs) + ",\"" + outcome + "\"\n";
    }
    return csv;
}

double StressSnapshot::progress() const
{
    if (plannedMs > 0)
        return std::clamp(double(elapsedMs) / double(plannedMs), 0.0, 1.0);
    if (plannedRequests > 0)
        return std::clamp(double(ok + errors) / double(plannedRequests), 0.0, 1.0);
    return 0.0;
}

} // namespace Stratus
