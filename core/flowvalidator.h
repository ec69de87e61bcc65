#pragma once

#include "flow.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Stratus {

// One thing wrong with a flow's graph, placed on a node or an edge so the editor can mark it.
struct FlowProblem
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString nodeId;     // the node concerned, or empty
    int edgeIndex = -1; // index into Flow::edges, or -1
    QString message;    // without the location prefix
    // "fizzbuzz.flow.json: node route: ..." / "...: edge route -> fizz: ..."; warnings say so.
    QString toString(const Flow &flow) const;
};

// The rules of docs/flows.md, "Validation": what the engine relies on. Everything found is
// reported, so one run shows all problems.
class FlowValidator
{
public:
    // knownFunctions: names of functions that exist (manifest or registry); std::nullopt = do not check names
    static QList<FlowProblem> validate(const Flow &flow,
                                       const std::optional<QSet<QString>> &knownFunctions = std::nullopt);
    static bool hasErrors(const QList<FlowProblem> &problems);
    // Variables every flow expression may use ("input", "run").
    static QStringList expressionVariables();
};

} // namespace Stratus
