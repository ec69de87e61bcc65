#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace Stratus {

class Manifest;

// What a stress run hits: a NATS subject (a function's or a flow's trigger, or any subject)
// over request-reply, or an HTTP URL (the gateway). A value; the drivers do the talking.
struct LoadTarget
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::LoadTarget)

public:
    enum class Kind { Nats, Http };

    Kind kind = Kind::Nats;
    QString subject;            // Nats
    QUrl url;                   // Http
    QString function;           // the function it came from, if any (for the cluster overlay)
    QString flow;               // the flow it came from, if any
    int suggestedTimeoutMs = 0; // the function's own timeout plus a margin; 0 when unknown

    // NAME (a function, else a flow, of the manifest), flow:NAME, function:NAME, subject:SUBJECT,
    // http://HOST:PORT/PATH. manifest may be null when spec needs none.
    static Result<LoadTarget> resolve(const QString &spec, const Manifest *manifest);
    static LoadTarget forSubject(const QString &subject);

    QString display() const; // "function echo-py (fn.echo-py)", "http://127.0.0.1:8080/function/echo"
    QString spec() const;    // what resolve() takes back
    // Where the invokers of its function or flow publish their statistics; empty for others.
    QString statsSubject() const;
    QJsonObject toJson() const;
    static LoadTarget fromJson(const QJsonObject &json);
};

} // namespace Stratus
