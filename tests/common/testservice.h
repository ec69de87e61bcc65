#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace Stratus::Test {

// A cluster process from STRATUS_BIN_DIR (stratus-registry, stratus-datastore, ...), started
// and gated on its ready line like the supervisor does; killed on destruction.
class TestService
{
public:
    TestService(const QString &executable, const QStringList &arguments);
    ~TestService();
    TestService(const TestService &) = delete;

    bool waitReady(int timeoutMs = 15000);
    // SIGTERM and wait for the exit; returns the exit code (-1 on timeout or crash).
    int terminate(int timeoutMs = 15000);
    // SIGKILL: a crash, as far as the cluster can tell.
    void kill();
    qint64 pid() const { return m_process.processId(); }
    QString log(); // what the process wrote on stderr so far

private:
    QProcess m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
};

} // namespace Stratus::Test
