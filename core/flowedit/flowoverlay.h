#pragma once

#include "flowdocument.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace Stratus {

// What is drawn over a flow besides the flow itself: the state of a run (live or replayed),
// the marks of a visual diff, a debugger's breakpoints and current position. Producers (a run
// watcher, a diff, the debugger) fill it; the scene draws it. Keyed like FlowDocument, so it
// outlives the scene's items.
class FlowOverlay : public QObject
{
    Q_OBJECT
public:
    enum class RunState { None, Waiting, Running, Succeeded, Failed, Skipped, Paused };
    Q_ENUM(RunState)
    enum class DiffMark { None, Added, Removed, Changed };
    Q_ENUM(DiffMark)

    struct NodeMarks
    {
        RunState run = RunState::None;
        qint64 durationUs = -1; // -1 = not known
        QString runText;        // e.g. the error, "3/10 elements"
        DiffMark diff = DiffMark::None;
        bool breakpoint = false;
        QString breakpointCondition;
        bool current = false; // where a stepping debugger stands
        bool operator==(const NodeMarks &) const = default;
    };
    struct EdgeMarks
    {
        bool taken = false; // data passed along it in the shown run
        DiffMark diff = DiffMark::None;
        bool operator==(const EdgeMarks &) const = default;
    };

    explicit FlowOverlay(QObject *parent = nullptr);

    NodeMarks node(const QString &id) const { return m_nodes.value(id); }
    EdgeMarks edge(const FlowEdgeKey &key) const { return m_edges.value(key); }
    const QHash<QString, NodeMarks> &nodes() const { return m_nodes; }
    const QHash<FlowEdgeKey, EdgeMarks> &edges() const { return m_edges; }

    void setNode(const QString &id, const NodeMarks &marks);
    void setEdge(const FlowEdgeKey &key, const EdgeMarks &marks);
    void setRunState(const QString &id, RunState state, qint64 durationUs = -1, const QString &text = {});
    void setDiff(const QString &id, DiffMark mark);
    void setDiff(const FlowEdgeKey &key, DiffMark mark);
    void setBreakpoint(const QString &id, bool on, const QString &condition = {});

    // Ghosts: nodes and edges that are not in the document but are drawn (a diff's removed
    // items), with where to draw them.
    void setGhosts(const QList<FlowNode> &nodes, const QList<FlowEdge> &edges);
    const QList<FlowNode> &ghostNodes() const { return m_ghostNodes; }
    const QList<FlowEdge> &ghostEdges() const { return m_ghostEdges; }

    void clearRun();  // run states, durations, taken edges, current
    void clearDiff(); // diff marks and ghosts
    void clear();

signals:
    void nodeMarksChanged(const QString &id);
    void edgeMarksChanged(const Stratus::FlowEdgeKey &key);
    void ghostsChanged();
    void cleared();

private:
    QHash<QString, NodeMarks> m_nodes;
    QHash<FlowEdgeKey, EdgeMarks> m_edges;
    QList<FlowNode> m_ghostNodes;
    QList<FlowEdge> m_ghostEdges;
};

} // namespace Stratus
