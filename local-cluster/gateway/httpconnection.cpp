#include "httpconnection.h"

#include "gateway.h"

#include <QTcpSocket>

#include <cstring>
#include <sys/socket.h>

namespace Stratus::Gateway {

HttpConnection::HttpConnection(QTcpSocket *socket, Gateway *gateway, qint64 maxBodyBytes)
    : QObject(gateway), m_socket(socket), m_gateway(gateway), m_parser(maxBodyBytes)
{
    m_socket->setParent(this);
    // Responses are written whole, at once: Nagle would only hold the last segment back.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setReadBufferSize(ReadBufferBytes);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    m_in.reserve(4096);
    m_out.reserve(4096);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::onReadyRead()
{
    pump();
}

void HttpConnection::pump()
{
    if (m_processing)
        return; // an answer given from inside handle(): the loop below goes on by itself
    m_processing = true;
    bool unparsed = !m_in.isEmpty(); // requests left waiting while MaxInFlight were unanswered
    for (;;) {
        if (unparsed)
            processInput();
        if (m_closing) {
            m_socket->skip(m_socket->bytesAvailable()); // nothing more is taken on this connection
            break;
        }
        // A connection with MaxInFlight unanswered requests is not read: the socket's bounded
        // read buffer fills, and TCP pushes back on the client.
        if (inFlight() >= MaxInFlight)
            break;
        const qint64 available = m_socket->bytesAvailable();
        if (available <= 0)
            break;
        const qsizetype old = m_in.size();
        m_in.resize(old + available);
        const qint64 got = m_socket->read(m_in.data() + old, available);
        m_in.resize(old + std::max<qint64>(got, 0));
        unparsed = true;
    }
    m_processing = false;
    if (m_socket->bytesToWrite() > 0)
        m_socket->flush();
}

void HttpConnection::processInput()
{
    qsizetype offset = 0;
    while (!m_closing && inFlight() < MaxInFlight && offset < m_in.size()) {
        qsizetype consumed = 0;
        const auto outcome = m_parser.parse(m_in.constData() + offset, m_in.size() - offset, &consumed);
        if (outcome == HttpRequestParser::Outcome::NeedMore) {
            if (m_parser.takeContinue() && inFlight() == 0)
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n", 25);
            break;
        }
        if (outcome == HttpRequestParser::Outcome::Error) {
            fail(m_parser.errorStatus(), m_parser.errorMessage());
            break;
        }
        const HttpRequest &request = m_parser.request();
        const quint64 seq = m_nextSeq++;
        if (!request.keepAlive) {
            m_closeAfter = seq;
            m_closing = true;
        } else if (request.minorVersion == 0) {
            m_http10KeepAlive = true;
        }
        m_gateway->handle(this, seq, request); // may answer at once; m_in is not touched meanwhile
        offset += consumed;
    }
    if (offset > 0) {
        // By hand: QByteArray::remove(0, n) moves its start and slowly loses capacity at the end.
        const qsizetype rest = m_in.size() - offset;
        if (rest > 0)
            std::memmove(m_in.data(), m_in.constData() + offset, size_t(rest));
        m_in.resize(rest);
        if (rest == 0 && m_in.capacity() > KeptBufferBytes)
            m_in = QByteArray();
    }
}

void HttpConnection::fail(int status, const QByteArray &message)
{
    const quint64 seq = m_nextSeq++;
    m_closeAfter = seq;
    m_closing = true;
    QByteArray headers;
    HttpResponse::header(headers, "Content-Type", "application/json");
    QByteArray body = R"({"error": ")" + message + R"("})";
    respond(seq, status, headers, body);
}

HttpResponse::Connection HttpConnection::connectionFor(quint64 seq) const
{
    if (seq >= m_closeAfter)
        return HttpResponse::Connection::Close;
    return m_http10KeepAlive ? HttpResponse::Connection::KeepAliveHttp10
                             : HttpResponse::Connection::KeepAlive;
}

void HttpConnection::respond(quint64 seq, int status, QByteArrayView headerLines, QByteArrayView body)
{
    const bool resumeReading = inFlight() == MaxInFlight;
    if (m_gone) {
        // Nobody to tell: count the answer so the connection can go.
        if (seq == m_nextToSend) {
            ++m_nextToSend;
            while (m_early.erase(m_nextToSend) > 0)
                ++m_nextToSend;
        } else {
            m_early.emplace(seq, QByteArray());
        }
        maybeFinish();
        return;
    }
    if (seq != m_nextToSend) {
        QByteArray held;
        HttpResponse::write(held, status, headerLines, body, connectionFor(seq));
        m_early.emplace(seq, std::move(held));
        return;
    }
    m_out.resize(0);
    HttpResponse::write(m_out, status, headerLines, body, connectionFor(seq));
    ++m_nextToSend;
    for (auto it = m_early.find(m_nextToSend); it != m_early.end(); it = m_early.find(m_nextToSend)) {
        m_out.append(it->second);
        m_early.erase(it);
        ++m_nextToSend;
    }
    send(m_out);
    if (m_out.capacity() > KeptBufferBytes)
        m_out = QByteArray(); // a large response once should not cost its size for the connection's life
    if (m_nextToSend > m_closeAfter) {
        m_socket->disconnectFromHost(); // after the bytes are written
        return;
    }
    if (resumeReading)
        pump(); // the requests waiting in m_in and in the socket
}

void HttpConnection::send(const QByteArray &bytes)
{
    // Straight to the kernel when Qt holds nothing back: QTcpSocket's write() and flush()
    // switch its write notifier on and off, and each switch wakes the event loop once more.
    qsizetype sent = 0;
    if (m_socket->bytesToWrite() == 0) {
        const ssize_t n = ::send(int(m_socket->socketDescriptor()), bytes.constData(), size_t(bytes.size()),
                                 MSG_NOSIGNAL | MSG_DONTWAIT);
        sent = n > 0 ? qsizetype(n) : 0; // errors are the socket's to find and report
    }
    if (sent < bytes.size()) {
        m_socket->write(bytes.constData() + sent, bytes.size() - sent);
        m_socket->flush();
    }
}

void HttpConnection::drain()
{
    if (m_closing)
        return;
    m_closing = true;
    closeWhenAnswered();
}

void HttpConnection::closeWhenAnswered()
{
    if (m_nextSeq == m_nextToSend) {
        m_closeAfter = m_nextSeq; // no answer left to give
        m_socket->disconnectFromHost();
    } else {
        m_closeAfter = m_nextSeq - 1;
    }
}

void HttpConnection::onDisconnected()
{
    m_gone = true;
    for (auto &held : m_early)
        held.second = QByteArray(); // unsendable now; the keys still count as answered
    maybeFinish();
}

void HttpConnection::maybeFinish()
{
    if (m_gone && inFlight() == 0)
        m_gateway->connectionFinished(this);
}

} // namespace Stratus::Gateway
