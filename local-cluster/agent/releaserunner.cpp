#include "releaserunner.h"

#include "invokerlaunch.h"
#include "managedprocess.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

namespace Stratus::Agent {

Q_LOGGING_CATEGORY(lcRunner, "stratus.agent.runner", QtWarningMsg)

namespace {

constexpr int RestartDelayMs = 1000;
constexpr int MinGraceMs = 3000;

} // namespace

ReleaseRunner::ReleaseRunner(Options options, QString release, Manifest manifest, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_release(std::move(release)),
      m_manifest(std::move(manifest))
{
    const InvokerLaunch launch(QDir(m_options.binDir).absoluteFilePath(QStringLiteral("stratus-invoker")),
                               m_options.natsUrl, m_manifest, QDir(m_options.logDir).filePath(m_release));
    const auto add = [this](ManagedProcess::Spec spec) {
        auto *p = new ManagedProcess(std::move(spec), this);
        connect(p, &ManagedProcess::ready, this, &ReleaseRunner::onReady);
        connect(p, &ManagedProcess::exited, this, [this, p] { onExited(p); });
        connect(p, &ManagedProcess::stopped, this, &ReleaseRunner::onStopped);
        m_processes << p;
    };
    for (const FunctionSpec &f : m_manifest.functions) {
        for (int r = 0; r < f.replicas; ++r)
            add(launch.spec(f, r));
    }
    // Flows call functions: they come after them in the list, as the supervisor orders them.
    for (const FlowSpec &f : m_manifest.flows) {
        const int runTimeoutMs = InvokerLaunch::flowRunTimeoutMs(f);
        for (int r = 0; r < f.replicas; ++r)
            add(launch.spec(f, runTimeoutMs, r));
    }
}

ReleaseRunner::~ReleaseRunner()
{
    stopNow();
}

QList<NodeStatus::Process> ReleaseRunner::processes() const
{
    QList<NodeStatus::Process> list;
    for (const ManagedProcess *p : m_processes) {
        list << NodeStatus::Process{p->id(),
                                    p->role() == ManagedProcess::Role::Flow ? QStringLiteral("flow")
                                                                            : QStringLiteral("function"),
                                    p->spec().function,
                                    m_release,
                                    ManagedProcess::stateName(p->state()),
                                    p->pid()};
    }
    return list;
}

void ReleaseRunner::start()
{
    if (!QFileInfo(QDir(m_options.binDir).absoluteFilePath(QStringLiteral("stratus-invoker")))
             .isExecutable()) {
        m_finished = true;
        QTimer::singleShot(0, this, [this] {
            emit failed(QStringLiteral("%1/stratus-invoker is not an executable file (the agent's --bin-dir)")
                            .arg(m_options.binDir));
        });
        return;
    }
    for (ManagedProcess *p : std::as_const(m_processes))
        p->start();
    QTimer::singleShot(m_options.readyTimeoutMs, this, [this] {
        if (m_finished)
            return;
        QStringList late;
        for (const ManagedProcess *p : std::as_const(m_processes)) {
            if (p->state() != ManagedProcess::State::Ready)
                late << p->id() + (p->recentOutput().isEmpty()
                                       ? QString()
                                       : QStringLiteral(" (last output: %1)")
                                             .arg(p->recentOutput().join(QStringLiteral(" | "))));
        }
        m_finished = true;
        emit failed(QStringLiteral("not ready within %1 ms: %2")
                        .arg(m_options.readyTimeoutMs)
                        .arg(late.join(QStringLiteral(", "))));
    });
    onReady(); // a release without invokers is ready at once
}

void ReleaseRunner::onReady()
{
    if (m_finished)
        return;
    const bool all = std::all_of(m_processes.cbegin(), m_processes.cend(), [](const ManagedProcess *p) {
        return p->state() == ManagedProcess::State::Ready;
    });
    if (!all)
        return;
    m_finished = true;
    m_started = true;
    QTimer::singleShot(0, this, &ReleaseRunner::ready);
}

void ReleaseRunner::onExited(ManagedProcess *process)
{
    if (m_draining)
        return onStopped();
    if (!m_finished) {
        m_finished = true;
        const QStringList output = process->recentOutput();
        emit failed(QStringLiteral("%1 %2 before it was ready%3")
                        .arg(process->id(), process->lastError(),
                             output.isEmpty() ? QString()
                                              : QStringLiteral(": ") + output.join(QStringLiteral(" | "))));
        return;
    }
    // A running release keeps its invokers up, as the local supervisor does.
    qCWarning(lcRunner).noquote() << m_release << process->id() << process->lastError() << "; restarting";
    QTimer::singleShot(RestartDelayMs, process, [this, process] {
        if (!m_draining)
            process->start();
    });
}

int ReleaseRunner::graceFor(const ManagedProcess *process) const
{
    return std::max(process->spec().stopGraceMs, MinGraceMs);
}

void ReleaseRunner::drain()
{
    m_draining = true;
    m_finished = true;
    for (ManagedProcess *p : std::as_const(m_processes))
        p->stop(graceFor(p));
    onStopped();
}

void ReleaseRunner::onStopped()
{
    if (!m_draining)
        return;
    const bool all = std::all_of(m_processes.cbegin(), m_processes.cend(), [](const ManagedProcess *p) {
        return p->state() == ManagedProcess::State::Stopped || p->state() == ManagedProcess::State::Crashed;
    });
    if (all) {
        m_draining = false; // once
        QTimer::singleShot(0, this, &ReleaseRunner::drained);
    }
}

void ReleaseRunner::stopNow()
{
    m_draining = true;
    for (ManagedProcess *p : std::as_const(m_processes)) {
        p->disconnect(this);
        p->stop(graceFor(p));
    }
    // ManagedProcess's destructor kills what is left; give them their grace first.
    for (ManagedProcess *p : std::as_const(m_processes)) {
        if (p->pid() > 0) {
            if (auto *process = p->findChild<QProcess *>())
                process->waitForFinished(graceFor(p));
        }
    }
}

} // namespace Stratus::Agent
