#pragma once

#include <QHash>
#include <QTcpServer>

class QTcpSocket;

namespace Stratus::Test {

// A small HTTP/1.1 keep-alive server on 127.0.0.1 for the stress engine's HTTP driver, served
// by the event loop of the thread it lives on:
//   POST/GET /echo          200, the request body back (Content-Length)
//   /chunked                200, the body back in two chunks
//   /status/CODE            that status, a short body
//   /hang                   never answers
//   /delay/MS               200, the body back after MS milliseconds
//   /close                  200 with Connection: close
class TestHttpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit TestHttpServer(QObject *parent = nullptr);
    bool start();
    QString url(const QString &path) const;
    qint64 requests() const { return m_requests; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    QHash<QTcpSocket *, QByteArray> m_buffers;
    qint64 m_requests = 0;
};

} // namespace Stratus::Test
