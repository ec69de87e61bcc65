// FlowDiff and FlowRevisions: the bundled FizzBuzz against a copy with one node renamed and
// one edge removed marks exactly those; property changes are listed as "key: before → after";
// moves are apart; a real git repository gives the file's history and its old contents.

#include "flowdiff.h"
#include "flowoverlay.h"
#include "flowrevisions.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Stratus;

class tst_FlowDiff : public QObject
{
    Q_OBJECT

private slots:
    void identicalIsEmpty();
    void renameAndRemovedEdge();
    void ambiguousRenameStaysRemovedAndAdded();
    void propertyChanges();
    void movesAreApart();
    void priorityOnlyWhenRelativeOrderChanges();
    void revisions();
    void revisionsErrors();
};

namespace {

QString fizzbuzzPath()
{
    return qEnvironmentVariable("STRATUS_SOURCE_DIR") +
           QStringLiteral("/resources/examples/basic/flows/fizzbuzz.flow.json");
}

Flow fizzbuzz()
{
    auto flow = Flow::load(fizzbuzzPath());
    if (!flow)
        qFatal("%s", qPrintable(flow.errorMessage()));
    return *flow;
}

FlowNode *nodeOf(Flow &flow, const QString &id)
{
    for (FlowNode &n : flow.nodes) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

FlowEdge *edgeOf(Flow &flow, const QString &from, const QString &to)
{
    for (FlowEdge &e : flow.edges) {
        if (e.from == from && e.to == to)
            return &e;
    }
    return nullptr;
}

void rename(Flow &flow, const QString &from, const QString &to)
{
    nodeOf(flow, from)->id = to;
    for (FlowEdge &e : flow.edges) {
        if (e.from == from)
            e.from = to;
        if (e.to == from)
            e.to = to;
    }
}

QStringList keys(const QList<FlowEdge> &edges)
{
    QStringList out;
    for (const FlowEdge &e : edges)
        out << FlowEdgeKey::of(e).toString();
    return out;
}

QStringList ids(const QList<FlowNode> &nodes)
{
    QStringList out;
    for (const FlowNode &n : nodes)
        out << n.id;
    return out;
}

bool git(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("git"),
            QStringList{QStringLiteral("-c"), QStringLiteral("user.name=Ada Tester"), QStringLiteral("-c"),
                        QStringLiteral("user.email=ada@example.com"), QStringLiteral("-c"),
                        QStringLiteral("commit.gpgsign=false")} +
                args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning() << "git" << args << p.readAllStandardError();
        return false;
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

void tst_FlowDiff::identicalIsEmpty()
{
    const FlowDiff diff = FlowDiff::compare(fizzbuzz(), fizzbuzz());
    QVERIFY(diff.isEmpty());
    QVERIFY(diff.movedNodes.isEmpty());
    QVERIFY(diff.lines().isEmpty());
}

// A node that disappeared and one that appeared with every other property equal are one node
// renamed: its edges follow it, so what the overlay marks is exactly the renamed node and the
// removed edge (issue 6's visual diff).
void tst_FlowDiff::renameAndRemovedEdge()
{
    const Flow before = fizzbuzz();
    Flow after = before;
    rename(after, QStringLiteral("fizz"), QStringLiteral("fizz3"));
    after.edges.removeOne(*edgeOf(after, QStringLiteral("buzz"), QStringLiteral("done")));

    const FlowDiff diff = FlowDiff::compare(before, after);
    QVERIFY(diff.removedNodes.isEmpty());
    QVERIFY(diff.addedNodes.isEmpty());
    QCOMPARE(diff.renamedNodes, (QHash<QString, QString>{{QStringLiteral("fizz3"), QStringLiteral("fizz")}}));
    QCOMPARE(diff.changedNodes.size(), 1);
    QCOMPARE(diff.changedNodes[0].id, QStringLiteral("fizz3"));
    QCOMPARE(diff.changedNodes[0].changes,
             QList<FlowPropertyChange>{(FlowPropertyChange{QStringLiteral("id"), QStringLiteral("\"fizz\""),
                                                           QStringLiteral("\"fizz3\"")})});
    QVERIFY(diff.movedNodes.isEmpty());
    QCOMPARE(keys(diff.removedEdges), QStringList{QStringLiteral("buzz -> done")});
    QVERIFY(diff.addedEdges.isEmpty());
    QVERIFY2(diff.changedEdges.isEmpty(), qPrintable(diff.lines().join(u'\n')));
    QVERIFY(diff.flowChanges.isEmpty());

    FlowOverlay overlay;
    overlay.setRunState(QStringLiteral("check"), FlowOverlay::RunState::Succeeded); // not the diff's
    diff.apply(&overlay);
    using M = FlowOverlay::DiffMark;
    QHash<QString, M> nodeMarks;
    for (auto it = overlay.nodes().begin(); it != overlay.nodes().end(); ++it) {
        if (it->diff != M::None)
            nodeMarks.insert(it.key(), it->diff);
    }
    QCOMPARE(nodeMarks, (QHash<QString, M>{{QStringLiteral("fizz3"), M::Changed}}));
    QHash<QString, M> edgeMarks;
    for (auto it = overlay.edges().begin(); it != overlay.edges().end(); ++it)
        edgeMarks.insert(it.key().toString(), it->diff);
    QCOMPARE(edgeMarks, (QHash<QString, M>{{QStringLiteral("buzz -> done"), M::Removed}}));
    QVERIFY(overlay.ghostNodes().isEmpty());
    QCOMPARE(overlay.ghostEdges().size(), 1);
    QCOMPARE(overlay.node(QStringLiteral("check")).run, FlowOverlay::RunState::Succeeded);

    overlay.clearDiff();
    QVERIFY(overlay.ghostEdges().isEmpty());
    QCOMPARE(overlay.node(QStringLiteral("fizz3")).diff, M::None);
}

// Two identical nodes (same function, same place) are not guessed at: a rename needs exactly
// one candidate on each side, else it stays a removed and an added node.
void tst_FlowDiff::ambiguousRenameStaysRemovedAndAdded()
{
    Flow before = fizzbuzz();
    FlowNode twin = *before.node(QStringLiteral("fizz"));
    twin.id = QStringLiteral("fizz-twin");
    before.nodes << twin;
    Flow after = before;
    rename(after, QStringLiteral("fizz"), QStringLiteral("fizz3"));
    rename(after, QStringLiteral("fizz-twin"), QStringLiteral("fizz4"));
    const FlowDiff diff = FlowDiff::compare(before, after);
    QVERIFY(diff.renamedNodes.isEmpty());
    QCOMPARE(ids(diff.removedNodes), (QStringList{QStringLiteral("fizz"), QStringLiteral("fizz-twin")}));
    QCOMPARE(ids(diff.addedNodes), (QStringList{QStringLiteral("fizz3"), QStringLiteral("fizz4")}));
}

void tst_FlowDiff::propertyChanges()
{
    Flow before = fizzbuzz();
    nodeOf(before, QStringLiteral("check"))->timeoutMs = 5000;
    Flow after = before;
    FlowNode *check = nodeOf(after, QStringLiteral("check"));
    check->timeoutMs = 2000;
    check->label = QStringLiteral("Classify n");
    check->retry.maxAttempts = 3;
    check->extra.insert(QStringLiteral("x-colour"), QStringLiteral("red"));
    nodeOf(after, QStringLiteral("done"))->expression = QStringLiteral("input");
    edgeOf(after, QStringLiteral("route"), QStringLiteral("fizz"))->condition =
        QStringLiteral("input.n % 3 == 0");
    edgeOf(after, QStringLiteral("route"), QStringLiteral("fizz"))->label = QStringLiteral("thrice");
    after.description.clear();
    after.timeoutMs = 10000;

    const FlowDiff diff = FlowDiff::compare(before, after);
    QVERIFY(diff.addedNodes.isEmpty() && diff.removedNodes.isEmpty());
    QVERIFY(diff.addedEdges.isEmpty() && diff.removedEdges.isEmpty());
    QCOMPARE(diff.changedNodes.size(), 2);
    QCOMPARE(diff.changedNodes[0].id, QStringLiteral("check"));
    QStringList checkChanges;
    for (const FlowPropertyChange &c : diff.changedNodes[0].changes)
        checkChanges << c.toString();
    QCOMPARE(checkChanges, (QStringList{QStringLiteral("label: (none) → \"Classify n\""),
                                        QStringLiteral("timeoutMs: 5000 → 2000"),
                                        QStringLiteral("retry.maxAttempts: 1 → 3"),
                                        QStringLiteral("x-colour: (none) → \"red\"")}));
    QCOMPARE(diff.changedNodes[1].id, QStringLiteral("done"));
    QCOMPARE(diff.changedNodes[1].changes[0].toString(),
             QStringLiteral("expression: \"{n: input.n, result: str(input.result)}\" → \"input\""));
    QCOMPARE(diff.changedEdges.size(), 1);
    QCOMPARE(diff.changedEdges[0].key.toString(), QStringLiteral("route -> fizz"));
    QCOMPARE(diff.changedEdges[0].changes.size(), 2);
    QCOMPARE(diff.changedEdges[0].changes[0].toString(),
             QStringLiteral("condition: \"input.kind == 'fizz'\" → \"input.n % 3 == 0\""));
    QCOMPARE(diff.flowChanges.size(), 2);
    QCOMPARE(diff.flowChanges[0].property, QStringLiteral("description"));
    QCOMPARE(diff.flowChanges[0].after, QStringLiteral("(none)"));
    QCOMPARE(diff.flowChanges[1].toString(), QStringLiteral("timeoutMs: 30000 → 10000"));
    QVERIFY(
        diff.lines().contains(QStringLiteral("~ edge route -> fizz: condition: \"input.kind == 'fizz'\" → "
                                             "\"input.n % 3 == 0\"; label: (none) → \"thrice\"")));

    FlowOverlay overlay;
    diff.apply(&overlay);
    QCOMPARE(overlay.node(QStringLiteral("check")).diff, FlowOverlay::DiffMark::Changed);
    QCOMPARE(overlay.edge({QStringLiteral("route"), QStringLiteral("fizz"), FlowEdgeKind::Next}).diff,
             FlowOverlay::DiffMark::Changed);
    QCOMPARE(overlay.node(QStringLiteral("fizz")).diff, FlowOverlay::DiffMark::None);
}

void tst_FlowDiff::movesAreApart()
{
    const Flow before = fizzbuzz();
    Flow after = before;
    nodeOf(after, QStringLiteral("fizz"))->position = QPointF(500, 20);
    FlowDiff diff = FlowDiff::compare(before, after);
    QVERIFY(diff.isEmpty());
    QCOMPARE(diff.movedNodes, QStringList{QStringLiteral("fizz")});
    FlowOverlay overlay;
    diff.apply(&overlay);
    QVERIFY(overlay.nodes().isEmpty());

    nodeOf(after, QStringLiteral("fizz"))->function = QStringLiteral("fizz2");
    diff = FlowDiff::compare(before, after);
    QCOMPARE(diff.movedNodes, QStringList{QStringLiteral("fizz")});
    QCOMPARE(diff.changedNodes.size(), 1);
    QCOMPARE(diff.changedNodes[0].changes.size(), 1); // the function only, not the position
}

void tst_FlowDiff::priorityOnlyWhenRelativeOrderChanges()
{
    const Flow before = fizzbuzz();
    Flow removed = before;
    removed.edges.removeOne(*edgeOf(removed, QStringLiteral("route"), QStringLiteral("fizzbuzz")));
    FlowDiff diff = FlowDiff::compare(before, removed);
    QVERIFY2(diff.changedEdges.isEmpty(), qPrintable(diff.lines().join(u'\n')));

    Flow swapped = before;
    const int fizz =
        int(swapped.edges.indexOf(*edgeOf(swapped, QStringLiteral("route"), QStringLiteral("fizz"))));
    swapped.edges.move(fizz, fizz + 1); // fizz after buzz
    diff = FlowDiff::compare(before, swapped);
    QCOMPARE(diff.lines(), (QStringList{QStringLiteral("~ edge route -> buzz: priority: 3 → 2"),
                                        QStringLiteral("~ edge route -> fizz: priority: 2 → 3")}));
}

void tst_FlowDiff::revisions()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.path();
    QVERIFY(QDir(root).mkpath(QStringLiteral("flows")));
    const QString file = root + QStringLiteral("/flows/fizzbuzz.flow.json");
    QVERIFY(git(root, {QStringLiteral("init"), QStringLiteral("-q")}));

    // Committed nothing yet: an empty history, not an error.
    auto none = FlowRevisions::history(file);
    QVERIFY2(none.ok(), qPrintable(none.errorMessage()));
    QVERIFY(none->isEmpty());

    const Flow original = fizzbuzz();
    QVERIFY(original.save(file).ok());
    QVERIFY(git(root, {QStringLiteral("add"), QStringLiteral(".")}));
    QVERIFY(git(root, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                       QStringLiteral("First FizzBuzz")}));

    Flow second = original;
    nodeOf(second, QStringLiteral("check"))->timeoutMs = 2000;
    QVERIFY(second.save(file).ok());
    QVERIFY(git(root, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"),
                       QStringLiteral("Shorter timeout\n\nThe check is fast.")}));

    QVERIFY(writeFile(root + QStringLiteral("/README"), "other file\n"));
    QVERIFY(git(root, {QStringLiteral("add"), QStringLiteral("README")}));
    QVERIFY(git(root, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                       QStringLiteral("Unrelated")}));

    const auto history = FlowRevisions::history(file);
    QVERIFY2(history.ok(), qPrintable(history.errorMessage()));
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).summary, QStringLiteral("Shorter timeout"));
    QCOMPARE(history->at(1).summary, QStringLiteral("First FizzBuzz"));
    QCOMPARE(history->at(0).author, QStringLiteral("Ada Tester"));
    QCOMPARE(history->at(0).id.size(), 40);
    QCOMPARE(history->at(0).shortId, history->at(0).id.left(8));
    QVERIFY(history->at(0).time.isValid());

    const auto old = FlowRevisions::contentAt(file, history->at(1).id);
    QVERIFY2(old.ok(), qPrintable(old.errorMessage()));
    QCOMPARE(*old, original.toCanonicalJson());
    QCOMPARE(*FlowRevisions::contentAt(file, history->at(1).shortId), *old);

    // The working copy (edited, not committed) against the first revision.
    Flow working = second;
    nodeOf(working, QStringLiteral("fizz"))->label = QStringLiteral("Fizz");
    const auto parsedOld = Flow::parse(*old, file);
    QVERIFY(parsedOld.ok());
    const FlowDiff diff = FlowDiff::compare(*parsedOld, working);
    QCOMPARE(diff.lines(), (QStringList{QStringLiteral("~ node check: timeoutMs: 0 → 2000"),
                                        QStringLiteral("~ node fizz: label: (none) → \"Fizz\"")}));
}

void tst_FlowDiff::revisionsErrors()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("a.flow.json"));
    QVERIFY(writeFile(file, "{}"));
    const auto history = FlowRevisions::history(file);
    QVERIFY(!history.ok());
    QVERIFY2(history.errorMessage().contains(QLatin1String("is not in a git repository")),
             qPrintable(history.errorMessage()));

    QVERIFY(git(dir.path(), {QStringLiteral("init"), QStringLiteral("-q")}));
    QVERIFY(git(dir.path(), {QStringLiteral("add"), QStringLiteral("a.flow.json")}));
    QVERIFY(git(dir.path(),
                {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("a")}));
    const auto missing =
        FlowRevisions::contentAt(dir.filePath(QStringLiteral("b.flow.json")), QStringLiteral("HEAD"));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.errorMessage().contains(QLatin1String("b.flow.json does not exist in commit HEAD")),
             qPrintable(missing.errorMessage()));
    const auto badCommit = FlowRevisions::contentAt(file, QStringLiteral("0123456789abcdef"));
    QVERIFY(!badCommit.ok());
    QVERIFY2(badCommit.errorMessage().contains(QLatin1String("there is no commit")),
             qPrintable(badCommit.errorMessage()));
}

QTEST_GUILESS_MAIN(tst_FlowDiff)
#include "tst_flowdiff.moc"
