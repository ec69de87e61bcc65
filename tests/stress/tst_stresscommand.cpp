// `stratus stress` end to end: the real binary against a real broker and invoker, and against
// an HTTP server; JSON output parsed, the hey-style summary read, exit codes checked.

#include "testbroker.h"
#include "testhttpserver.h"
#include "testinvoker.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Stratus::Test;

class tst_StressCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void jsonOpenLoop();
    void heyStyleSummaryClosedLoop();
    void profileFile();
    void thresholdBreachSetsExitCode();
    void http();
    void usageErrors_data();
    void usageErrors();
    void help();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run stratus(const QStringList &arguments, int timeoutMs = 60000);

    TestBroker m_broker;
    QTemporaryDir m_project;
    std::unique_ptr<TestInvoker> m_echo;
    TestHttpServer m_http;
};

void tst_StressCommand::initTestCase()
{
    QVERIFY2(!binDir().isEmpty(), "STRATUS_BIN_DIR is not set (run through ctest)");
    QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
    const QJsonObject echo{{QStringLiteral("name"), QStringLiteral("echo")},
                           {QStringLiteral("command"), binDir() + QStringLiteral("/stratus-echo-cpp")},
                           {QStringLiteral("mode"), QStringLiteral("warm")},
                           {QStringLiteral("timeoutMs"), 3000},
                           {QStringLiteral("maxConcurrency"), 4}};
    const QString manifest = m_project.filePath(QStringLiteral("stratus.json"));
    QFile f(manifest);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                      {QStringLiteral("name"), QStringLiteral("stressed")},
                                      {QStringLiteral("functions"), QJsonArray{echo}}})
                .toJson());
    f.close();
    m_echo = std::make_unique<TestInvoker>(m_broker.url(), manifest, QStringLiteral("echo"));
    QVERIFY2(m_echo->waitReady(), qPrintable(m_echo->log()));
    QVERIFY(m_http.start());
}

void tst_StressCommand::cleanupTestCase()
{
    m_echo.reset();
    m_broker.stop();
}

tst_StressCommand::Run tst_StressCommand::stratus(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("STRATUS_NATS_URL"));
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(binDir() + QStringLiteral("/stratus"), arguments);
    // Spin the event loop (not waitForFinished): the HTTP server lives on this thread.
    Run run;
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = "timed out";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void tst_StressCommand::jsonOpenLoop()
{
    const Run run =
        stratus({QStringLiteral("stress"), QStringLiteral("echo"), QStringLiteral("--project"),
                 m_project.path(), QStringLiteral("--nats"), m_broker.url(), QStringLiteral("--rate"),
                 QStringLiteral("100"), QStringLiteral("--duration"), QStringLiteral("2s"),
                 QStringLiteral("--data"), QStringLiteral("{\"n\":{{seq}}}"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonParseError error;
    const QJsonObject r = QJsonDocument::fromJson(run.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
    QCOMPARE(r.value(QStringLiteral("sent")).toInt(), 200);
    QCOMPARE(r.value(QStringLiteral("ok")).toInt(), 200);
    QCOMPARE(r.value(QStringLiteral("target")).toObject().value(QStringLiteral("subject")).toString(),
             QStringLiteral("fn.echo"));
    QCOMPARE(r.value(QStringLiteral("plan")).toObject().value(QStringLiteral("timeoutMs")).toInt(), 5000);
    const QJsonObject latency = r.value(QStringLiteral("latencyUs")).toObject();
    QVERIFY(latency.value(QStringLiteral("p50")).toDouble() > 0);
    QVERIFY(latency.value(QStringLiteral("p99")).toDouble() >=
            latency.value(QStringLiteral("p50")).toDouble());
    QVERIFY(r.value(QStringLiteral("timeline")).toArray().size() >= 8);
    QCOMPARE(r.value(QStringLiteral("thresholdsBreached")).toBool(), false);

    // --save keeps it in the project, as the workbench does.
    const Run saved =
        stratus({QStringLiteral("stress"), QStringLiteral("echo"), QStringLiteral("--project"),
                 m_project.path(), QStringLiteral("--nats"), m_broker.url(), QStringLiteral("-n"),
                 QStringLiteral("20"), QStringLiteral("-c"), QStringLiteral("2"), QStringLiteral("--save")});
    QVERIFY2(saved.exitCode == 0, saved.err.constData());
    const QStringList files =
        QDir(m_project.filePath(QStringLiteral("stress"))).entryList({QStringLiteral("*.json")});
    QCOMPARE(files.size(), 1);
    QVERIFY(saved.err.contains(files.constFirst().toUtf8()));
}

void tst_StressCommand::heyStyleSummaryClosedLoop()
{
    const Run run = stratus({QStringLiteral("stress"), QStringLiteral("subject:fn.echo"),
                             QStringLiteral("--nats"), m_broker.url(), QStringLiteral("-n"),
                             QStringLiteral("300"), QStringLiteral("-c"), QStringLiteral("10")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString text = QString::fromUtf8(run.out);
    for (const char *line :
         {"Summary:", "  Total:\t", "  Slowest:\t", "  Fastest:\t", "  Average:\t", "  Requests/sec:\t",
          "Response time histogram:", "Latency distribution:", "  10% in ", "  50% in ", "  99.9% in ",
          "Sent:\t\t300 (ok 300, errors 0, cancelled 0)"})
        QVERIFY2(text.contains(QLatin1String(line)),
                 qPrintable(QStringLiteral("no \"%1\" in:\n%2").arg(QLatin1String(line), text)));
}

void tst_StressCommand::profileFile()
{
    const QString path = m_project.filePath(QStringLiteral("ramp.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"name":"ramp","kind":"ramp","from":20,"to":100,"duration":"2s","timeoutMs":2000,
                "payload":{"hello":"world"},"thresholds":["errors<1%"]})");
    f.close();
    const Run run = stratus({QStringLiteral("stress"), QStringLiteral("echo"), QStringLiteral("--project"),
                             m_project.path(), QStringLiteral("--nats"), m_broker.url(),
                             QStringLiteral("--profile"), path, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject r = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(r.value(QStringLiteral("sent")).toInt(), 120);
    QCOMPARE(r.value(QStringLiteral("plan")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("ramp"));
    QCOMPARE(r.value(QStringLiteral("thresholds")).toArray().size(), 1);

    // A broken profile names the file and the field, and nothing runs.
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(R"({"kind":"ramp","from":20,"duration":"2s"})");
    f.close();
    const Run bad = stratus({QStringLiteral("stress"), QStringLiteral("echo"), QStringLiteral("--project"),
                             m_project.path(), QStringLiteral("--nats"), m_broker.url(),
                             QStringLiteral("--profile"), path});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(path.toUtf8() + ": to: missing"), bad.err.constData());
}

void tst_StressCommand::thresholdBreachSetsExitCode()
{
    const Run run =
        stratus({QStringLiteral("stress"), QStringLiteral("subject:fn.echo"), QStringLiteral("--nats"),
                 m_broker.url(), QStringLiteral("-n"), QStringLiteral("50"), QStringLiteral("-c"),
                 QStringLiteral("5"), QStringLiteral("--threshold"), QStringLiteral("p50<1us")});
    QCOMPARE(run.exitCode, 6);
    QVERIFY(run.out.contains("p50<1us\tBREACHED"));
    // Nothing answers on that subject: every request is a no-responders error, classified.
    const Run absent =
        stratus({QStringLiteral("stress"), QStringLiteral("subject:fn.nobody"), QStringLiteral("--nats"),
                 m_broker.url(), QStringLiteral("-n"), QStringLiteral("20"), QStringLiteral("-c"),
                 QStringLiteral("2"), QStringLiteral("--threshold"), QStringLiteral("errors<1%")});
    QCOMPARE(absent.exitCode, 6);
    QVERIFY2(absent.out.contains("[no-responders]\t20 responses"), absent.out.constData());
}

void tst_StressCommand::http()
{
    const Run run =
        stratus({QStringLiteral("stress"), m_http.url(QStringLiteral("/echo")), QStringLiteral("-n"),
                 QStringLiteral("200"), QStringLiteral("-c"), QStringLiteral("8"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject r = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(r.value(QStringLiteral("ok")).toInt(), 200);
    QCOMPARE(r.value(QStringLiteral("target")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("http"));
}

void tst_StressCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString project = m_project.path();
    QTest::newRow("two modes") << QStringList{QStringLiteral("subject:x"),
                                              QStringLiteral("--nats"),
                                              QStringLiteral("nats://127.0.0.1:1"),
                                              QStringLiteral("--rate"),
                                              QStringLiteral("5"),
                                              QStringLiteral("-n"),
                                              QStringLiteral("5")}
                               << 2 << QStringLiteral("exclude each other");
    QTest::newRow("bad rate") << QStringList{QStringLiteral("subject:x"), QStringLiteral("--nats"),
                                             QStringLiteral("nats://127.0.0.1:1"), QStringLiteral("--rate"),
                                             QStringLiteral("fast")}
                              << 2 << QStringLiteral("--rate must be a positive number");
    QTest::newRow("n below c") << QStringList{QStringLiteral("subject:x"),
                                              QStringLiteral("--nats"),
                                              QStringLiteral("nats://127.0.0.1:1"),
                                              QStringLiteral("-n"),
                                              QStringLiteral("2"),
                                              QStringLiteral("-c"),
                                              QStringLiteral("5")}
                               << 2 << QStringLiteral("cannot be smaller than the concurrency");
    QTest::newRow("bad template") << QStringList{QStringLiteral("subject:x"), QStringLiteral("--nats"),
                                                 QStringLiteral("nats://127.0.0.1:1"),
                                                 QStringLiteral("--data"), QStringLiteral("{{sequence}}")}
                                  << 2 << QStringLiteral("unknown variable {{sequence}}");
    QTest::newRow("unknown function")
        << QStringList{QStringLiteral("nope"), QStringLiteral("--project"), project} << 1
        << QStringLiteral("declares no function or flow \"nope\" (targets: echo)");
    QTest::newRow("https") << QStringList{QStringLiteral("https://example.com/")} << 2
                           << QStringLiteral("https is not supported");
    QTest::newRow("no broker") << QStringList{QStringLiteral("subject:x"),
                                              QStringLiteral("--nats"),
                                              QStringLiteral("nats://127.0.0.1:1"),
                                              QStringLiteral("-n"),
                                              QStringLiteral("5"),
                                              QStringLiteral("-c"),
                                              QStringLiteral("1")}
                               << 3 << QStringLiteral("cannot connect to nats://127.0.0.1:1");
}

void tst_StressCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run = stratus(QStringList{QStringLiteral("stress")} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
}

void tst_StressCommand::help()
{
    const Run run = stratus({QStringLiteral("stress"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *word : {"--rate", "--profile", "-n <N>", "-c <C>", "-q <Q>", "-z <D>", "--json",
                             "--threshold", "coordinated omission", "Exit codes"})
        QVERIFY2(run.out.contains(word), word);
}

QTEST_GUILESS_MAIN(tst_StressCommand)
#include "tst_stresscommand.moc"
