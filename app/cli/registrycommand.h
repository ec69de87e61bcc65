#pragma once

#include "command.h"
#include "registryclient.h"

#include <optional>

namespace Stratus::Cli {

// What the `stratus registry` commands share: the KIND argument, the --expected-revision
// option, the connection to the running cluster's registry and how its errors are reported.
class RegistryCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

protected:
    // services, functions or flows (the singular is accepted too).
    static Result<RegistryEntry::Kind> kind(const QString &argument);
    // Resolves the project's cluster, connects to its registry and runs work; prints errors.
    int withRegistry(const QCommandLineParser &parser,
                     const std::function<int(const RegistryClient &registry)> &work) const;
    // nullopt when the option is not given; an error when it is not a revision.
    Result<std::optional<quint64>> expectedRevision(const QCommandLineParser &parser) const;
    void addExpectedRevisionOption(QCommandLineParser &parser, const QString &description);
    static QString kindsHelp();

private:
    QCommandLineOption m_revisionOption{QStringLiteral("expected-revision"), QString(), tr("n")};
};

} // namespace Stratus::Cli
