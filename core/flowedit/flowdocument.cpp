#include "flowdocument.h"

#include "flowcommands.h"
#include "flowlayout.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUndoStack>

#include <algorithm>
#include <limits>

namespace Stratus {

Q_LOGGING_CATEGORY(lcFlowEdit, "stratus.core.flowedit", QtWarningMsg)

namespace {

const QRegularExpression &idPattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return re;
}

bool canFail(FlowNodeKind kind)
{
    // docs/flows.md, "Errors": functions fail, expressions fail (modify), maps fail with an element.
    return kind == FlowNodeKind::Function || kind == FlowNodeKind::Modify || kind == FlowNodeKind::Map;
}

bool samePropertiesBesidesPosition(FlowNode a, FlowNode b)
{
    a.position = b.position;
    return a == b;
}

} // namespace

QString FlowEdgeKey::toString() const
{
    const QString ends = QStringLiteral("%1 -> %2").arg(from, to);
    if (kind == FlowEdgeKind::Next)
        return ends;
    return QStringLiteral("(%1) %2").arg(Flow::edgeKindName(kind), ends);
}

size_t qHash(const FlowEdgeKey &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.from, key.to, int(key.kind));
}

FlowDocument::FlowDocument(QObject *parent) : QObject(parent), m_undo(new QUndoStack(this))
{
    qRegisterMetaType<Stratus::FlowEdgeKey>();
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
    revalidate();
}

FlowDocument::~FlowDocument() = default;

Status FlowDocument::load(const QString &filePath)
{
    auto flow = Flow::load(filePath);
    if (!flow)
        return flow.error();
    reset(*flow, filePath);
    return Ok{};
}

void FlowDocument::reset(const Flow &flow, const QString &filePath)
{
    const QString oldPath = m_flow.filePath;
    m_flow = flow;
    m_flow.filePath = filePath;
    m_undo->clear(); // also marks clean, emitting cleanChanged when it was not
    revalidate();
    emit flowReset();
    if (oldPath != filePath)
        emit filePathChanged(filePath);
}

Status FlowDocument::save(const QString &filePath)
{
    const QString path = filePath.isEmpty() ? m_flow.filePath : filePath;
    if (path.isEmpty())
        return makeError(tr("the flow %1 has no file yet: choose where to save it").arg(m_flow.name));
    if (Status saved = m_flow.save(path); !saved)
        return saved;
    if (path != m_flow.filePath) {
        m_flow.filePath = path;
        emit filePathChanged(path);
    }
    m_undo->setClean();
    return Ok{};
}

QString FlowDocument::filePath() const
{
    return m_flow.filePath;
}

bool FlowDocument::isModified() const
{
    return !m_undo->isClean();
}

const FlowEdge *FlowDocument::edge(const FlowEdgeKey &key) const
{
    const int i = edgeIndex(key);
    return i < 0 ? nullptr : &m_flow.edges.at(i);
}

void FlowDocument::setKnownFunctions(const std::optional<QSet<QString>> &names)
{
    if (names == m_knownFunctions)
        return;
    m_knownFunctions = names;
    revalidate();
}

QList<FlowProblem> FlowDocument::problemsOf(const QString &nodeId) const
{
    QList<FlowProblem> result;
    for (const FlowProblem &p : m_problems) {
        if (p.edgeIndex < 0 && p.nodeId == nodeId)
            result << p;
    }
    return result;
}

QList<FlowProblem> FlowDocument::problemsOf(const FlowEdgeKey &key) const
{
    QList<FlowProblem> result;
    const int index = edgeIndex(key);
    if (index < 0)
        return result;
    for (const FlowProblem &p : m_problems) {
        if (p.edgeIndex == index)
            result << p;
    }
    return result;
}

Status FlowDocument::canConnect(const QString &from, const QString &to, FlowEdgeKind kind) const
{
    const FlowNode *source = node(from);
    const FlowNode *target = node(to);
    if (!source)
        return makeError(tr("there is no node '%1'").arg(from));
    if (!target)
        return makeError(tr("there is no node '%1'").arg(to));
    if (from == to)
        return makeError(tr("a node cannot lead to itself ('%1'): a flow is acyclic").arg(from));
    if (source->kind == FlowNodeKind::End)
        return makeError(tr("'%1' is an end node: the run ends there, so nothing leaves it").arg(from));
    if (to == m_flow.start)
        return makeError(tr("'%1' is the start node: nothing leads into it").arg(to));
    if (kind == FlowEdgeKind::Body && source->kind != FlowNodeKind::Map)
        return makeError(
            tr("only map nodes have body edges ('%1' is a %2 node)").arg(from, Flow::kindName(source->kind)));
    if (kind == FlowEdgeKind::Error && !canFail(source->kind))
        return makeError(tr("a %1 node cannot fail, so it has no error edge (only function, modify and map "
                            "nodes do)")
                             .arg(Flow::kindName(source->kind)));
    if (edgeIndex({from, to, kind}) >= 0)
        return makeError(tr("there already is a %1 edge %2 -> %3").arg(Flow::edgeKindName(kind), from, to));
    const bool branches = source->kind == FlowNodeKind::Choice || source->kind == FlowNodeKind::Parallel;
    for (const FlowEdge &e : m_flow.edges) {
        if (e.from != from || e.kind != kind)
            continue;
        if (kind != FlowEdgeKind::Next)
            return makeError(tr("'%1' already has its %2 edge (to '%3'): delete that one first")
                                 .arg(from, Flow::edgeKindName(kind), e.to));
        if (!branches)
            return makeError(tr("'%1' already continues to '%2' and only parallel and choice nodes branch: "
                                "delete that edge first, or put a parallel or choice node after '%1'")
                                 .arg(from, e.to));
    }

    // A path to → ... → from would close a cycle: breadth-first, remembering the way back.
    QHash<QString, QString> cameFrom{{to, QString()}};
    QStringList todo{to};
    for (qsizetype i = 0; i < todo.size(); ++i) {
        const QString id = todo.at(i);
        if (id == from) {
            QStringList path{from};
            for (QString at = cameFrom.value(from); !at.isEmpty(); at = cameFrom.value(at))
                path.prepend(at);
            path.prepend(from);
            return makeError(tr("would make a cycle: %1").arg(path.join(QStringLiteral(" → "))));
        }
        for (const FlowEdge &e : m_flow.edges) {
            if (e.from == id && !cameFrom.contains(e.to)) {
                cameFrom.insert(e.to, id);
                todo << e.to;
            }
        }
    }
    return Ok{};
}

QString FlowDocument::uniqueNodeId(const QString &base) const
{
    QString stem;
    for (const QChar c : base.trimmed()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            stem += c;
        else if (c == u'-' || c == u'_')
            stem += c;
        else if (!stem.endsWith(u'-'))
            stem += u'-';
    }
    while (stem.endsWith(u'-') && stem.size() > 1)
        stem.chop(1);
    if (stem.isEmpty() || stem == QLatin1String("-"))
        stem = QStringLiteral("node");
    stem.truncate(56); // room for "-NNNNNNN"
    if (!node(stem))
        return stem;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1-%2").arg(stem).arg(n);
        if (!node(candidate))
            return candidate;
    }
}

Status FlowDocument::checkNodeId(const QString &id, const QString &current) const
{
    if (!idPattern().match(id).hasMatch())
        return makeError(
            tr("'%1' is not a valid node id (letters, digits, '-' and '_', 1 to 64 characters)").arg(id));
    if (id != current && node(id))
        return makeError(tr("there already is a node '%1'").arg(id));
    return Ok{};
}

bool FlowDocument::addNode(const FlowNode &node)
{
    if (!checkNodeId(node.id)) {
        qCInfo(lcFlowEdit) << "addNode: refused id" << node.id;
        return false;
    }
    m_undo->push(new FlowItemsCommand(this, tr("Add %1").arg(node.id), true, {node}, {}));
    return true;
}

bool FlowDocument::removeItems(const QStringList &nodeIds, const QList<FlowEdgeKey> &edges)
{
    QList<FlowNode> nodes;
    QSet<QString> ids;
    for (const QString &id : nodeIds) {
        if (const FlowNode *n = node(id); n && !ids.contains(id)) {
            nodes << *n;
            ids.insert(id);
        }
    }
    const QSet<FlowEdgeKey> keys(edges.begin(), edges.end());
    QList<FlowItemsCommand::PlacedEdge> placed;
    for (int i = 0; i < m_flow.edges.size(); ++i) {
        const FlowEdge &e = m_flow.edges.at(i);
        if (ids.contains(e.from) || ids.contains(e.to) || keys.contains(FlowEdgeKey::of(e)))
            placed << FlowItemsCommand::PlacedEdge{i, e};
    }
    if (nodes.isEmpty() && placed.isEmpty())
        return false;
    const QString text =
        nodes.size() + placed.size() == 1
            ? tr("Delete %1").arg(nodes.isEmpty() ? FlowEdgeKey::of(placed[0].edge).toString() : nodes[0].id)
            : tr("Delete %n item(s)", nullptr, int(nodes.size() + placed.size()));
    m_undo->push(new FlowItemsCommand(this, text, false, nodes, placed));
    return true;
}

bool FlowDocument::moveNodes(const QHash<QString, QPointF> &positions)
{
    QHash<QString, QPointF> before, after;
    for (auto it = positions.begin(); it != positions.end(); ++it) {
        const FlowNode *n = node(it.key());
        if (!n || n->position == it.value())
            continue;
        before.insert(it.key(), n->position);
        after.insert(it.key(), it.value());
    }
    if (after.isEmpty())
        return false;
    const QString text = after.size() == 1 ? tr("Move %1").arg(after.begin().key())
                                           : tr("Move %n node(s)", nullptr, int(after.size()));
    m_undo->push(new FlowMoveCommand(this, text, before, after, true));
    return true;
}

bool FlowDocument::setNode(const QString &id, const FlowNode &node)
{
    const FlowNode *old = this->node(id);
    if (!old || *old == node)
        return false;
    if (node.id != id && !checkNodeId(node.id, id)) {
        qCInfo(lcFlowEdit) << "setNode: refused id" << node.id;
        return false;
    }
    QString text;
    if (node.id != id)
        text = tr("Rename %1 to %2").arg(id, node.id);
    else if (samePropertiesBesidesPosition(*old, node))
        text = tr("Move %1").arg(id);
    else
        text = tr("Change %1").arg(id);
    m_undo->push(new FlowSetNodeCommand(this, text, *old, node));
    return true;
}

bool FlowDocument::addEdge(const FlowEdge &edge)
{
    if (const Status ok = canConnect(edge.from, edge.to, edge.kind); !ok) {
        qCInfo(lcFlowEdit) << "addEdge refused:" << ok.errorMessage();
        return false;
    }
    const int index = int(m_flow.edges.size());
    m_undo->push(new FlowItemsCommand(this, tr("Connect %1").arg(FlowEdgeKey::of(edge).toString()), true, {},
                                      {{index, edge}}));
    return true;
}

bool FlowDocument::setEdge(const FlowEdgeKey &key, const FlowEdge &edge)
{
    const FlowEdge *old = this->edge(key);
    if (!old || *old == edge)
        return false;
    // The ends stay: a different source or target is a new edge (delete and connect).
    if (edge.from != key.from || edge.to != key.to)
        return false;
    if (edge.kind != key.kind && edgeIndex(FlowEdgeKey::of(edge)) >= 0)
        return false;
    m_undo->push(new FlowSetEdgeCommand(this, tr("Change %1").arg(key.toString()), *old, edge));
    return true;
}

bool FlowDocument::moveEdgePriority(const FlowEdgeKey &key, int delta)
{
    const int index = edgeIndex(key);
    if (index < 0 || delta == 0)
        return false;
    // The edges out of the same node, in file order: their order is the priority.
    QList<int> siblings;
    for (int i = 0; i < m_flow.edges.size(); ++i) {
        if (m_flow.edges.at(i).from == key.from && m_flow.edges.at(i).kind == FlowEdgeKind::Next)
            siblings << i;
    }
    const qsizetype at = siblings.indexOf(index);
    if (at < 0)
        return false;
    const qsizetype target = std::clamp<qsizetype>(at + delta, 0, siblings.size() - 1);
    if (target == at)
        return false;
    m_undo->push(new FlowEdgeOrderCommand(
        this, delta < 0 ? tr("Raise %1").arg(key.toString()) : tr("Lower %1").arg(key.toString()), index,
        siblings.at(target)));
    return true;
}

bool FlowDocument::setStart(const QString &nodeId)
{
    if (nodeId == m_flow.start || !node(nodeId))
        return false;
    Flow after = m_flow;
    after.start = nodeId;
    m_undo->push(new FlowPropertiesCommand(this, tr("Start at %1").arg(nodeId), m_flow, after));
    return true;
}

bool FlowDocument::setFlowProperties(const QString &name, const QString &description, int defaultTimeoutMs,
                                     int timeoutMs, int ttlMs)
{
    Flow after = m_flow;
    after.name = name;
    after.description = description;
    after.defaultTimeoutMs = defaultTimeoutMs;
    after.timeoutMs = timeoutMs;
    after.ttlMs = ttlMs;
    if (after.name == m_flow.name && after.description == m_flow.description &&
        after.defaultTimeoutMs == m_flow.defaultTimeoutMs && after.timeoutMs == m_flow.timeoutMs &&
        after.ttlMs == m_flow.ttlMs)
        return false;
    m_undo->push(new FlowPropertiesCommand(this, tr("Change the flow's properties"), m_flow, after));
    return true;
}

bool FlowDocument::autoLayout()
{
    const QHash<QString, QPointF> laid = FlowLayout::layered(m_flow);
    QHash<QString, QPointF> before, after;
    for (const FlowNode &n : std::as_const(m_flow.nodes)) {
        const QPointF p = laid.value(n.id, n.position);
        if (p != n.position) {
            before.insert(n.id, n.position);
            after.insert(n.id, p);
        }
    }
    if (after.isEmpty())
        return false;
    m_undo->push(new FlowMoveCommand(this, tr("Automatic layout"), before, after, false));
    return true;
}

bool FlowDocument::autoLayoutIfUnplaced()
{
    if (m_flow.nodes.size() < 2)
        return false;
    const QPointF first = m_flow.nodes.first().position;
    for (const FlowNode &n : std::as_const(m_flow.nodes)) {
        if (n.position != first)
            return false;
    }
    return autoLayout();
}

QByteArray FlowDocument::copy(const QStringList &nodeIds) const
{
    Flow fragment;
    fragment.name.clear();
    const QSet<QString> ids(nodeIds.begin(), nodeIds.end());
    for (const FlowNode &n : m_flow.nodes) {
        if (ids.contains(n.id))
            fragment.nodes << n;
    }
    for (const FlowEdge &e : m_flow.edges) {
        if (ids.contains(e.from) && ids.contains(e.to))
            fragment.edges << e;
    }
    if (fragment.nodes.isEmpty())
        return {};
    // The fragment's own first node: a fragment pasted alone is still a loadable flow file.
    fragment.start = ids.contains(m_flow.start) ? m_flow.start : fragment.nodes.constFirst().id;
    return fragment.toCanonicalJson();
}

Result<QStringList> FlowDocument::paste(const QByteArray &text, const QPointF &at)
{
    const QString source = tr("the clipboard");
    auto parsed = Flow::parse(text, source);
    if (!parsed)
        return makeError(tr("the clipboard does not hold flow nodes:\n%1").arg(parsed.errorMessage()));
    const Flow &fragment = *parsed;
    if (fragment.nodes.isEmpty())
        return makeError(tr("the clipboard holds a flow without nodes: nothing to paste"));

    double left = std::numeric_limits<double>::max(), top = std::numeric_limits<double>::max();
    for (const FlowNode &n : fragment.nodes) {
        left = std::min(left, n.position.x());
        top = std::min(top, n.position.y());
    }
    const QPointF offset = at - QPointF(left, top);

    // Ids unique in the document and among the pasted nodes themselves.
    QHash<QString, QString> newIds;
    QSet<QString> taken;
    QList<FlowNode> nodes;
    QStringList result;
    for (FlowNode n : fragment.nodes) {
        if (newIds.contains(n.id))
            return makeError(tr("the clipboard has two nodes '%1': nothing pasted").arg(n.id));
        QString id = uniqueNodeId(n.id);
        for (int k = 2; taken.contains(id); ++k)
            id = uniqueNodeId(QStringLiteral("%1-%2").arg(n.id).arg(k));
        taken.insert(id);
        newIds.insert(n.id, id);
        n.id = id;
        n.position += offset;
        nodes << n;
        result << id;
    }
    QList<FlowItemsCommand::PlacedEdge> edges;
    int index = int(m_flow.edges.size());
    for (FlowEdge e : fragment.edges) {
        if (!newIds.contains(e.from) || !newIds.contains(e.to))
            continue; // an edge to a node that is not in the fragment has nothing to attach to
        e.from = newIds.value(e.from);
        e.to = newIds.value(e.to);
        edges << FlowItemsCommand::PlacedEdge{index++, e};
    }
    m_undo->push(
        new FlowItemsCommand(this, tr("Paste %n node(s)", nullptr, int(nodes.size())), true, nodes, edges));
    return result;
}

Result<QStringList> FlowDocument::duplicate(const QStringList &nodeIds, const QPointF &offset)
{
    const QByteArray fragment = copy(nodeIds);
    if (fragment.isEmpty())
        return makeError(tr("select the nodes to duplicate"));
    double left = std::numeric_limits<double>::max(), top = std::numeric_limits<double>::max();
    for (const QString &id : nodeIds) {
        if (const FlowNode *n = node(id)) {
            left = std::min(left, n->position.x());
            top = std::min(top, n->position.y());
        }
    }
    return paste(fragment, QPointF(left, top) + offset);
}

// --- raw changes

void FlowDocument::insertNodeRaw(const FlowNode &node)
{
    m_flow.nodes << node;
    emit nodeAdded(node.id);
    revalidate();
}

void FlowDocument::eraseNodeRaw(const QString &id)
{
    const int i = nodeIndex(id);
    if (i < 0)
        return;
    m_flow.nodes.removeAt(i);
    emit nodeRemoved(id);
    revalidate();
}

void FlowDocument::replaceNodeRaw(const QString &id, const FlowNode &node)
{
    const int i = nodeIndex(id);
    if (i < 0 || node.id != id)
        return;
    const FlowNode old = m_flow.nodes.at(i);
    m_flow.nodes[i] = node;
    if (!samePropertiesBesidesPosition(old, node))
        emit nodeChanged(id);
    if (old.position != node.position)
        emit nodeMoved(id, node.position);
    revalidate();
}

void FlowDocument::renameNodeRaw(const QString &oldId, const QString &newId)
{
    const int i = nodeIndex(oldId);
    if (i < 0 || oldId == newId)
        return;
    m_flow.nodes[i].id = newId;
    QList<QPair<FlowEdgeKey, FlowEdgeKey>> renamed;
    for (FlowEdge &e : m_flow.edges) {
        if (e.from != oldId && e.to != oldId)
            continue;
        const FlowEdgeKey before = FlowEdgeKey::of(e);
        if (e.from == oldId)
            e.from = newId;
        if (e.to == oldId)
            e.to = newId;
        renamed << qMakePair(before, FlowEdgeKey::of(e));
    }
    const bool startFollows = m_flow.start == oldId;
    if (startFollows)
        m_flow.start = newId;
    emit nodeRenamed(oldId, newId);
    for (const auto &[before, after] : std::as_const(renamed)) {
        emit edgeRemoved(before);
        emit edgeAdded(after);
    }
    if (startFollows)
        emit startChanged(newId);
    revalidate();
}

void FlowDocument::insertEdgeRaw(int index, const FlowEdge &edge)
{
    m_flow.edges.insert(std::clamp<qsizetype>(index, 0, m_flow.edges.size()), edge);
    emit edgeAdded(FlowEdgeKey::of(edge));
    revalidate();
}

void FlowDocument::eraseEdgeRaw(const FlowEdgeKey &key)
{
    const int i = edgeIndex(key);
    if (i < 0)
        return;
    m_flow.edges.removeAt(i);
    emit edgeRemoved(key);
    revalidate();
}

void FlowDocument::replaceEdgeRaw(const FlowEdgeKey &key, const FlowEdge &edge)
{
    const int i = edgeIndex(key);
    if (i < 0)
        return;
    m_flow.edges[i] = edge;
    const FlowEdgeKey now = FlowEdgeKey::of(edge);
    if (now == key) {
        emit edgeChanged(key);
    } else {
        emit edgeRemoved(key);
        emit edgeAdded(now);
    }
    revalidate();
}

void FlowDocument::moveEdgeRaw(int fromIndex, int toIndex)
{
    if (fromIndex < 0 || fromIndex >= m_flow.edges.size() || toIndex < 0 || toIndex >= m_flow.edges.size())
        return;
    const QString from = m_flow.edges.at(fromIndex).from;
    m_flow.edges.move(fromIndex, toIndex);
    for (const FlowEdge &e : std::as_const(m_flow.edges)) {
        if (e.from == from)
            emit edgeChanged(FlowEdgeKey::of(e));
    }
    revalidate();
}

void FlowDocument::setPositionRaw(const QString &id, QPointF position)
{
    const int i = nodeIndex(id);
    if (i < 0 || m_flow.nodes.at(i).position == position)
        return;
    m_flow.nodes[i].position = position;
    emit nodeMoved(id, position);
    // Positions are not the validator's business: no revalidation.
}

void FlowDocument::setFlowRaw(const Flow &flow)
{
    const bool startChanges = flow.start != m_flow.start;
    const bool propertiesChange = flow.name != m_flow.name || flow.description != m_flow.description ||
                                  flow.defaultTimeoutMs != m_flow.defaultTimeoutMs ||
                                  flow.timeoutMs != m_flow.timeoutMs || flow.ttlMs != m_flow.ttlMs ||
                                  flow.extra != m_flow.extra;
    m_flow.name = flow.name;
    m_flow.description = flow.description;
    m_flow.start = flow.start;
    m_flow.defaultTimeoutMs = flow.defaultTimeoutMs;
    m_flow.timeoutMs = flow.timeoutMs;
    m_flow.ttlMs = flow.ttlMs;
    m_flow.extra = flow.extra;
    if (startChanges)
        emit startChanged(m_flow.start);
    if (propertiesChange)
        emit flowPropertiesChanged();
    revalidate();
}

int FlowDocument::edgeIndex(const FlowEdgeKey &key) const
{
    for (int i = 0; i < m_flow.edges.size(); ++i) {
        const FlowEdge &e = m_flow.edges.at(i);
        if (e.kind == key.kind && e.from == key.from && e.to == key.to)
            return i;
    }
    return -1;
}

int FlowDocument::nodeIndex(const QString &id) const
{
    for (int i = 0; i < m_flow.nodes.size(); ++i) {
        if (m_flow.nodes.at(i).id == id)
            return i;
    }
    return -1;
}

void FlowDocument::revalidate()
{
    if (m_batchDepth > 0) {
        m_revalidatePending = true;
        return;
    }
    m_revalidatePending = false;
    m_problems = FlowValidator::validate(m_flow, m_knownFunctions);
    emit problemsChanged();
}

void FlowDocument::beginBatch()
{
    ++m_batchDepth;
}

void FlowDocument::endBatch()
{
    if (--m_batchDepth == 0 && m_revalidatePending)
        revalidate();
}

} // namespace Stratus
