#include "recordedevent.h"

#include "protocol.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Stratus {

namespace {

QByteArray compact(const QJsonValue &v)
{
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    if (v.isUndefined())
        return {};
    return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

// A flow record keeps a large value as {"truncated": true, "bytes": N, "head": "..."}.
bool isTruncatedValue(const QJsonValue &v)
{
    return v.isObject() && v.toObject().value(QLatin1String("truncated")).toBool() &&
           v.toObject().contains(QLatin1String("bytes"));
}

QString marker(const QJsonObject &r, bool flow, const char *key)
{
    const QString k = QLatin1String(key);
    if (flow) {
        const QJsonValue v = r.value(k);
        if (!isTruncatedValue(v))
            return {};
        return RecordedEvent::tr("truncated: %1, not kept (flow records keep values up to 64 KiB)")
            .arg(RecordedEvent::sizeText(qint64(v.toObject().value(QLatin1String("bytes")).toDouble())));
    }
    if (!r.value(k + QLatin1String("Truncated")).toBool())
        return {};
    const QString size = RecordedEvent::sizeText(qint64(r.value(k + QLatin1String("Bytes")).toDouble()));
    const QString ref = r.value(k + QLatin1String("Ref")).toString();
    if (ref.isEmpty())
        return RecordedEvent::tr("truncated: %1, the record keeps the first 64 KiB; the rest is not kept")
            .arg(size);
    return RecordedEvent::tr("truncated: %1, kept in the datastore as %2 while its run lives (its TTL)")
        .arg(size, ref);
}

} // namespace

QString RecordedEvent::sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 KiB").arg(
            QString::number(double(bytes) / 1024.0, 'g', bytes < 10 * 1024 ? 2 : 3));
    return QStringLiteral("%1 MiB").arg(QString::number(double(bytes) / (1024.0 * 1024.0), 'g', 3));
}

QByteArray RecordedEvent::input() const
{
    if (kind == Kind::Flow)
        return compact(record.value(QLatin1String("input")));
    return record.value(QLatin1String("input")).toString().toUtf8();
}

QByteArray RecordedEvent::output() const
{
    if (kind == Kind::Flow)
        return compact(record.value(QLatin1String("output")));
    return record.value(QLatin1String("output")).toString().toUtf8();
}

QString RecordedEvent::stderrText() const
{
    return record.value(QLatin1String("stderr")).toString();
}

QString RecordedEvent::error() const
{
    return record.value(QLatin1String("error")).toString();
}

int RecordedEvent::exitCode() const
{
    return record.value(QLatin1String("exitCode")).toInt();
}

QString RecordedEvent::inputMarker() const
{
    return marker(record, kind == Kind::Flow, "input");
}

QString RecordedEvent::outputMarker() const
{
    return marker(record, kind == Kind::Flow, "output");
}

QString RecordedEvent::inputRef() const
{
    return record.value(QLatin1String("inputRef")).toString();
}

Result<RecordedEvent> RecordedEvent::fromMessage(quint64 sequence, const QString &subject,
                                                 const QByteArray &data, const QDateTime &storedAt)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (!doc.isObject())
        return makeError(tr("event e%1 on %2 is not a JSON record: %3")
                             .arg(sequence)
                             .arg(subject, error.error == QJsonParseError::NoError ? tr("not an object")
                                                                                   : error.errorString()));
    RecordedEvent e;
    e.sequence = sequence;
    e.record = doc.object();
    const QJsonObject &r = e.record;
    e.kind = subject.startsWith(QLatin1String(Protocol::RecordSubjectPrefix)) ? Kind::Function : Kind::Flow;
    e.status = r.value(QLatin1String("status")).toString();
    if (e.kind == Kind::Function) {
        e.name = r.value(QLatin1String("function")).toString();
        e.id = r.value(QLatin1String("requestId")).toString();
        e.time = QDateTime::fromString(r.value(QLatin1String("start")).toString(), Qt::ISODateWithMs);
        e.durationUs = qint64(r.value(QLatin1String("durationUs")).toDouble(-1));
    } else {
        e.name = r.value(QLatin1String("flow")).toString();
        e.id = r.value(QLatin1String("runId")).toString();
        // The run's own span (the first) has its start and end.
        const QJsonObject span = r.value(QLatin1String("spans")).toArray().first().toObject();
        const qint64 startUs = qint64(
            r.value(QLatin1String("startUs")).toDouble(span.value(QLatin1String("startUs")).toDouble()));
        if (startUs > 0)
            e.time = QDateTime::fromMSecsSinceEpoch(startUs / 1000, Qt::UTC);
        if (span.contains(QLatin1String("endUs")))
            e.durationUs = qint64(span.value(QLatin1String("endUs")).toDouble() -
                                  span.value(QLatin1String("startUs")).toDouble());
        else if (r.contains(QLatin1String("durationUs")))
            e.durationUs = qint64(r.value(QLatin1String("durationUs")).toDouble());
    }
    if (e.name.isEmpty())
        e.name = subject.section(QLatin1Char('.'), 2);
    if (!e.time.isValid())
        e.time = storedAt;
    e.time = e.time.toUTC();
    return e;
}

} // namespace Stratus
