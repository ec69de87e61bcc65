#include "flowspec.h"
#include "functionspec.h"
#include "invokerlaunch.h"
#include "manifest.h"
#include "stopbudget.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Stratus;
using namespace Qt::StringLiterals;

// The recipe the local supervisor and the deploy agent share for an invoker replica: its
// command line, and how long whoever stops it waits — never less than the invoker's own drain
// (its run timeout and StopBudget's margin) plus the idle workers' second to exit.
class tst_InvokerLaunch : public QObject
{
    Q_OBJECT

private slots:
    void functionReplica_data();
    void functionReplica();
    void flowReplica_data();
    void flowReplica();
};

namespace {

Manifest manifestAt(const QString &dir)
{
    Manifest m;
    m.projectDir = dir;
    m.filePath = dir + QStringLiteral("/stratus.json");
    return m;
}

constexpr int WorkerExitMs = 1000; // local-cluster/invoker: an idle worker's time to leave

} // namespace

void tst_InvokerLaunch::functionReplica_data()
{
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<int>("graceMs");
    QTest::newRow("a short timeout: 4 s over it") << 500 << 4500;
    QTest::newRow("the default timeout") << 30000 << 34000;
    QTest::newRow("near the cap") << 116000 << 120000;
    QTest::newRow("over the cap: the drain ends in time for it") << 3600000 << StopBudget::MaxGraceMs;
}

void tst_InvokerLaunch::functionReplica()
{
    QFETCH(int, timeoutMs);
    QFETCH(int, graceMs);
    FunctionSpec function;
    function.name = QStringLiteral("echo");
    function.timeoutMs = timeoutMs;
    const InvokerLaunch launch(QStringLiteral("/opt/bin/stratus-invoker"),
                               QStringLiteral("nats://127.0.0.1:4222"), manifestAt(QStringLiteral("/p")),
                               QStringLiteral("/logs"));

    const ManagedProcess::Spec spec = launch.spec(function, 2);
    QCOMPARE(spec.id, QStringLiteral("invoker.echo.2"));
    QCOMPARE(spec.role, ManagedProcess::Role::Invoker);
    QCOMPARE(spec.program, QStringLiteral("/opt/bin/stratus-invoker"));
    QCOMPARE(spec.arguments,
             (QStringList{u"--nats"_s, u"nats://127.0.0.1:4222"_s, u"--manifest"_s, u"/p/stratus.json"_s,
                          u"--function"_s, u"echo"_s, u"--replica"_s, u"2"_s}));
    QCOMPARE(spec.workingDir, QStringLiteral("/p"));
    QCOMPARE(spec.logFile, QStringLiteral("/logs/invoker.echo.2.log"));
    QCOMPARE(spec.stopGraceMs, graceMs);
    QVERIFY(spec.stopGraceMs >= StopBudget::drainMs(timeoutMs) + WorkerExitMs);
    QVERIFY(StopBudget::drainMs(timeoutMs) >=
            std::min(timeoutMs, StopBudget::MaxGraceMs - StopBudget::KillAfterDrainMs));
}

void tst_InvokerLaunch::flowReplica_data()
{
    QTest::addColumn<QByteArray>("file"); // empty: no file
    QTest::addColumn<int>("graceMs");
    const QByteArray flow =
        R"({"version": 1, "start": "end", %1 "nodes": [{"id": "end", "kind": "end"}], "edges": []})";
    QTest::newRow("the format's default run timeout") << QByteArray(flow).replace("%1", "") << 64000;
    QTest::newRow("a run timeout over a minute")
        << QByteArray(flow).replace("%1", R"("timeoutMs": 90000,)") << 94000;
    QTest::newRow("a short one") << QByteArray(flow).replace("%1", R"("timeoutMs": 1000,)") << 5000;
    QTest::newRow("an unreadable file: the default") << QByteArray() << 64000;
}

void tst_InvokerLaunch::flowReplica()
{
    QFETCH(QByteArray, file);
    QFETCH(int, graceMs);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    FlowSpec flow;
    flow.name = QStringLiteral("long");
    flow.file = dir.filePath(QStringLiteral("long.flow.json"));
    if (!file.isEmpty()) {
        QFile f(flow.file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(file);
    }
    const InvokerLaunch launch(QStringLiteral("/opt/bin/stratus-invoker"),
                               QStringLiteral("nats://127.0.0.1:4222"), manifestAt(dir.path()), dir.path());

    const ManagedProcess::Spec spec = launch.spec(flow, InvokerLaunch::flowRunTimeoutMs(flow), 0);
    QCOMPARE(spec.id, QStringLiteral("flow.long.0"));
    QCOMPARE(spec.role, ManagedProcess::Role::Flow);
    QVERIFY(spec.arguments.contains(QStringLiteral("--flow")));
    QCOMPARE(spec.arguments.at(spec.arguments.indexOf(QStringLiteral("--flow")) + 1), QStringLiteral("long"));
    QCOMPARE(spec.stopGraceMs, graceMs);
}

QTEST_GUILESS_MAIN(tst_InvokerLaunch)
#include "tst_invokerlaunch.moc"
