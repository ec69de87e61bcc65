#include "loadtarget.h"

#include "protocol.h"

#include "manifest.h"

namespace Stratus {

namespace {
constexpr int ReplyMarginMs = 2000; // the invoker's own timeout reply should arrive before ours
}

LoadTarget LoadTarget::forSubject(const QString &subject)
{
    LoadTarget t;
    t.kind = Kind::Nats;
    t.subject = subject;
    return t;
}

Result<LoadTarget> LoadTarget::resolve(const QString &spec, const Manifest *manifest)
{
    const QString s = spec.trimmed();
    if (s.isEmpty())
        return makeError(tr("the target is empty (a function name, flow:NAME, subject:SUBJECT or an "
                            "http:// URL)"));
    if (s.startsWith(QLatin1String("http://")) || s.startsWith(QLatin1String("https://"))) {
        const QUrl url(s, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return makeError(tr("%1 is not a valid URL: %2").arg(s, url.errorString()));
        if (url.scheme() == QLatin1String("https"))
            return makeError(tr("%1: https is not supported by the stress engine; load the local "
                                "gateway over http://")
                                 .arg(s));
        LoadTarget t;
        t.kind = Kind::Http;
        t.url = url;
        return t;
    }
    if (s.startsWith(QLatin1String("subject:"))) {
        const QString subject = s.mid(8).trimmed();
        if (subject.isEmpty() || subject.contains(QLatin1Char(' ')) || subject.contains(QLatin1Char('*')) ||
            subject.contains(QLatin1Char('>')))
            return makeError(tr("%1: a subject must be non-empty, without spaces or wildcards").arg(s));
        return forSubject(subject);
    }
    const bool wantFlow = s.startsWith(QLatin1String("flow:"));
    const bool wantFunction = s.startsWith(QLatin1String("function:"));
    const QString name = wantFlow ? s.mid(5) : wantFunction ? s.mid(9) : s;
    if (!manifest)
        return makeError(tr("%1: a function or flow name needs a project (stratus.json); or give "
                            "subject:SUBJECT or an http:// URL")
                             .arg(s));
    if (!wantFlow) {
        if (const FunctionSpec *f = manifest->function(name)) {
            LoadTarget t = forSubject(f->trigger);
            t.function = f->name;
            t.suggestedTimeoutMs = f->timeoutMs + ReplyMarginMs;
            return t;
        }
    }
    if (!wantFunction) {
        if (const FlowSpec *f = manifest->flow(name)) {
            LoadTarget t = forSubject(f->trigger);
            t.flow = f->name;
            return t;
        }
    }
    QStringList functions, flows;
    for (const FunctionSpec &f : manifest->functions)
        functions << f.name;
    for (const FlowSpec &f : manifest->flows)
        flows << QStringLiteral("flow:") + f.name;
    // One whole sentence per kind of name asked for, so that translators can reorder them.
    const QString targets = (functions + flows).join(QStringLiteral(", "));
    if (wantFlow)
        return makeError(
            tr("%1 declares no flow \"%2\" (targets: %3)").arg(manifest->filePath, name, targets));
    if (wantFunction)
        return makeError(
            tr("%1 declares no function \"%2\" (targets: %3)").arg(manifest->filePath, name, targets));
    return makeError(
        tr("%1 declares no function or flow \"%2\" (targets: %3)").arg(manifest->filePath, name, targets));
}

QString LoadTarget::display() const
{
    if (kind == Kind::Http)
        return url.toString();
    if (!function.isEmpty())
        return QStringLiteral("function %1 (%2)").arg(function, subject);
    if (!flow.isEmpty())
        return QStringLiteral("flow %1 (%2)").arg(flow, subject);
    return QStringLiteral("subject %1").arg(subject);
}

QString LoadTarget::spec() const
{
    if (kind == Kind::Http)
        return url.toString();
    if (!function.isEmpty())
        return function;
    if (!flow.isEmpty())
        return QStringLiteral("flow:") + flow;
    return QStringLiteral("subject:") + subject;
}

QJsonObject LoadTarget::toJson() const
{
    QJsonObject o{
        {QStringLiteral("kind"), kind == Kind::Http ? QStringLiteral("http") : QStringLiteral("nats")}};
    if (kind == Kind::Http)
        o.insert(QStringLiteral("url"), url.toString());
    else
        o.insert(QStringLiteral("subject"), subject);
    if (!function.isEmpty())
        o.insert(QStringLiteral("function"), function);
    if (!flow.isEmpty())
        o.insert(QStringLiteral("flow"), flow);
    return o;
}

LoadTarget LoadTarget::fromJson(const QJsonObject &json)
{
    LoadTarget t;
    t.kind = json.value(QStringLiteral("kind")).toString() == QLatin1String("http") ? Kind::Http : Kind::Nats;
    t.url = QUrl(json.value(QStringLiteral("url")).toString());
    t.subject = json.value(QStringLiteral("subject")).toString();
    t.function = json.value(QStringLiteral("function")).toString();
    t.flow = json.value(QStringLiteral("flow")).toString();
    return t;
}

QString LoadTarget::statsSubject() const
{
    if (!flow.isEmpty())
        return QLatin1String(Protocol::FlowStatsSubjectPrefix) + flow;
    if (!function.isEmpty())
        return QLatin1String(Protocol::StatsSubjectPrefix) + function;
    return {};
}

} // namespace Stratus
