#include "configbroker.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

namespace Stratus::Test {

ConfigBroker::~ConfigBroker()
{
    if (m_process && m_process->processId() > 0) {
        ::kill(pid_t(m_process->processId()), SIGTERM);
        if (!m_process->waitForFinished(5000))
            m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool ConfigBroker::start(const QString &dir, const QString &configuration)
{
    const QString server = QStandardPaths::findExecutable(QStringLiteral("nats-server"));
    if (server.isEmpty()) {
        m_error = QStringLiteral("nats-server not found on PATH");
        return false;
    }
    QDir().mkpath(dir);
    const QString config = QDir(dir).filePath(QStringLiteral("nats-server.conf"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly) || file.write(configuration.toUtf8()) < 0) {
        m_error = QStringLiteral("cannot write %1").arg(config);
        return false;
    }
    file.close();
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(server);
    m_process->setArguments({QStringLiteral("-c"), config, QStringLiteral("--ports_file_dir"), dir});
    m_process->setStandardOutputFile(QDir(dir).filePath(QStringLiteral("nats.log")));
    m_process->setStandardErrorFile(QDir(dir).filePath(QStringLiteral("nats.log")));
    // A test that crashes must not leave its broker behind.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start nats-server: %1").arg(m_process->errorString());
        return false;
    }
    const QString portsFile =
        QDir(dir).filePath(QStringLiteral("nats-server_%1.ports").arg(m_process->processId()));
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && m_process->state() == QProcess::Running) {
        QFile ports(portsFile);
        if (ports.open(QIODevice::ReadOnly)) {
            m_url = QJsonDocument::fromJson(ports.readAll())
                        .object()
                        .value(QStringLiteral("nats"))
                        .toArray()
                        .first()
                        .toString();
            if (!m_url.isEmpty())
                return true;
        }
        QTest::qWait(5); // polling a file the server writes, bounded by the deadline
    }
    QFile log(QDir(dir).filePath(QStringLiteral("nats.log")));
    m_error =
        QStringLiteral("nats-server did not start: %1")
            .arg(log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QStringLiteral("no log"));
    return false;
}

} // namespace Stratus::Test
