#include "tracetable.h"

#include <algorithm>

namespace Stratus::Cli {

namespace {

QString millis(qint64 micros)
{
    return QStringLiteral("%1 ms").arg(double(micros) / 1000.0, 0, 'f', 2);
}

} // namespace

QString TraceTable::format(const QList<FlowSpan> &spans)
{
    const auto run = std::find_if(spans.cbegin(), spans.cend(), [](const FlowSpan &s) { return s.isRun(); });
    QList<FlowSpan> nodes;
    for (const FlowSpan &s : spans) {
        if (!s.isRun())
            nodes << s;
    }
    std::stable_sort(nodes.begin(), nodes.end(),
                     [](const FlowSpan &a, const FlowSpan &b) { return a.startUs < b.startUs; });
    const qint64 origin = run != spans.cend() ? run->startUs : (nodes.isEmpty() ? 0 : nodes.first().startUs);
    QStringList lines;
    if (run != spans.cend()) {
        lines << tr("run %1 of flow %2: %3 in %4 (trace %5)")
                     .arg(run->runId, run->flow, run->status, millis(run->durationUs()), run->traceId);
        if (!run->error.isEmpty())
            lines << tr("  error: %1").arg(run->error);
    }
    const auto row = [](const QString &node, const QString &kind, const QString &function,
                        const QString &status, const QString &start, const QString &duration) {
        return QStringLiteral("%1 %2 %3 %4 %5 %6")
            .arg(node.leftJustified(18), kind.leftJustified(9), function.leftJustified(18),
                 status.leftJustified(8), start.rightJustified(11), duration.rightJustified(10))
            .trimmed();
    };
    lines << row(tr("NODE"), tr("KIND"), tr("FUNCTION"), tr("STATUS"), tr("START"), tr("DURATION"));
    for (const FlowSpan &s : std::as_const(nodes)) {
        const QString node = s.element >= 0 ? QStringLiteral("%1[%2]").arg(s.node).arg(s.element) : s.node;
        QString status = s.code.isEmpty() ? s.status : s.code;
        if (s.attempts > 1)
            status += QStringLiteral(" x%1").arg(s.attempts);
        lines << row(node, s.kind, s.function, status, QStringLiteral("+") + millis(s.startUs - origin),
                     s.status == QLatin1String("skipped") ? QStringLiteral("-") : millis(s.durationUs()));
        if (!s.error.isEmpty())
            lines << QStringLiteral("    %1").arg(s.error);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Stratus::Cli
