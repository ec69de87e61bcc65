#include "flowspan.h"

#include <QJsonArray>

namespace Stratus {

FlowSpan FlowSpan::fromJson(const QJsonObject &o)
{
    FlowSpan s;
    s.traceId = o.value(QLatin1String("traceId")).toString();
    s.spanId = o.value(QLatin1String("spanId")).toString();
    s.parentSpanId = o.value(QLatin1String("parentSpanId")).toString();
    s.runId = o.value(QLatin1String("runId")).toString();
    s.flow = o.value(QLatin1String("flow")).toString();
    s.node = o.value(QLatin1String("node")).toString();
    s.kind = o.value(QLatin1String("kind")).toString();
    s.function = o.value(QLatin1String("function")).toString();
    s.element = o.value(QLatin1String("element")).toInt(-1);
    s.startUs = qint64(o.value(QLatin1String("startUs")).toDouble());
    s.endUs = qint64(o.value(QLatin1String("endUs")).toDouble());
    s.status = o.value(QLatin1String("status")).toString();
    s.code = o.value(QLatin1String("code")).toString();
    s.error = o.value(QLatin1String("error")).toString();
    s.attempts = o.value(QLatin1String("attempts")).toInt();
    return s;
}

QJsonObject FlowSpan::toJson() const
{
    QJsonObject o{{QLatin1String("traceId"), traceId},     {QLatin1String("spanId"), spanId},
                  {QLatin1String("runId"), runId},         {QLatin1String("flow"), flow},
                  {QLatin1String("kind"), kind},           {QLatin1String("startUs"), double(startUs)},
                  {QLatin1String("endUs"), double(endUs)}, {QLatin1String("status"), status}};
    if (!parentSpanId.isEmpty())
        o.insert(QLatin1String("parentSpanId"), parentSpanId);
    if (!node.isEmpty())
        o.insert(QLatin1String("node"), node);
    if (!function.isEmpty())
        o.insert(QLatin1String("function"), function);
    if (element >= 0)
        o.insert(QLatin1String("element"), element);
    if (!code.isEmpty())
        o.insert(QLatin1String("code"), code);
    if (!error.isEmpty())
        o.insert(QLatin1String("error"), error);
    if (attempts > 0)
        o.insert(QLatin1String("attempts"), attempts);
    return o;
}

namespace {

QJsonObject attribute(const QString &key, const QJsonValue &value)
{
    QJsonObject v;
    if (value.isDouble())
        v.insert(QLatin1String("intValue"), QString::number(qint64(value.toDouble())));
    else
        v.insert(QLatin1String("stringValue"), value.toString());
    return QJsonObject{{QLatin1String("key"), key}, {QLatin1String("value"), v}};
}

QString nanos(qint64 micros)
{
    return QString::number(micros * 1000);
}

} // namespace

QJsonObject FlowSpan::toOtlp(const QList<FlowSpan> &spans, const QString &serviceName)
{
    // OTLP/JSON: ids are hex strings, 64-bit integers are decimal strings, enums are numbers.
    constexpr int SpanKindInternal = 1;
    constexpr int SpanKindClient = 3;
    constexpr int StatusOk = 1;
    constexpr int StatusError = 2;
    QJsonArray out;
    for (const FlowSpan &s : spans) {
        QJsonArray attributes{attribute(QStringLiteral("stratus.run_id"), s.runId),
                              attribute(QStringLiteral("stratus.flow"), s.flow),
                              attribute(QStringLiteral("stratus.kind"), s.kind),
                              attribute(QStringLiteral("stratus.status"), s.status)};
        if (!s.node.isEmpty())
            attributes << attribute(QStringLiteral("stratus.node"), s.node);
        if (!s.function.isEmpty())
            attributes << attribute(QStringLiteral("stratus.function"), s.function);
        if (s.element >= 0)
            attributes << attribute(QStringLiteral("stratus.element"), s.element);
        if (s.attempts > 0)
            attributes << attribute(QStringLiteral("stratus.attempts"), s.attempts);
        if (!s.code.isEmpty())
            attributes << attribute(QStringLiteral("stratus.code"), s.code);
        QJsonObject status{
            {QLatin1String("code"), s.status == QLatin1String("error") ? StatusError : StatusOk}};
        if (!s.error.isEmpty())
            status.insert(QLatin1String("message"), s.error);
        QJsonObject span{
            {QLatin1String("traceId"), s.traceId},
            {QLatin1String("spanId"), s.spanId},
            {QLatin1String("name"),
             s.isRun() ? QStringLiteral("flow %1").arg(s.flow) : QStringLiteral("%1 %2").arg(s.kind, s.node)},
            {QLatin1String("kind"), s.kind == QLatin1String("function") ? SpanKindClient : SpanKindInternal},
            {QLatin1String("startTimeUnixNano"), nanos(s.startUs)},
            {QLatin1String("endTimeUnixNano"), nanos(std::max(s.endUs, s.startUs))},
            {QLatin1String("attributes"), attributes},
            {QLatin1String("status"), status}};
        if (!s.parentSpanId.isEmpty())
            span.insert(QLatin1String("parentSpanId"), s.parentSpanId);
        out << span;
    }
    const QJsonObject resource{
        {QLatin1String("attributes"), QJsonArray{attribute(QStringLiteral("service.name"), serviceName)}}};
    const QJsonObject scope{
        {QLatin1String("scope"), QJsonObject{{QLatin1String("name"), QStringLiteral("stratus")}}},
        {QLatin1String("spans"), out}};
    return QJsonObject{{QLatin1String("resourceSpans"),
                        QJsonArray{QJsonObject{{QLatin1String("resource"), resource},
                                               {QLatin1String("scopeSpans"), QJsonArray{scope}}}}}};
}

} // namespace Stratus
