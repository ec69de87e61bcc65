#include "flowedgeitem.h"

#include "flownodeitem.h"

#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace Stratus {

namespace {

constexpr qreal ArrowSize = 9;
constexpr qreal DetailZoom = 0.45;

const QFont &labelFont()
{
    static const QFont font = [] {
        QFont f;
        f.setPointSizeF(8);
        return f;
    }();
    return font;
}

QColor kindColor(FlowEdgeKind kind)
{
    switch (kind) {
    case FlowEdgeKind::Error:
        return QColor(0xdc, 0x26, 0x26);
    case FlowEdgeKind::Body:
        return QColor(0x7c, 0x3a, 0xed);
    case FlowEdgeKind::Next:
        break;
    }
    return QColor(0x4b, 0x55, 0x63);
}

} // namespace

FlowEdgeItem::FlowEdgeItem(const FlowEdge &edge, FlowNodeItem *source, FlowNodeItem *target, bool ghost)
    : m_edge(edge), m_source(source), m_target(target), m_ghost(ghost)
{
    setFlags(ghost ? GraphicsItemFlags() : ItemIsSelectable);
    setZValue(ghost ? 0.4 : 0);
    if (ghost)
        setOpacity(0.45);
    if (m_source)
        m_source->attach(this);
    if (m_target)
        m_target->attach(this);
    refreshLabel();
    restyle();
    adjust();
}

FlowEdgeItem::~FlowEdgeItem()
{
    detachFromNodes();
    delete m_labelBox;
}

void FlowEdgeItem::detachFromNodes()
{
    if (m_source)
        m_source->detach(this);
    if (m_target)
        m_target->detach(this);
    m_source = m_target = nullptr;
}

void FlowEdgeItem::setEdge(const FlowEdge &edge, int priority)
{
    if (edge == m_edge && priority == m_priority)
        return;
    m_edge = edge;
    m_priority = priority;
    refreshLabel();
    restyle();
    adjust(); // the label's size changes the shape
}

void FlowEdgeItem::setMarks(const FlowOverlay::EdgeMarks &marks)
{
    if (m_marks == marks)
        return;
    m_marks = marks;
    restyle();
}

void FlowEdgeItem::setProblems(const QList<FlowProblem> &problems)
{
    QStringList before, after;
    for (const FlowProblem &p : m_problems)
        before << p.message;
    for (const FlowProblem &p : problems)
        after << p.message;
    m_problems = problems;
    if (before == after)
        return;
    QString tip = key().toString();
    if (!after.isEmpty())
        tip += QLatin1Char('\n') + after.join(QLatin1Char('\n'));
    setToolTip(tip);
    restyle();
}

void FlowEdgeItem::refreshLabel()
{
    QString text;
    if (m_edge.isDefault)
        text = tr("default");
    else if (!m_edge.condition.isEmpty())
        text = m_edge.condition;
    if (!m_edge.label.isEmpty())
        text = text.isEmpty() ? m_edge.label : m_edge.label + QStringLiteral(": ") + text;
    if (m_priority > 0 && !m_edge.isDefault)
        text = QStringLiteral("%1. %2").arg(m_priority).arg(text);
    if (m_edge.kind == FlowEdgeKind::Error && text.isEmpty())
        text = tr("on error");
    if (m_edge.kind == FlowEdgeKind::Body && text.isEmpty())
        text = tr("each");
    m_labelText = text;
    if (text.isEmpty()) {
        delete m_labelBox; // and its text child
        m_labelBox = nullptr;
        m_labelItem = nullptr;
        return;
    }
    if (!m_labelBox) {
        m_labelBox = new QGraphicsPathItem;
        m_labelBox->setZValue(2);
        m_labelBox->setOpacity(opacity());
        m_labelItem = new QGraphicsSimpleTextItem(m_labelBox);
        m_labelItem->setFont(labelFont());
        m_labelItem->setPos(4, 1);
    }
    const QFontMetricsF metrics(labelFont());
    m_labelItem->setText(metrics.elidedText(text, Qt::ElideRight, 200));
    QPainterPath box;
    box.addRoundedRect(QRectF(QPointF(0, 0), m_labelItem->boundingRect().size() + QSizeF(8, 2)), 3, 3);
    m_labelBox->setPath(box);
    styleLabel();
}

void FlowEdgeItem::restyle()
{
    // Pens and brushes for paint(), so painting allocates nothing.
    const bool selected = isSelected();
    QColor color = kindColor(m_edge.kind);
    qreal width = 1.6;
    Qt::PenStyle style = Qt::SolidLine;
    if (m_edge.kind == FlowEdgeKind::Error)
        style = Qt::DashLine;
    else if (m_edge.kind == FlowEdgeKind::Body)
        style = Qt::DashDotLine;
    if (m_marks.taken) {
        width = 3.5;
        color = m_edge.kind == FlowEdgeKind::Error ? color : QColor(0x25, 0x63, 0xeb);
    }
    if (m_marks.diff == FlowOverlay::DiffMark::Added) {
        color = QColor(0x16, 0xa3, 0x4a);
        width = std::max<qreal>(width, 2.5);
    } else if (m_marks.diff == FlowOverlay::DiffMark::Changed) {
        color = QColor(0xd9, 0x77, 0x06);
        width = std::max<qreal>(width, 2.5);
    } else if (m_marks.diff == FlowOverlay::DiffMark::Removed || m_ghost) {
        style = Qt::DotLine;
    }
    if (!m_problems.isEmpty())
        color = QColor(0xdc, 0x26, 0x26);
    if (selected) {
        color = QColor(0x1d, 0x4e, 0xd8);
        width += 1;
    }
    m_pen = QPen(color, width, style, Qt::RoundCap);
    m_arrowBrush = QBrush(color);
    styleLabel();
    update();
}

void FlowEdgeItem::styleLabel()
{
    if (!m_labelBox)
        return;
    QColor color = kindColor(m_edge.kind);
    if (!m_problems.isEmpty())
        color = QColor(0xdc, 0x26, 0x26);
    if (isSelected())
        color = QColor(0x1d, 0x4e, 0xd8);
    m_labelBox->setPen(QPen(color, isSelected() ? 1.5 : 0.8));
    m_labelBox->setBrush(QColor(255, 255, 255, 235));
    m_labelItem->setBrush(!m_problems.isEmpty() ? color
                          : m_edge.isDefault    ? QColor(0x6b, 0x72, 0x80)
                                                : QColor(0x11, 0x18, 0x27));
    m_labelBox->setToolTip(toolTip());
}

void FlowEdgeItem::setLabelVisible(bool visible)
{
    if (m_labelBox)
        m_labelBox->setVisible(visible);
}

QVariant FlowEdgeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged)
        restyle();
    else if (change == ItemSceneHasChanged)
        adjust(); // the label joins the scene with the edge
    return QGraphicsItem::itemChange(change, value);
}

QPainterPath FlowEdgeItem::pathBetween(const QPointF &from, const QPointF &to, FlowEdgeKind kind)
{
    QPainterPath path(from);
    const qreal dx = std::max<qreal>(40, std::abs(to.x() - from.x()) / 2);
    const QPointF c2 = to - QPointF(dx, 0);
    if (kind == FlowEdgeKind::Next) {
        path.cubicTo(from + QPointF(dx, 0), c2, to);
    } else {
        // Error and body ports sit below the node: leave downwards.
        const qreal dy = std::max<qreal>(40, std::abs(to.y() - from.y()) / 2);
        path.cubicTo(from + QPointF(0, dy), c2, to);
    }
    return path;
}

void FlowEdgeItem::adjust()
{
    if (!m_source || !m_target)
        return;
    prepareGeometryChange();
    const QPointF from = m_source->mapToScene(m_source->portPos(FlowNodeItem::portOf(m_edge.kind)));
    const QPointF to = m_target->mapToScene(m_target->portPos(FlowNodeItem::Port::Input));
    m_path = pathBetween(from, to, m_edge.kind);
    // The arrowhead follows the curve's last direction.
    const QPointF tail = m_path.pointAtPercent(0.97);
    const qreal angle = std::atan2(to.y() - tail.y(), to.x() - tail.x());
    const QPointF back = to - QPointF(std::cos(angle), std::sin(angle)) * ArrowSize;
    const QPointF side = QPointF(-std::sin(angle), std::cos(angle)) * (ArrowSize * 0.5);
    m_arrow = QPolygonF({to, back + side, back - side});
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    m_shape = stroker.createStroke(m_path);
    m_shape.addPolygon(m_arrow);
    m_bounds = m_path.boundingRect().united(m_arrow.boundingRect()).adjusted(-14, -14, 14, 14);
    if (m_labelBox) {
        if (scene() && m_labelBox->scene() != scene())
            scene()->addItem(m_labelBox);
        // Just before the arrow, right-aligned, above the line: "condition -> target".
        const QRectF box = m_labelBox->path().boundingRect();
        const QPointF anchor = m_path.pointAtPercent(0.9);
        m_labelBox->setPos(std::min(anchor.x(), to.x() - ArrowSize - 2) - box.width(),
                           anchor.y() - box.height() - 2);
    }
}

QRectF FlowEdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath FlowEdgeItem::shape() const
{
    return m_shape;
}

void FlowEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (!m_source || !m_target)
        return;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod >= DetailZoom)
        painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(m_pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_arrowBrush);
    painter->drawPolygon(m_arrow);
}

} // namespace Stratus
