#pragma once

#include <nats/nats.h>

#include <memory>

namespace Stratus {

// JetStream and key-value handles of nats.c, owned like the ones in natshandles.h.
struct JsCtxDeleter
{
    void operator()(jsCtx *js) const { jsCtx_Destroy(js); }
};
struct KvStoreDeleter
{
    void operator()(kvStore *kv) const { kvStore_Destroy(kv); }
};
struct KvEntryDeleter
{
    void operator()(kvEntry *e) const { kvEntry_Destroy(e); }
};
struct KvWatcherDeleter
{
    void operator()(kvWatcher *w) const { kvWatcher_Destroy(w); }
};

using JsCtxPtr = std::unique_ptr<jsCtx, JsCtxDeleter>;
using KvStorePtr = std::unique_ptr<kvStore, KvStoreDeleter>;
using KvEntryPtr = std::unique_ptr<kvEntry, KvEntryDeleter>;
using KvWatcherPtr = std::unique_ptr<kvWatcher, KvWatcherDeleter>;

} // namespace Stratus
