#include "flowinspector.h"

#include "flowexpression.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Stratus {

Q_LOGGING_CATEGORY(lcFlowInspector, "stratus.panels.flow.inspector", QtWarningMsg)

namespace {

// The ranges of docs/flows.md (FlowValidator's): the spin boxes cannot go outside them.
constexpr int MaxTimeoutMs = 24 * 3600 * 1000;
constexpr int MaxTtlMs = 7 * 24 * 3600 * 1000;
constexpr int MaxBackoffMs = 3600 * 1000;

QSpinBox *spinBox(int min, int max, const QString &suffix, const QString &name)
{
    auto *box = new QSpinBox;
    box->setRange(min, max);
    box->setSuffix(suffix);
    box->setKeyboardTracking(false); // valueChanged on Enter, focus out and steps: one command each
    box->setObjectName(name);
    return box;
}

QLabel *errorLabel(const QString &name)
{
    auto *label = new QLabel;
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    label->setPalette(p);
    label->hide();
    return label;
}

void setFieldInvalid(QWidget *field, bool invalid)
{
    if (invalid) {
        QPalette p = field->palette();
        p.setColor(QPalette::Text, QColor(0xc0, 0x1c, 0x28));
        p.setColor(QPalette::Base, QColor(0xff, 0xeb, 0xeb));
        field->setPalette(p);
    } else {
        field->setPalette(QPalette()); // inherit again
    }
    field->setProperty("invalid", invalid);
}

// Forms are grids, label | field: QFormLayout of Qt 6.4 writes past its row arrays when rows
// are hidden and shown (valgrind, QFormLayout::setGeometry), and this form hides rows by kind.
void addRow(QGridLayout *grid, const QString &label, QWidget *field)
{
    const int row = grid->rowCount();
    if (label.isEmpty()) {
        grid->addWidget(field, row, 0, 1, 2);
        return;
    }
    auto *text = new QLabel(label);
    text->setBuddy(field);
    text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(text, row, 0);
    grid->addWidget(field, row, 1);
}

void setRowShown(QGridLayout *grid, QWidget *field, bool shown)
{
    const int index = grid->indexOf(field);
    if (index >= 0) {
        int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
        grid->getItemPosition(index, &row, &column, &rowSpan, &columnSpan);
        if (QLayoutItem *label = column == 1 ? grid->itemAtPosition(row, 0) : nullptr;
            label && label->widget())
            label->widget()->setVisible(shown);
    }
    field->setVisible(shown);
}

void setLineText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

QString problemsText(const QList<FlowProblem> &problems)
{
    QStringList lines;
    for (const FlowProblem &p : problems)
        lines << (p.severity == FlowProblem::Severity::Error ? FlowInspector::tr("error: %1")
                                                             : FlowInspector::tr("warning: %1"))
                     .arg(p.message);
    return lines.join(u'\n');
}

} // namespace

FlowInspector::FlowInspector(FlowDocument *doc, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_stack(new QStackedWidget)
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_stack);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    buildFlowPage();
    buildNodePage();
    buildEdgePage();
    m_many = new QLabel;
    m_many->setObjectName(QStringLiteral("manySelected"));
    m_many->setAlignment(Qt::AlignCenter);
    m_many->setWordWrap(true);
    m_stack->addWidget(m_many);

    if (m_doc) {
        connect(m_doc, &FlowDocument::flowReset, this, [this] { showSelection({}, {}); });
        connect(m_doc, &FlowDocument::nodeChanged, this, [this](const QString &id) {
            if (id == m_node)
                refresh();
        });
        connect(m_doc, &FlowDocument::nodeRenamed, this, [this](const QString &oldId, const QString &newId) {
            if (m_node == oldId)
                m_node = newId;
            if (m_edge && m_edge->from == oldId)
                m_edge->from = newId;
            if (m_edge && m_edge->to == oldId)
                m_edge->to = newId;
            refresh();
        });
        connect(m_doc, &FlowDocument::nodeRemoved, this, [this](const QString &id) {
            if (id == m_node)
                showSelection({}, {});
        });
        connect(m_doc, &FlowDocument::nodeAdded, this, [this] {
            if (m_page == Page::Flow)
                refreshFlow(); // the start node's list
        });
        // Edges change the node form too (its error edge) and a choice's priorities.
        connect(m_doc, &FlowDocument::edgeAdded, this, &FlowInspector::refresh);
        connect(m_doc, &FlowDocument::edgeChanged, this, &FlowInspector::refresh);
        connect(m_doc, &FlowDocument::edgeRemoved, this, [this](const FlowEdgeKey &key) {
            if (m_edge && *m_edge == key)
                showSelection({}, {});
            else
                refresh();
        });
        connect(m_doc, &FlowDocument::startChanged, this, &FlowInspector::refresh);
        connect(m_doc, &FlowDocument::flowPropertiesChanged, this, &FlowInspector::refresh);
        connect(m_doc, &FlowDocument::problemsChanged, this, &FlowInspector::refreshProblems);
    }
    showSelection({}, {});
}

void FlowInspector::buildNodePage()
{
    m_nodePage = new QWidget;
    m_nodeForm = new QGridLayout(m_nodePage);
    m_nodeForm->setColumnStretch(1, 1);
    m_nodeTitle = new QLabel;
    m_nodeTitle->setObjectName(QStringLiteral("nodeTitle"));
    QFont bold = m_nodeTitle->font();
    bold.setBold(true);
    m_nodeTitle->setFont(bold);
    addRow(m_nodeForm, {}, m_nodeTitle);

    m_nodeId = new QLineEdit;
    m_nodeId->setObjectName(QStringLiteral("nodeId"));
    m_nodeId->setToolTip(
        tr("Letters, digits, '-' and '_'; runs, traces and breakpoints name the node by it"));
    m_nodeIdError = errorLabel(QStringLiteral("nodeIdError"));
    auto *idBox = new QWidget;
    auto *idLayout = new QVBoxLayout(idBox);
    idLayout->setContentsMargins(0, 0, 0, 0);
    idLayout->addWidget(m_nodeId);
    idLayout->addWidget(m_nodeIdError);
    addRow(m_nodeForm, tr("Id:"), idBox);
    connect(m_nodeId, &QLineEdit::textEdited, this, [this](const QString &text) {
        const Status ok = m_doc ? m_doc->checkNodeId(text, m_node) : Status(Ok{});
        setFieldInvalid(m_nodeId, !ok.ok());
        m_nodeIdError->setText(ok.errorMessage());
        m_nodeIdError->setVisible(!ok.ok());
    });
    connect(m_nodeId, &QLineEdit::editingFinished, this, &FlowInspector::commitNodeId);

    m_kind = new QLabel;
    m_kind->setObjectName(QStringLiteral("kind"));
    addRow(m_nodeForm, tr("Kind:"), m_kind);

    m_label = new QLineEdit;
    m_label->setObjectName(QStringLiteral("label"));
    addRow(m_nodeForm, tr("Label:"), m_label);
    connect(m_label, &QLineEdit::editingFinished, this,
            [this] { commitNode([text = m_label->text()](FlowNode &n) { n.label = text; }); });

    m_function = new QComboBox;
    m_function->setObjectName(QStringLiteral("function"));
    m_function->setEditable(true);
    m_function->setInsertPolicy(QComboBox::NoInsert);
    m_openSource = new QToolButton;
    m_openSource->setObjectName(QStringLiteral("openSource"));
    m_openSource->setText(tr("Open"));
    m_openSource->setToolTip(tr("Open the function's source in the editor"));
    m_functionRow = new QWidget;
    auto *functionLayout = new QHBoxLayout(m_functionRow);
    functionLayout->setContentsMargins(0, 0, 0, 0);
    functionLayout->addWidget(m_function, 1);
    functionLayout->addWidget(m_openSource);
    addRow(m_nodeForm, tr("Function:"), m_functionRow);
    const auto commitFunction = [this] {
        commitNode([text = m_function->currentText().trimmed()](FlowNode &n) { n.function = text; });
    };
    connect(m_function->lineEdit(), &QLineEdit::editingFinished, this, commitFunction);
    connect(m_function, &QComboBox::activated, this, commitFunction);
    connect(m_openSource, &QToolButton::clicked, this, [this] {
        if (!m_function->currentText().trimmed().isEmpty())
            emit openSourceRequested(m_function->currentText().trimmed());
    });

    m_expression = new QPlainTextEdit;
    m_expression->setObjectName(QStringLiteral("expression"));
    m_expression->setTabChangesFocus(true);
    m_expression->setFixedHeight(m_expression->fontMetrics().lineSpacing() * 4 + 12);
    m_expression->setToolTip(tr("Enter applies the expression, Shift+Enter starts a new line"));
    m_expression->installEventFilter(this);
    m_expressionError = errorLabel(QStringLiteral("expressionError"));
    auto *expressionBox = new QWidget;
    auto *expressionLayout = new QVBoxLayout(expressionBox);
    expressionLayout->setContentsMargins(0, 0, 0, 0);
    expressionLayout->addWidget(m_expression);
    expressionLayout->addWidget(m_expressionError);
    addRow(m_nodeForm, tr("Expression:"), expressionBox);
    connect(m_expression, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            checkExpression(m_expression, m_expressionError, m_expression->toPlainText());
    });

    m_concurrency = spinBox(1, 1024, {}, QStringLiteral("concurrency"));
    addRow(m_nodeForm, tr("Concurrency:"), m_concurrency);
    connect(m_concurrency, &QSpinBox::valueChanged, this,
            [this](int v) { commitNode([v](FlowNode &n) { n.concurrency = v; }); });
    m_timeout = spinBox(0, MaxTimeoutMs, tr(" ms"), QStringLiteral("timeoutMs"));
    m_timeout->setSpecialValueText(tr("the flow's default"));
    addRow(m_nodeForm, tr("Timeout:"), m_timeout);
    connect(m_timeout, &QSpinBox::valueChanged, this,
            [this](int v) { commitNode([v](FlowNode &n) { n.timeoutMs = v; }); });
    m_maxAttempts = spinBox(1, 100, {}, QStringLiteral("maxAttempts"));
    m_maxAttempts->setToolTip(tr("Attempts in all, the first included: 1 = no retry"));
    addRow(m_nodeForm, tr("Attempts:"), m_maxAttempts);
    connect(m_maxAttempts, &QSpinBox::valueChanged, this,
            [this](int v) { commitNode([v](FlowNode &n) { n.retry.maxAttempts = v; }); });
    m_backoff = spinBox(0, MaxBackoffMs, tr(" ms"), QStringLiteral("backoffMs"));
    addRow(m_nodeForm, tr("First backoff:"), m_backoff);
    connect(m_backoff, &QSpinBox::valueChanged, this,
            [this](int v) { commitNode([v](FlowNode &n) { n.retry.backoffMs = v; }); });
    m_backoffMultiplier = new QDoubleSpinBox;
    m_backoffMultiplier->setObjectName(QStringLiteral("backoffMultiplier"));
    m_backoffMultiplier->setRange(1.0, 10.0);
    m_backoffMultiplier->setSingleStep(0.5);
    m_backoffMultiplier->setDecimals(2);
    m_backoffMultiplier->setKeyboardTracking(false);
    addRow(m_nodeForm, tr("Backoff multiplier:"), m_backoffMultiplier);
    connect(m_backoffMultiplier, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { commitNode([v](FlowNode &n) { n.retry.backoffMultiplier = v; }); });
    m_maxBackoff = spinBox(0, MaxBackoffMs, tr(" ms"), QStringLiteral("maxBackoffMs"));
    addRow(m_nodeForm, tr("Longest backoff:"), m_maxBackoff);
    connect(m_maxBackoff, &QSpinBox::valueChanged, this,
            [this](int v) { commitNode([v](FlowNode &n) { n.retry.maxBackoffMs = v; }); });

    m_errorEdge = new QLabel;
    m_errorEdge->setObjectName(QStringLiteral("errorEdge"));
    addRow(m_nodeForm, tr("On error:"), m_errorEdge);
    m_nodeProblems = errorLabel(QStringLiteral("nodeProblems"));
    addRow(m_nodeForm, {}, m_nodeProblems);
    m_nodeForm->setRowStretch(m_nodeForm->rowCount(), 1);
    m_stack->addWidget(m_nodePage);
}

void FlowInspector::buildEdgePage()
{
    auto *page = new QWidget;
    m_edgeForm = new QGridLayout(page);
    m_edgeForm->setColumnStretch(1, 1);
    m_edgeTitle = new QLabel;
    m_edgeTitle->setObjectName(QStringLiteral("edgeTitle"));
    QFont bold = m_edgeTitle->font();
    bold.setBold(true);
    m_edgeTitle->setFont(bold);
    addRow(m_edgeForm, {}, m_edgeTitle);

    m_condition = new QLineEdit;
    m_condition->setObjectName(QStringLiteral("condition"));
    m_condition->setPlaceholderText(tr("e.g. input.kind == 'fizz'"));
    m_conditionError = errorLabel(QStringLiteral("conditionError"));
    auto *conditionBox = new QWidget;
    auto *conditionLayout = new QVBoxLayout(conditionBox);
    conditionLayout->setContentsMargins(0, 0, 0, 0);
    conditionLayout->addWidget(m_condition);
    conditionLayout->addWidget(m_conditionError);
    addRow(m_edgeForm, tr("Condition:"), conditionBox);
    connect(m_condition, &QLineEdit::textEdited, this,
            [this](const QString &text) { checkExpression(m_condition, m_conditionError, text); });
    connect(m_condition, &QLineEdit::editingFinished, this, &FlowInspector::commitCondition);

    m_default = new QCheckBox(tr("Default branch (taken when no condition is true)"));
    m_default->setObjectName(QStringLiteral("default"));
    addRow(m_edgeForm, QString(), m_default);
    connect(m_default, &QCheckBox::toggled, this, [this](bool on) {
        commitEdge([on](FlowEdge &e) {
            e.isDefault = on;
            if (on)
                e.condition.clear(); // the default edge has no condition
        });
    });

    m_edgeLabel = new QLineEdit;
    m_edgeLabel->setObjectName(QStringLiteral("edgeLabel"));
    addRow(m_edgeForm, tr("Label:"), m_edgeLabel);
    connect(m_edgeLabel, &QLineEdit::editingFinished, this,
            [this] { commitEdge([text = m_edgeLabel->text()](FlowEdge &e) { e.label = text; }); });

    m_priorityRow = new QWidget;
    auto *priorityLayout = new QHBoxLayout(m_priorityRow);
    priorityLayout->setContentsMargins(0, 0, 0, 0);
    m_priority = new QLabel;
    m_priority->setObjectName(QStringLiteral("priority"));
    m_raise = new QToolButton;
    m_raise->setObjectName(QStringLiteral("raisePriority"));
    m_raise->setArrowType(Qt::UpArrow);
    m_raise->setToolTip(tr("Try this branch's condition earlier"));
    m_lower = new QToolButton;
    m_lower->setObjectName(QStringLiteral("lowerPriority"));
    m_lower->setArrowType(Qt::DownArrow);
    m_lower->setToolTip(tr("Try this branch's condition later"));
    priorityLayout->addWidget(m_priority, 1);
    priorityLayout->addWidget(m_raise);
    priorityLayout->addWidget(m_lower);
    addRow(m_edgeForm, tr("Priority:"), m_priorityRow);
    connect(m_raise, &QToolButton::clicked, this, [this] {
        if (m_doc && m_edge)
            m_doc->moveEdgePriority(*m_edge, -1);
    });
    connect(m_lower, &QToolButton::clicked, this, [this] {
        if (m_doc && m_edge)
            m_doc->moveEdgePriority(*m_edge, 1);
    });

    m_edgeProblems = errorLabel(QStringLiteral("edgeProblems"));
    addRow(m_edgeForm, {}, m_edgeProblems);
    m_edgeForm->setRowStretch(m_edgeForm->rowCount(), 1);
    m_stack->addWidget(page);
}

void FlowInspector::buildFlowPage()
{
    auto *page = new QWidget;
    auto *form = new QGridLayout(page);
    form->setColumnStretch(1, 1);
    auto *title = new QLabel(tr("Flow"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    addRow(form, {}, title);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("flowName"));
    addRow(form, tr("Name:"), m_name);
    connect(m_name, &QLineEdit::editingFinished, this, &FlowInspector::commitFlow);
    m_description = new QLineEdit;
    m_description->setObjectName(QStringLiteral("flowDescription"));
    addRow(form, tr("Description:"), m_description);
    connect(m_description, &QLineEdit::editingFinished, this, &FlowInspector::commitFlow);
    m_start = new QComboBox;
    m_start->setObjectName(QStringLiteral("start"));
    addRow(form, tr("Start node:"), m_start);
    connect(m_start, &QComboBox::activated, this, [this] {
        if (m_doc && !m_updating)
            m_doc->setStart(m_start->currentText());
    });
    m_defaultTimeout = spinBox(1, MaxTimeoutMs, tr(" ms"), QStringLiteral("defaultTimeoutMs"));
    m_defaultTimeout->setToolTip(tr("One attempt of a node whose own timeout is 0"));
    addRow(form, tr("Node timeout:"), m_defaultTimeout);
    m_flowTimeout = spinBox(1, MaxTimeoutMs, tr(" ms"), QStringLiteral("flowTimeoutMs"));
    m_flowTimeout->setToolTip(tr("The whole run"));
    addRow(form, tr("Run timeout:"), m_flowTimeout);
    m_ttl = spinBox(1000, MaxTtlMs, tr(" ms"), QStringLiteral("ttlMs"));
    m_ttl->setToolTip(tr("How long the run's data stays in the datastore"));
    addRow(form, tr("Data kept for:"), m_ttl);
    for (QSpinBox *box : {m_defaultTimeout, m_flowTimeout, m_ttl})
        connect(box, &QSpinBox::valueChanged, this, &FlowInspector::commitFlow);
    m_flowProblems = errorLabel(QStringLiteral("flowProblems"));
    addRow(form, {}, m_flowProblems);
    form->setRowStretch(form->rowCount(), 1);
    m_stack->addWidget(page);
}

void FlowInspector::showSelection(const QStringList &nodeIds, const QList<FlowEdgeKey> &edges)
{
    m_node.clear();
    m_edge.reset();
    if (nodeIds.size() + edges.size() > 1) {
        m_many->setText(tr("%n item(s) selected", nullptr, int(nodeIds.size() + edges.size())));
        showPage(Page::Many);
    } else if (nodeIds.size() == 1 && m_doc && m_doc->node(nodeIds.constFirst())) {
        m_node = nodeIds.constFirst();
        showPage(Page::Node);
    } else if (edges.size() == 1 && m_doc && m_doc->edge(edges.constFirst())) {
        m_edge = edges.constFirst();
        showPage(Page::Edge);
    } else {
        showPage(Page::Flow);
    }
    // A new selection starts from the document's values: drop what was typed and not applied.
    for (QLabel *error : {m_nodeIdError, m_expressionError, m_conditionError})
        error->hide();
    for (QWidget *field : {static_cast<QWidget *>(m_nodeId), static_cast<QWidget *>(m_expression),
                           static_cast<QWidget *>(m_condition)})
        setFieldInvalid(field, false);
    refresh();
}

void FlowInspector::showPage(Page page)
{
    m_page = page;
    m_stack->setCurrentIndex(int(page));
}

void FlowInspector::refresh()
{
    if (!m_doc)
        return;
    if (m_page == Page::Node && !m_doc->node(m_node)) {
        showSelection({}, {});
        return;
    }
    if (m_page == Page::Edge && (!m_edge || !m_doc->edge(*m_edge))) {
        showSelection({}, {});
        return;
    }
    m_updating = true;
    switch (m_page) {
    case Page::Node:
        refreshNode();
        break;
    case Page::Edge:
        refreshEdge();
        break;
    case Page::Flow:
        refreshFlow();
        break;
    case Page::Many:
        break;
    }
    m_updating = false;
    refreshProblems();
}

void FlowInspector::refreshFunctions()
{
    QStringList names;
    if (m_doc && m_doc->knownFunctions())
        names = QStringList(m_doc->knownFunctions()->begin(), m_doc->knownFunctions()->end());
    names.sort();
    QStringList current;
    for (int i = 0; i < m_function->count(); ++i)
        current << m_function->itemText(i);
    if (current != names) {
        m_function->clear();
        m_function->addItems(names);
    }
}

void FlowInspector::refreshNode()
{
    const FlowNode &n = *m_doc->node(m_node);
    const bool isFunction = n.kind == FlowNodeKind::Function;
    const bool canRetry = isFunction || n.kind == FlowNodeKind::Map;
    const bool hasExpression =
        n.kind == FlowNodeKind::Modify || n.kind == FlowNodeKind::End || n.kind == FlowNodeKind::Map;

    m_nodeTitle->setText(n.label.isEmpty() ? n.id : QStringLiteral("%1 (%2)").arg(n.label, n.id));
    if (!m_nodeId->property("invalid").toBool())
        setLineText(m_nodeId, n.id);
    m_kind->setText(Flow::kindName(n.kind));
    setLineText(m_label, n.label);

    setRowShown(m_nodeForm, m_functionRow, isFunction);
    refreshFunctions();
    if (m_function->currentText() != n.function)
        m_function->setEditText(n.function);

    setRowShown(m_nodeForm, m_expression->parentWidget(), hasExpression);
    if (hasExpression && m_expression->toPlainText() != n.expression &&
        !m_expression->property("invalid").toBool()) {
        m_expression->setPlainText(n.expression);
        m_expression->setPlaceholderText(n.kind == FlowNodeKind::Map   ? tr("input (the array to iterate)")
                                         : n.kind == FlowNodeKind::End ? tr("input (the result)")
                                                                       : tr("e.g. {n: input.n}"));
    }
    setRowShown(m_nodeForm, m_concurrency, n.kind == FlowNodeKind::Map);
    m_concurrency->setValue(n.concurrency);
    for (QWidget *w : std::initializer_list<QWidget *>{m_timeout, m_maxAttempts, m_backoff,
                                                       m_backoffMultiplier, m_maxBackoff})
        setRowShown(m_nodeForm, w, canRetry);
    m_timeout->setValue(n.timeoutMs);
    m_maxAttempts->setValue(n.retry.maxAttempts);
    m_backoff->setValue(n.retry.backoffMs);
    m_backoffMultiplier->setValue(n.retry.backoffMultiplier);
    m_maxBackoff->setValue(n.retry.maxBackoffMs);

    QStringList errorTargets;
    for (const FlowEdge *e : m_doc->flow().outgoing(n.id)) {
        if (e->kind == FlowEdgeKind::Error)
            errorTargets << e->to;
    }
    setRowShown(m_nodeForm, m_errorEdge, n.kind != FlowNodeKind::End);
    m_errorEdge->setText(errorTargets.isEmpty()
                             ? (canRetry || n.kind == FlowNodeKind::Modify
                                    ? tr("the run fails (no error edge)")
                                    : tr("cannot fail"))
                             : tr("continue at %1").arg(errorTargets.join(QStringLiteral(", "))));
}

void FlowInspector::refreshEdge()
{
    const FlowEdge &e = *m_doc->edge(*m_edge);
    const FlowNode *from = m_doc->node(e.from);
    const bool branch = from && from->kind == FlowNodeKind::Choice && e.kind == FlowEdgeKind::Next;
    m_edgeTitle->setText(m_edge->toString());
    setRowShown(m_edgeForm, m_condition->parentWidget(), branch || !e.condition.isEmpty());
    setRowShown(m_edgeForm, m_default, branch || e.isDefault);
    setRowShown(m_edgeForm, m_priorityRow, branch);
    if (!m_condition->property("invalid").toBool())
        setLineText(m_condition, e.condition);
    m_condition->setEnabled(!e.isDefault || !e.condition.isEmpty());
    m_default->setChecked(e.isDefault);
    setLineText(m_edgeLabel, e.label);
    if (branch) {
        QList<const FlowEdge *> siblings;
        for (const FlowEdge *s : m_doc->flow().outgoing(e.from)) {
            if (s->kind == FlowEdgeKind::Next)
                siblings << s;
        }
        const qsizetype at = siblings.indexOf(m_doc->edge(*m_edge));
        m_priority->setText(tr("%1 of %2").arg(at + 1).arg(siblings.size()));
        m_raise->setEnabled(at > 0);
        m_lower->setEnabled(at + 1 < siblings.size());
    }
}

void FlowInspector::refreshFlow()
{
    const Flow &f = m_doc->flow();
    setLineText(m_name, f.name);
    setLineText(m_description, f.description);
    QStringList ids;
    for (const FlowNode &n : f.nodes)
        ids << n.id;
    ids.sort();
    if (!ids.contains(f.start))
        ids.prepend(f.start); // a start that names no node is shown as it is (the problem says why)
    m_start->clear();
    m_start->addItems(ids);
    m_start->setCurrentText(f.start);
    m_defaultTimeout->setValue(f.defaultTimeoutMs);
    m_flowTimeout->setValue(f.timeoutMs);
    m_ttl->setValue(f.ttlMs);
}

void FlowInspector::refreshProblems()
{
    if (!m_doc)
        return;
    const auto show = [](QLabel *label, const QList<FlowProblem> &problems) {
        label->setText(problemsText(problems));
        label->setVisible(!problems.isEmpty());
    };
    if (m_page == Page::Node && m_doc->node(m_node))
        show(m_nodeProblems, m_doc->problemsOf(m_node));
    else if (m_page == Page::Edge && m_edge && m_doc->edge(*m_edge))
        show(m_edgeProblems, m_doc->problemsOf(*m_edge));
    else if (m_page == Page::Flow)
        show(m_flowProblems, m_doc->problemsOf(QString()));
}

bool FlowInspector::checkExpression(QWidget *field, QLabel *error, const QString &text)
{
    if (text.trimmed().isEmpty()) {
        setFieldInvalid(field, false);
        error->hide();
        return true;
    }
    const auto parsed = FlowExpression::parse(text, FlowValidator::expressionVariables());
    setFieldInvalid(field, !parsed.ok());
    error->setText(parsed.errorMessage());
    error->setVisible(!parsed.ok());
    return parsed.ok();
}

void FlowInspector::commitNodeId()
{
    if (m_updating || !m_doc || !m_doc->node(m_node))
        return;
    const QString id = m_nodeId->text().trimmed();
    if (id == m_node)
        return;
    if (const Status ok = m_doc->checkNodeId(id, m_node); !ok) {
        setFieldInvalid(m_nodeId, true);
        m_nodeIdError->setText(ok.errorMessage());
        m_nodeIdError->show();
        return;
    }
    setFieldInvalid(m_nodeId, false);
    m_nodeIdError->hide();
    FlowNode n = *m_doc->node(m_node);
    n.id = id;
    m_doc->setNode(m_node, n); // nodeRenamed moves m_node along
}

void FlowInspector::commitNode(const std::function<void(FlowNode &)> &change)
{
    if (m_updating || !m_doc || !m_doc->node(m_node))
        return;
    FlowNode n = *m_doc->node(m_node);
    change(n);
    m_doc->setNode(m_node, n);
}

void FlowInspector::commitExpression()
{
    if (m_updating || !m_doc || !m_doc->node(m_node))
        return;
    const QString text = m_expression->toPlainText();
    if (!checkExpression(m_expression, m_expressionError, text)) {
        qCDebug(lcFlowInspector) << "not applied:" << m_expressionError->text();
        return;
    }
    commitNode([text](FlowNode &n) { n.expression = text; });
}

void FlowInspector::commitCondition()
{
    const QString text = m_condition->text();
    if (!checkExpression(m_condition, m_conditionError, text))
        return;
    commitEdge([text](FlowEdge &e) { e.condition = text; });
}

void FlowInspector::commitEdge(const std::function<void(FlowEdge &)> &change)
{
    if (m_updating || !m_doc || !m_edge || !m_doc->edge(*m_edge))
        return;
    FlowEdge e = *m_doc->edge(*m_edge);
    change(e);
    m_doc->setEdge(*m_edge, e);
}

void FlowInspector::commitFlow()
{
    if (m_updating || !m_doc)
        return;
    m_doc->setFlowProperties(m_name->text().trimmed(), m_description->text(), m_defaultTimeout->value(),
                             m_flowTimeout->value(), m_ttl->value());
}

bool FlowInspector::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_expression) {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                !(key->modifiers() & Qt::ShiftModifier)) {
                commitExpression();
                return true;
            }
        } else if (event->type() == QEvent::FocusOut) {
            commitExpression();
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Stratus
