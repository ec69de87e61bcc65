#include "eventcommand.h"

#include "exitcodes.h"

namespace Stratus::Cli {

int EventCommand::withEvent(
    const QCommandLineParser &parser, const QString &id,
    const std::function<int(EventStore &store, const RecordedEvent &event)> &work) const
{
    return withRunningCluster(parser, [&](const QString &natsUrl) {
        auto store = EventStore::connect(natsUrl);
        if (!store)
            return fail(NotRunning, store.errorMessage());
        const auto event = store->find(id);
        if (!event)
            return fail(Failure, event.errorMessage());
        return work(*store, *event);
    });
}

} // namespace Stratus::Cli
