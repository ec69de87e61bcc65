#include "httpresponseparser.h"

#include <QList>

namespace Stratus {

namespace {
constexpr qsizetype MaxHeadBytes = 64 * 1024;
}

void HttpResponseParser::reset(bool headRequest)
{
    *this = HttpResponseParser();
    m_head = headRequest;
}

HttpResponseParser::State HttpResponseParser::fail(const QString &why)
{
    m_error = why;
    m_phase = Phase::Done;
    return m_state = State::Error;
}

HttpResponseParser::State HttpResponseParser::parseHead()
{
    const QList<QByteArray> lines = m_buffer.split('\n');
    const QByteArray statusLine = lines.value(0).trimmed();
    // "HTTP/1.1 200 OK"
    const QList<QByteArray> parts = statusLine.split(' ');
    bool ok = false;
    m_status = parts.value(1).toInt(&ok);
    if (!statusLine.startsWith("HTTP/1.") || !ok || m_status < 100 || m_status > 999)
        return fail(QStringLiteral("not an HTTP/1.x status line: \"%1\"")
                        .arg(QString::fromLatin1(statusLine.left(80))));
    m_keepAlive = !statusLine.startsWith("HTTP/1.0");
    qint64 length = -1;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed().toLower();
        if (name == "content-length") {
            length = value.toLongLong(&ok);
            if (!ok || length < 0)
                return fail(QStringLiteral("bad Content-Length: %1").arg(QString::fromLatin1(value)));
        } else if (name == "transfer-encoding") {
            chunked = value.contains("chunked");
        } else if (name == "connection") {
            if (value.contains("close"))
                m_keepAlive = false;
            else if (value.contains("keep-alive"))
                m_keepAlive = true;
        }
    }
    m_buffer.clear();
    if (m_head || m_status < 200 || m_status == 204 || m_status == 304) {
        m_phase = Phase::Done;
    } else if (chunked) {
        m_phase = Phase::ChunkSize;
    } else if (length >= 0) {
        m_remaining = length;
        m_phase = length > 0 ? Phase::Body : Phase::Done;
    } else {
        m_keepAlive = false;
        m_phase = Phase::UntilClose;
    }
    return State::Incomplete;
}

HttpResponseParser::State HttpResponseParser::feed(const char *data, qsizetype size)
{
    if (m_state != State::Incomplete)
        return size > 0 && m_state == State::Complete ? fail(QStringLiteral("bytes after the response"))
                                                      : m_state;
    qsizetype pos = 0;
    while (pos < size || m_phase == Phase::Done) {
        switch (m_phase) {
        case Phase::Head: {
            const qsizetype before = m_buffer.size();
            m_buffer.append(data + pos, size - pos);
            const qsizetype end = m_buffer.indexOf("\r\n\r\n", std::max<qsizetype>(0, before - 3));
            if (end < 0) {
                if (m_buffer.size() > MaxHeadBytes)
                    return fail(QStringLiteral("response headers larger than 64 KiB"));
                return m_state;
            }
            pos += end + 4 - before;
            m_buffer.truncate(end);
            if (parseHead() == State::Error)
                return m_state;
            break;
        }
        case Phase::Body:
        case Phase::ChunkData: {
            const qint64 take = std::min<qint64>(m_remaining, size - pos);
            pos += take;
            m_remaining -= take;
            m_bodyBytes += take;
            if (m_remaining == 0)
                m_phase = m_phase == Phase::Body ? Phase::Done : Phase::ChunkDataEnd;
            break;
        }
        case Phase::UntilClose:
            m_bodyBytes += size - pos;
            pos = size;
            break;
        case Phase::ChunkSize:
        case Phase::ChunkDataEnd:
        case Phase::Trailer: {
            const char *nl = static_cast<const char *>(memchr(data + pos, '\n', size_t(size - pos)));
            const qsizetype upTo = nl ? nl - data + 1 : size;
            m_buffer.append(data + pos, upTo - pos);
            pos = upTo;
            if (!nl) {
                if (m_buffer.size() > 4096)
                    return fail(QStringLiteral("chunk framing line too long"));
                break;
            }
            const QByteArray line = m_buffer.trimmed();
            m_buffer.clear();
            if (m_phase == Phase::ChunkDataEnd) {
                if (!line.isEmpty())
                    return fail(QStringLiteral("chunk not followed by CRLF"));
                m_phase = Phase::ChunkSize;
            } else if (m_phase == Phase::ChunkSize) {
                bool ok = false;
                const qint64 n = line.split(';').value(0).trimmed().toLongLong(&ok, 16);
                if (!ok || n < 0)
                    return fail(
                        QStringLiteral("bad chunk size \"%1\"").arg(QString::fromLatin1(line.left(40))));
                m_remaining = n;
                m_phase = n == 0 ? Phase::Trailer : Phase::ChunkData;
            } else if (line.isEmpty()) {
                m_phase = Phase::Done;
            }
            break;
        }
        case Phase::Done:
            m_state = State::Complete;
            if (pos < size)
                return fail(QStringLiteral("bytes after the response (pipelining is not supported)"));
            return m_state;
        }
    }
    return m_state;
}

HttpResponseParser::State HttpResponseParser::closed()
{
    if (m_state != State::Incomplete)
        return m_state;
    if (m_phase == Phase::UntilClose) {
        m_phase = Phase::Done;
        return m_state = State::Complete;
    }
    return fail(m_phase == Phase::Head && m_buffer.isEmpty()
                    ? QStringLiteral("connection closed by the server before a response")
                    : QStringLiteral("connection closed by the server in the middle of a response"));
}

} // namespace Stratus
