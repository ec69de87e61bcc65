#pragma once

#include "registrycommand.h"

namespace Stratus::Cli {

// stratus registry ls [KIND]: the registry's entries, one per line.
class RegistryLsCommand : public RegistryCommand
{
    Q_OBJECT
public:
    using RegistryCommand::RegistryCommand;
    QString name() const override { return QStringLiteral("registry ls"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
    QStringList optionalPositionalNames() const override { return {QStringLiteral("kind")}; }

private:
    QCommandLineOption m_jsonOption{QStringLiteral("json"),
                                    tr("Print the entries as a JSON array of {kind, id, revision, entry}.")};
};

} // namespace Stratus::Cli
