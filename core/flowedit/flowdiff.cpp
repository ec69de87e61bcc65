#include "flowdiff.h"

#include "flowoverlay.h"
#include "jsonpayload.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <algorithm>

namespace Stratus {

namespace {

QString none()
{
    return QCoreApplication::translate("Stratus::FlowDiff", "(none)");
}

QString showString(const QString &s)
{
    return s.isEmpty() ? none() : QString::fromUtf8(JsonPayload::toJson(QJsonValue(s)));
}

QString showJson(const QJsonValue &v)
{
    return v.isUndefined() ? none() : QString::fromUtf8(JsonPayload::toJson(v));
}

QString showNumber(double d)
{
    return QString::fromUtf8(JsonPayload::toJson(QJsonValue(d)));
}

class Changes
{
public:
    void string(const QString &property, const QString &a, const QString &b)
    {
        if (a != b)
            list << FlowPropertyChange{property, showString(a), showString(b)};
    }
    void number(const QString &property, double a, double b)
    {
        if (a != b)
            list << FlowPropertyChange{property, showNumber(a), showNumber(b)};
    }
    void flag(const QString &property, bool a, bool b)
    {
        if (a != b)
            list << FlowPropertyChange{property, a ? QStringLiteral("true") : QStringLiteral("false"),
                                       b ? QStringLiteral("true") : QStringLiteral("false")};
    }
    void extra(const QJsonObject &a, const QJsonObject &b)
    {
        QStringList keys = a.keys() + b.keys();
        keys.sort();
        keys.removeDuplicates();
        for (const QString &key : std::as_const(keys)) {
            if (a.value(key) != b.value(key))
                list << FlowPropertyChange{key, showJson(a.value(key)), showJson(b.value(key))};
        }
    }
    QList<FlowPropertyChange> list;
};

QList<FlowPropertyChange> nodeChanges(const FlowNode &a, const FlowNode &b)
{
    Changes c;
    c.string(QStringLiteral("kind"), Flow::kindName(a.kind), Flow::kindName(b.kind));
    c.string(QStringLiteral("label"), a.label, b.label);
    c.string(QStringLiteral("function"), a.function, b.function);
    c.string(QStringLiteral("expression"), a.expression, b.expression);
    c.number(QStringLiteral("concurrency"), a.concurrency, b.concurrency);
    c.number(QStringLiteral("timeoutMs"), a.timeoutMs, b.timeoutMs);
    c.number(QStringLiteral("retry.maxAttempts"), a.retry.maxAttempts, b.retry.maxAttempts);
    c.number(QStringLiteral("retry.backoffMs"), a.retry.backoffMs, b.retry.backoffMs);
    c.number(QStringLiteral("retry.backoffMultiplier"), a.retry.backoffMultiplier, b.retry.backoffMultiplier);
    c.number(QStringLiteral("retry.maxBackoffMs"), a.retry.maxBackoffMs, b.retry.maxBackoffMs);
    c.extra(a.extra, b.extra);
    return c.list;
}

// The order of the edges out of `from` that exist in both versions, per version.
QList<FlowEdgeKey> commonOrder(const Flow &flow, const QString &from, const QSet<FlowEdgeKey> &common)
{
    QList<FlowEdgeKey> keys;
    for (const FlowEdge &e : flow.edges) {
        const FlowEdgeKey key = FlowEdgeKey::of(e);
        if (e.from == from && e.kind == FlowEdgeKind::Next && common.contains(key))
            keys << key;
    }
    return keys;
}

// Pairs a node that disappeared with one that appeared when they are the same node under a
// new id: every property but the id equal, and no other candidate on either side (a position
// settles a tie). Returns old id → new id.
QHash<QString, QString> detectRenames(const Flow &before, const Flow &after)
{
    QList<const FlowNode *> gone, come;
    for (const FlowNode &n : before.nodes) {
        if (!after.node(n.id))
            gone << &n;
    }
    for (const FlowNode &n : after.nodes) {
        if (!before.node(n.id))
            come << &n;
    }
    const auto candidates = [](const FlowNode *node, const QList<const FlowNode *> &others) {
        QList<const FlowNode *> same, samePlace;
        for (const FlowNode *other : others) {
            if (nodeChanges(*node, *other).isEmpty()) {
                same << other;
                if (other->position == node->position)
                    samePlace << other;
            }
        }
        return same.size() == 1 ? same : samePlace;
    };
    QHash<QString, QString> renames;
    for (const FlowNode *old : std::as_const(gone)) {
        const QList<const FlowNode *> forward = candidates(old, come);
        if (forward.size() != 1)
            continue;
        const QList<const FlowNode *> backward = candidates(forward.first(), gone);
        if (backward.size() == 1 && backward.first() == old)
            renames.insert(old->id, forward.first()->id);
    }
    return renames;
}

// `flow` with its nodes renamed (ids, edge ends, start), so the comparison matches them.
Flow renamed(Flow flow, const QHash<QString, QString> &renames)
{
    if (renames.isEmpty())
        return flow;
    const auto map = [&renames](QString &id) { id = renames.value(id, id); };
    for (FlowNode &n : flow.nodes)
        map(n.id);
    for (FlowEdge &e : flow.edges) {
        map(e.from);
        map(e.to);
    }
    map(flow.start);
    return flow;
}

} // namespace

QString FlowPropertyChange::toString() const
{
    return QStringLiteral("%1: %2 → %3").arg(property, before, after);
}

FlowDiff FlowDiff::compare(const Flow &original, const Flow &after)
{
    FlowDiff diff;
    const QHash<QString, QString> renames = detectRenames(original, after);
    for (auto it = renames.begin(); it != renames.end(); ++it)
        diff.renamedNodes.insert(it.value(), it.key());
    const Flow before = renamed(original, renames);

    Changes flow;
    flow.string(QStringLiteral("name"), before.name, after.name);
    flow.string(QStringLiteral("description"), before.description, after.description);
    flow.string(QStringLiteral("start"), before.start, after.start);
    flow.number(QStringLiteral("defaultTimeoutMs"), before.defaultTimeoutMs, after.defaultTimeoutMs);
    flow.number(QStringLiteral("timeoutMs"), before.timeoutMs, after.timeoutMs);
    flow.number(QStringLiteral("ttlMs"), before.ttlMs, after.ttlMs);
    flow.extra(before.extra, after.extra);
    diff.flowChanges = flow.list;

    QList<FlowNode> oldNodes = before.nodes, newNodes = after.nodes;
    const auto byId = [](const FlowNode &a, const FlowNode &b) { return a.id < b.id; };
    std::stable_sort(oldNodes.begin(), oldNodes.end(), byId);
    std::stable_sort(newNodes.begin(), newNodes.end(), byId);
    for (const FlowNode &n : std::as_const(oldNodes)) {
        const FlowNode *now = after.node(n.id);
        if (!now) {
            diff.removedNodes << n;
            continue;
        }
        QList<FlowPropertyChange> changes = nodeChanges(n, *now);
        if (const auto was = diff.renamedNodes.constFind(n.id); was != diff.renamedNodes.cend())
            changes.prepend(FlowPropertyChange{QStringLiteral("id"), showString(*was), showString(n.id)});
        if (!changes.isEmpty())
            diff.changedNodes << NodeChange{n.id, changes};
        if (n.position != now->position)
            diff.movedNodes << n.id;
    }
    for (const FlowNode &n : std::as_const(newNodes)) {
        if (!before.node(n.id))
            diff.addedNodes << n;
    }

    QHash<FlowEdgeKey, const FlowEdge *> oldEdges, newEdges;
    for (const FlowEdge &e : before.edges)
        oldEdges.insert(FlowEdgeKey::of(e), &e);
    for (const FlowEdge &e : after.edges)
        newEdges.insert(FlowEdgeKey::of(e), &e);
    QSet<FlowEdgeKey> common;
    for (const FlowEdge &e : before.edges) {
        const FlowEdgeKey key = FlowEdgeKey::of(e);
        if (newEdges.contains(key))
            common.insert(key);
        else
            diff.removedEdges << e;
    }
    for (const FlowEdge &e : after.edges) {
        if (!oldEdges.contains(FlowEdgeKey::of(e)))
            diff.addedEdges << e;
    }
    QHash<QString, QPair<QList<FlowEdgeKey>, QList<FlowEdgeKey>>> orders;
    for (const FlowEdge &e : after.edges) {
        const FlowEdgeKey key = FlowEdgeKey::of(e);
        if (!common.contains(key))
            continue;
        const FlowEdge &old = *oldEdges.value(key);
        Changes c;
        c.string(QStringLiteral("condition"), old.condition, e.condition);
        c.flag(QStringLiteral("default"), old.isDefault, e.isDefault);
        c.string(QStringLiteral("label"), old.label, e.label);
        if (e.kind == FlowEdgeKind::Next) {
            if (!orders.contains(e.from))
                orders.insert(e.from, qMakePair(commonOrder(before, e.from, common),
                                                commonOrder(after, e.from, common)));
            const auto &[was, is] = orders[e.from];
            const qsizetype a = was.indexOf(key), b = is.indexOf(key);
            if (a != b)
                c.number(QStringLiteral("priority"), double(a + 1), double(b + 1));
        }
        c.extra(old.extra, e.extra);
        if (!c.list.isEmpty())
            diff.changedEdges << EdgeChange{key, c.list};
    }
    return diff;
}

bool FlowDiff::isEmpty() const
{
    return addedNodes.isEmpty() && removedNodes.isEmpty() && changedNodes.isEmpty() && addedEdges.isEmpty() &&
           removedEdges.isEmpty() && changedEdges.isEmpty() && flowChanges.isEmpty();
}

void FlowDiff::apply(FlowOverlay *overlay) const
{
    if (!overlay)
        return;
    overlay->clearDiff();
    using M = FlowOverlay::DiffMark;
    for (const FlowNode &n : addedNodes)
        overlay->setDiff(n.id, M::Added);
    for (const NodeChange &c : changedNodes)
        overlay->setDiff(c.id, M::Changed);
    for (const FlowEdge &e : addedEdges)
        overlay->setDiff(FlowEdgeKey::of(e), M::Added);
    for (const EdgeChange &c : changedEdges)
        overlay->setDiff(c.key, M::Changed);
    for (const FlowNode &n : removedNodes)
        overlay->setDiff(n.id, M::Removed);
    for (const FlowEdge &e : removedEdges)
        overlay->setDiff(FlowEdgeKey::of(e), M::Removed);
    overlay->setGhosts(removedNodes, removedEdges);
}

QStringList FlowDiff::lines() const
{
    QStringList out;
    const auto joined = [](const QList<FlowPropertyChange> &changes) {
        QStringList parts;
        for (const FlowPropertyChange &c : changes)
            parts << c.toString();
        return parts.join(QStringLiteral("; "));
    };
    if (!flowChanges.isEmpty())
        out << QStringLiteral("~ flow: %1").arg(joined(flowChanges));
    for (const FlowNode &n : removedNodes)
        out << QStringLiteral("- node %1").arg(n.id);
    for (const FlowNode &n : addedNodes)
        out << QStringLiteral("+ node %1").arg(n.id);
    for (const NodeChange &c : changedNodes)
        out << QStringLiteral("~ node %1: %2").arg(c.id, joined(c.changes));
    for (const FlowEdge &e : removedEdges)
        out << QStringLiteral("- edge %1").arg(FlowEdgeKey::of(e).toString());
    for (const FlowEdge &e : addedEdges)
        out << QStringLiteral("+ edge %1").arg(FlowEdgeKey::of(e).toString());
    for (const EdgeChange &c : changedEdges)
        out << QStringLiteral("~ edge %1: %2").arg(c.key.toString(), joined(c.changes));
    return out;
}

} // namespace Stratus
