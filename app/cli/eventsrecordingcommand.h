#pragma once

#include "command.h"

namespace Stratus::Cli {

// stratus events pause | resume | clear | status: the recorder of the running cluster.
class EventsRecordingCommand : public Command
{
    Q_OBJECT
public:
    enum class Action { Pause, Resume, Clear, Status };
    EventsRecordingCommand(Action action, QObject *parent) : Command(parent), m_action(action) {}
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;

private:
    Action m_action;
};

} // namespace Stratus::Cli
