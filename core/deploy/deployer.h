#pragma once

#include "deployevent.h"
#include "deploytarget.h"
#include "natsclient.h"
#include "nodestatus.h"
#include "releasegit.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace Stratus {

class SecretStore;

// The deploy flow of one project to one target (docs/deploy.md): validate locally, commit the
// project's snapshot to the deploy ref and tag it, push, ask every agent of the target to
// deploy, collect their progress. Also the target's status, its releases and rollback.
// Blocking (network, git, waiting for nodes): the CLI calls it directly, the workbench on a
// worker thread. progress is called on the calling thread.
class Deployer
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::Deployer)

public:
    struct Secrets
    {
        QString nats; // password, token or nkey seed, as the target's auth says
        QString git;  // git password/token, or the ssh key's passphrase
    };

    struct NodeResult
    {
        QString node;
        bool ok = false;
        QString release;  // what the node runs afterwards
        QString previous; // what it ran before
        QString message;  // the failure's reason, or the last event's message
    };

    struct Report
    {
        QString deployId;
        QString release;
        QString tag;
        QString commit;
        QList<NodeResult> nodes;
        bool ok() const;
        // "release R runs on node-a, node-b" or which nodes failed, why, and what they still run.
        QString summary() const;
    };

    using Progress = std::function<void(const DeployEvent &event)>;

    Deployer(QString projectDir, DeployTarget target, Secrets secrets);

    // The target's secrets from the store; STRATUS_DEPLOY_SECRET and STRATUS_DEPLOY_GIT_SECRET
    // override them (for CI, where there is no keychain).
    static Result<Secrets> loadSecrets(const QString &projectDir, const DeployTarget &target,
                                       const SecretStore &store);

    const DeployTarget &target() const { return m_target; }

    // Every agent that answers within windowMs (sooner when every node of target.nodes did).
    Result<QList<NodeStatus>> status(int windowMs = 1000) const;
    Result<Report> deploy(const QString &message, const Progress &progress = {}) const;
    Result<Report> rollback(const QString &release, const Progress &progress = {}) const;
    // fetchFirst: get the releases others pushed from the target's git remote first.
    Result<QList<ReleaseGit::Release>> releases(bool fetchFirst) const;
    Result<QString> diff(const QString &release) const;

    // Checks what a node will check before anything leaves this machine: the manifest and
    // every flow of the project.
    static Status validateProject(const QString &projectDir);

private:
    Result<NatsClient> connect() const;
    Result<QList<NodeStatus>> statusOn(const NatsClient &nats, int windowMs) const;
    Result<QList<NodeStatus>> readyNodes(const NatsClient &nats) const;
    // Sends the request to every node and follows their events to the end.
    Report runOnNodes(const NatsClient &nats, const QList<NodeStatus> &nodes, const QString &suffix,
                      const QJsonObject &request, Report report, const Progress &progress) const;
    void local(const Progress &progress, const QString &stage, const QString &message) const;

    QString m_projectDir;
    DeployTarget m_target;
    Secrets m_secrets;
};

} // namespace Stratus
