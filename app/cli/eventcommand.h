#pragma once

#include "command.h"
#include "eventstore.h"

#include <functional>

namespace Stratus::Cli {

// A command about one recorded event (`events show`, `events save`, `replay`): finds it in the
// running cluster's recording (docs/debugger.md) and hands it over, or fails the way they all do.
class EventCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

protected:
    int withEvent(const QCommandLineParser &parser, const QString &id,
                  const std::function<int(EventStore &store, const RecordedEvent &event)> &work) const;
};

} // namespace Stratus::Cli
