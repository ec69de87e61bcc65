#pragma once

#include "functiontemplates.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Stratus {

// File > New Function: a name, a language and a mode. Create writes the template's source
// and the manifest entry (ManifestEditor, off the GUI thread); a refusal is shown here and
// the dialog stays open so the user can fix the name.
class NewFunctionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewFunctionDialog(const QString &projectDir, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *modeBox() const { return m_mode; }
    QString errorText() const;
    QString createdPath() const { return m_created; }

    void accept() override;

signals:
    void created(const QString &sourcePath);

private:
    QString m_projectDir;
    QLineEdit *m_name;
    QComboBox *m_language;
    QComboBox *m_mode;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QString m_created;
};

} // namespace Stratus
