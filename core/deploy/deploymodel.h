#pragma once

#include "deployevent.h"
#include "deploytarget.h"
#include "nodestatus.h"
#include "releasegit.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace Stratus {

// The Deploy panel's model (no widgets): a project's deploy targets, what each target's nodes
// run, its release history, and deploys, rollbacks and diffs in flight. Every network, git and
// keychain call runs on the thread pool; results and progress come back as signals on the
// model's thread.
class DeployModel : public QObject
{
    Q_OBJECT
public:
    struct TargetState
    {
        enum class Reach { Unknown, Checking, Reachable, Unreachable };
        Reach reach = Reach::Unknown;
        QString error; // why it is unreachable, or why the releases could not be listed
        QList<NodeStatus> nodes;
        QList<ReleaseGit::Release> releases;
        QDateTime checkedAt;
        QHash<QString, DeployEvent> lastEvent; // per node, of the deploy or rollback in flight or last
    };

    explicit DeployModel(QObject *parent = nullptr);

    // Reads PROJECT/deploy.json; an empty dir closes the project.
    void setProject(const QString &projectDir);
    QString projectDir() const { return m_projectDir; }
    const QList<DeployTarget> &targets() const { return m_targets; }
    QString targetsError() const { return m_targetsError; } // deploy.json did not load
    const DeployTarget *target(const QString &name) const;
    TargetState state(const QString &target) const { return m_states.value(target); }

    // Adds or replaces (by previousName, or target.name) a target in deploy.json; secrets that
    // are set go to the SecretStore (off-thread, secretsSaved() follows).
    Status saveTarget(const DeployTarget &target, const QString &previousName = {},
                      std::optional<QString> natsSecret = std::nullopt,
                      std::optional<QString> gitSecret = std::nullopt);
    Status removeTarget(const QString &name);

    bool isBusy() const { return !m_busyTarget.isEmpty(); }
    QString busyTarget() const { return m_busyTarget; }

    // Status of the nodes and the release history (fetched from the git remote).
    void refresh(const QString &target);
    void deploy(const QString &target, const QString &message);
    void rollback(const QString &target, const QString &release);
    void diff(const QString &target, const QString &release);

signals:
    void targetsChanged();
    void stateChanged(const QString &target);
    void busyChanged(bool busy);
    void progress(const QString &target, const Stratus::DeployEvent &event);
    // A deploy or rollback ended: ok when every node made it; message is the report's summary
    // or the error that stopped it.
    void finished(const QString &target, bool ok, const QString &message);
    void diffReady(const QString &target, const QString &release, const QString &diff, const QString &error);
    void secretsSaved(const QString &target, const QString &error);

private:
    void run(const QString &target, const QString &what, bool rollback, const QString &argument);
    void setBusy(const QString &target);

    QString m_projectDir;
    QList<DeployTarget> m_targets;
    QString m_targetsError;
    QHash<QString, TargetState> m_states;
    QString m_busyTarget;
    quint64 m_generation = 0; // tells results for an earlier project from the current one
};

} // namespace Stratus
