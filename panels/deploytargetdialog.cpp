#include "deploytargetdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Stratus {

namespace {

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        items << item.trimmed();
    return items;
}

} // namespace

DeployTargetDialog::DeployTargetDialog(const DeployTarget &target, bool isNew, QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(target.name)),
      m_nats(new QLineEdit(target.natsUrls.join(QStringLiteral(", ")))), m_auth(new QComboBox),
      m_user(new QLineEdit(target.natsUser)), m_natsSecret(new QLineEdit), m_nkey(new QLineEdit(target.nkey)),
      m_creds(new QLineEdit(target.credsFile)), m_tlsCa(new QLineEdit(target.tlsCaFile)),
      m_gitRemote(new QLineEdit(target.gitRemote)), m_gitAuth(new QComboBox),
      m_gitUser(new QLineEdit(target.gitUser)), m_gitSecret(new QLineEdit),
      m_gitKey(new QLineEdit(target.gitKeyFile)),
      m_nodes(new QLineEdit(target.nodes.join(QStringLiteral(", ")))), m_keep(new QSpinBox),
      m_timeout(new QSpinBox), m_problem(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("deployTargetDialog"));
    setWindowTitle(isNew ? tr("New Deploy Target") : tr("Deploy Target %1").arg(target.name));
    m_auth->addItem(tr("None"), int(DeployTarget::NatsAuth::None));
    m_auth->addItem(tr("Token"), int(DeployTarget::NatsAuth::Token));
    m_auth->addItem(tr("User and password"), int(DeployTarget::NatsAuth::UserPassword));
    m_auth->addItem(tr("NKey"), int(DeployTarget::NatsAuth::NKey));
    m_auth->addItem(tr("Credentials file (.creds)"), int(DeployTarget::NatsAuth::CredsFile));
    m_auth->setCurrentIndex(m_auth->findData(int(target.natsAuth)));
    m_gitAuth->addItem(tr("None (file path, public remote)"), int(DeployTarget::GitAuth::None));
    m_gitAuth->addItem(tr("User and password or token (https)"), int(DeployTarget::GitAuth::Password));
    m_gitAuth->addItem(tr("SSH agent"), int(DeployTarget::GitAuth::SshAgent));
    m_gitAuth->addItem(tr("SSH key file"), int(DeployTarget::GitAuth::SshKey));
    m_gitAuth->setCurrentIndex(m_gitAuth->findData(int(target.gitAuth)));
    for (QLineEdit *secret : {m_natsSecret, m_gitSecret}) {
        secret->setEchoMode(QLineEdit::Password);
        secret->setPlaceholderText(tr("unchanged (stored in the keychain or the secrets file)"));
    }
    m_nats->setPlaceholderText(QStringLiteral("nats://nats.example.org:4222"));
    m_gitRemote->setPlaceholderText(QStringLiteral("ssh://git@git.example.org/team/project-deploy.git"));
    m_nodes->setPlaceholderText(tr("any node that answers"));
    m_keep->setRange(1, 100);
    m_keep->setValue(target.keep);
    m_timeout->setRange(1, 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(target.timeoutMs / 1000);
    m_name->setObjectName(QStringLiteral("targetName"));
    m_nats->setObjectName(QStringLiteral("targetNats"));
    m_natsSecret->setObjectName(QStringLiteral("targetNatsSecret"));
    m_gitRemote->setObjectName(QStringLiteral("targetGitRemote"));
    m_problem->setObjectName(QStringLiteral("targetProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));

    auto *nats = new QGroupBox(tr("Remote cluster (NATS)"));
    auto *natsForm = new QFormLayout(nats);
    natsForm->addRow(tr("URLs:"), m_nats);
    natsForm->addRow(tr("Authentication:"), m_auth);
    natsForm->addRow(tr("User:"), m_user);
    natsForm->addRow(tr("Secret:"), m_natsSecret);
    natsForm->addRow(tr("NKey (public):"), m_nkey);
    natsForm->addRow(tr("Credentials file:"), m_creds);
    natsForm->addRow(tr("TLS CA file:"), m_tlsCa);
    auto *git = new QGroupBox(tr("Releases (git)"));
    auto *gitForm = new QFormLayout(git);
    gitForm->addRow(tr("Remote:"), m_gitRemote);
    gitForm->addRow(tr("Authentication:"), m_gitAuth);
    gitForm->addRow(tr("User:"), m_gitUser);
    gitForm->addRow(tr("Password, token or passphrase:"), m_gitSecret);
    gitForm->addRow(tr("SSH key file:"), m_gitKey);
    auto *top = new QFormLayout;
    top->addRow(tr("Name:"), m_name);
    top->addRow(tr("Nodes:"), m_nodes);
    top->addRow(tr("Releases kept per node:"), m_keep);
    top->addRow(tr("Node timeout:"), m_timeout);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(nats);
    layout->addWidget(git);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DeployTargetDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &DeployTargetDialog::updateFields);
    connect(m_gitAuth, &QComboBox::currentIndexChanged, this, &DeployTargetDialog::updateFields);
    updateFields();
}

void DeployTargetDialog::updateFields()
{
    const auto auth = DeployTarget::NatsAuth(m_auth->currentData().toInt());
    m_user->setEnabled(auth == DeployTarget::NatsAuth::UserPassword);
    m_natsSecret->setEnabled(auth == DeployTarget::NatsAuth::UserPassword ||
                             auth == DeployTarget::NatsAuth::Token || auth == DeployTarget::NatsAuth::NKey);
    m_nkey->setEnabled(auth == DeployTarget::NatsAuth::NKey);
    m_creds->setEnabled(auth == DeployTarget::NatsAuth::CredsFile);
    const auto gitAuth = DeployTarget::GitAuth(m_gitAuth->currentData().toInt());
    m_gitUser->setEnabled(gitAuth != DeployTarget::GitAuth::None);
    m_gitSecret->setEnabled(gitAuth == DeployTarget::GitAuth::Password ||
                            gitAuth == DeployTarget::GitAuth::SshKey);
    m_gitKey->setEnabled(gitAuth == DeployTarget::GitAuth::SshKey);
}

DeployTarget DeployTargetDialog::target() const
{
    DeployTarget t;
    t.name = m_name->text().trimmed();
    t.natsUrls = splitList(m_nats->text());
    t.natsAuth = DeployTarget::NatsAuth(m_auth->currentData().toInt());
    if (t.natsAuth == DeployTarget::NatsAuth::UserPassword)
        t.natsUser = m_user->text().trimmed();
    if (t.natsAuth == DeployTarget::NatsAuth::NKey)
        t.nkey = m_nkey->text().trimmed();
    if (t.natsAuth == DeployTarget::NatsAuth::CredsFile)
        t.credsFile = m_creds->text().trimmed();
    t.tlsCaFile = m_tlsCa->text().trimmed();
    t.gitRemote = m_gitRemote->text().trimmed();
    t.gitAuth = DeployTarget::GitAuth(m_gitAuth->currentData().toInt());
    if (t.gitAuth != DeployTarget::GitAuth::None)
        t.gitUser = m_gitUser->text().trimmed();
    if (t.gitAuth == DeployTarget::GitAuth::SshKey)
        t.gitKeyFile = m_gitKey->text().trimmed();
    t.nodes = splitList(m_nodes->text());
    t.keep = m_keep->value();
    t.timeoutMs = m_timeout->value() * 1000;
    return t;
}

std::optional<QString> DeployTargetDialog::natsSecret() const
{
    return m_natsSecret->isEnabled() && !m_natsSecret->text().isEmpty() ? std::optional(m_natsSecret->text())
                                                                        : std::nullopt;
}

std::optional<QString> DeployTargetDialog::gitSecret() const
{
    return m_gitSecret->isEnabled() && !m_gitSecret->text().isEmpty() ? std::optional(m_gitSecret->text())
                                                                      : std::nullopt;
}

void DeployTargetDialog::accept()
{
    // The same rules as loading deploy.json, so what is accepted here saves and loads.
    const DeployTarget t = target();
    QJsonObject o{
        {QStringLiteral("name"), t.name},
        {QStringLiteral("nats"), QJsonArray::fromStringList(t.natsUrls)},
        {QStringLiteral("auth"), DeployTarget::natsAuthName(t.natsAuth)},
        {QStringLiteral("user"), t.natsUser},
        {QStringLiteral("nkey"), t.nkey},
        {QStringLiteral("credsFile"), t.credsFile},
        {QStringLiteral("git"), QJsonObject{{QStringLiteral("remote"), t.gitRemote},
                                            {QStringLiteral("auth"), DeployTarget::gitAuthName(t.gitAuth)},
                                            {QStringLiteral("keyFile"), t.gitKeyFile}}},
        {QStringLiteral("keep"), t.keep},
        {QStringLiteral("timeoutMs"), t.timeoutMs}};
    const QByteArray text =
        QJsonDocument(QJsonObject{{QStringLiteral("targets"), QJsonArray{o}}}).toJson(QJsonDocument::Compact);
    const auto checked = DeployTarget::parse(text, QLatin1String(DeployTarget::FileName));
    if (!checked) {
        // "deploy.json:1: targets[0].nats: ..." → "nats: ..." reads better in a form.
        QStringList lines;
        for (const QString &line : checked.errorMessage().split(u'\n'))
            lines << line.section(QStringLiteral("targets[0]."), 1);
        m_problem->setText(lines.join(u'\n'));
        return;
    }
    QDialog::accept();
}

} // namespace Stratus
