#pragma once

#include "eventcommand.h"

namespace Stratus::Cli {

// stratus events save EVENT NAME: a recorded input as the project's test event
// events/FUNCTION/NAME.json, its output as NAME.expected.json.
class EventsSaveCommand : public EventCommand
{
    Q_OBJECT
public:
    using EventCommand::EventCommand;
    QString name() const override { return QStringLiteral("events save"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
    QStringList positionalNames() const override { return {QStringLiteral("event"), QStringLiteral("name")}; }

private:
    QCommandLineOption m_noExpectedOption{
        QStringLiteral("no-expected"),
        tr("Save the input only, without the recorded output as the expected one.")};
};

} // namespace Stratus::Cli
