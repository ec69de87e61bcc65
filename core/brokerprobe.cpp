#include "brokerprobe.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrl>

namespace Stratus {

namespace {
constexpr int PollIntervalMs = 20;
}

BrokerProbe::BrokerProbe(const QString &portsFileDir, qint64 pid, QObject *parent)
    : QObject(parent),
      m_portsFile(QDir(portsFileDir).absoluteFilePath(QStringLiteral("nats-server_%1.ports").arg(pid)))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(PollIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &BrokerProbe::poll);
    m_timer.start();
}

void BrokerProbe::poll()
{
    QFile file(m_portsFile);
    if (!file.open(QIODevice::ReadOnly))
        return retryLater();
    const QJsonObject ports = QJsonDocument::fromJson(file.readAll()).object();
    m_natsUrl = ports.value(QStringLiteral("nats")).toArray().first().toString();
    m_monitorUrl = ports.value(QStringLiteral("monitoring")).toArray().first().toString();
    const QUrl url(m_natsUrl);
    if (url.port() <= 0)
        return retryLater(); // written but not complete yet
    delete m_socket;
    m_socket = new QTcpSocket(this);
    // Nothing to send once connected: a NATS server greets every client with "INFO {...}\r\n".
    connect(m_socket, &QTcpSocket::readyRead, this, &BrokerProbe::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &BrokerProbe::retryLater);
    m_socket->connectToHost(url.host(), quint16(url.port()));
}

void BrokerProbe::retryLater()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void BrokerProbe::onReadyRead()
{
    if (!m_socket->canReadLine())
        return;
    const QByteArray line = m_socket->readLine();
    m_socket->disconnect(this);
    m_socket->abort();
    if (line.startsWith("INFO "))
        emit ready(m_natsUrl, m_monitorUrl);
    else
        retryLater();
}

} // namespace Stratus
