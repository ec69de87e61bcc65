#include "flow.h"

#include "jsonlocator.h"
#include "jsonpayload.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Stratus {

namespace {

const QStringList &nodeKindNames()
{
    static const QStringList names{QStringLiteral("function"), QStringLiteral("modify"),
                                   QStringLiteral("choice"),   QStringLiteral("parallel"),
                                   QStringLiteral("join"),     QStringLiteral("map"),
                                   QStringLiteral("end")};
    return names;
}

const QStringList &edgeKindNames()
{
    static const QStringList names{QStringLiteral("next"), QStringLiteral("error"), QStringLiteral("body")};
    return names;
}

bool isExtensionKey(const QString &key)
{
    return key.startsWith(QLatin1String("x-"));
}

// Collects every problem with its line, so one `stratus flow validate` shows them all.
class FlowReader
{
    // Its messages are the flow file's: one context for translators.
    Q_DECLARE_TR_FUNCTIONS(Stratus::Flow)

public:
    FlowReader(const QByteArray &text, const QString &filePath) : m_locator(text), m_file(filePath) {}

    void fail(const QString &path, const QString &what)
    {
        const int line = m_locator.lineOf(path);
        QString place = m_file;
        if (line > 0)
            place += QStringLiteral(":%1").arg(line);
        m_errors << (path.isEmpty() ? QStringLiteral("%1: %2").arg(place, what)
                                    : QStringLiteral("%1: %2: %3").arg(place, path, what));
    }

    // Unknown keys are errors (a typo must not silently lose a setting); "x-" keys are kept.
    QJsonObject checkKeys(const QJsonObject &object, const QString &path, const QStringList &known,
                          const QString &owner)
    {
        QJsonObject extra;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (known.contains(it.key()))
                continue;
            if (isExtensionKey(it.key()))
                extra.insert(it.key(), it.value());
            else
                fail(join(path, it.key()),
                     //: %1: empty, or a space and where the key is (" in node 'fetch'"); %2: the known keys
                     tr("unknown key%1 (known keys: %2; tools' own keys start "
                        "with \"x-\")")
                         .arg(owner.isEmpty() ? QString() : QLatin1Char(' ') + owner,
                              known.join(QStringLiteral(", "))));
        }
        return extra;
    }

    QString string(const QJsonObject &object, const QString &path, const QString &key, bool required)
    {
        const QJsonValue v = object.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(join(path, key), tr("is required"));
            return {};
        }
        if (!v.isString()) {
            fail(join(path, key), tr("must be a string"));
            return {};
        }
        return v.toString();
    }

    // Ranges are the validator's: here only "is it an integer at all".
    int integer(const QJsonObject &object, const QString &path, const QString &key, int fallback)
    {
        const QJsonValue v = object.value(key);
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::trunc(d) || d < double(std::numeric_limits<int>::min()) ||
            d > double(std::numeric_limits<int>::max())) {
            fail(join(path, key), tr("must be an integer"));
            return fallback;
        }
        return int(d);
    }

    double number(const QJsonObject &object, const QString &path, const QString &key, double fallback)
    {
        const QJsonValue v = object.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble()) {
            fail(join(path, key), tr("must be a number"));
            return fallback;
        }
        return v.toDouble();
    }

    bool boolean(const QJsonObject &object, const QString &path, const QString &key)
    {
        const QJsonValue v = object.value(key);
        if (v.isUndefined())
            return false;
        if (!v.isBool()) {
            fail(join(path, key), tr("must be true or false"));
            return false;
        }
        return v.toBool();
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

    QStringList errors() const { return m_errors; }

private:
    JsonLocator m_locator;
    QString m_file;
    QStringList m_errors;
};

FlowRetry readRetry(FlowReader &r, const QJsonValue &value, const QString &path, const QString &owner)
{
    FlowRetry retry;
    if (value.isUndefined())
        return retry;
    if (!value.isObject()) {
        r.fail(path, QCoreApplication::translate(
                         "Stratus::Flow", "must be an object {maxAttempts, backoffMs, backoffMultiplier, "
                                          "maxBackoffMs}"));
        return retry;
    }
    const QJsonObject o = value.toObject();
    const QJsonObject extra =
        r.checkKeys(o, path,
                    {QStringLiteral("maxAttempts"), QStringLiteral("backoffMs"),
                     QStringLiteral("backoffMultiplier"), QStringLiteral("maxBackoffMs")},
                    owner);
    for (auto it = extra.begin(); it != extra.end(); ++it) // nowhere to keep them
        //: %1: where the key is ("in node 'fetch'")
        r.fail(FlowReader::join(path, it.key()),
               QCoreApplication::translate("Stratus::Flow", "unknown key %1").arg(owner));
    retry.maxAttempts = r.integer(o, path, QStringLiteral("maxAttempts"), retry.maxAttempts);
    retry.backoffMs = r.integer(o, path, QStringLiteral("backoffMs"), retry.backoffMs);
    retry.backoffMultiplier = r.number(o, path, QStringLiteral("backoffMultiplier"), retry.backoffMultiplier);
    retry.maxBackoffMs = r.integer(o, path, QStringLiteral("maxBackoffMs"), retry.maxBackoffMs);
    return retry;
}

QPointF readPosition(FlowReader &r, const QJsonValue &value, const QString &path, const QString &owner)
{
    if (value.isUndefined())
        return {};
    const QJsonObject o = value.toObject();
    if (!value.isObject() || !o.value(QStringLiteral("x")).isDouble() ||
        !o.value(QStringLiteral("y")).isDouble() || o.size() != 2) {
        //: %1: empty, or a space and where the position is (" in node 'fetch'")
        r.fail(path, QCoreApplication::translate("Stratus::Flow",
                                                 "must be an object {\"x\": number, \"y\": number}%1")
                         .arg(owner.isEmpty() ? QString() : QLatin1Char(' ') + owner));
        return {};
    }
    return {o.value(QStringLiteral("x")).toDouble(), o.value(QStringLiteral("y")).toDouble()};
}

FlowNode readNode(FlowReader &r, const QJsonObject &o, const QString &path)
{
    FlowNode node;
    node.id = r.string(o, path, QStringLiteral("id"), true);
    //: Where a misplaced key is, inserted into "unknown key %1"
    const QString owner = node.id.isEmpty()
                              ? QString()
                              : QCoreApplication::translate("Stratus::Flow", "in node '%1'").arg(node.id);
    node.extra =
        r.checkKeys(o, path,
                    {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("label"),
                     QStringLiteral("position"), QStringLiteral("function"), QStringLiteral("expression"),
                     QStringLiteral("concurrency"), QStringLiteral("timeoutMs"), QStringLiteral("retry")},
                    owner);
    const QString kind = r.string(o, path, QStringLiteral("kind"), true);
    if (const auto k = Flow::kindFromName(kind))
        node.kind = *k;
    else if (o.value(QStringLiteral("kind")).isString())
        r.fail(FlowReader::join(path, QStringLiteral("kind")),
               QCoreApplication::translate("Stratus::Flow", "'%1' is not a node kind (%2)")
                   .arg(kind, nodeKindNames().join(QStringLiteral(", "))));
    node.label = r.string(o, path, QStringLiteral("label"), false);
    node.position = readPosition(r, o.value(QStringLiteral("position")),
                                 FlowReader::join(path, QStringLiteral("position")), owner);
    node.function = r.string(o, path, QStringLiteral("function"), false);
    node.expression = r.string(o, path, QStringLiteral("expression"), false);
    node.concurrency = r.integer(o, path, QStringLiteral("concurrency"), node.concurrency);
    node.timeoutMs = r.integer(o, path, QStringLiteral("timeoutMs"), node.timeoutMs);
    node.retry = readRetry(r, o.value(QStringLiteral("retry")),
                           FlowReader::join(path, QStringLiteral("retry")), owner);
    return node;
}

FlowEdge readEdge(FlowReader &r, const QJsonObject &o, const QString &path)
{
    FlowEdge edge;
    edge.from = r.string(o, path, QStringLiteral("from"), true);
    edge.to = r.string(o, path, QStringLiteral("to"), true);
    //: Where a misplaced key is, inserted into "unknown key %1"
    const QString owner =
        QCoreApplication::translate("Stratus::Flow", "in edge %1 -> %2").arg(edge.from, edge.to);
    edge.extra =
        r.checkKeys(o, path,
                    {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("kind"),
                     QStringLiteral("condition"), QStringLiteral("default"), QStringLiteral("label")},
                    owner);
    if (o.contains(QStringLiteral("kind"))) {
        const QString kind = r.string(o, path, QStringLiteral("kind"), false);
        if (const auto k = Flow::edgeKindFromName(kind))
            edge.kind = *k;
        else if (o.value(QStringLiteral("kind")).isString())
            r.fail(FlowReader::join(path, QStringLiteral("kind")),
                   QCoreApplication::translate("Stratus::Flow", "'%1' is not an edge kind (%2)")
                       .arg(kind, edgeKindNames().join(QStringLiteral(", "))));
    }
    edge.condition = r.string(o, path, QStringLiteral("condition"), false);
    edge.isDefault = r.boolean(o, path, QStringLiteral("default"));
    edge.label = r.string(o, path, QStringLiteral("label"), false);
    return edge;
}

// One JSON value, compact, exactly as QJsonDocument writes it (escapes, number format).
QByteArray encode(const QJsonValue &value)
{
    return JsonPayload::toJson(value);
}

QByteArray encodeNumber(double d)
{
    // QJsonDocument writes integral doubles without ".0" up to 2^53; positions stay small.
    return encode(QJsonValue(d));
}

// `{ "k": v, "k2": v2 }` on one line: one node or edge per line diffs and merges well.
class Line
{
public:
    void add(const char *key, const QByteArray &encodedValue)
    {
        m_parts << encode(QJsonValue(QLatin1String(key))) + ": " + encodedValue;
    }
    void addString(const char *key, const QString &value)
    {
        if (!value.isEmpty())
            add(key, encode(value));
    }
    void addExtra(const QJsonObject &extra)
    {
        for (auto it = extra.begin(); it != extra.end(); ++it) // QJsonObject iterates sorted by key
            m_parts << encode(it.key()) + ": " + inlineJson(it.value());
    }
    // Any value on one line in the same style: { "k": v }, [a, b].
    static QByteArray inlineJson(const QJsonValue &value)
    {
        if (value.isObject()) {
            Line object;
            const QJsonObject o = value.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                object.m_parts << encode(it.key()) + ": " + inlineJson(it.value());
            return object.text();
        }
        if (value.isArray()) {
            QByteArrayList items;
            for (const QJsonValue &v : value.toArray())
                items << inlineJson(v);
            return "[" + items.join(", ") + "]";
        }
        return encode(value);
    }
    QByteArray text() const
    {
        return m_parts.isEmpty() ? QByteArray("{}") : "{ " + m_parts.join(", ") + " }";
    }

private:
    QByteArrayList m_parts;
};

QByteArray canonicalNode(const FlowNode &node)
{
    Line line;
    line.add("id", encode(node.id));
    line.add("kind", encode(Flow::kindName(node.kind)));
    line.addString("label", node.label);
    line.addString("function", node.function);
    line.addString("expression", node.expression);
    const FlowNode defaults;
    if (node.concurrency != defaults.concurrency)
        line.add("concurrency", QByteArray::number(node.concurrency));
    if (node.timeoutMs != defaults.timeoutMs)
        line.add("timeoutMs", QByteArray::number(node.timeoutMs));
    if (node.retry != defaults.retry) {
        Line retry;
        if (node.retry.maxAttempts != defaults.retry.maxAttempts)
            retry.add("maxAttempts", QByteArray::number(node.retry.maxAttempts));
        if (node.retry.backoffMs != defaults.retry.backoffMs)
            retry.add("backoffMs", QByteArray::number(node.retry.backoffMs));
        if (node.retry.backoffMultiplier != defaults.retry.backoffMultiplier)
            retry.add("backoffMultiplier", encodeNumber(node.retry.backoffMultiplier));
        if (node.retry.maxBackoffMs != defaults.retry.maxBackoffMs)
            retry.add("maxBackoffMs", QByteArray::number(node.retry.maxBackoffMs));
        line.add("retry", retry.text());
    }
    if (!node.position.isNull()) {
        Line position;
        position.add("x", encodeNumber(node.position.x()));
        position.add("y", encodeNumber(node.position.y()));
        line.add("position", position.text());
    }
    line.addExtra(node.extra);
    return line.text();
}

QByteArray canonicalEdge(const FlowEdge &edge)
{
    Line line;
    line.add("from", encode(edge.from));
    line.add("to", encode(edge.to));
    if (edge.kind != FlowEdgeKind::Next)
        line.add("kind", encode(Flow::edgeKindName(edge.kind)));
    line.addString("condition", edge.condition);
    if (edge.isDefault)
        line.add("default", "true");
    line.addString("label", edge.label);
    line.addExtra(edge.extra);
    return line.text();
}

QList<FlowNode> sortedNodes(QList<FlowNode> nodes)
{
    std::stable_sort(nodes.begin(), nodes.end(),
                     [](const FlowNode &a, const FlowNode &b) { return a.id < b.id; });
    return nodes;
}

// Stable: the order of the edges out of one node is a choice's priority.
QList<FlowEdge> sortedEdges(QList<FlowEdge> edges)
{
    std::stable_sort(edges.begin(), edges.end(),
                     [](const FlowEdge &a, const FlowEdge &b) { return a.from < b.from; });
    return edges;
}

} // namespace

Result<Flow> Flow::load(const QString &filePath)
{
    const auto text = JsonLocator::readFile(filePath);
    if (!text)
        return text.error();
    return parse(*text, filePath);
}

Result<Flow> Flow::parse(const QByteArray &text, const QString &filePath)
{
    const auto parsed = JsonLocator::parse(text, filePath);
    if (!parsed)
        return parsed.error();
    const QJsonDocument &doc = *parsed;
    if (!doc.isObject())
        return makeError(tr("%1:1: a flow file must be a JSON object {\"version\": 1, \"start\": ..., "
                            "\"nodes\": [...], \"edges\": [...]}")
                             .arg(filePath));
    FlowReader r(text, filePath);
    Flow flow;
    flow.filePath = filePath;
    const QJsonObject root = doc.object();
    flow.extra =
        r.checkKeys(root, {},
                    {QStringLiteral("version"), QStringLiteral("name"), QStringLiteral("description"),
                     QStringLiteral("start"), QStringLiteral("defaultTimeoutMs"), QStringLiteral("timeoutMs"),
                     QStringLiteral("ttlMs"), QStringLiteral("nodes"), QStringLiteral("edges")},
                    {});

    if (!root.contains(QStringLiteral("version"))) {
        r.fail(QStringLiteral("version"), tr("is required (\"version\": %1)").arg(FormatVersion));
    } else {
        const int version = r.integer(root, {}, QStringLiteral("version"), FormatVersion);
        if (version > FormatVersion)
            r.fail(QStringLiteral("version"),
                   tr("version %1 is newer than this workbench understands (%2); update Stratus "
                      "Workbench to open this flow")
                       .arg(version)
                       .arg(FormatVersion));
        else if (version < 1)
            r.fail(QStringLiteral("version"), tr("must be %1").arg(FormatVersion));
    }
    flow.name = r.string(root, {}, QStringLiteral("name"), false);
    if (flow.name.isEmpty())
        flow.name = nameFromFilePath(filePath);
    flow.description = r.string(root, {}, QStringLiteral("description"), false);
    flow.start = r.string(root, {}, QStringLiteral("start"), true);
    flow.defaultTimeoutMs = r.integer(root, {}, QStringLiteral("defaultTimeoutMs"), flow.defaultTimeoutMs);
    flow.timeoutMs = r.integer(root, {}, QStringLiteral("timeoutMs"), flow.timeoutMs);
    flow.ttlMs = r.integer(root, {}, QStringLiteral("ttlMs"), flow.ttlMs);

    const QJsonValue nodes = root.value(QStringLiteral("nodes"));
    if (!nodes.isArray()) {
        r.fail(QStringLiteral("nodes"),
               nodes.isUndefined() ? tr("is required (an array of nodes)") : tr("must be an array of nodes"));
    } else {
        const QJsonArray array = nodes.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = QStringLiteral("nodes[%1]").arg(i);
            if (!array[i].isObject())
                r.fail(path, tr("must be an object {\"id\": ..., \"kind\": ...}"));
            else
                flow.nodes << readNode(r, array[i].toObject(), path);
        }
    }
    const QJsonValue edges = root.value(QStringLiteral("edges"));
    if (!edges.isUndefined() && !edges.isArray()) {
        r.fail(QStringLiteral("edges"), tr("must be an array of edges"));
    } else {
        const QJsonArray array = edges.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = QStringLiteral("edges[%1]").arg(i);
            if (!array[i].isObject())
                r.fail(path, tr("must be an object {\"from\": ..., \"to\": ...}"));
            else
                flow.edges << readEdge(r, array[i].toObject(), path);
        }
    }
    if (!r.errors().isEmpty())
        return makeError(r.errors().join(QLatin1Char('\n')));
    return flow;
}

QByteArray Flow::toCanonicalJson() const
{
    const Flow defaults;
    QByteArrayList top;
    const auto add = [&top](const char *key, const QByteArray &value) {
        top << "    " + encode(QJsonValue(QLatin1String(key))) + ": " + value;
    };
    add("version", QByteArray::number(FormatVersion));
    if (!name.isEmpty())
        add("name", encode(name));
    if (!description.isEmpty())
        add("description", encode(description));
    add("start", encode(start));
    if (defaultTimeoutMs != defaults.defaultTimeoutMs)
        add("defaultTimeoutMs", QByteArray::number(defaultTimeoutMs));
    if (timeoutMs != defaults.timeoutMs)
        add("timeoutMs", QByteArray::number(timeoutMs));
    if (ttlMs != defaults.ttlMs)
        add("ttlMs", QByteArray::number(ttlMs));

    const auto list = [](const QByteArrayList &items) -> QByteArray {
        if (items.isEmpty())
            return "[]";
        return "[\n        " + items.join(",\n        ") + "\n    ]";
    };
    QByteArrayList nodeLines;
    for (const FlowNode &node : sortedNodes(nodes))
        nodeLines << canonicalNode(node);
    add("nodes", list(nodeLines));
    QByteArrayList edgeLines;
    for (const FlowEdge &edge : sortedEdges(edges))
        edgeLines << canonicalEdge(edge);
    add("edges", list(edgeLines));
    for (auto it = extra.begin(); it != extra.end(); ++it)
        top << "    " + encode(it.key()) + ": " + Line::inlineJson(it.value());
    return "{\n" + top.join(",\n") + "\n}\n";
}

Status Flow::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(tr("%1: cannot write: %2").arg(path, file.errorString()));
    file.write(toCanonicalJson());
    if (!file.commit())
        return makeError(tr("%1: cannot write: %2").arg(path, file.errorString()));
    return Ok{};
}

const FlowNode *Flow::node(const QString &id) const
{
    for (const FlowNode &n : nodes) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

QList<const FlowEdge *> Flow::outgoing(const QString &id) const
{
    QList<const FlowEdge *> result;
    for (const FlowEdge &e : edges) {
        if (e.from == id)
            result << &e;
    }
    return result;
}

QList<const FlowEdge *> Flow::incoming(const QString &id) const
{
    QList<const FlowEdge *> result;
    for (const FlowEdge &e : edges) {
        if (e.to == id)
            result << &e;
    }
    return result;
}

QString Flow::kindName(FlowNodeKind kind)
{
    return nodeKindNames().value(int(kind));
}

std::optional<FlowNodeKind> Flow::kindFromName(const QString &name)
{
    const qsizetype i = nodeKindNames().indexOf(name);
    if (i < 0)
        return std::nullopt;
    return FlowNodeKind(i);
}

QString Flow::edgeKindName(FlowEdgeKind kind)
{
    return edgeKindNames().value(int(kind));
}

std::optional<FlowEdgeKind> Flow::edgeKindFromName(const QString &name)
{
    const qsizetype i = edgeKindNames().indexOf(name);
    if (i < 0)
        return std::nullopt;
    return FlowEdgeKind(i);
}

QString Flow::nameFromFilePath(const QString &filePath)
{
    QString base = QFileInfo(filePath).fileName();
    if (base.endsWith(QLatin1String(FileSuffix)))
        base.chop(qsizetype(qstrlen(FileSuffix)));
    else if (base.endsWith(QLatin1String(".json")))
        base.chop(5);
    return base;
}

bool Flow::operator==(const Flow &other) const
{
    return name == other.name && description == other.description && start == other.start &&
           defaultTimeoutMs == other.defaultTimeoutMs && timeoutMs == other.timeoutMs &&
           ttlMs == other.ttlMs && extra == other.extra && sortedNodes(nodes) == sortedNodes(other.nodes) &&
           sortedEdges(edges) == sortedEdges(other.edges);
}

} // namespace Stratus
