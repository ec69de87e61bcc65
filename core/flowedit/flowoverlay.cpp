#include "flowoverlay.h"

namespace Stratus {

FlowOverlay::FlowOverlay(QObject *parent) : QObject(parent) {}

void FlowOverlay::setNode(const QString &id, const NodeMarks &marks)
{
    if (m_nodes.value(id) == marks)
        return;
    if (marks == NodeMarks{})
        m_nodes.remove(id);
    else
        m_nodes.insert(id, marks);
    emit nodeMarksChanged(id);
}

void FlowOverlay::setEdge(const FlowEdgeKey &key, const EdgeMarks &marks)
{
    if (m_edges.value(key) == marks)
        return;
    if (marks == EdgeMarks{})
        m_edges.remove(key);
    else
        m_edges.insert(key, marks);
    emit edgeMarksChanged(key);
}

void FlowOverlay::setRunState(const QString &id, RunState state, qint64 durationUs, const QString &text)
{
    NodeMarks marks = node(id);
    marks.run = state;
    marks.durationUs = durationUs;
    marks.runText = text;
    setNode(id, marks);
}

void FlowOverlay::setDiff(const QString &id, DiffMark mark)
{
    NodeMarks marks = node(id);
    marks.diff = mark;
    setNode(id, marks);
}

void FlowOverlay::setDiff(const FlowEdgeKey &key, DiffMark mark)
{
    EdgeMarks marks = edge(key);
    marks.diff = mark;
    setEdge(key, marks);
}

void FlowOverlay::setBreakpoint(const QString &id, bool on, const QString &condition)
{
    NodeMarks marks = node(id);
    marks.breakpoint = on;
    marks.breakpointCondition = on ? condition : QString();
    setNode(id, marks);
}

void FlowOverlay::setGhosts(const QList<FlowNode> &nodes, const QList<FlowEdge> &edges)
{
    m_ghostNodes = nodes;
    m_ghostEdges = edges;
    emit ghostsChanged();
}

void FlowOverlay::clearRun()
{
    for (const QString &id : m_nodes.keys()) {
        NodeMarks marks = m_nodes.value(id);
        marks.run = RunState::None;
        marks.durationUs = -1;
        marks.runText.clear();
        marks.current = false;
        setNode(id, marks);
    }
    for (const FlowEdgeKey &key : m_edges.keys()) {
        EdgeMarks marks = m_edges.value(key);
        marks.taken = false;
        setEdge(key, marks);
    }
}

void FlowOverlay::clearDiff()
{
    for (const QString &id : m_nodes.keys())
        setDiff(id, DiffMark::None);
    for (const FlowEdgeKey &key : m_edges.keys())
        setDiff(key, DiffMark::None);
    if (!m_ghostNodes.isEmpty() || !m_ghostEdges.isEmpty())
        setGhosts({}, {});
}

void FlowOverlay::clear()
{
    m_nodes.clear();
    m_edges.clear();
    m_ghostNodes.clear();
    m_ghostEdges.clear();
    emit cleared();
}

} // namespace Stratus
