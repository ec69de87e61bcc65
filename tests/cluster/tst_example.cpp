// The bundled example project on a real local cluster: every function, cold and warm,
// answers what resources/examples/basic/README.md says it does.

#include "natsclient.h"
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

void tst_Example::loggerWroteItsFile()
{
    QFile log(m_project.filePath(QStringLiteral(".stratus/app.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains("2024-11-28T16:05:34 [INFO] ciao"));
}

QTEST_GUILESS_MAIN(tst_Example)
#include "tst_example.moc"
