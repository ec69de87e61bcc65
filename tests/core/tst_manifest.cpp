// Manifest parsing: defaults, and errors that name the file, the line and the key.

#include "manifest.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Stratus;

class tst_Manifest : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void fullFunction();
    void errors_data();
    void errors();
    void missingFile();
    void exampleProjectLoads();
};

void tst_Manifest::defaults()
{
    const auto m = Manifest::parse(R"({"functions":[{"name":"echo","command":"cat"}]})",
                                   QStringLiteral("/p/stratus.json"));
    QVERIFY2(m, qPrintable(m.errorMessage()));
    QCOMPARE(m->projectDir, QStringLiteral("/p"));
    QCOMPARE(m->name, QStringLiteral("p"));
    QCOMPARE(m->functions.size(), 1);
    const FunctionSpec &f = m->functions.first();
    QCOMPARE(f.trigger, QStringLiteral("fn.echo"));
    QCOMPARE(f.group, QStringLiteral("echo"));
    QCOMPARE(f.mode, FunctionSpec::Mode::Cold);
    QCOMPARE(f.replicas, 1);
    QCOMPARE(f.workingDir, QStringLiteral("/p"));
    QVERIFY(f.output.isEmpty());
    QCOMPARE(m->function(QStringLiteral("echo")), &m->functions.first());
    QCOMPARE(m->function(QStringLiteral("nope")), nullptr);
}

void tst_Manifest::fullFunction()
{
    const QByteArray text = R"({
  "version": 1,
  "name": "demo",
  "broker": {"port": 4333, "maxPayload": 2097152, "threads": 0},
  "functions": [{
    "name": "logger", "command": "node", "args": ["logger.js", "{{timestamp}}"],
    "workdir": "functions", "trigger": "log", "output": "log.done", "group": "loggers",
    "replicas": 3, "mode": "warm", "timeoutMs": 1500, "maxConcurrency": 8, "maxQueue": 50,
    "maxOutputBytes": 4096, "env": {"LEVEL": "debug"}
  }]
})";
    const auto m = Manifest::parse(text, QStringLiteral("/p/stratus.json"));
    QVERIFY2(m, qPrintable(m.errorMessage()));
    QCOMPARE(m->name, QStringLiteral("demo"));
    QCOMPARE(m->broker.port, 4333);
    QCOMPARE(m->broker.maxPayload, 2097152);
    QCOMPARE(m->broker.threads, 0);
    const FunctionSpec &f = m->functions.first();
    QCOMPARE(f.args, (QStringList{QStringLiteral("logger.js"), QStringLiteral("{{timestamp}}")}));
    QCOMPARE(f.workingDir, QStringLiteral("/p/functions"));
    QCOMPARE(f.trigger, QStringLiteral("log"));
    QCOMPARE(f.output, QStringLiteral("log.done"));
    QCOMPARE(f.group, QStringLiteral("loggers"));
    QCOMPARE(f.replicas, 3);
    QCOMPARE(f.mode, FunctionSpec::Mode::Warm);
    QCOMPARE(f.timeoutMs, 1500);
    QCOMPARE(f.maxConcurrency, 8);
    QCOMPARE(f.maxQueue, 50);
    QCOMPARE(f.maxOutputBytes, 4096);
    QCOMPARE(f.env.value(QStringLiteral("LEVEL")), QStringLiteral("debug"));
}

void tst_Manifest::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not JSON") << QByteArray("{\n  \"functions\": [\n    {\"name\": \"a\",}\n  ]\n}")
                              << QStringLiteral("/p/stratus.json:3:");
    QTest::newRow("not an object") << QByteArray("[1]") << QStringLiteral("must be a JSON object");
    QTest::newRow("no functions") << QByteArray("{}")
                                  << QStringLiteral("/p/stratus.json:1: functions: is required");
    QTest::newRow("missing command") << QByteArray("{\"functions\": [\n  {\"name\": \"a\"}\n]}")
                                     << QStringLiteral(
                                            "/p/stratus.json:2: functions[0].command: is required");
    QTest::newRow("bad mode")
        << QByteArray("{\"functions\": [{\"name\": \"a\", \"command\": \"x\",\n \"mode\": \"hot\"}]}")
        << QStringLiteral("/p/stratus.json:2: functions[0].mode: must be \"cold\" or \"warm\"");
    QTest::newRow("unknown key")
        << QByteArray("{\"functions\": [{\"name\": \"a\", \"command\": \"x\",\n\n \"timout\": 5}]}")
        << QStringLiteral("/p/stratus.json:3: functions[0].timout: unknown key");
    QTest::newRow("negative timeout")
        << QByteArray("{\"functions\": [{\"name\": \"a\", \"command\": \"x\", \"timeoutMs\": -1}]}")
        << QStringLiteral("functions[0].timeoutMs: must be an integer from 1");
    QTest::newRow("negative broker threads")
        << QByteArray(
               "{\"broker\": {\"threads\": -1}, \"functions\": [{\"name\": \"a\", \"command\": \"x\"}]}")
        << QStringLiteral("broker.threads: must be an integer from 0 to 1024");
    QTest::newRow("fractional replicas")
        << QByteArray("{\"functions\": [{\"name\": \"a\", \"command\": \"x\", \"replicas\": 1.5}]}")
        << QStringLiteral("functions[0].replicas: must be an integer from 0 to 64");
    QTest::newRow("duplicate name") << QByteArray("{\"functions\": [{\"name\": \"a\", \"command\": "
                                                  "\"x\"},\n{\"name\": \"a\", \"command\": \"y\"}]}")
                                    << QStringLiteral(
                                           "/p/stratus.json:2: functions[1].name: 'a' is declared twice");
    QTest::newRow("bad name") << QByteArray("{\"functions\": [{\"name\": \"a b\", \"command\": \"x\"}]}")
                              << QStringLiteral("functions[0].name: 'a b' is not a valid name");
    QTest::newRow("wildcard trigger")
        << QByteArray("{\"functions\": [{\"name\": \"a\", \"command\": \"x\", \"trigger\": \"fn.*\"}]}")
        << QStringLiteral("functions[0].trigger: 'fn.*' is not a NATS subject");
    QTest::newRow("env not strings")
        << QByteArray("{\"functions\": [{\"name\": \"a\", \"command\": \"x\", \"env\": {\"N\": 1}}]}")
        << QStringLiteral("functions[0].env.N: must be a string");
    QTest::newRow("args not array")
        << QByteArray("{\"functions\": [{\"name\": \"a\", \"command\": \"x\", \"args\": \"-v\"}]}")
        << QStringLiteral("functions[0].args: must be an array of strings");
    QTest::newRow("future version") << QByteArray("{\"version\": 2, \"functions\": []}")
                                    << QStringLiteral("version: version 2 is newer");
}

void tst_Manifest::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    const auto m = Manifest::parse(text, QStringLiteral("/p/stratus.json"));
    QVERIFY(!m);
    QVERIFY2(m.errorMessage().contains(expected), qPrintable(m.errorMessage()));
}

void tst_Manifest::missingFile()
{
    QTemporaryDir dir;
    const auto m = Manifest::load(dir.path());
    QVERIFY(!m);
    QVERIFY2(m.errorMessage().contains(QStringLiteral("no such file")), qPrintable(m.errorMessage()));
}

void tst_Manifest::exampleProjectLoads()
{
    const QString example =
        qEnvironmentVariable("STRATUS_SOURCE_DIR") + QStringLiteral("/resources/examples/basic");
    const auto m = Manifest::load(example);
    QVERIFY2(m, qPrintable(m.errorMessage()));
    QVERIFY(m->functions.size() >= 4);
}

QTEST_GUILESS_MAIN(tst_Manifest)
#include "tst_manifest.moc"
