#pragma once

#include "flow.h"
#include "flowvalidator.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QSet>
#include <QString>

#include <optional>

class QUndoStack;

namespace Stratus {

// Identifies an edge independently of its place in Flow::edges, which undo and redo move
// around: the validator refuses two edges with the same ends and kind.
struct FlowEdgeKey
{
    QString from, to;
    FlowEdgeKind kind = FlowEdgeKind::Next;
    bool operator==(const FlowEdgeKey &) const = default;
    static FlowEdgeKey of(const FlowEdge &edge) { return {edge.from, edge.to, edge.kind}; }
    QString toString() const; // "route -> fizz", "(error) check -> fallback"
};
size_t qHash(const FlowEdgeKey &key, size_t seed = 0) noexcept;

// The flow being edited: the editor's single source of truth (QtNodes' model, not its scene).
// Everything is addressed by node id or FlowEdgeKey; every change goes through a QUndoCommand
// on undoStack(), and views follow the signals. One JSON form (the flow file's) serves files,
// the clipboard and the undo commands. Widget-free: panels/flow draws it.
class FlowDocument : public QObject
{
    Q_OBJECT
public:
    explicit FlowDocument(QObject *parent = nullptr);
    ~FlowDocument() override;

    // Replaces the whole flow (clears the undo history, marks clean).
    Status load(const QString &filePath);
    void reset(const Flow &flow, const QString &filePath = {});
    // Writes the canonical form atomically and marks the document clean.
    Status save(const QString &filePath = {});
    QString filePath() const;
    bool isModified() const; // !undoStack()->isClean()

    const Flow &flow() const { return m_flow; }
    const FlowNode *node(const QString &id) const { return m_flow.node(id); }
    const FlowEdge *edge(const FlowEdgeKey &key) const;
    QUndoStack *undoStack() const { return m_undo; }

    // Functions the validator accepts (from the registry or the manifest); nullopt = unchecked.
    void setKnownFunctions(const std::optional<QSet<QString>> &names);
    // FlowValidator's verdict on the current flow, recomputed after every change.
    const QList<FlowProblem> &problems() const { return m_problems; }
    QList<FlowProblem> problemsOf(const QString &nodeId) const;
    QList<FlowProblem> problemsOf(const FlowEdgeKey &key) const;

    // Whether an edge from → to of this kind may be drawn: refuses self-loops, cycles, edges
    // out of an end node, into the start node, a second edge with the same ends and kind,
    // body edges not out of a map, error edges out of nodes that cannot fail. The message
    // says why, for the editor to show while the user drags.
    Status canConnect(const QString &from, const QString &to, FlowEdgeKind kind = FlowEdgeKind::Next) const;

    // A fresh id for a node of this kind or function ("fizz", "fizz-2", "choice-3").
    QString uniqueNodeId(const QString &base) const;
    // Whether `id` may name a node (valid, not taken by another node than `current`): the
    // inspector shows the message while the user types a new id.
    Status checkNodeId(const QString &id, const QString &current = {}) const;
    const std::optional<QSet<QString>> &knownFunctions() const { return m_knownFunctions; }

    // --- Edits: each pushes one undo command (no-ops push nothing) and returns whether it did.
    bool addNode(const FlowNode &node);                                            // id must be unique
    bool removeItems(const QStringList &nodeIds, const QList<FlowEdgeKey> &edges); // with their edges
    // Consecutive moves of the same nodes while dragging merge into one command (QUndoCommand::mergeWith).
    bool moveNodes(const QHash<QString, QPointF> &positions);
    bool setNode(const QString &id, const FlowNode &node);      // properties; a new id renames (edges follow)
    bool addEdge(const FlowEdge &edge);                         // canConnect must hold
    bool setEdge(const FlowEdgeKey &key, const FlowEdge &edge); // condition, default, label, kind
    bool moveEdgePriority(const FlowEdgeKey &key, int delta);   // order among a choice's edges
    bool setStart(const QString &nodeId);
    bool setFlowProperties(const QString &name, const QString &description, int defaultTimeoutMs,
                           int timeoutMs, int ttlMs);
    // Positions from FlowLayout for every node, one command.
    bool autoLayout();
    // autoLayout() when the flow has two or more nodes and all of them share one position
    // (a file written without positions); returns whether it laid them out.
    bool autoLayoutIfUnplaced();

    // --- Clipboard: the flow file's JSON for a subset (nodes and the edges between them).
    QByteArray copy(const QStringList &nodeIds) const;
    // Adds the fragment's nodes (ids made unique, positions offset so the fragment's top-left
    // lands at `at`) and its edges; one command. Returns the new ids, or an error for text
    // that is not a fragment.
    Result<QStringList> paste(const QByteArray &fragment, const QPointF &at);
    Result<QStringList> duplicate(const QStringList &nodeIds, const QPointF &offset = {40, 40});

signals:
    void nodeAdded(const QString &id);
    void nodeRemoved(const QString &id);
    void nodeChanged(const QString &id); // properties (not the position)
    // After a rename the document is already consistent; then each edge that touched the node
    // is reported as edgeRemoved(old key) + edgeAdded(new key), and startChanged if it followed.
    void nodeRenamed(const QString &oldId, const QString &newId);
    void nodeMoved(const QString &id, QPointF position);
    void edgeAdded(const Stratus::FlowEdgeKey &key);
    void edgeRemoved(const Stratus::FlowEdgeKey &key);
    void edgeChanged(const Stratus::FlowEdgeKey &key);
    void startChanged(const QString &nodeId);
    void flowReset(); // load()/reset(): redraw everything
    void problemsChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &filePath);
    // Name, description, timeouts, ttl changed (setFlowProperties and its undo; start has its own).
    void flowPropertiesChanged();

private:
    friend class FlowCommand; // the undo commands (flowcommands.cpp) apply changes through the raw setters
                              // below
    // Raw changes, no undo; each emits its signal and revalidates.
    void insertNodeRaw(const FlowNode &node);
    void eraseNodeRaw(const QString &id);
    void replaceNodeRaw(const QString &id, const FlowNode &node);
    void insertEdgeRaw(int index, const FlowEdge &edge);
    void eraseEdgeRaw(const FlowEdgeKey &key);
    void replaceEdgeRaw(const FlowEdgeKey &key, const FlowEdge &edge);
    void setPositionRaw(const QString &id, QPointF position);
    void setFlowRaw(const Flow &flow); // top-level properties and start only
    // Changes the id everywhere at once (node, edges, start), then tells: nodeRenamed, then
    // edgeRemoved(old key) + edgeAdded(new key) for each edge that touched it, then startChanged.
    void renameNodeRaw(const QString &oldId, const QString &newId);
    // A choice's priorities: emits edgeChanged for every edge out of the same node.
    void moveEdgeRaw(int fromIndex, int toIndex);
    int edgeIndex(const FlowEdgeKey &key) const;
    int nodeIndex(const QString &id) const;
    void revalidate();
    // A command's raw changes revalidate once, at the end (500-node flows, multi-item edits).
    void beginBatch();
    void endBatch();

    Flow m_flow;
    QUndoStack *m_undo = nullptr;
    std::optional<QSet<QString>> m_knownFunctions;
    QList<FlowProblem> m_problems;
    int m_batchDepth = 0;
    bool m_revalidatePending = false;
};

} // namespace Stratus

Q_DECLARE_METATYPE(Stratus::FlowEdgeKey)
