// The HTTP gateway against real parts: a real nats-server, real invokers running real
// functions, the real stratus-gateway process, spoken to over real TCP sockets; and a
// supervised cluster whose state file carries the gateway's URL.

#include "clusterstate.h"
#include "manifest.h"
#include "natshandles.h"
#include "supervisor.h"
#include "testbroker.h"
#include "testinvoker.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <csignal>
#include <memory>

using namespace Stratus;
using namespace Stratus::Test;

namespace {

struct HttpResult
{
    int status = 0;                       // 0: no (complete) response
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

// Takes one complete response off the front of buffer; false while it is incomplete.
bool takeResponse(QByteArray &buffer, HttpResult *out)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    HttpResult r;
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    r.status = statusLine.value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            r.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = r.headers.value("content-length").toLongLong();
    if (buffer.size() < headEnd + 4 + length)
        return false;
    r.body = buffer.mid(headEnd + 4, length);
    buffer.remove(0, headEnd + 4 + length);
    *out = r;
    return true;
}

QByteArray post(const QByteArray &path, const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "POST " + path + " HTTP/1.1\r\nHost: test\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\n" + extraHeaders + "\r\n" + body;
}

QByteArray get(const QByteArray &path)
{
    return "GET " + path + " HTTP/1.1\r\nHost: test\r\n\r\n";
}

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

QJsonObject fn(const QString &name, const QString &command, const QStringList &args,
               const QJsonObject &extra = {})
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("command"), command},
                  {QStringLiteral("args"), QJsonArray::fromStringList(args)}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

// A plain NATS responder in this process standing for a flow runtime: answers "flow:" + the
// event, without Stratus headers.
void answerFlow(natsConnection *nc, natsSubscription *, natsMsg *msg, void *)
{
    const QByteArray body = "flow:" + QByteArray(natsMsg_GetData(msg), natsMsg_GetDataLength(msg));
    natsConnection_Publish(nc, natsMsg_GetReply(msg), body.constData(), int(body.size()));
    natsMsg_Destroy(msg);
}

} // namespace

class tst_Gateway : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void invokes_data();
    void invokes();
    void malformedRequests_data();
    void malformedRequests();
    void bodyOverLimit();
    void keepAliveAndPipelining();
    void noRespondersAmongReplies();
    void chunkedBody();
    void connectionClose();
    void asyncRun();
    void concurrentConnections();
    void brokerRestart();
    void sigtermAnswersInFlight();
    void supervisorRecordsGatewayUrl();
    void supervisorWithoutGateway();

private:
    // One request on a fresh connection; the response, or status 0 after timeoutMs.
    HttpResult call(const QByteArray &raw, int timeoutMs = 20000);
    bool readResponse(QTcpSocket &socket, QByteArray &buffer, HttpResult *out, int timeoutMs = 20000);
    std::unique_ptr<TestService> startGateway(const QStringList &extra, quint16 *port);

    TestBroker m_broker;
    QTemporaryDir m_dir;
    QString m_manifest;
    std::vector<std::unique_ptr<TestInvoker>> m_invokers;
    std::unique_ptr<TestService> m_gateway;
    quint16 m_port = 0;
    natsConnection *m_flowConn = nullptr;
    natsSubscription *m_flowSub = nullptr;
};

void tst_Gateway::initTestCase()
{
    QVERIFY2(!binDir().isEmpty(), "STRATUS_BIN_DIR is not set (run through ctest)");
    QVERIFY2(QFileInfo(binDir() + QStringLiteral("/stratus-gateway")).isExecutable(),
             "stratus-gateway is not built");
    QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("echo.py")),
                      "from stratus_worker import serve\nserve(lambda event: event)\n"));
    const QString started = m_dir.filePath(QStringLiteral("slow-started"));
    const QJsonArray functions{
        fn(QStringLiteral("echo"), QStringLiteral("python3"), {m_dir.filePath(QStringLiteral("echo.py"))},
           {{QStringLiteral("mode"), QStringLiteral("warm")}, {QStringLiteral("maxConcurrency"), 4}}),
        fn(QStringLiteral("fail"), QStringLiteral("sh"),
           {QStringLiteral("-c"), QStringLiteral("echo 'the input is not a number' >&2; exit 3")}),
        fn(QStringLiteral("slow"), QStringLiteral("sh"),
           {QStringLiteral("-c"), QStringLiteral("touch '%1'; sleep 1; cat").arg(started)}),
        fn(QStringLiteral("hang"), QStringLiteral("sleep"), {QStringLiteral("30")},
           {{QStringLiteral("timeoutMs"), 3000}}),
        fn(QStringLiteral("ghost"), QStringLiteral("cat"), {}, {{QStringLiteral("replicas"), 0}}),
    };
    const QJsonArray flows{QJsonObject{{QStringLiteral("name"), QStringLiteral("plain")},
                                       {QStringLiteral("trigger"), QStringLiteral("test.flow.plain")}}};
    m_manifest = m_dir.filePath(QStringLiteral("stratus.json"));
    QVERIFY(
        writeFile(m_manifest, QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                                        {QStringLiteral("name"), QStringLiteral("gw")},
                                                        {QStringLiteral("functions"), functions},
                                                        {QStringLiteral("flows"), flows},
                                                        {QStringLiteral("gateway"),
                                                         QJsonObject{{QStringLiteral("maxBodyBytes"), 4096},
                                                                     {QStringLiteral("timeoutMs"), 20000}}}})
                                  .toJson()));
    const auto manifest = Manifest::load(m_manifest);
    QVERIFY2(manifest, qPrintable(manifest.errorMessage()));

    for (const QString &function :
         {QStringLiteral("echo"), QStringLiteral("fail"), QStringLiteral("slow"), QStringLiteral("hang")}) {
        auto invoker = std::make_unique<TestInvoker>(m_broker.url(), m_manifest, function);
        QVERIFY2(invoker->waitReady(), qPrintable(function + QStringLiteral(": ") + invoker->log()));
        m_invokers.push_back(std::move(invoker));
    }
    QCOMPARE(natsConnection_ConnectTo(&m_flowConn, m_broker.url().toUtf8().constData()), NATS_OK);
    QCOMPARE(natsConnection_Subscribe(&m_flowSub, m_flowConn, "test.flow.plain", &answerFlow, nullptr),
             NATS_OK);
    QCOMPARE(natsConnection_Flush(m_flowConn), NATS_OK);

    m_gateway = startGateway({}, &m_port);
    QVERIFY(m_gateway);
}

void tst_Gateway::cleanupTestCase()
{
    if (m_gateway)
        QCOMPARE(m_gateway->terminate(), 0);
    if (m_flowSub)
        natsSubscription_Destroy(m_flowSub);
    if (m_flowConn)
        natsConnection_Destroy(m_flowConn);
    for (auto &invoker : m_invokers)
        invoker->terminate();
    m_invokers.clear();
    m_broker.stop();
}

std::unique_ptr<TestService> tst_Gateway::startGateway(const QStringList &extra, quint16 *port)
{
    static int count = 0;
    const QString portFile = m_dir.filePath(QStringLiteral("gateway-%1.port").arg(++count));
    auto gateway = std::make_unique<TestService>(QStringLiteral("stratus-gateway"),
                                                 QStringList{QStringLiteral("--nats"), m_broker.url(),
                                                             QStringLiteral("--manifest"), m_manifest,
                                                             QStringLiteral("--port-file"), portFile} +
                                                     extra);
    if (!gateway->waitReady()) {
        qWarning("stratus-gateway not ready: %s", qPrintable(gateway->log()));
        return nullptr;
    }
    QFile file(portFile);
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    *port = quint16(file.readAll().trimmed().toUInt());
    return *port > 0 ? std::move(gateway) : nullptr;
}

bool tst_Gateway::readResponse(QTcpSocket &socket, QByteArray &buffer, HttpResult *out, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        buffer += socket.readAll(); // what an event loop (QTest::qWait) may have read already
        if (takeResponse(buffer, out))
            return true;
        if (deadline.hasExpired())
            return false;
        if (!socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))) &&
            socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
            return false;
    }
}

HttpResult tst_Gateway::call(const QByteArray &raw, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    HttpResult result;
    if (!socket.waitForConnected(5000))
        return result;
    socket.write(raw);
    QByteArray buffer;
    readResponse(socket, buffer, &result, timeoutMs);
    return result;
}

void tst_Gateway::invokes_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body"); // expected body, or a part of it when partial
    QTest::addColumn<bool>("partial");
    QTest::addColumn<QByteArray>("stratusStatus"); // X-Stratus-Status, empty: none expected
    QTest::addColumn<QByteArray>("contentType");

    QTest::newRow("echo JSON") << post("/function/echo", R"({"hello": "world"})") << 200
                               << QByteArray(R"({"hello": "world"})") << false << QByteArray("ok")
                               << QByteArray("application/json");
    QTest::newRow("echo text") << post("/function/echo", "plain words") << 200 << QByteArray("plain words")
                               << false << QByteArray("ok") << QByteArray("text/plain; charset=utf-8");
    QTest::newRow("function error") << post("/function/fail", "1") << 500
                                    << QByteArray("the input is not a number") << true
                                    << QByteArray("function-error")
                                    << QByteArray("text/plain; charset=utf-8");
    QTest::newRow("flow") << post("/flow/plain", "[1]") << 200 << QByteArray("flow:[1]") << false
                          << QByteArray() << QByteArray("text/plain; charset=utf-8");
    QTest::newRow("no invoker") << post("/function/ghost", "x") << 503
                                << QByteArray(
                                       "no invoker serves fn.ghost (is the cluster running function ghost?)")
                                << false << QByteArray() << QByteArray("text/plain; charset=utf-8");
    QTest::newRow("gateway timeout") << post("/function/hang", "x", "X-Timeout-Ms: 300\r\n") << 504
                                     << QByteArray("did not answer within") << true << QByteArray()
                                     << QByteArray("text/plain; charset=utf-8");
    QTest::newRow("unknown function") << post("/function/nope", "x") << 404 << QByteArray(R"(\"nope\")")
                                      << true << QByteArray() << QByteArray("application/json");
    QTest::newRow("unknown flow") << post("/flow/nope", "x") << 404 << QByteArray(R"("known":["plain"])")
                                  << true << QByteArray() << QByteArray("application/json");
    QTest::newRow("GET on a function") << get("/function/echo") << 405 << QByteArray("use POST") << true
                                       << QByteArray() << QByteArray("application/json");
    QTest::newRow("unknown path") << get("/nothing") << 404 << QByteArray("no such path") << true
                                  << QByteArray() << QByteArray("application/json");
    QTest::newRow("healthz") << get("/healthz") << 200 << QByteArray("ok") << false << QByteArray()
                             << QByteArray("text/plain; charset=utf-8");
    QTest::newRow("index") << get("/") << 200
                           << QByteArray(
                                  R"({"flows":["plain"],"functions":["echo","fail","ghost","hang","slow"]})")
                           << false << QByteArray() << QByteArray("application/json");
    QTest::newRow("bad request id") << post("/function/echo", "x", "X-Request-Id: a/b\r\n") << 400
                                    << QByteArray("X-Request-Id") << true << QByteArray()
                                    << QByteArray("application/json");
}

void tst_Gateway::invokes()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, partial);
    QFETCH(QByteArray, stratusStatus);
    QFETCH(QByteArray, contentType);

    const HttpResult r = call(request);
    QCOMPARE(r.status, status);
    if (partial)
        QVERIFY2(r.body.contains(body), r.body.constData());
    else
        QCOMPARE(r.body, body);
    QCOMPARE(r.header("x-stratus-status"), stratusStatus);
    QCOMPARE(r.header("content-type"), contentType);
    if (request.startsWith("POST") && status != 404 && status != 400)
        QVERIFY(r.header("x-request-id").startsWith("gw-"));
    if (!stratusStatus.isEmpty()) {
        QVERIFY(!r.header("x-stratus-duration-us").isEmpty());
        QCOMPARE(r.header("x-stratus-request-id"), r.header("x-request-id"));
    }
}

void tst_Gateway::malformedRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("no version") << QByteArray("POST /function/echo\r\n\r\n") << 400;
    QTest::newRow("garbage") << QByteArray("\x01\x02 hello there\r\n\r\n") << 400;
    QTest::newRow("not a path") << QByteArray("GET http//x HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505;
    QTest::newRow("bad length") << QByteArray("POST /function/echo HTTP/1.1\r\nContent-Length: x\r\n\r\n")
                                << 400;
    QTest::newRow("bad header") << QByteArray("GET / HTTP/1.1\r\nno colon here\r\n\r\n") << 400;
    QTest::newRow("gzip coding") << QByteArray(
                                        "POST /function/echo HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n")
                                 << 501;
    QTest::newRow("bad chunk") << QByteArray(
                                      "POST /function/echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                                      "zz\r\n")
                               << 400;
    QTest::newRow("huge head") << QByteArray("GET / HTTP/1.1\r\nX-Big: " + QByteArray(20000, 'a') +
                                             "\r\n\r\n")
                               << 431;
}

void tst_Gateway::malformedRequests()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    const HttpResult r = call(request);
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("connection"), QByteArray("close"));
    QVERIFY(r.body.contains("\"error\""));
}

void tst_Gateway::bodyOverLimit()
{
    // The manifest allows 4096 bytes.
    HttpResult r = call(post("/function/echo", QByteArray(4097, 'x')));
    QCOMPARE(r.status, 413);
    r = call(post("/function/echo", QByteArray(4096, 'x')));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.size(), 4096);
    // Chunked bodies are counted as they come.
    const QByteArray chunk = QByteArray::number(3000, 16) + "\r\n" + QByteArray(3000, 'y') + "\r\n";
    r = call("POST /function/echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n" + chunk + chunk +
             "0\r\n\r\n");
    QCOMPARE(r.status, 413);
}

void tst_Gateway::keepAliveAndPipelining()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(socket.waitForConnected(5000));
    QByteArray buffer;
    // One after the other on one connection.
    for (int i = 0; i < 5; ++i) {
        const QByteArray body = "request " + QByteArray::number(i);
        socket.write(post("/function/echo", body));
        HttpResult r;
        QVERIFY(readResponse(socket, buffer, &r));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, body);
        QVERIFY(r.header("connection").isEmpty());
    }
    // Pipelined: a slow request first; the fast ones behind it are answered after it, in order.
    QByteArray pipelined = post("/function/slow", "first", "X-Request-Id: pipe-0\r\n");
    for (int i = 1; i < 4; ++i)
        pipelined += post("/function/echo", "next " + QByteArray::number(i),
                          "X-Request-Id: pipe-" + QByteArray::number(i) + "\r\n");
    pipelined += get("/healthz");
    socket.write(pipelined);
    HttpResult r;
    QVERIFY(readResponse(socket, buffer, &r));
    QCOMPARE(r.body, QByteArray("first"));
    QCOMPARE(r.header("x-request-id"), QByteArray("pipe-0"));
    for (int i = 1; i < 4; ++i) {
        QVERIFY(readResponse(socket, buffer, &r));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, "next " + QByteArray::number(i));
        QCOMPARE(r.header("x-request-id"), "pipe-" + QByteArray::number(i));
    }
    QVERIFY(readResponse(socket, buffer, &r));
    QCOMPARE(r.body, QByteArray("ok"));
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);

    // More pipelined requests than the gateway takes at once from one connection (64): the rest
    // wait in the socket and are read as answers go out; all come back, in order.
    constexpr int Many = 150;
    QByteArray burst;
    for (int i = 0; i < Many; ++i)
        burst += post("/function/echo", "burst " + QByteArray::number(i));
    socket.write(burst);
    for (int i = 0; i < Many; ++i) {
        QVERIFY2(readResponse(socket, buffer, &r), qPrintable(QStringLiteral("response %1 missing").arg(i)));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, "burst " + QByteArray::number(i));
    }
}

void tst_Gateway::noRespondersAmongReplies()
{
    // The broker's "no responders" comes without the request's subject through nats.c: each
    // refused request must still get its own 503, and the answered ones their replies, when
    // they are in flight together.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(socket.waitForConnected(5000));
    const QList<QByteArray> paths{"/function/ghost", "/function/echo",  "/function/ghost",
                                  "/flow/plain",     "/function/ghost", "/function/echo"};
    QByteArray pipelined;
    for (qsizetype i = 0; i < paths.size(); ++i)
        pipelined += post(paths[i], "n" + QByteArray::number(i),
                          "X-Request-Id: mixed-" + QByteArray::number(i) + "\r\n");
    socket.write(pipelined);
    QByteArray buffer;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        HttpResult r;
        QVERIFY(readResponse(socket, buffer, &r));
        QCOMPARE(r.header("x-request-id"), "mixed-" + QByteArray::number(i));
        if (paths[i].endsWith("ghost")) {
            QCOMPARE(r.status, 503);
            QVERIFY2(r.body.contains("no invoker serves fn.ghost"), r.body.constData());
        } else {
            QCOMPARE(r.status, 200);
            QVERIFY2(r.body.endsWith("n" + QByteArray::number(i)), r.body.constData());
        }
    }
}

void tst_Gateway::chunkedBody()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(socket.waitForConnected(5000));
    // Sent in pieces, cut in awkward places, with an extension and a trailer.
    const QList<QByteArray> pieces{"POST /function/echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\n",
                                   "\r\n5;ext=1\r\nhel", "lo\r", "\n6\r\n world\r\n0\r\nX-Trailer: t\r\n",
                                   "\r\n"};
    for (const QByteArray &piece : pieces) {
        socket.write(piece);
        QVERIFY(socket.waitForBytesWritten(5000));
        QTest::qWait(20); // lets each piece arrive on its own; correctness does not depend on it
    }
    QByteArray buffer;
    HttpResult r;
    QVERIFY(readResponse(socket, buffer, &r));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("hello world"));
    // The connection goes on after a chunked request; Expect: 100-continue is honoured.
    socket.write("POST /function/echo HTTP/1.1\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n");
    QVERIFY(readResponse(socket, buffer, &r));
    QCOMPARE(r.status, 100);
    socket.write("body");
    QVERIFY(readResponse(socket, buffer, &r));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("body"));
}

void tst_Gateway::connectionClose()
{
    for (const QByteArray &request : {QByteArray("GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n"),
                                      QByteArray("GET /healthz HTTP/1.0\r\n\r\n")}) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket.waitForConnected(5000));
        socket.write(request);
        QByteArray buffer;
        HttpResult r;
        QVERIFY(readResponse(socket, buffer, &r));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("connection"), QByteArray("close"));
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 5000);
    }
    // HTTP/1.0 asking for keep-alive keeps the connection.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(socket.waitForConnected(5000));
    QByteArray buffer;
    for (int i = 0; i < 2; ++i) {
        socket.write("GET /healthz HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        HttpResult r;
        QVERIFY(readResponse(socket, buffer, &r));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("connection"), QByteArray("keep-alive"));
    }
}

void tst_Gateway::asyncRun()
{
    HttpResult r = call(post("/async/function/slow", R"({"late": true})"));
    QCOMPARE(r.status, 202);
    const QJsonObject accepted = QJsonDocument::fromJson(r.body).object();
    const QString runId = accepted.value(QStringLiteral("runId")).toString();
    QVERIFY(!runId.isEmpty());
    QCOMPARE(r.header("x-request-id"), runId.toUtf8());
    QCOMPARE(accepted.value(QStringLiteral("status")).toString(), QStringLiteral("/runs/") + runId);

    // The slow function takes a second: the run is pending first, then done.
    r = call(get("/runs/" + runId.toUtf8()));
    QCOMPARE(r.status, 202);
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("state")).toString(),
             QStringLiteral("running"));
    QDeadlineTimer deadline(20000);
    while (r.status == 202 && !deadline.hasExpired()) {
        QTest::qWait(50); // polling, as a client would; the deadline bounds it
        r = call(get("/runs/" + runId.toUtf8()));
    }
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray(R"({"late": true})"));
    QCOMPARE(r.header("x-stratus-status"), QByteArray("ok"));
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    // Read as often as asked while it lives.
    QCOMPARE(call(get("/runs/" + runId.toUtf8())).status, 200);

    QCOMPARE(call(get("/runs/never-started")).status, 404);
    // A client-chosen id; taking it twice is a conflict; failures are kept too.
    QCOMPARE(call(post("/async/function/fail", "1", "X-Request-Id: my-run-1\r\n")).status, 202);
    QCOMPARE(call(post("/async/function/fail", "1", "X-Request-Id: my-run-1\r\n")).status, 409);
    QTRY_COMPARE_WITH_TIMEOUT(call(get("/runs/my-run-1")).status, 500, 20000);
    QCOMPARE(call(post("/async/function/nope", "1")).status, 404);
}

void tst_Gateway::concurrentConnections()
{
    constexpr int Connections = 50;
    constexpr int PerConnection = 20;
    struct Client
    {
        std::unique_ptr<QTcpSocket> socket;
        QByteArray buffer;
        int done = 0;
        int wrong = 0;
    };
    std::vector<Client> clients(Connections);
    int finished = 0;
    int failures = 0;
    for (int c = 0; c < Connections; ++c) {
        Client &client = clients[size_t(c)];
        client.socket = std::make_unique<QTcpSocket>();
        QTcpSocket *socket = client.socket.get();
        const auto body = [c](int n) { return "c" + QByteArray::number(c) + "-" + QByteArray::number(n); };
        connect(socket, &QTcpSocket::connected, this,
                [socket, body] { socket->write(post("/function/echo", body(0))); });
        connect(socket, &QTcpSocket::readyRead, this, [&client, socket, body, &finished, &failures] {
            client.buffer += socket->readAll();
            HttpResult r;
            while (takeResponse(client.buffer, &r)) {
                if (r.status != 200 || r.body != body(client.done))
                    ++client.wrong;
                if (++client.done == PerConnection) {
                    ++finished;
                    failures += client.wrong;
                    return;
                }
                socket->write(post("/function/echo", body(client.done)));
            }
        });
        socket->connectToHost(QHostAddress::LocalHost, m_port);
    }
    QTRY_VERIFY_WITH_TIMEOUT(finished == Connections, 60000);
    QCOMPARE(failures, 0);
}

void tst_Gateway::brokerRestart()
{
    QCOMPARE(call(post("/flow/plain", "before")).body, QByteArray("flow:before"));
    // A request in flight when the broker goes: its reply may be lost with the broker, but the
    // client hears back exactly once, within the request's timeout.
    const QString started = m_dir.filePath(QStringLiteral("slow-started"));
    QFile::remove(started);
    QTcpSocket inFlight;
    inFlight.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(inFlight.waitForConnected(5000));
    inFlight.write(post("/function/slow", "across", "X-Timeout-Ms: 4000\r\n"));
    QVERIFY(inFlight.waitForBytesWritten(5000));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(started), 10000);

    QVERIFY2(m_broker.restart(), qPrintable(m_broker.errorString()));

    QByteArray buffer;
    HttpResult r;
    QVERIFY(readResponse(inFlight, buffer, &r, 15000));
    QVERIFY2(r.status == 200 || r.status == 504, r.body.constData());
    // The gateway reconnects by itself, with its subscription: requests are answered again.
    QTRY_COMPARE_WITH_TIMEOUT(call(post("/flow/plain", "after", "X-Timeout-Ms: 1000\r\n"), 5000).body,
                              QByteArray("flow:after"), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(call(post("/function/echo", "again", "X-Timeout-Ms: 1000\r\n"), 5000).status,
                              200, 30000);
    QCOMPARE(call(post("/function/echo", "again")).body, QByteArray("again"));
    // Only one answer came on the first connection.
    QVERIFY(!inFlight.waitForReadyRead(200));
    QVERIFY(buffer.isEmpty());
}

void tst_Gateway::sigtermAnswersInFlight()
{
    quint16 port = 0;
    auto gateway = startGateway({}, &port);
    QVERIFY(gateway);
    const QString started = m_dir.filePath(QStringLiteral("slow-started"));
    QFile::remove(started);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(socket.waitForConnected(5000));
    socket.write(post("/function/slow", "still answered"));
    QVERIFY(socket.waitForBytesWritten(5000));
    // The function has started: the request is in flight at the gateway.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(started), 10000);
    QCOMPARE(gateway->terminate(), 0); // returns once the gateway has exited
    QByteArray buffer;
    HttpResult r;
    QVERIFY(readResponse(socket, buffer, &r, 5000));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("still answered"));
    QCOMPARE(r.header("connection"), QByteArray("close"));
}

void tst_Gateway::supervisorRecordsGatewayUrl()
{
    QTemporaryDir project;
    QVERIFY(writeFile(
        project.filePath(QStringLiteral("stratus.json")),
        QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                  {QStringLiteral("name"), QStringLiteral("gw-supervised")},
                                  {QStringLiteral("functions"),
                                   QJsonArray{fn(QStringLiteral("cat"), QStringLiteral("cat"), {})}}})
            .toJson()));
    const auto manifest = Manifest::load(project.path());
    QVERIFY2(manifest, qPrintable(manifest.errorMessage()));
    QVERIFY(manifest->gateway.enabled); // the default
    Supervisor::Options options;
    options.binDir = binDir();
    Supervisor supervisor(options);
    QSignalSpy started(&supervisor, &Supervisor::started);
    QSignalSpy failed(&supervisor, &Supervisor::failed);
    supervisor.start(*manifest);
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !failed.isEmpty(), 60000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QVERIFY(supervisor.process(QStringLiteral("gateway")));

    const QUrl url(supervisor.gatewayUrl());
    QCOMPARE(url.scheme(), QStringLiteral("http"));
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(url.port() > 0);
    const auto state = ClusterState::read(supervisor.stateDir());
    QVERIFY2(state, qPrintable(state.errorMessage()));
    QCOMPARE(state->gatewayUrl(), supervisor.gatewayUrl());
    m_port = quint16(url.port()); // call() talks to this cluster's gateway from here on
    const HttpResult r = call(post("/function/cat", "through the supervised gateway"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("through the supervised gateway"));

    // A crashed gateway is restarted at the same URL.
    ManagedProcess *gateway = supervisor.process(QStringLiteral("gateway"));
    const qint64 firstPid = gateway->pid();
    supervisor.killProcess(QStringLiteral("gateway"));
    QTRY_VERIFY_WITH_TIMEOUT(gateway->restarts() == 1 && gateway->state() == ManagedProcess::State::Ready,
                             30000);
    QVERIFY(gateway->pid() != firstPid);
    QCOMPARE(supervisor.gatewayUrl(), url.toString());
    QCOMPARE(call(post("/function/cat", "again")).body, QByteArray("again"));

    QSignalSpy stopped(&supervisor, &Supervisor::stopped);
    supervisor.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 30000);
}

void tst_Gateway::supervisorWithoutGateway()
{
    QTemporaryDir project;
    QVERIFY(writeFile(project.filePath(QStringLiteral("stratus.json")),
                      QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                                {QStringLiteral("name"), QStringLiteral("no-gateway")},
                                                {QStringLiteral("gateway"),
                                                 QJsonObject{{QStringLiteral("enabled"), false}}},
                                                {QStringLiteral("functions"), QJsonArray{}}})
                          .toJson()));
    const auto manifest = Manifest::load(project.path());
    QVERIFY2(manifest, qPrintable(manifest.errorMessage()));
    Supervisor::Options options;
    options.binDir = binDir();
    Supervisor supervisor(options);
    QSignalSpy started(&supervisor, &Supervisor::started);
    QSignalSpy failed(&supervisor, &Supervisor::failed);
    supervisor.start(*manifest);
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !failed.isEmpty(), 60000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QVERIFY(!supervisor.process(QStringLiteral("gateway")));
    QVERIFY(supervisor.gatewayUrl().isEmpty());
    const auto state = ClusterState::read(supervisor.stateDir());
    QVERIFY2(state, qPrintable(state.errorMessage()));
    QVERIFY(state->gatewayUrl().isEmpty());
    QSignalSpy stopped(&supervisor, &Supervisor::stopped);
    supervisor.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 30000);
}

QTEST_GUILESS_MAIN(tst_Gateway)
#include "tst_gateway.moc"
