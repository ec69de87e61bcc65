#include "registryrmcommand.h"

namespace Stratus::Cli {

QString RegistryRmCommand::summary() const
{
    return tr("Remove a registry entry.");
}

void RegistryRmCommand::configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Removes the entry KIND/ID from the running cluster's registry. %1\n").arg(kindsHelp()) +
        serviceExitCodes(tr("no such entry, revision conflict")));
    parser.addPositionalArgument(QStringLiteral("kind"), tr("services, functions or flows."));
    parser.addPositionalArgument(QStringLiteral("id"), tr("The entry's id."));
    parser.addOptions({projectOption()});
    addExpectedRevisionOption(parser, tr("Remove only if the entry is at this revision now."));
}

int RegistryRmCommand::execute(const QCommandLineParser &parser)
{
    const auto k = kind(parser.positionalArguments().at(0));
    if (!k)
        return fail(UsageError, k.errorMessage());
    const auto revision = expectedRevision(parser);
    if (!revision)
        return fail(UsageError, revision.errorMessage());
    const QString id = parser.positionalArguments().at(1);
    return withRegistry(parser, [&](const RegistryClient &registry) {
        if (Status removed = registry.remove(*k, id, *revision); !removed)
            return fail(Failure, removed.errorMessage());
        print(tr("%1/%2: removed").arg(RegistryEntry::kindName(*k), id));
        return int(Success);
    });
}

} // namespace Stratus::Cli
