#pragma once

#include "natsclient.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Stratus {

struct DeployTarget;

// How to reach a remote cluster's broker: URLs and one kind of credential (token, user and
// password, nkey, .creds file), optionally over TLS with a CA. NatsClient::connect() takes a
// URL only; this covers the rest for the deploy flow and stratus-agent.
struct NatsConnectOptions
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::NatsConnectOptions)

public:
    QStringList urls;
    QString name; // the connection's name on the broker
    QString token;
    QString user;
    QString password;
    QString nkey;     // public user key
    QString nkeySeed; // its seed (a secret)
    QString credsFile;
    QString tlsCaFile;
    int connectTimeoutMs = 3000;
    int maxReconnect = 10; // -1: forever (the agent)

    // secret: the target's NATS secret (password, token or nkey seed) from the SecretStore.
    static NatsConnectOptions forTarget(const DeployTarget &target, const QString &secret);

    // A connection, or an error that says which of "unreachable", "authentication failed" or
    // "TLS" it is, never with a secret in it.
    Result<NatsConnectionPtr> connectRaw() const;
    Result<NatsClient> connect() const;
    QString displayUrls() const; // URLs without their user info
};

} // namespace Stratus
