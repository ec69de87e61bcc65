#include "loadplan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Stratus {

qint64 LoadPlan::plannedDurationMs() const
{
    if (mode == Mode::Open)
        return profile.durationMs();
    if (closed.durationMs > 0)
        return closed.durationMs;
    if (closed.perWorkerRate > 0 && closed.concurrency > 0)
        return qint64(double(closed.requests) / (closed.perWorkerRate * closed.concurrency) * 1000.0);
    return 0;
}

qint64 LoadPlan::plannedRequests() const
{
    if (mode == Mode::Open)
        return profile.expectedRequests();
    return closed.durationMs > 0 ? 0 : closed.requests;
}

QString LoadPlan::describe() const
{
    if (mode == Mode::Open)
        return profile.describe();
    QString s = QStringLiteral("closed loop: -c %1").arg(closed.concurrency);
    if (closed.durationMs > 0)
        s += QStringLiteral(" -z %1s").arg(double(closed.durationMs) / 1000.0);
    else
        s += QStringLiteral(" -n %1").arg(closed.requests);
    if (closed.perWorkerRate > 0)
        s += QStringLiteral(" -q %1").arg(closed.perWorkerRate);
    return s;
}

Status LoadPlan::validate() const
{
    if (target.kind == LoadTarget::Kind::Nats && (target.subject.isEmpty() || natsUrl.isEmpty()))
        return makeError(tr("a NATS target needs a subject and a broker URL"));
    if (timeoutMs <= 0)
        return makeError(tr("the per-request timeout must be a positive number of milliseconds"));
    if (mode == Mode::Closed) {
        if (closed.concurrency < 1 || closed.concurrency > 100000)
            return makeError(tr("concurrency (-c) must be 1 to 100000"));
        if (closed.durationMs <= 0 && closed.requests < 1)
            return makeError(tr("give a number of requests (-n) of at least 1, or a duration (-z)"));
        if (closed.durationMs <= 0 && closed.requests < closed.concurrency)
            return makeError(tr("the number of requests (-n %1) cannot be smaller than the concurrency "
                                "(-c %2)")
                                 .arg(closed.requests)
                                 .arg(closed.concurrency));
        if (closed.perWorkerRate < 0)
            return makeError(tr("the rate limit per worker (-q) must not be negative"));
    } else if (profile.expectedRequests() <= 0 || profile.durationMs() <= 0) {
        return makeError(tr("the profile sends no request"));
    }
    if (maxInFlight < 1 || maxConnections < 1)
        return makeError(tr("maxInFlight and maxConnections must be at least 1"));
    return Ok{};
}

Status LoadPlan::applyJson(const QJsonObject &json, const QString &where)
{
    QStringList errors;
    auto err = [&](const QString &key, const QString &what) {
        errors << QStringLiteral("%1: %2: %3").arg(where, key, what);
    };
    if (json.contains(QStringLiteral("name")))
        name = json.value(QStringLiteral("name")).toString();
    const QString kind = json.value(QStringLiteral("kind")).toString(QStringLiteral("constant"));
    if (kind == QLatin1String("closed")) {
        mode = Mode::Closed;
        const QJsonValue n = json.value(QStringLiteral("requests"));
        const QJsonValue c = json.value(QStringLiteral("concurrency"));
        const QJsonValue q = json.value(QStringLiteral("qps"));
        if (!n.isUndefined() && (!n.isDouble() || n.toDouble() < 1))
            err(QStringLiteral("requests"), tr("must be a whole number >= 1"));
        if (!c.isUndefined() && (!c.isDouble() || c.toInt() < 1))
            err(QStringLiteral("concurrency"), tr("must be a whole number >= 1"));
        if (!q.isUndefined() && (!q.isDouble() || q.toDouble() < 0))
            err(QStringLiteral("qps"), tr("must be a number >= 0 (requests per second per worker)"));
        closed.requests = qint64(n.toDouble(double(closed.requests)));
        closed.concurrency = c.toInt(closed.concurrency);
        closed.perWorkerRate = q.toDouble(closed.perWorkerRate);
        if (json.contains(QStringLiteral("duration"))) {
            const auto ms = LoadProfile::parseDurationMs(json.value(QStringLiteral("duration")));
            if (!ms)
                err(QStringLiteral("duration"), ms.errorMessage());
            else
                closed.durationMs = *ms;
        }
    } else {
        const auto p = LoadProfile::fromJson(json, where);
        if (!p)
            errors << p.errorMessage();
        else {
            mode = Mode::Open;
            profile = *p;
        }
    }
    if (json.contains(QStringLiteral("timeoutMs"))) {
        const int t = json.value(QStringLiteral("timeoutMs")).toInt(-1);
        if (t <= 0)
            err(QStringLiteral("timeoutMs"), tr("must be a positive whole number of milliseconds"));
        else
            timeoutMs = t;
    }
    if (json.contains(QStringLiteral("maxInFlight"))) {
        const int m = json.value(QStringLiteral("maxInFlight")).toInt(-1);
        if (m <= 0)
            err(QStringLiteral("maxInFlight"), tr("must be a positive whole number"));
        else
            maxInFlight = m;
    }
    if (json.contains(QStringLiteral("payload"))) {
        const QJsonValue v = json.value(QStringLiteral("payload"));
        // A JSON object or array is sent as compact JSON; a string is a template.
        const QByteArray text = v.isString()   ? v.toString().toUtf8()
                                : v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                : v.isArray()  ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                               : QByteArray();
        const auto t = PayloadTemplate::parse(text);
        if (!t)
            err(QStringLiteral("payload"), t.errorMessage());
        else
            payload = *t;
    }
    if (json.contains(QStringLiteral("thresholds"))) {
        const auto t = Thresholds::fromJson(json.value(QStringLiteral("thresholds")).toArray());
        if (!t)
            err(QStringLiteral("thresholds"), t.errorMessage());
        else
            thresholds = *t;
    }
    if (json.contains(QStringLiteral("method")))
        httpMethod = json.value(QStringLiteral("method")).toString().toUpper().toUtf8();
    if (json.contains(QStringLiteral("contentType")))
        contentType = json.value(QStringLiteral("contentType")).toString().toUtf8();
    if (!errors.isEmpty())
        return makeError(errors.join(QLatin1Char('\n')));
    return Ok{};
}

Result<QJsonObject> LoadPlan::readProfileFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(
            tr("%1: not valid JSON at byte %2: %3").arg(path).arg(error.offset).arg(error.errorString()));
    if (!doc.isObject())
        return makeError(tr("%1: a profile must be a JSON object").arg(path));
    return doc.object();
}

QJsonObject LoadPlan::toJson() const
{
    QJsonObject o;
    if (mode == Mode::Open) {
        o = profile.toJson();
    } else {
        o.insert(QStringLiteral("kind"), QStringLiteral("closed"));
        o.insert(QStringLiteral("requests"), double(closed.requests));
        o.insert(QStringLiteral("concurrency"), closed.concurrency);
        o.insert(QStringLiteral("qps"), closed.perWorkerRate);
        if (closed.durationMs > 0)
            o.insert(QStringLiteral("duration"), QStringLiteral("%1ms").arg(closed.durationMs));
    }
    if (!name.isEmpty())
        o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("timeoutMs"), timeoutMs);
    o.insert(QStringLiteral("maxInFlight"), maxInFlight);
    o.insert(QStringLiteral("payload"), QString::fromUtf8(payload.source()));
    if (!thresholds.isEmpty())
        o.insert(QStringLiteral("thresholds"), thresholds.toJson());
    if (target.kind == LoadTarget::Kind::Http) {
        o.insert(QStringLiteral("method"), QString::fromUtf8(httpMethod));
        o.insert(QStringLiteral("contentType"), QString::fromUtf8(contentType));
    }
    return o;
}

} // namespace Stratus
