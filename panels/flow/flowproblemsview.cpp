#include "flowproblemsview.h"

#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace Stratus {

namespace {

enum Role { NodeRole = Qt::UserRole, EdgeFromRole, EdgeToRole, EdgeKindRole };

} // namespace

FlowProblemsView::FlowProblemsView(FlowDocument *doc, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_summary(new QLabel), m_list(new QListWidget)
{
    m_summary->setObjectName(QStringLiteral("problemsSummary"));
    m_list->setObjectName(QStringLiteral("problems"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setIconSize(QSize(16, 16));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemActivated, this, &FlowProblemsView::activate);
    if (m_doc)
        connect(m_doc, &FlowDocument::problemsChanged, this, &FlowProblemsView::rebuild);
    rebuild();
}

void FlowProblemsView::rebuild()
{
    m_list->clear();
    if (!m_doc) {
        m_summary->clear();
        return;
    }
    const Flow &flow = m_doc->flow();
    QList<FlowProblem> problems = m_doc->problems();
    std::stable_sort(problems.begin(), problems.end(), [](const FlowProblem &a, const FlowProblem &b) {
        return a.severity == FlowProblem::Severity::Error && b.severity != FlowProblem::Severity::Error;
    });
    int errors = 0;
    for (const FlowProblem &p : std::as_const(problems)) {
        const bool error = p.severity == FlowProblem::Severity::Error;
        errors += error ? 1 : 0;
        QString place;
        FlowEdgeKey key;
        if (p.edgeIndex >= 0 && p.edgeIndex < flow.edges.size()) {
            key = FlowEdgeKey::of(flow.edges.at(p.edgeIndex));
            place = tr("edge %1").arg(key.toString());
        } else if (!p.nodeId.isEmpty()) {
            place = tr("node %1").arg(p.nodeId);
        } else {
            place = tr("flow");
        }
        auto *item = new QListWidgetItem(
            style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
            QStringLiteral("%1: %2").arg(place, p.message));
        item->setToolTip(p.toString(flow));
        item->setData(NodeRole, p.nodeId);
        item->setData(EdgeFromRole, key.from);
        item->setData(EdgeToRole, key.to);
        item->setData(EdgeKindRole, int(key.kind));
        m_list->addItem(item);
    }
    const int warnings = int(problems.size()) - errors;
    if (problems.isEmpty())
        m_summary->setText(tr("No problems: the flow can run."));
    else if (errors == 0)
        m_summary->setText(tr("%n warning(s); the flow can run.", nullptr, warnings));
    else
        m_summary->setText(tr("%n error(s) to fix before the flow can run", nullptr, errors) +
                           (warnings ? tr(", %n warning(s)", nullptr, warnings) : QString()) +
                           QLatin1Char('.'));
}

void FlowProblemsView::activate(QListWidgetItem *item)
{
    if (!item)
        return;
    const FlowEdgeKey key{item->data(EdgeFromRole).toString(), item->data(EdgeToRole).toString(),
                          FlowEdgeKind(item->data(EdgeKindRole).toInt())};
    emit problemActivated(item->data(NodeRole).toString(), key);
}

} // namespace Stratus
