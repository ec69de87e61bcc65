// Flow files: parsing with FILE:LINE errors, the canonical form (byte-for-byte round trips),
// validation messages that name the right node or edge, and `stratus flow validate`.

#include "flow.h"
#include "flowvalidator.h"
#include "manifest.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Stratus;

class tst_Flow : public QObject
{
    Q_OBJECT

private slots:
    void parseEveryKind();
    void defaults();
    void parseErrors_data();
    void parseErrors();
    void loadErrors();
    void canonicalFiles_data();
    void canonicalFiles();
    void canonicalForm();
    void canonicalRoundTrip();
    void saveIsAtomicAndCanonical();
    void equalityIgnoresOrderAndPath();
    void accessors();
    void kindNames();
    void validate_data();
    void validate();
    void validFlows_data();
    void validFlows();
    void functionNamesNotCheckedWithoutAList();
    void nestedMapsAndJoinsAreValid();
    void exampleProjectFlows();
    void cli_data();
    void cli();
};

namespace {

const QString file = QStringLiteral("t.flow.json");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Compact builders for the validation rows.
QByteArray node(const char *id, const char *kind, const QByteArray &more = {})
{
    return QByteArray("{\"id\":\"") + id + "\",\"kind\":\"" + kind + "\"" + (more.isEmpty() ? "" : ",") +
           more + "}";
}
QByteArray fn(const char *id, const char *function = "f")
{
    return node(id, "function", QByteArray("\"function\":\"") + function + "\"");
}
QByteArray edge(const char *from, const char *to, const QByteArray &more = {})
{
    return QByteArray("{\"from\":\"") + from + "\",\"to\":\"" + to + "\"" + (more.isEmpty() ? "" : ",") +
           more + "}";
}
QByteArray flowText(const char *start, const QByteArrayList &nodes, const QByteArrayList &edges,
                    const QByteArray &more = {})
{
    return QByteArray("{\"version\":1,\"start\":\"") + start + "\",\"nodes\":[" + nodes.join(",") +
           "],\"edges\":[" + edges.join(",") + "]" + (more.isEmpty() ? "" : ",") + more + "}";
}

} // namespace

void tst_Flow::parseEveryKind()
{
    const QByteArray text = R"({
        "version": 1, "name": "all", "description": "every kind", "start": "f",
        "defaultTimeoutMs": 1000, "timeoutMs": 2000, "ttlMs": 3000,
        "nodes": [
            {"id": "f", "kind": "function", "label": "F", "function": "fx", "timeoutMs": 50,
             "retry": {"maxAttempts": 4, "backoffMs": 5, "backoffMultiplier": 1.5, "maxBackoffMs": 70},
             "position": {"x": 1.5, "y": -2}, "x-note": {"a": [1]}},
            {"id": "m", "kind": "modify", "expression": "input"},
            {"id": "c", "kind": "choice"},
            {"id": "p", "kind": "parallel"},
            {"id": "j", "kind": "join"},
            {"id": "map", "kind": "map", "expression": "input.items", "concurrency": 16},
            {"id": "e", "kind": "end"}
        ],
        "edges": [
            {"from": "f", "to": "m"},
            {"from": "f", "to": "e", "kind": "error", "label": "oops"},
            {"from": "c", "to": "p", "condition": "input.x", "x-bend": 3},
            {"from": "c", "to": "j", "default": true},
            {"from": "map", "to": "f", "kind": "body"},
            {"from": "m", "to": "c", "kind": "next"}
        ]
    })";
    const auto flow = Flow::parse(text, file);
    QVERIFY2(flow, qPrintable(flow.errorMessage()));
    QCOMPARE(flow->name, QStringLiteral("all"));
    QCOMPARE(flow->description, QStringLiteral("every kind"));
    QCOMPARE(flow->start, QStringLiteral("f"));
    QCOMPARE(flow->defaultTimeoutMs, 1000);
    QCOMPARE(flow->timeoutMs, 2000);
    QCOMPARE(flow->ttlMs, 3000);
    QCOMPARE(flow->filePath, file);
    QCOMPARE(flow->nodes.size(), 7);
    const QList<FlowNodeKind> kinds{FlowNodeKind::Function, FlowNodeKind::Modify, FlowNodeKind::Choice,
                                    FlowNodeKind::Parallel, FlowNodeKind::Join,   FlowNodeKind::Map,
                                    FlowNodeKind::End};
    for (int i = 0; i < kinds.size(); ++i)
        QCOMPARE(flow->nodes[i].kind, kinds[i]);
    const FlowNode &f = flow->nodes[0];
    QCOMPARE(f.label, QStringLiteral("F"));
    QCOMPARE(f.function, QStringLiteral("fx"));
    QCOMPARE(f.timeoutMs, 50);
    QCOMPARE(f.retry.maxAttempts, 4);
    QCOMPARE(f.retry.backoffMs, 5);
    QCOMPARE(f.retry.backoffMultiplier, 1.5);
    QCOMPARE(f.retry.maxBackoffMs, 70);
    QCOMPARE(f.position, QPointF(1.5, -2));
    QCOMPARE(f.extra.value(QStringLiteral("x-note")).toObject().value(QStringLiteral("a")).toArray().size(),
             1);
    QCOMPARE(flow->nodes[1].expression, QStringLiteral("input"));
    QCOMPARE(flow->nodes[5].expression, QStringLiteral("input.items"));
    QCOMPARE(flow->nodes[5].concurrency, 16);
    QCOMPARE(flow->nodes[6].concurrency, 4);

    QCOMPARE(flow->edges.size(), 6);
    QCOMPARE(flow->edges[0].kind, FlowEdgeKind::Next);
    QCOMPARE(flow->edges[1].kind, FlowEdgeKind::Error);
    QCOMPARE(flow->edges[1].label, QStringLiteral("oops"));
    QCOMPARE(flow->edges[2].condition, QStringLiteral("input.x"));
    QCOMPARE(flow->edges[2].extra.value(QStringLiteral("x-bend")).toInt(), 3);
    QVERIFY(!flow->edges[2].isDefault);
    QVERIFY(flow->edges[3].isDefault);
    QCOMPARE(flow->edges[4].kind, FlowEdgeKind::Body);
    QCOMPARE(flow->edges[5].kind, FlowEdgeKind::Next);
}

void tst_Flow::defaults()
{
    const auto flow = Flow::parse(R"({"version": 1, "start": "a", "nodes": [{"id": "a", "kind": "end"}]})",
                                  QStringLiteral("/p/flows/orders-daily.flow.json"));
    QVERIFY2(flow, qPrintable(flow.errorMessage()));
    QCOMPARE(flow->name, QStringLiteral("orders-daily"));
    QCOMPARE(flow->defaultTimeoutMs, 30000);
    QCOMPARE(flow->timeoutMs, 60000);
    QCOMPARE(flow->ttlMs, 600000);
    QVERIFY(flow->edges.isEmpty());
    const FlowNode &a = flow->nodes.first();
    QCOMPARE(a.concurrency, 4);
    QCOMPARE(a.timeoutMs, 0);
    QCOMPARE(a.retry, FlowRetry{});
    QCOMPARE(a.position, QPointF());
    QVERIFY(a.extra.isEmpty());
}

void tst_Flow::parseErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("expected"); // every line of the error, in order

    QTest::newRow("bad JSON") << QByteArray("{\n  \"version\": 1,\n  \"start\": \"a\",\n  \"nodes\": [,]\n}")
                              << QStringList{
                                     QStringLiteral("t.flow.json:4:14: not valid JSON: illegal value")};
    QTest::newRow("not an object") << QByteArray("[1]")
                                   << QStringList{QStringLiteral(
                                          "t.flow.json:1: a flow file must be a JSON object {\"version\": 1, "
                                          "\"start\": ..., \"nodes\": [...], \"edges\": [...]}")};
    QTest::newRow("missing version, start and nodes")
        << QByteArray("{\n  \"name\": \"x\"\n}")
        << QStringList{QStringLiteral("t.flow.json:1: version: is required (\"version\": 1)"),
                       QStringLiteral("t.flow.json:1: start: is required"),
                       QStringLiteral("t.flow.json:1: nodes: is required (an array of nodes)")};
    QTest::newRow("newer version")
        << QByteArray("{\n  \"version\": 2,\n  \"start\": \"a\",\n  \"nodes\": []\n}")
        << QStringList{
               QStringLiteral("t.flow.json:2: version: version 2 is newer than this workbench understands "
                              "(1); update Stratus Workbench to open this flow")};
    QTest::newRow("version zero") << QByteArray(R"({"version": 0, "start": "a", "nodes": []})")
                                  << QStringList{QStringLiteral("t.flow.json:1: version: must be 1")};
    QTest::newRow("unknown top-level key")
        << QByteArray("{\n  \"version\": 1,\n  \"start\": \"a\",\n  \"nodes\": [],\n  \"colour\": \"red\"\n}")
        << QStringList{
               QStringLiteral("t.flow.json:5: colour: unknown key (known keys: version, name, description, "
                              "start, defaultTimeoutMs, timeoutMs, ttlMs, nodes, edges; tools' own keys "
                              "start with \"x-\")")};
    QTest::newRow("unknown node key")
        << QByteArray("{\"version\": 1, \"start\": \"a\", \"nodes\": [\n"
                      "  {\"id\": \"a\", \"kind\": \"end\"},\n"
                      "  {\"id\": \"check\", \"kind\": \"function\",\n"
                      "   \"fucntion\": \"f\"}\n]}")
        << QStringList{
               QStringLiteral("t.flow.json:4: nodes[1].fucntion: unknown key in node 'check' (known keys: "
                              "id, kind, label, position, function, expression, concurrency, timeoutMs, "
                              "retry; tools' own keys start with \"x-\")")};
    QTest::newRow("unknown edge key")
        << QByteArray("{\"version\": 1, \"start\": \"a\", \"nodes\": [],\n\"edges\": [\n"
                      "  {\"from\": \"a\", \"to\": \"b\", \"when\": \"x\"}\n]}")
        << QStringList{
               QStringLiteral("t.flow.json:3: edges[0].when: unknown key in edge a -> b (known keys: from, "
                              "to, kind, condition, default, label; tools' own keys start with \"x-\")")};
    QTest::newRow("unknown retry key")
        << QByteArray("{\"version\": 1, \"start\": \"a\", \"nodes\": [\n"
                      "  {\"id\": \"a\", \"kind\": \"function\", \"retry\": {\"attempts\": 3}}\n]}")
        << QStringList{
               QStringLiteral("t.flow.json:2: nodes[0].retry.attempts: unknown key in node 'a' (known keys: "
                              "maxAttempts, backoffMs, backoffMultiplier, maxBackoffMs; tools' own keys "
                              "start with \"x-\")")};
    QTest::newRow("wrong types")
        << QByteArray("{\n"
                      "  \"version\": \"1\",\n"
                      "  \"start\": 5,\n"
                      "  \"timeoutMs\": 1.5,\n"
                      "  \"nodes\": [\n"
                      "    {\"id\": \"a\", \"kind\": \"function\", \"concurrency\": \"4\",\n"
                      "     \"retry\": {\"backoffMultiplier\": \"2\"}, \"position\": [1, 2]},\n"
                      "    \"b\"\n"
                      "  ],\n"
                      "  \"edges\": [\n"
                      "    {\"from\": \"a\", \"to\": \"b\", \"default\": \"yes\", \"condition\": true},\n"
                      "    {\"from\": \"a\", \"to\": \"b\", \"kind\": \"sideways\"}\n"
                      "  ]\n"
                      "}")
        << QStringList{
               QStringLiteral("t.flow.json:2: version: must be an integer"),
               QStringLiteral("t.flow.json:3: start: must be a string"),
               QStringLiteral("t.flow.json:4: timeoutMs: must be an integer"),
               QStringLiteral(
                   "t.flow.json:7: nodes[0].position: must be an object {\"x\": number, \"y\": number} "
                   "in node 'a'"),
               QStringLiteral("t.flow.json:6: nodes[0].concurrency: must be an integer"),
               QStringLiteral("t.flow.json:7: nodes[0].retry.backoffMultiplier: must be a number"),
               QStringLiteral("t.flow.json:8: nodes[1]: must be an object {\"id\": ..., \"kind\": ...}"),
               QStringLiteral("t.flow.json:11: edges[0].condition: must be a string"),
               QStringLiteral("t.flow.json:11: edges[0].default: must be true or false"),
               QStringLiteral(
                   "t.flow.json:12: edges[1].kind: 'sideways' is not an edge kind (next, error, body)"),
           };
    QTest::newRow("bad node kind and missing id")
        << QByteArray("{\"version\": 1, \"start\": \"a\", \"nodes\": [\n"
                      "  {\"id\": \"a\", \"kind\": \"loop\"},\n"
                      "  {\"kind\": \"end\"},\n"
                      "  {\"id\": \"c\"}\n]}")
        << QStringList{
               QStringLiteral("t.flow.json:2: nodes[0].kind: 'loop' is not a node kind (function, modify, "
                              "choice, parallel, join, map, end)"),
               QStringLiteral("t.flow.json:3: nodes[1].id: is required"),
               QStringLiteral("t.flow.json:4: nodes[2].kind: is required")};
    QTest::newRow("edges not an array")
        << QByteArray("{\"version\": 1, \"start\": \"a\", \"nodes\": [],\n\"edges\": {}}")
        << QStringList{QStringLiteral("t.flow.json:2: edges: must be an array of edges")};
}

void tst_Flow::parseErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, expected);
    const auto flow = Flow::parse(text, file);
    QVERIFY(!flow);
    QCOMPARE(flow.errorMessage().split(QLatin1Char('\n')), expected);
}

void tst_Flow::loadErrors()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("nope.flow.json"));
    const auto flow = Flow::load(missing);
    QVERIFY(!flow);
    QCOMPARE(flow.errorMessage(), missing + QStringLiteral(": no such file"));
}

void tst_Flow::canonicalFiles_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QFINDTESTDATA("flows"));
    const QStringList names = dir.entryList({QStringLiteral("*.flow.json")}, QDir::Files, QDir::Name);
    QVERIFY(names.size() >= 4);
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

// The sample files are in canonical form: they load and write back byte for byte.
void tst_Flow::canonicalFiles()
{
    QFETCH(QString, path);
    const QByteArray bytes = readFile(path);
    QVERIFY(!bytes.isEmpty());
    const auto flow = Flow::load(path);
    QVERIFY2(flow, qPrintable(flow.errorMessage()));
    QCOMPARE(QString::fromUtf8(flow->toCanonicalJson()), QString::fromUtf8(bytes));
    QVERIFY(bytes.endsWith("}\n"));
    const auto again = Flow::parse(flow->toCanonicalJson(), path);
    QVERIFY2(again, qPrintable(again.errorMessage()));
    QVERIFY(*again == *flow);
}

void tst_Flow::canonicalForm()
{
    // Keys in any order, defaults spelled out, nodes and edges unsorted.
    const QByteArray messy = R"({"edges": [
            {"label": "", "to": "z", "from": "m", "kind": "next", "default": false},
            {"to": "m", "from": "a"},
            {"kind": "error", "from": "a", "to": "z"}
        ],
        "nodes": [
            {"position": {"y": 0, "x": 0}, "kind": "end", "id": "z", "retry": {}, "concurrency": 4},
            {"x-b": 2, "kind": "modify", "expression": "input", "id": "m", "x-a": "1", "timeoutMs": 0,
             "position": {"y": 2.25, "x": 10}},
            {"id": "a", "function": "f\u00e9 \"q\"", "kind": "function", "retry": {"maxAttempts": 2, "backoffMs": 100}}
        ],
        "ttlMs": 600000, "start": "a", "version": 1, "name": "n", "timeoutMs": 60000, "defaultTimeoutMs": 100})";
    const auto flow = Flow::parse(messy, file);
    QVERIFY2(flow, qPrintable(flow.errorMessage()));
    const QByteArray expected =
        "{\n"
        "    \"version\": 1,\n"
        "    \"name\": \"n\",\n"
        "    \"start\": \"a\",\n"
        "    \"defaultTimeoutMs\": 100,\n"
        "    \"nodes\": [\n"
        "        { \"id\": \"a\", \"kind\": \"function\", \"function\": \"f\xc3\xa9 \\\"q\\\"\", "
        "\"retry\": { \"maxAttempts\": 2 } },\n"
        "        { \"id\": \"m\", \"kind\": \"modify\", \"expression\": \"input\", "
        "\"position\": { \"x\": 10, \"y\": 2.25 }, \"x-a\": \"1\", \"x-b\": 2 },\n"
        "        { \"id\": \"z\", \"kind\": \"end\" }\n"
        "    ],\n"
        "    \"edges\": [\n"
        "        { \"from\": \"a\", \"to\": \"m\" },\n"
        "        { \"from\": \"a\", \"to\": \"z\", \"kind\": \"error\" },\n"
        "        { \"from\": \"m\", \"to\": \"z\" }\n"
        "    ]\n"
        "}\n";
    QCOMPARE(QString::fromUtf8(flow->toCanonicalJson()), QString::fromUtf8(expected));

    Flow empty;
    empty.start = QStringLiteral("a");
    QCOMPARE(
        empty.toCanonicalJson(),
        QByteArray(
            "{\n    \"version\": 1,\n    \"start\": \"a\",\n    \"nodes\": [],\n    \"edges\": []\n}\n"));
}

// parse(canonical(f)) == f for flows built in code, with what is easy to get wrong:
// escapes, unicode, fractions, negative zero, big numbers, x- keys of every JSON type.
void tst_Flow::canonicalRoundTrip()
{
    Flow flow;
    flow.name = QStringLiteral("ünïcødé ✓ \"quoted\" \\ back\tslash");
    flow.description = QStringLiteral("line 1\nline 2 \u0001 control, emoji 😀");
    flow.start = QStringLiteral("b");
    flow.defaultTimeoutMs = 1;
    flow.timeoutMs = 86400000;
    flow.ttlMs = 2147483647;
    flow.extra.insert(QStringLiteral("x-top"),
                      QJsonArray{1, 2.5, QStringLiteral("s"), QJsonValue::Null, true});
    FlowNode b;
    b.id = QStringLiteral("b");
    b.kind = FlowNodeKind::Map;
    b.label = QStringLiteral("Ünïcode </script>");
    b.expression = QStringLiteral("input.items ?? ['\\u00e9']");
    b.concurrency = 1024;
    b.timeoutMs = 123;
    b.retry = {7, 0, 1.25, 999};
    b.position = QPointF(0.1, -123456.789);
    b.extra.insert(QStringLiteral("x-obj"),
                   QJsonObject{{QStringLiteral("k"), QJsonObject{{QStringLiteral("deep"), 1}}}});
    FlowNode a;
    a.id = QStringLiteral("a");
    a.kind = FlowNodeKind::End;
    a.position = QPointF(1e6, 3);
    FlowNode c;
    c.id = QStringLiteral("c-_9");
    c.kind = FlowNodeKind::Choice;
    c.position = QPointF(0, 0.5);
    flow.nodes = {b, c, a};
    FlowEdge e1{QStringLiteral("c-_9"),
                QStringLiteral("a"),
                FlowEdgeKind::Next,
                QStringLiteral("input == \"x\""),
                false,
                QStringLiteral("first"),
                {}};
    FlowEdge e2{QStringLiteral("c-_9"),
                QStringLiteral("b"),
                FlowEdgeKind::Next,
                {},
                true,
                {},
                QJsonObject{{QStringLiteral("x-e"), QStringLiteral("é")}}};
    FlowEdge e3{QStringLiteral("b"), QStringLiteral("c-_9"), FlowEdgeKind::Body, {}, false, {}, {}};
    FlowEdge e4{QStringLiteral("b"), QStringLiteral("a"), FlowEdgeKind::Error, {}, false, {}, {}};
    flow.edges = {e1, e2, e3, e4};

    const QByteArray canonical = flow.toCanonicalJson();
    const auto parsed = Flow::parse(canonical, file);
    QVERIFY2(parsed, qPrintable(parsed.errorMessage() + QLatin1Char('\n') + QString::fromUtf8(canonical)));
    QVERIFY(*parsed == flow);
    QCOMPARE(parsed->toCanonicalJson(), canonical);
    // The order of edges out of one node is kept (a choice's priority); nodes are sorted.
    QCOMPARE(parsed->edges[0].to, QStringLiteral("c-_9"));
    QCOMPARE(parsed->edges[1].to, QStringLiteral("a"));
    QCOMPARE(parsed->edges[2].condition, QStringLiteral("input == \"x\""));
    QVERIFY(parsed->edges[3].isDefault);
    QCOMPARE(parsed->nodes[0].id, QStringLiteral("a"));
    QCOMPARE(parsed->nodes[1].position, b.position);
    QCOMPARE(parsed->nodes[1].position.x(), 0.1); // exactly, not only fuzzily
    QVERIFY(canonical.contains("\"x\": 1000000, \"y\": 3"));
    QVERIFY(canonical.contains("\"y\": -123456.789"));
    // Swapping the two edges of the choice changes the flow.
    Flow swapped = flow;
    std::swap(swapped.edges[0], swapped.edges[1]);
    QVERIFY(!(swapped == flow));
}

void tst_Flow::saveIsAtomicAndCanonical()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fizzbuzz.flow.json"));
    const auto flow = Flow::load(QFINDTESTDATA("flows/fizzbuzz.flow.json"));
    QVERIFY2(flow, qPrintable(flow.errorMessage()));
    QVERIFY(flow->save(path).ok());
    QCOMPARE(readFile(path), readFile(QFINDTESTDATA("flows/fizzbuzz.flow.json")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("fizzbuzz.flow.json")});
    const auto loaded = Flow::load(path);
    QVERIFY(loaded);
    QVERIFY(*loaded == *flow);
    QCOMPARE(loaded->filePath, path);

    const Status failed = flow->save(dir.filePath(QStringLiteral("no/such/dir/x.flow.json")));
    QVERIFY(!failed);
    QVERIFY2(failed.errorMessage().contains(QLatin1String("x.flow.json: cannot write")),
             qPrintable(failed.errorMessage()));
}

void tst_Flow::equalityIgnoresOrderAndPath()
{
    const auto one =
        Flow::parse(flowText("a", {fn("a"), node("z", "end")}, {edge("a", "z")}), QStringLiteral("1.json"));
    const auto two =
        Flow::parse(flowText("a", {node("z", "end"), fn("a")}, {edge("a", "z")}), QStringLiteral("2.json"));
    QVERIFY(one && two);
    QCOMPARE(one->name, QStringLiteral("1"));
    Flow renamed = *two;
    renamed.name = one->name;
    QVERIFY(renamed == *one);
    renamed.nodes[0].label = QStringLiteral("changed");
    QVERIFY(!(renamed == *one));
}

void tst_Flow::accessors()
{
    const auto flow = Flow::load(QFINDTESTDATA("flows/fizzbuzz.flow.json"));
    QVERIFY2(flow, qPrintable(flow.errorMessage()));
    QCOMPARE(flow->name, QStringLiteral("fizzbuzz"));
    QVERIFY(flow->node(QStringLiteral("route")));
    QCOMPARE(flow->node(QStringLiteral("route"))->kind, FlowNodeKind::Choice);
    QCOMPARE(flow->node(QStringLiteral("nope")), nullptr);
    const QList<const FlowEdge *> out = flow->outgoing(QStringLiteral("route"));
    QCOMPARE(out.size(), 4);
    QCOMPARE(out[0]->to, QStringLiteral("fizzbuzz"));
    QCOMPARE(out[1]->to, QStringLiteral("fizz"));
    QCOMPARE(out[2]->to, QStringLiteral("buzz"));
    QCOMPARE(out[3]->to, QStringLiteral("number"));
    QVERIFY(out[3]->isDefault);
    QCOMPARE(flow->incoming(QStringLiteral("done")).size(), 4);
    QCOMPARE(flow->incoming(QStringLiteral("check")).size(), 0);
}

void tst_Flow::kindNames()
{
    for (int i = 0; i <= int(FlowNodeKind::End); ++i) {
        const auto kind = FlowNodeKind(i);
        QCOMPARE(Flow::kindFromName(Flow::kindName(kind)), kind);
    }
    for (int i = 0; i <= int(FlowEdgeKind::Body); ++i) {
        const auto kind = FlowEdgeKind(i);
        QCOMPARE(Flow::edgeKindFromName(Flow::edgeKindName(kind)), kind);
    }
    QCOMPARE(Flow::kindName(FlowNodeKind::Parallel), QStringLiteral("parallel"));
    QCOMPARE(Flow::edgeKindName(FlowEdgeKind::Error), QStringLiteral("error"));
    QVERIFY(!Flow::kindFromName(QStringLiteral("Function")));
    QVERIFY(!Flow::edgeKindFromName(QString()));
}

void tst_Flow::validate_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected"); // one problem's toString()
    QTest::addColumn<bool>("warning");

    const QByteArray end = node("z", "end");
    const QByteArray az = edge("a", "z");
    const auto error = [](const char *name, const QByteArray &text, const char *expected) {
        QTest::newRow(name) << text << QString::fromUtf8(expected) << false;
    };
    const auto warning = [](const char *name, const QByteArray &text, const char *expected) {
        QTest::newRow(name) << text << QString::fromUtf8(expected) << true;
    };

    error("no start", flowText("", {fn("a"), end}, {az}),
          "t.flow.json: the flow has no start node: set \"start\" to the id of its first node");
    error("unknown start", flowText("nope", {fn("a"), end}, {az}),
          "t.flow.json: start: there is no node 'nope' (set \"start\" to the id of the first node)");
    error("duplicate ids", flowText("a", {fn("a"), fn("a"), end}, {az}),
          "t.flow.json: node a: 2 nodes have the id 'a'; node ids must be unique: rename all but one");
    error("bad id", flowText("a", {fn("a"), fn("b c"), end}, {az, edge("a", "b c")}),
          "t.flow.json: node b c: 'b c' is not a valid node id (letters, digits, '-' and '_', 1 to 64 "
          "characters)");
    error("id too long", flowText("a", {fn("a"), node(QByteArray(65, 'x').constData(), "end")}, {}),
          "is not a valid node id");
    error("edge to unknown node", flowText("a", {fn("a"), end}, {az, edge("z", "ghost")}),
          "t.flow.json: edge z -> ghost: there is no node 'ghost' (the edge's \"to\")");
    error("edge from unknown node", flowText("a", {fn("a"), end}, {az, edge("ghost", "z")}),
          "t.flow.json: edge ghost -> z: there is no node 'ghost' (the edge's \"from\")");
    error("duplicate edge", flowText("a", {fn("a"), end}, {az, az}),
          "t.flow.json: edge a -> z: the flow has this next edge twice: remove one");
    error("cycle",
          flowText("a", {fn("a"), fn("b"), fn("c"), end}, {edge("a", "b"), edge("b", "c"), edge("c", "a")}),
          "t.flow.json: node a: cycle: a -> b -> c -> a; a flow is acyclic: remove one of these edges");
    error("self loop", flowText("a", {fn("a"), end}, {az, edge("a", "a", "\"kind\":\"error\"")}),
          "t.flow.json: node a: cycle: a -> a");
    error("unreachable", flowText("a", {fn("a"), end, fn("lost")}, {az, edge("lost", "z")}),
          "t.flow.json: node lost: not reachable from the start node 'a': connect it or delete it");
    error(
        "unknown function", flowText("a", {fn("a", "nope"), end}, {az}),
        "t.flow.json: node a: no function 'nope' is known (check the name against the project's functions)");
    error("function node without function", flowText("a", {node("a", "function"), end}, {az}),
          "t.flow.json: node a: a function node needs a function: set \"function\" to the name of one");
    error("modify without expression", flowText("a", {node("a", "modify"), end}, {az}),
          "t.flow.json: node a: a modify node needs an expression giving its output");
    error(
        "bad modify expression", flowText("a", {node("a", "modify", "\"expression\":\"1 +\""), end}, {az}),
        "t.flow.json: node a: expression: at column 4: unexpected end of the expression (expected a value)");
    error("bad end expression", flowText("a", {fn("a"), node("z", "end", "\"expression\":\"item.x\"")}, {az}),
          "t.flow.json: node z: expression: at column 1: unknown variable 'item' (variables: input, run)");
    error("bad map expression",
          flowText("a", {node("a", "map", "\"expression\":\"len(\""), fn("b"), end},
                   {edge("a", "b", "\"kind\":\"body\""), az}),
          "t.flow.json: node a: expression: at column 5: unexpected end of the expression");
    error("bad condition",
          flowText("a", {node("a", "choice"), fn("b"), end},
                   {edge("a", "b", "\"condition\":\"input.x = 1\""), edge("a", "z", "\"default\":true"),
                    edge("b", "z")}),
          "t.flow.json: edge a -> b: condition: at column 9: unexpected character '='");
    error("choice without default",
          flowText("a", {node("a", "choice"), fn("b"), end},
                   {edge("a", "b", "\"condition\":\"input\""), edge("a", "z", "\"condition\":\"!input\""),
                    edge("b", "z")}),
          "t.flow.json: node a: a choice needs a default edge, taken when no condition is true: mark one "
          "outgoing "
          "edge \"default\": true");
    error(
        "choice with two defaults",
        flowText("a", {node("a", "choice"), fn("b"), end},
                 {edge("a", "b", "\"default\":true"), edge("a", "z", "\"default\":true"), edge("b", "z")}),
        "t.flow.json: edge a -> z: the choice already has a default edge (to 'b'); a choice has exactly one");
    error("choice branch without condition",
          flowText("a", {node("a", "choice"), fn("b"), end},
                   {edge("a", "b"), edge("a", "z", "\"default\":true"), edge("b", "z")}),
          "t.flow.json: edge a -> b: a choice's branch needs a condition (or \"default\": true)");
    error("default with condition",
          flowText("a", {node("a", "choice"), fn("b"), end},
                   {edge("a", "b", "\"condition\":\"input\""),
                    edge("a", "z", "\"default\":true,\"condition\":\"true\""), edge("b", "z")}),
          "t.flow.json: edge a -> z: the default edge of a choice has no condition");
    error("condition outside a choice",
          flowText("a", {fn("a"), end}, {edge("a", "z", "\"condition\":\"true\"")}),
          "t.flow.json: edge a -> z: only the next edges leaving a choice node have conditions: remove this "
          "condition");
    error("default outside a choice", flowText("a", {fn("a"), end}, {edge("a", "z", "\"default\":true")}),
          "t.flow.json: edge a -> z: only a next edge leaving a choice node can be its default");
    error("join with one input",
          flowText("a", {fn("a"), node("j", "join"), end}, {edge("a", "j"), edge("j", "z")}),
          "t.flow.json: node j: a join needs at least two incoming edges (it has 1)");
    error("two next edges from a function",
          flowText("a", {fn("a"), fn("b"), end}, {az, edge("a", "b"), edge("b", "z")}),
          "t.flow.json: node a: 2 outgoing next edges (to 'z', 'b'); only parallel and choice nodes branch: "
          "keep one, "
          "or put a parallel or choice node after this one");
    error(
        "end with outgoing edges", flowText("a", {fn("a"), end, node("y", "end")}, {az, edge("z", "y")}),
        "t.flow.json: node z: an end node ends the run, so it has no outgoing edges: remove the edge to 'y'");
    error("two error edges",
          flowText("a", {fn("a"), end, node("h1", "end"), node("h2", "end")},
                   {az, edge("a", "h1", "\"kind\":\"error\""), edge("a", "h2", "\"kind\":\"error\"")}),
          "t.flow.json: edge a -> h2: 'a' already has an error edge (to 'h1'); a node has at most one");
    warning(
        "error edge from a choice",
        flowText("a", {node("a", "choice"), end, node("h", "end")},
                 {edge("a", "z", "\"default\":true"), edge("a", "h", "\"kind\":\"error\"")}),
        "t.flow.json: edge a -> h: warning: a choice node cannot fail, so this error edge is never taken");
    warning("error edge from a join",
            flowText("a", {node("a", "parallel"), fn("b"), fn("c"), node("j", "join"), end, node("h", "end")},
                     {edge("a", "b"), edge("a", "c"), edge("b", "j"), edge("c", "j"), edge("j", "z"),
                      edge("j", "h", "\"kind\":\"error\"")}),
            "t.flow.json: edge j -> h: warning: a join node cannot fail");
    error("map without body", flowText("a", {node("a", "map"), end}, {az}),
          "t.flow.json: node a: a map node needs a body edge to the first node of the sub-path it runs for "
          "each element");
    error("map with two bodies",
          flowText("a", {node("a", "map"), fn("b"), fn("c"), end},
                   {az, edge("a", "b", "\"kind\":\"body\""), edge("a", "c", "\"kind\":\"body\"")}),
          "t.flow.json: node a: a map node has exactly one body edge (it has 2)");
    error("body edge from a function",
          flowText("a", {fn("a"), fn("b"), end}, {az, edge("a", "b", "\"kind\":\"body\"")}),
          "t.flow.json: edge a -> b: only map nodes have body edges (this one leaves a function node)");
    error("sub-path leaks",
          flowText("a", {node("a", "map"), fn("s"), end},
                   {az, edge("a", "s", "\"kind\":\"body\""), edge("s", "z")}),
          "t.flow.json: edge s -> z: leaves the sub-path of map 'a' ('z' is also on the main path); a map's "
          "sub-path "
          "must end inside it, at the node whose output is the element's result");
    error("sub-path entered from outside",
          flowText("a", {fn("a"), node("m", "map"), fn("s"), end},
                   {edge("a", "m"), edge("a", "s", "\"kind\":\"error\""), edge("m", "z"),
                    edge("m", "s", "\"kind\":\"body\"")}),
          "t.flow.json: edge a -> s: leads into the sub-path of map 'm' from the main path; only the map's "
          "body edge "
          "enters its sub-path");
    error("sub-path with two last nodes",
          flowText("a", {node("a", "map"), node("p", "parallel"), fn("s1"), fn("s2"), end},
                   {az, edge("a", "p", "\"kind\":\"body\""), edge("p", "s1"), edge("p", "s2")}),
          "t.flow.json: node a: the sub-path of the map has 2 last nodes ('s1', 's2'); it needs exactly one, "
          "whose "
          "output is the element's result: join the branches");
    error("end inside a sub-path",
          flowText("a", {node("a", "map"), node("e", "end"), end}, {az, edge("a", "e", "\"kind\":\"body\"")}),
          "t.flow.json: node e: an end node cannot be inside the sub-path of map 'a'");
    error("concurrency out of range",
          flowText("a", {node("a", "map", "\"concurrency\":0"), fn("s"), end},
                   {az, edge("a", "s", "\"kind\":\"body\"")}),
          "t.flow.json: node a: concurrency is 0; it must be from 1 to 1024");
    error("concurrency too high",
          flowText("a", {node("a", "map", "\"concurrency\":1025"), fn("s"), end},
                   {az, edge("a", "s", "\"kind\":\"body\"")}),
          "t.flow.json: node a: concurrency is 1025; it must be from 1 to 1024");
    error("negative node timeout",
          flowText("a", {node("a", "function", "\"function\":\"f\",\"timeoutMs\":-1"), end}, {az}),
          "t.flow.json: node a: timeoutMs is -1; it must be from 0 to 86400000");
    error(
        "no attempts",
        flowText("a", {node("a", "function", "\"function\":\"f\",\"retry\":{\"maxAttempts\":0}"), end}, {az}),
        "t.flow.json: node a: retry.maxAttempts is 0; it must be from 1 to 100");
    error(
        "negative backoff",
        flowText("a", {node("a", "function", "\"function\":\"f\",\"retry\":{\"backoffMs\":-5}"), end}, {az}),
        "t.flow.json: node a: retry.backoffMs is -5; it must be from 0 to 3600000");
    error("shrinking backoff",
          flowText("a",
                   {node("a", "function", "\"function\":\"f\",\"retry\":{\"backoffMultiplier\":0.5}"), end},
                   {az}),
          "t.flow.json: node a: retry.backoffMultiplier is 0.5; it must be from 1 to 10");
    error("flow timeout zero", flowText("a", {fn("a"), end}, {az}, "\"timeoutMs\":0"),
          "t.flow.json: timeoutMs is 0; it must be from 1 to 86400000");
    error("default timeout too long", flowText("a", {fn("a"), end}, {az}, "\"defaultTimeoutMs\":86400001"),
          "t.flow.json: defaultTimeoutMs is 86400001; it must be from 1 to 86400000");
    error("ttl too short", flowText("a", {fn("a"), end}, {az}, "\"ttlMs\":10"),
          "t.flow.json: ttlMs is 10; it must be from 1000 to 604800000");
    error("dead end", flowText("a", {fn("a"), fn("b"), end}, {az, edge("a", "b", "\"kind\":\"error\"")}),
          "t.flow.json: node b: the run would stop at 'b' without a result; connect it to an end node");
    error("dead end with only an error edge",
          flowText("a", {fn("a"), end}, {edge("a", "z", "\"kind\":\"error\"")}),
          "t.flow.json: node a: the run would stop at 'a' without a result; connect it to an end node");
    warning(
        "no end node", flowText("a", {fn("a")}, {}),
        "t.flow.json: warning: no end node is reachable from the start node 'a': the run gives no result");
    warning(
        "parallel with one branch", flowText("a", {node("a", "parallel"), end}, {az}),
        "t.flow.json: node a: warning: a parallel node with 1 outgoing next edge runs nothing in parallel");
    warning(
        "function on a choice",
        flowText("a", {node("a", "choice", "\"function\":\"f\""), end}, {edge("a", "z", "\"default\":true")}),
        "t.flow.json: node a: warning: \"function\" is ignored on a choice node");
    warning("expression on a function",
            flowText("a", {node("a", "function", "\"function\":\"f\",\"expression\":\"input\""), end}, {az}),
            "t.flow.json: node a: warning: \"expression\" is ignored on a function node");
    warning("retry on a modify",
            flowText("a",
                     {node("a", "modify", "\"expression\":\"input\",\"retry\":{\"maxAttempts\":3}"), end},
                     {az}),
            "t.flow.json: node a: warning: \"retry\" is ignored on a modify node (only function and map "
            "nodes are "
            "retried)");
}

void tst_Flow::validate()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    QFETCH(bool, warning);
    const auto flow = Flow::parse(text, file);
    QVERIFY2(flow, qPrintable(flow.errorMessage()));
    const QList<FlowProblem> problems = FlowValidator::validate(*flow, QSet<QString>{QStringLiteral("f")});
    QStringList all;
    const FlowProblem *match = nullptr;
    for (const FlowProblem &p : problems) {
        all << p.toString(*flow);
        if (!match && all.constLast().contains(expected))
            match = &p;
    }
    QVERIFY2(match, qPrintable(all.join(QLatin1Char('\n'))));
    QCOMPARE(match->severity, warning ? FlowProblem::Severity::Warning : FlowProblem::Severity::Error);
    QCOMPARE(FlowValidator::hasErrors(problems), !warning || problems.size() > 1);
    // The location fields agree with the text.
    if (match->edgeIndex >= 0)
        QVERIFY(match->toString(*flow).contains(
            QStringLiteral(": edge %1 -> %2: ")
                .arg(flow->edges[match->edgeIndex].from, flow->edges[match->edgeIndex].to)));
    else if (!match->nodeId.isEmpty())
        QVERIFY(flow->node(match->nodeId));
}

void tst_Flow::validFlows_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QFINDTESTDATA("flows"));
    for (const QString &name : dir.entryList({QStringLiteral("*.flow.json")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void tst_Flow::validFlows()
{
    QFETCH(QString, path);
    const auto flow = Flow::load(path);
    QVERIFY2(flow, qPrintable(flow.errorMessage()));
    const QSet<QString> functions{QStringLiteral("fizzbuzz-check"), QStringLiteral("fizz"),
                                  QStringLiteral("buzz"),           QStringLiteral("orders"),
                                  QStringLiteral("profile"),        QStringLiteral("square"),
                                  QStringLiteral("flaky")};
    const QList<FlowProblem> problems = FlowValidator::validate(*flow, functions);
    QStringList all;
    for (const FlowProblem &p : problems)
        all << p.toString(*flow);
    QVERIFY2(problems.isEmpty(), qPrintable(all.join(QLatin1Char('\n'))));
}

void tst_Flow::functionNamesNotCheckedWithoutAList()
{
    const auto flow =
        Flow::parse(flowText("a", {fn("a", "anything"), node("z", "end")}, {edge("a", "z")}), file);
    QVERIFY(flow);
    QVERIFY(FlowValidator::validate(*flow).isEmpty());
    QCOMPARE(FlowValidator::validate(*flow, QSet<QString>{}).size(), 1);
}

void tst_Flow::nestedMapsAndJoinsAreValid()
{
    // rows: map over rows; each row: map over cells (square each), then a choice whose two
    // branches meet again in a join; the outer flow fans out and joins too.
    const QByteArray text = flowText(
        "start",
        {node("start", "parallel"), node("rows", "map", "\"expression\":\"input.rows\""), fn("stats"),
         node("cells", "map", "\"concurrency\":2"), fn("square"), node("pick", "choice"), fn("big"),
         fn("small"), node("row-done", "join"), node("all", "join"),
         node("out", "end", "\"expression\":\"{run: run.id, flow: run.flow, data: input}\"")},
        {edge("start", "rows"), edge("start", "stats"), edge("rows", "cells", "\"kind\":\"body\""),
         edge("cells", "square", "\"kind\":\"body\""), edge("cells", "pick"),
         edge("pick", "big", "\"condition\":\"sum(input) > 10\""), edge("pick", "small", "\"default\":true"),
         edge("big", "row-done"), edge("small", "row-done"), edge("rows", "all"), edge("stats", "all"),
         edge("all", "out")});
    const auto flow = Flow::parse(text, file);
    QVERIFY2(flow, qPrintable(flow.errorMessage()));
    QStringList problems;
    for (const FlowProblem &p : FlowValidator::validate(*flow, QSet<QString>{QStringLiteral("f")}))
        problems << p.toString(*flow);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// The example project's flows are valid against its manifest and survive the canonical form.
void tst_Flow::exampleProjectFlows()
{
    const QString project = QFINDTESTDATA("../../resources/examples/basic");
    const auto manifest = Manifest::load(project);
    QVERIFY2(manifest, qPrintable(manifest.errorMessage()));
    QSet<QString> functions;
    for (const FunctionSpec &f : manifest->functions)
        functions.insert(f.name);
    QVERIFY(!manifest->flows.isEmpty());
    for (const FlowSpec &spec : manifest->flows) {
        const auto flow = Flow::load(spec.file);
        QVERIFY2(flow, qPrintable(flow.errorMessage()));
        QCOMPARE(flow->name, spec.name);
        QStringList problems;
        for (const FlowProblem &p : FlowValidator::validate(*flow, functions))
            problems << p.toString(*flow);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        const auto again = Flow::parse(flow->toCanonicalJson(), spec.file);
        QVERIFY2(again && *again == *flow, qPrintable(again.errorMessage()));
    }
}

void tst_Flow::cli_data()
{
    QTest::addColumn<QString>("flowFile"); // in the temporary project
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QStringList>("err");

    const QByteArray fizzbuzz = readFile(QFINDTESTDATA("flows/fizzbuzz.flow.json"));
    QTest::newRow("valid") << QStringLiteral("flows/fizzbuzz.flow.json") << fizzbuzz << 0
                           << QStringLiteral("flows/fizzbuzz.flow.json: valid (7 nodes, 9 edges)\n")
                           << QStringList{};
    QByteArray unknown = fizzbuzz;
    unknown.replace("\"function\": \"buzz\"", "\"function\": \"bzz\"");
    QTest::newRow("unknown function (from the manifest)")
        << QStringLiteral("flows/fizzbuzz.flow.json") << unknown << 1 << QString()
        << QStringList{
               QStringLiteral("flows/fizzbuzz.flow.json: node buzz: no function 'bzz' is known (check the "
                              "name against the project's functions)"),
               QStringLiteral("flows/fizzbuzz.flow.json: 1 error")};
    QTest::newRow("syntax error")
        << QStringLiteral("flows/bad.flow.json") << QByteArray("{\n  \"version\": 1,\n  \"start\": 1\n}") << 1
        << QString()
        << QStringList{QStringLiteral("flows/bad.flow.json:3: start: must be a string"),
                       QStringLiteral("flows/bad.flow.json:1: nodes: is required (an array of nodes)")};
    QTest::newRow("warnings only")
        << QStringLiteral("w.flow.json")
        << flowText("a", {node("a", "parallel"), node("z", "end")}, {edge("a", "z")}) << 0
        << QStringLiteral("w.flow.json: valid (2 nodes, 1 edge)\n")
        << QStringList{
               QStringLiteral("w.flow.json: node a: warning: a parallel node with 1 outgoing next edge runs "
                              "nothing in parallel")};
}

// `stratus flow validate` run as a user would: in a project, with the manifest's functions.
void tst_Flow::cli()
{
    QFETCH(QString, flowFile);
    QFETCH(QByteArray, contents);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    QFETCH(QStringList, err);

    const QString stratus = qEnvironmentVariable("STRATUS_BIN_DIR") + QStringLiteral("/stratus");
    QVERIFY2(QFileInfo::exists(stratus), "stratus is not built (STRATUS_BIN_DIR); tst_flow depends on it");
    QTemporaryDir project;
    QVERIFY(QDir(project.path()).mkpath(QStringLiteral("flows")));
    QFile manifest(project.filePath(QStringLiteral("stratus.json")));
    QVERIFY(manifest.open(QIODevice::WriteOnly));
    manifest.write(R"({"functions": [
        {"name": "fizzbuzz-check", "command": "cat"}, {"name": "fizz", "command": "cat"},
        {"name": "buzz", "command": "cat"}]})");
    manifest.close();
    QFile flow(project.filePath(flowFile));
    QVERIFY(flow.open(QIODevice::WriteOnly));
    flow.write(contents);
    flow.close();

    QProcess process;
    process.setWorkingDirectory(project.path()); // the project is found from here
    process.start(stratus, {QStringLiteral("flow"), QStringLiteral("validate"), flowFile});
    QVERIFY(process.waitForFinished(30000));
    const QString stdErr = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()), out);
    QCOMPARE(stdErr.split(QLatin1Char('\n'), Qt::SkipEmptyParts), err);
    QCOMPARE(process.exitCode(), exitCode);
}

QTEST_GUILESS_MAIN(tst_Flow)
#include "tst_flow.moc"
