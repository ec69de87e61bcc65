// FlowDocument: every edit through the undo stack restores the exact canonical bytes, the
// bundled FizzBuzz loads and saves byte for byte, canConnect refuses what would be invalid,
// renames carry the edges along, the clipboard gives unique ids, drags merge.

#include "flowdocument.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace Stratus;

class tst_FlowDocument : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void loadSaveByteIdentical();
    void loadErrorKeepsDocument();
    void unplacedFlowIsLaidOut();
    void editUndoRedo_data();
    void editUndoRedo();
    void noOpsPushNothing();
    void canConnect_data();
    void canConnect();
    void renameKeepsEdges();
    void renameRefusesTakenOrInvalidIds();
    void copyPaste();
    void pasteRefusesBadText();
    void duplicate();
    void moveMerging();
    void modifiedFlagAndSignals();
    void problemsFollowEdits();
    void uniqueIds();
    void revalidationOnLargeFlow();

private:
    QString fizzbuzzPath() const;
    QByteArray fizzbuzzBytes() const;
    FlowDocument m_doc;
};

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

FlowNode makeNode(const QString &id, FlowNodeKind kind, const QString &function = {})
{
    FlowNode n;
    n.id = id;
    n.kind = kind;
    n.function = function;
    return n;
}

FlowEdge makeEdge(const QString &from, const QString &to, FlowEdgeKind kind = FlowEdgeKind::Next)
{
    FlowEdge e;
    e.from = from;
    e.to = to;
    e.kind = kind;
    return e;
}

} // namespace

QString tst_FlowDocument::fizzbuzzPath() const
{
    return qEnvironmentVariable("STRATUS_SOURCE_DIR") +
           QStringLiteral("/resources/examples/basic/flows/fizzbuzz.flow.json");
}

QByteArray tst_FlowDocument::fizzbuzzBytes() const
{
    return readAll(fizzbuzzPath());
}

void tst_FlowDocument::init()
{
    const Status loaded = m_doc.load(fizzbuzzPath());
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
}

void tst_FlowDocument::loadSaveByteIdentical()
{
    QVERIFY(!fizzbuzzBytes().isEmpty());
    QCOMPARE(m_doc.flow().toCanonicalJson(), fizzbuzzBytes());
    QVERIFY(!m_doc.isModified());
    QVERIFY(m_doc.problems().isEmpty());
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("fizzbuzz.flow.json"));
    QSignalSpy pathSpy(&m_doc, &FlowDocument::filePathChanged);
    QVERIFY(m_doc.save(copy).ok());
    QCOMPARE(readAll(copy), fizzbuzzBytes());
    QCOMPARE(m_doc.filePath(), copy);
    QCOMPARE(pathSpy.count(), 1);
}

// A flow written without positions (generated, or by hand) is laid out once, as one undo step;
// a flow with positions is left as it is.
void tst_FlowDocument::unplacedFlowIsLaidOut()
{
    QVERIFY(!m_doc.autoLayoutIfUnplaced()); // the bundled FizzBuzz has its positions
    QVERIFY(!m_doc.isModified());
    Flow flow = m_doc.flow();
    for (FlowNode &n : flow.nodes)
        n.position = {};
    m_doc.reset(flow);
    QVERIFY(m_doc.autoLayoutIfUnplaced());
    QVERIFY(m_doc.isModified());
    QSet<QPair<qreal, qreal>> places;
    for (const FlowNode &n : m_doc.flow().nodes)
        places.insert({n.position.x(), n.position.y()});
    QCOMPARE(places.size(), m_doc.flow().nodes.size());
    QVERIFY(!m_doc.autoLayoutIfUnplaced()); // placed now
    m_doc.undoStack()->undo();
    QVERIFY(!m_doc.isModified());
}

void tst_FlowDocument::loadErrorKeepsDocument()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.flow.json"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"version\": 1, \"start\": \"a\", \"nodes\": [{\"id\": \"a\", \"kind\": \"nope\"}]}");
    f.close();
    const Status loaded = m_doc.load(bad);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.errorMessage().contains(QLatin1String("bad.flow.json:1: nodes[0].kind")),
             qPrintable(loaded.errorMessage()));
    QCOMPARE(m_doc.flow().toCanonicalJson(), fizzbuzzBytes());
    QCOMPARE(m_doc.filePath(), fizzbuzzPath());
}

using Edit = std::function<bool(FlowDocument &)>;
Q_DECLARE_METATYPE(Edit)

void tst_FlowDocument::editUndoRedo_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("expect"); // a substring of the canonical form after the edit

    QTest::newRow("addNode") << Edit([](FlowDocument &d) {
        FlowNode n = makeNode(QStringLiteral("log"), FlowNodeKind::Function, QStringLiteral("echo"));
        n.position = {100, 300};
        return d.addNode(n);
    }) << QStringLiteral("\"id\": \"log\"");
    QTest::newRow("removeNode (with its edges)")
        << Edit([](FlowDocument &d) { return d.removeItems({QStringLiteral("fizz")}, {}); })
        << QStringLiteral("\"to\": \"buzz\"");
    QTest::newRow("removeEdge in the middle of a choice's") << Edit([](FlowDocument &d) {
        return d.removeItems({}, {{QStringLiteral("route"), QStringLiteral("fizz"), FlowEdgeKind::Next}});
    }) << QStringLiteral("\"to\": \"buzz\"");
    QTest::newRow("removeItems, several") << Edit([](FlowDocument &d) {
        return d.removeItems({QStringLiteral("route"), QStringLiteral("number")},
                             {{QStringLiteral("fizz"), QStringLiteral("done"), FlowEdgeKind::Next}});
    }) << QStringLiteral("\"from\": \"buzz\"");
    QTest::newRow("moveNodes") << Edit([](FlowDocument &d) {
        return d.moveNodes(
            {{QStringLiteral("check"), QPointF(-40, 60)}, {QStringLiteral("done"), QPointF(700, 100)}});
    }) << QStringLiteral("\"x\": -40");
    QTest::newRow("setNode properties") << Edit([](FlowDocument &d) {
        FlowNode n = *d.node(QStringLiteral("check"));
        n.timeoutMs = 2000;
        n.label = QStringLiteral("Classify");
        n.retry.maxAttempts = 3;
        return d.setNode(n.id, n);
    }) << QStringLiteral("\"retry\": { \"maxAttempts\": 3 }");
    QTest::newRow("setNode rename") << Edit([](FlowDocument &d) {
        FlowNode n = *d.node(QStringLiteral("check"));
        n.id = QStringLiteral("classify");
        return d.setNode(QStringLiteral("check"), n);
    }) << QStringLiteral("\"start\": \"classify\"");
    QTest::newRow("addEdge") << Edit([](FlowDocument &d) {
        return d.addEdge(makeEdge(QStringLiteral("check"), QStringLiteral("number"), FlowEdgeKind::Error));
    }) << QStringLiteral("\"kind\": \"error\"");
    QTest::newRow("setEdge") << Edit([](FlowDocument &d) {
        FlowEdge e = *d.edge({QStringLiteral("route"), QStringLiteral("fizz"), FlowEdgeKind::Next});
        e.condition = QStringLiteral("input.n % 3 == 0");
        e.label = QStringLiteral("by three");
        return d.setEdge(FlowEdgeKey::of(e), e);
    }) << QStringLiteral("\"label\": \"by three\"");
    QTest::newRow("moveEdgePriority up") << Edit([](FlowDocument &d) {
        return d.moveEdgePriority({QStringLiteral("route"), QStringLiteral("buzz"), FlowEdgeKind::Next}, -2);
    })
                                         << QStringLiteral("\"from\": \"number\", \"to\": \"done\" },\n      "
                                                           "  { \"from\": \"route\", \"to\": \"buzz\"");
    QTest::newRow("moveEdgePriority down")
        << Edit([](FlowDocument &d) {
               return d.moveEdgePriority(
                   {QStringLiteral("route"), QStringLiteral("fizzbuzz"), FlowEdgeKind::Next}, 1);
           })
        << QStringLiteral("\"to\": \"fizz\", \"condition\": \"input.kind == 'fizz'\" },\n        { \"from\": "
                          "\"route\", \"to\": \"fizzbuzz\"");
    QTest::newRow("setStart") << Edit([](FlowDocument &d) { return d.setStart(QStringLiteral("route")); })
                              << QStringLiteral("\"start\": \"route\"");
    QTest::newRow("setFlowProperties") << Edit([](FlowDocument &d) {
        return d.setFlowProperties(QStringLiteral("fb"), QStringLiteral("d"), 1000, 2000, 3000);
    }) << QStringLiteral("\"ttlMs\": 3000");
    QTest::newRow("autoLayout") << Edit([](FlowDocument &d) { return d.autoLayout(); })
                                << QStringLiteral("\"id\": \"check\"");
    QTest::newRow("paste") << Edit([](FlowDocument &d) {
        return d.paste(d.copy({QStringLiteral("fizz"), QStringLiteral("done")}), QPointF(0, 400)).ok();
    }) << QStringLiteral("\"from\": \"fizz-2\", \"to\": \"done-2\"");
    QTest::newRow("duplicate") << Edit([](FlowDocument &d) {
        return d.duplicate({QStringLiteral("route"), QStringLiteral("fizz")}).ok();
    }) << QStringLiteral("\"from\": \"route-2\", \"to\": \"fizz-2\"");
}

void tst_FlowDocument::editUndoRedo()
{
    QFETCH(Edit, edit);
    QFETCH(QString, expect);
    const QByteArray before = m_doc.flow().toCanonicalJson();
    const Flow flowBefore = m_doc.flow();
    QVERIFY(edit(m_doc));
    QCOMPARE(m_doc.undoStack()->count(), 1);
    const QByteArray after = m_doc.flow().toCanonicalJson();
    QVERIFY(after != before);
    QVERIFY2(after.contains(expect.toUtf8()), after.constData());
    QVERIFY(m_doc.isModified());

    m_doc.undoStack()->undo();
    QCOMPARE(m_doc.flow().toCanonicalJson(), before);
    QVERIFY(m_doc.flow() == flowBefore);
    QVERIFY(!m_doc.isModified());
    m_doc.undoStack()->redo();
    QCOMPARE(m_doc.flow().toCanonicalJson(), after);
    m_doc.undoStack()->undo();
    QCOMPARE(m_doc.flow().toCanonicalJson(), before);
    // The edges keep their exact order in memory too, not only in the canonical form.
    QCOMPARE(m_doc.flow().edges, flowBefore.edges);
}

void tst_FlowDocument::noOpsPushNothing()
{
    QVERIFY(!m_doc.setNode(QStringLiteral("check"), *m_doc.node(QStringLiteral("check"))));
    QVERIFY(!m_doc.setNode(QStringLiteral("nope"), makeNode(QStringLiteral("nope"), FlowNodeKind::End)));
    QVERIFY(!m_doc.moveNodes({{QStringLiteral("check"), m_doc.node(QStringLiteral("check"))->position}}));
    QVERIFY(!m_doc.removeItems({QStringLiteral("nope")}, {}));
    QVERIFY(!m_doc.setStart(QStringLiteral("check")));
    QVERIFY(!m_doc.moveEdgePriority({QStringLiteral("route"), QStringLiteral("fizzbuzz"), FlowEdgeKind::Next},
                                    -1));
    QVERIFY(!m_doc.addNode(makeNode(QStringLiteral("check"), FlowNodeKind::End)));
    QVERIFY(!m_doc.addNode(makeNode(QStringLiteral("bad id"), FlowNodeKind::End)));
    QVERIFY(!m_doc.addEdge(makeEdge(QStringLiteral("done"), QStringLiteral("check"))));
    QVERIFY(!m_doc.setFlowProperties(m_doc.flow().name, m_doc.flow().description,
                                     m_doc.flow().defaultTimeoutMs, m_doc.flow().timeoutMs,
                                     m_doc.flow().ttlMs));
    QCOMPARE(m_doc.undoStack()->count(), 0);
    QVERIFY(!m_doc.isModified());
}

void tst_FlowDocument::canConnect_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<FlowEdgeKind>("kind");
    QTest::addColumn<QString>("error"); // empty = allowed

    const auto row = [](const char *name, const char *from, const char *to, FlowEdgeKind kind,
                        const char *error) {
        QTest::newRow(name) << QString::fromUtf8(from) << QString::fromUtf8(to) << kind
                            << QString::fromUtf8(error);
    };
    const FlowEdgeKind next = FlowEdgeKind::Next, error = FlowEdgeKind::Error, body = FlowEdgeKind::Body;
    // The fixture adds a map node "each" and an error edge check -> number (canConnect()).
    row("allowed: error edge out of a function", "fizz", "number", error, "");
    row("allowed: another branch of a choice", "route", "done", next, "");
    row("allowed: body edge out of a map", "each", "number", body, "");
    row("self-loop", "fizz", "fizz", next, "a node cannot lead to itself ('fizz')");
    row("cycle", "number", "route", error, "would make a cycle: number → route → number");
    row("out of an end node", "done", "number", next, "'done' is an end node");
    row("into the start node", "route", "check", next, "'check' is the start node");
    row("duplicate", "route", "fizz", next, "there already is a next edge route -> fizz");
    row("body edge not out of a map", "fizz", "number", body, "only map nodes have body edges");
    row("error edge out of a choice", "route", "done", error, "a choice node cannot fail");
    row("second error edge", "check", "done", error, "'check' already has its error edge (to 'number')");
    row("second next edge out of a function", "check", "done", next,
        "'check' already continues to 'route' and only parallel and choice nodes branch");
    row("unknown node", "fizz", "nowhere", next, "there is no node 'nowhere'");
}

void tst_FlowDocument::canConnect()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(FlowEdgeKind, kind);
    QFETCH(QString, error);
    QVERIFY(m_doc.addNode(makeNode(QStringLiteral("each"), FlowNodeKind::Map)));
    QVERIFY(m_doc.addEdge(makeEdge(QStringLiteral("check"), QStringLiteral("number"), FlowEdgeKind::Error)));
    const int commands = m_doc.undoStack()->count();
    const Status s = m_doc.canConnect(from, to, kind);
    if (error.isEmpty()) {
        QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
        QVERIFY(m_doc.addEdge(makeEdge(from, to, kind)));
        QCOMPARE(m_doc.undoStack()->count(), commands + 1);
    } else {
        QVERIFY(!s.ok());
        QVERIFY2(s.errorMessage().contains(error), qPrintable(s.errorMessage()));
        QVERIFY(!m_doc.addEdge(makeEdge(from, to, kind)));
        QCOMPARE(m_doc.undoStack()->count(), commands);
    }
}

void tst_FlowDocument::renameKeepsEdges()
{
    QSignalSpy renamed(&m_doc, &FlowDocument::nodeRenamed);
    QSignalSpy added(&m_doc, &FlowDocument::edgeAdded);
    QSignalSpy removed(&m_doc, &FlowDocument::edgeRemoved);
    FlowNode n = *m_doc.node(QStringLiteral("route"));
    n.id = QStringLiteral("which");
    QVERIFY(m_doc.setNode(QStringLiteral("route"), n));
    QCOMPARE(renamed.count(), 1);
    QCOMPARE(renamed.at(0).at(0).toString(), QStringLiteral("route"));
    QCOMPARE(renamed.at(0).at(1).toString(), QStringLiteral("which"));
    QCOMPARE(removed.count(), 5); // check -> route and the four branches
    QCOMPARE(added.count(), 5);
    QVERIFY(!m_doc.node(QStringLiteral("route")));
    QVERIFY(m_doc.edge({QStringLiteral("check"), QStringLiteral("which"), FlowEdgeKind::Next}));
    QStringList branches;
    for (const FlowEdge *e : m_doc.flow().outgoing(QStringLiteral("which")))
        branches << e->to;
    QCOMPARE(branches, (QStringList{QStringLiteral("fizzbuzz"), QStringLiteral("fizz"),
                                    QStringLiteral("buzz"), QStringLiteral("number")}));
    QVERIFY(m_doc.problems().isEmpty());
    m_doc.undoStack()->undo();
    QCOMPARE(m_doc.flow().toCanonicalJson(), fizzbuzzBytes());
}

void tst_FlowDocument::renameRefusesTakenOrInvalidIds()
{
    FlowNode n = *m_doc.node(QStringLiteral("fizz"));
    n.id = QStringLiteral("buzz");
    QVERIFY(!m_doc.setNode(QStringLiteral("fizz"), n));
    QVERIFY(m_doc.checkNodeId(QStringLiteral("buzz"), QStringLiteral("fizz"))
                .errorMessage()
                .contains(QLatin1String("already is a node 'buzz'")));
    n.id = QStringLiteral("fizz!");
    QVERIFY(!m_doc.setNode(QStringLiteral("fizz"), n));
    QVERIFY(m_doc.checkNodeId(n.id).errorMessage().contains(QLatin1String("not a valid node id")));
    QVERIFY(m_doc.checkNodeId(QStringLiteral("fizz"), QStringLiteral("fizz")).ok());
    QCOMPARE(m_doc.undoStack()->count(), 0);
}

void tst_FlowDocument::copyPaste()
{
    const QByteArray fragment =
        m_doc.copy({QStringLiteral("route"), QStringLiteral("fizz"), QStringLiteral("buzz")});
    // The flow file's own form: the clipboard holds a loadable flow.
    const auto parsed = Flow::parse(fragment, QStringLiteral("clip"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed->nodes.size(), 3);
    QCOMPARE(parsed->edges.size(), 2); // route -> fizz, route -> buzz: only the internal ones

    QSignalSpy nodeAdded(&m_doc, &FlowDocument::nodeAdded);
    const auto pasted = m_doc.paste(fragment, QPointF(1000, 500));
    QVERIFY2(pasted.ok(), qPrintable(pasted.errorMessage()));
    QCOMPARE(*pasted,
             (QStringList{QStringLiteral("buzz-2"), QStringLiteral("fizz-2"), QStringLiteral("route-2")}));
    QCOMPARE(nodeAdded.count(), 3);
    QCOMPARE(m_doc.undoStack()->count(), 1);
    // Top-left of the fragment (fizz at 440,0 and route at 220,120 → 220,0) lands at the point.
    QCOMPARE(m_doc.node(QStringLiteral("route-2"))->position, QPointF(1000, 620));
    QCOMPARE(m_doc.node(QStringLiteral("fizz-2"))->position, QPointF(1220, 500));
    const FlowEdge *e = m_doc.edge({QStringLiteral("route-2"), QStringLiteral("fizz-2"), FlowEdgeKind::Next});
    QVERIFY(e);
    QCOMPARE(e->condition, QStringLiteral("input.kind == 'fizz'"));
    QVERIFY(m_doc.edge({QStringLiteral("route-2"), QStringLiteral("buzz-2"), FlowEdgeKind::Next}));
    // Pasting twice makes fresh ids again.
    const auto again = m_doc.paste(fragment, QPointF(0, 900));
    QVERIFY(again.ok());
    QCOMPARE(*again,
             (QStringList{QStringLiteral("buzz-3"), QStringLiteral("fizz-3"), QStringLiteral("route-3")}));
}

void tst_FlowDocument::pasteRefusesBadText()
{
    const auto notJson = m_doc.paste("hello", QPointF());
    QVERIFY(!notJson.ok());
    QVERIFY2(notJson.errorMessage().contains(QLatin1String("does not hold flow nodes")),
             qPrintable(notJson.errorMessage()));
    const auto empty = m_doc.paste("{\"version\": 1, \"start\": \"\", \"nodes\": []}", QPointF());
    QVERIFY(!empty.ok());
    QCOMPARE(m_doc.undoStack()->count(), 0);
    QCOMPARE(m_doc.flow().toCanonicalJson(), fizzbuzzBytes());
}

void tst_FlowDocument::duplicate()
{
    const auto ids = m_doc.duplicate({QStringLiteral("number"), QStringLiteral("done")});
    QVERIFY2(ids.ok(), qPrintable(ids.errorMessage()));
    QCOMPARE(*ids, (QStringList{QStringLiteral("done-2"), QStringLiteral("number-2")}));
    QCOMPARE(m_doc.node(QStringLiteral("number-2"))->position, QPointF(480, 280));
    QCOMPARE(m_doc.node(QStringLiteral("done-2"))->position, QPointF(700, 160));
    QVERIFY(m_doc.edge({QStringLiteral("number-2"), QStringLiteral("done-2"), FlowEdgeKind::Next}));
    QVERIFY(!m_doc.duplicate({}).ok());
}

void tst_FlowDocument::moveMerging()
{
    QSignalSpy moved(&m_doc, &FlowDocument::nodeMoved);
    const QPointF start = m_doc.node(QStringLiteral("fizz"))->position;
    for (int i = 1; i <= 10; ++i)
        QVERIFY(m_doc.moveNodes({{QStringLiteral("fizz"), start + QPointF(i * 10, i * 5)}}));
    QCOMPARE(moved.count(), 10);
    QCOMPARE(m_doc.undoStack()->count(), 1);
    // Another node set starts a new command.
    QVERIFY(m_doc.moveNodes(
        {{QStringLiteral("fizz"), QPointF(0, 0)}, {QStringLiteral("buzz"), QPointF(20, 20)}}));
    QCOMPARE(m_doc.undoStack()->count(), 2);
    m_doc.undoStack()->undo();
    QCOMPARE(m_doc.node(QStringLiteral("fizz"))->position, start + QPointF(100, 50));
    m_doc.undoStack()->undo();
    QCOMPARE(m_doc.node(QStringLiteral("fizz"))->position, start);
    QCOMPARE(m_doc.flow().toCanonicalJson(), fizzbuzzBytes());

    // A drag back to where it began leaves nothing to undo.
    m_doc.undoStack()->clear();
    QVERIFY(m_doc.moveNodes({{QStringLiteral("fizz"), start + QPointF(40, 0)}}));
    QVERIFY(m_doc.moveNodes({{QStringLiteral("fizz"), start}}));
    QCOMPARE(m_doc.undoStack()->count(), 0);
    // An automatic layout does not merge into a drag.
    QVERIFY(m_doc.moveNodes({{QStringLiteral("fizz"), start + QPointF(40, 0)}}));
    QVERIFY(m_doc.autoLayout());
    QCOMPARE(m_doc.undoStack()->count(), 2);
}

void tst_FlowDocument::modifiedFlagAndSignals()
{
    QSignalSpy modified(&m_doc, &FlowDocument::modifiedChanged);
    QSignalSpy changed(&m_doc, &FlowDocument::nodeChanged);
    QSignalSpy problems(&m_doc, &FlowDocument::problemsChanged);
    QSignalSpy start(&m_doc, &FlowDocument::startChanged);
    QSignalSpy props(&m_doc, &FlowDocument::flowPropertiesChanged);
    QSignalSpy reset(&m_doc, &FlowDocument::flowReset);
    FlowNode n = *m_doc.node(QStringLiteral("fizz"));
    n.label = QStringLiteral("Fizz!");
    QVERIFY(m_doc.setNode(n.id, n));
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.at(0).at(0).toBool(), true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(problems.count(), 1); // one revalidation per command
    QVERIFY(m_doc.setStart(QStringLiteral("route")));
    QCOMPARE(start.count(), 1);
    QCOMPARE(modified.count(), 1);
    QVERIFY(m_doc.setFlowProperties(QStringLiteral("x"), {}, 1000, 2000, 3000));
    QCOMPARE(props.count(), 1);
    QTemporaryDir dir;
    QVERIFY(m_doc.save(dir.filePath(QStringLiteral("x.flow.json"))).ok());
    QVERIFY(!m_doc.isModified());
    QCOMPARE(modified.count(), 2);
    QCOMPARE(modified.at(1).at(0).toBool(), false);
    m_doc.undoStack()->undo();
    QVERIFY(m_doc.isModified());
    QCOMPARE(props.count(), 2);
    QVERIFY(m_doc.load(fizzbuzzPath()).ok());
    QCOMPARE(reset.count(), 1);
    QVERIFY(!m_doc.isModified());
    QCOMPARE(m_doc.undoStack()->count(), 0);

    FlowDocument unsaved;
    const Status noPath = unsaved.save();
    QVERIFY(!noPath.ok());
    QVERIFY(noPath.errorMessage().contains(QLatin1String("choose where to save")));
}

void tst_FlowDocument::problemsFollowEdits()
{
    QVERIFY(m_doc.problems().isEmpty());
    QVERIFY(m_doc.removeItems({}, {{QStringLiteral("route"), QStringLiteral("number"), FlowEdgeKind::Next}}));
    // number is now unreachable, and the choice has no default edge.
    QVERIFY(!m_doc.problemsOf(QStringLiteral("number")).isEmpty());
    QVERIFY(!m_doc.problemsOf(QStringLiteral("route")).isEmpty());
    m_doc.undoStack()->undo();
    QVERIFY(m_doc.problems().isEmpty());

    FlowEdge e = *m_doc.edge({QStringLiteral("route"), QStringLiteral("fizz"), FlowEdgeKind::Next});
    e.condition = QStringLiteral("input.kind ==");
    QVERIFY(m_doc.setEdge(FlowEdgeKey::of(e), e));
    const auto edgeProblems = m_doc.problemsOf(FlowEdgeKey::of(e));
    QCOMPARE(edgeProblems.size(), 1);
    QVERIFY(edgeProblems[0].message.startsWith(QLatin1String("condition: at column")));

    m_doc.setKnownFunctions(QSet<QString>{QStringLiteral("fizz"), QStringLiteral("buzz")});
    QVERIFY(!m_doc.problemsOf(QStringLiteral("check")).isEmpty());
    m_doc.setKnownFunctions(std::nullopt);
    QVERIFY(m_doc.problemsOf(QStringLiteral("check")).isEmpty());
}

void tst_FlowDocument::uniqueIds()
{
    QCOMPARE(m_doc.uniqueNodeId(QStringLiteral("fizz")), QStringLiteral("fizz-2"));
    QCOMPARE(m_doc.uniqueNodeId(QStringLiteral("choice")), QStringLiteral("choice"));
    QCOMPARE(m_doc.uniqueNodeId(QStringLiteral("my function!")), QStringLiteral("my-function"));
    QCOMPARE(m_doc.uniqueNodeId(QString()), QStringLiteral("node"));
    QVERIFY(m_doc.checkNodeId(m_doc.uniqueNodeId(QString(200, u'a'))).ok());
}

// Every edit revalidates the whole flow: it must stay cheap at 500 nodes (no timing assert;
// docs/floweditor.md has the figure).
void tst_FlowDocument::revalidationOnLargeFlow()
{
    Flow flow;
    flow.name = QStringLiteral("big");
    flow.start = QStringLiteral("n0");
    for (int i = 0; i < 500; ++i) {
        FlowNode n =
            makeNode(QStringLiteral("n%1").arg(i), i == 499 ? FlowNodeKind::End : FlowNodeKind::Modify);
        if (n.kind == FlowNodeKind::Modify)
            n.expression = QStringLiteral("{n: input.n + %1}").arg(i);
        flow.nodes << n;
        if (i > 0)
            flow.edges << makeEdge(QStringLiteral("n%1").arg(i - 1), n.id);
    }
    m_doc.reset(flow);
    QVERIFY(m_doc.problems().isEmpty());
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 20; ++i) {
        FlowNode n = *m_doc.node(QStringLiteral("n10"));
        n.label = QStringLiteral("label %1").arg(i);
        QVERIFY(m_doc.setNode(n.id, n));
    }
    qInfo("500-node flow: %.1f ms per edit (with revalidation)", double(timer.elapsed()) / 20.0);
}

QTEST_GUILESS_MAIN(tst_FlowDocument)
#include "tst_flowdocument.moc"
