#pragma once

#include "result.h"

#include <QCoreApplication>

#include <QByteArray>
#include <QString>

namespace Stratus {

// One invocation from the workbench: what came back and how long it took. Blocking (NATS):
// the functions panel runs it through runOffThread, never on the GUI thread.
class FunctionCaller
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::FunctionCaller)

public:
    struct Outcome
    {
        QByteArray status;      // Stratus-Status: "ok", "function-error", "timeout"…
        QByteArray body;        // the result, or a message for a person when status is not "ok"
        qint64 durationUs = -1; // the invoker's Stratus-Duration-Us, -1 when absent
        qint64 roundTripUs = 0; // measured here, connect excluded
        QByteArray exitCode;    // Stratus-Exit-Code, empty when absent
        bool cold = false;
    };

    // Connects, requests subject with payload, waits up to timeoutMs. A broker that does not
    // answer or a subject nobody serves is an Error; a failed function is an Outcome.
    static Result<Outcome> call(const QString &natsUrl, const QString &subject, const QByteArray &payload,
                                int timeoutMs);
};

} // namespace Stratus
