#include "deploytarget.h"

#include "jsonlocator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QUrl>

namespace Stratus {

namespace {

constexpr int FormatVersion = 1;

template <typename E> struct Names
{
    E value;
    const char *name;
};

constexpr Names<DeployTarget::NatsAuth> NatsAuthNames[] = {
    {DeployTarget::NatsAuth::None, "none"},         {DeployTarget::NatsAuth::Token, "token"},
    {DeployTarget::NatsAuth::UserPassword, "user"}, {DeployTarget::NatsAuth::NKey, "nkey"},
    {DeployTarget::NatsAuth::CredsFile, "creds"},
};
constexpr Names<DeployTarget::GitAuth> GitAuthNames[] = {
    {DeployTarget::GitAuth::None, "none"},
    {DeployTarget::GitAuth::Password, "password"},
    {DeployTarget::GitAuth::SshAgent, "ssh-agent"},
    {DeployTarget::GitAuth::SshKey, "ssh-key"},
};

template <typename E, size_t N> QString nameOf(const Names<E> (&table)[N], E value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return QLatin1String(entry.name);
    }
    return {};
}

template <typename E, size_t N> std::optional<E> valueOf(const Names<E> (&table)[N], const QString &name)
{
    for (const auto &entry : table) {
        if (name == QLatin1String(entry.name))
            return entry.value;
    }
    return std::nullopt;
}

template <typename E, size_t N> QString allNames(const Names<E> (&table)[N])
{
    QStringList names;
    for (const auto &entry : table)
        names << QLatin1String(entry.name);
    return names.join(QStringLiteral(", "));
}

bool isNatsUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    return url.isValid() && !url.host().isEmpty() &&
           (scheme == QLatin1String("nats") || scheme == QLatin1String("tls"));
}

// A password in a committed file is what this format exists to prevent.
bool hasUrlSecret(const QString &text)
{
    return !QUrl(text).userInfo().isEmpty();
}

} // namespace

QString DeployTarget::natsAuthName(NatsAuth auth)
{
    return nameOf(NatsAuthNames, auth);
}

QString DeployTarget::gitAuthName(GitAuth auth)
{
    return nameOf(GitAuthNames, auth);
}

bool DeployTarget::needsNatsSecret() const
{
    return natsAuth == NatsAuth::Token || natsAuth == NatsAuth::UserPassword || natsAuth == NatsAuth::NKey;
}

bool DeployTarget::needsGitSecret() const
{
    return gitAuth == GitAuth::Password || gitAuth == GitAuth::SshKey;
}

QString DeployTarget::natsSecretLabel() const
{
    switch (natsAuth) {
    case NatsAuth::Token:
        return tr("token");
    case NatsAuth::UserPassword:
        return tr("password");
    case NatsAuth::NKey:
        //: Inserted into "no %1 stored for target %2"
        return tr("nkey seed");
    default:
        return {};
    }
}

QString DeployTarget::validName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!pattern.match(name).hasMatch())
        return tr("must be 1 to 64 letters, digits, '-' or '_'");
    return {};
}

Result<QList<DeployTarget>> DeployTarget::loadAll(const QString &projectDir)
{
    const QString path = QDir(projectDir).filePath(QLatin1String(FileName));
    QFile file(path);
    if (!file.exists())
        return QList<DeployTarget>{};
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("cannot read %1: %2").arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

Result<QList<DeployTarget>> DeployTarget::parse(const QByteArray &text, const QString &filePath)
{
    const QString fileName = QFileInfo(filePath).fileName();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = JsonLocator::lineColumn(text, parseError.offset);
        return makeError(
            QStringLiteral("%1:%2:%3: %4").arg(fileName).arg(line).arg(column).arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return makeError(tr("%1:1: the file must hold a JSON object").arg(fileName));
    const JsonLocator locator(text);
    QStringList problems;
    const auto problem = [&](const QString &path, const QString &what) {
        problems << QStringLiteral("%1:%2: %3: %4").arg(fileName).arg(locator.lineOf(path)).arg(path, what);
    };
    const QJsonObject root = doc.object();
    if (root.contains(QStringLiteral("version")) &&
        root.value(QStringLiteral("version")).toInt(-1) != FormatVersion)
        problem(QStringLiteral("version"), tr("must be %1").arg(FormatVersion));
    QList<DeployTarget> targets;
    QSet<QString> names;
    const QJsonArray array = root.value(QStringLiteral("targets")).toArray();
    if (!root.value(QStringLiteral("targets")).isArray())
        problem(QStringLiteral("targets"), tr("must be an array of targets"));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("targets[%1]").arg(i);
        const QJsonObject o = array.at(i).toObject();
        DeployTarget t;
        t.name = o.value(QStringLiteral("name")).toString();
        if (const QString why = validName(t.name); !why.isEmpty())
            problem(at + QStringLiteral(".name"), why);
        else if (names.contains(t.name))
            problem(at + QStringLiteral(".name"), tr("\"%1\" is used by an earlier target").arg(t.name));
        names.insert(t.name);

        const QJsonValue nats = o.value(QStringLiteral("nats"));
        const QJsonArray urls = nats.isString() ? QJsonArray{nats} : nats.toArray();
        for (qsizetype u = 0; u < urls.size(); ++u) {
            const QString url = urls.at(u).toString();
            if (!isNatsUrl(url))
                problem(at + QStringLiteral(".nats"),
                        tr("\"%1\" is not a nats:// or tls:// URL with a host").arg(url));
            else if (hasUrlSecret(url))
                problem(at + QStringLiteral(".nats"),
                        tr("holds credentials: keep them out of the repository (set \"auth\" and "
                           "enter the secret in the Deploy panel or the environment)"));
            else
                t.natsUrls << url;
        }
        if (urls.isEmpty())
            problem(at + QStringLiteral(".nats"), tr("must name the remote cluster's NATS URL(s)"));

        const QString auth = o.value(QStringLiteral("auth")).toString(QStringLiteral("none"));
        if (const auto a = valueOf(NatsAuthNames, auth))
            t.natsAuth = *a;
        else
            problem(at + QStringLiteral(".auth"),
                    tr("\"%1\" is not one of %2").arg(auth, allNames(NatsAuthNames)));
        t.natsUser = o.value(QStringLiteral("user")).toString();
        t.nkey = o.value(QStringLiteral("nkey")).toString();
        t.credsFile = o.value(QStringLiteral("credsFile")).toString();
        t.tlsCaFile = o.value(QStringLiteral("tlsCa")).toString();
        if (t.natsAuth == NatsAuth::UserPassword && t.natsUser.isEmpty())
            problem(at + QStringLiteral(".user"), tr("is required with \"auth\": \"user\""));
        if (t.natsAuth == NatsAuth::NKey && !t.nkey.startsWith(QLatin1Char('U')))
            problem(at + QStringLiteral(".nkey"),
                    tr("must be the public user nkey (starting with U) with \"auth\": \"nkey\""));
        if (t.natsAuth == NatsAuth::CredsFile && t.credsFile.isEmpty())
            problem(at + QStringLiteral(".credsFile"), tr("is required with \"auth\": \"creds\""));

        const QJsonObject git = o.value(QStringLiteral("git")).toObject();
        t.gitRemote = git.value(QStringLiteral("remote")).toString();
        if (t.gitRemote.isEmpty())
            problem(at + QStringLiteral(".git.remote"),
                    tr("must name the git remote the nodes fetch releases from"));
        const QString gitAuth = git.value(QStringLiteral("auth")).toString(QStringLiteral("none"));
        if (const auto a = valueOf(GitAuthNames, gitAuth))
            t.gitAuth = *a;
        else
            problem(at + QStringLiteral(".git.auth"),
                    tr("\"%1\" is not one of %2").arg(gitAuth, allNames(GitAuthNames)));
        t.gitUser = git.value(QStringLiteral("user")).toString();
        t.gitKeyFile = git.value(QStringLiteral("keyFile")).toString();
        if (t.gitAuth == GitAuth::SshKey && t.gitKeyFile.isEmpty())
            problem(at + QStringLiteral(".git.keyFile"), tr("is required with \"auth\": \"ssh-key\""));
        if (hasUrlSecret(t.gitRemote) && QUrl(t.gitRemote).password().size() > 0)
            problem(at + QStringLiteral(".git.remote"),
                    tr("holds a password: keep it out of the repository"));

        for (const QJsonValue &n : o.value(QStringLiteral("nodes")).toArray()) {
            if (const QString why = validName(n.toString()); !why.isEmpty())
                problem(at + QStringLiteral(".nodes"), QStringLiteral("\"%1\" %2").arg(n.toString(), why));
            else
                t.nodes << n.toString();
        }
        t.keep = o.value(QStringLiteral("keep")).toInt(DefaultKeep);
        if (t.keep < 1 || t.keep > 100)
            problem(at + QStringLiteral(".keep"), tr("must be from 1 to 100"));
        t.timeoutMs = o.value(QStringLiteral("timeoutMs")).toInt(DefaultTimeoutMs);
        if (t.timeoutMs < 1000)
            problem(at + QStringLiteral(".timeoutMs"), tr("must be at least 1000"));
        targets << t;
    }
    if (!problems.isEmpty())
        return makeError(problems.join(QLatin1Char('\n')));
    return targets;
}

Status DeployTarget::saveAll(const QString &projectDir, const QList<DeployTarget> &targets)
{
    QJsonArray array;
    for (const DeployTarget &t : targets) {
        QJsonObject o{{QStringLiteral("name"), t.name},
                      {QStringLiteral("nats"), QJsonArray::fromStringList(t.natsUrls)},
                      {QStringLiteral("auth"), natsAuthName(t.natsAuth)}};
        if (!t.natsUser.isEmpty())
            o.insert(QStringLiteral("user"), t.natsUser);
        if (!t.nkey.isEmpty())
            o.insert(QStringLiteral("nkey"), t.nkey);
        if (!t.credsFile.isEmpty())
            o.insert(QStringLiteral("credsFile"), t.credsFile);
        if (!t.tlsCaFile.isEmpty())
            o.insert(QStringLiteral("tlsCa"), t.tlsCaFile);
        QJsonObject git{{QStringLiteral("remote"), t.gitRemote},
                        {QStringLiteral("auth"), gitAuthName(t.gitAuth)}};
        if (!t.gitUser.isEmpty())
            git.insert(QStringLiteral("user"), t.gitUser);
        if (!t.gitKeyFile.isEmpty())
            git.insert(QStringLiteral("keyFile"), t.gitKeyFile);
        o.insert(QStringLiteral("git"), git);
        if (!t.nodes.isEmpty())
            o.insert(QStringLiteral("nodes"), QJsonArray::fromStringList(t.nodes));
        if (t.keep != DefaultKeep)
            o.insert(QStringLiteral("keep"), t.keep);
        if (t.timeoutMs != DefaultTimeoutMs)
            o.insert(QStringLiteral("timeoutMs"), t.timeoutMs);
        array << o;
    }
    const QJsonObject root{{QStringLiteral("version"), FormatVersion}, {QStringLiteral("targets"), array}};
    // Round-trip through the parser: what is saved must load.
    const QByteArray text = QJsonDocument(root).toJson(QJsonDocument::Indented);
    const QString path = QDir(projectDir).filePath(QLatin1String(FileName));
    if (auto check = parse(text, path); !check)
        return check.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) < 0 || !file.commit())
        return makeError(tr("cannot write %1: %2").arg(path, file.errorString()));
    return Ok{};
}

Result<DeployTarget> DeployTarget::find(const QString &projectDir, const QString &name)
{
    auto targets = loadAll(projectDir);
    if (!targets)
        return targets.error();
    QStringList names;
    for (const DeployTarget &t : std::as_const(*targets)) {
        if (t.name == name)
            return t;
        names << t.name;
    }
    return makeError(names.isEmpty() ? tr("no deploy target \"%1\": %2 declares none (add one in the Deploy "
                                          "panel or see docs/deploy.md)")
                                           .arg(name, QDir(projectDir).filePath(QLatin1String(FileName)))
                                     : tr("no deploy target \"%1\" in %2 (targets: %3)")
                                           .arg(name, QDir(projectDir).filePath(QLatin1String(FileName)),
                                                names.join(QStringLiteral(", "))));
}

} // namespace Stratus
