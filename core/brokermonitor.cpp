#include "brokermonitor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace Stratus {

Q_LOGGING_CATEGORY(lcBrokerMonitor, "stratus.models.brokermonitor", QtWarningMsg)

namespace {

qint64 number(const QJsonObject &o, const char *key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

// nats-server writes uptime as "1h2m3s" / "4m5s" / "6s".
qint64 parseUptime(const QString &text)
{
    qint64 total = 0;
    qint64 value = 0;
    for (const QChar c : text) {
        if (c.isDigit()) {
            value = value * 10 + c.digitValue();
            continue;
        }
        const int unit = c == u'd' ? 86400 : c == u'h' ? 3600 : c == u'm' ? 60 : c == u's' ? 1 : 0;
        total += value * unit;
        value = 0;
    }
    return total;
}

} // namespace

BrokerMonitor::BrokerMonitor(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &BrokerMonitor::poll);
}

void BrokerMonitor::setMonitorUrl(const QString &monitorUrl)
{
    m_url = monitorUrl;
    m_figures = {};
    if (m_url.isEmpty()) {
        m_timer.stop();
        emit updated(m_figures);
        return;
    }
    m_timer.start();
    poll();
}

void BrokerMonitor::poll()
{
    if (m_url.isEmpty() || m_outstanding > 0)
        return;
    const auto get = [this](const QString &path) {
        QNetworkRequest request(QUrl(m_url + path));
        request.setTransferTimeout(2000);
        QNetworkReply *reply = m_network->get(request);
        connect(reply, &QNetworkReply::finished, this, &BrokerMonitor::onFinished);
        return reply;
    };
    m_next = {};
    m_error.clear();
    m_outstanding = 2;
    m_varz = get(QStringLiteral("/varz"));
    m_jsz = get(QStringLiteral("/jsz"));
}

void BrokerMonitor::onFinished()
{
    auto *reply = qobject_cast<QNetworkReply *>(sender());
    if (!reply)
        return;
    reply->deleteLater();
    const QString monitorUrl = reply->url().adjusted(QUrl::RemovePath).toString();
    if (monitorUrl != QUrl(m_url).adjusted(QUrl::RemovePath).toString())
        return; // a late answer of a broker we no longer watch
    --m_outstanding;
    if (reply->error() != QNetworkReply::NoError) {
        m_error = tr("%1: %2").arg(reply->url().toString(), reply->errorString());
    } else {
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        if (reply == m_varz) {
            m_next.version = o.value(QLatin1String("version")).toString();
            m_next.uptimeSeconds = parseUptime(o.value(QLatin1String("uptime")).toString());
            m_next.connections = number(o, "connections");
            m_next.inMsgs = number(o, "in_msgs");
            m_next.outMsgs = number(o, "out_msgs");
            m_next.inBytes = number(o, "in_bytes");
            m_next.outBytes = number(o, "out_bytes");
            m_next.slowConsumers = number(o, "slow_consumers");
        } else {
            const QJsonObject config = o.value(QLatin1String("config")).toObject();
            m_next.jetStream = !o.value(QLatin1String("disabled")).toBool() && !config.isEmpty();
            m_next.jsStreams = number(o, "streams");
            m_next.jsConsumers = number(o, "consumers");
            m_next.jsMessages = number(o, "messages");
            m_next.jsMemoryBytes = number(o, "memory");
            m_next.jsStorageBytes = number(o, "storage");
            m_next.jsMaxMemoryBytes = number(config, "max_memory");
            m_next.jsMaxStorageBytes = number(config, "max_storage");
        }
    }
    if (m_outstanding > 0)
        return;
    if (!m_error.isEmpty()) {
        qCDebug(lcBrokerMonitor) << m_error;
        m_figures.valid = false;
        emit failed(m_error);
        return;
    }
    m_next.valid = true;
    m_figures = m_next;
    emit updated(m_figures);
}

} // namespace Stratus
