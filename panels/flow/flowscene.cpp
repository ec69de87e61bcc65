#include "flowscene.h"

#include "flowedgeitem.h"
#include "flowoverlay.h"

#include <QGraphicsPathItem>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QMimeData>
#include <QPen>
#include <QUndoStack>

#include <algorithm>

namespace Stratus {

Q_LOGGING_CATEGORY(lcFlowPanels, "stratus.panels.flow", QtWarningMsg)

namespace {

// How far (scene units) a press must travel before it counts as a drag.
constexpr qreal DragThreshold = 3;
// Room around the content the view may scroll into.
constexpr qreal SceneMargin = 1200;

} // namespace

FlowScene::FlowScene(FlowDocument *doc, FlowOverlay *overlay, QObject *parent)
    : QGraphicsScene(parent), m_doc(doc), m_overlay(overlay)
{
    setBackgroundBrush(QColor(0xfa, 0xfa, 0xfb));
    connect(doc, &FlowDocument::flowReset, this, &FlowScene::rebuild);
    connect(doc, &FlowDocument::nodeAdded, this, [this](const QString &id) {
        if (const FlowNode *node = m_doc->node(id)) {
            if (!m_nodes.contains(id))
                addNodeItem(*node);
            // Edges may have arrived before their second end (undo of a removal re-adds both).
            for (const FlowEdge &edge : m_doc->flow().edges)
                if ((edge.from == id || edge.to == id) && !m_edges.contains(FlowEdgeKey::of(edge)))
                    addEdgeItem(edge);
            updateStartMarker();
        }
    });
    connect(doc, &FlowDocument::nodeRemoved, this, &FlowScene::removeNodeItem);
    connect(doc, &FlowDocument::nodeChanged, this, [this](const QString &id) {
        FlowNodeItem *item = m_nodes.value(id);
        const FlowNode *node = m_doc->node(id);
        if (!item || !node)
            return;
        item->setNode(*node);
        for (FlowEdgeItem *edge : item->edges())
            edge->adjust(); // the ports may have changed with the kind
        refreshEdgesFrom(id);
    });
    connect(doc, &FlowDocument::nodeRenamed, this, &FlowScene::renameNode);
    connect(doc, &FlowDocument::nodeMoved, this, [this](const QString &id, QPointF) {
        if (FlowNodeItem *item = m_nodes.value(id))
            if (const FlowNode *node = m_doc->node(id))
                item->setNode(*node);
    });
    connect(doc, &FlowDocument::edgeAdded, this,
            [this](const FlowEdgeKey &key) { refreshEdgesFrom(key.from); });
    connect(doc, &FlowDocument::edgeRemoved, this, [this](const FlowEdgeKey &key) {
        removeEdgeItem(key);
        refreshEdgesFrom(key.from);
    });
    connect(doc, &FlowDocument::edgeChanged, this,
            [this](const FlowEdgeKey &key) { refreshEdgesFrom(key.from); });
    connect(doc, &FlowDocument::startChanged, this, &FlowScene::updateStartMarker);
    connect(doc, &FlowDocument::problemsChanged, this, &FlowScene::refreshProblems);
    if (overlay) {
        connect(overlay, &FlowOverlay::nodeMarksChanged, this, [this](const QString &id) {
            if (FlowNodeItem *item = m_nodes.value(id))
                item->setMarks(m_overlay->node(id));
            for (FlowNodeItem *ghost : std::as_const(m_ghostNodes))
                if (ghost->id() == id)
                    ghost->setMarks(m_overlay->node(id));
        });
        connect(overlay, &FlowOverlay::edgeMarksChanged, this, [this](const FlowEdgeKey &key) {
            if (FlowEdgeItem *item = m_edges.value(key))
                item->setMarks(m_overlay->edge(key));
        });
        connect(overlay, &FlowOverlay::ghostsChanged, this, &FlowScene::rebuildGhosts);
        connect(overlay, &FlowOverlay::cleared, this, [this] {
            applyOverlay();
            clearGhosts();
        });
    }
    connect(this, &QGraphicsScene::selectionChanged, this, &FlowScene::emitSelection);
    rebuild();
}

FlowScene::~FlowScene()
{
    // Edges hold raw pointers to their nodes: let them go first.
    disconnect(this, &QGraphicsScene::selectionChanged, this, &FlowScene::emitSelection);
    clearGhosts();
    qDeleteAll(m_edges);
    m_edges.clear();
}

void FlowScene::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (readOnly)
        cancelConnection();
}

void FlowScene::rebuild()
{
    cancelConnection();
    m_drag.reset();
    clearGhosts();
    // One selection signal for the whole rebuild, not one per removed item.
    ++m_quietSelection;
    qDeleteAll(m_edges);
    m_edges.clear();
    qDeleteAll(m_nodes);
    m_nodes.clear();
    const Flow &flow = m_doc->flow();
    for (const FlowNode &node : flow.nodes)
        addNodeItem(node);
    // A choice's conditional edges are numbered by priority (their order in the file).
    QHash<QString, int> rank;
    QHash<QString, int> conditional;
    for (const FlowEdge &edge : flow.edges)
        if (edge.kind == FlowEdgeKind::Next && !edge.isDefault)
            ++conditional[edge.from];
    for (const FlowEdge &edge : flow.edges) {
        FlowEdgeItem *item = addEdgeItem(edge);
        if (!item)
            continue;
        const FlowNodeItem *source = item->source();
        if (source->node().kind == FlowNodeKind::Choice && edge.kind == FlowEdgeKind::Next &&
            !edge.isDefault && conditional.value(edge.from) > 1)
            item->setEdge(edge, ++rank[edge.from]);
    }
    updateStartMarker();
    refreshProblems();
    applyOverlay();
    rebuildGhosts();
    setSceneRect(contentRect().adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin));
    --m_quietSelection;
    emitSelection();
}

FlowNodeItem *FlowScene::addNodeItem(const FlowNode &node)
{
    auto *item = new FlowNodeItem(node);
    addItem(item);
    m_nodes.insert(node.id, item);
    if (m_overlay)
        item->setMarks(m_overlay->node(node.id));
    // Keep the scrollable area around the content.
    const QRectF needed =
        item->sceneBoundingRect().adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin);
    if (!sceneRect().contains(needed))
        setSceneRect(sceneRect().united(needed));
    return item;
}

FlowEdgeItem *FlowScene::addEdgeItem(const FlowEdge &edge)
{
    const FlowEdgeKey key = FlowEdgeKey::of(edge);
    if (m_edges.contains(key))
        return m_edges.value(key);
    FlowNodeItem *source = m_nodes.value(edge.from);
    FlowNodeItem *target = m_nodes.value(edge.to);
    if (!source || !target) {
        qCDebug(lcFlowPanels) << "edge" << key.toString() << "waits for its ends";
        return nullptr; // drawn once both ends exist
    }
    auto *item = new FlowEdgeItem(edge, source, target);
    addItem(item);
    item->setLabelVisible(m_labelsVisible);
    m_edges.insert(key, item);
    if (m_overlay)
        item->setMarks(m_overlay->edge(key));
    item->setProblems(m_doc->problemsOf(key));
    return item;
}

void FlowScene::removeNodeItem(const QString &id)
{
    FlowNodeItem *item = m_nodes.take(id);
    if (!item)
        return;
    if (m_drag)
        m_drag.reset();
    for (FlowEdgeItem *edge : QList<FlowEdgeItem *>(item->edges())) {
        if (edge->isGhost()) {
            m_ghostEdges.removeAll(edge);
        } else {
            m_edges.remove(edge->key());
        }
        delete edge;
    }
    delete item;
}

void FlowScene::removeEdgeItem(const FlowEdgeKey &key)
{
    delete m_edges.take(key);
}

void FlowScene::renameNode(const QString &oldId, const QString &newId)
{
    FlowNodeItem *item = m_nodes.take(oldId);
    if (!item)
        return;
    // The edges' keys hold the ids: redraw the node's edges from the document.
    for (FlowEdgeItem *edge : QList<FlowEdgeItem *>(item->edges())) {
        if (edge->isGhost())
            continue;
        m_edges.remove(edge->key());
        delete edge;
    }
    m_nodes.insert(newId, item);
    if (const FlowNode *node = m_doc->node(newId))
        item->setNode(*node);
    QSet<QString> sources;
    for (const FlowEdge &edge : m_doc->flow().edges)
        if (edge.from == newId || edge.to == newId)
            sources.insert(edge.from);
    for (const QString &from : std::as_const(sources))
        refreshEdgesFrom(from);
    if (m_overlay)
        item->setMarks(m_overlay->node(newId));
    updateStartMarker();
    refreshProblems();
}

void FlowScene::refreshEdgesFrom(const QString &nodeId)
{
    FlowNodeItem *source = m_nodes.value(nodeId);
    if (!source)
        return;
    const QList<const FlowEdge *> outgoing = m_doc->flow().outgoing(nodeId);
    QSet<FlowEdgeKey> present;
    int conditional = 0;
    for (const FlowEdge *edge : outgoing)
        if (edge->kind == FlowEdgeKind::Next && !edge->isDefault)
            ++conditional;
    const bool numbered = source->node().kind == FlowNodeKind::Choice && conditional > 1;
    int rank = 0;
    for (const FlowEdge *edge : outgoing) {
        const FlowEdgeKey key = FlowEdgeKey::of(*edge);
        present.insert(key);
        FlowEdgeItem *item = m_edges.value(key);
        if (!item)
            item = addEdgeItem(*edge);
        if (!item)
            continue;
        const bool ranked = numbered && edge->kind == FlowEdgeKind::Next && !edge->isDefault;
        item->setEdge(*edge, ranked ? ++rank : 0);
    }
    // Edges out of this node the document no longer has (a kind change re-keys an edge).
    for (FlowEdgeItem *edge : QList<FlowEdgeItem *>(source->edges())) {
        if (edge->isGhost() || edge->source() != source || present.contains(edge->key()))
            continue;
        m_edges.remove(edge->key());
        delete edge;
    }
}

void FlowScene::refreshProblems()
{
    QHash<QString, QList<FlowProblem>> byNode;
    QHash<FlowEdgeKey, QList<FlowProblem>> byEdge;
    const Flow &flow = m_doc->flow();
    for (const FlowProblem &problem : m_doc->problems()) {
        if (problem.edgeIndex >= 0 && problem.edgeIndex < flow.edges.size())
            byEdge[FlowEdgeKey::of(flow.edges.at(problem.edgeIndex))].append(problem);
        else if (!problem.nodeId.isEmpty())
            byNode[problem.nodeId].append(problem);
    }
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        it.value()->setProblems(byNode.value(it.key()));
    for (auto it = m_edges.cbegin(); it != m_edges.cend(); ++it)
        it.value()->setProblems(byEdge.value(it.key()));
}

void FlowScene::applyOverlay()
{
    if (!m_overlay)
        return;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        it.value()->setMarks(m_overlay->node(it.key()));
    for (auto it = m_edges.cbegin(); it != m_edges.cend(); ++it)
        it.value()->setMarks(m_overlay->edge(it.key()));
}

void FlowScene::clearGhosts()
{
    qDeleteAll(m_ghostEdges);
    m_ghostEdges.clear();
    qDeleteAll(m_ghostNodes);
    m_ghostNodes.clear();
}

void FlowScene::rebuildGhosts()
{
    clearGhosts();
    if (!m_overlay)
        return;
    QHash<QString, FlowNodeItem *> ghosts;
    for (const FlowNode &node : m_overlay->ghostNodes()) {
        auto *item = new FlowNodeItem(node, true);
        FlowOverlay::NodeMarks marks = m_overlay->node(node.id);
        if (marks.diff == FlowOverlay::DiffMark::None)
            marks.diff = FlowOverlay::DiffMark::Removed;
        item->setMarks(marks);
        addItem(item);
        m_ghostNodes.append(item);
        ghosts.insert(node.id, item);
    }
    for (const FlowEdge &edge : m_overlay->ghostEdges()) {
        FlowNodeItem *source = ghosts.value(edge.from, m_nodes.value(edge.from));
        FlowNodeItem *target = ghosts.value(edge.to, m_nodes.value(edge.to));
        if (!source || !target)
            continue;
        auto *item = new FlowEdgeItem(edge, source, target, true);
        item->setLabelVisible(m_labelsVisible);
        FlowOverlay::EdgeMarks marks;
        marks.diff = FlowOverlay::DiffMark::Removed;
        item->setMarks(marks);
        addItem(item);
        m_ghostEdges.append(item);
    }
}

void FlowScene::updateStartMarker()
{
    const QString start = m_doc->flow().start;
    if (FlowNodeItem *old = m_nodes.value(m_startId))
        old->setStart(false);
    m_startId = start;
    if (FlowNodeItem *item = m_nodes.value(start))
        item->setStart(true);
}

void FlowScene::setLabelsVisible(bool visible)
{
    if (m_labelsVisible == visible)
        return;
    m_labelsVisible = visible;
    for (FlowEdgeItem *edge : std::as_const(m_edges))
        edge->setLabelVisible(visible);
    for (FlowEdgeItem *edge : std::as_const(m_ghostEdges))
        edge->setLabelVisible(visible);
}

FlowEdgeItem *FlowScene::edgeOfLabel(const QGraphicsItem *item) const
{
    if (!item)
        return nullptr;
    if (item->parentItem())
        item = item->parentItem();
    for (FlowEdgeItem *edge : m_edges)
        if (edge->labelItem() == item)
            return edge;
    return nullptr;
}

QStringList FlowScene::selectedNodeIds() const
{
    QStringList ids;
    for (QGraphicsItem *item : selectedItems())
        if (item->type() == FlowNodeItem::Type)
            ids << static_cast<FlowNodeItem *>(item)->id();
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<FlowEdgeKey> FlowScene::selectedEdges() const
{
    QList<FlowEdgeKey> keys;
    for (QGraphicsItem *item : selectedItems())
        if (item->type() == FlowEdgeItem::Type && !static_cast<FlowEdgeItem *>(item)->isGhost())
            keys << static_cast<FlowEdgeItem *>(item)->key();
    return keys;
}

void FlowScene::selectItems(const QStringList &nodeIds, const QList<FlowEdgeKey> &edges)
{
    ++m_quietSelection;
    clearSelection();
    for (const QString &id : nodeIds)
        if (FlowNodeItem *item = m_nodes.value(id))
            item->setSelected(true);
    for (const FlowEdgeKey &key : edges)
        if (FlowEdgeItem *item = m_edges.value(key))
            item->setSelected(true);
    --m_quietSelection;
    emitSelection();
}

void FlowScene::selectNode(const QString &id)
{
    selectItems({id});
}

void FlowScene::selectEdge(const FlowEdgeKey &key)
{
    selectItems({}, {key});
}

void FlowScene::emitSelection()
{
    if (m_quietSelection > 0)
        return;
    emit selectionChangedTo(selectedNodeIds(), selectedEdges());
}

QPointF FlowScene::outputPortPos(const QString &nodeId) const
{
    const FlowNodeItem *item = m_nodes.value(nodeId);
    return item ? item->mapToScene(item->portPos(FlowNodeItem::Port::Output)) : QPointF();
}

QPointF FlowScene::inputPortPos(const QString &nodeId) const
{
    const FlowNodeItem *item = m_nodes.value(nodeId);
    return item ? item->mapToScene(item->portPos(FlowNodeItem::Port::Input)) : QPointF();
}

QPointF FlowScene::errorPortPos(const QString &nodeId) const
{
    const FlowNodeItem *item = m_nodes.value(nodeId);
    return item ? item->mapToScene(item->portPos(FlowNodeItem::Port::Error)) : QPointF();
}

QPointF FlowScene::bodyPortPos(const QString &nodeId) const
{
    const FlowNodeItem *item = m_nodes.value(nodeId);
    return item ? item->mapToScene(item->portPos(FlowNodeItem::Port::Body)) : QPointF();
}

QRectF FlowScene::contentRect() const
{
    QRectF rect;
    for (const FlowNodeItem *item : m_nodes)
        rect = rect.united(item->sceneBoundingRect());
    for (const FlowNodeItem *item : m_ghostNodes)
        rect = rect.united(item->sceneBoundingRect());
    return rect;
}

QPointF FlowScene::snapped(const QPointF &point)
{
    return {std::round(point.x() / Grid) * Grid, std::round(point.y() / Grid) * Grid};
}

FlowNodeItem *FlowScene::nodeAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder))
        if (item->type() == FlowNodeItem::Type && !static_cast<FlowNodeItem *>(item)->isGhost())
            return static_cast<FlowNodeItem *>(item);
    return nullptr;
}

QMimeData *FlowScene::nodeMimeData(FlowNodeKind kind, const QString &function)
{
    QJsonObject object{{QStringLiteral("kind"), Flow::kindName(kind)}};
    if (!function.isEmpty())
        object.insert(QStringLiteral("function"), function);
    auto *mime = new QMimeData;
    mime->setData(nodeMimeType(), QJsonDocument(object).toJson(QJsonDocument::Compact));
    mime->setText(function.isEmpty() ? Flow::kindName(kind) : function);
    return mime;
}

QString FlowScene::dropNode(const QMimeData *mime, const QPointF &scenePos)
{
    if (m_readOnly || !mime || !mime->hasFormat(nodeMimeType()))
        return {};
    const QJsonObject object = QJsonDocument::fromJson(mime->data(nodeMimeType())).object();
    const auto kind = Flow::kindFromName(object.value(QStringLiteral("kind")).toString());
    if (!kind)
        return {};
    FlowNode node;
    node.kind = *kind;
    node.function = object.value(QStringLiteral("function")).toString();
    node.id = m_doc->uniqueNodeId(node.function.isEmpty() ? Flow::kindName(*kind) : node.function);
    node.position = snapped(scenePos - QPointF(FlowNodeItem::Width / 2, FlowNodeItem::Height / 2));
    if (!m_doc->addNode(node)) {
        qCWarning(lcFlowPanels) << "the document refused a dropped node" << node.id;
        return {};
    }
    selectNode(node.id);
    return node.id;
}

void FlowScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    const QPointF pos = event->scenePos();
    FlowNodeItem *node = event->button() == Qt::LeftButton ? nodeAt(pos) : nullptr;
    if (node && !m_readOnly) {
        const FlowNodeItem::Port port = node->portAt(node->mapFromScene(pos));
        if (port == FlowNodeItem::Port::Output || port == FlowNodeItem::Port::Error ||
            port == FlowNodeItem::Port::Body) {
            m_connect = Connect{
                node->id(), FlowNodeItem::edgeKindOf(port), node->mapToScene(node->portPos(port)), {}, false};
            m_rubber = addPath(QPainterPath(), QPen(QColor(0x6b, 0x72, 0x80), 2, Qt::DashLine));
            m_rubber->setZValue(10);
            m_rubberText = addSimpleText(QString());
            m_rubberText->setBrush(QColor(0xb9, 0x1c, 0x1c));
            m_rubberText->setZValue(11);
            updateConnection(pos);
            event->accept();
            return;
        }
    }
    if (!node && event->button() == Qt::LeftButton) {
        // A click on an edge's label selects the edge (labels are drawn above the nodes).
        if (FlowEdgeItem *edge = edgeOfLabel(itemAt(pos, QTransform()))) {
            if (event->modifiers() & Qt::ControlModifier)
                edge->setSelected(!edge->isSelected());
            else
                selectEdge(edge->key());
            emit edgeClicked(edge->key());
            event->accept();
            return;
        }
    }
    QGraphicsScene::mousePressEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    if (node && !m_readOnly && node->isSelected()) {
        Drag drag;
        drag.anchor = node->id();
        drag.pressPos = pos;
        for (const QString &id : selectedNodeIds())
            if (const FlowNodeItem *item = m_nodes.value(id))
                drag.origin.insert(id, item->pos());
        m_drag = drag;
    }
    if (!node)
        for (QGraphicsItem *item : items(pos, Qt::IntersectsItemShape, Qt::DescendingOrder))
            if (item->type() == FlowEdgeItem::Type && !static_cast<FlowEdgeItem *>(item)->isGhost()) {
                emit edgeClicked(static_cast<FlowEdgeItem *>(item)->key());
                break;
            }
}

void FlowScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connect) {
        updateConnection(event->scenePos());
        event->accept();
        return;
    }
    if (m_drag && (event->buttons() & Qt::LeftButton)) {
        const QPointF delta = event->scenePos() - m_drag->pressPos;
        if (!m_drag->moved && std::abs(delta.x()) + std::abs(delta.y()) < DragThreshold)
            return;
        m_drag->moved = true;
        // The pressed node lands on the grid; the others keep their offsets to it.
        const QPointF anchor = m_drag->origin.value(m_drag->anchor);
        const QPointF step = snapped(anchor + delta) - anchor;
        for (auto it = m_drag->origin.cbegin(); it != m_drag->origin.cend(); ++it)
            if (FlowNodeItem *item = m_nodes.value(it.key()))
                item->setPos(it.value() + step);
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void FlowScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connect && event->button() == Qt::LeftButton) {
        finishConnection(event->scenePos());
        event->accept();
        return;
    }
    if (m_drag && event->button() == Qt::LeftButton) {
        const Drag drag = *std::exchange(m_drag, std::nullopt);
        QGraphicsScene::mouseReleaseEvent(event);
        if (!drag.moved)
            return;
        QHash<QString, QPointF> positions;
        for (auto it = drag.origin.cbegin(); it != drag.origin.cend(); ++it)
            if (const FlowNodeItem *item = m_nodes.value(it.key()))
                positions.insert(it.key(), item->pos());
        // One undo step for the whole drag; the document's nodeMoved signals confirm the
        // positions. The document merges consecutive moves of the same nodes (nudges with the
        // keys); a macro keeps two drags of one node two steps.
        bool changed = false;
        for (auto it = positions.cbegin(); it != positions.cend() && !changed; ++it)
            if (const FlowNode *node = m_doc->node(it.key()))
                changed = node->position != it.value();
        if (changed) {
            m_doc->undoStack()->beginMacro(positions.size() == 1
                                               ? tr("Move %1").arg(positions.cbegin().key())
                                               : tr("Move %n node(s)", nullptr, int(positions.size())));
            m_doc->moveNodes(positions);
            m_doc->undoStack()->endMacro();
        }
        if (!changed)
            for (auto it = drag.origin.cbegin(); it != drag.origin.cend(); ++it)
                if (FlowNodeItem *item = m_nodes.value(it.key()))
                    if (const FlowNode *node = m_doc->node(it.key()))
                        item->setPos(node->position);
        const QRectF content = contentRect();
        if (!sceneRect().contains(content))
            setSceneRect(
                sceneRect().united(content.adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin)));
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
}

void FlowScene::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_connect) {
        cancelConnection();
        event->accept();
        return;
    }
    QPointF step;
    switch (event->key()) {
    case Qt::Key_Left:
        step = {-Grid, 0};
        break;
    case Qt::Key_Right:
        step = {Grid, 0};
        break;
    case Qt::Key_Up:
        step = {0, -Grid};
        break;
    case Qt::Key_Down:
        step = {0, Grid};
        break;
    default:
        break;
    }
    const QStringList ids = selectedNodeIds();
    if (!step.isNull() && !ids.isEmpty() && !m_readOnly && !m_drag && !m_connect) {
        // Nudges: one grid step (five with Shift); consecutive nudges are one undo step.
        if (event->modifiers() & Qt::ShiftModifier)
            step *= 5;
        QHash<QString, QPointF> positions;
        for (const QString &id : ids)
            if (const FlowNode *node = m_doc->node(id))
                positions.insert(id, node->position + step);
        m_doc->moveNodes(positions);
        event->accept();
        return;
    }
    QGraphicsScene::keyPressEvent(event);
}

void FlowScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (FlowNodeItem *node = nodeAt(event->scenePos())) {
        emit nodeDoubleClicked(node->id());
        event->accept();
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void FlowScene::updateConnection(const QPointF &scenePos)
{
    if (!m_connect)
        return;
    FlowNodeItem *target = nodeAt(scenePos);
    QPointF end = scenePos;
    QColor color(0x6b, 0x72, 0x80);
    QString message;
    m_connect->target.clear();
    m_connect->allowed = false;
    if (target && target->id() != m_connect->from) {
        m_connect->target = target->id();
        const Status allowed = m_doc->canConnect(m_connect->from, target->id(), m_connect->kind);
        m_connect->allowed = bool(allowed);
        end = target->mapToScene(target->portPos(FlowNodeItem::Port::Input));
        if (allowed) {
            color = QColor(0x16, 0xa3, 0x4a);
        } else {
            color = QColor(0xdc, 0x26, 0x26);
            message = allowed.errorMessage();
        }
    }
    m_rubber->setPath(FlowEdgeItem::pathBetween(m_connect->start, end, m_connect->kind));
    m_rubber->setPen(QPen(color, 2.2, m_connect->allowed ? Qt::SolidLine : Qt::DashLine, Qt::RoundCap));
    m_rubberText->setText(message);
    m_rubberText->setPos(scenePos + QPointF(14, 10));
    if (message != m_connectionMessage) {
        m_connectionMessage = message;
        if (!message.isEmpty())
            emit connectionRefused(message);
    }
}

void FlowScene::finishConnection(const QPointF &scenePos)
{
    updateConnection(scenePos);
    const Connect connect = *m_connect;
    const QString message = m_connectionMessage;
    cancelConnection();
    if (connect.target.isEmpty())
        return;
    if (!connect.allowed) {
        m_connectionMessage = message;
        emit connectionRefused(message);
        return;
    }
    FlowEdge edge;
    edge.from = connect.from;
    edge.to = connect.target;
    edge.kind = connect.kind;
    if (m_doc->addEdge(edge)) {
        emit connectionMade(FlowEdgeKey::of(edge));
        selectEdge(FlowEdgeKey::of(edge));
    }
}

void FlowScene::cancelConnection()
{
    m_connect.reset();
    delete m_rubber;
    m_rubber = nullptr;
    delete m_rubberText;
    m_rubberText = nullptr;
    m_connectionMessage.clear();
}

void FlowScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    if (!m_readOnly && event->mimeData()->hasFormat(nodeMimeType())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    QGraphicsScene::dragEnterEvent(event);
}

void FlowScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    if (!m_readOnly && event->mimeData()->hasFormat(nodeMimeType())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    QGraphicsScene::dragMoveEvent(event);
}

void FlowScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    if (!m_readOnly && event->mimeData()->hasFormat(nodeMimeType())) {
        dropNode(event->mimeData(), event->scenePos());
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    QGraphicsScene::dropEvent(event);
}

} // namespace Stratus
