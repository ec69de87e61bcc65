#pragma once

#include "registrycommand.h"

namespace Stratus::Cli {

// stratus registry get KIND ID: one entry as JSON {kind, id, revision, entry}.
class RegistryGetCommand : public RegistryCommand
{
    Q_OBJECT
public:
    using RegistryCommand::RegistryCommand;
    QString name() const override { return QStringLiteral("registry get"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
    QStringList positionalNames() const override { return {QStringLiteral("kind"), QStringLiteral("id")}; }
};

} // namespace Stratus::Cli
