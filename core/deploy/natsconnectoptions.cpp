#include "natsconnectoptions.h"

#include "deploytarget.h"

#include <QFileInfo>
#include <QMutex>
#include <QUrl>

#include <cstdlib>
#include <cstring>
#include <list>
#include <memory>
#include <string>
#include <vector>

namespace Stratus {

namespace {

// nats.c keeps the signing callback's closure for the life of the connection (reconnects sign
// again): seeds stay here, one copy per distinct seed, for the life of the process.
const std::string *keepSeed(const QString &seed)
{
    static QMutex mutex;
    static std::list<std::string> seeds;
    const QMutexLocker lock(&mutex);
    const std::string bytes = seed.toStdString();
    for (const std::string &s : seeds) {
        if (s == bytes)
            return &s;
    }
    seeds.push_back(bytes);
    return &seeds.back();
}

natsStatus signNonce(char **customErrTxt, unsigned char **signature, int *signatureLength, const char *nonce,
                     void *closure)
{
    const auto *seed = static_cast<const std::string *>(closure);
    const natsStatus s = nats_Sign(seed->c_str(), nonce, signature, signatureLength);
    if (s != NATS_OK)
        *customErrTxt = strdup("the nkey seed cannot sign: is it a user seed (SU...)?");
    return s;
}

QString withoutUserInfo(const QString &url)
{
    QUrl u(url);
    u.setUserInfo(QString());
    return u.toString();
}

} // namespace

NatsConnectOptions NatsConnectOptions::forTarget(const DeployTarget &target, const QString &secret)
{
    NatsConnectOptions o;
    o.urls = target.natsUrls;
    o.name = QStringLiteral("stratus-deploy");
    o.tlsCaFile = target.tlsCaFile;
    switch (target.natsAuth) {
    case DeployTarget::NatsAuth::None:
        break;
    case DeployTarget::NatsAuth::Token:
        o.token = secret;
        break;
    case DeployTarget::NatsAuth::UserPassword:
        o.user = target.natsUser;
        o.password = secret;
        break;
    case DeployTarget::NatsAuth::NKey:
        o.nkey = target.nkey;
        o.nkeySeed = secret;
        break;
    case DeployTarget::NatsAuth::CredsFile:
        o.credsFile = target.credsFile;
        break;
    }
    return o;
}

QString NatsConnectOptions::displayUrls() const
{
    QStringList shown;
    for (const QString &url : urls)
        shown << withoutUserInfo(url);
    return shown.join(QStringLiteral(", "));
}

Result<NatsConnectionPtr> NatsConnectOptions::connectRaw() const
{
    if (urls.isEmpty())
        return makeError(tr("no NATS URL to connect to"));
    natsOptions *raw = nullptr;
    if (natsOptions_Create(&raw) != NATS_OK)
        return makeError(tr("cannot create NATS options"));
    NatsOptionsPtr opts(raw);
    std::vector<QByteArray> urlBytes;
    std::vector<const char *> urlPointers;
    urlBytes.reserve(size_t(urls.size())); // the pointers below must stay valid
    for (const QString &url : urls) {
        urlBytes.push_back(url.toUtf8());
        urlPointers.push_back(urlBytes.back().constData());
    }
    natsOptions_SetServers(opts.get(), urlPointers.data(), int(urlPointers.size()));
    if (!name.isEmpty())
        natsOptions_SetName(opts.get(), name.toUtf8().constData());
    natsOptions_SetSendAsap(opts.get(), true); // requests and acknowledgements are latency-bound
    natsOptions_SetTimeout(opts.get(), connectTimeoutMs);
    natsOptions_SetMaxReconnect(opts.get(), maxReconnect);
    natsOptions_SetReconnectWait(opts.get(), 500);
    natsOptions_SetNoRandomize(opts.get(), true);
    if (!token.isEmpty())
        natsOptions_SetToken(opts.get(), token.toUtf8().constData());
    if (!user.isEmpty())
        natsOptions_SetUserInfo(opts.get(), user.toUtf8().constData(), password.toUtf8().constData());
    if (!nkey.isEmpty()) {
        if (nkeySeed.isEmpty())
            return makeError(
                tr("the nkey %1 has no seed stored: enter it in the target's settings").arg(nkey));
        natsOptions_SetNKey(opts.get(), nkey.toUtf8().constData(), signNonce,
                            const_cast<std::string *>(keepSeed(nkeySeed)));
    }
    if (!credsFile.isEmpty()) {
        if (!QFileInfo(credsFile).isReadable())
            return makeError(tr("the credentials file %1 cannot be read").arg(credsFile));
        if (natsOptions_SetUserCredentialsFromFiles(opts.get(), credsFile.toUtf8().constData(), nullptr) !=
            NATS_OK)
            return makeError(tr("the credentials file %1 is not a NATS .creds file: %2")
                                 .arg(credsFile, QString::fromUtf8(nats_GetLastError(nullptr))));
    }
    if (!tlsCaFile.isEmpty()) {
        natsOptions_SetSecure(opts.get(), true);
        if (natsOptions_LoadCATrustedCertificates(opts.get(), tlsCaFile.toUtf8().constData()) != NATS_OK)
            return makeError(tr("the TLS CA file %1 cannot be loaded: %2")
                                 .arg(tlsCaFile, QString::fromUtf8(nats_GetLastError(nullptr))));
    }
    natsConnection *conn = nullptr;
    const natsStatus s = natsConnection_Connect(&conn, opts.get());
    if (s == NATS_OK)
        return NatsConnectionPtr(conn);
    const QString where = displayUrls();
    QString detail = QString::fromUtf8(nats_GetLastError(nullptr));
    for (const QString &secret : {password, token, nkeySeed})
        detail = secret.isEmpty() ? detail : detail.replace(secret, QStringLiteral("****"));
    if (s == NATS_CONNECTION_AUTH_FAILED || s == NATS_NOT_PERMITTED ||
        detail.contains(QLatin1String("Authorization Violation"), Qt::CaseInsensitive)) {
        //: Inserted as %2 into "authentication failed at %1: the broker refused the %2 (...)"
        const QString refused = !user.isEmpty()        ? tr("user name or password")
                                : !token.isEmpty()     ? tr("token")
                                : !nkey.isEmpty()      ? tr("nkey")
                                : !credsFile.isEmpty() ? tr("credentials file")
                                                       : tr("anonymous connection");
        // With and without the broker's own words: two whole sentences for translators.
        return makeError(detail.isEmpty()
                             ? tr("authentication failed at %1: the broker refused the %2 (check "
                                  "the target's credentials)")
                                   .arg(where, refused)
                             : tr("authentication failed at %1: the broker refused the %2 (check "
                                  "the target's credentials); the broker said: %3")
                                   .arg(where, refused, detail),
                         Error::Cause::Unreachable);
    }
    if (s == NATS_SSL_ERROR || detail.contains(QLatin1String("SSL"), Qt::CaseInsensitive) ||
        detail.contains(QLatin1String("TLS"), Qt::CaseInsensitive))
        return makeError(tr("TLS failed at %1: %2").arg(where, detail), Error::Cause::Unreachable);
    if (s == NATS_NO_SERVER || s == NATS_TIMEOUT)
        return makeError(tr("unreachable: no NATS server answers at %1 (is the address right and "
                            "the cluster up?)")
                             .arg(where),
                         Error::Cause::Unreachable);
    return makeError(
        tr("cannot connect to %1: %2").arg(where, detail.isEmpty() ? NatsClient::describe(s) : detail));
}

Result<NatsClient> NatsConnectOptions::connect() const
{
    auto conn = connectRaw();
    if (!conn)
        return conn.error();
    return NatsClient::adopt(std::move(*conn));
}

} // namespace Stratus
