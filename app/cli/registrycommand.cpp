#include "registrycommand.h"

namespace Stratus::Cli {

QString RegistryCommand::kindsHelp()
{
    return tr("KIND is services, functions or flows.");
}

Result<RegistryEntry::Kind> RegistryCommand::kind(const QString &argument)
{
    // "service" reads as naturally as "services" on a command line.
    for (const QString &name : {argument, argument + QLatin1Char('s')}) {
        if (const auto k = RegistryEntry::kindFromName(name))
            return *k;
    }
    return makeError(tr("unknown kind '%1': use services, functions or flows").arg(argument));
}

int RegistryCommand::withRegistry(const QCommandLineParser &parser,
                                  const std::function<int(const RegistryClient &registry)> &work) const
{
    return withRunningCluster(parser, [&work](const QString &natsUrl) {
        const auto registry = RegistryClient::connect(natsUrl);
        if (!registry)
            return fail(NotRunning, registry.errorMessage());
        return work(*registry);
    });
}

void RegistryCommand::addExpectedRevisionOption(QCommandLineParser &parser, const QString &description)
{
    m_revisionOption.setDescription(description);
    parser.addOption(m_revisionOption);
}

Result<std::optional<quint64>> RegistryCommand::expectedRevision(const QCommandLineParser &parser) const
{
    if (!parser.isSet(m_revisionOption))
        return std::optional<quint64>();
    bool ok = false;
    const quint64 revision = parser.value(m_revisionOption).toULongLong(&ok);
    if (!ok)
        return makeError(
            tr("--expected-revision must be a revision number (0: the entry must not exist yet)"));
    return std::optional<quint64>(revision);
}

} // namespace Stratus::Cli
