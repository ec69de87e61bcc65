#pragma once

#include "command.h"
#include "deployer.h"

namespace Stratus::Cli {

// What the commands about a deploy target share (`deploy`, `releases`, `rollback`, `remote
// status`): the TARGET argument, its settings from PROJECT/deploy.json, its secrets from the
// keychain or the secrets file (or STRATUS_DEPLOY_SECRET / STRATUS_DEPLOY_GIT_SECRET), and how
// progress and failures are printed.
class DeployTargetCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

protected:
    QStringList positionalNames() const override { return {QStringLiteral("target")}; }
    void addTargetArguments(QCommandLineParser &parser);
    // The deployer for the target named on the command line, or an error (printed by fail()).
    Result<Deployer> deployer(const QCommandLineParser &parser, QString *projectDir = nullptr) const;
    // Unreachable or refused targets exit with NotRunning, everything else with Failure.
    static int failWith(const Error &error);
    static QString exitCodes(const QString &failure);
    static void printEvent(const DeployEvent &event);
    // Prints the report's summary; Success only when every node made it.
    static int finish(const Result<Deployer::Report> &report);
};

} // namespace Stratus::Cli
