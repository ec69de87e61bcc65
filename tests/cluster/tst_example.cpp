// The bundled example project on a real local cluster: every function, cold and warm,
// answers what resources/examples/basic/README.md says it does, the seed's injection
// example included (handler -> registry -> logger, in JavaScript and Python).

#include "natsclient.h"
#include "registryclient.h"
#include "supervisor.h"
#include "testbroker.h"

#include <QDirIterator>
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

namespace {

// The example is copied first: the logger writes under the project's .stratus/ folder, and
// a test must not write into the source tree.
bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString relative = QDir(from).relativeFilePath(source);
        if (relative.startsWith(QLatin1String(".stratus/")))
            continue;
        const QString target = QDir(to).filePath(relative);
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(source, target))
            return false;
        QFile::setPermissions(target, QFileInfo(source).permissions());
    }
    return true;
}

} // namespace

void tst_Example::initTestCase()
{
    QVERIFY(copyTree(sourceDir() + QStringLiteral("/resources/examples/basic"), m_project.path()));
    const auto manifest = Manifest::load(m_project.path());
    QVERIFY2(manifest, qPrintable(manifest.errorMessage()));
    Supervisor::Options options;
    options.binDir = binDir();
    m_supervisor = std::make_unique<Supervisor>(options);
    QSignalSpy started(m_supervisor.get(), &Supervisor::started);
    QSignalSpy failed(m_supervisor.get(), &Supervisor::failed);
    m_supervisor->start(*manifest);
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !failed.isEmpty(), 60000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
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
}

void tst_Example::invoke()
{
    QFETCH(QString, function);
    QFETCH(QByteArray, event);
    QFETCH(QByteArray, expected);
    const FunctionSpec *spec = m_supervisor->manifest().function(function);
    QVERIFY(spec);
    const auto reply = m_client->request(spec->trigger, event, 10000);
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
