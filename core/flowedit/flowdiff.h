#pragma once

#include "flow.h"
#include "flowdocument.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Stratus {

class FlowOverlay;

// One property that differs: "timeoutMs: 5000 → 2000", "label: (none) → \"Fizz\"".
struct FlowPropertyChange
{
    QString property;      // "timeoutMs", "retry.maxAttempts", "condition", "priority", "x-colour"
    QString before, after; // as shown: numbers plain, strings quoted, "(none)" when empty or absent
    QString toString() const;
    bool operator==(const FlowPropertyChange &) const = default;
};

// What changed from one version of a flow to another (docs/floweditor.md, "Comparing").
// Nodes are matched by id, edges by FlowEdgeKey — except that a node that disappeared and one
// that appeared with every other property equal are one node renamed (a changed node whose
// "id" changed), and the edges that touched it follow the new id, so renaming a node marks
// that node only. Removed edges are given in the new ids, so their ghosts connect the
// document's nodes.
// A position alone is not a change but a move (listed apart, not marked); an edge's priority
// changes only when its order relative to the edges present in both versions changes.
struct FlowDiff
{
    struct NodeChange
    {
        QString id;
        QList<FlowPropertyChange> changes;
    };
    struct EdgeChange
    {
        FlowEdgeKey key;
        QList<FlowPropertyChange> changes;
    };

    QList<FlowNode> addedNodes, removedNodes; // sorted by id
    QList<NodeChange> changedNodes;           // sorted by id
    QStringList movedNodes;                   // in both, position differs (sorted)
    QHash<QString, QString> renamedNodes;     // new id → old id; also in changedNodes
    QList<FlowEdge> addedEdges, removedEdges; // in file order of their version
    QList<EdgeChange> changedEdges;
    QList<FlowPropertyChange> flowChanges; // name, description, start, timeouts, ttl, x- keys

    static FlowDiff compare(const Flow &before, const Flow &after);

    // Nothing but moves (or nothing at all).
    bool isEmpty() const;
    // Marks the overlay for the `after` flow: added and changed nodes and edges on the
    // document's items, removed ones as ghosts (marked Removed). Clears earlier diff marks.
    void apply(FlowOverlay *overlay) const;
    // One line per change, for the command line and tests: "+ node fizz2", "- edge a -> b",
    // "~ node check: timeoutMs: 2000 → 5000", "~ flow: start: ...".
    QStringList lines() const;
};

} // namespace Stratus
