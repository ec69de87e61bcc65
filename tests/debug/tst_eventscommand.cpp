// The debugger's command line, driving the real `stratus` binary against a real cluster:
// events ls/show/save/pause/resume, replay (with --diff and --data), test.

#include "natsclient.h"
#include "protocol.h"
#include "testbroker.h"
#include "testproject.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Stratus;
using namespace Stratus::Test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class tst_EventsCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void lsListsTheInvocation();
    void showPrintsTheRecord();
    void replayIsIdentical();
    void replayWithOtherDataDiffers();
    void saveThenTest();
    void pauseAndResume();
    void usageErrors();

private:
    Run stratus(const QStringList &arguments) const;

    QTemporaryDir m_project;
    std::unique_ptr<Supervisor> m_supervisor;
    QString m_event; // e.g. e3
};

Run tst_EventsCommand::stratus(const QStringList &arguments) const
{
    QProcess p;
    p.start(binDir() + QStringLiteral("/stratus"),
            arguments + QStringList{QStringLiteral("--project"), m_project.path()});
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void tst_EventsCommand::initTestCase()
{
    QVERIFY(copyProject(sourceDir() + QStringLiteral("/tests/debug/project"), m_project.path()));
    auto cluster = startCluster(m_project.path());
    QVERIFY2(cluster, qPrintable(cluster.errorMessage()));
    m_supervisor = std::move(*cluster);
    auto client = NatsClient::connect(m_supervisor->brokerUrl());
    QVERIFY2(client, qPrintable(client.errorMessage()));
    const auto reply = client->request(QStringLiteral("fn.classify"), "{\"n\": 5}", 15000,
                                       {{Protocol::RequestIdHeader, "cli-1"}});
    QVERIFY2(reply && reply->status() == "ok", qPrintable(reply.errorMessage()));
}

void tst_EventsCommand::cleanupTestCase()
{
    if (!m_supervisor)
        return;
    QSignalSpy stopped(m_supervisor.get(), &Supervisor::stopped);
    m_supervisor->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 60000);
}

void tst_EventsCommand::lsListsTheInvocation()
{
    Run r;
    QVERIFY(QTest::qWaitFor(
        [&] {
            r = stratus({QStringLiteral("events"), QStringLiteral("ls"), QStringLiteral("--function"),
                         QStringLiteral("classify"), QStringLiteral("--json")});
            return r.exitCode == 0 && r.out.contains(QLatin1String("cli-1"));
        },
        15000));
    const QJsonObject line =
        QJsonDocument::fromJson(r.out.split(QLatin1Char('\n')).constFirst().toUtf8()).object();
    m_event = line.value(QLatin1String("event")).toString();
    QVERIFY2(m_event.startsWith(QLatin1Char('e')), qPrintable(r.out));
    QCOMPARE(line.value(QLatin1String("requestId")).toString(), QStringLiteral("cli-1"));

    const Run table = stratus({QStringLiteral("events"), QStringLiteral("ls")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.startsWith(QLatin1String("EVENT")), qPrintable(table.out));
    QVERIFY(table.out.contains(m_event + QStringLiteral("  ")));
    const Run none = stratus({QStringLiteral("events"), QStringLiteral("ls"), QStringLiteral("--function"),
                              QStringLiteral("greet")});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.out.trimmed(), QStringLiteral("No events."));
}

void tst_EventsCommand::showPrintsTheRecord()
{
    const Run r = stratus({QStringLiteral("events"), QStringLiteral("show"), m_event});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("--- input\n{\"n\": 5}")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("\"double\": 10")));
    QVERIFY(r.out.contains(QLatin1String("classify: n=5")));
    const Run byId = stratus({QStringLiteral("events"), QStringLiteral("show"), QStringLiteral("cli-1"),
                              QStringLiteral("--json")});
    QCOMPARE(byId.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(byId.out.toUtf8()).object().value(QLatin1String("requestId")).toString(),
             QStringLiteral("cli-1"));
}

void tst_EventsCommand::replayIsIdentical()
{
    const Run r = stratus({QStringLiteral("replay"), m_event, QStringLiteral("--diff")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("\"double\": 10")));
    QVERIFY2(r.err.contains(QLatin1String("identical to the recorded output of ") + m_event),
             qPrintable(r.err));
}

void tst_EventsCommand::replayWithOtherDataDiffers()
{
    const Run r = stratus({QStringLiteral("replay"), m_event, QStringLiteral("--data"),
                           QStringLiteral("{\"n\": 6}"), QStringLiteral("--diff")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("$.double: 10 → 12")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("$.parity: \"odd\" → \"even\"")));
}

void tst_EventsCommand::saveThenTest()
{
    const Run saved =
        stratus({QStringLiteral("events"), QStringLiteral("save"), m_event, QStringLiteral("five")});
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
    const QString input = m_project.filePath(QStringLiteral("events/classify/five.json"));
    const QString expected = m_project.filePath(QStringLiteral("events/classify/five.expected.json"));
    QFile file(input);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("{\"n\": 5}"));
    QVERIFY(QFile::exists(expected));

    Run test = stratus({QStringLiteral("test"), QStringLiteral("classify")});
    QVERIFY2(test.exitCode == 0, qPrintable(test.out + test.err));
    QVERIFY(test.out.contains(QLatin1String("PASS  five")));
    QVERIFY(test.out.contains(QLatin1String("classify: 1 of 1 passed")));

    QFile wrong(expected);
    QVERIFY(wrong.open(QIODevice::WriteOnly | QIODevice::Truncate));
    wrong.write("{\"n\": 5, \"double\": 11, \"parity\": \"odd\", \"label\": \"fixture\"}");
    wrong.close();
    test = stratus({QStringLiteral("test"), QStringLiteral("classify")});
    QCOMPARE(test.exitCode, 1);
    QVERIFY2(test.out.contains(QLatin1String("FAIL  five")), qPrintable(test.out));
    QVERIFY(test.out.contains(QStringLiteral("$.double: 11 → 10")));

    test = stratus({QStringLiteral("test"), QStringLiteral("classify"), QStringLiteral("--update")});
    QCOMPARE(test.exitCode, 0);
    test = stratus({QStringLiteral("test"), QStringLiteral("classify")});
    QCOMPARE(test.exitCode, 0);

    const Run noEvents = stratus({QStringLiteral("test"), QStringLiteral("greet")});
    QCOMPARE(noEvents.exitCode, 1);
    QVERIFY(noEvents.err.contains(QLatin1String("no saved events")));
}

void tst_EventsCommand::pauseAndResume()
{
    Run r = stratus({QStringLiteral("events"), QStringLiteral("pause")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QLatin1String("recording paused")), qPrintable(r.out));
    r = stratus({QStringLiteral("events"), QStringLiteral("resume")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QLatin1String("recording on")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("64 MiB")));
}

void tst_EventsCommand::usageErrors()
{
    Run r = stratus({QStringLiteral("replay"), QStringLiteral("e999999")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("there is no event e999999")), qPrintable(r.err));
    r = stratus({QStringLiteral("events"), QStringLiteral("save"), m_event, QStringLiteral("bad/name")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("not a valid test event name")));
    r = stratus(
        {QStringLiteral("events"), QStringLiteral("ls"), QStringLiteral("--limit"), QStringLiteral("zero")});
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(tst_EventsCommand)
#include "tst_eventscommand.moc"
