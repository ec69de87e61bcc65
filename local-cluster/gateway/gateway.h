#pragma once

#include "manifest.h"
#include "natsrequester.h"
#include "result.h"
#include "runstore.h"

#include <QByteArray>
#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <QTcpServer>

#include <vector>

namespace Stratus::Gateway {

class HttpConnection;
struct HttpRequest;

// The local cluster's HTTP gateway (docs/gateway.md): POST /function/NAME and /flow/NAME
// become NATS requests on the trigger subject the manifest gives, their replies HTTP
// responses; /async/... answers 202 at once and keeps the result for GET /runs/ID.
// Everything runs on one thread, the broker connection's socket included (NatsDriver).
class Gateway : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString natsUrl;
        QString host = QStringLiteral("127.0.0.1");
        int port = 0;
        qint64 maxBodyBytes = 8 * 1024 * 1024;
        int timeoutMs = 60000; // the longest a request waits; X-Timeout-Ms may ask for less
        bool sendAsap = true;
        int maxRuns = 10000;
        qint64 runTtlMs = 10 * 60 * 1000;
    };

    Gateway(Options options, const Manifest &manifest, QObject *parent = nullptr);
    ~Gateway() override;

    // Connects to the broker and listens.
    Status start();
    quint16 port() const { return m_server.serverPort(); }
    QString url() const;

    // Stops accepting, answers what is in flight, then emits drained().
    void drain();
    int inFlight() const { return m_syncInFlight; }

    // For HttpConnection.
    void handle(HttpConnection *connection, quint64 seq, const HttpRequest &request);
    void connectionFinished(HttpConnection *connection);

signals:
    void drained();

private:
    struct Route
    {
        QByteArray name;
        QByteArray subject; // NUL-terminated for nats.c
        bool flow = false;
    };
    // One request waiting for its NATS reply.
    struct Exchange
    {
        HttpConnection *connection = nullptr; // null for an asynchronous run
        quint64 seq = 0;
        QByteArray requestId;
        const Route *route = nullptr;
        bool active = false;
    };

    void onAccepted();
    void invoke(HttpConnection *connection, quint64 seq, const HttpRequest &request, const Route &route,
                bool async);
    void onOutcome(quint64 cookie, NatsRequester::Outcome outcome, natsMsg *msg);
    void getRun(HttpConnection *connection, quint64 seq, QByteArrayView id);
    // The response to an exchange's outcome: its header lines into m_headers, its body into
    // *body (a view of msg, or of *message), its status returned.
    int describeOutcome(const Exchange &exchange, NatsRequester::Outcome outcome, natsMsg *msg,
                        QByteArrayView *body, QByteArray *message);
    const Route *findRoute(const std::vector<Route> &routes, QByteArrayView name) const;
    static QJsonArray namesOf(const std::vector<Route> &routes);
    void notFound(HttpConnection *connection, quint64 seq, const char *kind, QByteArrayView name,
                  const std::vector<Route> &routes);
    void sendJson(HttpConnection *connection, quint64 seq, int status, const QJsonObject &body,
                  QByteArrayView requestId = {});
    QByteArray newRequestId();
    quint32 allocExchange();
    void checkDrained();

    Options m_options;
    QString m_manifestPath;
    std::vector<Route> m_functions; // sorted by name
    std::vector<Route> m_flows;
    QByteArray m_index; // GET / body
    QTcpServer m_server;
    NatsRequester m_requester;
    RunStore m_runs;
    std::vector<Exchange> m_exchanges;
    std::vector<quint32> m_freeExchanges;
    QSet<HttpConnection *> m_connections;
    QByteArray m_idPrefix;
    quint64 m_idSequence = 0;
    QByteArray m_headers; // scratch for header lines
    int m_syncInFlight = 0;
    bool m_draining = false;
};

} // namespace Stratus::Gateway
