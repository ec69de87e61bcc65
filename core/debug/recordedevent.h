#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace Stratus {

// One recorded event: a function's invocation record (docs/protocol.md) or a flow run's
// record (docs/flows.md), as the stream STRATUS_EVENTS keeps it (docs/debugger.md).
struct RecordedEvent
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::RecordedEvent)

public:
    enum class Kind { Function, Flow };

    quint64 sequence = 0; // in the stream: the event's id is "e" + sequence
    Kind kind = Kind::Function;
    QString name;   // the function or the flow
    QString id;     // the request id, or the flow's run id
    QString status; // "ok", "function-error", ...
    QDateTime time; // when it started (UTC)
    qint64 durationUs = -1;
    QJsonObject record; // the whole record

    QString eventId() const { return QStringLiteral("e%1").arg(sequence); }
    QString kindName() const
    {
        return kind == Kind::Flow ? QStringLiteral("flow") : QStringLiteral("function");
    }

    // The event and the result as the function saw them (a flow run: its input and output as JSON).
    QByteArray input() const;
    QByteArray output() const;
    QString stderrText() const;
    QString error() const;
    int exitCode() const;
    // How the input or output was cut, for a person; empty when it is complete. E.g.
    // "truncated: 300 KiB, kept in the datastore as RUN/OBJECT while its run lives".
    QString inputMarker() const;
    QString outputMarker() const;
    bool inputComplete() const { return inputMarker().isEmpty(); }
    QString inputRef() const; // the datastore object holding the whole input, if any

    // subject tells the kind (stratus.records.F or stratus.runs.F); storedAt is the stream's
    // timestamp, used when the record has none.
    static Result<RecordedEvent> fromMessage(quint64 sequence, const QString &subject, const QByteArray &data,
                                             const QDateTime &storedAt);
    static QString sizeText(qint64 bytes); // "17 B", "3.2 KiB", "300 KiB", "1.5 MiB"
};

} // namespace Stratus

Q_DECLARE_METATYPE(Stratus::RecordedEvent)
