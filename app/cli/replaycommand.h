#pragma once

#include "eventcommand.h"

namespace Stratus::Cli {

// stratus replay EVENT: runs a recorded function event again, locally (docs/debugger.md).
class ReplayCommand : public EventCommand
{
    Q_OBJECT
public:
    using EventCommand::EventCommand;
    QString name() const override { return QStringLiteral("replay"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
    QStringList positionalNames() const override { return {QStringLiteral("event")}; }

private:
    QCommandLineOption m_dataOption{
        QStringLiteral("data"), tr("Replay with this input instead of the recorded one; @FILE reads a file."),
        tr("json|@file")};
    QCommandLineOption m_diffOption{
        QStringLiteral("diff"),
        tr("Compare the new output with the recorded one (exit 1 when they differ).")};
    QCommandLineOption m_debugOption{
        QStringLiteral("debug"),
        tr("Run under the function's external debugger (its \"debug\" in stratus.json).")};
};

} // namespace Stratus::Cli
