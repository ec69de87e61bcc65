#pragma once

#include "flow.h"
#include "flowoverlay.h"
#include "flowvalidator.h"

#include <QBrush>
#include <QCoreApplication>
#include <QGraphicsItem>
#include <QIcon>
#include <QList>
#include <QPen>
#include <QStaticText>

#include <optional>

namespace Stratus {

class FlowEdgeItem;

// One node drawn on the canvas: a cache of the document's FlowNode plus its overlay marks and
// problems. Everything the paint needs (texts, paths) is prepared in refresh(), so paint()
// allocates nothing; at low zoom it draws a plain coloured box (level of detail).
// The item does not move itself: FlowScene moves it while dragging and tells the document.
class FlowNodeItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::FlowNodeItem)
public:
    enum { Type = UserType + 1 };
    enum class Port { None, Input, Output, Error, Body };
    static constexpr qreal Width = 160;
    static constexpr qreal Height = 56;

    // ghost: drawn semi-transparent and dashed (a diff's removed node), not selectable.
    explicit FlowNodeItem(const FlowNode &node, bool ghost = false);

    int type() const override { return Type; }
    QString id() const { return m_node.id; }
    const FlowNode &node() const { return m_node; }
    bool isGhost() const { return m_ghost; }

    void setNode(const FlowNode &node); // properties and position
    void setStart(bool start);
    void setMarks(const FlowOverlay::NodeMarks &marks);
    void setProblems(const QList<FlowProblem> &problems);
    const QList<FlowProblem> &problems() const { return m_problems; }
    FlowOverlay::NodeMarks marks() const { return m_marks; }

    // Ports in item coordinates; which ones a node has depends on its kind.
    bool hasPort(Port port) const;
    QPointF portPos(Port port) const;
    Port portAt(const QPointF &itemPos) const;
    static FlowEdgeKind edgeKindOf(Port port);
    static Port portOf(FlowEdgeKind kind);

    void attach(FlowEdgeItem *edge);
    void detach(FlowEdgeItem *edge);
    const QList<FlowEdgeItem *> &edges() const { return m_edges; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // The look of each kind, shared with the palette.
    static QColor kindColor(FlowNodeKind kind);
    static QString kindGlyph(FlowNodeKind kind);
    static QIcon kindIcon(FlowNodeKind kind);
    static QString kindTitle(FlowNodeKind kind); // translated "Function", "Choice", ...

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void refresh();
    void restyle();
    void paintPort(QPainter *painter, Port port, const QColor &color) const;

    FlowNode m_node;
    bool m_ghost = false;
    bool m_start = false;
    FlowOverlay::NodeMarks m_marks;
    QList<FlowProblem> m_problems;
    bool m_hasErrors = false;
    QList<FlowEdgeItem *> m_edges;
    // Prepared by refresh() for paint().
    QStaticText m_title, m_subtitle, m_glyph, m_duration, m_badge;
    QSizeF m_glyphSize, m_badgeSize;
    QColor m_color;
    QPen m_pen, m_lodPen;
    QBrush m_fill, m_lodFill;
};

} // namespace Stratus
