#include "payloadtemplate.h"

#include <QDateTime>
#include <QUuid>

#include <chrono>

namespace Stratus {

Result<PayloadTemplate> PayloadTemplate::parse(const QByteArray &text)
{
    PayloadTemplate t;
    t.m_source = text;
    qsizetype pos = 0;
    QByteArray literal;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf("{{", pos);
        if (open < 0) {
            literal += text.mid(pos);
            break;
        }
        literal += text.mid(pos, open - pos);
        const qsizetype close = text.indexOf("}}", open + 2);
        if (close < 0)
            return makeError(tr("payload template: \"{{\" at byte %1 is never closed with \"}}\"").arg(open));
        const QByteArray name = text.mid(open + 2, close - open - 2).trimmed();
        Part part;
        if (name == "seq") {
            part.kind = Seq;
        } else if (name == "timestamp") {
            part.kind = Timestamp;
        } else if (name == "timestamp_ms") {
            part.kind = TimestampMs;
        } else if (name == "timestamp_us") {
            part.kind = TimestampUs;
        } else if (name == "uuid") {
            part.kind = Uuid;
        } else if (name.startsWith("rand:")) {
            const QList<QByteArray> bounds = name.mid(5).split(':');
            bool okMin = false, okMax = false;
            part.kind = Rand;
            if (bounds.size() == 2) {
                part.min = bounds[0].trimmed().toLongLong(&okMin);
                part.max = bounds[1].trimmed().toLongLong(&okMax);
            }
            if (!okMin || !okMax || part.min > part.max)
                return makeError(tr("payload template: {{%1}} at byte %2: write {{rand:MIN:MAX}} with "
                                    "integers MIN <= MAX")
                                     .arg(QString::fromUtf8(name))
                                     .arg(open));
        } else {
            return makeError(tr("payload template: unknown variable {{%1}} at byte %2 (known: seq, "
                                "rand:MIN:MAX, timestamp, timestamp_ms, timestamp_us, uuid)")
                                 .arg(QString::fromUtf8(name))
                                 .arg(open));
        }
        if (!literal.isEmpty())
            t.m_parts.append(Part{Literal, literal, 0, 0});
        literal.clear();
        t.m_parts.append(part);
        pos = close + 2;
    }
    if (!literal.isEmpty())
        t.m_parts.append(Part{Literal, literal, 0, 0});
    return t;
}

PayloadTemplate PayloadTemplate::literal(const QByteArray &bytes)
{
    PayloadTemplate t;
    t.m_source = bytes;
    if (!bytes.isEmpty())
        t.m_parts.append(Part{Literal, bytes, 0, 0});
    return t;
}

QByteArray PayloadTemplate::render(qint64 seq, std::mt19937_64 &random) const
{
    if (isConstant())
        return m_parts.isEmpty() ? QByteArray() : m_parts[0].text;
    QByteArray out;
    out.reserve(m_source.size() + 32);
    for (const Part &p : m_parts) {
        switch (p.kind) {
        case Literal:
            out += p.text;
            break;
        case Seq:
            out += QByteArray::number(seq);
            break;
        case Rand:
            out += QByteArray::number(std::uniform_int_distribution<qint64>(p.min, p.max)(random));
            break;
        case Timestamp:
            out += QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
            break;
        case TimestampMs:
            out += QByteArray::number(QDateTime::currentMSecsSinceEpoch());
            break;
        case TimestampUs:
            out += QByteArray::number(qint64(std::chrono::duration_cast<std::chrono::microseconds>(
                                                 std::chrono::system_clock::now().time_since_epoch())
                                                 .count()));
            break;
        case Uuid:
            out += QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
            break;
        }
    }
    return out;
}

} // namespace Stratus
