#pragma once

#include "natshandles.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace Stratus {

// A reply to a request: body and headers, as the invoker sends them (docs/protocol.md).
struct NatsReply
{
    QByteArray data;
    QMap<QByteArray, QByteArray> headers;
    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
    // The invoker's Stratus-Status, "ok" when the responder set none.
    QByteArray status() const;
};

// A blocking NATS client for the command line, tests and benchmarks: connect, request,
// publish. Thread-safe as nats.c is; never use its blocking calls on a GUI thread.
class NatsClient
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::NatsClient)

public:
    static Result<NatsClient> connect(const QString &url, const QString &name = {});
    // Wraps a connection made with options connect() does not cover (credentials, TLS: core/deploy).
    static NatsClient adopt(NatsConnectionPtr conn) { return NatsClient(std::move(conn)); }

    NatsClient(NatsClient &&) = default;
    NatsClient &operator=(NatsClient &&) = default;

    Result<NatsReply> request(const QString &subject, const QByteArray &data, int timeoutMs,
                              const QMap<QByteArray, QByteArray> &headers = {}) const;
    Status publish(const QString &subject, const QByteArray &data) const;
    Status flush(int timeoutMs = 5000) const;

    natsConnection *handle() const { return m_conn.get(); }

    static QString describe(natsStatus status);

private:
    explicit NatsClient(NatsConnectionPtr conn) : m_conn(std::move(conn)) {}
    NatsConnectionPtr m_conn;
};

} // namespace Stratus
