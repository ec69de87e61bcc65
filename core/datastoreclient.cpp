#include "datastoreclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace Stratus {

namespace {

// Room for the subject, reply inbox and headers next to a chunk in one message.
constexpr qint64 HeaderRoom = 16 * 1024;

} // namespace

Result<DatastoreClient> DatastoreClient::connect(const QString &natsUrl, const Options &options)
{
    auto nats = NatsClient::connect(natsUrl, QStringLiteral("stratus-datastore-client"));
    if (!nats)
        return nats.error();
    return DatastoreClient(std::make_shared<const NatsClient>(std::move(*nats)), options);
}

DatastoreClient::DatastoreClient(std::shared_ptr<const NatsClient> nats, Options options)
    : m_nats(std::move(nats)), m_options(std::move(options))
{
}

qint64 DatastoreClient::chunkBytes() const
{
    if (m_options.chunkBytes > 0)
        return m_options.chunkBytes;
    return std::max<qint64>(1024, qint64(natsConnection_GetMaxPayload(m_nats->handle())) - HeaderRoom);
}

Result<NatsReply> DatastoreClient::call(const QString &operation, const QByteArray &body,
                                        const QMap<QByteArray, QByteArray> &headers, QByteArray *status) const
{
    const QString subject = m_options.prefix + QLatin1Char('.') + operation;
    auto reply = m_nats->request(subject, body, m_options.timeoutMs, headers);
    if (!reply) {
        if (reply.error().cause == Error::Cause::NoResponders)
            return makeError(tr("the datastore is not running: nothing answers on %1").arg(subject));
        return makeError(tr("datastore: %1").arg(reply.errorMessage()));
    }
    if (status)
        *status = reply->status();
    if (reply->status() != Protocol::StatusOk) {
        const QString message =
            QJsonDocument::fromJson(reply->data).object().value(QStringLiteral("error")).toString();
        return makeError(message.isEmpty() ? QString::fromUtf8(reply->data) : message);
    }
    return reply;
}

Result<QJsonObject> DatastoreClient::callJson(const QString &operation, const QJsonObject &request,
                                              QByteArray *status) const
{
    auto reply = call(operation, QJsonDocument(request).toJson(QJsonDocument::Compact), {}, status);
    if (!reply)
        return reply.error();
    return QJsonDocument::fromJson(reply->data).object();
}

Result<DatastoreClient::Run> DatastoreClient::registerRun(const QString &id, qint64 ttlMs) const
{
    QJsonObject request;
    if (!id.isEmpty())
        request.insert(QStringLiteral("run"), id);
    if (ttlMs > 0)
        request.insert(QStringLiteral("ttlMs"), double(ttlMs));
    auto reply = callJson(QStringLiteral("register"), request);
    if (!reply)
        return reply.error();
    return Run{reply->value(QStringLiteral("run")).toString(),
               qint64(reply->value(QStringLiteral("ttlMs")).toDouble()),
               qint64(reply->value(QStringLiteral("expiresMs")).toDouble())};
}

Status DatastoreClient::deregisterRun(const QString &id) const
{
    auto reply = callJson(QStringLiteral("deregister"), {{QStringLiteral("run"), id}});
    if (!reply)
        return reply.error();
    return Ok{};
}

Result<DatastoreClient::ObjectInfo> DatastoreClient::put(const QString &run, const QString &name,
                                                         const QByteArray &value, bool persist) const
{
    QMap<QByteArray, QByteArray> headers{{Protocol::RunHeader, run.toUtf8()},
                                         {Protocol::ObjectHeader, name.toUtf8()},
                                         {Protocol::PersistHeader, persist ? "1" : "0"}};
    const qint64 chunk = chunkBytes();
    QByteArray last = value;
    if (value.size() > chunk) {
        const int chunks = int((value.size() + chunk - 1) / chunk);
        const QByteArray upload = QByteArray::number(QRandomGenerator::global()->generate64(), 36);
        for (int i = 0; i < chunks - 1; ++i) {
            auto sent = call(QStringLiteral("chunk.put"), value.mid(i * chunk, chunk),
                             {{Protocol::RunHeader, run.toUtf8()},
                              {Protocol::UploadHeader, upload},
                              {Protocol::ChunkHeader, QByteArray::number(i)}});
            if (!sent)
                return sent.error();
        }
        last = value.mid(qint64(chunks - 1) * chunk);
        headers.insert(Protocol::UploadHeader, upload);
        headers.insert(Protocol::ChunksHeader, QByteArray::number(chunks));
        headers.insert(Protocol::SizeHeader, QByteArray::number(value.size()));
    }
    auto reply = call(QStringLiteral("put"), last, headers);
    if (!reply)
        return reply.error();
    const QJsonObject o = QJsonDocument::fromJson(reply->data).object();
    return ObjectInfo{name, true, qint64(o.value(QStringLiteral("size")).toDouble()),
                      o.value(QStringLiteral("persist")).toBool()};
}

Result<std::optional<QByteArray>> DatastoreClient::get(const QString &run, const QString &name,
                                                       bool deleteAfterRead) const
{
    QByteArray status;
    auto first = call(QStringLiteral("get"),
                      QJsonDocument(QJsonObject{{QStringLiteral("run"), run},
                                                {QStringLiteral("object"), name},
                                                {QStringLiteral("delete"), deleteAfterRead}})
                          .toJson(QJsonDocument::Compact),
                      {}, &status);
    if (!first && status == Protocol::StatusNotFound)
        return std::optional<QByteArray>();
    if (!first)
        return first.error();
    const int chunks = first->header(Protocol::ChunksHeader).toInt();
    const qint64 size = first->header(Protocol::SizeHeader).toLongLong();
    const QString upload = QString::fromUtf8(first->header(Protocol::UploadHeader));
    QByteArray value = std::move(first->data);
    if (chunks > 1)
        value.reserve(size);
    for (int i = 1; i < chunks; ++i) {
        const QJsonObject request{{QStringLiteral("run"), run},
                                  {QStringLiteral("upload"), upload},
                                  {QStringLiteral("index"), i},
                                  {QStringLiteral("release"), deleteAfterRead && i == chunks - 1}};
        auto part = call(QStringLiteral("chunk.get"), QJsonDocument(request).toJson(QJsonDocument::Compact));
        if (!part)
            return makeError(QStringLiteral("%1/%2: %3").arg(run, name, part.errorMessage()));
        value += part->data;
    }
    if (value.size() != size)
        return makeError(tr("%1/%2: read %3 bytes of %4; the object changed while being read")
                             .arg(run, name)
                             .arg(value.size())
                             .arg(size));
    return std::optional<QByteArray>(std::move(value));
}

Status DatastoreClient::remove(const QString &run, const QString &name) const
{
    auto reply =
        callJson(QStringLiteral("delete"), {{QStringLiteral("run"), run}, {QStringLiteral("object"), name}});
    if (!reply)
        return reply.error();
    return Ok{};
}

Result<DatastoreClient::ObjectInfo> DatastoreClient::lookup(const QString &run, const QString &name) const
{
    auto reply =
        callJson(QStringLiteral("lookup"), {{QStringLiteral("run"), run}, {QStringLiteral("object"), name}});
    if (!reply)
        return reply.error();
    return ObjectInfo{name, reply->value(QStringLiteral("exists")).toBool(),
                      qint64(reply->value(QStringLiteral("size")).toDouble()),
                      reply->value(QStringLiteral("persist")).toBool()};
}

Result<QList<DatastoreClient::ObjectInfo>> DatastoreClient::enumerate(const QString &run) const
{
    auto reply = callJson(QStringLiteral("enumerate"), {{QStringLiteral("run"), run}});
    if (!reply)
        return reply.error();
    QList<ObjectInfo> objects;
    const QJsonArray array = reply->value(QStringLiteral("objects")).toArray();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        objects << ObjectInfo{o.value(QStringLiteral("name")).toString(), true,
                              qint64(o.value(QStringLiteral("size")).toDouble()),
                              o.value(QStringLiteral("persist")).toBool()};
    }
    return objects;
}

Result<QList<DatastoreClient::Run>> DatastoreClient::runs() const
{
    auto reply = callJson(QStringLiteral("runs"), {});
    if (!reply)
        return reply.error();
    QList<Run> runs;
    const QJsonArray array = reply->value(QStringLiteral("runs")).toArray();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        runs << Run{o.value(QStringLiteral("run")).toString(),
                    qint64(o.value(QStringLiteral("ttlMs")).toDouble()),
                    qint64(o.value(QStringLiteral("expiresMs")).toDouble())};
    }
    return runs;
}

Result<QJsonObject> DatastoreClient::info() const
{
    return callJson(QStringLiteral("info"), {});
}

} // namespace Stratus
