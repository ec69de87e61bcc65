#include "flowcommands.h"

#include <algorithm>

namespace Stratus {

FlowCommand::FlowCommand(FlowDocument *doc, const QString &text) : m_doc(doc)
{
    setText(text);
}

void FlowCommand::redo()
{
    m_doc->beginBatch();
    apply(true);
    m_doc->endBatch();
}

void FlowCommand::undo()
{
    m_doc->beginBatch();
    apply(false);
    m_doc->endBatch();
}

// --- FlowItemsCommand

FlowItemsCommand::FlowItemsCommand(FlowDocument *doc, const QString &text, bool adding,
                                   const QList<FlowNode> &nodes, const QList<PlacedEdge> &edges)
    : FlowCommand(doc, text), m_adding(adding), m_nodes(nodes), m_edges(edges)
{
    std::stable_sort(m_edges.begin(), m_edges.end(),
                     [](const PlacedEdge &a, const PlacedEdge &b) { return a.index < b.index; });
}

void FlowItemsCommand::apply(bool forward)
{
    if (forward == m_adding)
        add();
    else
        remove();
}

// Nodes first so edges never point at nothing; ascending indices put every edge back where it was.
void FlowItemsCommand::add()
{
    for (const FlowNode &node : std::as_const(m_nodes))
        insertNode(node);
    for (const PlacedEdge &placed : std::as_const(m_edges))
        insertEdge(placed.index, placed.edge);
}

void FlowItemsCommand::remove()
{
    for (auto it = m_edges.crbegin(); it != m_edges.crend(); ++it)
        eraseEdge(FlowEdgeKey::of(it->edge));
    for (auto it = m_nodes.crbegin(); it != m_nodes.crend(); ++it)
        eraseNode(it->id);
}

// --- FlowMoveCommand

FlowMoveCommand::FlowMoveCommand(FlowDocument *doc, const QString &text,
                                 const QHash<QString, QPointF> &before, const QHash<QString, QPointF> &after,
                                 bool mergeable)
    : FlowCommand(doc, text), m_before(before), m_after(after), m_ids(after.keys()), m_mergeable(mergeable)
{
    m_ids.sort();
}

bool FlowMoveCommand::mergeWith(const QUndoCommand *other)
{
    const auto *move = dynamic_cast<const FlowMoveCommand *>(other);
    if (!move || !move->m_mergeable || move->m_ids != m_ids)
        return false;
    m_after = move->m_after;
    // A drag that ends where it began leaves nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}

void FlowMoveCommand::apply(bool forward)
{
    const QHash<QString, QPointF> &to = forward ? m_after : m_before;
    for (const QString &id : std::as_const(m_ids))
        setPosition(id, to.value(id));
}

// --- FlowSetNodeCommand

FlowSetNodeCommand::FlowSetNodeCommand(FlowDocument *doc, const QString &text, const FlowNode &before,
                                       const FlowNode &after)
    : FlowCommand(doc, text), m_before(before), m_after(after)
{
}

void FlowSetNodeCommand::apply(bool forward)
{
    const FlowNode &from = forward ? m_before : m_after;
    const FlowNode &to = forward ? m_after : m_before;
    if (from.id != to.id)
        renameNode(from.id, to.id);
    replaceNode(to.id, to);
}

// --- FlowSetEdgeCommand

FlowSetEdgeCommand::FlowSetEdgeCommand(FlowDocument *doc, const QString &text, const FlowEdge &before,
                                       const FlowEdge &after)
    : FlowCommand(doc, text), m_before(before), m_after(after)
{
}

void FlowSetEdgeCommand::apply(bool forward)
{
    const FlowEdge &from = forward ? m_before : m_after;
    replaceEdge(FlowEdgeKey::of(from), forward ? m_after : m_before);
}

// --- FlowEdgeOrderCommand

FlowEdgeOrderCommand::FlowEdgeOrderCommand(FlowDocument *doc, const QString &text, int fromIndex, int toIndex)
    : FlowCommand(doc, text), m_from(fromIndex), m_to(toIndex)
{
}

void FlowEdgeOrderCommand::apply(bool forward)
{
    if (forward)
        moveEdge(m_from, m_to);
    else
        moveEdge(m_to, m_from);
}

// --- FlowPropertiesCommand

FlowPropertiesCommand::FlowPropertiesCommand(FlowDocument *doc, const QString &text, const Flow &before,
                                             const Flow &after)
    : FlowCommand(doc, text), m_before(before), m_after(after)
{
    m_before.nodes.clear();
    m_before.edges.clear();
    m_after.nodes.clear();
    m_after.edges.clear();
}

void FlowPropertiesCommand::apply(bool forward)
{
    setFlow(forward ? m_after : m_before);
}

} // namespace Stratus
