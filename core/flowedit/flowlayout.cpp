#include "flowlayout.h"

#include <QList>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Stratus {

namespace {

// The graph as indices, each adjacency list in file order (determinism).
struct Graph
{
    QStringList ids;
    QHash<QString, int> index;
    QList<QList<int>> out, in;

    void addEdge(int a, int b)
    {
        if (a == b || out[a].contains(b))
            return;
        out[a] << b;
        in[b] << a;
    }
};

Graph buildGraph(const Flow &flow)
{
    Graph g;
    for (const FlowNode &n : flow.nodes) {
        if (g.index.contains(n.id))
            continue;
        g.index.insert(n.id, int(g.ids.size()));
        g.ids << n.id;
    }
    g.out.resize(g.ids.size());
    g.in.resize(g.ids.size());
    for (const FlowEdge &e : flow.edges) {
        const int a = g.index.value(e.from, -1), b = g.index.value(e.to, -1);
        if (a >= 0 && b >= 0)
            g.addEdge(a, b);
    }
    // A map's successors come after its whole sub-path: the sub-path's nodes lead (for the
    // layering only) to what the map's next edges lead to.
    for (const FlowEdge &body : flow.edges) {
        if (body.kind != FlowEdgeKind::Body || !g.index.contains(body.from) || !g.index.contains(body.to))
            continue;
        QList<int> after;
        for (const FlowEdge &e : flow.edges) {
            if (e.from == body.from && e.kind != FlowEdgeKind::Body && g.index.contains(e.to))
                after << g.index.value(e.to);
        }
        QList<int> sub{g.index.value(body.to)};
        QSet<int> seen{sub.constFirst()};
        for (qsizetype i = 0; i < sub.size(); ++i) {
            for (int next : std::as_const(g.out[sub[i]])) {
                if (!seen.contains(next) && !after.contains(next)) {
                    seen.insert(next);
                    sub << next;
                }
            }
        }
        for (int s : std::as_const(sub)) {
            if (!g.out[s].isEmpty())
                continue; // only the sub-path's last nodes: the others already precede them
            for (int a : std::as_const(after))
                g.addEdge(s, a);
        }
    }
    return g;
}

// Visiting order: from the start, depth first in file order, then the nodes it does not reach.
QList<int> visitOrder(const Graph &g, int start)
{
    QList<int> order;
    QList<bool> seen(g.ids.size(), false);
    const auto dfs = [&](int root) {
        QList<int> stack{root};
        while (!stack.isEmpty()) {
            const int v = stack.takeLast();
            if (seen[v])
                continue;
            seen[v] = true;
            order << v;
            for (auto it = g.out[v].crbegin(); it != g.out[v].crend(); ++it) {
                if (!seen[*it])
                    stack << *it;
            }
        }
    };
    if (start >= 0)
        dfs(start);
    for (int v = 0; v < g.ids.size(); ++v) {
        if (!seen[v] && g.in[v].isEmpty())
            dfs(v);
    }
    for (int v = 0; v < g.ids.size(); ++v) {
        if (!seen[v])
            dfs(v);
    }
    return order;
}

// Drops the edges that close cycles (an invalid flow being edited still gets a layout).
void breakCycles(Graph &g, const QList<int> &order)
{
    enum { White, Grey, Black };
    QList<int> colour(g.ids.size(), White);
    QList<QPair<int, int>> back;
    for (int root : order) {
        if (colour[root] != White)
            continue;
        QList<QPair<int, int>> stack{{root, 0}};
        colour[root] = Grey;
        while (!stack.isEmpty()) {
            auto &[v, next] = stack.last();
            if (next < g.out[v].size()) {
                const int w = g.out[v][next++];
                if (colour[w] == Grey)
                    back << qMakePair(v, w);
                else if (colour[w] == White) {
                    colour[w] = Grey;
                    stack << qMakePair(w, 0);
                }
            } else {
                colour[v] = Black;
                stack.removeLast();
            }
        }
    }
    for (const auto &[a, b] : std::as_const(back)) {
        g.out[a].removeOne(b);
        g.in[b].removeOne(a);
    }
}

} // namespace

QHash<QString, QPointF> FlowLayout::layered(const Flow &flow)
{
    Graph g = buildGraph(flow);
    const int n = int(g.ids.size());
    QHash<QString, QPointF> result;
    if (n == 0)
        return result;
    const QList<int> order = visitOrder(g, g.index.value(flow.start, -1));
    breakCycles(g, order);

    // Longest path from the sources (Kahn's order).
    QList<int> layer(n, 0), pending(n, 0);
    QList<int> ready;
    for (int v = 0; v < n; ++v)
        pending[v] = int(g.in[v].size());
    for (int v : order) {
        if (pending[v] == 0)
            ready << v;
    }
    for (qsizetype i = 0; i < ready.size(); ++i) {
        const int v = ready[i];
        for (int w : std::as_const(g.out[v])) {
            layer[w] = std::max(layer[w], layer[v] + 1);
            if (--pending[w] == 0)
                ready << w;
        }
    }
    const int layers = *std::max_element(layer.begin(), layer.end()) + 1;

    // Initial order: visiting order. Then barycentric sweeps, right then left, over the
    // neighbours in any layer (long edges pull too), ties kept in the current order.
    QList<QList<int>> rows(layers);
    for (int v : order)
        rows[layer[v]] << v;
    QList<double> pos(n, 0.0);
    const auto placeRow = [&](const QList<int> &row) {
        for (qsizetype i = 0; i < row.size(); ++i)
            pos[row[i]] = double(i) - double(row.size() - 1) / 2.0;
    };
    for (const QList<int> &row : std::as_const(rows))
        placeRow(row);
    const auto sweep = [&](int l, bool fromLeft) {
        QList<int> &row = rows[l];
        QList<QPair<double, int>> keyed;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const int v = row[i];
            const QList<int> &neighbours = fromLeft ? g.in[v] : g.out[v];
            double key = pos[v];
            if (!neighbours.isEmpty()) {
                double sum = 0;
                for (int w : neighbours)
                    sum += pos[w];
                key = sum / double(neighbours.size());
            }
            keyed << qMakePair(key, int(i));
        }
        std::stable_sort(keyed.begin(), keyed.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        QList<int> sorted;
        for (const auto &k : std::as_const(keyed))
            sorted << row[k.second];
        row = sorted;
        placeRow(row);
    };
    for (int iteration = 0; iteration < 4; ++iteration) {
        for (int l = 1; l < layers; ++l)
            sweep(l, true);
        for (int l = layers - 2; l >= 0; --l)
            sweep(l, false);
    }

    // Rows: each node toward the mean of its predecessors' rows, then pushed apart top to
    // bottom, the row re-centred on where its nodes wanted to be. Grid units of RowSpacing/Grid.
    const int step = RowSpacing / Grid;
    QList<int> y(n, 0);
    for (int l = 0; l < layers; ++l) {
        const QList<int> &row = rows[l];
        QList<int> want;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const int v = row[i];
            double target = (double(i) - double(row.size() - 1) / 2.0) * step;
            if (l > 0 && !g.in[v].isEmpty()) {
                double sum = 0;
                for (int w : g.in[v])
                    sum += y[w];
                target = sum / double(g.in[v].size());
            }
            want << int(std::lround(target));
        }
        QList<int> placed(row.size());
        for (qsizetype i = 0; i < row.size(); ++i)
            placed[i] = i == 0 ? want[i] : std::max(want[i], placed[i - 1] + step);
        // Pushing down only drifts the row: shift it back by the mean displacement.
        long long drift = 0;
        for (qsizetype i = 0; i < row.size(); ++i)
            drift += placed[i] - want[i];
        const int shift = int(std::lround(double(drift) / double(row.size())));
        for (qsizetype i = 0; i < row.size(); ++i)
            y[row[i]] = placed[i] - shift;
    }

    for (int v = 0; v < n; ++v)
        result.insert(g.ids[v], QPointF(layer[v] * ColumnSpacing, y[v] * Grid));
    return result;
}

} // namespace Stratus
