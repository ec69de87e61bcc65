#include "functionrestarter.h"

#include "manifesteditor.h"
#include "supervisor.h"

namespace Stratus {

QStringList FunctionRestarter::restartFunctionsUsing(Supervisor &supervisor, const QString &sourcePath)
{
    if (supervisor.state() != Supervisor::State::Running)
        return {};
    // The manifest the cluster was started with: the one whose invokers are running.
    const QStringList functions = ManifestEditor::functionsUsing(supervisor.manifest(), sourcePath);
    QStringList restarted;
    for (ManagedProcess *process : supervisor.processes()) {
        if (process->role() == ManagedProcess::Role::Invoker &&
            functions.contains(process->spec().function)) {
            restarted << process->id();
            supervisor.restartProcess(process->id());
        }
    }
    return restarted;
}

} // namespace Stratus
