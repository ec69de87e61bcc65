#include "flowrunbar.h"

#include "flowrunwatch.h"
#include "invocationmodel.h"
#include "manifest.h"
#include "offthread.h"
#include "savedevents.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Stratus {

namespace {

// What the bar needs from the project for one flow: where to send the run, its saved events.
struct ProjectLookup
{
    QString trigger; // empty: the default flow.NAME
    QList<SavedEvent> events;
    QString error;
};

ProjectLookup lookUp(const QString &projectDir, const QString &flowName)
{
    ProjectLookup result;
    if (projectDir.isEmpty() || flowName.isEmpty())
        return result;
    if (const auto manifest = Manifest::load(projectDir)) {
        if (const FlowSpec *spec = manifest->flow(flowName))
            result.trigger = spec->trigger;
    }
    const auto events = SavedEvents(projectDir).list(flowName);
    if (events)
        result.events = *events;
    else
        result.error = events.errorMessage();
    return result;
}

// Text that looks like JSON must be JSON; anything else is sent as text (docs/flows.md, "Data").
Result<QByteArray> inputBytes(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QByteArray();
    const QChar first = trimmed.front();
    if (first != QLatin1Char('{') && first != QLatin1Char('[') && first != QLatin1Char('"'))
        return text.toUtf8();
    QJsonParseError error;
    const QByteArray bytes = trimmed.toUtf8();
    // QJsonDocument reads objects and arrays only: wrap to accept a string too.
    const QJsonDocument wrapped = QJsonDocument::fromJson("[" + bytes + "]", &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(FlowRunBar::tr("the input is not valid JSON at character %1: %2")
                             .arg(qMax(0, error.offset - 1))
                             .arg(error.errorString()));
    if (wrapped.array().size() != 1)
        return makeError(
            FlowRunBar::tr("the input holds %1 JSON values: a run takes one").arg(wrapped.array().size()));
    return bytes;
}

QString compacted(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isNull() ? text : QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

} // namespace

FlowRunBar::FlowRunBar(FlowDocument *doc, FlowOverlay *overlay, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_watch(new FlowRunWatch(overlay, this)), m_input(new QLineEdit(this)),
      m_more(new QToolButton(this)), m_events(new QComboBox(this)), m_run(new QPushButton(tr("Run"), this)),
      m_clear(new QPushButton(tr("Clear"), this)), m_status(new QLabel(this)),
      m_outputView(new QPlainTextEdit(this)), m_dataCaption(new QLabel(this)),
      m_dataView(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("flowRunBar"));
    m_input->setObjectName(QStringLiteral("flowRunInput"));
    m_input->setPlaceholderText(tr("Input: JSON such as {\"n\": 15}, or text"));
    m_input->setClearButtonEnabled(true);
    m_more->setText(tr("…"));
    m_more->setToolTip(tr("Edit the input in a bigger editor"));
    m_events->setObjectName(QStringLiteral("flowRunEvents"));
    m_events->setToolTip(tr("Saved events of this flow (events/FLOW/*.json in the project)"));
    m_events->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_events->setMinimumContentsLength(16); // "no saved events" is set after the first layout
    m_run->setObjectName(QStringLiteral("flowRunButton"));
    m_clear->setToolTip(tr("Clear the run's states, output and data"));
    m_status->setObjectName(QStringLiteral("flowRunStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(false);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *view : {m_outputView, m_dataView}) {
        view->setReadOnly(true);
        view->setFont(fixed);
        view->setMaximumHeight(90);
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    m_outputView->setObjectName(QStringLiteral("flowRunOutput"));
    m_outputView->setPlaceholderText(tr("The run's output"));
    m_dataView->setObjectName(QStringLiteral("flowRunData"));
    m_dataView->setPlaceholderText(tr("Click an edge or a node after a run to see its data"));

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(new QLabel(tr("Input:"), this));
    top->addWidget(m_input, 1);
    top->addWidget(m_more);
    top->addWidget(m_events);
    top->addWidget(m_run);
    top->addWidget(m_clear);
    top->addWidget(m_status, 1);

    auto *outputColumn = new QVBoxLayout;
    outputColumn->addWidget(new QLabel(tr("Output"), this));
    outputColumn->addWidget(m_outputView);
    auto *dataColumn = new QVBoxLayout;
    dataColumn->addWidget(m_dataCaption);
    dataColumn->addWidget(m_dataView);
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    bottom->addLayout(outputColumn, 1);
    bottom->addLayout(dataColumn, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addLayout(bottom);
    m_dataCaption->setText(tr("Data"));

    connect(m_run, &QPushButton::clicked, this, &FlowRunBar::run);
    connect(m_input, &QLineEdit::returnPressed, this, &FlowRunBar::run);
    connect(m_clear, &QPushButton::clicked, this, &FlowRunBar::clear);
    connect(m_more, &QToolButton::clicked, this, &FlowRunBar::editInputInDialog);
    connect(m_events, &QComboBox::activated, this, &FlowRunBar::eventChosen);
    connect(m_watch, &FlowRunWatch::runStarted, this, [this](const QString &runId) {
        m_status->setStyleSheet({});
        m_status->setText(tr("running…"));
        m_status->setToolTip(tr("run %1").arg(runId));
        updateRunButton();
    });
    connect(m_watch, &FlowRunWatch::runFinished, this, &FlowRunBar::onRunFinished);
    // A run held long at a breakpoint ends without its reply: its output comes with its record.
    connect(m_watch, &FlowRunWatch::recordReady, this, [this] {
        if (m_outputView->toPlainText().isEmpty() && !m_watch->output().isEmpty())
            showOutput(m_watch->status(), m_watch->output());
    });
    connect(m_watch, &FlowRunWatch::recordFailed, this, [this](const QString &, const QString &message) {
        m_dataView->setPlaceholderText(tr("No data on the edges: %1").arg(message));
    });
    if (m_doc) {
        connect(m_doc, &FlowDocument::flowReset, this, &FlowRunBar::refreshEvents);
        connect(m_doc, &FlowDocument::filePathChanged, this, &FlowRunBar::refreshEvents);
    }
    updateRunButton();
}

FlowRunBar::~FlowRunBar() = default;

void FlowRunBar::setNatsUrl(const QString &url)
{
    m_natsUrl = url;
    m_watch->setNatsUrl(url);
    updateRunButton();
}

void FlowRunBar::setProjectDir(const QString &dir)
{
    m_projectDir = dir;
    refreshEvents();
}

void FlowRunBar::updateRunButton()
{
    const bool running = m_watch->isRunning();
    m_run->setEnabled(!m_natsUrl.isEmpty() && !running);
    m_run->setToolTip(m_natsUrl.isEmpty() ? tr("Start the local cluster to run this flow (Cluster ▸ Start)")
                                          : tr("Run the flow on the cluster with this input (Enter)"));
}

void FlowRunBar::refreshEvents()
{
    const QString flowName = m_doc ? m_doc->flow().name : QString();
    const quint64 lookup = ++m_lookups;
    runOffThread(
        this, [dir = m_projectDir, flowName] { return lookUp(dir, flowName); },
        [this, lookup](const ProjectLookup &found) {
            if (lookup != m_lookups)
                return; // the document or the project changed meanwhile: a newer lookup follows
            m_watch->setSubject(found.trigger);
            m_events->clear();
            m_events->addItem(found.events.isEmpty() ? tr("no saved events") : tr("Saved events…"));
            for (const SavedEvent &event : found.events)
                m_events->addItem(event.name, event.input);
            m_events->setEnabled(!found.events.isEmpty());
            if (!found.error.isEmpty())
                m_events->setToolTip(found.error);
        });
}

void FlowRunBar::eventChosen(int index)
{
    if (index <= 0)
        return;
    m_input->setText(compacted(QString::fromUtf8(m_events->itemData(index).toByteArray())));
    m_events->setCurrentIndex(0);
}

void FlowRunBar::editInputInDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Input of flow %1").arg(m_doc ? m_doc->flow().name : QString()));
    auto *editor = new QPlainTextEdit(&dialog);
    editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QJsonDocument current = QJsonDocument::fromJson(m_input->text().toUtf8());
    editor->setPlainText(current.isNull() ? m_input->text() : QString::fromUtf8(current.toJson()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(editor);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(520, 360);
    if (dialog.exec() == QDialog::Accepted)
        m_input->setText(compacted(editor->toPlainText()));
}

void FlowRunBar::run()
{
    if (!m_doc || m_watch->isRunning() || m_natsUrl.isEmpty())
        return;
    const auto input = inputBytes(m_input->text());
    if (!input) {
        m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_status->setText(input.errorMessage());
        return;
    }
    m_outputView->clear();
    m_dataView->clear();
    m_dataCaption->setText(tr("Data"));
    const Status started = m_watch->run(m_doc->flow(), *input);
    if (!started) {
        m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_status->setText(started.errorMessage());
    }
    updateRunButton();
}

void FlowRunBar::onRunFinished(const QString &runId, const QString &status, const QByteArray &output,
                               const QString &error)
{
    updateRunButton();
    const QString duration =
        m_watch->durationUs() >= 0 ? InvocationModel::formatDuration(m_watch->durationUs()) : QString();
    if (status == QLatin1String("ok")) {
        m_status->setStyleSheet(QStringLiteral("color: #1b7f3b;"));
        m_status->setText(tr("ok %1").arg(duration).trimmed());
    } else {
        m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
        const QString message = error.section(QLatin1Char('\n'), 0, 0);
        m_status->setText(m_watch->failedNode().isEmpty()
                              ? tr("failed (%1): %2").arg(status, message)
                              : tr("failed at node %1: %2").arg(m_watch->failedNode(), message));
    }
    QString tip = tr("run %1 (stratus flow trace %1)").arg(runId);
    if (m_doc && m_doc->isModified())
        tip += QLatin1Char('\n') +
               tr("The cluster runs the flow as saved when it started, not the unsaved edits.");
    m_status->setToolTip(tip + QLatin1Char('\n') + error);
    showOutput(status, output);
    emit runFinished(runId, status);
}

void FlowRunBar::showOutput(const QString &status, const QByteArray &output)
{
    const QJsonDocument doc = QJsonDocument::fromJson(output);
    m_outputView->setPlainText(status == QLatin1String("ok") && !doc.isNull()
                                   ? QString::fromUtf8(doc.toJson()).trimmed()
                                   : QString::fromUtf8(output));
}

void FlowRunBar::clear()
{
    m_watch->cancel();
    m_watch->clear();
    m_status->clear();
    m_status->setStyleSheet({});
    m_outputView->clear();
    m_dataView->clear();
    m_dataCaption->setText(tr("Data"));
    updateRunButton();
}

void FlowRunBar::showEdgeData(const Stratus::FlowEdgeKey &key)
{
    m_dataCaption->setText(tr("Data on %1").arg(key.toString()));
    if (m_watch->runId().isEmpty()) {
        m_dataView->setPlainText(tr("Run the flow to see the data on its edges."));
        return;
    }
    if (!m_watch->hasRecord()) {
        m_dataView->setPlainText(m_watch->isRunning() || m_watch->isFetchingRecord()
                                     ? tr("The run's data is not there yet.")
                                     : tr("This run left no record of its data."));
        return;
    }
    const QJsonValue data = m_watch->edgeData(key);
    m_dataView->setPlainText(data.isUndefined()
                                 ? tr("Nothing passed along %1 in this run.").arg(key.toString())
                                 : FlowRunWatch::displayText(data));
}

void FlowRunBar::showNodeData(const QString &nodeId)
{
    m_dataCaption->setText(tr("Data of node %1").arg(nodeId));
    if (!m_watch->hasRecord()) {
        m_dataView->setPlainText(m_watch->runId().isEmpty() ? tr("Run the flow to see its nodes' data.")
                                                            : tr("This run left no record of its data."));
        return;
    }
    const FlowRunWatch::Execution e = m_watch->nodeData(nodeId);
    if (e.status.isEmpty()) {
        m_dataView->setPlainText(tr("Node %1 did not run.").arg(nodeId));
        return;
    }
    QString text = tr("input:\n%1").arg(FlowRunWatch::displayText(e.input));
    if (!e.output.isUndefined())
        text += QLatin1Char('\n') + tr("output:\n%1").arg(FlowRunWatch::displayText(e.output));
    if (!e.error.isEmpty())
        text += QLatin1Char('\n') + tr("error: %1").arg(e.error);
    m_dataView->setPlainText(text);
}

} // namespace Stratus
