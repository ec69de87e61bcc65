#pragma once

#include "kvbucket.h"
#include "registryentry.h"
#include "result.h"

#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <thread>

namespace Stratus {

// A change of the registry as a watcher sees it.
struct RegistryEvent
{
    enum class Type { Put, Delete };
    Type type = Type::Put;
    bool initial = false; // part of the state when the watch started, not a change after it
    RegistryEntry entry;  // for Delete: kind, id and the marker's revision; data is empty
};

// Follows the registry's key-value bucket directly (docs/registry.md, "Watching"): the
// bucket's stream orders every change once, however many registry replicas wrote them.
//
// Thread rules: the callback runs on the watch's own thread, never the caller's; it must not
// block for long and must not touch QObjects directly (queue to them with
// QMetaObject::invokeMethod(context, ...)). Destroying the watch stops that thread and waits
// for a callback in progress, so do not destroy it from inside the callback.
class RegistryWatch
{
public:
    using Callback = std::function<void(const RegistryEvent &)>;

    // Returns once the current entries (of one kind, or all kinds) have been delivered with
    // initial = true; changes follow as they happen.
    static Result<std::unique_ptr<RegistryWatch>> start(natsConnection *conn, const QString &bucket,
                                                        std::optional<RegistryEntry::Kind> kind,
                                                        Callback callback, int timeoutMs = 5000);
    ~RegistryWatch();
    RegistryWatch(const RegistryWatch &) = delete;

private:
    RegistryWatch(KvBucket bucket, KvWatcherPtr watcher, Callback callback);
    void loop();

    KvBucket m_bucket;
    KvWatcherPtr m_watcher;
    Callback m_callback;
    bool m_initialDone = false;        // the watch thread's own
    std::promise<bool> m_initialState; // set once: true at the end of the initial state, false on failure
    std::thread m_thread;
};

} // namespace Stratus
