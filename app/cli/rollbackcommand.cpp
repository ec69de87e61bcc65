#include "rollbackcommand.h"

namespace Stratus::Cli {

QString RollbackCommand::summary() const
{
    return tr("Roll a remote cluster back to a release its nodes keep.");
}

void RollbackCommand::configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Rolls every node of TARGET back to RELEASE (see `stratus releases TARGET`), the same way a\n"
           "deploy rolls over: the release's invokers start, then the running ones drain. Every node must\n"
           "keep RELEASE (deploy.json's \"keep\", default 5); otherwise nothing is changed.\n") +
        exitCodes(tr("the release is not kept, or a node failed")));
    addTargetArguments(parser);
    parser.addPositionalArgument(QStringLiteral("release"), tr("The release, e.g. 20261124-193000."),
                                 QStringLiteral("<release>"));
}

int RollbackCommand::execute(const QCommandLineParser &parser)
{
    const auto deployer = this->deployer(parser);
    if (!deployer)
        return fail(Failure, deployer.errorMessage());
    return finish(deployer->rollback(parser.positionalArguments().at(1), &DeployTargetCommand::printEvent));
}

} // namespace Stratus::Cli
