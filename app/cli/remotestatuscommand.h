#pragma once

#include "deploytargetcommand.h"

namespace Stratus::Cli {

// stratus remote status TARGET: every node of TARGET, what it runs, its invokers.
class RemoteStatusCommand : public DeployTargetCommand
{
    Q_OBJECT
public:
    using DeployTargetCommand::DeployTargetCommand;
    QString name() const override { return QStringLiteral("remote status"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;

private:
    QCommandLineOption m_jsonOption{QStringLiteral("json"), tr("Print the agents' replies as a JSON array.")};
    QCommandLineOption m_processesOption{QStringLiteral("processes"),
                                         tr("List every invoker of every node.")};
    QCommandLineOption m_windowOption{QStringLiteral("window"),
                                      tr("How long to collect the agents' replies (default 1000)."), tr("ms"),
                                      QStringLiteral("1000")};
};

} // namespace Stratus::Cli
