// The helper libraries of resources/sdk, driven the way the invoker drives them
// (docs/protocol.md): a real worker process per language, its stdout read strictly, so any
// stray byte on it fails the test. Then every function of the example project, run by hand
// from its manifest entry, cold or warm.

#include "manifest.h"
#include "testproject.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Stratus;

namespace {

// Generous: a worker start on a loaded two-core machine is well under a second.
constexpr int TimeoutMs = 20000;
// What the test workers print on stdout when asked to (tests/sdk/workers).
const QByteArray FakeFrame("STRATUS-RESULT fake ok 5\nnoise");
const QStringList FunctionPath{QStringLiteral("/usr/local/bin"), QStringLiteral("/usr/bin"),
                               QStringLiteral("/bin")};

QString sourceDir()
{
    return qEnvironmentVariable("STRATUS_SOURCE_DIR");
}

QString sdkDir()
{
    return sourceDir() + QStringLiteral("/resources/sdk");
}

QString exampleDir()
{
    return sourceDir() + QStringLiteral("/resources/examples/basic");
}

// Resolved on the PATH functions get, as the invoker resolves a manifest's command.
QString interpreter(const QString &name)
{
    return QStandardPaths::findExecutable(name, FunctionPath);
}

// The environment the invoker gives a function (docs/protocol.md, "Cold mode").
QProcessEnvironment functionEnvironment(const QString &mode)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), FunctionPath.join(QLatin1Char(':')));
    env.insert(QStringLiteral("HOME"), QDir::homePath());
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    if (!mode.isEmpty())
        env.insert(QStringLiteral("STRATUS_MODE"), mode);
    env.insert(QStringLiteral("STRATUS_SDK_DIR"), sdkDir());
    env.insert(QStringLiteral("PYTHONPATH"), sdkDir() + QStringLiteral("/python"));
    env.insert(QStringLiteral("NODE_PATH"), sdkDir() + QStringLiteral("/node"));
    // Not the invoker's doing: keeps the source tree free of __pycache__ folders.
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    return env;
}

QByteArray frame(const QByteArray &id, const QByteArray &event)
{
    return "STRATUS-INVOKE " + id + ' ' + QByteArray::number(event.size()) + '\n' + event;
}

struct Frame
{
    QByteArray id;
    QByteArray status;
    QByteArray payload;
};

// A function process under test. Its stdout is parsed strictly as the protocol says: the
// first unexpected byte is an error, never skipped.
class Worker
{
public:
    Worker(const QString &program, const QStringList &arguments, const QString &mode,
           const QString &workingDir = {})
    {
        m_process.setProgram(program);
        m_process.setArguments(arguments);
        m_process.setProcessEnvironment(functionEnvironment(mode));
        if (!workingDir.isEmpty())
            m_process.setWorkingDirectory(workingDir);
    }
    ~Worker()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(TimeoutMs);
        }
    }

    bool start()
    {
        m_process.start();
        if (!m_process.waitForStarted(TimeoutMs))
            return fail(
                QStringLiteral("cannot start %1: %2").arg(m_process.program(), m_process.errorString()));
        return true;
    }

    void send(const QByteArray &bytes)
    {
        m_process.write(bytes);
        m_process.waitForBytesWritten(TimeoutMs);
    }

    // True when the worker wrote nothing on stdout within `ms`: used to prove it waits for
    // the rest of a frame, and to let the first half reach it on its own.
    bool silentFor(int ms) { return !m_process.waitForReadyRead(ms) && m_buffer.isEmpty(); }

    bool readReady()
    {
        const QByteArray ready("STRATUS-READY\n");
        if (!fill(ready.size()))
            return false;
        if (!m_buffer.startsWith(ready))
            return fail(QStringLiteral("expected STRATUS-READY first, got '%1'")
                            .arg(QString::fromUtf8(m_buffer.left(200))));
        m_buffer.remove(0, ready.size());
        return true;
    }

    std::optional<Frame> readFrame()
    {
        static const QRegularExpression header(QStringLiteral("^STRATUS-RESULT (\\S+) (ok|error) (\\d+)$"));
        QDeadlineTimer deadline(TimeoutMs);
        qsizetype nl;
        while ((nl = m_buffer.indexOf('\n')) < 0) {
            if (m_buffer.size() > 1024 || !waitForOutput(deadline))
                return failed(QStringLiteral("no frame header; stdout so far: '%1'")
                                  .arg(QString::fromUtf8(m_buffer.left(200))));
        }
        const auto match = header.match(QString::fromLatin1(m_buffer.left(nl)));
        if (!match.hasMatch())
            return failed(
                QStringLiteral("not a result header: '%1'").arg(QString::fromUtf8(m_buffer.left(nl))));
        const qsizetype length = match.captured(3).toLongLong();
        if (!fill(nl + 1 + length))
            return std::nullopt;
        Frame result{match.captured(1).toLatin1(), match.captured(2).toLatin1(),
                     m_buffer.mid(nl + 1, length)};
        m_buffer.remove(0, nl + 1 + length);
        return result;
    }

    // Closes stdin and waits for the exit; true when the worker exited normally with `code`.
    bool closeAndExit(int code)
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(TimeoutMs))
            return fail(QStringLiteral("did not exit after stdin closed"));
        m_buffer += m_process.readAllStandardOutput();
        if (m_process.exitStatus() != QProcess::NormalExit || m_process.exitCode() != code)
            return fail(QStringLiteral("exited with status %1 code %2, expected code %3")
                            .arg(int(m_process.exitStatus()))
                            .arg(m_process.exitCode())
                            .arg(code));
        return true;
    }

    // What stdout held beyond the frames read: must be empty for a well-behaved worker.
    QByteArray rest() const { return m_buffer; }
    QByteArray log()
    {
        m_log += m_process.readAllStandardError();
        return m_log;
    }
    const char *error()
    {
        m_message =
            (m_error + QStringLiteral("\n--- worker stderr ---\n") + QString::fromUtf8(log())).toUtf8();
        return m_message.constData();
    }

private:
    bool waitForOutput(const QDeadlineTimer &deadline)
    {
        if (!m_process.waitForReadyRead(int(deadline.remainingTime())))
            return false;
        m_buffer += m_process.readAllStandardOutput();
        return true;
    }
    bool fill(qsizetype size)
    {
        QDeadlineTimer deadline(TimeoutMs);
        m_buffer += m_process.readAllStandardOutput();
        while (m_buffer.size() < size) {
            if (!waitForOutput(deadline))
                return fail(QStringLiteral("expected %1 bytes on stdout, got %2 ('%3')")
                                .arg(size)
                                .arg(m_buffer.size())
                                .arg(QString::fromUtf8(m_buffer.left(200))));
        }
        return true;
    }
    bool fail(const QString &why)
    {
        m_error = why;
        return false;
    }
    std::nullopt_t failed(const QString &why)
    {
        m_error = why;
        return std::nullopt;
    }

    QProcess m_process;
    QByteArray m_buffer;
    QByteArray m_log;
    QString m_error;
    QByteArray m_message;
};

// {{field}} filled from the event's top-level JSON fields, as docs/protocol.md says.
QStringList fillTemplates(const QStringList &args, const QByteArray &event)
{
    static const QRegularExpression field(QStringLiteral("\\{\\{([^{}]+)\\}\\}"));
    const QJsonObject object = QJsonDocument::fromJson(event).object();
    QStringList filled;
    for (QString arg : args) {
        auto it = field.globalMatch(arg);
        while (it.hasNext()) {
            const auto m = it.next();
            const QJsonValue v = object.value(m.captured(1));
            const QString text =
                v.isString()
                    ? v.toString()
                    : QString::fromUtf8(
                          QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
            arg.replace(m.captured(0), text);
        }
        filled << arg;
    }
    return filled;
}

QString resolveCommand(const FunctionSpec &f, const QString &workingDir)
{
    return f.command.contains(QLatin1Char('/')) ? QDir(workingDir).absoluteFilePath(f.command)
                                                : interpreter(f.command);
}

const QByteArray LoggerEvent(R"({"timestamp":"2024-11-28T16:05:34","message":"ciao ✓","severity":"info"})");

} // namespace

class tst_Sdk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void readyAnnounced_data() { languages(); }
    void readyAnnounced();
    void mergedFrames_data() { languages(); }
    void mergedFrames();
    void splitFrame_data() { languages(); }
    void splitFrame();
    void largePayload_data() { languages(); }
    void largePayload();
    void byteLengths_data() { languages(); }
    void byteLengths();
    void handlerFailure_data() { languages(); }
    void handlerFailure();
    void handlerPrints_data() { languages(); }
    void handlerPrints();
    void frameInFlightWhenStdinCloses_data() { languages(); }
    void frameInFlightWhenStdinCloses();
    void cold_data() { languages(); }
    void cold();
    void coldFailure_data() { languages(); }
    void coldFailure();
    void nodeInjectorLoadsClientWhenUsed();

    void exampleCoversEveryFunction();
    void example_data();
    void example();
    void loggerWritesItsFile_data();
    void loggerWritesItsFile();
    void loggerRejectsWrongArguments();

private:
    void languages();
    std::unique_ptr<Worker> startWorker(const QString &mode = QStringLiteral("warm"));
    void runExample(const QString &name, const QByteArray &event, const QString &projectCopy,
                    QByteArray *output);
    Manifest m_example;
};

void tst_Sdk::initTestCase()
{
    QVERIFY2(QFileInfo::exists(sdkDir()), "STRATUS_SOURCE_DIR must name the source tree");
    for (const char *name : {"python3", "node", "bash"})
        QVERIFY2(!interpreter(QLatin1String(name)).isEmpty(), name);
    const auto manifest = Manifest::load(exampleDir());
    QVERIFY2(manifest, qPrintable(manifest.errorMessage()));
    m_example = *manifest;
}

// One row per helper library, each running the test worker of tests/sdk/workers: echo,
// except "fail" (the handler fails) and "print:REST" (the handler prints a fake frame on
// stdout, then returns REST). `printed` is what "print:clean" answers, and `printLogged`
// whether the fake frame must show up in the log instead.
void tst_Sdk::languages()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("printed");
    QTest::addColumn<bool>("printLogged");
    const QString workers = sourceDir() + QStringLiteral("/tests/sdk/workers/");
    QTest::newRow("python") << interpreter(QStringLiteral("python3"))
                            << QStringList{workers + QStringLiteral("worker.py")} << QByteArray("clean")
                            << true;
    QTest::newRow("node") << interpreter(QStringLiteral("node"))
                          << QStringList{workers + QStringLiteral("worker.js")} << QByteArray("clean")
                          << true;
    // A shell handler's stdout is its result by design: the fake frame is payload, length-framed.
    QTest::newRow("shell") << interpreter(QStringLiteral("bash"))
                           << QStringList{workers + QStringLiteral("worker.sh")} << FakeFrame + "clean"
                           << false;
    QTest::newRow("cpp") << qEnvironmentVariable("STRATUS_BIN_DIR") + QStringLiteral("/tst_sdk_worker_cpp")
                         << QStringList{} << QByteArray("clean") << true;
}

std::unique_ptr<Worker> tst_Sdk::startWorker(const QString &mode)
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    auto worker = std::make_unique<Worker>(program, arguments, mode);
    if (!worker->start())
        return nullptr;
    return worker;
}

#define START_WARM_WORKER(worker)                                                                            \
    const auto worker = startWorker();                                                                       \
    QVERIFY(worker);                                                                                         \
    QVERIFY2(worker->readReady(), worker->error())

#define EXPECT_FRAME(worker, expectedId, expectedStatus, expectedPayload)                                    \
    do {                                                                                                     \
        const auto f = worker->readFrame();                                                                  \
        QVERIFY2(f, worker->error());                                                                        \
        QCOMPARE(f->id, QByteArray(expectedId));                                                             \
        QCOMPARE(f->status, QByteArray(expectedStatus));                                                     \
        QCOMPARE(f->payload, QByteArray(expectedPayload));                                                   \
    } while (false)

void tst_Sdk::readyAnnounced()
{
    START_WARM_WORKER(worker);
    // Nothing but READY before the first event: the invoker would take it for broken framing.
    QVERIFY2(worker->rest().isEmpty(), worker->rest().constData());
    QVERIFY2(worker->closeAndExit(0), worker->error());
    QCOMPARE(worker->rest(), QByteArray());
}

void tst_Sdk::mergedFrames()
{
    START_WARM_WORKER(worker);
    worker->send(frame("m-1", "first") + frame("m-2", "") + frame("m-3", "third\nwith newline"));
    EXPECT_FRAME(worker, "m-1", "ok", "first");
    EXPECT_FRAME(worker, "m-2", "ok", "");
    EXPECT_FRAME(worker, "m-3", "ok", "third\nwith newline");
    QVERIFY2(worker->closeAndExit(0), worker->error());
    QCOMPARE(worker->rest(), QByteArray());
}

void tst_Sdk::splitFrame()
{
    START_WARM_WORKER(worker);
    const QByteArray bytes = frame("split-1", "a payload cut in two");
    const qsizetype headerCut = 10;                           // inside "STRATUS-INVOKE"
    const qsizetype payloadCut = bytes.indexOf('\n') + 1 + 7; // inside the payload
    worker->send(bytes.left(headerCut));
    QVERIFY2(worker->silentFor(150), "answered half a header");
    worker->send(bytes.mid(headerCut, payloadCut - headerCut));
    QVERIFY2(worker->silentFor(150), "answered before the whole payload arrived");
    worker->send(bytes.mid(payloadCut));
    EXPECT_FRAME(worker, "split-1", "ok", "a payload cut in two");
    QVERIFY2(worker->closeAndExit(0), worker->error());
}

void tst_Sdk::largePayload()
{
    START_WARM_WORKER(worker);
    // Every byte value, NUL and newline included, so no layer may treat the payload as text.
    QByteArray payload(1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < payload.size(); ++i)
        payload[i] = char((i * 7 + i / 256) & 0xff);
    worker->send(frame("big", payload) + frame("after-big", "small"));
    EXPECT_FRAME(worker, "big", "ok", payload);
    EXPECT_FRAME(worker, "after-big", "ok", "small");
    QVERIFY2(worker->closeAndExit(0), worker->error());
}

void tst_Sdk::byteLengths()
{
    START_WARM_WORKER(worker);
    const QByteArray utf8("h\xc3\xa9llo w\xc3\xb6rld \xe2\x9c\x93 \xf0\x9d\x84\x9e"); // héllo wörld ✓ 𝄞
    const QByteArray notUtf8("\xff\xfe\x80 half a character: \xe2\x9c");
    QVERIFY(QString::fromUtf8(utf8).size() < utf8.size()); // lengths in characters would be wrong
    worker->send(frame("utf8", utf8) + frame("not-utf8", notUtf8) + frame("next", "ok?"));
    EXPECT_FRAME(worker, "utf8", "ok", utf8);
    EXPECT_FRAME(worker, "not-utf8", "ok", notUtf8);
    EXPECT_FRAME(worker, "next", "ok", "ok?");
    QVERIFY2(worker->closeAndExit(0), worker->error());
}

void tst_Sdk::handlerFailure()
{
    START_WARM_WORKER(worker);
    worker->send(frame("bad", "fail"));
    const auto failed = worker->readFrame();
    QVERIFY2(failed, worker->error());
    QCOMPARE(failed->id, QByteArray("bad"));
    QCOMPARE(failed->status, QByteArray("error"));
    QVERIFY2(failed->payload.contains("boom: failure requested"), failed->payload.constData());
    // The same worker goes on.
    worker->send(frame("good", "still here"));
    EXPECT_FRAME(worker, "good", "ok", "still here");
    QVERIFY2(worker->closeAndExit(0), worker->error());
}

void tst_Sdk::handlerPrints()
{
    QFETCH(QByteArray, printed);
    QFETCH(bool, printLogged);
    START_WARM_WORKER(worker);
    worker->send(frame("noisy", "print:clean"));
    EXPECT_FRAME(worker, "noisy", "ok", printed);
    worker->send(frame("quiet", "next"));
    EXPECT_FRAME(worker, "quiet", "ok", "next");
    QVERIFY2(worker->closeAndExit(0), worker->error());
    QCOMPARE(worker->rest(), QByteArray());
    if (printLogged)
        QVERIFY2(worker->log().contains(FakeFrame), "what the handler printed is not in the log");
}

// The protocol lets the invoker close stdin right after its last frame: that frame is still
// answered, then the worker exits 0.
void tst_Sdk::frameInFlightWhenStdinCloses()
{
    START_WARM_WORKER(worker);
    worker->send(frame("last", "goodbye"));
    QVERIFY2(worker->closeAndExit(0), worker->error());
    EXPECT_FRAME(worker, "last", "ok", "goodbye");
    QCOMPARE(worker->rest(), QByteArray());
}

// Once with STRATUS_MODE=cold and once without it: cold is the default.
void tst_Sdk::cold()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    const QByteArray event("{\"a\":1,\"t\":\"\xc3\xa9\"}\n\xff binary tail");
    for (const QString &mode : {QStringLiteral("cold"), QString()}) {
        Worker worker(program, arguments, mode);
        QVERIFY2(worker.start(), worker.error());
        worker.send(event);
        QVERIFY2(worker.closeAndExit(0), worker.error());
        QCOMPARE(worker.rest(), event);
    }
}

void tst_Sdk::coldFailure()
{
    const auto worker = startWorker(QStringLiteral("cold"));
    QVERIFY(worker);
    worker->send("fail");
    QVERIFY2(!worker->closeAndExit(0), "a failing handler exited 0 in cold mode");
    QCOMPARE(worker->rest(), QByteArray());
    QVERIFY2(worker->log().contains("boom: failure requested"), worker->log().constData());
}

// An idle warm worker that requires the injector must not carry the NATS client: V8 collects
// the grown heap seconds after the start, on the cluster's core (docs/sdk.md).
void tst_Sdk::nodeInjectorLoadsClientWhenUsed()
{
    const char *script = R"(
        const loaded = () => Object.keys(require.cache).some((p) => p.includes('/node_modules/nats/'));
        const injector = require('stratus_injector');
        const before = loaded();
        const connect = typeof injector.nats.connect;
        console.log(JSON.stringify({ before, after: loaded(), connect }));
    )";
    QProcess node;
    node.setProcessEnvironment(functionEnvironment(QStringLiteral("warm")));
    node.start(interpreter(QStringLiteral("node")), {QStringLiteral("-e"), QString::fromLatin1(script)});
    QVERIFY2(node.waitForFinished(TimeoutMs), "node did not finish");
    QCOMPARE(node.exitCode(), 0);
    QCOMPARE(node.readAllStandardOutput().trimmed(),
             QByteArray(R"({"before":false,"after":true,"connect":"function"})"));
}

namespace {

struct ExampleCase
{
    const char *tag;
    QString function;
    QByteArray event;
    QByteArray expected;
};

// What resources/examples/basic/README.md promises, function by function.
QList<ExampleCase> exampleCases()
{
    const QByteArray logged("logging operation succeeded\n");
    const QByteArray aliceDeletes(R"({"user":"alice","resource":"reports","action":"delete"})");
    const QByteArray carolWrites(R"({"user":"carol","resource":"reports","action":"write"})");
    return {
        {"logger (cold, the seed's argv)", QStringLiteral("logger"), LoggerEvent, logged},
        {"logger-warm", QStringLiteral("logger-warm"), LoggerEvent, logged},
        {"access-control allows", QStringLiteral("access-control"), aliceDeletes,
         R"({"allowed":true,"reason":"alice is admin: may delete reports"})"},
        {"access-control denies", QStringLiteral("access-control"), carolWrites,
         R"({"allowed":false,"reason":"carol is viewer: may not write reports"})"},
        {"access-control unknown user", QStringLiteral("access-control"),
         R"({"user":"mallory","resource":"reports","action":"read"})",
         R"({"allowed":false,"reason":"unknown user mallory"})"},
        {"access-control-warm", QStringLiteral("access-control-warm"), carolWrites,
         R"({"allowed":false,"reason":"carol is viewer: may not write reports"})"},
        {"echo-py", QStringLiteral("echo-py"), R"({"a":1})", R"({"a":1})"},
        {"echo-py-warm", QStringLiteral("echo-py-warm"), "\xff\xfe raw \xc3\xa9", "\xff\xfe raw \xc3\xa9"},
        {"echo-sh", QStringLiteral("echo-sh"), R"({"a":1})", R"({"a":1})"},
        {"echo-sh-warm", QStringLiteral("echo-sh-warm"), "hello\nworld", "hello\nworld"},
        {"fizzbuzz-check fizzbuzz", QStringLiteral("fizzbuzz-check"), R"({"n":30})",
         R"({"n":30,"kind":"fizzbuzz"})"},
        {"fizzbuzz-check fizz", QStringLiteral("fizzbuzz-check"), R"({"n":9})", R"({"n":9,"kind":"fizz"})"},
        {"fizzbuzz-check buzz", QStringLiteral("fizzbuzz-check"), R"({"n":10})", R"({"n":10,"kind":"buzz"})"},
        {"fizzbuzz-check bare number", QStringLiteral("fizzbuzz-check"), "7", R"({"n":7,"kind":"number"})"},
        {"fizz", QStringLiteral("fizz"), R"({"n":3,"kind":"fizz"})", R"({"n":3,"result":"Fizz"})"},
        {"buzz", QStringLiteral("buzz"), R"({"n":5})", R"({"n":5,"result":"Buzz"})"},
        {"fizzbuzz", QStringLiteral("fizzbuzz"), R"({"n":15})", R"({"n":15,"result":"FizzBuzz"})"},
        {"number", QStringLiteral("number"), R"({"n":7})", R"({"n":7,"result":7})"},
        {"step", QStringLiteral("step"), R"({"hops":2,"x":1})", R"({"hops":3,"x":1})"},
    };
}

} // namespace

// Runs one function of the example from its manifest entry, in a copy of the project (the
// logger writes under .stratus/), as the invoker would: cold with {{field}} templates
// filled, or warm with one frame.
void tst_Sdk::runExample(const QString &name, const QByteArray &event, const QString &projectCopy,
                         QByteArray *output)
{
    const FunctionSpec *f = m_example.function(name);
    QVERIFY2(f, qPrintable(QStringLiteral("%1 is not in the example's manifest").arg(name)));
    const QString workingDir =
        QDir(projectCopy).filePath(QDir(m_example.projectDir).relativeFilePath(f->workingDir));
    const QString program = resolveCommand(*f, workingDir);
    QVERIFY2(!program.isEmpty(), qPrintable(f->command));
    const bool warm = f->mode == FunctionSpec::Mode::Warm;
    Worker worker(program, warm ? f->args : fillTemplates(f->args, event), FunctionSpec::modeName(f->mode),
                  workingDir);
    QVERIFY2(worker.start(), worker.error());
    if (!warm) {
        worker.send(event);
        QVERIFY2(worker.closeAndExit(0), worker.error());
        *output = worker.rest();
        return;
    }
    QVERIFY2(worker.readReady(), worker.error());
    worker.send(frame("example-1", event));
    const auto result = worker.readFrame();
    QVERIFY2(result, worker.error());
    QCOMPARE(result->id, QByteArray("example-1"));
    QVERIFY2(result->status == "ok", result->payload.constData());
    QVERIFY2(worker.closeAndExit(0), worker.error());
    QCOMPARE(worker.rest(), QByteArray());
    *output = result->payload;
}

// A new function in the example cannot ship without a row in example_data().
void tst_Sdk::exampleCoversEveryFunction()
{
    QSet<QString> tested;
    for (const ExampleCase &c : exampleCases())
        tested.insert(c.function);
    // The seed's handlers call other functions through the registry: they need a running
    // cluster, so tests/cluster/tst_example.cpp covers them instead.
    for (const char *needsCluster : {"handler", "handler-access", "handler-py"})
        tested.insert(QLatin1String(needsCluster));
    for (const FunctionSpec &f : std::as_const(m_example.functions))
        QVERIFY2(tested.contains(f.name), qPrintable(QStringLiteral("no test for %1").arg(f.name)));
}

void tst_Sdk::example_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<QByteArray>("event");
    QTest::addColumn<QByteArray>("expected");
    for (const ExampleCase &c : exampleCases())
        QTest::newRow(c.tag) << c.function << c.event << c.expected;
}

void tst_Sdk::example()
{
    QFETCH(QString, function);
    QFETCH(QByteArray, event);
    QFETCH(QByteArray, expected);
    QTemporaryDir project;
    QVERIFY(Test::copyProject(exampleDir(), project.path()));
    QByteArray output;
    runExample(function, event, project.path(), &output);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(output, expected);
}

void tst_Sdk::loggerWritesItsFile_data()
{
    QTest::addColumn<QString>("function");
    QTest::newRow("cold") << QStringLiteral("logger");
    QTest::newRow("warm") << QStringLiteral("logger-warm");
}

void tst_Sdk::loggerWritesItsFile()
{
    QFETCH(QString, function);
    QTemporaryDir project;
    QVERIFY(Test::copyProject(exampleDir(), project.path()));
    QByteArray output;
    for (int i = 0; i < 2; ++i) {
        runExample(function, LoggerEvent, project.path(), &output);
        if (QTest::currentTestFailed())
            return;
    }
    QFile log(project.filePath(QStringLiteral(".stratus/app.log")));
    QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(log.fileName()));
    const QByteArray line("2024-11-28T16:05:34 [INFO] ciao \xe2\x9c\x93\n");
    QCOMPARE(log.readAll(), line + line); // appended, not overwritten
}

// The seed's interface, unchanged: three arguments or a usage message and exit 1.
void tst_Sdk::loggerRejectsWrongArguments()
{
    QTemporaryDir project;
    QVERIFY(Test::copyProject(exampleDir(), project.path()));
    Worker worker(interpreter(QStringLiteral("node")),
                  {QStringLiteral("functions/logger.js"), QStringLiteral("only-one")}, QStringLiteral("cold"),
                  project.path());
    QVERIFY2(worker.start(), worker.error());
    QVERIFY2(worker.closeAndExit(1), worker.error());
    QCOMPARE(worker.rest(), QByteArray());
    QVERIFY2(worker.log().contains("Usage: node logger.js <timestamp> <message> <severity>"),
             worker.log().constData());
    QVERIFY(!QFileInfo::exists(project.filePath(QStringLiteral(".stratus/app.log"))));
}

QTEST_GUILESS_MAIN(tst_Sdk)
#include "tst_sdk.moc"
