#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Stratus {

// One invocation as its invoker reports it on stratus.records.FUNCTION (docs/protocol.md).
struct InvocationRecord
{
    QString function;
    QString requestId;
    QString subject;
    QString invoker;
    QString status;
    int exitCode = 0;
    bool cold = false;
    QDateTime start;
    qint64 durationUs = 0;
    qint64 pid = 0;
    QString input;
    qint64 inputBytes = 0;
    bool inputTruncated = false;
    QString output;
    qint64 outputBytes = 0;
    bool outputTruncated = false;
    QString stderrText;
    QString error;

    static Result<InvocationRecord> fromJson(const QByteArray &json);
};

} // namespace Stratus

Q_DECLARE_METATYPE(Stratus::InvocationRecord)
