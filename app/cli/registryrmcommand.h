#pragma once

#include "registrycommand.h"

namespace Stratus::Cli {

// stratus registry rm KIND ID [--expected-revision N]: remove an entry.
class RegistryRmCommand : public RegistryCommand
{
    Q_OBJECT
public:
    using RegistryCommand::RegistryCommand;
    QString name() const override { return QStringLiteral("registry rm"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
    QStringList positionalNames() const override { return {QStringLiteral("kind"), QStringLiteral("id")}; }
};

} // namespace Stratus::Cli
