#pragma once

#include "eventcommand.h"

namespace Stratus::Cli {

// stratus events show EVENT: one recorded event in full.
class EventsShowCommand : public EventCommand
{
    Q_OBJECT
public:
    using EventCommand::EventCommand;
    QString name() const override { return QStringLiteral("events show"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
    QStringList positionalNames() const override { return {QStringLiteral("event")}; }

private:
    QCommandLineOption m_jsonOption{QStringLiteral("json"), tr("The record as JSON.")};
};

} // namespace Stratus::Cli
