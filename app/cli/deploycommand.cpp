#include "deploycommand.h"

namespace Stratus::Cli {

QString DeployCommand::summary() const
{
    return tr("Deploy the project to a remote cluster (a git release, rolled out by its agents).");
}

void DeployCommand::configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Deploys the project to TARGET (docs/deploy.md): validates the manifest and flows, commits a\n"
           "snapshot of the project folder to refs/stratus/deploy/TARGET without touching your branch,\n"
           "tags it stratus/TARGET/RELEASE, pushes both to the target's git remote, and asks every node's\n"
           "stratus-agent to fetch, validate, register and start the release, then drain the old one.\n"
           "Progress is printed per node. A node that fails stays on its previous release.\n"
           "Secrets come from the keychain or the secrets file (set them in the workbench's Deploy panel),\n"
           "or from STRATUS_DEPLOY_SECRET and STRATUS_DEPLOY_GIT_SECRET.\n") +
        exitCodes(tr("invalid project, push rejected, or a node failed")));
    addTargetArguments(parser);
    parser.addOption(m_messageOption);
}

int DeployCommand::execute(const QCommandLineParser &parser)
{
    const auto deployer = this->deployer(parser);
    if (!deployer)
        return fail(Failure, deployer.errorMessage());
    return finish(deployer->deploy(parser.value(m_messageOption), &DeployTargetCommand::printEvent));
}

} // namespace Stratus::Cli
