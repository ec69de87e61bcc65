#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Stratus {

// How `stratus replay --debug` and the Debugger panel run a function under an external
// debugger (docs/debugger.md, "External debuggers"); an empty runtime means none is set.
struct DebugSettings
{
    QString runtime; // "python-debugpy", "node" or "gdbserver"
    int port = 5678;
    int waitMs = 60000; // how long a replay waits for the debugger to attach
    bool operator==(const DebugSettings &) const = default;
};

// One function of a project, as the manifest declares it (docs/manifest.md).
struct FunctionSpec
{
    enum class Mode { Cold, Warm };

    QString name;
    QString command;
    QStringList args;   // may hold {{field}} templates filled from the event's top-level JSON fields
    QString workingDir; // absolute after loading
    QString trigger;    // subject the invokers queue-subscribe to
    QString output;     // subject every result is also published on; empty for none
    QString group;      // queue group shared by the replicas
    int replicas = 1;
    Mode mode = Mode::Cold;
    int timeoutMs = 30000;
    int maxConcurrency = 4; // per invoker; in warm mode also the size of the worker pool
    int maxQueue = 10000;   // invocations waiting for a free slot before "busy" replies
    qint64 maxOutputBytes = 1024 * 1024;
    QMap<QString, QString> env;
    DebugSettings debug;

    static QString modeName(Mode mode)
    {
        return mode == Mode::Warm ? QStringLiteral("warm") : QStringLiteral("cold");
    }
    QJsonObject toJson() const;
    bool operator==(const FunctionSpec &) const = default;
};

} // namespace Stratus
