#pragma once

#include <QGraphicsView>

namespace Stratus {

class FlowScene;

// The canvas's viewport: wheel zoom under the pointer, pan with the middle button or with
// Space held, rubber-band selection, a dotted grid, palette drops. Zoom is clamped so a flow
// stays findable; fitToView() frames the whole flow.
class FlowView : public QGraphicsView
{
    Q_OBJECT
public:
    static constexpr double MinZoom = 0.1;
    static constexpr double MaxZoom = 3.0;

    explicit FlowView(FlowScene *scene, QWidget *parent = nullptr);

    FlowScene *flowScene() const { return m_scene; }
    void fitToView();
    void zoomBy(double factor);
    void setZoom(double zoom);
    double zoom() const;
    // Where a paste or a palette double-click puts things: the pointer if it is over the
    // canvas, else the centre of what is shown.
    QPointF insertionPoint() const;

signals:
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void panBy(const QPoint &delta);
    void zoomApplied();

    FlowScene *m_scene;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;
};

} // namespace Stratus
