#pragma once

#include "command.h"

namespace Stratus::Cli {

// stratus data ls [RUN]: the datastore's live runs, or the objects of one run.
class DataLsCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("data ls"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
    QStringList optionalPositionalNames() const override { return {QStringLiteral("run")}; }
};

} // namespace Stratus::Cli
