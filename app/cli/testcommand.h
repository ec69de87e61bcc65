#pragma once

#include "command.h"

namespace Stratus::Cli {

// stratus test FUNCTION: replays the function's saved test events and compares (docs/debugger.md).
class TestCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("test"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
    QStringList positionalNames() const override { return {QStringLiteral("function")}; }

private:
    QCommandLineOption m_updateOption{
        QStringLiteral("update"), tr("Take the outputs as the new expected outputs instead of comparing.")};
};

} // namespace Stratus::Cli
