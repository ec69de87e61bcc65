#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Stratus {

// Where a project deploys to: a remote NATS cluster whose nodes run stratus-agent, and the
// git remote the agents fetch releases from. Kept in PROJECT/deploy.json (committed, so it
// holds no secret: passwords, tokens and seeds live in a SecretStore). docs/deploy.md.
struct DeployTarget
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::DeployTarget)

public:
    enum class NatsAuth { None, Token, UserPassword, NKey, CredsFile };
    enum class GitAuth { None, Password, SshAgent, SshKey };

    static constexpr const char *FileName = "deploy.json";
    static constexpr int DefaultKeep = 5;
    static constexpr int DefaultTimeoutMs = 180000;

    QString name; // letters, digits, '-', '_': also a NATS token and a ref component
    QStringList natsUrls;
    NatsAuth natsAuth = NatsAuth::None;
    QString natsUser;  // UserPassword
    QString nkey;      // NKey: the public user key ("U..."); the seed is a secret
    QString credsFile; // CredsFile: a .creds file outside the repository
    QString tlsCaFile; // set: TLS, trusting this CA
    QString gitRemote; // file path, file://, ssh://, https://
    GitAuth gitAuth = GitAuth::None;
    QString gitUser;    // Password (https) or the ssh user
    QString gitKeyFile; // SshKey: the private key; its passphrase (if any) is a secret
    QStringList nodes;  // expected nodes; empty: whatever agents answer
    int keep = DefaultKeep;
    int timeoutMs = DefaultTimeoutMs; // a node that reports nothing for this long has timed out

    bool operator==(const DeployTarget &) const = default;

    static QString natsAuthName(NatsAuth auth);
    static QString gitAuthName(GitAuth auth);
    // Whether a secret belongs with this kind of authentication, and what it is called.
    bool needsNatsSecret() const;
    bool needsGitSecret() const;
    QString natsSecretLabel() const; // "password", "token", "nkey seed"

    // The targets of PROJECT/deploy.json; none when there is no such file. Every problem is
    // reported, one per line, "deploy.json:LINE: targets[0].nats: what is wrong".
    static Result<QList<DeployTarget>> loadAll(const QString &projectDir);
    static Result<QList<DeployTarget>> parse(const QByteArray &text, const QString &filePath);
    static Status saveAll(const QString &projectDir, const QList<DeployTarget> &targets);
    static Result<DeployTarget> find(const QString &projectDir, const QString &name);
    static QString validName(const QString &name); // empty when valid, else why not
};

} // namespace Stratus
