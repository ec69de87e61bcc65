#include "secretstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

#ifdef STRATUS_HAVE_QTKEYCHAIN
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>
#endif

#include <optional>

#include <sys/stat.h>

namespace Stratus {

Q_LOGGING_CATEGORY(lcSecrets, "stratus.core.deploy.secrets", QtWarningMsg)

namespace {

const QString KeychainService = QStringLiteral("stratus-workbench");
constexpr int KeychainTimeoutMs = 5000;

#ifdef STRATUS_HAVE_QTKEYCHAIN
// Runs a keychain job to its end in a local event loop. nullopt when the keychain did not
// answer or has no backend: the caller falls back to the file.
template <typename Job> std::optional<QKeychain::Error> runJob(Job &job, QString *errorText)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // the file below is the fallback, with its permissions checked
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(KeychainTimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    if (!finished)
        return std::nullopt;
    *errorText = job.errorString();
    if (job.error() == QKeychain::NoBackendAvailable || job.error() == QKeychain::NotImplemented ||
        job.error() == QKeychain::OtherError || job.error() == QKeychain::AccessDenied)
        return std::nullopt;
    return job.error();
}
#endif

} // namespace

SecretStore::SecretStore() : SecretStore(Options{}) {}

SecretStore::SecretStore(Options options) : m_options(std::move(options))
{
    if (m_options.filePath.isEmpty())
        m_options.filePath = qEnvironmentVariable("STRATUS_SECRETS_FILE");
    if (m_options.filePath.isEmpty())
        // One file for the CLI and the workbench, whose application names differ.
        m_options.filePath = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                             QStringLiteral("/stratus-workbench/secrets.json");
    if (qEnvironmentVariable("STRATUS_SECRET_STORE") == QLatin1String("file") ||
        qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        m_options.useKeychain = false;
#ifndef STRATUS_HAVE_QTKEYCHAIN
    m_options.useKeychain = false;
#endif
}

SecretStore::Backend SecretStore::backend() const
{
    return m_options.useKeychain ? Backend::Keychain : Backend::File;
}

QString SecretStore::keyFor(const QString &projectDir, const QString &target, const QString &purpose)
{
    return QStringLiteral("stratus:%1:%2:%3").arg(QDir(projectDir).absolutePath(), target, purpose);
}

QString SecretStore::mask(QString text, const QString &secret)
{
    if (secret.size() >= 1)
        text.replace(secret, QStringLiteral("****"));
    return text;
}

Result<QString> SecretStore::read(const QString &key) const
{
#ifdef STRATUS_HAVE_QTKEYCHAIN
    if (m_options.useKeychain) {
        QKeychain::ReadPasswordJob job(KeychainService);
        job.setKey(key);
        QString errorText;
        const auto error = runJob(job, &errorText);
        if (error && *error == QKeychain::NoError)
            return job.textData();
        if (error && *error != QKeychain::EntryNotFound)
            return makeError(tr("the keychain cannot read %1: %2").arg(key, errorText));
        if (!error)
            qCInfo(lcSecrets) << "keychain unavailable, using" << m_options.filePath << errorText;
    }
#endif
    return readFile(key);
}

Status SecretStore::write(const QString &key, const QString &secret) const
{
#ifdef STRATUS_HAVE_QTKEYCHAIN
    if (m_options.useKeychain) {
        QKeychain::WritePasswordJob job(KeychainService);
        job.setKey(key);
        job.setTextData(secret);
        QString errorText;
        const auto error = runJob(job, &errorText);
        if (error && *error == QKeychain::NoError)
            return writeFile(key, nullptr); // no stale copy left in the file
        if (error)
            return makeError(tr("the keychain cannot store %1: %2").arg(key, errorText));
        qCInfo(lcSecrets) << "keychain unavailable, using" << m_options.filePath << errorText;
    }
#endif
    return writeFile(key, &secret);
}

Status SecretStore::remove(const QString &key) const
{
#ifdef STRATUS_HAVE_QTKEYCHAIN
    if (m_options.useKeychain) {
        QKeychain::DeletePasswordJob job(KeychainService);
        job.setKey(key);
        QString errorText;
        runJob(job, &errorText);
    }
#endif
    return writeFile(key, nullptr);
}

Result<QString> SecretStore::readFile(const QString &key) const
{
    QFile file(m_options.filePath);
    if (!file.exists())
        return QString();
    // Refuse a file others can read: its secrets may already have leaked, and the user should know.
    struct stat st = {};
    if (::stat(QFile::encodeName(m_options.filePath).constData(), &st) == 0 && (st.st_mode & 077))
        return makeError(tr("%1 is readable by other users (mode %2): run chmod 600 on it and "
                            "consider changing the secrets it holds")
                             .arg(m_options.filePath)
                             .arg(st.st_mode & 0777, 3, 8, QLatin1Char('0')));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("cannot read %1: %2").arg(m_options.filePath, file.errorString()));
    return QJsonDocument::fromJson(file.readAll()).object().value(key).toString();
}

Status SecretStore::writeFile(const QString &key, const QString *secret) const
{
    QJsonObject all;
    {
        QFile file(m_options.filePath);
        if (file.exists()) {
            if (!file.open(QIODevice::ReadOnly))
                return makeError(tr("cannot read %1: %2").arg(m_options.filePath, file.errorString()));
            all = QJsonDocument::fromJson(file.readAll()).object();
        } else if (!secret) {
            return Ok{};
        }
    }
    if (secret)
        all.insert(key, *secret);
    else if (!all.contains(key))
        return Ok{};
    else
        all.remove(key);
    const QString dir = QFileInfo(m_options.filePath).absolutePath();
    if (!QDir().mkpath(dir))
        return makeError(tr("cannot create %1").arg(dir));
    QSaveFile file(m_options.filePath);
    // 0600 before any byte is written: QSaveFile's temporary file takes these permissions.
    if (!file.open(QIODevice::WriteOnly))
        return makeError(tr("cannot write %1: %2").arg(m_options.filePath, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(QJsonDocument(all).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
        return makeError(tr("cannot write %1: %2").arg(m_options.filePath, file.errorString()));
    QFile::setPermissions(m_options.filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return Ok{};
}

} // namespace Stratus
