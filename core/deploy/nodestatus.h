#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Stratus {

// What one node of a remote cluster runs, as its stratus-agent reports it
// (docs/deploy.md, "Status").
struct NodeStatus
{
    struct Process
    {
        QString id;      // "invoker.echo-sh.0"
        QString kind;    // "function" or "flow"
        QString name;    // the function or flow
        QString release; // the release it belongs to
        QString state;   // ManagedProcess::stateName()
        qint64 pid = 0;
    };

    QString node;
    QString release;     // running now; empty before the first deploy
    QStringList kept;    // releases on disk, newest first (rollback targets)
    QString busy;        // the deploy id in progress, or empty
    QDateTime startedAt; // of the agent
    QList<Process> processes;

    QJsonObject toJson() const;
    static std::optional<NodeStatus> fromJson(const QJsonObject &object);
};

} // namespace Stratus
