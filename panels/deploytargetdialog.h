#pragma once

#include "deploytarget.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Stratus {

// Edits one deploy target: the remote cluster's NATS URLs and credentials, its git remote and
// git credentials, its nodes and how many releases they keep. Secrets are typed here and go to
// the SecretStore, never into deploy.json; an empty secret field keeps the stored one.
class DeployTargetDialog : public QDialog
{
    Q_OBJECT
public:
    DeployTargetDialog(const DeployTarget &target, bool isNew, QWidget *parent = nullptr);

    DeployTarget target() const;
    // Set when the user typed a secret (nullopt: keep the stored one).
    std::optional<QString> natsSecret() const;
    std::optional<QString> gitSecret() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *natsEdit() const { return m_nats; }
    QComboBox *authCombo() const { return m_auth; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *natsSecretEdit() const { return m_natsSecret; }
    QLineEdit *gitRemoteEdit() const { return m_gitRemote; }
    QLineEdit *nodesEdit() const { return m_nodes; }
    QLabel *problemLabel() const { return m_problem; }

    void accept() override; // refuses (and says why) what deploy.json would refuse

private:
    void updateFields();

    QLineEdit *m_name;
    QLineEdit *m_nats;
    QComboBox *m_auth;
    QLineEdit *m_user;
    QLineEdit *m_natsSecret;
    QLineEdit *m_nkey;
    QLineEdit *m_creds;
    QLineEdit *m_tlsCa;
    QLineEdit *m_gitRemote;
    QComboBox *m_gitAuth;
    QLineEdit *m_gitUser;
    QLineEdit *m_gitSecret;
    QLineEdit *m_gitKey;
    QLineEdit *m_nodes;
    QSpinBox *m_keep;
    QSpinBox *m_timeout;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Stratus
