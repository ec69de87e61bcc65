#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace Stratus {

// A workflow: a DAG of nodes kept in PROJECT/flows/NAME.flow.json (docs/flows.md). These are
// plain values: the editor edits them, the validator checks them, the engine compiles them.

enum class FlowNodeKind { Function, Modify, Choice, Parallel, Join, Map, End };
enum class FlowEdgeKind { Next, Error, Body };

struct FlowRetry // retries of a failing node (function and map nodes)
{
    int maxAttempts = 1; // total attempts including the first; 1 = no retry
    int backoffMs = 100; // wait before the 2nd attempt
    double backoffMultiplier = 2.0;
    int maxBackoffMs = 10000;
    bool operator==(const FlowRetry &) const = default;
};

struct FlowNode
{
    QString id; // unique in the flow: letters, digits, '-', '_' ; at most 64
    FlowNodeKind kind = FlowNodeKind::Function;
    QString label;    // display name, optional
    QPointF position; // for the editor
    QString function; // Function: the registered function to call
    // Modify: new data; End: optional output expression (empty = pass input through);
    // Map: the array to iterate (empty = "input")
    QString expression;
    int concurrency = 4; // Map: elements in flight at once (1..1024)
    int timeoutMs = 0;   // Function/Map: per attempt; 0 = the flow's defaultTimeoutMs
    FlowRetry retry;
    QJsonObject extra; // keys starting with "x-" kept verbatim for round-trips (tools' metadata)
    bool operator==(const FlowNode &) const = default;
};

struct FlowEdge
{
    QString from, to;
    FlowEdgeKind kind = FlowEdgeKind::Next;
    QString condition;      // Next edges out of a Choice: an expression; empty on the default edge
    bool isDefault = false; // the Choice's default branch
    QString label;          // optional
    QJsonObject extra;      // "x-..." keys, as on nodes
    bool operator==(const FlowEdge &) const = default;
};

class Flow
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::Flow)

public:
    static constexpr int FormatVersion = 1;
    static constexpr const char *FileSuffix = ".flow.json";

    static Result<Flow> load(const QString &filePath); // reads + parse
    // Every syntax or shape error, one per line, "FILE:LINE: key: what". The graph's meaning
    // (ids, edges, ranges, expressions) is FlowValidator's business.
    static Result<Flow> parse(const QByteArray &text, const QString &filePath);
    QByteArray toCanonicalJson() const;         // docs/flows.md, "Canonical form"
    Status save(const QString &filePath) const; // atomic (QSaveFile)

    QString name; // defaults to the file's base name without ".flow.json"
    QString description;
    QString start;                // id of the first node
    int defaultTimeoutMs = 30000; // per node attempt when the node says 0
    int timeoutMs = 60000;        // the whole run
    int ttlMs = 600000;           // how long the run's data stays in the datastore
    QList<FlowNode> nodes;
    // The order of the Next edges out of one Choice is their priority (first match wins).
    QList<FlowEdge> edges;
    QJsonObject extra; // top-level "x-..." keys
    QString filePath;  // not serialised

    const FlowNode *node(const QString &id) const;
    QList<const FlowEdge *> outgoing(const QString &id) const; // in file order
    QList<const FlowEdge *> incoming(const QString &id) const;
    static QString kindName(FlowNodeKind);
    static std::optional<FlowNodeKind> kindFromName(const QString &);
    static QString edgeKindName(FlowEdgeKind);
    static std::optional<FlowEdgeKind> edgeKindFromName(const QString &);
    // The name a flow file implies: "a/b/fizzbuzz.flow.json" → "fizzbuzz".
    static QString nameFromFilePath(const QString &filePath);

    // Ignores filePath, the order of nodes and the order of edges with different `from`
    // (what the canonical form normalises); the order of edges out of one node counts.
    bool operator==(const Flow &) const;
};

} // namespace Stratus
