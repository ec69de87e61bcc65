// The bundled example project on a real local cluster: every function, cold and warm,
// answers what resources/examples/basic/README.md says it does, the seed's injection
// example included (handler -> registry -> logger, in JavaScript and Python).

#include "natsclient.h"
#include "registryclient.h"
#include "supervisor.h"
#include "testbroker.h"
#include "testproject.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Stratus;
using namespace Stratus::Test;

class tst_Example : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void invoke_data();
    void invoke();
    void registryHoldsTheManifest();
    void loggerWroteItsFile();

private:
    QTemporaryDir m_project;
    std::unique_ptr<Supervisor> m_supervisor;
    std::unique_ptr<NatsClient> m_client;
};

void tst_Example::initTestCase()
{
    // Copied: the logger writes under the project's .stratus/ folder.
    QVERIFY(copyProject(sourceDir() + QStringLiteral("/resources/examples/basic"), m_project.path()));
    auto cluster = startCluster(m_project.path());
    QVERIFY2(cluster, qPrintable(cluster.errorMessage()));
    m_supervisor = std::move(*cluster);
    auto client = NatsClient::connect(m_supervisor->brokerUrl());
    QVERIFY2(client, qPrintable(client.errorMessage()));
    m_client = std::make_unique<NatsClient>(std::move(*client));
}

void tst_Example::cleanupTestCase()
{
    m_client.reset();
    if (m_supervisor && m_supervisor->state() != Supervisor::State::Stopped) {
        QSignalSpy stopped(m_supervisor.get(), &Supervisor::stopped);
        m_supervisor->stop();
        QVERIFY(stopped.wait(30000));
    }
}

void tst_Example::invoke_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<QByteArray>("event");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray log = R"({"timestamp":"2024-11-28T16:05:34","message":"ciao","severity":"info"})";
    QTest::newRow("logger (cold, seed argv)")
        << QStringLiteral("logger") << log << QByteArray("logging operation succeeded\n");
    QTest::newRow("logger (warm)") << QStringLiteral("logger-warm") << log
                                   << QByteArray("logging operation succeeded\n");
    QTest::newRow("access-control allows")
        << QStringLiteral("access-control")
        << QByteArray(R"({"user":"alice","resource":"reports","action":"delete"})")
        << QByteArray(R"({"allowed":true,"reason":"alice is admin: may delete reports"})");
    QTest::newRow("access-control denies (warm)")
        << QStringLiteral("access-control-warm")
        << QByteArray(R"({"user":"carol","resource":"reports","action":"write"})")
        << QByteArray(R"({"allowed":false,"reason":"carol is viewer: may not write reports"})");
    QTest::newRow("echo-py") << QStringLiteral("echo-py") << QByteArray(R"({"a":1})")
                             << QByteArray(R"({"a":1})");
    QTest::newRow("echo-py-warm") << QStringLiteral("echo-py-warm") << QByteArray("\xff\xfe raw")
                                  << QByteArray("\xff\xfe raw");
    QTest::newRow("echo-sh") << QStringLiteral("echo-sh") << QByteArray("hello") << QByteArray("hello");
    QTest::newRow("echo-sh-warm") << QStringLiteral("echo-sh-warm") << QByteArray("hello")
                                  << QByteArray("hello");

    // The seed's injection example: the handler finds `log` in the registry and invokes the
    // logging function on the topic it found.
    const QByteArray logged =
        R"({"service":"log","topic":"fn.logger-warm","result":"logging operation succeeded"})";
    const QByteArray injected =
        R"({"timestamp":"2024-11-28T16:05:35","message":"injected","severity":"warn"})";
    QTest::newRow("handler (js, seed message)") << QStringLiteral("handler") << QByteArray("{}") << logged;
    QTest::newRow("handler (js)") << QStringLiteral("handler") << injected << logged;
    QTest::newRow("handler-py") << QStringLiteral("handler-py") << injected << logged;
    QTest::newRow("handler-access (js)")
        << QStringLiteral("handler-access")
        << QByteArray(R"({"user":"bob","resource":"reports","action":"write"})")
        << QByteArray(R"({"service":"access-control","topic":"fn.access-control-warm","result":)"
                      R"({"allowed":true,"reason":"bob is editor: may write reports"}})");

    // The flows (README's "Flows"): by name, a flow's trigger.
    QTest::newRow("flow fizzbuzz 15") << QStringLiteral("flow:fizzbuzz") << QByteArray(R"({"n":15})")
                                      << QByteArray(R"({"n":15,"result":"FizzBuzz"})");
    QTest::newRow("flow fizzbuzz 7") << QStringLiteral("flow:fizzbuzz") << QByteArray("7")
                                     << QByteArray(R"({"n":7,"result":"7"})");
    for (const char *chain : {"chain-1", "chain-2", "chain-6"})
        QTest::newRow(chain) << QStringLiteral("flow:") + QLatin1String(chain) << QByteArray(R"({"x":1})")
                             << QByteArray(R"({"hops":)") + QByteArray(chain).mid(6) + R"(,"x":1})";
}

void tst_Example::invoke()
{
    QFETCH(QString, function);
    QFETCH(QByteArray, event);
    QFETCH(QByteArray, expected);
    QString subject;
    if (function.startsWith(QLatin1String("flow:"))) {
        const FlowSpec *flow = m_supervisor->manifest().flow(function.mid(5));
        QVERIFY(flow);
        subject = flow->trigger;
    } else {
        const FunctionSpec *spec = m_supervisor->manifest().function(function);
        QVERIFY(spec);
        subject = spec->trigger;
    }
    const auto reply = m_client->request(subject, event, 10000);
    QVERIFY2(reply, qPrintable(reply.errorMessage()));
    QVERIFY2(reply->status() == "ok", reply->data.constData());
    QCOMPARE(reply->data, expected);
}

void tst_Example::registryHoldsTheManifest()
{
    auto registry = RegistryClient::connect(m_supervisor->brokerUrl());
    QVERIFY2(registry, qPrintable(registry.errorMessage()));
    const auto services = registry->list(RegistryEntry::Kind::Service);
    QVERIFY2(services, qPrintable(services.errorMessage()));
    QCOMPARE(services->size(), m_supervisor->manifest().services.size());
    const auto functions = registry->list(RegistryEntry::Kind::Function);
    QVERIFY2(functions, qPrintable(functions.errorMessage()));
    QCOMPARE(functions->size(), m_supervisor->manifest().functions.size());
}

void tst_Example::loggerWroteItsFile()
{
    QFile log(m_project.filePath(QStringLiteral(".stratus/app.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray text = log.readAll();
    QVERIFY(text.contains("2024-11-28T16:05:34 [INFO] ciao"));
    // Written by the logger on the handlers' behalf, found through the registry.
    QVERIFY(text.contains("2024-11-28T16:05:35 [WARN] injected"));
}

QTEST_GUILESS_MAIN(tst_Example)
#include "tst_example.moc"
