#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Stratus {

// One span of a flow run as the flow invoker publishes it (docs/flows.md, "Traces"): the run
// itself (no node) or one node's execution — a map runs its sub-path once per element, so a
// node there has one span per element. The wire format is the invoker's; this reads it.
struct FlowSpan
{
    QString traceId;      // 32 hex digits, one per run (W3C trace context)
    QString spanId;       // 16 hex digits
    QString parentSpanId; // empty for the run span
    QString runId;
    QString flow;
    QString node; // empty for the run span
    QString kind; // "run", or the node's kind: function, modify, choice, parallel, join, map, end
    QString function;
    int element = -1;   // index in the enclosing map, or -1
    qint64 startUs = 0; // Unix time, microseconds
    qint64 endUs = 0;
    QString status; // ok, error, skipped, running
    QString code;   // with status error: the Stratus-Status of the failure (timeout, function-error, ...)
    QString error;
    int attempts = 0;

    qint64 durationUs() const { return endUs > startUs ? endUs - startUs : 0; }
    bool isRun() const { return node.isEmpty(); }

    static FlowSpan fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    // The spans as an OTLP/JSON ExportTraceServiceRequest: what an OpenTelemetry collector
    // (otlpjsonfile receiver, or POST to /v1/traces) and Jaeger's OTLP endpoint take.
    static QJsonObject toOtlp(const QList<FlowSpan> &spans, const QString &serviceName);
};

} // namespace Stratus
