#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace Stratus {

// Where deploy secrets live (NATS passwords, tokens, nkey seeds, git passwords): the desktop
// keychain through QtKeychain when it is built in and answers, otherwise a JSON file readable
// by its owner only (0600) under the user's configuration folder, never in a project.
// Blocking (the keychain is a D-Bus round trip): call it off the GUI thread. A thread with no
// Qt event loop is fine: the keychain's jobs run in a local one.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::SecretStore)

public:
    enum class Backend { Keychain, File };

    struct Options
    {
        // Default: STRATUS_SECRETS_FILE, else GenericConfigLocation/stratus-workbench/secrets.json.
        QString filePath;
        // Default true unless STRATUS_SECRET_STORE=file, and only with a D-Bus session bus.
        bool useKeychain = true;
    };

    SecretStore();
    explicit SecretStore(Options options);

    // The stored secret; an empty string when there is none.
    Result<QString> read(const QString &key) const;
    Status write(const QString &key, const QString &secret) const;
    Status remove(const QString &key) const;

    // Where write() puts secrets now: Keychain when it answered, File otherwise.
    Backend backend() const;
    QString filePath() const { return m_options.filePath; }

    // "stratus:/abs/project:prod:nats" — one secret per project, target and purpose.
    static QString keyFor(const QString &projectDir, const QString &target, const QString &purpose);
    // Hides a secret inside text meant for logs and error messages.
    static QString mask(QString text, const QString &secret);

private:
    Result<QString> readFile(const QString &key) const;
    Status writeFile(const QString &key, const QString *secret) const; // null: remove

    Options m_options;
};

} // namespace Stratus
