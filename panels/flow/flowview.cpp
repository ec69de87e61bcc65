#include "flowview.h"

#include "flowdocument.h"
#include "flowscene.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QVarLengthArray>
#include <QWheelEvent>

#include <cmath>

namespace Stratus {

FlowView::FlowView(FlowScene *scene, QWidget *parent) : QGraphicsView(scene, parent), m_scene(scene)
{
    setObjectName(QStringLiteral("flowView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    // Nodes cache their pixels (DeviceCoordinateCache): repaint only what changed.
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setCacheMode(CacheBackground);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    // The empty canvas's hint comes and goes with the first node: repaint all of it then.
    const auto emptiness = [this] {
        if (m_scene->nodeItemCount() <= 1)
            viewport()->update();
    };
    connect(scene->document(), &FlowDocument::nodeAdded, this, emptiness);
    connect(scene->document(), &FlowDocument::nodeRemoved, this, emptiness);
    connect(scene->document(), &FlowDocument::flowReset, this, emptiness);
}

double FlowView::zoom() const
{
    return transform().m11();
}

void FlowView::setZoom(double zoom)
{
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    if (std::abs(zoom - this->zoom()) < 1e-9)
        return;
    const double factor = zoom / this->zoom();
    scale(factor, factor);
    zoomApplied();
}

void FlowView::zoomApplied()
{
    // Below this the labels are unreadable and only clutter (nodes switch to plain boxes too).
    m_scene->setLabelsVisible(zoom() >= 0.45);
    emit zoomChanged(zoom());
}

void FlowView::zoomBy(double factor)
{
    setZoom(zoom() * factor);
}

void FlowView::fitToView()
{
    QRectF content = m_scene->contentRect();
    if (content.isEmpty()) {
        resetTransform();
        centerOn(0, 0);
        zoomApplied();
        return;
    }
    content.adjust(-30, -30, 30, 30);
    const QSizeF room = viewport()->size();
    const double zoom =
        std::clamp(std::min(room.width() / content.width(), room.height() / content.height()), MinZoom, 1.5);
    setTransform(QTransform::fromScale(zoom, zoom));
    centerOn(content.center());
    zoomApplied();
}

QPointF FlowView::insertionPoint() const
{
    const QPoint cursor = viewport()->mapFromGlobal(QCursor::pos());
    if (viewport()->rect().contains(cursor) && underMouse())
        return mapToScene(cursor);
    return mapToScene(viewport()->rect().center());
}

void FlowView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.15, steps));
    event->accept();
}

void FlowView::panBy(const QPoint &delta)
{
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
}

void FlowView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void FlowView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint now = event->position().toPoint();
        panBy(now - m_panLast);
        m_panLast = now;
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void FlowView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void FlowView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void FlowView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning)
            viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void FlowView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (m_scene->nodeItemCount() > 0 || m_scene->isReadOnly())
        return;
    painter->save();
    painter->setWorldTransform(QTransform());
    painter->setPen(QColor(0x94, 0xa3, 0xb8));
    QFont font = painter->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    painter->setFont(font);
    painter->drawText(
        viewport()->rect().adjusted(40, 40, -40, -40), Qt::AlignCenter | Qt::TextWordWrap,
        tr("Drag nodes here from the palette.\nConnect them by dragging from a node's right-hand "
           "port to another node."));
    painter->restore();
}

void FlowView::drawBackground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawBackground(painter, rect);
    // Grid dots every snapping step; coarser when zoomed out so the count stays bounded.
    qreal step = FlowScene::Grid;
    while (step * zoom() < 12)
        step *= 5;
    const qreal left = std::floor(rect.left() / step) * step;
    const qreal top = std::floor(rect.top() / step) * step;
    QVarLengthArray<QPointF, 4096> dots;
    for (qreal x = left; x <= rect.right(); x += step)
        for (qreal y = top; y <= rect.bottom(); y += step)
            dots.append(QPointF(x, y));
    painter->setPen(QPen(QColor(0xcb, 0xd5, 0xe1), 0)); // cosmetic: one pixel at any zoom
    painter->drawPoints(dots.constData(), int(dots.size()));
}

} // namespace Stratus
