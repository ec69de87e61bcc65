#include "deploytargetcommand.h"

#include "secretstore.h"

namespace Stratus::Cli {

void DeployTargetCommand::addTargetArguments(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("target"), tr("A target of the project's deploy.json."),
                                 QStringLiteral("<target>"));
    parser.addOption(projectOption());
}

Result<Deployer> DeployTargetCommand::deployer(const QCommandLineParser &parser, QString *projectDir) const
{
    const auto where = location(parser);
    if (!where)
        return where.error();
    const auto target = DeployTarget::find(where->projectDir, parser.positionalArguments().constFirst());
    if (!target)
        return target.error();
    const auto secrets = Deployer::loadSecrets(where->projectDir, *target, SecretStore());
    if (!secrets)
        return secrets.error();
    if (projectDir)
        *projectDir = where->projectDir;
    return Deployer(where->projectDir, *target, *secrets);
}

int DeployTargetCommand::failWith(const Error &error)
{
    return fail(error.cause == Error::Cause::Unreachable ? NotRunning : Failure, error.message);
}

QString DeployTargetCommand::exitCodes(const QString &failure)
{
    return tr("Exit codes: %1 ok, %2 failure (%3), %4 usage,\n%5 the target cannot be reached (unreachable, "
              "credentials refused, or no agent answers).")
        .arg(int(Success))
        .arg(int(Failure))
        .arg(failure)
        .arg(int(UsageError))
        .arg(int(NotRunning));
}

void DeployTargetCommand::printEvent(const DeployEvent &event)
{
    const QString who = event.node.isEmpty() ? tr("local") : event.node;
    print(QStringLiteral("%1  %2%3")
              .arg(who.leftJustified(10), event.stage,
                   event.message.isEmpty() ? QString() : QStringLiteral(": ") + event.message));
}

int DeployTargetCommand::finish(const Result<Deployer::Report> &report)
{
    if (!report)
        return failWith(report.error());
    if (!report->ok())
        return fail(Failure, report->summary());
    print(report->summary());
    return Success;
}

} // namespace Stratus::Cli
