// The invoker against a real nats-server: cold and warm functions, limits, failures,
// concurrency and replicas. Each test writes its own small manifest in a temp dir.

#include "natsclient.h"
#include "protocol.h"
#include "testbroker.h"
#include "testinvoker.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Stratus;
using namespace Stratus::Test;

class tst_Invoker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void echo_data();
    void echo();
    void argumentTemplates_data();
    void argumentTemplates();
    void failures_data();
    void failures();
    void timeoutKillsProcessGroup_data();
    void timeoutKillsProcessGroup();
    void warmWorkerReplacedAfterCrash();
    void concurrentRequestsAnsweredOnce_data();
    void concurrentRequestsAnsweredOnce();
    void replicasShareWork();
    void busyWhenQueueFull();
    void drainFinishesInFlightWork();
    void stoppingLetsIdleWorkersCleanUp_data();
    void stoppingLetsIdleWorkersCleanUp();
    void killedWorkersLeaveNoTemporaryFiles();
    void coldInvocationsGetOwnTemporaryFolder_data();
    void coldInvocationsGetOwnTemporaryFolder();
    void recordsDescribeInvocations_data();
    void recordsDescribeInvocations();
    void outputSubject();
    void floodingStderrIsBounded();
    void survivesBrokerRestart();
    void functionInheritsOnlyStdio();

private:
    QString writeManifest(const QJsonArray &functions);
    std::unique_ptr<TestInvoker> startInvoker(const QString &manifest, const QString &function,
                                              int replica = 0);
    NatsReply request(const QString &function, const QByteArray &data, int timeoutMs = 10000);

    TestBroker m_broker;
    std::unique_ptr<NatsClient> m_client;
    QTemporaryDir m_dir;
    int m_manifests = 0;
};

namespace {

QJsonObject fn(const QString &name, const QString &command, const QStringList &args = {},
               const QJsonObject &extra = {})
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("command"), command},
                  {QStringLiteral("args"), QJsonArray::fromStringList(args)}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

} // namespace

void tst_Invoker::initTestCase()
{
    QVERIFY2(!binDir().isEmpty(), "STRATUS_BIN_DIR is not set (run through ctest)");
    QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
    auto client = NatsClient::connect(m_broker.url());
    QVERIFY2(client, qPrintable(client.errorMessage()));
    m_client = std::make_unique<NatsClient>(std::move(*client));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("echo.py")),
                      "from stratus_worker import serve\nserve(lambda event: event)\n"));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("echo.js")),
                      "require('stratus_worker').serve((event) => event);\n"));
    QVERIFY(writeFile(
        m_dir.filePath(QStringLiteral("echo.sh")),
        "source \"$STRATUS_SDK_DIR/shell/stratus_worker.sh\"\nhandler() { cat; }\nstratus_serve handler\n"));
}

void tst_Invoker::cleanupTestCase()
{
    m_client.reset();
    m_broker.stop();
}

QString tst_Invoker::writeManifest(const QJsonArray &functions)
{
    const QString path = m_dir.filePath(QStringLiteral("stratus-%1.json").arg(++m_manifests));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(
        QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("functions"), functions}})
            .toJson());
    return path;
}

std::unique_ptr<TestInvoker> tst_Invoker::startInvoker(const QString &manifest, const QString &function,
                                                       int replica)
{
    auto invoker = std::make_unique<TestInvoker>(m_broker.url(), manifest, function, replica);
    if (!invoker->waitReady()) {
        qWarning("invoker for %s not ready: %s", qPrintable(function), qPrintable(invoker->log()));
        return nullptr;
    }
    return invoker;
}

NatsReply tst_Invoker::request(const QString &function, const QByteArray &data, int timeoutMs)
{
    auto reply = m_client->request(QStringLiteral("fn.") + function, data, timeoutMs);
    if (!reply) {
        NatsReply failed;
        failed.headers.insert(Protocol::StatusHeader, "no-reply: " + reply.errorMessage().toUtf8());
        return failed;
    }
    return *reply;
}

void tst_Invoker::echo_data()
{
    // Every helper library, both modes: the same echo must come back byte for byte.
    QTest::addColumn<QJsonObject>("function");
    QTest::addColumn<QByteArray>("cold");
    const QJsonObject warm{{QStringLiteral("mode"), QStringLiteral("warm")}};
    QTest::newRow("cold cat") << fn(QStringLiteral("cat"), QStringLiteral("cat")) << QByteArray("1");
    QTest::newRow("cold python") << fn(QStringLiteral("py"), QStringLiteral("python3"),
                                       {QStringLiteral("echo.py")})
                                 << QByteArray("1");
    QTest::newRow("warm python") << fn(QStringLiteral("pyw"), QStringLiteral("python3"),
                                       {QStringLiteral("echo.py")}, warm)
                                 << QByteArray("0");
    QTest::newRow("warm python that prints")
        << fn(QStringLiteral("pyprint"), QStringLiteral("python3"),
              {QStringLiteral("-c"), QStringLiteral("from stratus_worker import serve\ndef h(e):\n    "
                                                    "print('noise on stdout')\n    return e\nserve(h)")},
              warm)
        << QByteArray("0");
    QTest::newRow("cold node") << fn(QStringLiteral("js"), QStringLiteral("node"),
                                     {QStringLiteral("echo.js")})
                               << QByteArray("1");
    QTest::newRow("warm node") << fn(QStringLiteral("jsw"), QStringLiteral("node"),
                                     {QStringLiteral("echo.js")}, warm)
                               << QByteArray("0");
    QTest::newRow("cold shell") << fn(QStringLiteral("sh"), QStringLiteral("bash"),
                                      {QStringLiteral("echo.sh")})
                                << QByteArray("1");
    QTest::newRow("warm shell") << fn(QStringLiteral("shw"), QStringLiteral("bash"),
                                      {QStringLiteral("echo.sh")}, warm)
                                << QByteArray("0");
    QTest::newRow("cold c++") << fn(QStringLiteral("cpp"), binDir() + QStringLiteral("/stratus-echo-cpp"))
                              << QByteArray("1");
    QTest::newRow("warm c++") << fn(QStringLiteral("cppw"), binDir() + QStringLiteral("/stratus-echo-cpp"),
                                    {}, warm)
                              << QByteArray("0");
}

void tst_Invoker::echo()
{
    QFETCH(QJsonObject, function);
    QFETCH(QByteArray, cold);
    const QString name = function.value(QStringLiteral("name")).toString();
    auto invoker = startInvoker(writeManifest({function}), name);
    QVERIFY(invoker);
    for (const QByteArray &payload :
         {QByteArray("{\"hello\":\"world\"}"), QByteArray("\xc3\xa8 non-JSON bytes \xff"),
          QByteArray(300 * 1024, 'x')}) {
        const NatsReply reply = request(name, payload);
        QCOMPARE(reply.status(), QByteArray("ok"));
        QCOMPARE(reply.data.size(), payload.size());
        QCOMPARE(reply.data, payload);
        QCOMPARE(reply.header(Protocol::ExitCodeHeader), QByteArray("0"));
        QCOMPARE(reply.header(Protocol::ColdHeader), cold);
        QVERIFY(reply.header(Protocol::DurationHeader).toLongLong() > 0);
        QCOMPARE(reply.header(Protocol::FunctionHeader), name.toUtf8());
    }
    QCOMPARE(invoker->terminate(), 0);
}

void tst_Invoker::argumentTemplates_data()
{
    QTest::addColumn<QByteArray>("event");
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<QByteArray>("output");
    QTest::newRow("fields") << QByteArray(
                                   R"({"timestamp":"2024-11-28T16:05:34","message":"ciao","severity":3})")
                            << QByteArray("ok") << QByteArray("2024-11-28T16:05:34|ciao|3\n");
    QTest::newRow("missing field") << QByteArray(R"({"timestamp":"t","message":"m"})")
                                   << QByteArray("bad-request")
                                   << QByteArray("the event has no field \"severity\"");
    QTest::newRow("not an object") << QByteArray("[1,2]") << QByteArray("bad-request")
                                   << QByteArray("must be a JSON object");
}

void tst_Invoker::argumentTemplates()
{
    QFETCH(QByteArray, event);
    QFETCH(QByteArray, status);
    QFETCH(QByteArray, output);
    // The seed's logger takes its fields as arguments: `node logger.js <timestamp> <message> <severity>`.
    auto invoker =
        startInvoker(writeManifest({fn(QStringLiteral("args"), QStringLiteral("sh"),
                                       {QStringLiteral("-c"), QStringLiteral("echo \"$1|$2|$3\""),
                                        QStringLiteral("sh"), QStringLiteral("{{timestamp}}"),
                                        QStringLiteral("{{message}}"), QStringLiteral("{{ severity }}")})}),
                     QStringLiteral("args"));
    QVERIFY(invoker);
    const NatsReply reply = request(QStringLiteral("args"), event);
    QCOMPARE(reply.status(), status);
    QVERIFY2(reply.data.contains(output), reply.data.constData());
}

void tst_Invoker::failures_data()
{
    QTest::addColumn<QJsonObject>("function");
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<QByteArray>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("non-zero exit") << fn(QStringLiteral("fails"), QStringLiteral("sh"),
                                         {QStringLiteral("-c"),
                                          QStringLiteral("echo 'bad input' >&2; exit 3")})
                                   << QByteArray("function-error") << QByteArray("3")
                                   << QStringLiteral("exited with code 3; stderr: bad input");
    QTest::newRow("crash") << fn(QStringLiteral("segv"), QStringLiteral("sh"),
                                 {QStringLiteral("-c"), QStringLiteral("echo dying >&2; kill -SEGV $$")})
                           << QByteArray("crashed") << QByteArray("-11")
                           << QStringLiteral("killed by signal 11");
    QTest::newRow("oversized output")
        << fn(QStringLiteral("big"), QStringLiteral("sh"),
              {QStringLiteral("-c"), QStringLiteral("head -c 300000 /dev/zero")},
              {{QStringLiteral("maxOutputBytes"), 100000}})
        << QByteArray("output-too-large") << QByteArray("-9") << QStringLiteral("more than 100000 bytes");
    QTest::newRow("warm oversized output")
        << fn(QStringLiteral("bigw"), QStringLiteral("python3"),
              {QStringLiteral("-c"),
               QStringLiteral("from stratus_worker import serve\nserve(lambda e: b'x' * 300000)")},
              {{QStringLiteral("maxOutputBytes"), 100000}, {QStringLiteral("mode"), QStringLiteral("warm")}})
        << QByteArray("output-too-large") << QByteArray("-9") << QStringLiteral("more than 100000 bytes");
    QTest::newRow("warm handler error")
        << fn(QStringLiteral("raises"), QStringLiteral("python3"),
              {QStringLiteral("-c"),
               QStringLiteral(
                   "from stratus_worker import serve\ndef h(e):\n    raise ValueError('no good')\nserve(h)")},
              {{QStringLiteral("mode"), QStringLiteral("warm")}})
        << QByteArray("function-error") << QByteArray("1") << QStringLiteral("no good");
    QTest::newRow("warm node handler error")
        << fn(QStringLiteral("throws"), QStringLiteral("node"),
              {QStringLiteral("-e"),
               QStringLiteral("require('stratus_worker').serve(() => { throw new Error('nope'); })")},
              {{QStringLiteral("mode"), QStringLiteral("warm")}})
        << QByteArray("function-error") << QByteArray("1") << QStringLiteral("nope");
    QTest::newRow("warm shell handler error")
        << fn(QStringLiteral("shfails"), QStringLiteral("bash"),
              {QStringLiteral("-c"),
               QStringLiteral("source \"$STRATUS_SDK_DIR/shell/stratus_worker.sh\"\n"
                              "handler() { echo 'refused' >&2; return 3; }\nstratus_serve handler")},
              {{QStringLiteral("mode"), QStringLiteral("warm")}})
        << QByteArray("function-error") << QByteArray("1") << QStringLiteral("refused");
}

void tst_Invoker::failures()
{
    QFETCH(QJsonObject, function);
    QFETCH(QByteArray, status);
    QFETCH(QByteArray, exitCode);
    QFETCH(QString, message);
    const QString name = function.value(QStringLiteral("name")).toString();
    auto invoker = startInvoker(writeManifest({function}), name);
    QVERIFY(invoker);
    for (int attempt = 0; attempt < 2; ++attempt) { // the invoker survives and answers again
        const NatsReply reply = request(name, "{}");
        QCOMPARE(reply.status(), status);
        QCOMPARE(reply.header(Protocol::ExitCodeHeader), exitCode);
        QVERIFY2(QString::fromUtf8(reply.data).contains(message), reply.data.constData());
    }
}

void tst_Invoker::timeoutKillsProcessGroup_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("cold") << QStringLiteral("cold");
    QTest::newRow("warm") << QStringLiteral("warm");
}

void tst_Invoker::timeoutKillsProcessGroup()
{
    QFETCH(QString, mode);
    const QString pidFile = m_dir.filePath(QStringLiteral("child-%1.pid").arg(mode));
    // The function starts a child of its own and hangs; a timeout must take both down.
    const QString script =
        mode == QLatin1String("cold")
            ? QStringLiteral("sleep 300 & echo $! > '%1'; wait").arg(pidFile)
            : QStringLiteral("echo STRATUS-READY; read header; sleep 300 & echo $! > '%1'; wait")
                  .arg(pidFile);
    const QString name = QStringLiteral("hang-") + mode;
    auto invoker = startInvoker(
        writeManifest({fn(name, QStringLiteral("sh"), {QStringLiteral("-c"), script},
                          {{QStringLiteral("timeoutMs"), 500}, {QStringLiteral("mode"), mode}})}),
        name);
    QVERIFY(invoker);
    const NatsReply reply = request(name, "{}", 10000);
    QCOMPARE(reply.status(), QByteArray("timeout"));
    QVERIFY2(reply.data.contains("500 ms"), reply.data.constData());
    QFile f(pidFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const qint64 child = f.readAll().trimmed().toLongLong();
    QVERIFY(child > 0);
    QVERIFY2(waitForProcessGone(child, 5000), "the function's child survived the timeout");
}

void tst_Invoker::warmWorkerReplacedAfterCrash()
{
    const QString script =
        QStringLiteral("from stratus_worker import serve\nimport os\n"
                       "def h(e):\n    if e == b'die':\n        os._exit(7)\n    return e\n"
                       "serve(h)");
    auto invoker = startInvoker(
        writeManifest(
            {fn(QStringLiteral("fragile"), QStringLiteral("python3"), {QStringLiteral("-c"), script},
                {{QStringLiteral("mode"), QStringLiteral("warm")}, {QStringLiteral("maxConcurrency"), 1}})}),
        QStringLiteral("fragile"));
    QVERIFY(invoker);
    QCOMPARE(request(QStringLiteral("fragile"), "a").status(), QByteArray("ok"));
    const NatsReply died = request(QStringLiteral("fragile"), "die");
    QCOMPARE(died.status(), QByteArray("function-error"));
    QVERIFY2(died.data.contains("exited with code 7"), died.data.constData());
    // The replacement worker takes the next event; it paid for a start, so it is cold.
    const NatsReply next = request(QStringLiteral("fragile"), "b");
    QCOMPARE(next.status(), QByteArray("ok"));
    QCOMPARE(next.data, QByteArray("b"));
    QCOMPARE(next.header(Protocol::ColdHeader), QByteArray("1"));
}

void tst_Invoker::concurrentRequestsAnsweredOnce_data()
{
    QTest::addColumn<QJsonObject>("function");
    QTest::newRow("cold") << fn(QStringLiteral("many"), QStringLiteral("cat"), {},
                                {{QStringLiteral("maxConcurrency"), 8}});
    QTest::newRow("warm") << fn(
        QStringLiteral("manyw"), QStringLiteral("python3"), {QStringLiteral("echo.py")},
        {{QStringLiteral("maxConcurrency"), 4}, {QStringLiteral("mode"), QStringLiteral("warm")}});
}

void tst_Invoker::concurrentRequestsAnsweredOnce()
{
    QFETCH(QJsonObject, function);
    const QString name = function.value(QStringLiteral("name")).toString();
    auto invoker = startInvoker(writeManifest({function}), name);
    QVERIFY(invoker);

    constexpr int Count = 200;
    natsConnection *nc = m_client->handle();
    natsSubscription *rawSub = nullptr;
    QCOMPARE(natsConnection_SubscribeSync(&rawSub, nc, "test.replies.*"), NATS_OK);
    NatsSubscriptionPtr sub(rawSub);
    const QByteArray subject = (QStringLiteral("fn.") + name).toUtf8();
    for (int i = 0; i < Count; ++i) {
        const QByteArray reply = "test.replies." + QByteArray::number(i);
        const QByteArray body = "event-" + QByteArray::number(i);
        QCOMPARE(natsConnection_PublishRequest(nc, subject.constData(), reply.constData(), body.constData(),
                                               int(body.size())),
                 NATS_OK);
    }
    QSet<int> answered;
    QDeadlineTimer deadline(60000);
    while (answered.size() < Count && !deadline.hasExpired()) {
        natsMsg *raw = nullptr;
        if (natsSubscription_NextMsg(&raw, sub.get(), 1000) != NATS_OK)
            continue;
        NatsMsgPtr msg(raw);
        const QByteArray replySubject = natsMsg_GetSubject(raw);
        const int i = replySubject.mid(replySubject.lastIndexOf('.') + 1).toInt();
        QVERIFY2(!answered.contains(i), "an event was answered twice");
        QCOMPARE(QByteArray(natsMsg_GetData(raw), natsMsg_GetDataLength(raw)),
                 "event-" + QByteArray::number(i));
        answered.insert(i);
    }
    QCOMPARE(answered.size(), Count);
    natsMsg *extra = nullptr;
    QCOMPARE(natsSubscription_NextMsg(&extra, sub.get(), 200), NATS_TIMEOUT); // and nothing more
}

void tst_Invoker::replicasShareWork()
{
    const QString manifest = writeManifest({fn(QStringLiteral("shared"), QStringLiteral("sh"),
                                               {QStringLiteral("-c"), QStringLiteral("echo $PPID")})});
    auto first = startInvoker(manifest, QStringLiteral("shared"), 0);
    auto second = startInvoker(manifest, QStringLiteral("shared"), 1);
    QVERIFY(first && second);
    // $PPID of the function is the invoker that ran it.
    QSet<QByteArray> invokers;
    for (int i = 0; i < 200 && invokers.size() < 2; ++i) {
        const NatsReply reply = request(QStringLiteral("shared"), "{}");
        QCOMPARE(reply.status(), QByteArray("ok"));
        invokers.insert(reply.data.trimmed());
    }
    QCOMPARE(invokers,
             (QSet<QByteArray>{QByteArray::number(first->pid()), QByteArray::number(second->pid())}));
}

void tst_Invoker::busyWhenQueueFull()
{
    auto invoker = startInvoker(
        writeManifest({fn(QStringLiteral("narrow"), QStringLiteral("sh"),
                          {QStringLiteral("-c"), QStringLiteral("read line; sleep 1; echo done")},
                          {{QStringLiteral("maxConcurrency"), 1}, {QStringLiteral("maxQueue"), 0}})}),
        QStringLiteral("narrow"));
    QVERIFY(invoker);
    natsConnection *nc = m_client->handle();
    natsSubscription *rawSub = nullptr;
    QCOMPARE(natsConnection_SubscribeSync(&rawSub, nc, "test.narrow.*"), NATS_OK);
    NatsSubscriptionPtr sub(rawSub);
    for (const char *reply : {"test.narrow.1", "test.narrow.2"})
        QCOMPARE(natsConnection_PublishRequestString(nc, "fn.narrow", reply, "x\n"), NATS_OK);
    QMap<QByteArray, QByteArray> statuses;
    while (statuses.size() < 2) {
        natsMsg *raw = nullptr;
        QCOMPARE(natsSubscription_NextMsg(&raw, sub.get(), 10000), NATS_OK);
        NatsMsgPtr msg(raw);
        const char *status = nullptr;
        natsMsgHeader_Get(raw, Protocol::StatusHeader, &status);
        statuses.insert(natsMsg_GetSubject(raw), status);
    }
    QCOMPARE(statuses.value("test.narrow.1"), QByteArray("ok"));
    QCOMPARE(statuses.value("test.narrow.2"), QByteArray("busy"));
}

void tst_Invoker::drainFinishesInFlightWork()
{
    const QString marker = m_dir.filePath(QStringLiteral("slow-started"));
    auto invoker = startInvoker(
        writeManifest(
            {fn(QStringLiteral("slow"), QStringLiteral("sh"),
                {QStringLiteral("-c"), QStringLiteral("touch '%1'; sleep 0.5; echo finished").arg(marker)})}),
        QStringLiteral("slow"));
    QVERIFY(invoker);
    natsConnection *nc = m_client->handle();
    natsSubscription *rawSub = nullptr;
    QCOMPARE(natsConnection_SubscribeSync(&rawSub, nc, "test.slow"), NATS_OK);
    NatsSubscriptionPtr sub(rawSub);
    QCOMPARE(natsConnection_PublishRequestString(nc, "fn.slow", "test.slow", "go"), NATS_OK);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(marker), 5000); // the function is running
    QCOMPARE(invoker->terminate(), 0);
    natsMsg *raw = nullptr;
    QCOMPARE(natsSubscription_NextMsg(&raw, sub.get(), 5000), NATS_OK);
    NatsMsgPtr msg(raw);
    QCOMPARE(QByteArray(natsMsg_GetData(raw), natsMsg_GetDataLength(raw)), QByteArray("finished\n"));
}

void tst_Invoker::stoppingLetsIdleWorkersCleanUp_data()
{
    // Each row's workers get a TMPDIR of their own; what a worker's cleanup leaves there, or
    // removes, shows whether it ran before the invoker killed what was left.
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("leftInTmp");
    QTest::newRow("shell helper removes its folder")
        << QStringLiteral("bash") << QStringList{QStringLiteral("echo.sh")} << QStringList{};
    QTest::newRow("python atexit runs")
        << QStringLiteral("python3")
        << QStringList{QStringLiteral("-c"),
                       QStringLiteral(
                           "import atexit, os\nfrom stratus_worker import serve\n"
                           "atexit.register(lambda: open(os.environ['TMPDIR'] + '/bye', 'w').close())\n"
                           "serve(lambda e: e)")}
        << QStringList{QStringLiteral("bye")};
}

void tst_Invoker::stoppingLetsIdleWorkersCleanUp()
{
    QFETCH(QString, command);
    QFETCH(QStringList, args);
    QFETCH(QStringList, leftInTmp);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QJsonObject warm{{QStringLiteral("mode"), QStringLiteral("warm")},
                           {QStringLiteral("env"), QJsonObject{{QStringLiteral("TMPDIR"), tmp.path()}}}};
    auto invoker = startInvoker(writeManifest({fn(QStringLiteral("tidy"), command, args, warm)}),
                                QStringLiteral("tidy"));
    QVERIFY(invoker);
    QCOMPARE(request(QStringLiteral("tidy"), "hi").data, QByteArray("hi"));
    QCOMPARE(invoker->terminate(), 0); // the invoker has reaped its workers when it exits
    QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), leftInTmp);
}

void tst_Invoker::killedWorkersLeaveNoTemporaryFiles()
{
    // The invoker's TMPDIR, under which each worker gets its own; a worker killed for its
    // timeout cannot clean up, so what it left is the invoker's to remove.
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QByteArray previous = qgetenv("TMPDIR");
    qputenv("TMPDIR", tmp.path().toUtf8());
    const auto restore = qScopeGuard([&previous] { qputenv("TMPDIR", previous); });
    const QString script = QStringLiteral("source \"$STRATUS_SDK_DIR/shell/stratus_worker.sh\"\n"
                                          "handler() { echo scratch > \"$TMPDIR/scratch\"; if [ \"$(cat)\" = "
                                          "slow ]; then sleep 30; fi; echo \"$TMPDIR\"; }\n"
                                          "stratus_serve handler\n");
    auto invoker = startInvoker(
        writeManifest({fn(QStringLiteral("killed"), QStringLiteral("bash"), {QStringLiteral("-c"), script},
                          {{QStringLiteral("mode"), QStringLiteral("warm")},
                           {QStringLiteral("maxConcurrency"), 1},
                           {QStringLiteral("timeoutMs"), 500}})}),
        QStringLiteral("killed"));
    QVERIFY(invoker);
    QCOMPARE(request(QStringLiteral("killed"), "slow").status(), QByteArray("timeout"));
    // Served by the replacement, which the invoker starts once the killed worker is reaped:
    // its TMPDIR is a folder of its own under the invoker's, as the killed one's was.
    const QByteArray replacementTmp = request(QStringLiteral("killed"), "fast").data.trimmed();
    QVERIFY2(replacementTmp.startsWith(tmp.path().toUtf8() + "/stratus-worker."), replacementTmp.constData());
    QCOMPARE(invoker->terminate(), 0);
    QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
}

void tst_Invoker::coldInvocationsGetOwnTemporaryFolder_data()
{
    QTest::addColumn<QByteArray>("event");
    QTest::addColumn<QByteArray>("status");
    QTest::newRow("answered") << QByteArray("fast") << QByteArray(Protocol::StatusOk);
    QTest::newRow("killed for its timeout") << QByteArray("slow") << QByteArray(Protocol::StatusTimeout);
}

void tst_Invoker::coldInvocationsGetOwnTemporaryFolder()
{
    QFETCH(QByteArray, event);
    QFETCH(QByteArray, status);
    // The invoker's TMPDIR, under which each process per event gets its own.
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QByteArray previous = qgetenv("TMPDIR");
    qputenv("TMPDIR", tmp.path().toUtf8());
    const auto restore = qScopeGuard([&previous] { qputenv("TMPDIR", previous); });
    const QString script = QStringLiteral(
        "echo scratch > \"$TMPDIR/$STRATUS_REQUEST_ID\"; if [ \"$(cat)\" = slow ]; then sleep 30; fi; "
        "echo \"$TMPDIR\"; ls \"$TMPDIR\"");
    auto invoker = startInvoker(
        writeManifest({fn(QStringLiteral("scratchy"), QStringLiteral("sh"), {QStringLiteral("-c"), script},
                          {{QStringLiteral("timeoutMs"), 500}})}),
        QStringLiteral("scratchy"));
    QVERIFY(invoker);
    const auto ownFolderOnly = [&tmp](const NatsReply &reply) {
        const QList<QByteArray> lines = reply.data.trimmed().split('\n');
        // The folder, then what it holds: this event's file and nothing an earlier one left.
        return lines.size() == 2 && lines[0].startsWith(tmp.path().toUtf8() + "/stratus-worker.") &&
               lines[1] == reply.header(Protocol::RequestIdHeader);
    };
    const NatsReply first = request(QStringLiteral("scratchy"), "fast");
    QCOMPARE(first.status(), QByteArray(Protocol::StatusOk));
    QVERIFY2(ownFolderOnly(first), first.data.constData());
    const NatsReply second = request(QStringLiteral("scratchy"), event);
    QCOMPARE(second.status(), status);
    const NatsReply third = request(QStringLiteral("scratchy"), "fast");
    QVERIFY2(ownFolderOnly(third), third.data.constData());
    // Emptied once each event is answered, killed or not; removed when the invoker stops.
    const auto leftFiles = [&tmp] {
        QStringList files;
        QDirIterator it(tmp.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        return files;
    };
    QTRY_COMPARE_WITH_TIMEOUT(leftFiles(), QStringList(), 5000);
    QCOMPARE(invoker->terminate(), 0);
    QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
}

void tst_Invoker::recordsDescribeInvocations_data()
{
    // A cold invoker with nothing else running sends a record at once; a warm one writes its
    // records after the replies, in a batch (Invoker::queueRecord): both must say the same.
    QTest::addColumn<QJsonObject>("function");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("stderrTail"); // null: not compared (a warm worker's log is read on its own)
    QTest::addColumn<bool>("cold");
    const QJsonObject warm{{QStringLiteral("mode"), QStringLiteral("warm")}};
    QTest::newRow("cold") << fn(QStringLiteral("recorded"), QStringLiteral("sh"),
                                {QStringLiteral("-c"), QStringLiteral("cat; echo 'a log line' >&2")})
                          << QStringLiteral("ok") << QStringLiteral("in\uFFFD") << QString()
                          << QStringLiteral("a log line\n") << true;
    QTest::newRow("warm") << fn(QStringLiteral("recorded"), QStringLiteral("python3"),
                                {QStringLiteral("-c"),
                                 QStringLiteral("from stratus_worker import serve\nserve(lambda e: e)")},
                                warm)
                          << QStringLiteral("ok") << QStringLiteral("in\uFFFD") << QString() << QString()
                          << false;
    QTest::newRow("warm failing")
        << fn(QStringLiteral("recorded"), QStringLiteral("python3"),
              {QStringLiteral("-c"),
               QStringLiteral(
                   "from stratus_worker import serve\ndef h(e):\n    raise ValueError('no good')\nserve(h)")},
              warm)
        << QStringLiteral("function-error") << QString() << QStringLiteral("ValueError: no good") << QString()
        << false;
}

void tst_Invoker::recordsDescribeInvocations()
{
    QFETCH(QJsonObject, function);
    QFETCH(QString, status);
    QFETCH(QString, output);
    QFETCH(QString, error);
    QFETCH(QString, stderrTail);
    QFETCH(bool, cold);
    auto invoker = startInvoker(writeManifest({function}), QStringLiteral("recorded"));
    QVERIFY(invoker);
    natsSubscription *rawSub = nullptr;
    QCOMPARE(natsConnection_SubscribeSync(&rawSub, m_client->handle(), "stratus.records.recorded"), NATS_OK);
    NatsSubscriptionPtr sub(rawSub);
    QVERIFY(m_client->flush());
    QMap<QByteArray, QByteArray> headers{{Protocol::RequestIdHeader, "req-42"}};
    const auto reply = m_client->request(QStringLiteral("fn.recorded"), "in\xff", 5000, headers);
    QVERIFY(reply);
    QCOMPARE(reply->header(Protocol::RequestIdHeader), QByteArray("req-42"));
    QCOMPARE(reply->header(Protocol::StatusHeader), status.toUtf8());
    natsMsg *raw = nullptr;
    QCOMPARE(natsSubscription_NextMsg(&raw, sub.get(), 5000), NATS_OK);
    NatsMsgPtr msg(raw);
    QJsonParseError parseError;
    const QJsonObject record =
        QJsonDocument::fromJson(QByteArray(natsMsg_GetData(raw), natsMsg_GetDataLength(raw)), &parseError)
            .object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(record.value(QStringLiteral("function")).toString(), QStringLiteral("recorded"));
    QCOMPARE(record.value(QStringLiteral("requestId")).toString(), QStringLiteral("req-42"));
    QCOMPARE(record.value(QStringLiteral("subject")).toString(), QStringLiteral("fn.recorded"));
    QCOMPARE(record.value(QStringLiteral("status")).toString(), status);
    QCOMPARE(record.value(QStringLiteral("input")).toString(), QStringLiteral("in\uFFFD"));
    QCOMPARE(record.value(QStringLiteral("inputBytes")).toInt(), 3);
    QCOMPARE(record.value(QStringLiteral("output")).toString(), output);
    QVERIFY2(record.value(QStringLiteral("error")).toString().contains(error),
             qPrintable(record.value(QStringLiteral("error")).toString()));
    QCOMPARE(record.contains(QStringLiteral("error")), !error.isEmpty());
    if (!stderrTail.isNull())
        QCOMPARE(record.value(QStringLiteral("stderr")).toString(), stderrTail);
    QCOMPARE(record.value(QStringLiteral("cold")).toBool(), cold);
    QVERIFY(record.value(QStringLiteral("durationUs")).toInteger() > 0);
    QVERIFY(record.value(QStringLiteral("pid")).toInteger() > 0);
    QVERIFY(record.value(QStringLiteral("start")).toString().endsWith(QLatin1Char('Z')));
}

void tst_Invoker::outputSubject()
{
    auto invoker =
        startInvoker(writeManifest({fn(QStringLiteral("publisher"), QStringLiteral("cat"), {},
                                       {{QStringLiteral("output"), QStringLiteral("results.publisher")}})}),
                     QStringLiteral("publisher"));
    QVERIFY(invoker);
    natsSubscription *rawSub = nullptr;
    QCOMPARE(natsConnection_SubscribeSync(&rawSub, m_client->handle(), "results.publisher"), NATS_OK);
    NatsSubscriptionPtr sub(rawSub);
    QVERIFY(m_client->flush());
    // A plain publish (no reply subject), as the seed's invokers were triggered.
    QVERIFY(m_client->publish(QStringLiteral("fn.publisher"), "fire-and-forget"));
    natsMsg *raw = nullptr;
    QCOMPARE(natsSubscription_NextMsg(&raw, sub.get(), 5000), NATS_OK);
    NatsMsgPtr msg(raw);
    QCOMPARE(QByteArray(natsMsg_GetData(raw), natsMsg_GetDataLength(raw)), QByteArray("fire-and-forget"));
}

void tst_Invoker::floodingStderrIsBounded()
{
    // 5 MB of log lines: the invocation still answers, and the invoker's own log (what the
    // supervisor keeps) takes a bounded part of it.
    auto invoker = startInvoker(
        writeManifest(
            {fn(QStringLiteral("flood"), QStringLiteral("sh"),
                {QStringLiteral("-c"),
                 QStringLiteral("head -c 5000000 /dev/zero | tr '\\0' x | fold -w 99 >&2; echo done")})}),
        QStringLiteral("flood"));
    QVERIFY(invoker);
    const NatsReply reply = request(QStringLiteral("flood"), "{}", 20000);
    QCOMPARE(reply.status(), QByteArray("ok"));
    QCOMPARE(reply.data, QByteArray("done\n"));
    // Whether the log reader kept up or lines were dropped, the log stays bounded.
    QVERIFY2(invoker->log().size() < 200 * 1024, qPrintable(QString::number(invoker->log().size())));
    QCOMPARE(request(QStringLiteral("flood"), "{}", 20000).status(), QByteArray("ok"));
}

void tst_Invoker::survivesBrokerRestart()
{
    auto invoker = startInvoker(writeManifest({fn(QStringLiteral("steady"), QStringLiteral("cat"))}),
                                QStringLiteral("steady"));
    QVERIFY(invoker);
    QCOMPARE(request(QStringLiteral("steady"), "before").data, QByteArray("before"));
    QVERIFY2(m_broker.restart(), qPrintable(m_broker.errorString()));
    // Both the invoker and our client reconnect on their own; the first requests may find
    // the invoker not yet subscribed again.
    QTRY_COMPARE_WITH_TIMEOUT(request(QStringLiteral("steady"), "after", 1000).data, QByteArray("after"),
                              20000);
    QVERIFY(processExists(invoker->pid()));
}

// A function process gets its event, its result and its log pipes and nothing else of the
// invoker's: not the broker's sockets (nats.c does not mark them close-on-exec), which a
// function could otherwise write into or keep open after the invoker is gone.
void tst_Invoker::functionInheritsOnlyStdio()
{
    const QJsonObject function = fn(QStringLiteral("fds"), QStringLiteral("sh"),
                                    {QStringLiteral("-c"), QStringLiteral("ls /proc/$$/fd")});
    auto invoker = startInvoker(writeManifest({function}), QStringLiteral("fds"));
    QVERIFY(invoker);
    const NatsReply reply = request(QStringLiteral("fds"), QByteArray("{}"));
    QCOMPARE(reply.status(), QByteArray("ok"));
    QCOMPARE(reply.data.trimmed().split('\n'), (QList<QByteArray>{"0", "1", "2"}));
    QCOMPARE(invoker->terminate(), 0);
}

QTEST_GUILESS_MAIN(tst_Invoker)
#include "tst_invoker.moc"
