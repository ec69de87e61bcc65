#pragma once

#include "manifest.h"
#include "natsclient.h"
#include "natsconnectoptions.h"
#include "nodestatus.h"
#include "releasegit.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace Stratus::Agent {

class ReleaseRunner;

// stratus-agent: one per node of a remote cluster (docs/deploy.md). Answers status requests,
// deploys releases fetched from git (fetch, check out, validate, register, start the new
// invokers, drain the old ones) and rolls back to a kept one, publishing every step. All its
// state lives on the thread of its event loop: nats.c callbacks only queue work to it, and the
// slow steps (git, the registry) run on the thread pool.
class Agent : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString node;
        QString dir; // releases/, cache.git, logs/, agent.json
        NatsConnectOptions nats;
        QString childNatsUrl; // what the invokers connect to (credentials in the URL)
        QString binDir;
        QString gitRemote; // overrides the deploy request's remote
        ReleaseGit::Credentials gitCredentials;
        int keep = 5;
        int readyTimeoutMs = 30000;
    };

    explicit Agent(Options options, QObject *parent = nullptr);
    ~Agent() override;

    // Connects, subscribes, restarts the release that ran before.
    Status start();
    // Drains the running release; finished() follows.
    void shutdown();

    NodeStatus status() const;

signals:
    void finished();

private:
    struct Job
    {
        QString deployId;
        QString release;
        QString tag;
        QString commit;
        QString gitRemote;
        int keep = 5;
        bool rollback = false;
        QString releaseDir;
        Manifest manifest;
        bool registered = false;
    };

    static void onMessage(natsConnection *, natsSubscription *, natsMsg *msg, void *closure);
    void handle(const QString &subject, const QString &reply, const QByteArray &data);
    void respond(const QString &reply, const QJsonObject &body) const;
    void beginJob(const QString &reply, const QJsonObject &request, bool rollback);
    void publish(const QString &stage, const QString &message = {});
    void failJob(const QString &reason);
    void afterFetch(const Status &fetched);
    void registerRelease();
    void startRelease();
    void finishJob();
    void loadState();
    Status saveState() const;
    void pruneReleases();
    QString releasesDir() const;

    Options m_options;
    std::shared_ptr<const NatsClient> m_nats;
    NatsSubscriptionPtr m_statusSub;
    NatsSubscriptionPtr m_requestSub;
    QDateTime m_startedAt;
    QString m_current;  // release running
    QStringList m_kept; // newest first
    QPointer<ReleaseRunner> m_runner;
    QPointer<ReleaseRunner> m_next; // being started
    std::unique_ptr<Job> m_job;
    bool m_shuttingDown = false;
};

} // namespace Stratus::Agent
