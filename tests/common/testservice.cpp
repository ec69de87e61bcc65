#include "testservice.h"

#include "testbroker.h"

#include <QDeadlineTimer>

#include <csignal>
#include <sys/prctl.h>

namespace Stratus::Test {

TestService::TestService(const QString &executable, const QStringList &arguments)
{
    m_process.setProgram(binDir() + QLatin1Char('/') + executable);
    m_process.setArguments(arguments);
    // A test or benchmark that dies must not leave its processes behind.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process.start();
}

TestService::~TestService()
{
    if (m_process.state() != QProcess::NotRunning)
        kill();
}

bool TestService::waitReady(int timeoutMs)
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

int TestService::terminate(int timeoutMs)
{
    ::kill(pid_t(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(timeoutMs))
        return -1;
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void TestService::kill()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

QString TestService::log()
{
    m_stderr += m_process.readAllStandardError();
    return QString::fromUtf8(m_stderr);
}

} // namespace Stratus::Test
