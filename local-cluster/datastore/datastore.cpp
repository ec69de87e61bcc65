#include "datastore.h"

#include "protocol.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Stratus::Datastore {

namespace {

constexpr int MaxNameBytes = 512;
constexpr qint64 SweepBudgetMs = 200; // of each sweep tick
constexpr qint64 RetryMs = 1000;      // a purge the broker refused is tried again after this

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool isToken(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"));
    return re.match(s).hasMatch();
}

ServiceReply badRequest(const QString &message, const QString &field = {})
{
    return ServiceReply::error(Protocol::StatusBadRequest, message, field);
}

ServiceReply unavailable(const Error &error)
{
    return ServiceReply::error(Protocol::StatusUnavailable, error.message);
}

QString randomToken()
{
    return QString::number(QRandomGenerator::global()->generate64(), 36);
}

// Request fields shared by most operations, checked the same way everywhere.
std::optional<ServiceReply> checkRunId(const QString &run)
{
    if (!isToken(run))
        return badRequest(
            QStringLiteral("run: must be letters, digits, '-' and '_' (at most 64), starting with "
                           "a letter or digit"),
            QStringLiteral("run"));
    return std::nullopt;
}

std::optional<ServiceReply> checkName(const QString &name)
{
    if (name.isEmpty() || name.toUtf8().size() > MaxNameBytes)
        return badRequest(
            QStringLiteral("object: must be a non-empty name of at most %1 bytes").arg(MaxNameBytes),
            QStringLiteral("object"));
    return std::nullopt;
}

} // namespace

QJsonObject Datastore::Object::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("size"), double(size)},
                  {QStringLiteral("chunks"), chunks},
                  {QStringLiteral("upload"), upload},
                  {QStringLiteral("persist"), persist}};
    if (persist)
        o.insert(QStringLiteral("keepUntilMs"), double(keepUntilMs));
    return o;
}

Datastore::Object Datastore::Object::fromJson(const QJsonObject &o, quint64 revision)
{
    return Object{o.value(QStringLiteral("name")).toString(),
                  qint64(o.value(QStringLiteral("size")).toDouble()),
                  o.value(QStringLiteral("chunks")).toInt(),
                  o.value(QStringLiteral("upload")).toString(),
                  o.value(QStringLiteral("persist")).toBool(),
                  qint64(o.value(QStringLiteral("keepUntilMs")).toDouble()),
                  revision};
}

QString Datastore::runKey(const QString &runId)
{
    return QStringLiteral("run.") + runId;
}

QString Datastore::objectKey(const QString &runId, const QString &name)
{
    // Object names are free text; bucket keys are not: base64url keeps them apart and legal.
    return QStringLiteral("obj.%1.%2")
        .arg(runId, QString::fromLatin1(name.toUtf8().toBase64(QByteArray::Base64UrlEncoding |
                                                               QByteArray::OmitTrailingEquals)));
}

QString Datastore::chunkKey(const QString &runId, const QString &upload, int index)
{
    return QStringLiteral("chunk.%1.%2.%3").arg(runId, upload).arg(index);
}

QByteArrayList Datastore::objectKeys(const QString &runId, const QString &objectKey, const QString &upload,
                                     int chunks)
{
    QByteArrayList keys{objectKey.toUtf8()};
    for (int i = 0; i < chunks; ++i)
        keys.append(chunkKey(runId, upload, i).toUtf8());
    return keys;
}

ServiceReply Datastore::handle(const ServiceRequest &request) const
{
    const QString &op = request.operation;
    if (op == QLatin1String("put"))
        return put(request);
    if (op == QLatin1String("record"))
        return record(request);
    if (op == QLatin1String("chunk.put"))
        return putChunk(request);
    if (op == QLatin1String("info"))
        return info();
    if (op == QLatin1String("runs"))
        return runs();
    const auto body = request.json();
    if (!body)
        return badRequest(body.errorMessage());
    if (op == QLatin1String("register"))
        return registerRun(*body);
    if (op == QLatin1String("deregister"))
        return deregisterRun(*body);
    if (op == QLatin1String("get"))
        return get(*body);
    if (op == QLatin1String("chunk.get"))
        return getChunk(*body);
    if (op == QLatin1String("delete"))
        return remove(*body);
    if (op == QLatin1String("lookup"))
        return lookup(*body);
    if (op == QLatin1String("enumerate"))
        return enumerate(*body);
    return badRequest(QStringLiteral("unknown operation \"%1\": use register, deregister, put, get, delete, "
                                     "lookup, enumerate, runs, record, chunk.put, chunk.get or info")
                          .arg(op));
}

ServiceReply Datastore::storeFull() const
{
    const auto used = m_bucket.storedBytes();
    return ServiceReply::error(
        Protocol::StatusStoreFull,
        QStringLiteral("store full: the datastore holds %1 of its %2 bytes (--max-bytes); delete objects or "
                       "deregister runs, or start it with a larger --max-bytes")
            .arg(used ? QString::number(*used) : QStringLiteral("?"))
            .arg(m_settings.maxBytes),
        {}, {{QStringLiteral("maxBytes"), double(m_settings.maxBytes)}});
}

Result<std::optional<Datastore::Run>> Datastore::findRun(const QString &runId) const
{
    const auto value = m_bucket.get(runKey(runId));
    if (!value)
        return value.error();
    if (!*value)
        return std::optional<Run>();
    const QJsonObject o = QJsonDocument::fromJson((*value)->value).object();
    return std::optional<Run>(Run{runId, qint64(o.value(QStringLiteral("expiresMs")).toDouble())});
}

std::variant<Datastore::Run, ServiceReply> Datastore::liveRun(const QString &runId) const
{
    if (auto bad = checkRunId(runId))
        return *bad;
    const auto run = findRun(runId);
    if (!run)
        return unavailable(run.error());
    if (!*run || (*run)->expiresMs <= nowMs())
        return ServiceReply::error(Protocol::StatusNotFound,
                                   QStringLiteral("run %1 is not registered (never, deregistered, or its TTL "
                                                  "expired): register it first")
                                       .arg(runId),
                                   QStringLiteral("run"));
    return **run;
}

Result<std::optional<Datastore::Object>> Datastore::findObject(const QString &runId,
                                                               const QString &name) const
{
    const auto value = m_bucket.get(objectKey(runId, name));
    if (!value)
        return value.error();
    if (!*value)
        return std::optional<Object>();
    return std::optional<Object>(
        Object::fromJson(QJsonDocument::fromJson((*value)->value).object(), (*value)->revision));
}

std::variant<Datastore::Object, ServiceReply> Datastore::visibleObject(const QString &runId,
                                                                       const QString &name) const
{
    if (auto bad = checkRunId(runId))
        return *bad;
    if (auto bad = checkName(name))
        return *bad;
    const auto object = findObject(runId, name);
    if (!object)
        return unavailable(object.error());
    bool visible = false;
    if (*object) {
        if ((*object)->persist) {
            visible = (*object)->keepUntilMs > nowMs();
        } else {
            // Not yet swept does not mean still there: an expired run's objects are gone.
            const auto run = findRun(runId);
            if (!run)
                return unavailable(run.error());
            visible = *run && (*run)->expiresMs > nowMs();
        }
    }
    if (!visible)
        return ServiceReply::error(Protocol::StatusNotFound,
                                   QStringLiteral("%1/%2: no such object").arg(runId, name),
                                   QStringLiteral("object"));
    return **object;
}

ServiceReply Datastore::registerRun(const QJsonObject &request) const
{
    QString runId = request.value(QStringLiteral("run")).toString();
    if (runId.isEmpty())
        runId = QStringLiteral("run-") + randomToken();
    if (auto bad = checkRunId(runId))
        return *bad;
    const QJsonValue ttlValue = request.value(QStringLiteral("ttlMs"));
    const qint64 ttlMs = ttlValue.isUndefined() ? m_settings.defaultTtlMs : qint64(ttlValue.toDouble(-1));
    return createRun(runId, ttlMs);
}

ServiceReply Datastore::createRun(const QString &runId, qint64 ttlMs) const
{
    if (ttlMs <= 0 || ttlMs > m_settings.maxTtlMs)
        return badRequest(QStringLiteral("ttlMs: must be an integer from 1 to %1").arg(m_settings.maxTtlMs),
                          QStringLiteral("ttlMs"));
    const qint64 now = nowMs();
    const QJsonObject run{{QStringLiteral("run"), runId},
                          {QStringLiteral("ttlMs"), double(ttlMs)},
                          {QStringLiteral("registeredMs"), double(now)},
                          {QStringLiteral("expiresMs"), double(now + ttlMs)}};
    const auto written = m_bucket.create(runKey(runId), QJsonDocument(run).toJson(QJsonDocument::Compact));
    if (!written)
        return unavailable(written.error());
    if (written->outcome == KvWrite::Outcome::Full)
        return storeFull();
    if (written->outcome == KvWrite::Outcome::Conflict)
        return ServiceReply::error(Protocol::StatusConflict,
                                   QStringLiteral("run %1 is already registered").arg(runId),
                                   QStringLiteral("run"));
    m_expiry.addToRun(runId, now + ttlMs, {runKey(runId).toUtf8()});
    return ServiceReply::json(run);
}

ServiceReply Datastore::deregisterRun(const QJsonObject &request) const
{
    const QString runId = request.value(QStringLiteral("run")).toString();
    if (auto bad = checkRunId(runId))
        return *bad;
    const auto run = findRun(runId);
    if (!run)
        return unavailable(run.error());
    if (!*run)
        return ServiceReply::error(Protocol::StatusNotFound,
                                   QStringLiteral("run %1 is not registered").arg(runId),
                                   QStringLiteral("run"));
    // The run key goes first, so no put can start on the run while its objects go.
    if (const Status purged = m_bucket.purge(runKey(runId)); !purged)
        return unavailable(purged.error());
    const auto values = m_bucket.list(QStringLiteral("obj.%1.*").arg(runId));
    if (!values)
        return unavailable(values.error());
    int deleted = 0;
    int kept = 0;
    for (const KvValue &value : *values) {
        const Object object = Object::fromJson(QJsonDocument::fromJson(value.value).object(), value.revision);
        if (object.persist) {
            ++kept;
            continue;
        }
        (void)m_bucket.purge(value.key);
        purgeUpload(runId, object.upload);
        ++deleted;
    }
    m_expiry.addToRun(runId, nowMs(), {}); // the sweeper frees the rest (aborted uploads)
    return ServiceReply::json({{QStringLiteral("run"), runId},
                               {QStringLiteral("deleted"), deleted},
                               {QStringLiteral("kept"), kept}});
}

void Datastore::purgeUpload(const QString &runId, const QString &upload) const
{
    if (upload.isEmpty())
        return;
    const auto keys = m_bucket.keys(QStringLiteral("chunk.%1.%2.*").arg(runId, upload));
    if (!keys)
        return; // the sweeper comes back for what is left
    for (const QString &key : *keys)
        (void)m_bucket.purge(key);
}

ServiceReply Datastore::putChunk(const ServiceRequest &request) const
{
    const QString runId = QString::fromUtf8(request.header(Protocol::RunHeader));
    const QString upload = QString::fromUtf8(request.header(Protocol::UploadHeader));
    bool indexOk = false;
    const int index = request.header(Protocol::ChunkHeader).toInt(&indexOk);
    const auto run = liveRun(runId);
    if (const auto *reply = std::get_if<ServiceReply>(&run))
        return *reply;
    if (!isToken(upload))
        return badRequest(QStringLiteral("%1: must be an upload id (letters, digits, '-', '_')")
                              .arg(QLatin1String(Protocol::UploadHeader)),
                          QLatin1String(Protocol::UploadHeader));
    if (!indexOk || index < 0)
        return badRequest(
            QStringLiteral("%1: must be a chunk index from 0").arg(QLatin1String(Protocol::ChunkHeader)),
            QLatin1String(Protocol::ChunkHeader));
    const QString key = chunkKey(runId, upload, index);
    const auto written = m_bucket.put(key, request.data);
    if (!written)
        return unavailable(written.error());
    if (written->outcome == KvWrite::Outcome::Full) {
        purgeUpload(runId, upload);
        return storeFull();
    }
    m_expiry.addToRun(runId, std::get<Run>(run).expiresMs, {key.toUtf8()});
    return ServiceReply::json({{QStringLiteral("upload"), upload}, {QStringLiteral("chunk"), index}});
}

// Many small objects, each in a run of its own, written in one go (docs/datastore.md,
// "record"): the body is a sequence of a JSON header line {"run", "ttlMs", "object", "size"}
// and `size` bytes of value. Each run is (re)registered with its TTL; nothing is read first,
// so a record costs three writes in flight instead of five round trips.
ServiceReply Datastore::record(const ServiceRequest &request) const
{
    if (m_refusingRecords.load(std::memory_order_relaxed))
        return storeFull();
    QList<std::pair<QString, QByteArray>> writes;
    const QByteArray &body = request.data;
    qsizetype at = 0;
    int runs = 0;
    const qint64 now = nowMs();
    while (at < body.size()) {
        const qsizetype end = body.indexOf('\n', at);
        if (end < 0)
            return badRequest(QStringLiteral("record %1: a header line without its newline").arg(runs));
        QJsonParseError error;
        const QJsonObject header = QJsonDocument::fromJson(body.mid(at, end - at), &error).object();
        const QString runId = header.value(QStringLiteral("run")).toString();
        const QString name = header.value(QStringLiteral("object")).toString();
        const qint64 ttlMs = qint64(header.value(QStringLiteral("ttlMs")).toDouble(-1));
        const qint64 size = qint64(header.value(QStringLiteral("size")).toDouble(-1));
        if (error.error != QJsonParseError::NoError || size < 0 || end + 1 + size > body.size())
            return badRequest(QStringLiteral("record %1: expected a header {run, ttlMs, object, size} and "
                                             "size bytes")
                                  .arg(runs));
        if (auto bad = checkRunId(runId))
            return *bad;
        if (auto bad = checkName(name))
            return *bad;
        if (ttlMs <= 0 || ttlMs > m_settings.maxTtlMs)
            return badRequest(
                QStringLiteral("record %1: ttlMs must be from 1 to %2").arg(runs).arg(m_settings.maxTtlMs),
                QStringLiteral("ttlMs"));
        const QByteArray value = body.mid(end + 1, size);
        const QString upload = randomToken();
        const QJsonObject run{{QStringLiteral("run"), runId},
                              {QStringLiteral("ttlMs"), double(ttlMs)},
                              {QStringLiteral("registeredMs"), double(now)},
                              {QStringLiteral("expiresMs"), double(now + ttlMs)}};
        const Object object{name, size, 1, upload, false, 0, 0};
        const QString key = objectKey(runId, name);
        const QString ownKey = runKey(runId);
        writes.append({ownKey, QJsonDocument(run).toJson(QJsonDocument::Compact)});
        writes.append({chunkKey(runId, upload, 0), value});
        writes.append({key, QJsonDocument(object.toJson()).toJson(QJsonDocument::Compact)});
        // Indexed whatever the write's outcome: freeing a key that was never stored costs nothing.
        m_expiry.addToRun(runId, now + ttlMs, objectKeys(runId, key, upload, 1) << ownKey.toUtf8());
        at = end + 1 + size;
        ++runs;
    }
    const auto written = m_recordBucket.putMany(writes);
    if (!written)
        return unavailable(written.error());
    if (written->full) {
        m_refusingRecords.store(true, std::memory_order_relaxed);
        return storeFull();
    }
    if (written->failed > 0)
        return ServiceReply::error(Protocol::StatusUnavailable, QStringLiteral("%1 of %2 writes failed: %3")
                                                                    .arg(written->failed)
                                                                    .arg(writes.size())
                                                                    .arg(written->firstError));
    return ServiceReply::json({{QStringLiteral("records"), runs}});
}

ServiceReply Datastore::put(const ServiceRequest &request) const
{
    const QString runId = QString::fromUtf8(request.header(Protocol::RunHeader));
    const QString name = QString::fromUtf8(request.header(Protocol::ObjectHeader));
    const bool persist = request.header(Protocol::PersistHeader) == "1";
    // A flow records its run in one message: the put registers the run when it is new, and
    // a run this put created holds nothing yet, which saves two reads (docs/datastore.md).
    bool freshRun = false;
    qint64 runExpiresMs = 0; // 0: as createRun indexed it
    if (const QByteArray ttl = request.header(Protocol::TtlHeader); !ttl.isEmpty()) {
        if (auto bad = checkRunId(runId))
            return *bad;
        const ServiceReply created = createRun(runId, ttl.toLongLong());
        const QByteArray status = created.headers.value(Protocol::StatusHeader, Protocol::StatusOk);
        if (status != Protocol::StatusOk && status != Protocol::StatusConflict)
            return created;
        freshRun = status == Protocol::StatusOk;
    }
    if (!freshRun) {
        const auto run = liveRun(runId);
        if (const auto *reply = std::get_if<ServiceReply>(&run))
            return *reply;
        runExpiresMs = std::get<Run>(run).expiresMs;
    }
    if (auto bad = checkName(name))
        return *bad;
    QString upload = QString::fromUtf8(request.header(Protocol::UploadHeader));
    int chunks = 1;
    if (!upload.isEmpty()) {
        bool ok = false;
        chunks = request.header(Protocol::ChunksHeader).toInt(&ok);
        if (!isToken(upload) || !ok || chunks < 1)
            return badRequest(
                QStringLiteral("a chunked put needs %1 (an id) and %2 (the chunk count, at least 1)")
                    .arg(QLatin1String(Protocol::UploadHeader), QLatin1String(Protocol::ChunksHeader)),
                QLatin1String(Protocol::ChunksHeader));
    } else {
        upload = randomToken();
    }

    // The body is the last chunk; the earlier ones came through chunk.put.
    const auto written = m_bucket.put(chunkKey(runId, upload, chunks - 1), request.data);
    if (!written)
        return unavailable(written.error());
    if (written->outcome == KvWrite::Outcome::Full) {
        purgeUpload(runId, upload);
        return storeFull();
    }
    qint64 size = request.data.size();
    if (chunks > 1) {
        const auto keys = m_bucket.keys(QStringLiteral("chunk.%1.%2.*").arg(runId, upload));
        if (!keys)
            return unavailable(keys.error());
        QSet<int> present;
        for (const QString &key : *keys)
            present.insert(key.section(QLatin1Char('.'), 3).toInt());
        for (int i = 0; i < chunks - 1; ++i) {
            if (!present.contains(i)) {
                purgeUpload(runId, upload);
                return badRequest(
                    QStringLiteral("upload %1: chunk %2 of %3 never arrived; send the object again")
                        .arg(upload)
                        .arg(i)
                        .arg(chunks),
                    QLatin1String(Protocol::ChunksHeader));
            }
        }
        const qint64 declared = request.header(Protocol::SizeHeader).toLongLong();
        size = declared > 0 ? declared : size;
    }

    Object object{name, size, chunks, upload, persist, persist ? nowMs() + m_settings.persistTtlMs : 0, 0};
    const QString key = objectKey(runId, name);
    const QByteArray bytes = QJsonDocument(object.toJson()).toJson(QJsonDocument::Compact);
    // Compare-and-set against the version we replace, so two concurrent puts of one name
    // each free exactly the chunks of the version they displaced.
    for (int attempt = 0; attempt < 8; ++attempt) {
        const auto previous =
            freshRun && attempt == 0 ? Result<std::optional<Object>>(std::nullopt) : findObject(runId, name);
        if (!previous)
            return unavailable(previous.error());
        const auto stored =
            *previous ? m_bucket.update(key, bytes, (*previous)->revision) : m_bucket.create(key, bytes);
        if (!stored)
            return unavailable(stored.error());
        if (stored->outcome == KvWrite::Outcome::Conflict)
            continue;
        if (stored->outcome == KvWrite::Outcome::Full) {
            purgeUpload(runId, upload);
            return storeFull();
        }
        if (*previous && (*previous)->upload != upload)
            purgeUpload(runId, (*previous)->upload);
        const QByteArrayList keys = objectKeys(runId, key, upload, chunks);
        if (persist)
            m_expiry.addPersisted(runId, name, keys, object.keepUntilMs);
        else
            m_expiry.addToRun(runId, runExpiresMs, keys);
        QJsonObject reply = object.toJson();
        reply.insert(QStringLiteral("run"), runId);
        reply.insert(QStringLiteral("revision"), double(stored->revision));
        return ServiceReply::json(reply);
    }
    purgeUpload(runId, upload);
    return ServiceReply::error(
        Protocol::StatusConflict,
        QStringLiteral("%1/%2: written concurrently by others; try again").arg(runId, name),
        QStringLiteral("object"));
}

ServiceReply Datastore::get(const QJsonObject &request) const
{
    const QString runId = request.value(QStringLiteral("run")).toString();
    const QString name = request.value(QStringLiteral("object")).toString();
    const bool deleteAfterRead = request.value(QStringLiteral("delete")).toBool();
    const auto found = visibleObject(runId, name);
    if (const auto *reply = std::get_if<ServiceReply>(&found))
        return *reply;
    const Object &object = std::get<Object>(found);
    if (deleteAfterRead) {
        // Claim the object before reading it: of two readers asking to consume it, one wins.
        const auto claimed = m_bucket.remove(objectKey(runId, name), object.revision);
        if (!claimed)
            return unavailable(claimed.error());
        if (claimed->outcome != KvWrite::Outcome::Written)
            return ServiceReply::error(
                Protocol::StatusNotFound,
                QStringLiteral("%1/%2: consumed or replaced by another reader").arg(runId, name),
                QStringLiteral("object"));
    }
    QByteArray data;
    if (object.chunks > 0) {
        const auto chunk = m_bucket.get(chunkKey(runId, object.upload, 0));
        if (!chunk)
            return unavailable(chunk.error());
        if (!*chunk)
            return ServiceReply::error(
                Protocol::StatusNotFound,
                QStringLiteral("%1/%2: replaced or deleted while being read").arg(runId, name),
                QStringLiteral("object"));
        data = (*chunk)->value;
    }
    if (deleteAfterRead && object.chunks <= 1)
        purgeUpload(runId, object.upload);
    return ServiceReply::bytes(data, {{Protocol::SizeHeader, QByteArray::number(object.size)},
                                      {Protocol::ChunksHeader, QByteArray::number(object.chunks)},
                                      {Protocol::UploadHeader, object.upload.toUtf8()},
                                      {Protocol::PersistHeader, object.persist ? "1" : "0"}});
}

ServiceReply Datastore::getChunk(const QJsonObject &request) const
{
    const QString runId = request.value(QStringLiteral("run")).toString();
    const QString upload = request.value(QStringLiteral("upload")).toString();
    const int index = request.value(QStringLiteral("index")).toInt(-1);
    if (auto bad = checkRunId(runId))
        return *bad;
    if (!isToken(upload) || index < 0)
        return badRequest(QStringLiteral("chunk.get needs upload (from the get reply's %1) and index")
                              .arg(QLatin1String(Protocol::UploadHeader)),
                          QStringLiteral("upload"));
    const auto chunk = m_bucket.get(chunkKey(runId, upload, index));
    if (!chunk)
        return unavailable(chunk.error());
    if (!*chunk)
        return ServiceReply::error(
            Protocol::StatusNotFound,
            QStringLiteral("%1: chunk %2 of upload %3 is gone: the object was replaced or "
                           "deleted while being read; read it again")
                .arg(runId)
                .arg(index)
                .arg(upload),
            QStringLiteral("index"));
    // A delete-after-read reader releases the chunks with its last chunk request.
    if (request.value(QStringLiteral("release")).toBool())
        purgeUpload(runId, upload);
    return ServiceReply::bytes((*chunk)->value);
}

ServiceReply Datastore::remove(const QJsonObject &request) const
{
    const QString runId = request.value(QStringLiteral("run")).toString();
    const QString name = request.value(QStringLiteral("object")).toString();
    const auto found = visibleObject(runId, name);
    if (const auto *reply = std::get_if<ServiceReply>(&found))
        return *reply;
    if (const Status purged = m_bucket.purge(objectKey(runId, name)); !purged)
        return unavailable(purged.error());
    purgeUpload(runId, std::get<Object>(found).upload);
    return ServiceReply::json({{QStringLiteral("run"), runId},
                               {QStringLiteral("object"), name},
                               {QStringLiteral("deleted"), true}});
}

ServiceReply Datastore::lookup(const QJsonObject &request) const
{
    const QString runId = request.value(QStringLiteral("run")).toString();
    const QString name = request.value(QStringLiteral("object")).toString();
    const auto found = visibleObject(runId, name);
    if (const auto *reply = std::get_if<ServiceReply>(&found)) {
        if (reply->headers.value(Protocol::StatusHeader) != Protocol::StatusNotFound)
            return *reply;
        return ServiceReply::json({{QStringLiteral("run"), runId},
                                   {QStringLiteral("object"), name},
                                   {QStringLiteral("exists"), false}});
    }
    const Object &object = std::get<Object>(found);
    return ServiceReply::json({{QStringLiteral("run"), runId},
                               {QStringLiteral("object"), name},
                               {QStringLiteral("exists"), true},
                               {QStringLiteral("size"), double(object.size)},
                               {QStringLiteral("persist"), object.persist}});
}

ServiceReply Datastore::enumerate(const QJsonObject &request) const
{
    const QString runId = request.value(QStringLiteral("run")).toString();
    if (auto bad = checkRunId(runId))
        return *bad;
    const auto run = findRun(runId);
    if (!run)
        return unavailable(run.error());
    const bool alive = *run && (*run)->expiresMs > nowMs();
    const auto values = m_bucket.list(QStringLiteral("obj.%1.*").arg(runId));
    if (!values)
        return unavailable(values.error());
    QList<Object> objects;
    for (const KvValue &value : *values) {
        const Object object = Object::fromJson(QJsonDocument::fromJson(value.value).object(), value.revision);
        if (object.persist ? object.keepUntilMs > nowMs() : alive)
            objects << object;
    }
    std::sort(objects.begin(), objects.end(),
              [](const Object &a, const Object &b) { return a.name < b.name; });
    QJsonArray array;
    for (const Object &object : objects) {
        array.append(QJsonObject{{QStringLiteral("name"), object.name},
                                 {QStringLiteral("size"), double(object.size)},
                                 {QStringLiteral("persist"), object.persist}});
    }
    return ServiceReply::json({{QStringLiteral("run"), runId},
                               {QStringLiteral("registered"), alive},
                               {QStringLiteral("objects"), array}});
}

ServiceReply Datastore::runs() const
{
    const auto values = m_bucket.list(QStringLiteral("run.*"));
    if (!values)
        return unavailable(values.error());
    QList<QJsonObject> live;
    for (const KvValue &value : *values) {
        const QJsonObject run = QJsonDocument::fromJson(value.value).object();
        // Expired runs wait for the sweeper; readers must not see them meanwhile.
        if (run.value(QStringLiteral("expiresMs")).toDouble() > double(nowMs()))
            live << run;
    }
    std::sort(live.begin(), live.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("run")).toString() < b.value(QStringLiteral("run")).toString();
    });
    QJsonArray array;
    for (const QJsonObject &run : std::as_const(live))
        array.append(run);
    return ServiceReply::json({{QStringLiteral("runs"), array}});
}

ServiceReply Datastore::info() const
{
    const auto used = m_bucket.storedBytes();
    return ServiceReply::json({{QStringLiteral("bucket"), m_bucket.name()},
                               {QStringLiteral("maxBytes"), double(m_settings.maxBytes)},
                               {QStringLiteral("storedBytes"), used ? double(*used) : -1.0},
                               {QStringLiteral("defaultTtlMs"), double(m_settings.defaultTtlMs)},
                               {QStringLiteral("persistTtlMs"), double(m_settings.persistTtlMs)},
                               {QStringLiteral("indexedRuns"), double(m_expiry.runCount())}});
}

void Datastore::sweep() const
{
    m_refusingRecords.store(false, std::memory_order_relaxed); // one batch a tick tries again
    if (!m_indexed) {
        if (!indexBucket())
            return; // the broker is away; the next tick tries again
        m_indexed = true;
    }
    // A bounded share of each tick: purges are broker work, and a load's worth of runs
    // expiring at once should not take the broker from everyone else.
    QElapsedTimer spent;
    spent.start();
    while (spent.elapsed() < SweepBudgetMs) {
        const QList<ExpiryIndex::Due> due = m_expiry.takeDue(nowMs(), 64);
        if (due.isEmpty())
            return;
        for (const ExpiryIndex::Due &entry : due)
            freeKeys(entry);
    }
}

// Once per process: what the bucket holds when the datastore starts (runs of an earlier
// datastore, of one that shares the bucket, or whatever a crash left) goes into the index
// under the deadline the bucket gives it; keys of runs that are gone are due at once.
bool Datastore::indexBucket() const
{
    const auto runs = m_bucket.list(QStringLiteral("run.*"));
    const auto objects = m_bucket.list(QStringLiteral("obj.>"));
    const auto chunkKeys = m_bucket.keys(QStringLiteral("chunk.>"));
    if (!runs || !objects || !chunkKeys)
        return false;
    const qint64 now = nowMs();
    QHash<QString, qint64> expiries;
    for (const KvValue &value : *runs) {
        const qint64 expiresMs = qint64(
            QJsonDocument::fromJson(value.value).object().value(QStringLiteral("expiresMs")).toDouble());
        const QString runId = value.key.section(QLatin1Char('.'), 1);
        expiries.insert(runId, expiresMs);
        m_expiry.addToRun(runId, expiresMs, {value.key.toUtf8()});
    }
    // Keys of a run that has no run key any more are due now.
    const auto addToRun = [&](const QString &runId, const QString &key) {
        m_expiry.addToRun(runId, expiries.value(runId, now), {key.toUtf8()});
    };
    QSet<QString> persistedUploads; // "run.upload"
    for (const KvValue &value : *objects) {
        const QString runId = value.key.section(QLatin1Char('.'), 1, 1);
        const Object object = Object::fromJson(QJsonDocument::fromJson(value.value).object(), value.revision);
        if (!object.persist) {
            addToRun(runId, value.key);
            continue;
        }
        m_expiry.addPersisted(runId, object.name, objectKeys(runId, value.key, object.upload, object.chunks),
                              object.keepUntilMs);
        persistedUploads.insert(runId + QLatin1Char('.') + object.upload);
    }
    for (const QString &key : *chunkKeys) {
        const QString runId = key.section(QLatin1Char('.'), 1, 1);
        if (!persistedUploads.contains(runId + QLatin1Char('.') + key.section(QLatin1Char('.'), 2, 2)))
            addToRun(runId, key);
    }
    return true;
}

void Datastore::freeKeys(const ExpiryIndex::Due &entry) const
{
    if (!entry.object.isEmpty()) {
        // A persisted object's deadline: the object may have been put again since, persisted
        // for longer or into its run; that version has its own entry.
        const auto object = findObject(entry.runId, entry.object);
        if (!object) {
            m_expiry.addPersisted(entry.runId, entry.object, entry.keys, nowMs() + RetryMs);
            return;
        }
        if (*object && !((*object)->persist && (*object)->keepUntilMs <= nowMs()))
            return;
    }
    for (qsizetype i = 0; i < entry.keys.size(); ++i) {
        if (!m_bucket.purge(QString::fromUtf8(entry.keys[i]))) {
            const QByteArrayList rest = entry.keys.mid(i);
            if (entry.object.isEmpty())
                m_expiry.addToRun(entry.runId, nowMs() + RetryMs, rest);
            else
                m_expiry.addPersisted(entry.runId, entry.object, rest, nowMs() + RetryMs);
            return;
        }
    }
}

} // namespace Stratus::Datastore
