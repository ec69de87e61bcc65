#include "registryputcommand.h"

#include <QFile>
#include <QJsonDocument>

namespace Stratus::Cli {

QString RegistryPutCommand::summary() const
{
    return tr("Create or replace a registry entry.");
}

void RegistryPutCommand::configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Writes the JSON object of FILE ('-' for stdin) or of --data as an entry of KIND in the\n"
           "running cluster's registry; the entry names itself (\"id\" of a service, \"name\" of the\n"
           "others). The registry checks it (docs/registry.md) and says which field is wrong. %1\n")
            .arg(kindsHelp()) +
        serviceExitCodes(tr("invalid entry, revision conflict")));
    parser.addPositionalArgument(QStringLiteral("kind"), tr("services, functions or flows."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("A file holding the entry's JSON ('-': stdin)."),
                                 QStringLiteral("[file]"));
    parser.addOptions({projectOption(), m_dataOption});
    addExpectedRevisionOption(parser,
                              tr("Write only if the entry is at this revision now (0: only create it)."));
}

Result<QJsonObject> RegistryPutCommand::entry(const QCommandLineParser &parser) const
{
    const QStringList positional = parser.positionalArguments();
    const bool hasFile = positional.size() > 1;
    QByteArray text;
    QString source = tr("--data");
    if (hasFile) {
        source = positional.at(1);
        const bool fromStdin = source == QLatin1String("-");
        QFile file(fromStdin ? QString() : source);
        const bool opened =
            fromStdin ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
        if (!opened)
            return makeError(tr("cannot read %1: %2").arg(source, file.errorString()));
        text = file.readAll();
    } else {
        text = parser.value(m_dataOption).toUtf8();
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(
            tr("%1: not valid JSON at byte %2: %3").arg(source).arg(error.offset).arg(error.errorString()));
    if (!document.isObject())
        return makeError(tr("%1: the entry must be a JSON object").arg(source));
    return document.object();
}

int RegistryPutCommand::execute(const QCommandLineParser &parser)
{
    const auto k = kind(parser.positionalArguments().at(0));
    if (!k)
        return fail(UsageError, k.errorMessage());
    const auto revision = expectedRevision(parser);
    if (!revision)
        return fail(UsageError, revision.errorMessage());
    const bool hasFile = parser.positionalArguments().size() > 1;
    if (hasFile == parser.isSet(m_dataOption))
        return fail(UsageError,
                    tr("give the entry either as FILE or with --data, not %1 (see stratus %2 --help)")
                        .arg(hasFile ? tr("both") : tr("neither"), name()));
    const auto data = entry(parser);
    if (!data)
        return fail(Failure, data.errorMessage());
    return withRegistry(parser, [&](const RegistryClient &registry) {
        const auto stored = registry.put(*k, *data, *revision);
        if (!stored)
            return fail(Failure, stored.errorMessage());
        print(tr("%1/%2: revision %3")
                  .arg(RegistryEntry::kindName(stored->kind), stored->id)
                  .arg(stored->revision));
        return int(Success);
    });
}

} // namespace Stratus::Cli
