#include "registrylscommand.h"

#include "statusreport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Stratus::Cli {

namespace {

// What tells entries of a kind apart at a glance.
QString detail(const RegistryEntry &entry)
{
    const QJsonObject &d = entry.data;
    switch (entry.kind) {
    case RegistryEntry::Kind::Service:
        return QStringLiteral("%1 -> %2")
            .arg(d.value(QStringLiteral("name")).toString(), d.value(QStringLiteral("topic")).toString());
    case RegistryEntry::Kind::Function:
        return QStringLiteral("%1 (%2)").arg(d.value(QStringLiteral("trigger")).toString(),
                                             d.value(QStringLiteral("mode")).toString());
    case RegistryEntry::Kind::Flow:
        return d.value(QStringLiteral("description")).toString();
    }
    return {};
}

} // namespace

QString RegistryLsCommand::summary() const
{
    return tr("List the running cluster's registry entries.");
}

void RegistryLsCommand::configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Lists the entries of the running cluster's registry: every kind, or only KIND.\n%1\n")
            .arg(kindsHelp()) +
        serviceExitCodes());
    parser.addPositionalArgument(QStringLiteral("kind"), tr("services, functions or flows (default: all)."),
                                 QStringLiteral("[kind]"));
    parser.addOptions({projectOption(), m_jsonOption});
}

int RegistryLsCommand::execute(const QCommandLineParser &parser)
{
    QList<RegistryEntry::Kind> kinds = RegistryEntry::kinds();
    if (!parser.positionalArguments().isEmpty()) {
        const auto k = kind(parser.positionalArguments().constFirst());
        if (!k)
            return fail(UsageError, k.errorMessage());
        kinds = {*k};
    }
    return withRegistry(parser, [&](const RegistryClient &registry) {
        QList<RegistryEntry> entries;
        for (RegistryEntry::Kind k : std::as_const(kinds)) {
            const auto listed = registry.list(k);
            if (!listed)
                return fail(Failure, listed.errorMessage());
            entries += *listed;
        }
        if (parser.isSet(m_jsonOption)) {
            QJsonArray array;
            for (const RegistryEntry &entry : std::as_const(entries))
                array << entry.toJson();
            print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
            return int(Success);
        }
        if (entries.isEmpty()) {
            print(tr("No entries."));
            return int(Success);
        }
        QList<QStringList> rows{{tr("KIND"), tr("ID"), tr("REVISION"), tr("DETAIL")}};
        for (const RegistryEntry &entry : std::as_const(entries))
            rows << QStringList{RegistryEntry::kindName(entry.kind), entry.id,
                                QString::number(entry.revision), detail(entry)};
        print(StatusReport::table(rows));
        return int(Success);
    });
}

} // namespace Stratus::Cli
