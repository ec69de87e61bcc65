#include "testhttpserver.h"

#include <QTcpSocket>
#include <QTimer>

namespace Stratus::Test {

TestHttpServer::TestHttpServer(QObject *parent) : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, &TestHttpServer::onNewConnection);
}

bool TestHttpServer::start()
{
    setMaxPendingConnections(1000);
    return listen(QHostAddress::LocalHost, 0);
}

QString TestHttpServer::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path);
}

void TestHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void TestHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QByteArray head = buffer.left(headEnd);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headEnd + 4 + length)
            return;
        const QByteArray body = buffer.mid(headEnd + 4, length);
        buffer.remove(0, headEnd + 4 + length);
        ++m_requests;
        const QByteArray path = head.split(' ').value(1);
        if (path == "/hang")
            continue;
        if (path == "/chunked") {
            const qsizetype half = body.size() / 2;
            socket->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" +
                          QByteArray::number(half, 16) + "\r\n" + body.left(half) + "\r\n" +
                          QByteArray::number(body.size() - half, 16) + "\r\n" + body.mid(half) +
                          "\r\n0\r\n\r\n");
            continue;
        }
        int status = 200;
        QByteArray reply = body;
        if (path.startsWith("/status/")) {
            status = path.mid(8).toInt();
            reply = "status " + QByteArray::number(status);
        }
        if (path.startsWith("/delay/")) {
            // A target with a service time: what the gateway in front of a function looks like.
            const QByteArray response =
                "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
            QTimer::singleShot(path.mid(7).toInt(), Qt::PreciseTimer, socket,
                               [socket, response] { socket->write(response); });
            continue;
        }
        const bool close = path == "/close";
        socket->write("HTTP/1.1 " + QByteArray::number(status) +
                      " X\r\nContent-Length: " + QByteArray::number(reply.size()) +
                      (close ? "\r\nConnection: close" : "") + "\r\n\r\n" + reply);
        if (close) {
            socket->disconnectFromHost();
            return;
        }
    }
}

} // namespace Stratus::Test
