#pragma once

#include "deploytargetcommand.h"

namespace Stratus::Cli {

// stratus deploy TARGET [-m MESSAGE]: the project as it is now, to every node of TARGET.
class DeployCommand : public DeployTargetCommand
{
    Q_OBJECT
public:
    using DeployTargetCommand::DeployTargetCommand;
    QString name() const override { return QStringLiteral("deploy"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;

private:
    QCommandLineOption m_messageOption{{QStringLiteral("m"), QStringLiteral("message")},
                                       tr("What this release changes (the tag's message)."),
                                       tr("text")};
};

} // namespace Stratus::Cli
