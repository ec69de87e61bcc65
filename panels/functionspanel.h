#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace Stratus {

class RegistryModel;

// The registry's functions, services and flows (or the manifest's functions when no registry
// runs): the selected entry's details, editing a service, and invoking a function with a
// payload, its result, Stratus-Status and duration. Invocations run off the GUI thread.
class FunctionsPanel : public QWidget
{
    Q_OBJECT
public:
    // brokerUrl: the running cluster's, empty when it is stopped.
    FunctionsPanel(RegistryModel *model, std::function<QString()> brokerUrl,
                   std::function<QString()> projectDir, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLabel *statusLabel() const { return m_status; }
    QPlainTextEdit *detailsEdit() const { return m_details; }
    QPlainTextEdit *payloadEdit() const { return m_payload; }
    QPlainTextEdit *resultView() const { return m_result; }
    QLabel *resultStatusLabel() const { return m_resultStatus; }
    QPushButton *invokeButton() const { return m_invoke; }
    QPushButton *stressButton() const { return m_stress; }
    QPushButton *saveEntryButton() const { return m_saveEntry; }
    QPushButton *openSourceButton() const { return m_openSource; }
    QTabWidget *tabs() const { return m_tabs; }
    bool selectEntry(const QString &name);
    void loadPayload(const QString &path);

signals:
    void openSourceRequested(const QString &path);
    void invoked(); // a result or an error is shown
    // "Stress Test" on a function ("NAME") or a flow ("flow:NAME"): the Stress panel runs it.
    void stressTestRequested(const QString &target);

private:
    int currentRow() const;
    void showCurrent();
    void invoke();
    void requestStressTest();
    void saveEntry();
    void openSource();
    void updateStatus();

    QPointer<RegistryModel> m_model;
    std::function<QString()> m_brokerUrl;
    std::function<QString()> m_projectDir;
    QLabel *m_status;
    QTableView *m_view;
    QPlainTextEdit *m_details;
    QPushButton *m_saveEntry;
    QPushButton *m_openSource;
    QPlainTextEdit *m_payload;
    QPushButton *m_load;
    QSpinBox *m_timeout;
    QPushButton *m_invoke;
    QPushButton *m_stress;
    QLabel *m_resultStatus;
    QPlainTextEdit *m_result;
    QTabWidget *m_tabs;
};

} // namespace Stratus
