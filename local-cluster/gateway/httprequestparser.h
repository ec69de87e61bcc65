#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Stratus::Gateway {

// One HTTP/1.x request as the parser found it. The views point into the connection's input
// buffer (or the parser's chunk buffer) and are valid until the next call to parse().
struct HttpRequest
{
    QByteArrayView method;
    QByteArrayView target;    // path and query, as sent
    int minorVersion = 1;     // HTTP/1.MINOR
    bool keepAlive = true;    // after Connection: close/keep-alive and the version's default
    QByteArrayView requestId; // X-Request-Id, empty when absent
    int timeoutMs = -1;       // X-Timeout-Ms, -1 when absent
    QByteArrayView body;
};

// An incremental HTTP/1.1 request parser. The caller keeps every byte of the request being
// parsed (its input buffer) and passes them again with whatever arrived since; the parser
// resumes where it stopped, so nothing is scanned twice. Content-Length and chunked bodies,
// pipelined requests (call parse() again on the rest), limits on the head and the body.
// Allocation-free for Content-Length bodies; chunked bodies are joined in a reused buffer.
class HttpRequestParser
{
public:
    enum class Outcome { NeedMore, Complete, Error };

    explicit HttpRequestParser(qint64 maxBodyBytes, qsizetype maxHeadBytes = 16 * 1024);

    // Parses data[0..size), the bytes of the current request and maybe more. On Complete,
    // request() holds the request and *consumed says how many bytes it took (the caller
    // drops them before the next call); the parser is then ready for the next request.
    Outcome parse(const char *data, qsizetype size, qsizetype *consumed);
    const HttpRequest &request() const { return m_request; }

    // After Error: the status to answer with (400, 413, 431, 501, 505) and why.
    int errorStatus() const { return m_errorStatus; }
    const QByteArray &errorMessage() const { return m_errorMessage; }

    // True once per request whose head asked for "Expect: 100-continue" and whose body has
    // not arrived yet: the caller sends the interim response so the client goes on.
    bool takeContinue();

private:
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers };

    struct Span
    {
        qsizetype offset = 0;
        qsizetype size = 0;
        QByteArrayView in(const char *data) const { return {data + offset, size}; }
    };

    Outcome fail(int status, const char *message);
    // The head is data[0..end): request line and header fields. False after fail().
    bool parseHead(const char *data, qsizetype end);
    bool parseHeader(const char *data, qsizetype begin, qsizetype end);
    void reset();

    qint64 m_maxBody;
    qsizetype m_maxHead;
    State m_state = State::Head;
    qsizetype m_pos = 0;   // where parsing resumes
    qsizetype m_start = 0; // the request line (after stray empty lines)
    HttpRequest m_request;
    Span m_method, m_target, m_requestId;
    qint64 m_contentLength = 0;
    bool m_chunked = false;
    bool m_expectContinue = false;
    bool m_continueDue = false;
    qint64 m_chunkRemaining = 0;
    QByteArray m_chunkBody; // reused across requests
    int m_errorStatus = 0;
    QByteArray m_errorMessage;
};

} // namespace Stratus::Gateway
