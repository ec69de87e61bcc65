#include "kvbucket.h"

#include <mutex>

#include <QDateTime>

namespace Stratus {

namespace {

struct StreamInfoDeleter
{
    void operator()(jsStreamInfo *si) const { jsStreamInfo_Destroy(si); }
};
using StreamInfoPtr = std::unique_ptr<jsStreamInfo, StreamInfoDeleter>;

QString streamName(const QString &bucket)
{
    return QStringLiteral("KV_") + bucket;
}

KvValue toValue(kvEntry *e)
{
    KvValue v;
    v.key = QString::fromUtf8(kvEntry_Key(e));
    v.value = QByteArray(static_cast<const char *>(kvEntry_Value(e)), kvEntry_ValueLen(e));
    v.revision = kvEntry_Revision(e);
    v.createdMs = kvEntry_Created(e) / 1000000;
    return v;
}

constexpr int OpenAttempts = 2; // see KvBucket::open (twice its wait stays under a process's ready timeout)

} // namespace

Result<JsCtxPtr> KvBucket::jetStream(natsConnection *conn, int waitMs)
{
    jsCtx *raw = nullptr;
    jsOptions options;
    jsOptions_Init(&options);
    options.Wait = waitMs;
    const natsStatus s = natsConnection_JetStream(&raw, conn, &options);
    if (s != NATS_OK)
        return makeError(QStringLiteral("JetStream: %1").arg(lastErrorText(s)));
    return JsCtxPtr(raw);
}

QString KvBucket::lastErrorText(natsStatus status)
{
    natsStatus last = NATS_OK;
    const char *text = nats_GetLastError(&last);
    if (text && *text)
        return QString::fromUtf8(text);
    return QString::fromUtf8(natsStatus_GetText(status));
}

Result<KvBucket> KvBucket::open(natsConnection *conn, const Config &config)
{
    auto js = jetStream(conn);
    if (!js)
        return js.error();
    const QByteArray stream = streamName(config.name).toUtf8();
    jsStreamInfo *rawInfo = nullptr;
    jsErrCode errCode = jsErrCode(0);
    // A broker that has just started (on a busy machine) may take longer than one request's
    // wait to answer its first JetStream request: ask again before giving up.
    natsStatus s = NATS_TIMEOUT;
    for (int attempt = 0; attempt < OpenAttempts && s == NATS_TIMEOUT; ++attempt)
        s = js_GetStreamInfo(&rawInfo, js->get(), stream.constData(), nullptr, &errCode);
    StreamInfoPtr info(rawInfo);
    if (s == NATS_NOT_FOUND || errCode == JSStreamNotFoundErr) {
        // The stream is created here rather than by js_CreateKeyValue so that a full bucket
        // refuses new values (discard "new") instead of silently dropping the oldest ones.
        const QByteArray subject = QStringLiteral("$KV.%1.>").arg(config.name).toUtf8();
        const QByteArray description = config.description.toUtf8();
        const char *subjects[] = {subject.constData()};
        jsStreamConfig cfg;
        jsStreamConfig_Init(&cfg);
        cfg.Name = stream.constData();
        cfg.Description = description.constData();
        cfg.Subjects = subjects;
        cfg.SubjectsLen = 1;
        cfg.MaxMsgsPerSubject = config.history;
        cfg.MaxBytes = config.maxBytes;
        cfg.Discard = js_DiscardNew;
        cfg.Storage = config.memoryStorage ? js_MemoryStorage : js_FileStorage;
        cfg.Replicas = 1;
        cfg.AllowRollup = true;
        cfg.DenyDelete = true;
        cfg.AllowDirect = true;
        cfg.Duplicates = int64_t(120) * 1000 * 1000 * 1000;
        jsStreamInfo *created = nullptr;
        s = js_AddStream(&created, js->get(), &cfg, nullptr, &errCode);
        jsStreamInfo_Destroy(created);
        // Another replica may have created it in between: binding below settles that.
        if (s != NATS_OK && errCode != 10058 /* stream name already in use */)
            return makeError(
                tr("cannot create the key-value bucket %1: %2").arg(config.name, lastErrorText(s)));
    } else if (s != NATS_OK) {
        return makeError(tr("cannot look up the key-value bucket %1: %2").arg(config.name, lastErrorText(s)));
    } else if (info->Config->MaxBytes != config.maxBytes) {
        info->Config->MaxBytes = config.maxBytes;
        jsStreamInfo *updated = nullptr;
        s = js_UpdateStream(&updated, js->get(), info->Config, nullptr, &errCode);
        jsStreamInfo_Destroy(updated);
        if (s != NATS_OK)
            return makeError(tr("cannot set the size limit of the key-value bucket %1: %2")
                                 .arg(config.name, lastErrorText(s)));
    }
    return bind(conn, config.name);
}

Result<KvBucket> KvBucket::bind(natsConnection *conn, const QString &name)
{
    auto js = jetStream(conn);
    if (!js)
        return js.error();
    kvStore *raw = nullptr;
    const natsStatus s = js_KeyValue(&raw, js->get(), name.toUtf8().constData());
    if (s != NATS_OK)
        return makeError(tr("cannot open the key-value bucket %1: %2").arg(name, lastErrorText(s)));
    return KvBucket(std::move(*js), KvStorePtr(raw), name, conn);
}

namespace {

struct BulkErrors
{
    std::mutex mutex;
    int failed = 0;
    bool full = false;
    QString firstError;
};

void onBulkError(jsCtx *, jsPubAckErr *pae, void *closure)
{
    auto *errors = static_cast<BulkErrors *>(closure);
    std::lock_guard lock(errors->mutex);
    ++errors->failed;
    const QString text = QString::fromUtf8(pae->ErrText ? pae->ErrText : natsStatus_GetText(pae->Err));
    if (text.contains(QLatin1String("maximum bytes"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("insufficient resources"), Qt::CaseInsensitive))
        errors->full = true;
    if (errors->firstError.isEmpty())
        errors->firstError = text;
}

} // namespace

Result<KvBucket::BulkResult> KvBucket::putMany(const QList<std::pair<QString, QByteArray>> &entries,
                                               int timeoutMs) const
{
    // A context of its own: its error handler belongs to this call.
    BulkErrors errors;
    jsOptions options;
    jsOptions_Init(&options);
    options.PublishAsync.ErrHandler = &onBulkError;
    options.PublishAsync.ErrHandlerClosure = &errors;
    options.PublishAsync.MaxPending = 4096;
    jsCtx *raw = nullptr;
    natsStatus s = natsConnection_JetStream(&raw, m_conn, &options);
    if (s != NATS_OK)
        return makeError(QStringLiteral("JetStream: %1").arg(lastErrorText(s)));
    JsCtxPtr js(raw);
    const QByteArray prefix = "$KV." + m_name.toUtf8() + '.';
    int notSent = 0;
    for (const auto &[key, value] : entries) {
        const QByteArray subject = prefix + key.toUtf8();
        if (js_PublishAsync(js.get(), subject.constData(), value.constData(), int(value.size()), nullptr) !=
            NATS_OK)
            ++notSent;
    }
    jsPubOptions wait;
    jsPubOptions_Init(&wait);
    wait.MaxWait = timeoutMs;
    s = js_PublishAsyncComplete(js.get(), &wait);
    if (s != NATS_OK)
        return makeError(
            tr("writing %1 keys to bucket %2: %3").arg(entries.size()).arg(m_name, lastErrorText(s)));
    std::lock_guard lock(errors.mutex);
    return BulkResult{errors.failed + notSent, errors.full, errors.firstError};
}

Result<std::optional<KvValue>> KvBucket::get(const QString &key) const
{
    kvEntry *raw = nullptr;
    const natsStatus s = kvStore_Get(&raw, m_kv.get(), key.toUtf8().constData());
    if (s == NATS_NOT_FOUND)
        return std::optional<KvValue>();
    if (s != NATS_OK)
        return makeError(tr("reading %1 from bucket %2: %3").arg(key, m_name, lastErrorText(s)));
    KvEntryPtr entry(raw);
    return std::optional<KvValue>(toValue(entry.get()));
}

Result<KvWrite> KvBucket::classifyFailure(const QString &key, natsStatus status, const char *what) const
{
    const QString text = lastErrorText(status);
    if (text.contains(QLatin1String("maximum bytes"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("insufficient resources"), Qt::CaseInsensitive))
        return KvWrite{KvWrite::Outcome::Full, 0, 0};
    if (text.contains(QLatin1String("wrong last sequence"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("key exists"), Qt::CaseInsensitive)) {
        auto current = get(key);
        if (!current)
            return current.error();
        return KvWrite{KvWrite::Outcome::Conflict, 0, *current ? (*current)->revision : 0};
    }
    return makeError(tr(what).arg(key, m_name, text));
}

Result<KvWrite> KvBucket::put(const QString &key, const QByteArray &value) const
{
    uint64_t rev = 0;
    const natsStatus s =
        kvStore_Put(&rev, m_kv.get(), key.toUtf8().constData(), value.constData(), int(value.size()));
    if (s != NATS_OK)
        return classifyFailure(key, s, QT_TR_NOOP("writing %1 in bucket %2: %3"));
    return KvWrite{KvWrite::Outcome::Written, rev, 0};
}

Result<KvWrite> KvBucket::create(const QString &key, const QByteArray &value) const
{
    uint64_t rev = 0;
    const natsStatus s =
        kvStore_Create(&rev, m_kv.get(), key.toUtf8().constData(), value.constData(), int(value.size()));
    if (s != NATS_OK)
        return classifyFailure(key, s, QT_TR_NOOP("creating %1 in bucket %2: %3"));
    return KvWrite{KvWrite::Outcome::Written, rev, 0};
}

Result<KvWrite> KvBucket::update(const QString &key, const QByteArray &value, quint64 expectedRevision) const
{
    uint64_t rev = 0;
    const natsStatus s = kvStore_Update(&rev, m_kv.get(), key.toUtf8().constData(), value.constData(),
                                        int(value.size()), expectedRevision);
    if (s != NATS_OK)
        return classifyFailure(key, s, QT_TR_NOOP("updating %1 in bucket %2: %3"));
    return KvWrite{KvWrite::Outcome::Written, rev, 0};
}

Result<KvWrite> KvBucket::remove(const QString &key, quint64 expectedRevision) const
{
    if (expectedRevision == 0) {
        const natsStatus s = kvStore_Delete(m_kv.get(), key.toUtf8().constData());
        if (s != NATS_OK)
            return classifyFailure(key, s, QT_TR_NOOP("deleting %1 in bucket %2: %3"));
        return KvWrite{};
    }
    // nats.c 3.4.1 has no conditional delete: publish the delete marker ourselves, with the
    // same expected-sequence check kvStore_Update uses, so concurrent replicas cannot race.
    const QByteArray subject = QStringLiteral("$KV.%1.%2").arg(m_name, key).toUtf8();
    natsMsg *rawMsg = nullptr;
    if (natsMsg_Create(&rawMsg, subject.constData(), nullptr, nullptr, 0) != NATS_OK)
        return makeError(tr("cannot create a delete marker for %1").arg(key));
    std::unique_ptr<natsMsg, decltype(&natsMsg_Destroy)> msg(rawMsg, &natsMsg_Destroy);
    natsMsgHeader_Set(msg.get(), "KV-Operation", "DEL");
    jsPubOptions options;
    jsPubOptions_Init(&options);
    options.ExpectLastSubjectSeq = expectedRevision;
    jsPubAck *ack = nullptr;
    jsErrCode errCode = jsErrCode(0);
    const natsStatus s = js_PublishMsg(&ack, m_js.get(), msg.get(), &options, &errCode);
    jsPubAck_Destroy(ack);
    if (s != NATS_OK)
        return classifyFailure(key, s, QT_TR_NOOP("deleting %1 in bucket %2: %3"));
    return KvWrite{};
}

Status KvBucket::purge(const QString &key) const
{
    // A purge of the key's subject in the bucket's stream, not kvStore_Purge: that one leaves
    // a marker per key, and clearing markers means reading every key of the bucket.
    const QByteArray stream = "KV_" + m_name.toUtf8();
    const QByteArray subject = "$KV." + m_name.toUtf8() + '.' + key.toUtf8();
    jsOptions options;
    jsOptions_Init(&options);
    options.Stream.Purge.Subject = subject.constData();
    jsErrCode errCode = jsErrCode(0);
    const natsStatus s = js_PurgeStream(m_js.get(), stream.constData(), &options, &errCode);
    if (s != NATS_OK)
        return makeError(tr("purging %1 in bucket %2: %3").arg(key, m_name, lastErrorText(s)));
    return Ok{};
}

Result<QList<KvValue>> KvBucket::list(const QString &filter) const
{
    kvWatchOptions options;
    kvWatchOptions_Init(&options);
    kvWatcher *raw = nullptr;
    natsStatus s = kvStore_Watch(&raw, m_kv.get(), filter.toUtf8().constData(), &options);
    if (s != NATS_OK)
        return makeError(tr("listing %1 in bucket %2: %3").arg(filter, m_name, lastErrorText(s)));
    KvWatcherPtr watcher(raw);
    QList<KvValue> values;
    for (;;) {
        kvEntry *rawEntry = nullptr;
        s = kvWatcher_Next(&rawEntry, watcher.get(), 5000);
        if (s != NATS_OK)
            return makeError(tr("listing %1 in bucket %2: %3").arg(filter, m_name, lastErrorText(s)));
        if (!rawEntry) // the end of the current values
            break;
        KvEntryPtr entry(rawEntry);
        if (kvEntry_Operation(entry.get()) == kvOp_Put)
            values << toValue(entry.get());
    }
    kvWatcher_Stop(watcher.get());
    return values;
}

Result<QStringList> KvBucket::keys(const QString &filter) const
{
    kvWatchOptions options;
    kvWatchOptions_Init(&options);
    options.MetaOnly = true; // chunks can be megabytes: do not pull them to learn their names
    kvWatcher *raw = nullptr;
    natsStatus s = kvStore_Watch(&raw, m_kv.get(), filter.toUtf8().constData(), &options);
    if (s != NATS_OK)
        return makeError(tr("listing keys %1 in bucket %2: %3").arg(filter, m_name, lastErrorText(s)));
    KvWatcherPtr watcher(raw);
    QStringList keys;
    for (;;) {
        kvEntry *rawEntry = nullptr;
        s = kvWatcher_Next(&rawEntry, watcher.get(), 5000);
        if (s != NATS_OK)
            return makeError(tr("listing keys %1 in bucket %2: %3").arg(filter, m_name, lastErrorText(s)));
        if (!rawEntry)
            break;
        KvEntryPtr entry(rawEntry);
        if (kvEntry_Operation(entry.get()) == kvOp_Put)
            keys << QString::fromUtf8(kvEntry_Key(entry.get()));
    }
    kvWatcher_Stop(watcher.get());
    return keys;
}

Result<qint64> KvBucket::storedBytes() const
{
    jsStreamInfo *raw = nullptr;
    jsErrCode errCode = jsErrCode(0);
    const natsStatus s =
        js_GetStreamInfo(&raw, m_js.get(), streamName(m_name).toUtf8().constData(), nullptr, &errCode);
    if (s != NATS_OK)
        return makeError(tr("reading the size of bucket %1: %2").arg(m_name, lastErrorText(s)));
    StreamInfoPtr info(raw);
    return qint64(info->State.Bytes);
}

} // namespace Stratus
