// FunctionReplayer against a real cluster's records: three recorded invocations replay with
// identical output; an edited input changes it and JsonDiff names the path; saved events
// write, read and run (one failing on purpose); a debugger nobody attaches to times out.

#include "debugwrapper.h"
#include "eventstore.h"
#include "functionreplayer.h"
#include "jsondiff.h"
#include "natsclient.h"
#include "protocol.h"
#include "savedevents.h"
#include "savedeventsrunner.h"
#include "testbroker.h"
#include "testproject.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Stratus;
using namespace Stratus::Test;

class tst_FunctionReplayer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void replaysThreeRecordedInvocations_data();
    void replaysThreeRecordedInvocations();
    void editedInputChangesTheOutput();
    void argumentTemplatesAndErrors();
    void savedEventsRunAll();
    void debuggerNobodyAttachesTimesOut_data();
    void debuggerNobodyAttachesTimesOut();
    void debugpyListens();
    void manifestChecksDebugAndRecording();

private:
    ReplayResult replay(const QString &function, const QByteArray &input,
                        const FunctionReplayer::Options &options = {});

    QTemporaryDir m_project;
    Manifest m_manifest;
    std::unique_ptr<Supervisor> m_supervisor;
    std::unique_ptr<EventStore> m_store;
};

void tst_FunctionReplayer::initTestCase()
{
    QVERIFY(copyProject(sourceDir() + QStringLiteral("/tests/debug/project"), m_project.path()));
    // The replays must find the helper libraries where the build puts them.
    qputenv(Protocol::EnvSdkDir, (binDir() + QStringLiteral("/../sdk")).toUtf8());
    auto manifest = Manifest::load(m_project.path());
    QVERIFY2(manifest, qPrintable(manifest.errorMessage()));
    m_manifest = *manifest;
    auto cluster = startCluster(m_project.path());
    QVERIFY2(cluster, qPrintable(cluster.errorMessage()));
    m_supervisor = std::move(*cluster);
    auto store = EventStore::connect(m_supervisor->brokerUrl());
    QVERIFY2(store, qPrintable(store.errorMessage()));
    m_store = std::make_unique<EventStore>(std::move(*store));
    auto client = NatsClient::connect(m_supervisor->brokerUrl());
    QVERIFY2(client, qPrintable(client.errorMessage()));
    const QList<std::pair<QString, QByteArray>> invocations{
        {QStringLiteral("classify"), "{\"n\": 7}"},
        {QStringLiteral("greet"), "{\"name\": \"ada\", \"polite\": true}"},
        {QStringLiteral("shout"), "hello replay"},
    };
    int i = 0;
    for (const auto &[function, event] : invocations) {
        const auto reply = client->request(QStringLiteral("fn.") + function, event, 15000,
                                           {{Protocol::RequestIdHeader, "three-" + QByteArray::number(++i)}});
        QVERIFY2(reply && reply->status() == "ok",
                 reply ? reply->data.constData() : qPrintable(reply.errorMessage()));
    }
}

void tst_FunctionReplayer::cleanupTestCase()
{
    m_store.reset();
    if (!m_supervisor)
        return;
    QSignalSpy stopped(m_supervisor.get(), &Supervisor::stopped);
    m_supervisor->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 60000);
}

ReplayResult tst_FunctionReplayer::replay(const QString &function, const QByteArray &input,
                                          const FunctionReplayer::Options &options)
{
    FunctionReplayer replayer;
    QSignalSpy finished(&replayer, &FunctionReplayer::finished);
    replayer.start(m_manifest, function, input, options);
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20000))
        return {};
    return finished.first().first().value<ReplayResult>();
}

void tst_FunctionReplayer::replaysThreeRecordedInvocations_data()
{
    QTest::addColumn<QString>("requestId");
    QTest::newRow("warm python") << QStringLiteral("three-1");
    QTest::newRow("cold node with a template") << QStringLiteral("three-2");
    QTest::newRow("cold shell, not JSON") << QStringLiteral("three-3");
}

void tst_FunctionReplayer::replaysThreeRecordedInvocations()
{
    QFETCH(QString, requestId);
    RecordedEvent event;
    QVERIFY(QTest::qWaitFor(
        [&] {
            auto found = m_store->find(requestId);
            if (found)
                event = *found;
            return bool(found);
        },
        15000));
    const auto input = m_store->fullInput(event);
    QVERIFY2(input, qPrintable(input.errorMessage()));
    FunctionReplayer::Options options;
    options.natsUrl = m_supervisor->brokerUrl();
    const ReplayResult result = replay(event.name, *input, options);
    QVERIFY2(result.ok(), qPrintable(result.status + QLatin1Char(' ') + result.error + result.stderrText));
    QCOMPARE(result.output, event.output());
    QVERIFY(JsonDiff::compare(event.output(), result.output).identical());
    QVERIFY(result.environment.contains(QStringLiteral("STRATUS_FUNCTION=") + event.name));
    QVERIFY(result.environment.contains(QStringLiteral("STRATUS_MODE=cold")));
}

void tst_FunctionReplayer::editedInputChangesTheOutput()
{
    const auto event = m_store->find(QStringLiteral("three-1"));
    QVERIFY2(event, qPrintable(event.errorMessage()));
    const ReplayResult result = replay(QStringLiteral("classify"), "{\"n\": 8}");
    QVERIFY2(result.ok(), qPrintable(result.error));
    const JsonDiff diff = JsonDiff::compare(event->output(), result.output);
    QVERIFY(diff.isJson());
    QCOMPARE(diff.changedPaths(),
             (QStringList{QStringLiteral("$.double"), QStringLiteral("$.n"), QStringLiteral("$.parity")}));
    QVERIFY2(diff.summary().contains(QStringLiteral("$.parity: \"odd\" → \"even\"")),
             qPrintable(diff.summary()));
}

void tst_FunctionReplayer::argumentTemplatesAndErrors()
{
    const ReplayResult missingField = replay(QStringLiteral("greet"), "{}");
    QCOMPARE(missingField.status, QStringLiteral("bad-request"));
    QVERIFY2(missingField.error.contains(QLatin1String("{{name}}")), qPrintable(missingField.error));
    const ReplayResult failing = replay(QStringLiteral("classify"), "{\"fail\": true}");
    QCOMPARE(failing.status, QStringLiteral("function-error"));
    QVERIFY(failing.stderrText.contains(QLatin1String("asked to fail")));
    const ReplayResult unknown = replay(QStringLiteral("nope"), "{}");
    QCOMPARE(unknown.status, QStringLiteral("bad-request"));
    QVERIFY(unknown.error.contains(QLatin1String("\"nope\"")));
}

void tst_FunctionReplayer::savedEventsRunAll()
{
    const SavedEvents saved(m_project.path());
    QVERIFY(!SavedEvents::checkName(QStringLiteral("../escape")));
    QVERIFY(saved.save(QStringLiteral("classify"), QStringLiteral("seven"), "{\"n\": 7}",
                       QByteArray("{\"n\":7,\"double\":14,\"parity\":\"odd\",\"label\":\"fixture\"}")));
    QVERIFY(saved.save(QStringLiteral("classify"), QStringLiteral("wrong"), "{\"n\": 2}",
                       QByteArray("{\"n\":2,\"double\":5,\"parity\":\"even\",\"label\":\"fixture\"}")));
    QVERIFY(saved.save(QStringLiteral("classify"), QStringLiteral("unchecked"), "{\"n\": 1}", std::nullopt));
    const auto listed = saved.list(QStringLiteral("classify"));
    QVERIFY2(listed, qPrintable(listed.errorMessage()));
    QCOMPARE(listed->size(), 3);
    QCOMPARE(listed->at(0).name, QStringLiteral("seven"));
    QVERIFY(QFile::exists(m_project.filePath(QStringLiteral("events/classify/seven.expected.json"))));

    SavedEventsRunner runner;
    QSignalSpy finished(&runner, &SavedEventsRunner::finished);
    runner.start(m_manifest, QStringLiteral("classify"));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    QVERIFY(finished.first().at(1).toString().isEmpty());
    const QList<SavedEventOutcome> outcomes = runner.outcomes();
    QCOMPARE(outcomes.size(), 3);
    QVERIFY(outcomes[0].passed);  // seven
    QVERIFY(outcomes[1].passed);  // unchecked: no expected output
    QVERIFY(!outcomes[2].passed); // wrong
    QVERIFY2(outcomes[2].verdict.contains(QStringLiteral("$.double: 5 → 4")),
             qPrintable(outcomes[2].verdict));

    // --update takes the outputs as expected: then everything passes.
    QSignalSpy updated(&runner, &SavedEventsRunner::finished);
    runner.start(m_manifest, QStringLiteral("classify"), true);
    QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty(), 30000);
    QSignalSpy again(&runner, &SavedEventsRunner::finished);
    runner.start(m_manifest, QStringLiteral("classify"));
    QTRY_VERIFY_WITH_TIMEOUT(!again.isEmpty(), 30000);
    for (const SavedEventOutcome &o : runner.outcomes())
        QVERIFY2(o.passed, qPrintable(o.verdict));

    SavedEventsRunner none;
    QSignalSpy nothing(&none, &SavedEventsRunner::finished);
    none.start(m_manifest, QStringLiteral("shout"));
    QTRY_VERIFY_WITH_TIMEOUT(!nothing.isEmpty(), 5000);
    QVERIFY(nothing.first().at(1).toString().contains(QLatin1String("no saved events")));
}

void tst_FunctionReplayer::debuggerNobodyAttachesTimesOut_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<int>("port");
    QTest::newRow("node --inspect-brk") << QStringLiteral("greet") << 45679;
    if (QProcess::execute(QStringLiteral("/usr/bin/python3"),
                          {QStringLiteral("-c"), QStringLiteral("import debugpy")}) == 0)
        QTest::newRow("debugpy") << QStringLiteral("classify") << 45678;
    if (QFileInfo::exists(QStringLiteral("/usr/bin/gdbserver")))
        QTest::newRow("gdbserver") << QStringLiteral("cat-native") << 45680;
}

void tst_FunctionReplayer::debuggerNobodyAttachesTimesOut()
{
    QFETCH(QString, function);
    QFETCH(int, port);
    FunctionReplayer replayer;
    QSignalSpy waiting(&replayer, &FunctionReplayer::waitingForDebugger);
    QSignalSpy finished(&replayer, &FunctionReplayer::finished);
    FunctionReplayer::Options options;
    options.debug = true;
    replayer.start(m_manifest, function, "{\"name\": \"ada\", \"n\": 1}", options);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().first().toString(), QStringLiteral("127.0.0.1:%1").arg(port));
    const ReplayResult result = finished.first().first().value<ReplayResult>();
    QCOMPARE(result.status, QStringLiteral("no-debugger"));
    QVERIFY2(result.error.contains(
                 QStringLiteral("no debugger attached to 127.0.0.1:%1 within 1500 ms").arg(port)),
             qPrintable(result.error));
    QTRY_VERIFY_WITH_TIMEOUT(!DebugWrapper::isListening(port), 5000); // the wrapper is gone with its group
}

void tst_FunctionReplayer::debugpyListens()
{
    if (QProcess::execute(QStringLiteral("/usr/bin/python3"),
                          {QStringLiteral("-c"), QStringLiteral("import debugpy")}) != 0)
        QSKIP("debugpy is not installed (apt-get install python3-debugpy)");
    FunctionReplayer replayer;
    QSignalSpy waiting(&replayer, &FunctionReplayer::waitingForDebugger);
    QSignalSpy attached(&replayer, &FunctionReplayer::debuggerAttached);
    QSignalSpy finished(&replayer, &FunctionReplayer::finished);
    FunctionReplayer::Options options;
    options.debug = true;
    replayer.start(m_manifest, QStringLiteral("classify"), "{\"n\": 1}", options);
    QVERIFY(QTest::qWaitFor([&] { return !waiting.isEmpty() || !finished.isEmpty(); }, 15000));
    QCOMPARE(waiting.size(), 1);
    QVERIFY2(replayer.isRunning(), "the replay ended before a debugger could attach");
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), 45678);
    QVERIFY2(socket.waitForConnected(5000), qPrintable(socket.errorString()));
    // A client connected: the replay counts as attached and stops waiting.
    QTRY_VERIFY_WITH_TIMEOUT(!attached.isEmpty(), 5000);
    replayer.cancel();
    QCOMPARE(finished.last().first().value<ReplayResult>().status, QStringLiteral("cancelled"));
}

void tst_FunctionReplayer::manifestChecksDebugAndRecording()
{
    const QByteArray bad = R"({
  "functions": [
    {"name": "a", "command": "python3", "debug": {"runtime": "python-pdb"}},
    {"name": "b", "command": "node", "debug": {"runtime": "lldb", "port": 0}}
  ],
  "recording": {"maxBytes": 10, "maxMessages": 0, "size": 1}
})";
    const auto parsed = Manifest::parse(bad, QStringLiteral("stratus.json"));
    QVERIFY(!parsed);
    const QString e = parsed.errorMessage();
    QVERIFY2(e.contains(
                 QLatin1String("stratus.json:3: functions[0].debug.runtime: python-pdb is not supported: pdb "
                               "reads its commands from stdin")),
             qPrintable(e));
    QVERIFY2(e.contains(
                 QLatin1String("functions[1].debug.runtime: must be one of python-debugpy, node, gdbserver, "
                               "not \"lldb\"")),
             qPrintable(e));
    QVERIFY(e.contains(QLatin1String("functions[1].debug.port: must be an integer from 1 to 65535")));
    QVERIFY(e.contains(QLatin1String("recording.maxBytes: must be an integer from 1048576")));
    QVERIFY(e.contains(QLatin1String("recording.maxMessages: must be -1 (no limit) or a positive number")));
    QVERIFY(e.contains(QLatin1String("recording.size: unknown key")));

    const auto good =
        Manifest::parse(R"({"functions": [{"name": "a", "command": "node"}]})", QStringLiteral("s.json"));
    QVERIFY2(good, qPrintable(good.errorMessage()));
    QCOMPARE(good->recording, RecordingSettings());
    QVERIFY(good->functions.constFirst().debug.runtime.isEmpty());
    QVERIFY(!DebugWrapper::forFunction(good->functions.constFirst()));
}

QTEST_GUILESS_MAIN(tst_FunctionReplayer)
#include "tst_functionreplayer.moc"
