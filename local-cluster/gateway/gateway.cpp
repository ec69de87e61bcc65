#include "gateway.h"

#include "httpconnection.h"
#include "httprequestparser.h"
#include "protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTcpSocket>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <utility>

namespace Stratus::Gateway {

Q_LOGGING_CATEGORY(lcGateway, "stratus.gateway", QtWarningMsg)

namespace {

constexpr qsizetype MaxRequestIdLength = 128;

// docs/gateway.md, "Status codes".
int httpStatusFor(QByteArrayView status)
{
    if (status.isEmpty() || status == Protocol::StatusOk)
        return 200; // a plain NATS responder sets no status: its reply is the answer
    if (status == Protocol::StatusBadRequest)
        return 400;
    if (status == Protocol::StatusNotFound)
        return 404;
    if (status == Protocol::StatusBusy)
        return 429;
    if (status == Protocol::StatusFunctionError)
        return 500;
    if (status == Protocol::StatusSpawnFailed || status == Protocol::StatusUnavailable)
        return 503;
    if (status == Protocol::StatusTimeout)
        return 504;
    return 502; // crashed, output-too-large and anything unknown
}

bool validRequestId(QByteArrayView id)
{
    if (id.isEmpty() || id.size() > MaxRequestIdLength)
        return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
               c == '_' || c == '.';
    });
}

} // namespace

Gateway::Gateway(Options options, const Manifest &manifest, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_manifestPath(manifest.filePath),
      m_requester([this](quint64 cookie, NatsRequester::Outcome outcome,
                         natsMsg *msg) { onOutcome(cookie, outcome, msg); },
                  this),
      m_runs(m_options.maxRuns, std::max<qint64>(m_options.runTtlMs, 2 * qint64(m_options.timeoutMs)))
{
    for (const FunctionSpec &f : manifest.functions)
        m_functions.push_back({f.name.toUtf8(), f.trigger.toUtf8(), false});
    for (const FlowSpec &f : manifest.flows)
        m_flows.push_back({f.name.toUtf8(), f.trigger.toUtf8(), true});
    const auto byName = [](const Route &a, const Route &b) { return a.name < b.name; };
    std::sort(m_functions.begin(), m_functions.end(), byName);
    std::sort(m_flows.begin(), m_flows.end(), byName);
    m_index = QJsonDocument(QJsonObject{{QStringLiteral("functions"), namesOf(m_functions)},
                                        {QStringLiteral("flows"), namesOf(m_flows)}})
                  .toJson(QJsonDocument::Compact);

    // Ids are unique across gateway restarts: the flow runtime keys its runs by them.
    static const char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    m_idPrefix = "gw-";
    for (int i = 0; i < 8; ++i)
        m_idPrefix += alphabet[QRandomGenerator::system()->bounded(36)];
    m_idPrefix += '-';
    m_headers.reserve(1024);
    connect(&m_server, &QTcpServer::newConnection, this, &Gateway::onAccepted);
}

Gateway::~Gateway()
{
    m_requester.close(); // before the exchanges and connections its handler refers to
}

Status Gateway::start()
{
    if (Status s = m_requester.open(m_options.natsUrl, QStringLiteral("stratus-gateway"), m_options.sendAsap);
        !s)
        return s;
    QHostAddress address;
    if (m_options.host == QLatin1String("localhost"))
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(m_options.host))
        return makeError(QStringLiteral("gateway.host: '%1' is not an IP address (use 127.0.0.1, or 0.0.0.0 "
                                        "for every interface)")
                             .arg(m_options.host));
    m_server.setListenBacklogSize(1024);
    if (!m_server.listen(address, quint16(m_options.port)))
        return makeError(QStringLiteral("cannot listen on %1:%2: %3")
                             .arg(m_options.host)
                             .arg(m_options.port)
                             .arg(m_server.errorString()));
    return Ok{};
}

QString Gateway::url() const
{
    const QHostAddress address = m_server.serverAddress();
    QString host = address.toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return QStringLiteral("http://%1:%2").arg(host).arg(m_server.serverPort());
}

void Gateway::onAccepted()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_draining) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_connections.insert(new HttpConnection(socket, this, m_options.maxBodyBytes));
    }
}

void Gateway::connectionFinished(HttpConnection *connection)
{
    if (m_connections.remove(connection))
        connection->deleteLater();
    checkDrained();
}

void Gateway::drain()
{
    if (m_draining)
        return;
    m_draining = true;
    m_server.close();
    const QSet<HttpConnection *> connections = m_connections;
    for (HttpConnection *c : connections)
        c->drain();
    checkDrained();
}

void Gateway::checkDrained()
{
    if (m_draining && m_syncInFlight == 0 && m_connections.isEmpty())
        emit drained();
}

QByteArray Gateway::newRequestId()
{
    char digits[24];
    const int n =
        std::snprintf(digits, sizeof digits, "%llu", static_cast<unsigned long long>(++m_idSequence));
    QByteArray id;
    id.reserve(m_idPrefix.size() + n);
    id.append(m_idPrefix).append(digits, n);
    return id;
}

QJsonArray Gateway::namesOf(const std::vector<Route> &routes)
{
    QJsonArray names;
    for (const Route &r : routes)
        names << QString::fromUtf8(r.name);
    return names;
}

const Gateway::Route *Gateway::findRoute(const std::vector<Route> &routes, QByteArrayView name) const
{
    const auto it =
        std::lower_bound(routes.begin(), routes.end(), name,
                         [](const Route &r, QByteArrayView n) { return QByteArrayView(r.name) < n; });
    return it != routes.end() && QByteArrayView(it->name) == name ? &*it : nullptr;
}

void Gateway::sendJson(HttpConnection *connection, quint64 seq, int status, const QJsonObject &body,
                       QByteArrayView requestId)
{
    m_headers.resize(0);
    HttpResponse::header(m_headers, "Content-Type", "application/json");
    if (!requestId.isEmpty())
        HttpResponse::header(m_headers, "X-Request-Id", requestId);
    connection->respond(seq, status, m_headers, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void Gateway::notFound(HttpConnection *connection, quint64 seq, const char *kind, QByteArrayView name,
                       const std::vector<Route> &routes)
{
    sendJson(connection, seq, 404,
             QJsonObject{{QStringLiteral("error"), QStringLiteral("%1 declares no %2 \"%3\"")
                                                       .arg(m_manifestPath, QLatin1String(kind),
                                                            QString::fromUtf8(name.data(), name.size()))},
                         {QStringLiteral("known"), namesOf(routes)}});
}

void Gateway::handle(HttpConnection *connection, quint64 seq, const HttpRequest &request)
{
    QByteArrayView path = request.target;
    if (const qsizetype query = path.indexOf('?'); query >= 0)
        path = path.first(query);
    const bool post = request.method == "POST";
    const bool get = request.method == "GET";

    const auto methodNotAllowed = [&](const char *allowed) {
        m_headers.resize(0);
        HttpResponse::header(m_headers, "Allow", allowed);
        HttpResponse::header(m_headers, "Content-Type", "application/json");
        const QByteArray body = QByteArray(R"({"error": ")") +
                                QByteArray(request.method.data(), request.method.size()) +
                                " is not allowed on this path; use " + allowed + "\"}";
        connection->respond(seq, 405, m_headers, body);
    };

    bool async = false;
    QByteArrayView rest = path;
    if (rest.startsWith("/async/")) {
        async = true;
        rest = rest.sliced(6);
    }
    const bool isFunction = rest.startsWith("/function/");
    const bool isFlow = rest.startsWith("/flow/");
    if (isFunction || isFlow) {
        if (!post)
            return methodNotAllowed("POST");
        const QByteArrayView name = rest.sliced(isFunction ? 10 : 6);
        const std::vector<Route> &routes = isFunction ? m_functions : m_flows;
        const Route *route = findRoute(routes, name);
        if (!route)
            return notFound(connection, seq, isFunction ? "function" : "flow", name, routes);
        return invoke(connection, seq, request, *route, async);
    }
    if (async) {
        return sendJson(
            connection, seq, 404,
            QJsonObject{{QStringLiteral("error"),
                         QStringLiteral("no such path: use /async/function/NAME or /async/flow/NAME")}});
    }
    if (path.startsWith("/runs/")) {
        if (!get)
            return methodNotAllowed("GET");
        return getRun(connection, seq, path.sliced(6));
    }
    if (path == "/healthz") {
        if (!get)
            return methodNotAllowed("GET");
        m_headers.resize(0);
        HttpResponse::header(m_headers, "Content-Type", "text/plain; charset=utf-8");
        return connection->respond(seq, 200, m_headers, "ok");
    }
    if (path == "/") {
        if (!get)
            return methodNotAllowed("GET");
        m_headers.resize(0);
        HttpResponse::header(m_headers, "Content-Type", "application/json");
        return connection->respond(seq, 200, m_headers, m_index);
    }
    sendJson(connection, seq, 404,
             QJsonObject{{QStringLiteral("error"),
                          QStringLiteral("no such path: %1 (the gateway serves POST /function/NAME, POST "
                                         "/flow/NAME, POST /async/function/NAME, POST /async/flow/NAME, GET "
                                         "/runs/ID, GET /healthz and GET /)")
                              .arg(QString::fromUtf8(path.data(), path.size()))}});
}

quint32 Gateway::allocExchange()
{
    if (!m_freeExchanges.empty()) {
        const quint32 index = m_freeExchanges.back();
        m_freeExchanges.pop_back();
        return index;
    }
    m_exchanges.emplace_back();
    return quint32(m_exchanges.size() - 1);
}

void Gateway::invoke(HttpConnection *connection, quint64 seq, const HttpRequest &request, const Route &route,
                     bool async)
{
    QByteArray requestId;
    if (!request.requestId.isEmpty()) {
        if (!validRequestId(request.requestId)) {
            return sendJson(
                connection, seq, 400,
                QJsonObject{{QStringLiteral("error"),
                             QStringLiteral("X-Request-Id must be 1 to %1 letters, digits, '-', '_' "
                                            "or '.'")
                                 .arg(MaxRequestIdLength)}});
        }
        requestId = request.requestId.toByteArray();
    } else {
        requestId = newRequestId();
    }
    const qint64 now = NatsRequester::nowMs();
    if (async && m_runs.find(requestId, now)) {
        return sendJson(
            connection, seq, 409,
            QJsonObject{{QStringLiteral("error"),
                         QStringLiteral("a run with id %1 is already known; use another X-Request-Id")
                             .arg(QString::fromUtf8(requestId))}},
            requestId);
    }
    const int timeoutMs =
        request.timeoutMs > 0 ? std::min(request.timeoutMs, m_options.timeoutMs) : m_options.timeoutMs;
    const quint32 index = allocExchange();
    const Status sent =
        m_requester.request(route.subject.constData(), request.body,
                            {{Protocol::RequestIdHeader, requestId.constData()}}, timeoutMs, index);
    if (!sent) {
        qCWarning(lcGateway).noquote() << sent.errorMessage();
        m_freeExchanges.push_back(index);
        m_headers.resize(0);
        HttpResponse::header(m_headers, "Content-Type", "text/plain; charset=utf-8");
        HttpResponse::header(m_headers, "X-Request-Id", requestId);
        return connection->respond(seq, 503, m_headers, sent.errorMessage().toUtf8());
    }
    Exchange &exchange = m_exchanges[index];
    exchange.route = &route;
    exchange.active = true;
    if (async) {
        exchange.connection = nullptr;
        exchange.seq = 0;
        m_runs.add(requestId, now);
        const QString id = QString::fromUtf8(requestId);
        sendJson(connection, seq, 202,
                 QJsonObject{{QStringLiteral("runId"), id},
                             {QStringLiteral("status"), QStringLiteral("/runs/") + id}},
                 requestId);
    } else {
        exchange.connection = connection;
        exchange.seq = seq;
        ++m_syncInFlight;
    }
    exchange.requestId = std::move(requestId);
}

int Gateway::describeOutcome(const Exchange &exchange, NatsRequester::Outcome outcome, natsMsg *msg,
                             QByteArrayView *body, QByteArray *message)
{
    m_headers.resize(0);
    int status = 0;
    switch (outcome) {
    case NatsRequester::Outcome::Reply: {
        *body = QByteArrayView(natsMsg_GetData(msg), natsMsg_GetDataLength(msg));
        const char *value = nullptr;
        status = httpStatusFor(natsMsgHeader_Get(msg, Protocol::StatusHeader, &value) == NATS_OK && value
                                   ? QByteArrayView(value)
                                   : QByteArrayView());
        HttpResponse::header(m_headers, "Content-Type", HttpResponse::contentTypeFor(*body));
        HttpResponse::header(m_headers, "X-Request-Id", exchange.requestId);
        const char **keys = nullptr;
        int count = 0;
        if (natsMsgHeader_Keys(msg, &keys, &count) == NATS_OK) {
            for (int i = 0; i < count; ++i) {
                if (std::strncmp(keys[i], "Stratus-", 8) != 0 ||
                    natsMsgHeader_Get(msg, keys[i], &value) != NATS_OK || !value)
                    continue;
                m_headers.append("X-", 2).append(keys[i]).append(": ", 2).append(value).append("\r\n", 2);
            }
            std::free(keys);
        }
        return status;
    }
    case NatsRequester::Outcome::NoResponders:
        status = 503;
        *message = QByteArrayLiteral("no invoker serves ") + exchange.route->subject +
                   " (is the cluster running " + (exchange.route->flow ? "flow " : "function ") +
                   exchange.route->name + "?)";
        break;
    case NatsRequester::Outcome::Timeout:
        status = 504;
        *message = (exchange.route->flow ? QByteArrayLiteral("flow ") : QByteArrayLiteral("function ")) +
                   exchange.route->name + " did not answer within the gateway's timeout";
        break;
    }
    *body = *message;
    HttpResponse::header(m_headers, "Content-Type", "text/plain; charset=utf-8");
    HttpResponse::header(m_headers, "X-Request-Id", exchange.requestId);
    return status;
}

void Gateway::onOutcome(quint64 cookie, NatsRequester::Outcome outcome, natsMsg *msg)
{
    // Taken out first: answering may read the connection's next pipelined request, whose
    // invoke() may grow m_exchanges.
    const Exchange exchange = std::exchange(m_exchanges[cookie], Exchange{});
    m_freeExchanges.push_back(quint32(cookie));
    QByteArrayView body;
    QByteArray message;
    const int status = describeOutcome(exchange, outcome, msg, &body, &message);
    if (exchange.connection) {
        --m_syncInFlight;
        exchange.connection->respond(exchange.seq, status, m_headers, body);
    } else {
        m_runs.complete(exchange.requestId, status, m_headers, body.toByteArray(), NatsRequester::nowMs());
    }
    if (m_draining)
        checkDrained();
}

void Gateway::getRun(HttpConnection *connection, quint64 seq, QByteArrayView id)
{
    const QByteArray key = id.toByteArray();
    const RunStore::Run *run = m_runs.find(key, NatsRequester::nowMs());
    if (!run) {
        return sendJson(connection, seq, 404,
                        QJsonObject{{QStringLiteral("error"),
                                     QStringLiteral("no run %1: unknown, or its result has expired")
                                         .arg(QString::fromUtf8(key))}});
    }
    if (!run->done) {
        return sendJson(connection, seq, 202,
                        QJsonObject{{QStringLiteral("runId"), QString::fromUtf8(key)},
                                    {QStringLiteral("state"), QStringLiteral("running")}},
                        key);
    }
    connection->respond(seq, run->status, run->headerLines, run->body);
}

} // namespace Stratus::Gateway
