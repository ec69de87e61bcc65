#pragma once

#include "flowdocument.h"
#include "flowoverlay.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace Stratus {

class FlowRunWatch;

// The flow editor's run bar (docs/floweditor.md, "Running a flow from the editor"): an input
// (typed, edited in a bigger dialog, or one of the flow's saved events in
// PROJECT/events/FLOW/*.json), Run, the run's status and output, and the data that passed
// along the edge clicked last. The run itself is a FlowRunWatch painting the editor's overlay.
class FlowRunBar : public QWidget
{
    Q_OBJECT
public:
    FlowRunBar(FlowDocument *doc, FlowOverlay *overlay, QWidget *parent = nullptr);
    ~FlowRunBar() override;

    void setNatsUrl(const QString &url); // empty: no cluster, Run disabled
    void setProjectDir(const QString &dir);

    FlowRunWatch *watch() const { return m_watch; }
    // For tests and the window's actions.
    QLineEdit *inputEdit() const { return m_input; }
    QComboBox *eventsCombo() const { return m_events; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *clearButton() const { return m_clear; }
    QLabel *statusLabel() const { return m_status; }
    QPlainTextEdit *outputView() const { return m_outputView; }
    QPlainTextEdit *dataView() const { return m_dataView; }

public slots:
    void run();
    void clear();
    // What passed along this edge in the last run (FlowScene::edgeClicked).
    void showEdgeData(const Stratus::FlowEdgeKey &key);
    // The node's input and output in the last run.
    void showNodeData(const QString &nodeId);
    void refreshEvents(); // re-reads the manifest's trigger and the saved events

signals:
    void runFinished(const QString &runId, const QString &status);

private:
    void editInputInDialog();
    void eventChosen(int index);
    void updateRunButton();
    void showOutput(const QString &status, const QByteArray &output);
    void onRunFinished(const QString &runId, const QString &status, const QByteArray &output,
                       const QString &error);

    QPointer<FlowDocument> m_doc;
    FlowRunWatch *m_watch;
    QString m_natsUrl;
    QString m_projectDir;
    quint64 m_lookups = 0; // only the latest lookup of the trigger and events counts

    QLineEdit *m_input;
    QToolButton *m_more;
    QComboBox *m_events;
    QPushButton *m_run;
    QPushButton *m_clear;
    QLabel *m_status;
    QPlainTextEdit *m_outputView;
    QLabel *m_dataCaption;
    QPlainTextEdit *m_dataView;
};

} // namespace Stratus
