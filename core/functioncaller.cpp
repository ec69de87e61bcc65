#include "functioncaller.h"

#include "natsclient.h"
#include "protocol.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace Stratus {

Result<FunctionCaller::Outcome> FunctionCaller::call(const QString &natsUrl, const QString &subject,
                                                     const QByteArray &payload, int timeoutMs)
{
    if (natsUrl.isEmpty())
        return makeError(tr("The cluster is not running: start it first."));
    auto client = NatsClient::connect(natsUrl, QStringLiteral("stratus-workbench-invoke"));
    if (!client)
        return client.error();
    QElapsedTimer timer;
    timer.start();
    auto reply = client->request(subject, payload, timeoutMs);
    const qint64 elapsed = timer.nsecsElapsed() / 1000;
    if (!reply)
        return reply.error();
    Outcome outcome;
    outcome.status = reply->status();
    outcome.body = reply->data;
    outcome.roundTripUs = elapsed;
    bool ok = false;
    const qint64 duration = reply->header(Protocol::DurationHeader).toLongLong(&ok);
    outcome.durationUs = ok ? duration : -1;
    outcome.exitCode = reply->header(Protocol::ExitCodeHeader);
    outcome.cold =
        reply->header(Protocol::ColdHeader) == "true" || reply->header(Protocol::ColdHeader) == "1";
    return outcome;
}

} // namespace Stratus
