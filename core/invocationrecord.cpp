#include "invocationrecord.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Stratus {

Result<InvocationRecord> InvocationRecord::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return makeError(
            QStringLiteral("invocation record is not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    const auto str = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    const auto num = [&o](const char *key) { return qint64(o.value(QLatin1String(key)).toDouble()); };
    const auto flag = [&o](const char *key) { return o.value(QLatin1String(key)).toBool(); };
    InvocationRecord r;
    r.function = str("function");
    if (r.function.isEmpty())
        return makeError(QStringLiteral("invocation record without a function"));
    r.requestId = str("requestId");
    r.subject = str("subject");
    r.invoker = str("invoker");
    r.status = str("status");
    r.exitCode = int(num("exitCode"));
    r.cold = flag("cold");
    r.start = QDateTime::fromString(str("start"), Qt::ISODateWithMs);
    r.durationUs = num("durationUs");
    r.pid = num("pid");
    r.input = str("input");
    r.inputBytes = num("inputBytes");
    r.inputTruncated = flag("inputTruncated");
    r.output = str("output");
    r.outputBytes = num("outputBytes");
    r.outputTruncated = flag("outputTruncated");
    r.stderrText = str("stderr");
    r.error = str("error");
    return r;
}

} // namespace Stratus
