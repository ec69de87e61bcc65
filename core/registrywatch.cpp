#include "registrywatch.h"

#include <QJsonDocument>

#include <chrono>

namespace Stratus {

Result<std::unique_ptr<RegistryWatch>> RegistryWatch::start(natsConnection *conn, const QString &bucket,
                                                            std::optional<RegistryEntry::Kind> kind,
                                                            Callback callback, int timeoutMs)
{
    auto kv = KvBucket::bind(conn, bucket);
    if (!kv)
        return kv.error();
    const QString filter = kind ? RegistryEntry::kindName(*kind) + QStringLiteral(".*") : QStringLiteral(">");
    kvWatchOptions options;
    kvWatchOptions_Init(&options);
    kvWatcher *raw = nullptr;
    const natsStatus s = kvStore_Watch(&raw, kv->handle(), filter.toUtf8().constData(), &options);
    if (s != NATS_OK)
        return makeError(QStringLiteral("cannot watch the registry bucket %1: %2")
                             .arg(bucket, KvBucket::lastErrorText(s)));
    std::unique_ptr<RegistryWatch> watch(
        new RegistryWatch(std::move(*kv), KvWatcherPtr(raw), std::move(callback)));
    auto initial = watch->m_initialState.get_future();
    if (initial.wait_for(std::chrono::milliseconds(timeoutMs)) != std::future_status::ready || !initial.get())
        return makeError(
            QStringLiteral("the registry bucket %1 did not deliver its current entries within %2 ms")
                .arg(bucket)
                .arg(timeoutMs));
    return watch;
}

RegistryWatch::RegistryWatch(KvBucket bucket, KvWatcherPtr watcher, Callback callback)
    : m_bucket(std::move(bucket)), m_watcher(std::move(watcher)), m_callback(std::move(callback))
{
    m_thread = std::thread([this] { loop(); });
}

RegistryWatch::~RegistryWatch()
{
    kvWatcher_Stop(m_watcher.get()); // wakes kvWatcher_Next with NATS_ILLEGAL_STATE
    if (m_thread.joinable())
        m_thread.join();
}

void RegistryWatch::loop()
{
    for (;;) {
        kvEntry *raw = nullptr;
        const natsStatus s = kvWatcher_Next(&raw, m_watcher.get(), 60000);
        if (s == NATS_TIMEOUT)
            continue;
        if (s != NATS_OK) {
            if (!m_initialDone)
                m_initialState.set_value(false);
            return; // stopped (or the watcher broke: the owner sees no more events)
        }
        if (!raw) {
            if (!m_initialDone)
                m_initialState.set_value(true);
            m_initialDone = true;
            continue;
        }
        KvEntryPtr e(raw);
        const QString key = QString::fromUtf8(kvEntry_Key(e.get()));
        const auto kind = RegistryEntry::kindFromName(key.section(QLatin1Char('.'), 0, 0));
        if (!kind)
            continue;
        RegistryEvent event;
        event.initial = !m_initialDone;
        event.type =
            kvEntry_Operation(e.get()) == kvOp_Put ? RegistryEvent::Type::Put : RegistryEvent::Type::Delete;
        event.entry.kind = *kind;
        event.entry.id = key.section(QLatin1Char('.'), 1);
        event.entry.revision = kvEntry_Revision(e.get());
        if (event.type == RegistryEvent::Type::Put) {
            event.entry.data =
                QJsonDocument::fromJson(
                    QByteArray(static_cast<const char *>(kvEntry_Value(e.get())), kvEntry_ValueLen(e.get())))
                    .object();
        }
        // nats.c delivers the initial state before the marker; a delete of the initial
        // state is not interesting to a newcomer.
        if (event.initial && event.type == RegistryEvent::Type::Delete)
            continue;
        m_callback(event);
    }
}

} // namespace Stratus
