#pragma once

#include "command.h"

namespace Stratus::Cli {

// stratus data get RUN KEY: an object's bytes on stdout.
class DataGetCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("data get"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
    QStringList positionalNames() const override { return {QStringLiteral("run"), QStringLiteral("key")}; }
};

} // namespace Stratus::Cli
