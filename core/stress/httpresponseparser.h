#pragma once

#include <QByteArray>
#include <QString>

namespace Stratus {

// Just enough HTTP/1.1 to read responses on a keep-alive connection: the status line, the
// headers that frame the body (Content-Length, Transfer-Encoding: chunked, Connection), and
// the body, which is counted, not kept.
class HttpResponseParser
{
public:
    enum class State { Incomplete, Complete, Error };

    void reset(bool headRequest = false);
    // Consumes what it can; bytes beyond one response are an error (requests are not pipelined).
    State feed(const char *data, qsizetype size);
    State feed(const QByteArray &bytes) { return feed(bytes.constData(), bytes.size()); }
    // The peer closed the connection: completes a body framed by the close.
    State closed();

    State state() const { return m_state; }
    int status() const { return m_status; }
    bool keepAlive() const { return m_keepAlive; }
    qint64 bodyBytes() const { return m_bodyBytes; }
    QString errorString() const { return m_error; }

private:
    enum class Phase { Head, Body, UntilClose, ChunkSize, ChunkData, ChunkDataEnd, Trailer, Done };
    State fail(const QString &why);
    State parseHead();

    State m_state = State::Incomplete;
    Phase m_phase = Phase::Head;
    bool m_head = false;
    QByteArray m_buffer; // head or the current chunk-size/trailer line
    int m_status = 0;
    bool m_keepAlive = true;
    qint64 m_remaining = 0;
    qint64 m_bodyBytes = 0;
    QString m_error;
};

} // namespace Stratus
