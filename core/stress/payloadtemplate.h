#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <random>

namespace Stratus {

// A request body with per-request variables (docs/stress.md, "Payloads"):
//   {{seq}}            the request's sequence number in the run, from 0
//   {{rand:MIN:MAX}}   a uniformly random integer in [MIN, MAX]
//   {{timestamp}}      the send time, ISO 8601 UTC with milliseconds
//   {{timestamp_ms}}   the send time, milliseconds since the Unix epoch
//   {{timestamp_us}}   the send time, microseconds since the Unix epoch
//   {{uuid}}           a random UUID
// Anything else between {{ and }} is an error, so that a typo never goes out as load.
class PayloadTemplate
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::PayloadTemplate)

public:
    PayloadTemplate() = default;
    static Result<PayloadTemplate> parse(const QByteArray &text);
    // A body sent as it is, without looking for variables (payloads read with --file raw).
    static PayloadTemplate literal(const QByteArray &bytes);

    bool isConstant() const
    {
        return m_parts.size() <= 1 && (m_parts.isEmpty() || m_parts[0].kind == Literal);
    }
    QByteArray render(qint64 seq, std::mt19937_64 &random) const;
    const QByteArray &source() const { return m_source; }

private:
    enum Kind { Literal, Seq, Rand, Timestamp, TimestampMs, TimestampUs, Uuid };
    struct Part
    {
        Kind kind = Literal;
        QByteArray text;
        qint64 min = 0;
        qint64 max = 0;
    };
    QList<Part> m_parts;
    QByteArray m_source;
};

} // namespace Stratus
