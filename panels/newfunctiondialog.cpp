#include "newfunctiondialog.h"

#include "manifesteditor.h"
#include "offthread.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace Stratus {

NewFunctionDialog::NewFunctionDialog(const QString &projectDir, QWidget *parent)
    : QDialog(parent), m_projectDir(projectDir), m_name(new QLineEdit(this)), m_language(new QComboBox(this)),
      m_mode(new QComboBox(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Function"));
    m_name->setPlaceholderText(tr("letters, digits, - and _"));
    // The manifest's own rule (docs/manifest.md); the parser still has the last word.
    m_name->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9_-]{0,64}")), this));
    for (FunctionTemplates::Language language : FunctionTemplates::languages())
        m_language->addItem(FunctionTemplates::displayName(language), int(language));
    m_mode->addItem(tr("cold: a process per event"), int(FunctionSpec::Mode::Cold));
    m_mode->addItem(tr("warm: a pool of long-lived workers"), int(FunctionSpec::Mode::Warm));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewFunctionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewFunctionDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(m_error);
    form->addRow(m_buttons);
    resize(420, sizeHint().height());
}

QString NewFunctionDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void NewFunctionDialog::accept()
{
    const auto language = FunctionTemplates::Language(m_language->currentData().toInt());
    const auto mode = FunctionSpec::Mode(m_mode->currentData().toInt());
    const QString name = m_name->text().trimmed();
    m_buttons->setEnabled(false);
    m_error->hide();
    runOffThread(
        this,
        [dir = m_projectDir, language, name, mode] {
            return ManifestEditor::createFunction(dir, language, name, mode);
        },
        [this](const Result<QString> &result) {
            m_buttons->setEnabled(true);
            if (!result) {
                m_error->setText(result.errorMessage());
                m_error->show();
                return;
            }
            m_created = result.value();
            emit created(m_created);
            QDialog::accept();
        });
}

} // namespace Stratus
