#pragma once

#include "command.h"

namespace Stratus::Cli {

// stratus flow validate FILE: parses a flow file and checks its graph (docs/flows.md).
class FlowValidateCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("flow validate"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
    QStringList positionalNames() const override { return {QStringLiteral("file")}; }

private:
    QCommandLineOption m_formatOption{QStringLiteral("format"),
                                      tr("Rewrite the file in canonical form when it is valid.")};
};

} // namespace Stratus::Cli
