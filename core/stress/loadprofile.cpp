#include "loadprofile.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace Stratus {

namespace {

QString seconds(qint64 ms)
{
    if (ms % 1000 == 0)
        return QStringLiteral("%1s").arg(ms / 1000);
    return QStringLiteral("%1ms").arg(ms);
}

QJsonValue durationJson(qint64 ms)
{
    return seconds(ms);
}

double phaseCount(const LoadPhase &p)
{
    return (p.fromRate + p.toRate) / 2.0 * double(p.durationMs) / 1000.0;
}

} // namespace

LoadProfile LoadProfile::constant(double rate, qint64 durationMs)
{
    LoadProfile p;
    p.m_kind = Kind::Constant;
    p.m_phases = {{rate, rate, durationMs}};
    p.m_spec = {{QStringLiteral("rate"), rate}, {QStringLiteral("duration"), durationJson(durationMs)}};
    return p;
}

LoadProfile LoadProfile::ramp(double fromRate, double toRate, qint64 durationMs)
{
    LoadProfile p;
    p.m_kind = Kind::Ramp;
    p.m_phases = {{fromRate, toRate, durationMs}};
    p.m_spec = {{QStringLiteral("from"), fromRate},
                {QStringLiteral("to"), toRate},
                {QStringLiteral("duration"), durationJson(durationMs)}};
    return p;
}

LoadProfile LoadProfile::steps(double fromRate, double step, int count, qint64 stepMs)
{
    LoadProfile p;
    p.m_kind = Kind::Steps;
    for (int i = 0; i < count; ++i) {
        const double r = fromRate + step * i;
        p.m_phases.append({r, r, stepMs});
    }
    p.m_spec = {{QStringLiteral("from"), fromRate},
                {QStringLiteral("step"), step},
                {QStringLiteral("steps"), count},
                {QStringLiteral("stepDuration"), durationJson(stepMs)}};
    return p;
}

LoadProfile LoadProfile::spike(double rate, double peak, qint64 durationMs, qint64 atMs, qint64 spikeMs)
{
    LoadProfile p;
    p.m_kind = Kind::Spike;
    atMs = std::clamp<qint64>(atMs, 0, durationMs);
    spikeMs = std::clamp<qint64>(spikeMs, 0, durationMs - atMs);
    if (atMs > 0)
        p.m_phases.append({rate, rate, atMs});
    if (spikeMs > 0)
        p.m_phases.append({peak, peak, spikeMs});
    if (durationMs - atMs - spikeMs > 0)
        p.m_phases.append({rate, rate, durationMs - atMs - spikeMs});
    p.m_spec = {{QStringLiteral("rate"), rate},
                {QStringLiteral("peak"), peak},
                {QStringLiteral("duration"), durationJson(durationMs)},
                {QStringLiteral("at"), durationJson(atMs)},
                {QStringLiteral("spikeDuration"), durationJson(spikeMs)}};
    return p;
}

LoadProfile LoadProfile::seed(double rate, qint64 constantMs, double peak, qint64 rampMs, qint64 holdMs)
{
    LoadProfile p;
    p.m_kind = Kind::Seed;
    if (constantMs > 0)
        p.m_phases.append({rate, rate, constantMs});
    if (rampMs > 0)
        p.m_phases.append({rate, peak, rampMs});
    if (holdMs > 0)
        p.m_phases.append({peak, peak, holdMs});
    p.m_spec = {{QStringLiteral("rate"), rate},
                {QStringLiteral("constantDuration"), durationJson(constantMs)},
                {QStringLiteral("peak"), peak},
                {QStringLiteral("rampDuration"), durationJson(rampMs)},
                {QStringLiteral("holdDuration"), durationJson(holdMs)}};
    return p;
}

LoadProfile LoadProfile::phases(const QList<LoadPhase> &phases)
{
    LoadProfile p;
    p.m_kind = Kind::Phases;
    p.m_phases = phases;
    QJsonArray list;
    for (const LoadPhase &ph : phases) {
        if (ph.fromRate == ph.toRate)
            list.append(QJsonObject{{QStringLiteral("rate"), ph.fromRate},
                                    {QStringLiteral("duration"), durationJson(ph.durationMs)}});
        else
            list.append(QJsonObject{{QStringLiteral("from"), ph.fromRate},
                                    {QStringLiteral("to"), ph.toRate},
                                    {QStringLiteral("duration"), durationJson(ph.durationMs)}});
    }
    p.m_spec = {{QStringLiteral("phases"), list}};
    return p;
}

LoadProfile LoadProfile::defaultProfile()
{
    return seed(20, 10000, 200, 20000);
}

QString LoadProfile::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Constant:
        return QStringLiteral("constant");
    case Kind::Ramp:
        return QStringLiteral("ramp");
    case Kind::Steps:
        return QStringLiteral("steps");
    case Kind::Spike:
        return QStringLiteral("spike");
    case Kind::Seed:
        return QStringLiteral("seed");
    case Kind::Phases:
        return QStringLiteral("phases");
    }
    return {};
}

Result<qint64> LoadProfile::parseDurationMs(const QJsonValue &value)
{
    if (value.isDouble()) {
        if (value.toDouble() < 0)
            return makeError(tr("must not be negative"));
        return qint64(std::llround(value.toDouble() * 1000.0));
    }
    static const QRegularExpression re(QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(ms|s|m|h)\\s*$"));
    const auto match = re.match(value.toString());
    if (!value.isString() || !match.hasMatch())
        return makeError(tr("must be a duration like \"500ms\", \"10s\", \"2m\", \"1h\" or a number of "
                            "seconds"));
    const double n = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    const double factor = unit == QLatin1String("ms")  ? 1
                          : unit == QLatin1String("s") ? 1000
                          : unit == QLatin1String("m") ? 60000
                                                       : 3600000;
    return qint64(std::llround(n * factor));
}

Result<LoadProfile> LoadProfile::fromJson(const QJsonObject &json, const QString &where)
{
    QStringList errors;
    auto err = [&](const QString &key, const QString &what) {
        errors << QStringLiteral("%1: %2: %3").arg(where, key, what);
    };
    auto rate = [&](const QJsonObject &o, const QString &key, const QString &path, bool required = true) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return 0.0;
        if (!v.isDouble() || v.toDouble() < 0) {
            err(path, v.isUndefined() ? tr("missing (requests per second, a number >= 0)")
                                      : tr("must be a number of requests per second >= 0"));
            return 0.0;
        }
        return v.toDouble();
    };
    auto duration = [&](const QJsonObject &o, const QString &key, const QString &path, bool required = true) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                err(path, tr("missing (a duration like \"10s\")"));
            return qint64(0);
        }
        const auto ms = parseDurationMs(v);
        if (!ms) {
            err(path, ms.errorMessage());
            return qint64(0);
        }
        return *ms;
    };

    const QString kind = json.value(QStringLiteral("kind")).toString(QStringLiteral("constant"));
    LoadProfile profile;
    if (kind == QLatin1String("constant")) {
        profile = constant(rate(json, QStringLiteral("rate"), QStringLiteral("rate")),
                           duration(json, QStringLiteral("duration"), QStringLiteral("duration")));
    } else if (kind == QLatin1String("ramp")) {
        profile = ramp(rate(json, QStringLiteral("from"), QStringLiteral("from")),
                       rate(json, QStringLiteral("to"), QStringLiteral("to")),
                       duration(json, QStringLiteral("duration"), QStringLiteral("duration")));
    } else if (kind == QLatin1String("steps")) {
        const int count = json.value(QStringLiteral("steps")).toInt(-1);
        if (count < 1 || count > 10000)
            err(QStringLiteral("steps"), tr("must be a whole number of steps, 1 to 10000"));
        profile = steps(rate(json, QStringLiteral("from"), QStringLiteral("from")),
                        json.value(QStringLiteral("step")).toDouble(0), std::max(count, 0),
                        duration(json, QStringLiteral("stepDuration"), QStringLiteral("stepDuration")));
        for (const LoadPhase &p : profile.m_phases) {
            if (p.fromRate < 0) {
                err(QStringLiteral("step"), tr("makes a step's rate negative"));
                break;
            }
        }
    } else if (kind == QLatin1String("spike")) {
        const qint64 total = duration(json, QStringLiteral("duration"), QStringLiteral("duration"));
        const qint64 at = duration(json, QStringLiteral("at"), QStringLiteral("at"));
        const qint64 length =
            duration(json, QStringLiteral("spikeDuration"), QStringLiteral("spikeDuration"));
        if (at + length > total)
            err(QStringLiteral("at"), tr("the spike (at + spikeDuration) must end within duration"));
        profile = spike(rate(json, QStringLiteral("rate"), QStringLiteral("rate")),
                        rate(json, QStringLiteral("peak"), QStringLiteral("peak")), total, at, length);
    } else if (kind == QLatin1String("seed")) {
        profile = seed(rate(json, QStringLiteral("rate"), QStringLiteral("rate")),
                       duration(json, QStringLiteral("constantDuration"), QStringLiteral("constantDuration")),
                       rate(json, QStringLiteral("peak"), QStringLiteral("peak")),
                       duration(json, QStringLiteral("rampDuration"), QStringLiteral("rampDuration")),
                       duration(json, QStringLiteral("holdDuration"), QStringLiteral("holdDuration"), false));
    } else if (kind == QLatin1String("phases")) {
        const QJsonArray list = json.value(QStringLiteral("phases")).toArray();
        if (list.isEmpty())
            err(QStringLiteral("phases"), tr("must be a non-empty array of phases"));
        QList<LoadPhase> phases;
        for (int i = 0; i < list.size(); ++i) {
            const QString path = QStringLiteral("phases[%1]").arg(i);
            if (!list.at(i).isObject()) {
                err(path, tr("must be an object {\"rate\", \"duration\"} or {\"from\", \"to\", "
                             "\"duration\"}"));
                continue;
            }
            const QJsonObject o = list.at(i).toObject();
            LoadPhase p;
            if (o.contains(QStringLiteral("rate"))) {
                p.fromRate = p.toRate = rate(o, QStringLiteral("rate"), path + QStringLiteral(".rate"));
            } else {
                p.fromRate = rate(o, QStringLiteral("from"), path + QStringLiteral(".from"));
                p.toRate = rate(o, QStringLiteral("to"), path + QStringLiteral(".to"));
            }
            p.durationMs = duration(o, QStringLiteral("duration"), path + QStringLiteral(".duration"));
            phases.append(p);
        }
        profile = LoadProfile::phases(phases);
    } else {
        err(QStringLiteral("kind"), tr("unknown profile \"%1\" (one of constant, ramp, steps, spike, "
                                       "seed, phases)")
                                        .arg(kind));
    }
    if (errors.isEmpty() && profile.durationMs() <= 0)
        err(QStringLiteral("duration"), tr("the profile must last longer than 0 s"));
    if (errors.isEmpty() && profile.expectedRequests() <= 0)
        err(QStringLiteral("rate"), tr("the profile sends no request (every rate is 0)"));
    if (!errors.isEmpty())
        return makeError(errors.join(QLatin1Char('\n')));
    return profile;
}

QJsonObject LoadProfile::toJson() const
{
    QJsonObject o = m_spec;
    o.insert(QStringLiteral("kind"), kindName(m_kind));
    return o;
}

qint64 LoadProfile::durationMs() const
{
    qint64 total = 0;
    for (const LoadPhase &p : m_phases)
        total += p.durationMs;
    return total;
}

double LoadProfile::rateAt(qint64 ms) const
{
    qint64 start = 0;
    for (const LoadPhase &p : m_phases) {
        if (ms < start + p.durationMs) {
            const double f = p.durationMs ? double(ms - start) / double(p.durationMs) : 0.0;
            return p.fromRate + (p.toRate - p.fromRate) * f;
        }
        start += p.durationMs;
    }
    return 0;
}

double LoadProfile::peakRate() const
{
    double peak = 0;
    for (const LoadPhase &p : m_phases)
        peak = std::max({peak, p.fromRate, p.toRate});
    return peak;
}

qint64 LoadProfile::expectedRequests() const
{
    double total = 0;
    for (const LoadPhase &p : m_phases)
        total += phaseCount(p);
    // Request i goes at the time the cumulative count reaches i, from i = 0: ceil(total).
    return qint64(std::ceil(total - 1e-9));
}

QString LoadProfile::describe() const
{
    QStringList parts;
    for (const LoadPhase &p : m_phases) {
        if (p.fromRate == p.toRate)
            parts << QStringLiteral("%1/s for %2").arg(p.fromRate).arg(seconds(p.durationMs));
        else
            parts << QStringLiteral("%1/s to %2/s over %3")
                         .arg(p.fromRate)
                         .arg(p.toRate)
                         .arg(seconds(p.durationMs));
    }
    return QStringLiteral("%1: %2").arg(kindName(m_kind), parts.join(QStringLiteral(", then ")));
}

std::optional<qint64> LoadProfile::Schedule::next()
{
    while (m_phase < m_phases.size()) {
        const LoadPhase &p = m_phases.at(m_phase);
        const double count = phaseCount(p);
        const double n = double(m_index) - m_phaseStartCount; // requests into this phase
        if (n < count - 1e-9) {
            // Cumulative count in the phase: N(t) = a t + b t^2 / 2; solve N(t) = n for t, in the
            // form that stays exact for b = 0 and for decreasing ramps.
            const double a = p.fromRate;
            const double b = p.durationMs ? (p.toRate - p.fromRate) * 1000.0 / double(p.durationMs) : 0.0;
            const double root = std::sqrt(std::max(0.0, a * a + 2.0 * b * n));
            const double t = n <= 0 ? 0.0 : 2.0 * n / (a + root);
            ++m_index;
            return m_phaseStartNs + qint64(std::llround(t * 1e9));
        }
        m_phaseStartCount += count;
        m_phaseStartNs += p.durationMs * 1000000;
        ++m_phase;
    }
    return std::nullopt;
}

} // namespace Stratus
