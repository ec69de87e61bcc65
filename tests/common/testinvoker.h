#pragma once

#include <QProcess>
#include <QString>

namespace Stratus::Test {

// A real stratus-invoker for one function of a manifest, started and gated on its ready
// line like the supervisor does; terminated by PID (SIGTERM, then SIGKILL) on destruction.
class TestInvoker
{
public:
    TestInvoker(const QString &natsUrl, const QString &manifestPath, const QString &function,
                int replica = 0);
    ~TestInvoker();

    bool waitReady(int timeoutMs = 15000);
    // SIGTERM and wait for a clean exit; returns the exit code (-1 on timeout/crash).
    int terminate(int timeoutMs = 15000);
    qint64 pid() const { return m_process.processId(); }
    QString log(); // what the invoker wrote on stderr so far
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
};

} // namespace Stratus::Test
