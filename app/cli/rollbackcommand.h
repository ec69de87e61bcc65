#pragma once

#include "deploytargetcommand.h"

namespace Stratus::Cli {

// stratus rollback TARGET RELEASE: every node of TARGET back to a release it keeps.
class RollbackCommand : public DeployTargetCommand
{
    Q_OBJECT
public:
    using DeployTargetCommand::DeployTargetCommand;
    QString name() const override { return QStringLiteral("rollback"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
    QStringList positionalNames() const override
    {
        return {QStringLiteral("target"), QStringLiteral("release")};
    }
};

} // namespace Stratus::Cli
