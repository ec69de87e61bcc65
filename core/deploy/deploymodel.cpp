#include "deploymodel.h"

#include "deployer.h"
#include "offthread.h"
#include "secretstore.h"

#include <QPointer>

namespace Stratus {

namespace {

struct Refreshed
{
    QString statusError;
    QList<NodeStatus> nodes;
    QString releasesError;
    QList<ReleaseGit::Release> releases;
};

// The deployer of a target with its secrets, read on the calling (worker) thread.
Result<Deployer> deployerFor(const QString &projectDir, const DeployTarget &target)
{
    const auto secrets = Deployer::loadSecrets(projectDir, target, SecretStore());
    if (!secrets)
        return secrets.error();
    return Deployer(projectDir, target, *secrets);
}

} // namespace

DeployModel::DeployModel(QObject *parent) : QObject(parent) {}

void DeployModel::setProject(const QString &projectDir)
{
    ++m_generation;
    m_projectDir = projectDir;
    m_states.clear();
    m_targets.clear();
    m_targetsError.clear();
    if (!projectDir.isEmpty()) {
        auto targets = DeployTarget::loadAll(projectDir);
        if (targets)
            m_targets = *targets;
        else
            m_targetsError = targets.errorMessage();
    }
    setBusy({});
    emit targetsChanged();
}

const DeployTarget *DeployModel::target(const QString &name) const
{
    for (const DeployTarget &t : m_targets) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

Status DeployModel::saveTarget(const DeployTarget &target, const QString &previousName,
                               std::optional<QString> natsSecret, std::optional<QString> gitSecret)
{
    if (m_projectDir.isEmpty())
        return makeError(tr("no project is open"));
    if (!m_targetsError.isEmpty())
        return makeError(tr("fix %1 first: %2").arg(QLatin1String(DeployTarget::FileName), m_targetsError));
    QList<DeployTarget> targets = m_targets;
    const QString replaced = previousName.isEmpty() ? target.name : previousName;
    bool found = false;
    for (DeployTarget &t : targets) {
        if (t.name == replaced) {
            t = target;
            found = true;
        } else if (t.name == target.name) {
            return makeError(tr("a target named %1 exists already").arg(target.name));
        }
    }
    if (!found)
        targets << target;
    if (Status saved = DeployTarget::saveAll(m_projectDir, targets); !saved)
        return saved;
    m_targets = targets;
    if (replaced != target.name)
        m_states.remove(replaced);
    emit targetsChanged();
    if (natsSecret || gitSecret) {
        runOffThread(
            this,
            [dir = m_projectDir, name = target.name, natsSecret, gitSecret]() -> QString {
                const SecretStore store;
                for (const auto &[purpose, secret] : {std::pair{QStringLiteral("nats"), natsSecret},
                                                      std::pair{QStringLiteral("git"), gitSecret}}) {
                    if (!secret)
                        continue;
                    const QString key = SecretStore::keyFor(dir, name, purpose);
                    const Status s = secret->isEmpty() ? store.remove(key) : store.write(key, *secret);
                    if (!s)
                        return s.errorMessage();
                }
                return {};
            },
            [this, name = target.name](const QString &error) { emit secretsSaved(name, error); });
    }
    return Ok{};
}

Status DeployModel::removeTarget(const QString &name)
{
    QList<DeployTarget> targets = m_targets;
    targets.removeIf([&name](const DeployTarget &t) { return t.name == name; });
    if (Status saved = DeployTarget::saveAll(m_projectDir, targets); !saved)
        return saved;
    m_targets = targets;
    m_states.remove(name);
    emit targetsChanged();
    return Ok{};
}

void DeployModel::setBusy(const QString &target)
{
    if (m_busyTarget == target)
        return;
    m_busyTarget = target;
    emit busyChanged(!target.isEmpty());
}

void DeployModel::refresh(const QString &name)
{
    const DeployTarget *t = target(name);
    if (!t)
        return;
    m_states[name].reach = TargetState::Reach::Checking;
    emit stateChanged(name);
    const quint64 generation = m_generation;
    runOffThread(
        this,
        [dir = m_projectDir, target = *t]() {
            Refreshed r;
            auto deployer = deployerFor(dir, target);
            if (!deployer) {
                r.statusError = r.releasesError = deployer.errorMessage();
                return r;
            }
            if (auto nodes = deployer->status(); nodes)
                r.nodes = *nodes;
            else
                r.statusError = nodes.errorMessage();
            // Fetch what others pushed; fall back to the local tags when the remote cannot be reached.
            auto releases = deployer->releases(true);
            if (!releases) {
                r.releasesError = releases.errorMessage();
                releases = deployer->releases(false);
            }
            if (releases)
                r.releases = *releases;
            return r;
        },
        [this, name, generation](const Refreshed &r) {
            if (generation != m_generation)
                return;
            TargetState &s = m_states[name];
            s.reach =
                r.statusError.isEmpty() ? TargetState::Reach::Reachable : TargetState::Reach::Unreachable;
            s.error = r.statusError.isEmpty() ? r.releasesError : r.statusError;
            s.nodes = r.nodes;
            s.releases = r.releases;
            s.checkedAt = QDateTime::currentDateTimeUtc();
            emit stateChanged(name);
        });
}

void DeployModel::deploy(const QString &target, const QString &message)
{
    run(target, message, false, {});
}

void DeployModel::rollback(const QString &target, const QString &release)
{
    run(target, {}, true, release);
}

void DeployModel::run(const QString &name, const QString &message, bool rollback, const QString &release)
{
    const DeployTarget *t = target(name);
    if (!t || isBusy())
        return;
    setBusy(name);
    m_states[name].lastEvent.clear();
    emit stateChanged(name);
    const quint64 generation = m_generation;
    // Progress comes from the worker thread: queued to this object, dropped if it is gone.
    const QPointer<DeployModel> self(this);
    const auto onProgress = [self, name, generation](const DeployEvent &event) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, name, generation, event] {
                if (!self || generation != self->m_generation)
                    return;
                if (!event.node.isEmpty())
                    self->m_states[name].lastEvent.insert(event.node, event);
                emit self->progress(name, event);
            },
            Qt::QueuedConnection);
    };
    runOffThread(
        this,
        [dir = m_projectDir, target = *t, message, rollback, release,
         onProgress]() -> std::pair<bool, QString> {
            auto deployer = deployerFor(dir, target);
            if (!deployer)
                return {false, deployer.errorMessage()};
            const auto report =
                rollback ? deployer->rollback(release, onProgress) : deployer->deploy(message, onProgress);
            if (!report)
                return {false, report.errorMessage()};
            return {report->ok(), report->summary()};
        },
        [this, name, generation](const std::pair<bool, QString> &result) {
            if (generation != m_generation)
                return;
            setBusy({});
            emit finished(name, result.first, result.second);
            refresh(name);
        });
}

void DeployModel::diff(const QString &name, const QString &release)
{
    const DeployTarget *t = target(name);
    if (!t)
        return;
    runOffThread(
        this,
        [dir = m_projectDir, target = *t, release]() -> std::pair<QString, QString> {
            auto diff = ReleaseGit::diffWithProject(dir, target.name, release);
            return diff ? std::pair{*diff, QString()} : std::pair{QString(), diff.errorMessage()};
        },
        [this, name, release](const std::pair<QString, QString> &r) {
            emit diffReady(name, release, r.first, r.second);
        });
}

} // namespace Stratus
