#pragma once

#include "flowdocument.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;
class QToolButton;

namespace Stratus {

// The properties of what is selected in the flow editor: a node, an edge, or (nothing
// selected) the flow itself. Every committed edit is one FlowDocument setter call, so one undo
// command: text fields commit on Enter or when they lose focus, not per keystroke.
// Expressions and conditions are parsed as the user types; a text that does not parse is
// shown red with the parser's message under the field and is not committed.
class FlowInspector : public QWidget
{
    Q_OBJECT
public:
    explicit FlowInspector(FlowDocument *doc, QWidget *parent = nullptr);

    void showSelection(const QStringList &nodeIds, const QList<FlowEdgeKey> &edges);
    // What the form shows (tests, the panel).
    QString shownNode() const { return m_node; }
    std::optional<FlowEdgeKey> shownEdge() const { return m_edge; }

signals:
    void openSourceRequested(const QString &function);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Page { Flow, Node, Edge, Many };
    void buildNodePage();
    void buildEdgePage();
    void buildFlowPage();
    void showPage(Page page);
    void refresh();
    void refreshNode();
    void refreshEdge();
    void refreshFlow();
    void refreshProblems();
    void refreshFunctions();

    void commitNodeId();
    void commitNode(const std::function<void(FlowNode &)> &change);
    void commitExpression();
    void commitCondition();
    void commitEdge(const std::function<void(FlowEdge &)> &change);
    void commitFlow();
    // Parses as the user types; returns whether the text may be committed.
    bool checkExpression(QWidget *field, QLabel *error, const QString &text);

    QPointer<FlowDocument> m_doc;
    QString m_node;                    // shown node id, or empty
    std::optional<FlowEdgeKey> m_edge; // shown edge
    Page m_page = Page::Flow;
    bool m_updating = false; // filling the form: its signals are not edits

    QStackedWidget *m_stack = nullptr;
    // node page
    QWidget *m_nodePage = nullptr;
    QGridLayout *m_nodeForm = nullptr;
    QLabel *m_nodeTitle = nullptr;
    QLineEdit *m_nodeId = nullptr;
    QLabel *m_nodeIdError = nullptr;
    QLabel *m_kind = nullptr;
    QLineEdit *m_label = nullptr;
    QWidget *m_functionRow = nullptr;
    QComboBox *m_function = nullptr;
    QToolButton *m_openSource = nullptr;
    QPlainTextEdit *m_expression = nullptr;
    QLabel *m_expressionError = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_maxAttempts = nullptr;
    QSpinBox *m_backoff = nullptr;
    QDoubleSpinBox *m_backoffMultiplier = nullptr;
    QSpinBox *m_maxBackoff = nullptr;
    QLabel *m_errorEdge = nullptr;
    QLabel *m_nodeProblems = nullptr;
    // edge page
    QGridLayout *m_edgeForm = nullptr;
    QLabel *m_edgeTitle = nullptr;
    QLineEdit *m_condition = nullptr;
    QLabel *m_conditionError = nullptr;
    QCheckBox *m_default = nullptr;
    QLineEdit *m_edgeLabel = nullptr;
    QWidget *m_priorityRow = nullptr;
    QLabel *m_priority = nullptr;
    QToolButton *m_raise = nullptr;
    QToolButton *m_lower = nullptr;
    QLabel *m_edgeProblems = nullptr;
    // flow page
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QComboBox *m_start = nullptr;
    QSpinBox *m_defaultTimeout = nullptr;
    QSpinBox *m_flowTimeout = nullptr;
    QSpinBox *m_ttl = nullptr;
    QLabel *m_flowProblems = nullptr;
    // several items
    QLabel *m_many = nullptr;
};

} // namespace Stratus
