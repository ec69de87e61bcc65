#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Stratus::Test {

// A real nats-server with JetStream on 127.0.0.1, on ports it picks itself, stopped by
// its PID when the object goes away.
class TestBroker
{
public:
    TestBroker();
    ~TestBroker();
    TestBroker(const TestBroker &) = delete;

    bool start(int timeoutMs = 10000);
    void stop();
    // Stops the broker and starts it again on the same port and JetStream store directory:
    // what a broker restart looks like to the cluster's clients.
    bool restart(int timeoutMs = 10000);
    QString url() const { return m_url; }
    int monitorPort() const { return m_monitorPort; }
    qint64 pid() const { return m_pid; }
    QString errorString() const { return m_error; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    qint64 m_pid = 0;
    int m_port = -1; // -1 until the first start picked one
    QString m_url;
    int m_monitorPort = 0;
    QString m_error;
};

// Where the build put the cluster's executables, and the source tree.
QString binDir();
QString sourceDir();
bool processExists(qint64 pid);
// Waits (polling with a deadline) until pid is gone; reaps it when it is our child.
bool waitForProcessGone(qint64 pid, int timeoutMs);

} // namespace Stratus::Test
