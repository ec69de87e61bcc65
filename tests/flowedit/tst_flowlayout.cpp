// FlowLayout::layered: left to right along every edge, no overlapping boxes, on the grid,
// deterministic, maps' sub-paths between the map and what follows it, 500 nodes.

#include "flowlayout.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRectF>
#include <QTest>

#include <algorithm>

using namespace Stratus;

class tst_FlowLayout : public QObject
{
    Q_OBJECT

private slots:
    void layers_data();
    void layers();
    void fizzbuzzShape();
    void mapSubPathBetweenMapAndSuccessor();
    void deterministic();
    void cyclesAndStrayNodesStillLaidOut();
    void largeFlow();
    void crossingsReduced();
};

namespace {

Flow loadFlow(const QString &path)
{
    auto flow = Flow::load(path);
    if (!flow)
        qFatal("%s", qPrintable(flow.errorMessage()));
    return *flow;
}

QString source(const char *relative)
{
    return qEnvironmentVariable("STRATUS_SOURCE_DIR") + QLatin1Char('/') + QLatin1String(relative);
}

void addNode(Flow &flow, const QString &id, FlowNodeKind kind = FlowNodeKind::Function)
{
    FlowNode n;
    n.id = id;
    n.kind = kind;
    flow.nodes << n;
}

void addEdge(Flow &flow, const QString &from, const QString &to, FlowEdgeKind kind = FlowEdgeKind::Next)
{
    FlowEdge e;
    e.from = from;
    e.to = to;
    e.kind = kind;
    flow.edges << e;
}

// A random DAG: every node after the first gets one to three edges from earlier nodes.
Flow generated(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    Flow flow;
    flow.start = QStringLiteral("n0");
    for (int i = 0; i < count; ++i) {
        const QString id = QStringLiteral("n%1").arg(i);
        addNode(flow, id);
        const int inputs = i == 0 ? 0 : 1 + int(random.bounded(3));
        QSet<int> from;
        for (int k = 0; k < inputs; ++k) {
            const int lo = std::max(0, i - 30);
            from.insert(lo + int(random.bounded(i - lo)));
        }
        QList<int> sorted(from.begin(), from.end());
        std::sort(sorted.begin(), sorted.end());
        for (int f : sorted)
            addEdge(flow, QStringLiteral("n%1").arg(f), id);
    }
    return flow;
}

QString checkLayout(const Flow &flow, const QHash<QString, QPointF> &pos)
{
    if (pos.size() != flow.nodes.size())
        return QStringLiteral("%1 positions for %2 nodes").arg(pos.size()).arg(flow.nodes.size());
    for (auto it = pos.begin(); it != pos.end(); ++it) {
        const QPointF p = it.value();
        if (std::fmod(p.x(), FlowLayout::Grid) != 0 || std::fmod(p.y(), FlowLayout::Grid) != 0)
            return QStringLiteral("%1 at (%2, %3) is off the grid").arg(it.key()).arg(p.x()).arg(p.y());
    }
    for (const FlowEdge &e : flow.edges) {
        if (pos.value(e.to).x() <= pos.value(e.from).x())
            return QStringLiteral("edge %1 -> %2 does not go right (%3 -> %4)")
                .arg(e.from, e.to)
                .arg(pos.value(e.from).x())
                .arg(pos.value(e.to).x());
    }
    QList<QPair<QString, QRectF>> boxes;
    for (auto it = pos.begin(); it != pos.end(); ++it)
        boxes << qMakePair(it.key(),
                           QRectF(it.value(), QSizeF(FlowLayout::NodeWidth, FlowLayout::NodeHeight)));
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        for (qsizetype j = i + 1; j < boxes.size(); ++j) {
            if (boxes[i].second.intersects(boxes[j].second))
                return QStringLiteral("%1 and %2 overlap").arg(boxes[i].first, boxes[j].first);
        }
    }
    return {};
}

// Crossings between consecutive columns (edges spanning one column).
int crossings(const Flow &flow, const QHash<QString, QPointF> &pos)
{
    QList<QPair<QPointF, QPointF>> segments;
    for (const FlowEdge &e : flow.edges) {
        const QPointF a = pos.value(e.from), b = pos.value(e.to);
        if (b.x() - a.x() == FlowLayout::ColumnSpacing)
            segments << qMakePair(a, b);
    }
    int count = 0;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        for (qsizetype j = i + 1; j < segments.size(); ++j) {
            const auto &s = segments[i], &t = segments[j];
            if (s.first.x() != t.first.x())
                continue;
            if ((s.first.y() - t.first.y()) * (s.second.y() - t.second.y()) < 0)
                ++count;
        }
    }
    return count;
}

} // namespace

void tst_FlowLayout::layers_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("example fizzbuzz") << source("resources/examples/basic/flows/fizzbuzz.flow.json");
    for (const char *name : {"fizzbuzz", "parallel", "map", "errors"})
        QTest::newRow(name) << source("tests/core/flows/") + QLatin1String(name) +
                                   QStringLiteral(".flow.json");
}

void tst_FlowLayout::layers()
{
    QFETCH(QString, path);
    const Flow flow = loadFlow(path);
    const auto pos = FlowLayout::layered(flow);
    const QString problem = checkLayout(flow, pos);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(pos.value(flow.start).x(), 0.0);
}

void tst_FlowLayout::fizzbuzzShape()
{
    const Flow flow = loadFlow(source("resources/examples/basic/flows/fizzbuzz.flow.json"));
    const auto pos = FlowLayout::layered(flow);
    const QList<QString> branches{QStringLiteral("fizzbuzz"), QStringLiteral("fizz"), QStringLiteral("buzz"),
                                  QStringLiteral("number")};
    for (const QString &id : branches)
        QCOMPARE(pos.value(id).x(), 2.0 * FlowLayout::ColumnSpacing);
    QCOMPARE(pos.value(QStringLiteral("done")).x(), 3.0 * FlowLayout::ColumnSpacing);
    // The branches in priority order, top to bottom, centred on the choice.
    for (qsizetype i = 1; i < branches.size(); ++i)
        QVERIFY(pos.value(branches[i - 1]).y() < pos.value(branches[i]).y());
    QCOMPARE(pos.value(QStringLiteral("route")).y(), pos.value(QStringLiteral("check")).y());
    QCOMPARE(crossings(flow, pos), 0);
}

void tst_FlowLayout::mapSubPathBetweenMapAndSuccessor()
{
    const Flow flow = loadFlow(source("tests/core/flows/map.flow.json"));
    const auto pos = FlowLayout::layered(flow);
    const auto x = [&](const char *id) { return pos.value(QLatin1String(id)).x(); };
    QVERIFY(x("items") < x("each"));
    QVERIFY(x("each") < x("square"));
    QVERIFY(x("square") < x("fallback"));
    QVERIFY(x("fallback") < x("tidy"));
    QVERIFY2(x("tidy") < x("result"), "what follows the map comes after its whole sub-path");
}

void tst_FlowLayout::deterministic()
{
    const Flow flow = generated(200, 7);
    const auto first = FlowLayout::layered(flow);
    QCOMPARE(FlowLayout::layered(flow), first);
    // The order of the nodes in the file (which the canonical form changes) does not matter.
    Flow reversed = flow;
    std::reverse(reversed.nodes.begin(), reversed.nodes.end());
    QCOMPARE(FlowLayout::layered(reversed), first);
}

void tst_FlowLayout::cyclesAndStrayNodesStillLaidOut()
{
    Flow flow;
    flow.start = QStringLiteral("a");
    for (const char *id : {"a", "b", "c", "stray", "lost"})
        addNode(flow, QLatin1String(id));
    addEdge(flow, QStringLiteral("a"), QStringLiteral("b"));
    addEdge(flow, QStringLiteral("b"), QStringLiteral("c"));
    addEdge(flow, QStringLiteral("c"), QStringLiteral("a")); // a cycle while editing
    addEdge(flow, QStringLiteral("b"), QStringLiteral("b")); // and a self-loop
    addEdge(flow, QStringLiteral("stray"), QStringLiteral("lost"));
    addEdge(flow, QStringLiteral("a"), QStringLiteral("missing"));
    const auto pos = FlowLayout::layered(flow);
    QCOMPARE(pos.size(), 5);
    QCOMPARE(pos.value(QStringLiteral("a")).x(), 0.0);
    QVERIFY(pos.value(QStringLiteral("b")).x() > 0);
    QVERIFY(pos.value(QStringLiteral("c")).x() > pos.value(QStringLiteral("b")).x());
    QVERIFY(pos.value(QStringLiteral("lost")).x() > pos.value(QStringLiteral("stray")).x());
    QVERIFY(FlowLayout::layered(Flow{}).isEmpty());
}

void tst_FlowLayout::largeFlow()
{
    const Flow flow = generated(500, 42);
    QElapsedTimer timer;
    timer.start();
    const auto pos = FlowLayout::layered(flow);
    qInfo("500 nodes, %lld edges laid out in %lld ms", qlonglong(flow.edges.size()),
          qlonglong(timer.elapsed()));
    const QString problem = checkLayout(flow, pos);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// Two chains whose file order crosses: the sweeps untangle them.
void tst_FlowLayout::crossingsReduced()
{
    Flow flow;
    flow.start = QStringLiteral("s");
    for (const char *id : {"s", "a", "b", "a2", "b2", "a3", "b3", "j"})
        addNode(flow, QLatin1String(id));
    addEdge(flow, QStringLiteral("s"), QStringLiteral("a"));
    addEdge(flow, QStringLiteral("s"), QStringLiteral("b"));
    addEdge(flow, QStringLiteral("s"), QStringLiteral("b2")); // b2 is seen before a2
    addEdge(flow, QStringLiteral("a"), QStringLiteral("a2"));
    addEdge(flow, QStringLiteral("b"), QStringLiteral("b2"));
    addEdge(flow, QStringLiteral("a2"), QStringLiteral("a3"));
    addEdge(flow, QStringLiteral("b2"), QStringLiteral("b3"));
    addEdge(flow, QStringLiteral("a3"), QStringLiteral("j"));
    addEdge(flow, QStringLiteral("b3"), QStringLiteral("j"));
    const auto pos = FlowLayout::layered(flow);
    QVERIFY2(checkLayout(flow, pos).isEmpty(), qPrintable(checkLayout(flow, pos)));
    QCOMPARE(crossings(flow, pos), 0);
}

QTEST_GUILESS_MAIN(tst_FlowLayout)
#include "tst_flowlayout.moc"
