#pragma once

#include "managedprocess.h"

#include <QString>

namespace Stratus {

struct FlowSpec;
struct FunctionSpec;
class Manifest;

// How an invoker replica — of a function or of a flow — is started, and how long it may take
// to stop (StopBudget): one recipe for the local supervisor and the deploy agent's release
// runner, which differ only in the broker they point at and where the logs go.
class InvokerLaunch
{
public:
    // program: stratus-invoker; natsUrl: the broker every replica connects to; logDir: where
    // each replica's log goes, as ID.log.
    InvokerLaunch(QString program, QString natsUrl, const Manifest &manifest, QString logDir);

    ManagedProcess::Spec spec(const FunctionSpec &function, int replica) const;
    // runTimeoutMs: the flow file's timeoutMs (flowRunTimeoutMs, or what a caller that loaded
    // the flow already knows).
    ManagedProcess::Spec spec(const FlowSpec &flow, int runTimeoutMs, int replica) const;
    // The process id a replica gets: "invoker.NAME.R", "flow.NAME.R".
    static QString processId(ManagedProcess::Role role, const QString &name, int replica);
    // A flow run's timeout from its file; the format's default when the file cannot be read
    // (such a flow's invoker fails at its start and has nothing to drain).
    static int flowRunTimeoutMs(const FlowSpec &flow);

private:
    ManagedProcess::Spec spec(ManagedProcess::Role role, const QString &name, int replica,
                              int runTimeoutMs) const;

    QString m_program;
    QString m_natsUrl;
    QString m_manifestFile;
    QString m_projectDir;
    QString m_logDir;
};

} // namespace Stratus
