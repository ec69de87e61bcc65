#pragma once

#include "deploytargetcommand.h"

namespace Stratus::Cli {

// stratus releases TARGET: the target's releases (git tags), newest first, and where they run.
class ReleasesCommand : public DeployTargetCommand
{
    Q_OBJECT
public:
    using DeployTargetCommand::DeployTargetCommand;
    QString name() const override { return QStringLiteral("releases"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;

private:
    QCommandLineOption m_jsonOption{QStringLiteral("json"),
                                    tr("Print a JSON array of {name, tag, commit, time, author, message, "
                                       "runningOn, keptOn}.")};
    QCommandLineOption m_localOption{
        QStringLiteral("local"), tr("Do not fetch the releases others pushed from the target's git remote.")};
    QCommandLineOption m_diffOption{QStringLiteral("diff"),
                                    tr("Print the diff from RELEASE to the project as it is now."),
                                    tr("release")};
};

} // namespace Stratus::Cli
