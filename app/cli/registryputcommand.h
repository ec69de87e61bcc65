#pragma once

#include "registrycommand.h"

namespace Stratus::Cli {

// stratus registry put KIND FILE|--data JSON [--expected-revision N]: create or replace an entry.
class RegistryPutCommand : public RegistryCommand
{
    Q_OBJECT
public:
    using RegistryCommand::RegistryCommand;
    QString name() const override { return QStringLiteral("registry put"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
    QStringList positionalNames() const override { return {QStringLiteral("kind")}; }
    QStringList optionalPositionalNames() const override { return {QStringLiteral("file")}; }

private:
    Result<QJsonObject> entry(const QCommandLineParser &parser) const;

    QCommandLineOption m_dataOption{QStringLiteral("data"), tr("The entry, as JSON text."), tr("json")};
};

} // namespace Stratus::Cli
