#include "registrygetcommand.h"

#include <QJsonDocument>

namespace Stratus::Cli {

QString RegistryGetCommand::summary() const
{
    return tr("Print one registry entry as JSON.");
}

void RegistryGetCommand::configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Prints the entry KIND/ID of the running cluster's registry as JSON:\n"
           "{\"kind\", \"id\", \"revision\", \"entry\"}. %1\n")
            .arg(kindsHelp()) +
        serviceExitCodes(tr("no such entry: the message says so")));
    parser.addPositionalArgument(QStringLiteral("kind"), tr("services, functions or flows."));
    parser.addPositionalArgument(QStringLiteral("id"), tr("The entry's id (a service's id, else its name)."));
    parser.addOptions({projectOption()});
}

int RegistryGetCommand::execute(const QCommandLineParser &parser)
{
    const auto k = kind(parser.positionalArguments().at(0));
    if (!k)
        return fail(UsageError, k.errorMessage());
    const QString id = parser.positionalArguments().at(1);
    return withRegistry(parser, [&](const RegistryClient &registry) {
        const auto entry = registry.get(*k, id);
        if (!entry)
            return fail(Failure, entry.errorMessage());
        if (!*entry)
            return fail(Failure, tr("the registry has no %1 entry \"%2\" (see stratus registry ls %1)")
                                     .arg(RegistryEntry::kindName(*k), id));
        print(QString::fromUtf8(QJsonDocument((*entry)->toJson()).toJson(QJsonDocument::Indented)).trimmed());
        return int(Success);
    });
}

} // namespace Stratus::Cli
