#pragma once

#include "flowdocument.h"
#include "flowoverlay.h"
#include "flowvalidator.h"

#include <QBrush>
#include <QCoreApplication>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QPen>

class QGraphicsPathItem;
class QGraphicsSimpleTextItem;

namespace Stratus {

class FlowNodeItem;

// One edge drawn on the canvas: a cubic path from a port of its source node to the input
// port of its target, with an arrowhead and a label (a choice's condition, "default", the
// edge's label). Next edges are solid, error edges dashed red, body edges violet dash-dot;
// a taken edge (overlay) is thicker. The path is rebuilt when an end moves (adjust()), not
// in paint().
class FlowEdgeItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::FlowEdgeItem)
public:
    enum { Type = UserType + 2 };

    FlowEdgeItem(const FlowEdge &edge, FlowNodeItem *source, FlowNodeItem *target, bool ghost = false);
    ~FlowEdgeItem() override;

    int type() const override { return Type; }
    FlowEdgeKey key() const { return FlowEdgeKey::of(m_edge); }
    const FlowEdge &edge() const { return m_edge; }
    bool isGhost() const { return m_ghost; }
    FlowNodeItem *source() const { return m_source; }
    FlowNodeItem *target() const { return m_target; }

    // priority: 1-based rank among a choice's conditional edges, 0 when not shown.
    void setEdge(const FlowEdge &edge, int priority = 0);
    void setMarks(const FlowOverlay::EdgeMarks &marks);
    void setProblems(const QList<FlowProblem> &problems);
    const QList<FlowProblem> &problems() const { return m_problems; }
    QString labelText() const { return m_labelText; }
    void detachFromNodes(); // before the nodes go away
    void adjust();          // an end moved
    QGraphicsItem *labelItem() const { return m_labelBox; }
    void setLabelVisible(bool visible); // hidden when zoomed out too far to read

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // The path between two points leaving a port of this kind (shared with the rubber line).
    static QPainterPath pathBetween(const QPointF &from, const QPointF &to, FlowEdgeKind kind);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void refreshLabel();
    void styleLabel();
    void restyle();

    FlowEdge m_edge;
    FlowNodeItem *m_source;
    FlowNodeItem *m_target;
    bool m_ghost = false;
    int m_priority = 0;
    FlowOverlay::EdgeMarks m_marks;
    QList<FlowProblem> m_problems;
    QPen m_pen;
    QBrush m_arrowBrush;
    QPainterPath m_path;
    QPainterPath m_shape;
    QPolygonF m_arrow;
    QString m_labelText;
    // The label is a separate item above the nodes (edges run below them), owned here: a
    // choice's branches are short and their conditions must stay readable over neighbours.
    QGraphicsPathItem *m_labelBox = nullptr;
    QGraphicsSimpleTextItem *m_labelItem = nullptr;
    QRectF m_bounds;
};

} // namespace Stratus
