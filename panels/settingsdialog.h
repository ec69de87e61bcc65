#pragma once

#include "workbenchsettings.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Stratus {

// Edits WorkbenchSettings; the caller saves and applies what settings() returns.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const WorkbenchSettings &settings, QWidget *parent = nullptr);

    WorkbenchSettings settings() const;

    // The languages the workbench ships, as (code, native name); "" is the system's.
    static QList<std::pair<QString, QString>> languages();

private:
    WorkbenchSettings m_original;
    QLineEdit *m_broker;
    QSpinBox *m_clientPort;
    QSpinBox *m_monitorPort;
    QComboBox *m_theme;
    QComboBox *m_language;
};

} // namespace Stratus
