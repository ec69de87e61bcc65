#include "httprequestparser.h"

#include <cstring>

namespace Stratus::Gateway {

namespace {

constexpr int MaxTimeoutDigits = 9;

bool isTokenChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           std::strchr("!#$%&'*+-.^_`|~", c) != nullptr;
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t'))
        v.chop(1);
    return v;
}

bool equalsLower(QByteArrayView v, const char *lower)
{
    const qsizetype n = qsizetype(std::strlen(lower));
    if (v.size() != n)
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        char c = v[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != lower[i])
            return false;
    }
    return true;
}

// Comma-separated tokens of a header value (Connection: keep-alive, Upgrade).
bool hasToken(QByteArrayView value, const char *lower)
{
    while (!value.isEmpty()) {
        qsizetype comma = value.indexOf(',');
        if (comma < 0)
            comma = value.size();
        if (equalsLower(trimmed(value.first(comma)), lower))
            return true;
        value = comma < value.size() ? value.sliced(comma + 1) : QByteArrayView();
    }
    return false;
}

// A non-negative decimal of at most maxDigits digits, or -1.
qint64 parseDecimal(QByteArrayView v, int maxDigits)
{
    if (v.isEmpty() || v.size() > maxDigits)
        return -1;
    qint64 n = 0;
    for (char c : v) {
        if (c < '0' || c > '9')
            return -1;
        n = n * 10 + (c - '0');
    }
    return n;
}

} // namespace

HttpRequestParser::HttpRequestParser(qint64 maxBodyBytes, qsizetype maxHeadBytes)
    : m_maxBody(maxBodyBytes), m_maxHead(maxHeadBytes)
{
}

bool HttpRequestParser::takeContinue()
{
    const bool due = m_continueDue;
    m_continueDue = false;
    return due;
}

HttpRequestParser::Outcome HttpRequestParser::fail(int status, const char *message)
{
    m_errorStatus = status;
    m_errorMessage = message;
    return Outcome::Error;
}

void HttpRequestParser::reset()
{
    m_state = State::Head;
    m_pos = 0;
    m_start = 0;
    m_request = HttpRequest{};
    m_method = m_target = m_requestId = Span{};
    m_contentLength = 0;
    m_chunked = false;
    m_expectContinue = false;
    m_continueDue = false;
    m_chunkRemaining = 0;
}

bool HttpRequestParser::parseHeader(const char *data, qsizetype begin, qsizetype end)
{
    const QByteArrayView line(data + begin, end - begin);
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0) {
        fail(400, "malformed header line (expected \"Name: value\")");
        return false;
    }
    const QByteArrayView name = line.first(colon);
    for (char c : name) {
        if (!isTokenChar(c)) {
            fail(400, "malformed header name");
            return false;
        }
    }
    const QByteArrayView value = trimmed(line.sliced(colon + 1));
    switch (name.size()) {
    case 14:
        if (equalsLower(name, "content-length")) {
            const qint64 length = parseDecimal(value, 18);
            if (length < 0 || (m_contentLength > 0 && length != m_contentLength)) {
                fail(400, "invalid Content-Length");
                return false;
            }
            m_contentLength = length;
        }
        break;
    case 17:
        if (equalsLower(name, "transfer-encoding")) {
            if (!equalsLower(value, "chunked")) {
                fail(501, "only the chunked transfer coding is supported");
                return false;
            }
            m_chunked = true;
        }
        break;
    case 10:
        if (equalsLower(name, "connection")) {
            if (hasToken(value, "close"))
                m_request.keepAlive = false;
            else if (hasToken(value, "keep-alive"))
                m_request.keepAlive = true;
        }
        break;
    case 6:
        if (equalsLower(name, "expect"))
            m_expectContinue = equalsLower(value, "100-continue");
        break;
    case 12:
        if (equalsLower(name, "x-request-id")) {
            m_requestId = Span{qsizetype(value.data() - data), value.size()};
            for (char c : value) {
                if (c <= ' ' || c > '~') {
                    fail(400, "X-Request-Id must be printable ASCII without spaces");
                    return false;
                }
            }
        } else if (equalsLower(name, "x-timeout-ms")) {
            const qint64 ms = parseDecimal(value, MaxTimeoutDigits);
            if (ms <= 0) {
                fail(400, "X-Timeout-Ms must be a positive integer of milliseconds");
                return false;
            }
            m_request.timeoutMs = int(ms);
        }
        break;
    default:
        break;
    }
    return true;
}

bool HttpRequestParser::parseHead(const char *data, qsizetype end)
{
    // Request line: METHOD SP TARGET SP HTTP/1.x
    const char *lineEnd = static_cast<const char *>(std::memchr(data + m_start, '\n', size_t(end - m_start)));
    qsizetype lineStop = lineEnd - data;
    qsizetype next = lineStop + 1;
    if (lineStop > m_start && data[lineStop - 1] == '\r')
        --lineStop;
    const QByteArrayView line(data + m_start, lineStop - m_start);
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 <= sp1 + 1 || line.indexOf(' ', sp2 + 1) >= 0) {
        fail(400, "malformed request line (expected \"METHOD /path HTTP/1.1\")");
        return false;
    }
    for (char c : line.first(sp1)) {
        if (!isTokenChar(c)) {
            fail(400, "malformed method in the request line");
            return false;
        }
    }
    const QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    if (target.front() != '/') {
        fail(400, "the request target must be a path starting with /");
        return false;
    }
    const QByteArrayView version = line.sliced(sp2 + 1);
    if (version.size() != 8 || !version.startsWith("HTTP/")) {
        fail(400, "malformed HTTP version in the request line");
        return false;
    }
    if (version[5] != '1' || version[6] != '.' || (version[7] != '0' && version[7] != '1')) {
        fail(505, "only HTTP/1.0 and HTTP/1.1 are supported");
        return false;
    }
    m_method = Span{m_start, sp1};
    m_target = Span{m_start + sp1 + 1, target.size()};
    m_request.minorVersion = version[7] - '0';
    m_request.keepAlive = m_request.minorVersion == 1;

    while (next < end) {
        const char *nl = static_cast<const char *>(std::memchr(data + next, '\n', size_t(end - next)));
        qsizetype stop = nl - data;
        const qsizetype after = stop + 1;
        if (stop > next && data[stop - 1] == '\r')
            --stop;
        if (stop == next)
            break; // the empty line
        if (data[next] == ' ' || data[next] == '\t') {
            fail(400, "folded header lines are not supported");
            return false;
        }
        if (!parseHeader(data, next, stop))
            return false;
        next = after;
    }
    if (m_chunked && m_contentLength > 0) {
        fail(400, "both Content-Length and Transfer-Encoding given");
        return false;
    }
    if (m_contentLength > m_maxBody) {
        fail(413, "the request body is larger than the gateway accepts");
        return false;
    }
    return true;
}

HttpRequestParser::Outcome HttpRequestParser::parse(const char *data, qsizetype size, qsizetype *consumed)
{
    *consumed = 0;
    for (;;) {
        switch (m_state) {
        case State::Head: {
            // Stray empty lines before a request are allowed (RFC 9112, 2.2).
            while (m_start < size && (data[m_start] == '\r' || data[m_start] == '\n'))
                ++m_start;
            if (m_pos < m_start)
                m_pos = m_start;
            // Find the empty line ending the head: "\r\n\r\n" or a bare "\n\n". m_pos is
            // where the search stopped last time: at a line feed whose successors were missing.
            qsizetype end = -1;
            qsizetype i = std::max(m_pos, m_start);
            while (end < 0) {
                const char *nl = static_cast<const char *>(std::memchr(data + i, '\n', size_t(size - i)));
                if (!nl) {
                    i = size;
                    break;
                }
                i = nl - data;
                if (i + 1 >= size || (data[i + 1] == '\r' && i + 2 >= size))
                    break; // cut after the line feed: look here again with more bytes
                if (data[i + 1] == '\n')
                    end = i + 2;
                else if (data[i + 1] == '\r' && data[i + 2] == '\n')
                    end = i + 3;
                else
                    ++i;
            }
            if (end < 0) {
                m_pos = i;
                if (size - m_start > m_maxHead)
                    return fail(431, "the request head is larger than the gateway accepts");
                return Outcome::NeedMore;
            }
            if (end - m_start > m_maxHead)
                return fail(431, "the request head is larger than the gateway accepts");
            if (!parseHead(data, end))
                return Outcome::Error;
            m_pos = end;
            if (m_chunked) {
                m_state = State::ChunkSize;
                if (m_chunkBody.capacity() > 256 * 1024)
                    m_chunkBody = QByteArray(); // the previous request is done with it
                else
                    m_chunkBody.resize(0); // keeps its capacity
            } else {
                m_state = State::Body;
            }
            m_continueDue = m_expectContinue && m_request.minorVersion == 1 &&
                            (m_chunked || m_contentLength > 0) &&
                            (m_chunked || size - m_pos < m_contentLength);
            break;
        }
        case State::Body: {
            if (size - m_pos < m_contentLength)
                return Outcome::NeedMore;
            m_request.body = QByteArrayView(data + m_pos, m_contentLength);
            m_pos += m_contentLength;
            *consumed = m_pos;
            m_request.method = m_method.in(data);
            m_request.target = m_target.in(data);
            m_request.requestId = m_requestId.in(data);
            const HttpRequest done = m_request;
            reset();
            m_request = done;
            return Outcome::Complete;
        }
        case State::ChunkSize:
        case State::Trailers: {
            const char *nl = static_cast<const char *>(std::memchr(data + m_pos, '\n', size_t(size - m_pos)));
            if (!nl) {
                if (size - m_pos > 1024)
                    return fail(400, "malformed chunk size line");
                return Outcome::NeedMore;
            }
            qsizetype stop = nl - data;
            const qsizetype after = stop + 1;
            if (stop > m_pos && data[stop - 1] == '\r')
                --stop;
            QByteArrayView line(data + m_pos, stop - m_pos);
            m_pos = after;
            if (m_state == State::Trailers) {
                if (!line.isEmpty())
                    break; // trailer fields are ignored
                *consumed = m_pos;
                m_request.method = m_method.in(data);
                m_request.target = m_target.in(data);
                m_request.requestId = m_requestId.in(data);
                m_request.body = QByteArrayView(m_chunkBody);
                const HttpRequest done = m_request;
                reset(); // leaves m_chunkBody alone: the request's body is a view of it
                m_request = done;
                return Outcome::Complete;
            }
            if (const qsizetype semicolon = line.indexOf(';'); semicolon >= 0)
                line = line.first(semicolon); // chunk extensions are ignored
            line = trimmed(line);
            qint64 chunk = 0;
            if (line.isEmpty() || line.size() > 15)
                return fail(400, "malformed chunk size");
            for (char c : line) {
                int digit = -1;
                if (c >= '0' && c <= '9')
                    digit = c - '0';
                else if (c >= 'a' && c <= 'f')
                    digit = c - 'a' + 10;
                else if (c >= 'A' && c <= 'F')
                    digit = c - 'A' + 10;
                if (digit < 0)
                    return fail(400, "malformed chunk size");
                chunk = chunk * 16 + digit;
            }
            if (m_chunkBody.size() + chunk > m_maxBody)
                return fail(413, "the request body is larger than the gateway accepts");
            // The raw chunked bytes stay in the caller's buffer until the request ends: bound
            // them too (tiny chunks cost several bytes of framing per byte of body).
            if (m_pos - m_start > m_maxHead + 2 * m_maxBody + 64 * 1024)
                return fail(413, "the chunked request is larger than the gateway accepts");
            m_chunkRemaining = chunk;
            m_state = chunk == 0 ? State::Trailers : State::ChunkData;
            break;
        }
        case State::ChunkData: {
            const qint64 take = std::min<qint64>(m_chunkRemaining, size - m_pos);
            m_chunkBody.append(data + m_pos, take);
            m_pos += take;
            m_chunkRemaining -= take;
            if (m_chunkRemaining > 0)
                return Outcome::NeedMore;
            m_state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd: {
            if (size - m_pos < 1)
                return Outcome::NeedMore;
            if (data[m_pos] == '\n') {
                m_pos += 1;
            } else if (data[m_pos] == '\r') {
                if (size - m_pos < 2)
                    return Outcome::NeedMore;
                if (data[m_pos + 1] != '\n')
                    return fail(400, "malformed chunk: no line end after its data");
                m_pos += 2;
            } else {
                return fail(400, "malformed chunk: no line end after its data");
            }
            m_state = State::ChunkSize;
            break;
        }
        }
    }
}

} // namespace Stratus::Gateway
