#include "testinvoker.h"

#include "testbroker.h"

#include <QDeadlineTimer>

#include <csignal>

namespace Stratus::Test {

TestInvoker::TestInvoker(const QString &natsUrl, const QString &manifestPath, const QString &function,
                         int replica)
{
    m_process.setProgram(binDir() + QStringLiteral("/stratus-invoker"));
    m_process.setArguments({QStringLiteral("--nats"), natsUrl, QStringLiteral("--manifest"), manifestPath,
                            QStringLiteral("--function"), function, QStringLiteral("--replica"),
                            QString::number(replica)});
    m_process.start();
}

TestInvoker::~TestInvoker()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool TestInvoker::waitReady(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!m_stdout.contains("stratus-ready\n")) {
        if (m_process.state() == QProcess::NotRunning || deadline.hasExpired())
            return false;
        m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        m_stdout += m_process.readAllStandardOutput();
    }
    return true;
}

int TestInvoker::terminate(int timeoutMs)
{
    ::kill(pid_t(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(timeoutMs))
        return -1;
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

QString TestInvoker::log()
{
    m_stderr += m_process.readAllStandardError();
    return QString::fromUtf8(m_stderr);
}

} // namespace Stratus::Test
