#pragma once

#include "flowdocument.h"
#include "flownodeitem.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

class QGraphicsPathItem;
class QGraphicsSimpleTextItem;
class QMimeData;

namespace Stratus {

class FlowEdgeItem;
class FlowOverlay;

// The canvas: draws a FlowDocument (and a FlowOverlay over it) as items, and turns mouse
// gestures into document edits. The items are a cache of the document, kept in step with
// its signals one change at a time (only flowReset rebuilds everything); nothing is edited
// on the items themselves. Node drags move the items and commit one moveNodes() on release,
// so a drag is one undo step; port drags ask canConnect() as the pointer moves and show a
// green or red rubber line with the reason.
class FlowScene : public QGraphicsScene
{
    Q_OBJECT
public:
    static constexpr qreal Grid = 20;
    // Palette drags carry {"kind": ..., "function": ...} with this type.
    static QString nodeMimeType() { return QStringLiteral("application/x-stratus-flow-node"); }

    FlowScene(FlowDocument *doc, FlowOverlay *overlay, QObject *parent = nullptr);
    ~FlowScene() override;

    FlowDocument *document() const { return m_doc; }
    FlowOverlay *overlay() const { return m_overlay; }
    void setReadOnly(bool readOnly); // diff and debugger views: select and click only, no edits
    bool isReadOnly() const { return m_readOnly; }

    QStringList selectedNodeIds() const;
    QList<FlowEdgeKey> selectedEdges() const;
    void selectNode(const QString &id); // clears the other selection
    void selectEdge(const FlowEdgeKey &key);
    void selectItems(const QStringList &nodeIds, const QList<FlowEdgeKey> &edges = {});

    FlowNodeItem *nodeItem(const QString &id) const { return m_nodes.value(id); }
    FlowEdgeItem *edgeItem(const FlowEdgeKey &key) const { return m_edges.value(key); }
    int nodeItemCount() const { return int(m_nodes.size()); }
    int edgeItemCount() const { return int(m_edges.size()); }
    int ghostItemCount() const { return int(m_ghostNodes.size() + m_ghostEdges.size()); }
    // Scene coordinates of a node's ports (tests drive connections through them).
    QPointF outputPortPos(const QString &nodeId) const;
    QPointF inputPortPos(const QString &nodeId) const;
    QPointF errorPortPos(const QString &nodeId) const;
    QPointF bodyPortPos(const QString &nodeId) const;
    // Edge labels are hidden when zoomed out too far to read them (FlowView decides).
    void setLabelsVisible(bool visible);
    // The edge whose label item this is, or null.
    FlowEdgeItem *edgeOfLabel(const QGraphicsItem *item) const;
    // The rectangle of every node and ghost, for fitting the view.
    QRectF contentRect() const;
    // The last refusal shown while dragging a connection (empty once accepted).
    QString connectionMessage() const { return m_connectionMessage; }

    // What a palette entry drops: a node of this kind (a function node calling function).
    static QMimeData *nodeMimeData(FlowNodeKind kind, const QString &function = {});
    // Adds the node a palette drop describes with its centre at scenePos (snapped); the new id.
    QString dropNode(const QMimeData *mime, const QPointF &scenePos);
    static QPointF snapped(const QPointF &point);

signals:
    void selectionChangedTo(const QStringList &nodeIds, const QList<Stratus::FlowEdgeKey> &edges);
    void nodeDoubleClicked(const QString &id);
    void edgeClicked(const Stratus::FlowEdgeKey &key);
    void connectionRefused(const QString &reason); // shown while/after dragging
    void connectionMade(const Stratus::FlowEdgeKey &key);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    void rebuild();
    FlowNodeItem *addNodeItem(const FlowNode &node);
    FlowEdgeItem *addEdgeItem(const FlowEdge &edge);
    void removeNodeItem(const QString &id);
    void removeEdgeItem(const FlowEdgeKey &key);
    void renameNode(const QString &oldId, const QString &newId);
    void refreshEdgesFrom(const QString &nodeId); // a choice's priorities
    void refreshProblems();
    void rebuildGhosts();
    void clearGhosts();
    void applyOverlay();
    void updateStartMarker();
    void emitSelection();
    FlowNodeItem *nodeAt(const QPointF &scenePos) const;

    void finishConnection(const QPointF &scenePos);
    void updateConnection(const QPointF &scenePos);
    void cancelConnection();

    QPointer<FlowDocument> m_doc;
    QPointer<FlowOverlay> m_overlay;
    bool m_readOnly = false;
    QHash<QString, FlowNodeItem *> m_nodes;
    QHash<FlowEdgeKey, FlowEdgeItem *> m_edges;
    QList<FlowNodeItem *> m_ghostNodes;
    QList<FlowEdgeItem *> m_ghostEdges;
    QString m_startId;

    // A node drag in progress.
    struct Drag
    {
        QString anchor;                 // the pressed node: it lands on the grid
        QHash<QString, QPointF> origin; // every dragged node's position at the press
        QPointF pressPos;
        bool moved = false;
    };
    std::optional<Drag> m_drag;

    // A connection drag in progress.
    struct Connect
    {
        QString from;
        FlowEdgeKind kind = FlowEdgeKind::Next;
        QPointF start;
        QString target;
        bool allowed = false;
    };
    std::optional<Connect> m_connect;
    QGraphicsPathItem *m_rubber = nullptr;
    QGraphicsSimpleTextItem *m_rubberText = nullptr;
    QString m_connectionMessage;
    bool m_labelsVisible = true;
    int m_quietSelection = 0; // > 0: a batch of selection changes, one signal at its end
};

} // namespace Stratus
