#pragma once

#include "configbroker.h"
#include "deploytarget.h"
#include "testservice.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Stratus::Test {

// A second, "remote" cluster on loopback for the deploy tests: its own nats-server with
// user/password authentication and JetStream, a stratus-registry and a stratus-datastore, two stratus-agent
// processes acting as nodes node-a and node-b (each in its own folder), and a bare git repository as the
// deploy remote. Plus a project: a copy of the example in a git repository of its own, with a deploy.json
// naming this cluster as target "loop" and its password in a file SecretStore in the temporary folder.
// Everything is stopped by PID when it goes away.
class RemoteCluster
{
public:
    static constexpr const char *User = "deployer";
    static constexpr const char *Password = "s3cret-pass";
    static constexpr const char *TargetName = "loop";

    RemoteCluster();
    ~RemoteCluster();
    RemoteCluster(const RemoteCluster &) = delete;

    bool start(); // errorString() says why not
    QString errorString() const { return m_error; }

    QString natsUrl() const { return m_url; } // without credentials
    QString authenticatedUrl() const;         // nats://deployer:...@127.0.0.1:PORT
    QString gitRemote() const { return m_dir.filePath(QStringLiteral("remote.git")); }
    QString projectDir() const { return m_dir.filePath(QStringLiteral("project")); }
    QString agentDir(const QString &node) const { return m_dir.filePath(QStringLiteral("agents/") + node); }
    QString secretsFile() const { return m_dir.filePath(QStringLiteral("config/secrets.json")); }
    DeployTarget target() const;
    // The tags of the bare remote (what has been pushed).
    QStringList remoteTags() const;
    QString agentLog(const QString &node);
    // SIGTERM (the agent drains its invokers and exits), then the same agent again.
    bool restartAgent(const QString &node);

private:
    bool startBroker();
    bool setUpProject();
    std::unique_ptr<TestService> startAgent(const QString &node) const;

    QTemporaryDir m_dir;
    ConfigBroker m_broker;
    QString m_url;
    std::unique_ptr<TestService> m_registry;
    std::unique_ptr<TestService> m_datastore;
    std::unique_ptr<TestService> m_agentA;
    std::unique_ptr<TestService> m_agentB;
    QString m_error;
};

} // namespace Stratus::Test
