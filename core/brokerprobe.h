#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QTcpSocket;

namespace Stratus {

// Decides when a freshly started nats-server is usable, without blocking: first its ports
// file (DIR/nats-server_PID.ports, written once it listens) says where it listens, then a
// TCP connection must receive the server's NATS INFO line. Keeps trying until deleted.
class BrokerProbe : public QObject
{
    Q_OBJECT
public:
    BrokerProbe(const QString &portsFileDir, qint64 pid, QObject *parent = nullptr);

signals:
    void ready(const QString &natsUrl, const QString &monitorUrl);

private:
    void poll();
    void retryLater();
    void onReadyRead();

    QString m_portsFile;
    QTimer m_timer;
    QTcpSocket *m_socket = nullptr;
    QString m_natsUrl;
    QString m_monitorUrl;
};

} // namespace Stratus
