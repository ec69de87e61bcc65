#pragma once

#include <QString>
#include <QStringList>

namespace Stratus {

class Supervisor;

// Save and Restart: after a source changes, restart the invokers of every function that runs
// it, each replica through the supervisor, so warm workers reload the new code.
class FunctionRestarter
{
public:
    // Returns the ids of the processes restarted; none when the cluster is not running.
    static QStringList restartFunctionsUsing(Supervisor &supervisor, const QString &sourcePath);
};

} // namespace Stratus
