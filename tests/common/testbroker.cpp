#include "testbroker.h"

#include "clusterstate.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

#include <csignal>
#include <sys/prctl.h>
#include <sys/wait.h>

namespace Stratus::Test {

TestBroker::TestBroker() = default;

TestBroker::~TestBroker()
{
    stop();
}

bool TestBroker::start(int timeoutMs)
{
    const QString server = QStandardPaths::findExecutable(QStringLiteral("nats-server"));
    if (server.isEmpty()) {
        m_error = QStringLiteral("nats-server not found on PATH");
        return false;
    }
    const QString dir = m_dir.path();
    const QStringList args{QStringLiteral("-a"),
                           QStringLiteral("127.0.0.1"),
                           QStringLiteral("-p"),
                           QString::number(m_port),
                           QStringLiteral("-m"),
                           QStringLiteral("-1"),
                           QStringLiteral("-js"),
                           QStringLiteral("-sd"),
                           dir + QStringLiteral("/js"),
                           QStringLiteral("--ports_file_dir"),
                           dir};
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(server);
    m_process->setArguments(args);
    m_process->setStandardOutputFile(dir + QStringLiteral("/nats.log"));
    m_process->setStandardErrorFile(dir + QStringLiteral("/nats.log"));
    // A test that crashes must not leave its broker behind.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process->start();
    if (!m_process->waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("cannot start nats-server: %1").arg(m_process->errorString());
        return false;
    }
    m_pid = m_process->processId();
    const QString portsFile = dir + QStringLiteral("/nats-server_%1.ports").arg(m_pid);
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QFile f(portsFile);
        if (f.open(QIODevice::ReadOnly)) {
            const QJsonObject ports = QJsonDocument::fromJson(f.readAll()).object();
            const QString nats = ports.value(QStringLiteral("nats")).toArray().first().toString();
            const QString monitoring = ports.value(QStringLiteral("monitoring")).toArray().first().toString();
            if (!nats.isEmpty()) {
                m_url = nats;
                m_port = QUrl(nats).port(-1);
                m_monitorPort = monitoring.section(QLatin1Char(':'), -1).toInt();
                return true;
            }
        }
        QTest::qWait(5); // polling a file the server writes, bounded by the deadline
    }
    m_error = QStringLiteral("nats-server wrote no ports file within %1 ms").arg(timeoutMs);
    stop();
    return false;
}

void TestBroker::stop()
{
    if (m_pid > 0) {
        ::kill(pid_t(m_pid), SIGTERM);
        if (!waitForProcessGone(m_pid, 5000))
            ::kill(pid_t(m_pid), SIGKILL);
        waitForProcessGone(m_pid, 5000);
        m_pid = 0;
    }
    if (m_process) {
        m_process->waitForFinished(1000);
        m_process.reset();
    }
}

bool TestBroker::restart(int timeoutMs)
{
    stop();
    return start(timeoutMs);
}

QString binDir()
{
    return qEnvironmentVariable("STRATUS_BIN_DIR");
}

QString sourceDir()
{
    return qEnvironmentVariable("STRATUS_SOURCE_DIR");
}

bool processExists(qint64 pid)
{
    // A zombie still "exists" for kill(0); look at its state so reaped-or-zombie counts as gone.
    return ClusterState::processAlive(pid);
}

bool waitForProcessGone(qint64 pid, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        ::waitpid(pid_t(pid), nullptr, WNOHANG);
        if (!processExists(pid))
            return true;
        QTest::qWait(5);
    }
    return !processExists(pid);
}

} // namespace Stratus::Test
