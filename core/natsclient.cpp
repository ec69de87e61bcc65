#include "natsclient.h"

#include "protocol.h"

namespace Stratus {

QByteArray NatsReply::status() const
{
    const QByteArray s = header(Protocol::StatusHeader);
    return s.isEmpty() ? QByteArray(Protocol::StatusOk) : s;
}

QString NatsClient::describe(natsStatus status)
{
    switch (status) {
    case NATS_TIMEOUT:
        return tr("timed out waiting for a reply");
    case NATS_NO_RESPONDERS:
        return tr("no responders: nothing is subscribed to that subject (is the function deployed and "
                  "its invoker running?)");
    case NATS_NO_SERVER:
        return tr("no broker reachable at that URL (is the cluster up?)");
    case NATS_CONNECTION_CLOSED:
        return tr("the connection to the broker is closed");
    case NATS_MAX_PAYLOAD:
        return tr("the payload is larger than the broker's max_payload");
    default:
        return QString::fromUtf8(natsStatus_GetText(status));
    }
}

Result<NatsClient> NatsClient::connect(const QString &url, const QString &name)
{
    natsOptions *raw = nullptr;
    if (natsOptions_Create(&raw) != NATS_OK)
        return makeError(tr("cannot create NATS options"));
    NatsOptionsPtr opts(raw);
    const QByteArray urlBytes = url.toUtf8();
    const QByteArray nameBytes = name.toUtf8();
    natsOptions_SetURL(opts.get(), urlBytes.constData());
    if (!name.isEmpty())
        natsOptions_SetName(opts.get(), nameBytes.constData());
    // Requests here are latency-bound: write at once instead of waiting for the flusher.
    natsOptions_SetSendAsap(opts.get(), true);
    natsOptions_SetTimeout(opts.get(), 2000);
    natsOptions_SetMaxReconnect(opts.get(), 10);
    natsConnection *conn = nullptr;
    const natsStatus s = natsConnection_Connect(&conn, opts.get());
    if (s != NATS_OK)
        return makeError(tr("cannot connect to %1: %2").arg(url, describe(s)));
    return NatsClient(NatsConnectionPtr(conn));
}

Result<NatsReply> NatsClient::request(const QString &subject, const QByteArray &data, int timeoutMs,
                                      const QMap<QByteArray, QByteArray> &headers) const
{
    const QByteArray subjectBytes = subject.toUtf8();
    natsMsg *rawMsg = nullptr;
    if (natsMsg_Create(&rawMsg, subjectBytes.constData(), nullptr, data.constData(), int(data.size())) !=
        NATS_OK)
        return makeError(tr("cannot create a message for %1").arg(subject));
    NatsMsgPtr msg(rawMsg);
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        natsMsgHeader_Set(msg.get(), it.key().constData(), it.value().constData());
    natsMsg *rawReply = nullptr;
    const natsStatus s = natsConnection_RequestMsg(&rawReply, m_conn.get(), msg.get(), timeoutMs);
    if (s != NATS_OK)
        return makeError(QStringLiteral("%1: %2").arg(subject, describe(s)),
                         s == NATS_NO_RESPONDERS ? Error::Cause::NoResponders
                         : s == NATS_TIMEOUT     ? Error::Cause::Timeout
                                                 : Error::Cause::Other);
    NatsMsgPtr reply(rawReply);
    NatsReply result;
    result.data = QByteArray(natsMsg_GetData(reply.get()), natsMsg_GetDataLength(reply.get()));
    const char **keys = nullptr;
    int count = 0;
    if (natsMsgHeader_Keys(reply.get(), &keys, &count) == NATS_OK) {
        for (int i = 0; i < count; ++i) {
            const char *value = nullptr;
            if (natsMsgHeader_Get(reply.get(), keys[i], &value) == NATS_OK)
                result.headers.insert(QByteArray(keys[i]), QByteArray(value));
        }
        free(keys);
    }
    return result;
}

Status NatsClient::publish(const QString &subject, const QByteArray &data) const
{
    const natsStatus s = natsConnection_Publish(m_conn.get(), subject.toUtf8().constData(), data.constData(),
                                                int(data.size()));
    if (s != NATS_OK)
        return makeError(tr("publish on %1: %2").arg(subject, describe(s)));
    return Ok{};
}

Status NatsClient::flush(int timeoutMs) const
{
    const natsStatus s = natsConnection_FlushTimeout(m_conn.get(), timeoutMs);
    if (s != NATS_OK)
        return makeError(tr("flush: %1").arg(describe(s)));
    return Ok{};
}

} // namespace Stratus
