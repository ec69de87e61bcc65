#pragma once

#include "flowdocument.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QUndoCommand>

namespace Stratus {

// The undo commands of FlowDocument. Each stores the values it needs to go both ways (nodes and
// edges as the flow file's values, with their places in Flow::edges so a choice's priorities
// come back exactly) and applies them through the document's raw setters, revalidating once.
class FlowCommand : public QUndoCommand
{
public:
    void redo() final;
    void undo() final;

protected:
    FlowCommand(FlowDocument *doc, const QString &text);
    virtual void apply(bool forward) = 0;

    FlowDocument *doc() const { return m_doc; }
    const Flow &flow() const { return m_doc->m_flow; }
    // The document's raw setters, for the subclasses (friendship is not inherited).
    void insertNode(const FlowNode &node) { m_doc->insertNodeRaw(node); }
    void eraseNode(const QString &id) { m_doc->eraseNodeRaw(id); }
    void replaceNode(const QString &id, const FlowNode &node) { m_doc->replaceNodeRaw(id, node); }
    void renameNode(const QString &oldId, const QString &newId) { m_doc->renameNodeRaw(oldId, newId); }
    void insertEdge(int index, const FlowEdge &edge) { m_doc->insertEdgeRaw(index, edge); }
    void eraseEdge(const FlowEdgeKey &key) { m_doc->eraseEdgeRaw(key); }
    void replaceEdge(const FlowEdgeKey &key, const FlowEdge &edge) { m_doc->replaceEdgeRaw(key, edge); }
    void moveEdge(int fromIndex, int toIndex) { m_doc->moveEdgeRaw(fromIndex, toIndex); }
    void setPosition(const QString &id, QPointF position) { m_doc->setPositionRaw(id, position); }
    void setFlow(const Flow &flow) { m_doc->setFlowRaw(flow); }

private:
    FlowDocument *m_doc;
};

// Nodes and edges appearing (add, paste, duplicate) or disappearing (delete) together.
class FlowItemsCommand : public FlowCommand
{
public:
    struct PlacedEdge
    {
        int index = -1; // in Flow::edges when present
        FlowEdge edge;
    };
    // adding: the items are added by redo; otherwise removed by redo. Edge indices ascending.
    FlowItemsCommand(FlowDocument *doc, const QString &text, bool adding, const QList<FlowNode> &nodes,
                     const QList<PlacedEdge> &edges);

protected:
    void apply(bool forward) override;

private:
    void add();
    void remove();
    bool m_adding;
    QList<FlowNode> m_nodes;
    QList<PlacedEdge> m_edges;
};

// Positions; consecutive moves of the same nodes (a drag) merge.
class FlowMoveCommand : public FlowCommand
{
public:
    enum { MergeId = 0x5f10 };
    FlowMoveCommand(FlowDocument *doc, const QString &text, const QHash<QString, QPointF> &before,
                    const QHash<QString, QPointF> &after, bool mergeable);
    int id() const override { return m_mergeable ? MergeId : -1; }
    bool mergeWith(const QUndoCommand *other) override;

protected:
    void apply(bool forward) override;

private:
    QHash<QString, QPointF> m_before, m_after;
    QStringList m_ids; // sorted: signals in a stable order
    bool m_mergeable;
};

// A node's properties, and its id (a rename: edges and start follow).
class FlowSetNodeCommand : public FlowCommand
{
public:
    FlowSetNodeCommand(FlowDocument *doc, const QString &text, const FlowNode &before, const FlowNode &after);

protected:
    void apply(bool forward) override;

private:
    FlowNode m_before, m_after;
};

// An edge's condition, default, label or kind (in place: its priority stays).
class FlowSetEdgeCommand : public FlowCommand
{
public:
    FlowSetEdgeCommand(FlowDocument *doc, const QString &text, const FlowEdge &before, const FlowEdge &after);

protected:
    void apply(bool forward) override;

private:
    FlowEdge m_before, m_after;
};

// An edge's place among the edges out of its node (a choice's priority).
class FlowEdgeOrderCommand : public FlowCommand
{
public:
    FlowEdgeOrderCommand(FlowDocument *doc, const QString &text, int fromIndex, int toIndex);

protected:
    void apply(bool forward) override;

private:
    int m_from, m_to;
};

// The flow's own properties and its start node.
class FlowPropertiesCommand : public FlowCommand
{
public:
    FlowPropertiesCommand(FlowDocument *doc, const QString &text, const Flow &before, const Flow &after);

protected:
    void apply(bool forward) override;

private:
    Flow m_before, m_after; // top-level fields only (no nodes, no edges)
};

} // namespace Stratus
