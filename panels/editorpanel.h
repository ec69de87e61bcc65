#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace Stratus {

// Function sources in tabs, highlighted by language. Save writes the file (QSaveFile, off the
// GUI thread); Save and Restart then asks for the function's invokers to be restarted, which
// the window does through the supervisor.
class EditorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EditorPanel(QWidget *parent = nullptr);

    // Opens path in a tab, or shows its tab if it is open. Errors are shown in the panel.
    bool openFile(const QString &path);
    void closeAll();

    QTabWidget *tabs() const { return m_tabs; }
    QPlainTextEdit *currentEditor() const;
    QString currentPath() const;
    QString messageText() const;
    QAction *saveAction() const { return m_save; }
    QAction *saveAndRestartAction() const { return m_saveAndRestart; }

    void save() { saveCurrent(false); }
    void saveAndRestart() { saveCurrent(true); }

signals:
    void saved(const QString &path);
    void restartRequested(const QString &path);

private:
    void saveCurrent(bool restart);
    void updateTabTitle(QPlainTextEdit *editor);
    void updateActions();
    void showMessage(const QString &text, bool error);

    QTabWidget *m_tabs;
    QLabel *m_message;
    QAction *m_save;
    QAction *m_saveAndRestart;
};

} // namespace Stratus
