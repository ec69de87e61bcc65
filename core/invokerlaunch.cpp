#include "invokerlaunch.h"

#include "flow.h"
#include "manifest.h"
#include "protocol.h"
#include "stopbudget.h"

namespace Stratus {

InvokerLaunch::InvokerLaunch(QString program, QString natsUrl, const Manifest &manifest, QString logDir)
    : m_program(std::move(program)), m_natsUrl(std::move(natsUrl)), m_manifestFile(manifest.filePath),
      m_projectDir(manifest.projectDir), m_logDir(std::move(logDir))
{
}

ManagedProcess::Spec InvokerLaunch::spec(const FunctionSpec &function, int replica) const
{
    return spec(ManagedProcess::Role::Invoker, function.name, replica, function.timeoutMs);
}

ManagedProcess::Spec InvokerLaunch::spec(const FlowSpec &flow, int runTimeoutMs, int replica) const
{
    return spec(ManagedProcess::Role::Flow, flow.name, replica, runTimeoutMs);
}

QString InvokerLaunch::processId(ManagedProcess::Role role, const QString &name, int replica)
{
    return QStringLiteral("%1.%2.%3")
        .arg(role == ManagedProcess::Role::Flow ? QStringLiteral("flow") : QStringLiteral("invoker"), name)
        .arg(replica);
}

int InvokerLaunch::flowRunTimeoutMs(const FlowSpec &flow)
{
    const auto loaded = Flow::load(flow.file);
    return loaded ? loaded->timeoutMs : Flow{}.timeoutMs;
}

// Functions and flows run in the same program; --function or --flow picks the mode.
ManagedProcess::Spec InvokerLaunch::spec(ManagedProcess::Role role, const QString &name, int replica,
                                         int runTimeoutMs) const
{
    ManagedProcess::Spec spec;
    spec.id = processId(role, name, replica);
    spec.role = role;
    spec.function = name;
    spec.replica = replica;
    spec.program = m_program;
    spec.arguments = {QStringLiteral("--nats"),
                      m_natsUrl,
                      QStringLiteral("--manifest"),
                      m_manifestFile,
                      role == ManagedProcess::Role::Flow ? QStringLiteral("--flow")
                                                         : QStringLiteral("--function"),
                      name,
                      QStringLiteral("--replica"),
                      QString::number(replica)};
    spec.workingDir = m_projectDir;
    spec.logFile = m_logDir + u'/' + spec.id + QStringLiteral(".log");
    spec.readyLine = QLatin1String(Protocol::ReadyLine);
    spec.stopGraceMs = StopBudget::graceMs(runTimeoutMs);
    return spec;
}

} // namespace Stratus
