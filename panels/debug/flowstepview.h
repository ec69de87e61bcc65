#pragma once

#include "flow.h"
#include "flowdebugsession.h"
#include "flowrunwatch.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <optional>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Stratus {

class JsonEditor;
class FlowDocument;
class FlowOverlay;
class FlowScene;
class FlowView;

// A flow run on its graph, for the debugger (docs/debugger.md, "Stepping through a flow run"):
// a recorded run painted on a read-only copy of the editor's canvas, stepped through node by
// node in execution order with each node's input and output and the data on its edges;
// re-running the flow from the current node with the recorded upstream data; breakpoints on
// nodes (optionally with a condition) for live runs, which pause before the node with their
// payload editable here, then continue, step or abort. The breakpoints and paused runs are a
// FlowDebugSession's (null: no live breakpoints).
class FlowStepView : public QWidget
{
    Q_OBJECT
public:
    explicit FlowStepView(FlowDebugSession *session, QWidget *parent = nullptr);
    ~FlowStepView() override;

    // For following paused runs live and re-runs' records; empty: neither.
    void setNatsUrl(const QString &url);
    // A recorded run (the flow-run record, docs/flows.md) of flow.
    void openRun(const Stratus::Flow &flow, const QJsonObject &runRecord);
    // The graph without a run: breakpoints can be set, paused runs show up.
    void openFlow(const Stratus::Flow &flow);

    const Flow &flow() const;
    FlowDocument *document() const { return m_doc; }
    FlowOverlay *overlay() const { return m_overlay; }
    FlowScene *scene() const { return m_scene; }
    FlowView *view() const { return m_view; }
    FlowRunWatch *watch() const { return m_watch; }

    int stepCount() const { return int(m_steps.size()); }
    int currentStep() const { return m_step; } // -1: none
    QString currentNode() const;
    void setStep(int index);
    bool stepForward();
    bool stepBack();

    // Toggles a breakpoint on the node (condition: a FlowExpression, empty = always). Refused
    // without a session, for an unknown node, or a condition the session does not accept.
    Status toggleBreakpoint(const QString &nodeId, const QString &condition = {});
    std::optional<PausedRun> pausedRun() const { return m_paused; }

    // For tests and the debugger panel's actions.
    QPushButton *backButton() const { return m_back; }
    QPushButton *forwardButton() const { return m_forward; }
    QPushButton *rerunButton() const { return m_rerun; }
    QPushButton *breakpointButton() const { return m_breakpoint; }
    QLineEdit *conditionEdit() const { return m_condition; }
    QLabel *stepLabel() const { return m_stepLabel; }
    QPlainTextEdit *detailsView() const { return m_details; }
    QGroupBox *pausedBox() const { return m_pausedBox; }
    JsonEditor *payloadEditor() const { return m_payload; }
    QPushButton *continueButton() const { return m_continue; }
    QPushButton *stepButton() const { return m_stepRun; }
    QPushButton *abortButton() const { return m_abort; }

public slots:
    void rerunFromCurrent();
    void toggleBreakpointOnSelection();
    void showEdgeData(const Stratus::FlowEdgeKey &key);

signals:
    void stepChanged(int index);
    void rerunFinished(const QString &status, const QByteArray &output);
    void message(const QString &text); // errors and outcomes, also shown in the view

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitLater(); // the view has its size only once shown
    void resetTo(const Flow &flow);
    void refreshSteps();
    void showStep();
    void markCurrent(const QString &nodeId);
    void applyBreakpointMarks();
    void updateButtons();
    void onPaused(const Stratus::PausedRun &run);
    void onResumed(const QString &runId, const QString &node, int element, const QString &reason);
    void onRerunFinished(quint64 request, const QByteArray &status, const QByteArray &body,
                         const QMap<QByteArray, QByteArray> &headers);
    void control(const QString &action);
    void say(const QString &text);
    QString selectedNode() const;

    QPointer<FlowDebugSession> m_session;
    QString m_natsUrl;
    FlowDocument *m_doc;
    FlowOverlay *m_overlay;
    FlowRunWatch *m_watch;
    FlowScene *m_scene;
    FlowView *m_view;
    QList<FlowRunWatch::Execution> m_steps;
    int m_step = -1;
    std::optional<PausedRun> m_paused;
    QByteArray m_pausedOriginal; // the payload as shown, to send only an edited one
    quint64 m_rerunRequest = 0;
    bool m_fitPending = false;
    QString m_rerunNode;

    QPushButton *m_back;
    QPushButton *m_forward;
    QLabel *m_stepLabel;
    QPushButton *m_rerun;
    QLineEdit *m_condition;
    QPushButton *m_breakpoint;
    QPlainTextEdit *m_details;
    QLabel *m_messageLabel;
    QGroupBox *m_pausedBox;
    QLabel *m_pausedLabel;
    JsonEditor *m_payload;
    QPushButton *m_continue;
    QPushButton *m_stepRun;
    QPushButton *m_abort;
};

} // namespace Stratus
