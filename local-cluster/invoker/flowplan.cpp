#include "flowplan.h"

#include "flowvalidator.h"

#include <QHash>
#include <QSet>

namespace Stratus::Invoker {

Result<FlowPlan> FlowPlan::compile(const Flow &flow, const Manifest &manifest)
{
    QSet<QString> functions;
    for (const FunctionSpec &f : manifest.functions)
        functions.insert(f.name);
    QStringList errors;
    for (const FlowProblem &problem : FlowValidator::validate(flow, functions)) {
        if (problem.severity == FlowProblem::Severity::Error)
            errors << problem.toString(flow);
    }
    if (!errors.isEmpty())
        return makeError(errors.join(QLatin1Char('\n')));

    FlowPlan plan;
    plan.name = flow.name.toStdString();
    plan.timeoutMs = flow.timeoutMs;
    plan.ttlMs = flow.ttlMs;
    QHash<QString, int> index;
    for (const FlowNode &n : flow.nodes) {
        index.insert(n.id, int(plan.nodes.size()));
        PlanNode p;
        p.id = n.id.toStdString();
        p.kind = n.kind;
        p.kindName = Flow::kindName(n.kind).toStdString();
        p.timeoutMs = n.timeoutMs > 0 ? n.timeoutMs : flow.defaultTimeoutMs;
        p.retry = n.retry;
        p.concurrency = std::max(1, n.concurrency);
        if (n.kind == FlowNodeKind::Function) {
            p.function = n.function.toStdString();
            p.subject = manifest.function(n.function)->trigger.toStdString();
        }
        const bool hasExpression =
            n.kind == FlowNodeKind::Modify || n.kind == FlowNodeKind::End || n.kind == FlowNodeKind::Map;
        if (hasExpression && !n.expression.trimmed().isEmpty()) {
            auto parsed =
                FlowExpression::parse(n.expression, {QStringLiteral("input"), QStringLiteral("run")});
            if (!parsed)
                return makeError(
                    QStringLiteral("%1: node %2: %3").arg(flow.filePath, n.id, parsed.errorMessage()));
            p.expression = std::move(*parsed);
        }
        plan.nodes.push_back(std::move(p));
    }
    plan.start = index.value(flow.start);
    for (const FlowEdge &e : flow.edges) {
        PlanNode &from = plan.nodes[size_t(index.value(e.from))];
        const int to = index.value(e.to);
        ++plan.nodes[size_t(to)].incoming;
        if (e.kind != FlowEdgeKind::Body)
            plan.nodes[size_t(to)].sources.push_back(index.value(e.from));
        switch (e.kind) {
        case FlowEdgeKind::Error:
            from.errorTarget = to;
            break;
        case FlowEdgeKind::Body:
            from.bodyTarget = to;
            break;
        case FlowEdgeKind::Next: {
            PlanBranch branch;
            branch.target = to;
            branch.isDefault = e.isDefault;
            if (from.kind == FlowNodeKind::Choice && !e.isDefault) {
                auto parsed =
                    FlowExpression::parse(e.condition, {QStringLiteral("input"), QStringLiteral("run")});
                if (!parsed)
                    return makeError(QStringLiteral("%1: edge %2 -> %3: %4")
                                         .arg(flow.filePath, e.from, e.to, parsed.errorMessage()));
                branch.condition = std::move(*parsed);
            }
            from.next.push_back(std::move(branch));
            break;
        }
        }
    }
    // The default branch is taken only when no condition holds, wherever the file put it.
    for (PlanNode &n : plan.nodes) {
        std::stable_partition(n.next.begin(), n.next.end(), [](const PlanBranch &b) { return !b.isDefault; });
    }
    // Sub-paths: everything reachable from a body edge (validation keeps them closed).
    for (const PlanNode &map : plan.nodes) {
        if (map.bodyTarget < 0)
            continue;
        std::vector<int> todo{map.bodyTarget};
        while (!todo.empty()) {
            PlanNode &n = plan.nodes[size_t(todo.back())];
            todo.pop_back();
            if (n.inMapBody)
                continue;
            n.inMapBody = true;
            for (const PlanBranch &b : n.next)
                todo.push_back(b.target);
            for (int t : {n.errorTarget, n.bodyTarget}) {
                if (t >= 0)
                    todo.push_back(t);
            }
        }
    }
    return plan;
}

int FlowPlan::find(std::string_view id) const
{
    for (size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].id == id)
            return int(i);
    }
    return -1;
}

std::vector<bool> FlowPlan::upstreamOf(int node) const
{
    std::vector<bool> upstream(nodes.size(), false);
    std::vector<int> todo(nodes[size_t(node)].sources);
    while (!todo.empty()) {
        const int n = todo.back();
        todo.pop_back();
        if (upstream[size_t(n)])
            continue;
        upstream[size_t(n)] = true;
        todo.insert(todo.end(), nodes[size_t(n)].sources.begin(), nodes[size_t(n)].sources.end());
    }
    return upstream;
}

} // namespace Stratus::Invoker
