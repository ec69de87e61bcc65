#include "flowstepview.h"

#include "flowdocument.h"
#include "flowoverlay.h"
#include "flowscene.h"
#include "flowview.h"
#include "invocationmodel.h"
#include "jsoneditor.h"
#include "offthread.h"
#include "protocol.h"

#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QShowEvent>
#include <QSplitter>
#include <QVBoxLayout>

namespace Stratus {

namespace {

QString durationText(const FlowRunWatch::Execution &e)
{
    return e.endUs > 0 ? InvocationModel::formatDuration(e.durationUs()) : QString();
}

} // namespace

FlowStepView::FlowStepView(FlowDebugSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_doc(new FlowDocument(this)), m_overlay(new FlowOverlay(this)),
      m_watch(new FlowRunWatch(m_overlay, this)), m_scene(new FlowScene(m_doc, m_overlay, this)),
      m_view(new FlowView(m_scene, this)), m_back(new QPushButton(tr("◀ Back"), this)),
      m_forward(new QPushButton(tr("Forward ▶"), this)), m_stepLabel(new QLabel(this)),
      m_rerun(new QPushButton(tr("Re-run from here"), this)), m_condition(new QLineEdit(this)),
      m_breakpoint(new QPushButton(tr("Set breakpoint"), this)), m_details(new QPlainTextEdit(this)),
      m_messageLabel(new QLabel(this)), m_pausedBox(new QGroupBox(tr("Paused run"), this)),
      m_pausedLabel(new QLabel(m_pausedBox)), m_payload(new JsonEditor(m_pausedBox)),
      m_continue(new QPushButton(tr("Continue"), m_pausedBox)),
      m_stepRun(new QPushButton(tr("Step"), m_pausedBox)), m_abort(new QPushButton(tr("Abort"), m_pausedBox))
{
    setObjectName(QStringLiteral("flowStepView"));
    m_scene->setReadOnly(true);
    m_back->setObjectName(QStringLiteral("flowStepBack"));
    m_forward->setObjectName(QStringLiteral("flowStepForward"));
    m_back->setToolTip(tr("The node that ran before (execution order)"));
    m_forward->setToolTip(tr("The node that ran next (execution order)"));
    m_rerun->setToolTip(tr("Run the flow again from the current node, with the data this run gave the nodes "
                           "before it"));
    m_condition->setPlaceholderText(tr("Condition, e.g. input.kind == 'buzz' (empty: always)"));
    m_condition->setToolTip(tr("A flow expression over input (the node's input) and run"));
    m_breakpoint->setToolTip(tr("Pause live runs before the selected node"));

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_details->setReadOnly(true);
    m_details->setFont(fixed);
    m_details->setObjectName(QStringLiteral("flowStepDetails"));
    m_details->setPlaceholderText(tr("Open a recorded flow run to step through it"));
    m_payload->setObjectName(QStringLiteral("flowStepPayload"));
    m_payload->setToolTip(tr("The node's input: edit it, then Continue or Step to run the node with it"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pausedLabel->setWordWrap(true);

    auto *pausedLayout = new QVBoxLayout(m_pausedBox);
    pausedLayout->addWidget(m_pausedLabel);
    pausedLayout->addWidget(m_payload, 1);
    auto *pausedButtons = new QHBoxLayout;
    pausedButtons->addWidget(m_continue);
    pausedButtons->addWidget(m_stepRun);
    pausedButtons->addWidget(m_abort);
    pausedButtons->addStretch(1);
    pausedLayout->addLayout(pausedButtons);
    m_continue->setToolTip(tr("Run on until the next breakpoint"));
    m_stepRun->setToolTip(tr("Run this node and pause before the next one"));
    m_abort->setToolTip(tr("End the run here with an error"));
    m_pausedBox->hide();

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_back);
    top->addWidget(m_forward);
    top->addWidget(m_stepLabel, 1);
    top->addWidget(m_rerun);
    top->addSpacing(12);
    top->addWidget(m_condition, 1);
    top->addWidget(m_breakpoint);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_details, 1);
    sideLayout->addWidget(m_pausedBox, 1);
    sideLayout->addWidget(m_messageLabel);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_back, &QPushButton::clicked, this, &FlowStepView::stepBack);
    connect(m_forward, &QPushButton::clicked, this, &FlowStepView::stepForward);
    connect(m_rerun, &QPushButton::clicked, this, &FlowStepView::rerunFromCurrent);
    connect(m_breakpoint, &QPushButton::clicked, this, &FlowStepView::toggleBreakpointOnSelection);
    connect(m_condition, &QLineEdit::returnPressed, this, &FlowStepView::toggleBreakpointOnSelection);
    connect(m_continue, &QPushButton::clicked, this, [this] { control(QStringLiteral("continue")); });
    connect(m_stepRun, &QPushButton::clicked, this, [this] { control(QStringLiteral("step")); });
    connect(m_abort, &QPushButton::clicked, this, [this] { control(QStringLiteral("abort")); });
    // An edited input that is not JSON cannot replace the node's input: the editor says where.
    connect(m_payload, &JsonEditor::acceptableChanged, this, [this](bool acceptable) {
        m_continue->setEnabled(acceptable);
        m_stepRun->setEnabled(acceptable);
    });
    connect(m_scene, &FlowScene::edgeClicked, this, &FlowStepView::showEdgeData);
    connect(m_scene, &FlowScene::selectionChangedTo, this,
            [this](const QStringList &nodes, const QList<FlowEdgeKey> &) {
                // Selecting a node that ran jumps to its (first) execution.
                if (nodes.size() != 1)
                    return updateButtons();
                for (int i = 0; i < m_steps.size(); ++i) {
                    if (m_steps.at(i).node == nodes.first()) {
                        if (i != m_step)
                            setStep(i);
                        return;
                    }
                }
                updateButtons();
            });
    connect(m_watch, &FlowRunWatch::recordReady, this, [this] {
        refreshSteps();
        applyBreakpointMarks();
    });
    connect(m_watch, &FlowRunWatch::runFinished, this,
            [this](const QString &runId, const QString &status, const QByteArray &, const QString &error) {
                say(status == QLatin1String("ok") ? tr("Run %1 finished: ok").arg(runId)
                                                  : tr("Run %1 failed (%2): %3").arg(runId, status, error));
            });
    if (m_session) {
        connect(m_session, &FlowDebugSession::paused, this, &FlowStepView::onPaused);
        connect(m_session, &FlowDebugSession::resumed, this, &FlowStepView::onResumed);
        connect(m_session, &FlowDebugSession::rerunFinished, this, &FlowStepView::onRerunFinished);
        connect(m_session, &FlowDebugSession::controlFinished, this,
                [this](quint64, const QString &runId, bool ok, const QString &error) {
                    if (!ok)
                        say(tr("Run %1: %2").arg(runId, error));
                });
        connect(m_session, &FlowDebugSession::warning, this, &FlowStepView::say);
    }
    updateButtons();
}

FlowStepView::~FlowStepView() = default;

const Flow &FlowStepView::flow() const
{
    return m_doc->flow();
}

void FlowStepView::setNatsUrl(const QString &url)
{
    m_natsUrl = url;
    m_watch->setNatsUrl(url);
}

void FlowStepView::resetTo(const Flow &flow)
{
    m_watch->cancel();
    m_paused.reset();
    m_pausedBox->hide();
    m_steps.clear();
    m_step = -1;
    m_overlay->clear();
    m_doc->reset(flow, flow.filePath);
    m_messageLabel->clear();
}

void FlowStepView::openRun(const Flow &flow, const QJsonObject &runRecord)
{
    resetTo(flow);
    m_watch->showRecord(flow, runRecord);
    applyBreakpointMarks();
    refreshSteps();
    fitLater();
}

void FlowStepView::openFlow(const Flow &flow)
{
    resetTo(flow);
    m_watch->clear();
    applyBreakpointMarks();
    refreshSteps();
    fitLater();
}

void FlowStepView::fitLater()
{
    m_fitPending = true;
    if (isVisible() && m_view->width() > 0) {
        m_view->fitToView();
        m_fitPending = false;
    }
}

void FlowStepView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_fitPending)
        fitLater();
}

void FlowStepView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitPending)
        fitLater();
}

void FlowStepView::refreshSteps()
{
    m_steps = m_watch->executions();
    m_step = -1;
    if (!m_steps.isEmpty())
        setStep(0);
    else
        showStep();
}

QString FlowStepView::currentNode() const
{
    return m_step >= 0 && m_step < m_steps.size() ? m_steps.at(m_step).node : QString();
}

void FlowStepView::setStep(int index)
{
    if (index < -1 || index >= m_steps.size())
        return;
    m_step = index;
    markCurrent(currentNode());
    showStep();
    emit stepChanged(m_step);
}

bool FlowStepView::stepForward()
{
    if (m_step + 1 >= m_steps.size())
        return false;
    setStep(m_step + 1);
    return true;
}

bool FlowStepView::stepBack()
{
    if (m_step <= 0)
        return false;
    setStep(m_step - 1);
    return true;
}

void FlowStepView::markCurrent(const QString &nodeId)
{
    for (const FlowNode &node : flow().nodes) {
        FlowOverlay::NodeMarks marks = m_overlay->node(node.id);
        const bool current = node.id == nodeId;
        if (marks.current != current) {
            marks.current = current;
            m_overlay->setNode(node.id, marks);
        }
    }
}

void FlowStepView::showStep()
{
    updateButtons();
    if (m_step < 0) {
        m_stepLabel->setText(m_watch->runId().isEmpty() ? tr("No run")
                                                        : tr("Run %1: no node ran").arg(m_watch->runId()));
        if (!m_paused)
            m_details->clear();
        return;
    }
    const FlowRunWatch::Execution &e = m_steps.at(m_step);
    const FlowNode *node = flow().node(e.node);
    const QString element = e.element >= 0 ? tr(" [element %1]").arg(e.element) : QString();
    m_stepLabel->setText(tr("Step %1/%2: %3%4").arg(m_step + 1).arg(m_steps.size()).arg(e.node, element));
    QStringList lines;
    lines << tr("%1%2 (%3) — %4 %5")
                 .arg(e.node, element, node ? Flow::kindName(node->kind) : QString(), e.status,
                      durationText(e))
                 .trimmed();
    if (!e.error.isEmpty())
        lines << tr("error: %1").arg(e.error);
    lines << QString() << tr("input:") << FlowRunWatch::displayText(e.input);
    if (!e.output.isUndefined())
        lines << QString() << tr("output:") << FlowRunWatch::displayText(e.output);
    const auto edgeLines = [this, &lines](const QList<const FlowEdge *> &edges, const QString &title) {
        for (const FlowEdge *edge : edges) {
            const FlowEdgeKey key = FlowEdgeKey::of(*edge);
            const QJsonValue data = m_watch->edgeData(key);
            lines << QString() << title.arg(key.toString())
                  << (data.isUndefined() ? tr("(nothing passed)") : FlowRunWatch::displayText(data));
        }
    };
    edgeLines(flow().incoming(e.node), tr("in: %1"));
    edgeLines(flow().outgoing(e.node), tr("out: %1"));
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
}

void FlowStepView::showEdgeData(const Stratus::FlowEdgeKey &key)
{
    const QJsonValue data = m_watch->edgeData(key);
    m_details->setPlainText(
        tr("%1\n\n%2")
            .arg(key.toString(), data.isUndefined() ? tr("Nothing passed along this edge in the shown run.")
                                                    : FlowRunWatch::displayText(data)));
}

QString FlowStepView::selectedNode() const
{
    const QStringList selected = m_scene->selectedNodeIds();
    return selected.size() == 1 ? selected.first() : currentNode();
}

void FlowStepView::updateButtons()
{
    m_back->setEnabled(m_step > 0);
    m_forward->setEnabled(m_step >= 0 && m_step + 1 < m_steps.size());
    const bool canRerun = m_session && m_watch->hasRecord() && m_step >= 0 && m_rerunRequest == 0;
    m_rerun->setEnabled(canRerun);
    if (!m_session)
        m_rerun->setToolTip(tr("Re-running needs the debugger's connection to the cluster"));
    const QString node = selectedNode();
    m_breakpoint->setEnabled(m_session && !node.isEmpty());
    m_breakpoint->setText(!node.isEmpty() && m_overlay->node(node).breakpoint ? tr("Remove breakpoint")
                                                                              : tr("Set breakpoint"));
    m_condition->setEnabled(m_session);
    if (!m_session)
        m_breakpoint->setToolTip(tr("Breakpoints need the debugger's connection to the cluster"));
}

void FlowStepView::say(const QString &text)
{
    m_messageLabel->setText(text);
    emit message(text);
}

void FlowStepView::applyBreakpointMarks()
{
    const QList<FlowBreakpoint> breakpoints =
        m_session ? m_session->breakpoints(flow().name) : QList<FlowBreakpoint>();
    for (const FlowNode &node : flow().nodes) {
        const auto it = std::find_if(breakpoints.cbegin(), breakpoints.cend(),
                                     [&node](const FlowBreakpoint &b) { return b.node == node.id; });
        m_overlay->setBreakpoint(node.id, it != breakpoints.cend(),
                                 it != breakpoints.cend() ? it->condition : QString());
    }
}

Status FlowStepView::toggleBreakpoint(const QString &nodeId, const QString &condition)
{
    if (!m_session)
        return makeError(tr("breakpoints need the debugger's connection to the cluster"));
    if (!flow().node(nodeId))
        return makeError(tr("flow %1 has no node \"%2\"").arg(flow().name, nodeId));
    QList<FlowBreakpoint> breakpoints = m_session->breakpoints(flow().name);
    const auto it = std::find_if(breakpoints.begin(), breakpoints.end(),
                                 [&nodeId](const FlowBreakpoint &b) { return b.node == nodeId; });
    if (it != breakpoints.end())
        breakpoints.erase(it);
    else
        breakpoints.append({nodeId, condition.trimmed()});
    if (Status s = m_session->setBreakpoints(flow().name, breakpoints); !s)
        return s;
    applyBreakpointMarks();
    updateButtons();
    return Ok{};
}

void FlowStepView::toggleBreakpointOnSelection()
{
    const QString node = selectedNode();
    if (node.isEmpty())
        return say(tr("Select a node to put a breakpoint on."));
    const Status s = toggleBreakpoint(node, m_condition->text());
    if (!s)
        return say(s.errorMessage());
    const FlowOverlay::NodeMarks marks = m_overlay->node(node);
    say(!marks.breakpoint                     ? tr("Breakpoint on %1 removed.").arg(node)
        : marks.breakpointCondition.isEmpty() ? tr("Live runs of %1 pause before %2.").arg(flow().name, node)
                                              : tr("Live runs of %1 pause before %2 when %3.")
                                                    .arg(flow().name, node, marks.breakpointCondition));
}

void FlowStepView::rerunFromCurrent()
{
    if (!m_session || !m_watch->hasRecord() || m_step < 0)
        return;
    const QString node = currentNode();
    const auto request = m_session->rerunFrom(flow().name, m_watch->record(), node);
    if (!request)
        return say(request.errorMessage());
    m_rerunRequest = *request;
    m_rerunNode = node;
    say(tr("Re-running %1 from %2…").arg(flow().name, node));
    updateButtons();
}

void FlowStepView::onRerunFinished(quint64 request, const QByteArray &status, const QByteArray &body,
                                   const QMap<QByteArray, QByteArray> &headers)
{
    if (request != m_rerunRequest)
        return;
    m_rerunRequest = 0;
    updateButtons();
    const QString statusText = QString::fromUtf8(status);
    say(statusText == QLatin1String(Protocol::StatusOk)
            ? tr("Re-run from %1: ok: %2").arg(m_rerunNode, QString::fromUtf8(body))
            : tr("Re-run from %1 failed (%2): %3").arg(m_rerunNode, statusText, QString::fromUtf8(body)));
    emit rerunFinished(statusText, body);
    // Show the new run on the graph when its record can be had.
    const QString runId = QString::fromUtf8(headers.value(QByteArray(Protocol::RunIdHeader)));
    if (runId.isEmpty() || m_natsUrl.isEmpty())
        return;
    const Flow shown = flow();
    runOffThread(
        this, [url = m_natsUrl, runId] { return FlowRunWatch::fetchRecord(url, runId); },
        [this, shown, message = m_messageLabel->text()](const Result<QJsonObject> &record) {
            if (!record)
                return say(message + QLatin1Char('\n') + record.errorMessage());
            openRun(shown, *record);
            say(message);
        });
}

void FlowStepView::onPaused(const Stratus::PausedRun &run)
{
    if (run.flow != flow().name)
        return;
    const bool newRun = !m_paused || m_paused->runId != run.runId;
    if (newRun && !m_natsUrl.isEmpty() && m_watch->runId() != run.runId) {
        // Follow it: the nodes after the pause arrive live, the whole run with its end.
        if (Status s = m_watch->follow(flow(), run.runId); !s)
            say(s.errorMessage());
        m_steps.clear();
        m_step = -1;
        applyBreakpointMarks();
    }
    m_paused = run;
    m_overlay->setRunState(run.node, FlowOverlay::RunState::Paused, -1,
                           run.reason == QLatin1String("step") ? tr("stepped") : tr("breakpoint"));
    markCurrent(run.node);
    const QString element = run.element >= 0 ? tr(" [element %1]").arg(run.element) : QString();
    m_pausedLabel->setText(
        tr("Run %1 paused before %2%3 (%4). Its input:").arg(run.runId, run.node, element, run.reason));
    m_pausedOriginal = FlowRunWatch::displayText(run.input).toUtf8();
    m_payload->setText(m_pausedOriginal);
    m_payload->setReadOnly(run.inputTruncated);
    if (run.inputTruncated)
        m_payload->setToolTip(
            tr("The input is too large to edit here; Continue runs the node with it unchanged"));
    m_pausedBox->show();
    m_stepLabel->setText(tr("Paused before %1").arg(run.node));
    const FlowNode *node = flow().node(run.node);
    QStringList lines{tr("Run %1 of %2 is paused before node %3%4 (%5), by its %6.")
                          .arg(run.runId, run.flow, run.node, element,
                               node ? Flow::kindName(node->kind) : QString(), run.reason)};
    lines << QString()
          << tr("Edit its input below, then Continue (on to the next breakpoint), Step (pause before the "
                "next node) or Abort (end the run with an error).");
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
    updateButtons();
}

void FlowStepView::onResumed(const QString &runId, const QString &node, int element, const QString &reason)
{
    if (!m_paused || m_paused->runId != runId || (!node.isEmpty() && m_paused->node != node) ||
        (element >= 0 && m_paused->element != element))
        return;
    m_pausedBox->hide();
    const QString pausedNode = m_paused->node;
    m_paused.reset();
    if (m_overlay->node(pausedNode).run == FlowOverlay::RunState::Paused)
        m_overlay->setRunState(pausedNode, reason == QLatin1String("aborted")
                                               ? FlowOverlay::RunState::Failed
                                               : FlowOverlay::RunState::Running);
    say(tr("Run %1 resumed at %2 (%3).").arg(runId, pausedNode, reason));
}

void FlowStepView::control(const QString &action)
{
    if (!m_session || !m_paused)
        return;
    const PausedRun run = *m_paused;
    std::optional<QByteArray> input;
    if (!run.inputTruncated && m_payload->text() != m_pausedOriginal)
        input = m_payload->text();
    Result<quint64> sent = action == QLatin1String("abort") ? m_session->abort(run.runId, run.node)
                           : action == QLatin1String("step")
                               ? m_session->step(run.runId, run.node, run.element, input)
                               : m_session->continueRun(run.runId, run.node, run.element, input);
    if (!sent)
        say(sent.errorMessage());
}

} // namespace Stratus
