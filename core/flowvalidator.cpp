#include "flowvalidator.h"

#include "flowexpression.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace Stratus {

namespace {

constexpr int MaxTimeoutMs = 24 * 3600 * 1000;
constexpr int MaxTtlMs = 7 * 24 * 3600 * 1000;
constexpr int MaxRetryAttempts = 100;
constexpr int MaxBackoffMs = 3600 * 1000;
constexpr int MaxConcurrency = 1024;

const QRegularExpression &idPattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return re;
}

QString quoted(const QStringList &ids)
{
    QStringList q;
    for (const QString &id : ids)
        q << QLatin1Char('\'') + id + QLatin1Char('\'');
    return q.join(QStringLiteral(", "));
}

class Checker
{
    // The problems are FlowValidator's: one context for translators.
    Q_DECLARE_TR_FUNCTIONS(Stratus::FlowValidator)

public:
    Checker(const Flow &flow, const std::optional<QSet<QString>> &knownFunctions)
        : m_flow(flow), m_knownFunctions(knownFunctions)
    {
    }

    QList<FlowProblem> run()
    {
        checkFlowSettings();
        checkNodes();
        checkStart();
        checkEdges();
        checkStructure();
        const bool acyclic = checkCycles();
        checkReachable();
        if (acyclic && m_startKnown)
            checkRegions();
        return m_problems;
    }

private:
    void add(FlowProblem::Severity severity, const QString &nodeId, int edgeIndex, const QString &message)
    {
        m_problems << FlowProblem{severity, nodeId, edgeIndex, message};
    }
    void flowError(const QString &message) { add(FlowProblem::Severity::Error, {}, -1, message); }
    void nodeError(const QString &id, const QString &message)
    {
        add(FlowProblem::Severity::Error, id, -1, message);
    }
    void nodeWarning(const QString &id, const QString &message)
    {
        add(FlowProblem::Severity::Warning, id, -1, message);
    }
    void edgeError(int index, const QString &message)
    {
        add(FlowProblem::Severity::Error, m_flow.edges.at(index).from, index, message);
    }
    void edgeWarning(int index, const QString &message)
    {
        add(FlowProblem::Severity::Warning, m_flow.edges.at(index).from, index, message);
    }

    void checkRange(const QString &nodeId, const QString &field, qint64 value, qint64 min, qint64 max)
    {
        if (value >= min && value <= max)
            return;
        const QString message =
            //: %1: a setting ("timeoutMs", "retry.maxAttempts"); %2: its value; %3 and %4: the limits
            tr("%1 is %2; it must be from %3 to %4").arg(field).arg(value).arg(min).arg(max);
        if (nodeId.isEmpty())
            flowError(message);
        else
            nodeError(nodeId, message);
    }

    void checkFlowSettings()
    {
        checkRange({}, QStringLiteral("defaultTimeoutMs"), m_flow.defaultTimeoutMs, 1, MaxTimeoutMs);
        checkRange({}, QStringLiteral("timeoutMs"), m_flow.timeoutMs, 1, MaxTimeoutMs);
        checkRange({}, QStringLiteral("ttlMs"), m_flow.ttlMs, 1000, MaxTtlMs);
    }

    void checkExpression(const QString &nodeId, int edgeIndex, const QString &field, const QString &source)
    {
        const auto parsed = FlowExpression::parse(source, FlowValidator::expressionVariables());
        if (parsed)
            return;
        const QString message = QStringLiteral("%1: %2").arg(field, parsed.errorMessage());
        if (edgeIndex >= 0)
            edgeError(edgeIndex, message);
        else
            nodeError(nodeId, message);
    }

    void checkNodes()
    {
        QHash<QString, int> counts;
        for (const FlowNode &node : m_flow.nodes)
            ++counts[node.id];
        QSet<QString> reported;
        for (const FlowNode &node : m_flow.nodes) {
            if (!idPattern().match(node.id).hasMatch())
                nodeError(node.id, tr("'%1' is not a valid node id (letters, digits, '-' and '_', 1 "
                                      "to 64 characters)")
                                       .arg(node.id));
            if (counts.value(node.id) > 1 && !reported.contains(node.id)) {
                reported.insert(node.id);
                nodeError(node.id, tr("%1 nodes have the id '%2'; node ids must be unique: rename "
                                      "all but one")
                                       .arg(counts.value(node.id))
                                       .arg(node.id));
            }
            checkNode(node);
        }
    }

    void checkNode(const FlowNode &node)
    {
        const QString kind = Flow::kindName(node.kind);
        const bool canRetry = node.kind == FlowNodeKind::Function || node.kind == FlowNodeKind::Map;
        switch (node.kind) {
        case FlowNodeKind::Function:
            if (node.function.isEmpty())
                nodeError(node.id, tr("a function node needs a function: set \"function\" to the "
                                      "name of one"));
            else if (m_knownFunctions && !m_knownFunctions->contains(node.function))
                nodeError(node.id, tr("no function '%1' is known (check the name against the "
                                      "project's functions)")
                                       .arg(node.function));
            break;
        case FlowNodeKind::Modify:
            if (node.expression.isEmpty())
                nodeError(node.id, tr("a modify node needs an expression giving its output (e.g. "
                                      "\"{n: input.n}\")"));
            break;
        case FlowNodeKind::Map:
            checkRange(node.id, QStringLiteral("concurrency"), node.concurrency, 1, MaxConcurrency);
            break;
        default:
            break;
        }
        if (!node.function.isEmpty() && node.kind != FlowNodeKind::Function)
            //: %1: a node kind, a keyword of flow files (choice, modify, ...): not translated
            nodeWarning(node.id, tr("\"function\" is ignored on a %1 node").arg(kind));
        const bool usesExpression = node.kind == FlowNodeKind::Modify || node.kind == FlowNodeKind::End ||
                                    node.kind == FlowNodeKind::Map;
        if (!node.expression.isEmpty()) {
            if (usesExpression)
                checkExpression(node.id, -1, QStringLiteral("expression"), node.expression);
            else
                nodeWarning(node.id, tr("\"expression\" is ignored on a %1 node").arg(kind));
        }
        if (canRetry) {
            checkRange(node.id, QStringLiteral("timeoutMs"), node.timeoutMs, 0, MaxTimeoutMs);
            checkRange(node.id, QStringLiteral("retry.maxAttempts"), node.retry.maxAttempts, 1,
                       MaxRetryAttempts);
            checkRange(node.id, QStringLiteral("retry.backoffMs"), node.retry.backoffMs, 0, MaxBackoffMs);
            checkRange(node.id, QStringLiteral("retry.maxBackoffMs"), node.retry.maxBackoffMs, 0,
                       MaxBackoffMs);
            if (!(node.retry.backoffMultiplier >= 1.0 && node.retry.backoffMultiplier <= 10.0))
                nodeError(node.id, tr("retry.backoffMultiplier is %1; it must be from 1 to 10")
                                       .arg(node.retry.backoffMultiplier));
        } else {
            if (node.timeoutMs != 0)
                nodeWarning(node.id, tr("\"timeoutMs\" is ignored on a %1 node").arg(kind));
            if (node.retry != FlowRetry{})
                nodeWarning(node.id, tr("\"retry\" is ignored on a %1 node (only function and map "
                                        "nodes are retried)")
                                         .arg(kind));
        }
    }

    void checkStart()
    {
        if (m_flow.start.isEmpty())
            flowError(tr("the flow has no start node: set \"start\" to the id of its first node"));
        else if (!m_flow.node(m_flow.start))
            flowError(tr("start: there is no node '%1' (set \"start\" to the id of the first node)")
                          .arg(m_flow.start));
        else
            m_startKnown = true;
    }

    void checkEdges()
    {
        m_valid.fill(false, m_flow.edges.size());
        for (int i = 0; i < m_flow.edges.size(); ++i) {
            const FlowEdge &e = m_flow.edges.at(i);
            const FlowNode *from = m_flow.node(e.from);
            const FlowNode *to = m_flow.node(e.to);
            if (!from)
                edgeError(i, tr("there is no node '%1' (the edge's \"from\")").arg(e.from));
            if (!to)
                edgeError(i, tr("there is no node '%1' (the edge's \"to\")").arg(e.to));
            bool duplicate = false;
            for (int j = 0; j < i && !duplicate; ++j) {
                const FlowEdge &o = m_flow.edges.at(j);
                duplicate = o.from == e.from && o.to == e.to && o.kind == e.kind;
            }
            if (duplicate)
                edgeError(i,
                          tr("the flow has this %1 edge twice: remove one").arg(Flow::edgeKindName(e.kind)));
            if (!from || !to || duplicate)
                continue;
            m_valid[i] = true;

            const bool choiceBranch = from->kind == FlowNodeKind::Choice && e.kind == FlowEdgeKind::Next;
            if (!choiceBranch) {
                if (!e.condition.isEmpty())
                    edgeError(i, tr("only the next edges leaving a choice node have conditions: "
                                    "remove this condition"));
                if (e.isDefault)
                    edgeError(i, tr("only a next edge leaving a choice node can be its default"));
            } else if (e.isDefault && !e.condition.isEmpty()) {
                edgeError(i, tr("the default edge of a choice has no condition (it is taken when "
                                "no other is true): remove the condition or \"default\""));
            } else if (!e.isDefault && e.condition.isEmpty()) {
                edgeError(i, tr("a choice's branch needs a condition (or \"default\": true)"));
            } else if (!e.condition.isEmpty()) {
                checkExpression({}, i, QStringLiteral("condition"), e.condition);
            }
            if (e.kind == FlowEdgeKind::Body && from->kind != FlowNodeKind::Map)
                edgeError(i, tr("only map nodes have body edges (this one leaves a %1 node)")
                                 .arg(Flow::kindName(from->kind)));
        }
    }

    QList<int> validEdges(const QString &id, bool outgoing) const
    {
        QList<int> result;
        for (int i = 0; i < m_flow.edges.size(); ++i) {
            if (m_valid[i] && (outgoing ? m_flow.edges[i].from : m_flow.edges[i].to) == id)
                result << i;
        }
        return result;
    }

    void checkStructure()
    {
        QSet<QString> seen;
        for (const FlowNode &node : m_flow.nodes) {
            if (seen.contains(node.id))
                continue;
            seen.insert(node.id);
            QList<int> next;
            QList<int> errors;
            QList<int> bodies;
            QStringList nextTargets;
            for (int i : validEdges(node.id, true)) {
                const FlowEdge &e = m_flow.edges[i];
                if (e.kind == FlowEdgeKind::Next) {
                    next << i;
                    nextTargets << e.to;
                } else if (e.kind == FlowEdgeKind::Error) {
                    errors << i;
                } else {
                    bodies << i;
                }
            }
            const QString kind = Flow::kindName(node.kind);
            const bool branches = node.kind == FlowNodeKind::Choice || node.kind == FlowNodeKind::Parallel;
            if (!branches && next.size() > 1)
                nodeError(node.id, tr("%1 outgoing next edges (to %2); only parallel and choice nodes "
                                      "branch: keep one, or put a parallel or choice node after "
                                      "this one")
                                       .arg(next.size())
                                       .arg(quoted(nextTargets)));
            if (node.kind == FlowNodeKind::Choice) {
                QList<int> defaults;
                for (int i : std::as_const(next)) {
                    if (m_flow.edges[i].isDefault)
                        defaults << i;
                }
                if (defaults.isEmpty())
                    nodeError(node.id, tr("a choice needs a default edge, taken when no condition is "
                                          "true: mark one outgoing edge \"default\": true"));
                for (qsizetype k = 1; k < defaults.size(); ++k)
                    edgeError(defaults[k], tr("the choice already has a default edge (to '%1'); a "
                                              "choice has exactly one")
                                               .arg(m_flow.edges[defaults[0]].to));
            }
            if (node.kind == FlowNodeKind::Parallel && next.size() < 2)
                nodeWarning(node.id,
                            next.size() == 1
                                ? tr("a parallel node with 1 outgoing next edge runs nothing in parallel")
                                : tr("a parallel node with %1 outgoing next edges runs nothing in parallel")
                                      .arg(next.size()));
            if (node.kind == FlowNodeKind::Join) {
                const qsizetype in = validEdges(node.id, false).size();
                if (in < 2)
                    nodeError(node.id, tr("a join needs at least two incoming edges (it has %1)").arg(in));
            }
            if (node.kind == FlowNodeKind::End) {
                const QList<int> out = validEdges(node.id, true);
                QStringList targets;
                for (int i : out)
                    targets << m_flow.edges[i].to;
                if (!out.isEmpty())
                    nodeError(node.id,
                              (out.size() == 1 ? tr("an end node ends the run, so it has no outgoing "
                                                    "edges: remove the edge to %1")
                                               : tr("an end node ends the run, so it has no outgoing "
                                                    "edges: remove the edges to %1"))
                                  .arg(quoted(targets)));
            }
            for (qsizetype k = 1; k < errors.size(); ++k)
                edgeError(errors[k], tr("'%1' already has an error edge (to '%2'); a node has at most "
                                        "one")
                                         .arg(node.id, m_flow.edges[errors[0]].to));
            if (!errors.isEmpty() && (branches || node.kind == FlowNodeKind::Join))
                edgeWarning(
                    errors[0],
                    //: %1: a node kind, a keyword of flow files (choice, parallel, join): not translated
                    tr("a %1 node cannot fail, so this error edge is never taken").arg(kind));
            if (node.kind == FlowNodeKind::Map && bodies.size() != 1)
                nodeError(node.id,
                          bodies.isEmpty()
                              ? tr("a map node needs a body edge to the first node of the "
                                   "sub-path it runs for each element")
                              : tr("a map node has exactly one body edge (it has %1)").arg(bodies.size()));
        }
    }

    // Depth-first; each back edge closes one cycle, reported with its nodes in order.
    bool checkCycles()
    {
        enum Colour { White, Grey, Black };
        QHash<QString, Colour> colour;
        QStringList stack;
        QSet<QString> reported;
        bool acyclic = true;
        std::function<void(const QString &)> visit = [&](const QString &id) {
            colour[id] = Grey;
            stack << id;
            for (int i : validEdges(id, true)) {
                const QString &to = m_flow.edges[i].to;
                const Colour c = colour.value(to, White);
                if (c == White) {
                    visit(to);
                } else if (c == Grey) {
                    acyclic = false;
                    QStringList cycle = stack.mid(stack.lastIndexOf(to));
                    QStringList sorted = cycle;
                    std::sort(sorted.begin(), sorted.end());
                    const QString key = sorted.join(QLatin1Char(' '));
                    if (reported.contains(key))
                        continue;
                    reported.insert(key);
                    cycle << to;
                    nodeError(to, tr("cycle: %1; a flow is acyclic: remove one of these edges")
                                      .arg(cycle.join(QStringLiteral(" -> "))));
                }
            }
            stack.removeLast();
            colour[id] = Black;
        };
        if (m_startKnown)
            visit(m_flow.start);
        for (const FlowNode &node : m_flow.nodes) {
            if (colour.value(node.id, White) == White)
                visit(node.id);
        }
        return acyclic;
    }

    QSet<QString> reachable(const QString &from, bool followBody) const
    {
        QSet<QString> seen{from};
        QStringList todo{from};
        while (!todo.isEmpty()) {
            const QString id = todo.takeLast();
            for (int i : validEdges(id, true)) {
                const FlowEdge &e = m_flow.edges[i];
                if ((followBody || e.kind != FlowEdgeKind::Body) && !seen.contains(e.to)) {
                    seen.insert(e.to);
                    todo << e.to;
                }
            }
        }
        return seen;
    }

    void checkReachable()
    {
        if (!m_startKnown)
            return;
        const QSet<QString> seen = reachable(m_flow.start, true);
        QSet<QString> reported;
        for (const FlowNode &node : m_flow.nodes) {
            if (!seen.contains(node.id) && !reported.contains(node.id)) {
                reported.insert(node.id);
                nodeError(
                    node.id,
                    tr("not reachable from the start node '%1': connect it or delete it").arg(m_flow.start));
            }
        }
    }

    // The main path and each map's sub-path are separate regions of the graph: a node belongs
    // to exactly one. An edge between regions (other than a map's body edge) is a leak.
    void checkRegions()
    {
        static const QString main = QStringLiteral(" main"); // not a valid id
        QHash<QString, QStringList> regions;                 // node id -> region names
        for (const QString &id : reachable(m_flow.start, false))
            regions[id] << main;
        QList<const FlowNode *> maps;
        QHash<QString, QSet<QString>> subPaths;
        for (const FlowNode &node : m_flow.nodes) {
            if (node.kind != FlowNodeKind::Map || subPaths.contains(node.id))
                continue;
            QList<int> bodies;
            for (int i : validEdges(node.id, true)) {
                if (m_flow.edges[i].kind == FlowEdgeKind::Body)
                    bodies << i;
            }
            if (bodies.size() != 1)
                continue;
            const QSet<QString> sub = reachable(m_flow.edges[bodies[0]].to, false);
            subPaths.insert(node.id, sub);
            maps << &node;
            for (const QString &id : sub)
                regions[id] << node.id;
        }

        const auto describe = [](const QString &region) {
            //: Inserted as %1 or %2 into "leaves %1 (...)" and "leads into %1 from %2 (...)"
            return region == main ? tr("the main path") : tr("the sub-path of map '%1'").arg(region);
        };
        for (int i = 0; i < m_flow.edges.size(); ++i) {
            const FlowEdge &e = m_flow.edges[i];
            if (!m_valid[i] || e.kind == FlowEdgeKind::Body || !regions.contains(e.from))
                continue;
            const QStringList &fromRegions = regions[e.from];
            for (const QString &region : regions.value(e.to)) {
                if (fromRegions.contains(region))
                    continue;
                if (region == main)
                    edgeError(i, tr("leaves %1 ('%2' is also on the main path); a map's sub-path "
                                    "must end inside it, at the node whose output is the element's "
                                    "result")
                                     .arg(describe(fromRegions.constFirst()), e.to));
                else
                    edgeError(i, tr("leads into %1 from %2; only the map's body edge enters its "
                                    "sub-path")
                                     .arg(describe(region), describe(fromRegions.constFirst())));
                break;
            }
        }

        for (const FlowNode *map : std::as_const(maps)) {
            QStringList last;
            for (const FlowNode &node : m_flow.nodes) {
                if (!subPaths[map->id].contains(node.id) || last.contains(node.id))
                    continue;
                if (node.kind == FlowNodeKind::End)
                    nodeError(node.id, tr("an end node cannot be inside the sub-path of map '%1' "
                                          "(the run would end in the middle of the map)")
                                           .arg(map->id));
                const QList<int> out = validEdges(node.id, true);
                const bool hasNext = std::any_of(out.begin(), out.end(), [this](int i) {
                    return m_flow.edges[i].kind == FlowEdgeKind::Next;
                });
                if (!hasNext)
                    last << node.id;
            }
            if (last.size() > 1)
                nodeError(map->id, tr("the sub-path of the map has %1 last nodes (%2); it needs exactly "
                                      "one, whose output is the element's result: join the branches")
                                       .arg(last.size())
                                       .arg(quoted(last)));
            else if (last.isEmpty())
                nodeError(map->id, tr("the sub-path of the map has no last node (a node without "
                                      "outgoing next edges gives the element's result)"));
        }

        bool endReachable = false;
        QSet<QString> seen;
        for (const FlowNode &node : m_flow.nodes) {
            if (regions.value(node.id) != QStringList{main} || seen.contains(node.id))
                continue;
            seen.insert(node.id);
            if (node.kind == FlowNodeKind::End) {
                endReachable = true;
                continue;
            }
            const QList<int> out = validEdges(node.id, true);
            const bool hasNext = std::any_of(
                out.begin(), out.end(), [this](int i) { return m_flow.edges[i].kind == FlowEdgeKind::Next; });
            if (!hasNext)
                nodeError(node.id, tr("the run would stop at '%1' without a result; connect it to an "
                                      "end node")
                                       .arg(node.id));
        }
        if (!endReachable)
            add(FlowProblem::Severity::Warning, {}, -1,
                tr("no end node is reachable from the start node '%1': the run gives no result")
                    .arg(m_flow.start));
    }

    const Flow &m_flow;
    const std::optional<QSet<QString>> &m_knownFunctions;
    QList<FlowProblem> m_problems;
    QList<bool> m_valid; // per edge: both ends exist and it is not a duplicate
    bool m_startKnown = false;
};

} // namespace

QString FlowProblem::toString(const Flow &flow) const
{
    QString text = flow.filePath.isEmpty() ? flow.name : flow.filePath;
    if (edgeIndex >= 0 && edgeIndex < flow.edges.size())
        text += QStringLiteral(": edge %1 -> %2").arg(flow.edges[edgeIndex].from, flow.edges[edgeIndex].to);
    else if (!nodeId.isEmpty())
        text += QStringLiteral(": node %1").arg(nodeId);
    text += severity == Severity::Warning ? QStringLiteral(": warning: ") : QStringLiteral(": ");
    return text + message;
}

QList<FlowProblem> FlowValidator::validate(const Flow &flow,
                                           const std::optional<QSet<QString>> &knownFunctions)
{
    return Checker(flow, knownFunctions).run();
}

bool FlowValidator::hasErrors(const QList<FlowProblem> &problems)
{
    return std::any_of(problems.begin(), problems.end(),
                       [](const FlowProblem &p) { return p.severity == FlowProblem::Severity::Error; });
}

QStringList FlowValidator::expressionVariables()
{
    return {QStringLiteral("input"), QStringLiteral("run")};
}

} // namespace Stratus
