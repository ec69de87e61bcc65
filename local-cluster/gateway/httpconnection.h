#pragma once

#include "httprequestparser.h"
#include "httpresponse.h"

#include <QByteArray>
#include <QObject>

#include <map>

class QTcpSocket;

namespace Stratus::Gateway {

class Gateway;

// One accepted HTTP/1.1 connection: reads requests (pipelined ones too), hands each to the
// gateway with a sequence number, and writes the responses in that order whenever they
// come. Stays alive until its socket is gone *and* every request handed out is answered,
// so the gateway may hold a plain pointer to it while a request is in flight.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    // Pipelined requests beyond this many unanswered ones wait in the input buffer.
    static constexpr int MaxInFlight = 64;
    // What the socket reads ahead of the parser; beyond it the kernel's buffers push back.
    static constexpr qint64 ReadBufferBytes = 256 * 1024;
    // Input and output buffers keep their capacity between requests up to this size.
    static constexpr qsizetype KeptBufferBytes = 256 * 1024;

    HttpConnection(QTcpSocket *socket, Gateway *gateway, qint64 maxBodyBytes);
    ~HttpConnection() override;

    // The response to request seq: status, header lines (each ending in \r\n), body.
    void respond(quint64 seq, int status, QByteArrayView headerLines, QByteArrayView body);
    // Takes no more requests; closes once the unanswered ones are answered.
    void drain();
    int inFlight() const { return int(m_nextSeq - m_nextToSend); }

private:
    void onReadyRead();
    // Reads what the socket has and hands out the requests in it, until it has no more, the
    // connection is closing, or MaxInFlight requests are unanswered.
    void pump();
    void processInput();
    void onDisconnected();
    void fail(int status, const QByteArray &message);
    // Writes bytes after what the socket holds.
    void send(const QByteArray &bytes);
    void closeWhenAnswered();
    void maybeFinish();
    HttpResponse::Connection connectionFor(quint64 seq) const;

    QTcpSocket *m_socket;
    Gateway *m_gateway;
    HttpRequestParser m_parser;
    QByteArray m_in;  // bytes of requests not yet handed out; its capacity is reused
    QByteArray m_out; // scratch for one response; its capacity is reused
    quint64 m_nextSeq = 0;
    quint64 m_nextToSend = 0;
    std::map<quint64, QByteArray> m_early; // answered before an earlier pipelined request
    quint64 m_closeAfter = ~quint64(0);    // close once this request is answered
    bool m_closing = false;                // no more requests are read
    bool m_http10KeepAlive = false;
    bool m_gone = false;
    bool m_processing = false;
};

} // namespace Stratus::Gateway
