#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace Stratus {

// What nats-server's monitoring endpoint says about itself (/varz and /jsz).
struct BrokerFigures
{
    bool valid = false;
    QString version;
    qint64 uptimeSeconds = 0;
    qint64 connections = 0;
    qint64 inMsgs = 0;
    qint64 outMsgs = 0;
    qint64 inBytes = 0;
    qint64 outBytes = 0;
    qint64 slowConsumers = 0;
    bool jetStream = false;
    qint64 jsStreams = 0;
    qint64 jsConsumers = 0;
    qint64 jsMessages = 0;
    qint64 jsMemoryBytes = 0;
    qint64 jsStorageBytes = 0;
    qint64 jsMaxMemoryBytes = 0;
    qint64 jsMaxStorageBytes = 0;
};

// Polls the broker's HTTP monitoring endpoint asynchronously (QNetworkAccessManager), at
// most one poll in flight, and reports the figures.
class BrokerMonitor : public QObject
{
    Q_OBJECT
public:
    explicit BrokerMonitor(QObject *parent = nullptr);

    // monitorUrl: http://127.0.0.1:PORT (Supervisor::monitorUrl()); empty stops polling.
    void setMonitorUrl(const QString &monitorUrl);
    QString monitorUrl() const { return m_url; }
    void setInterval(int ms) { m_timer.setInterval(ms); }
    const BrokerFigures &figures() const { return m_figures; }
    void poll();

signals:
    void updated(const Stratus::BrokerFigures &figures);
    void failed(const QString &message);

private:
    void onFinished();

    QNetworkAccessManager *m_network;
    QTimer m_timer;
    QString m_url;
    QPointer<QNetworkReply> m_varz;
    QPointer<QNetworkReply> m_jsz;
    BrokerFigures m_figures;
    BrokerFigures m_next;
    int m_outstanding = 0;
    QString m_error;
};

} // namespace Stratus
