#include "settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Stratus {

namespace {

QSpinBox *portBox(int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, 65535);
    box->setSpecialValueText(SettingsDialog::tr("From the project"));
    box->setValue(value);
    return box;
}

} // namespace

QList<std::pair<QString, QString>> SettingsDialog::languages()
{
    // Native names: someone who cannot read the current language still finds their own.
    return {{QString(), tr("System language")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("it"), QStringLiteral("Italiano")},
            {QStringLiteral("es"), QStringLiteral("Español")}};
}

SettingsDialog::SettingsDialog(const WorkbenchSettings &settings, QWidget *parent)
    : QDialog(parent), m_original(settings), m_broker(new QLineEdit(settings.brokerBinary, this)),
      m_clientPort(portBox(settings.clientPort, this)), m_monitorPort(portBox(settings.monitorPort, this)),
      m_theme(new QComboBox(this)), m_language(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));
    m_broker->setPlaceholderText(tr("nats-server on PATH"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Broker binary"), m_broker->text());
        if (!file.isEmpty())
            m_broker->setText(file);
    });
    auto *brokerRow = new QHBoxLayout;
    brokerRow->addWidget(m_broker, 1);
    brokerRow->addWidget(browse);

    using Theme = WorkbenchSettings::Theme;
    for (auto [theme, text] : {std::pair{Theme::System, tr("System")}, std::pair{Theme::Light, tr("Light")},
                               std::pair{Theme::Dark, tr("Dark")}})
        m_theme->addItem(text, WorkbenchSettings::themeKey(theme));
    m_theme->setCurrentIndex(m_theme->findData(WorkbenchSettings::themeKey(settings.theme)));
    for (const auto &[code, name] : languages())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));

    auto *languageNote = new QLabel(tr("A new language applies the next time the workbench starts."), this);
    languageNote->setWordWrap(true);
    auto *brokerNote = new QLabel(
        tr("The broker binary applies the next time the workbench starts; ports at the next cluster start."),
        this);
    brokerNote->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Broker binary:"), brokerRow);
    form->addRow(tr("Client port:"), m_clientPort);
    form->addRow(tr("Monitoring port:"), m_monitorPort);
    form->addRow(QString(), brokerNote);
    form->addRow(tr("Theme:"), m_theme);
    form->addRow(tr("Language:"), m_language);
    form->addRow(QString(), languageNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

WorkbenchSettings SettingsDialog::settings() const
{
    WorkbenchSettings s = m_original;
    s.brokerBinary = m_broker->text().trimmed();
    s.clientPort = m_clientPort->value();
    s.monitorPort = m_monitorPort->value();
    s.theme = WorkbenchSettings::themeFromKey(m_theme->currentData().toString());
    s.language = m_language->currentData().toString();
    return s;
}

} // namespace Stratus
