#pragma once

#include "flow.h"
#include "flowexpression.h"
#include "manifest.h"
#include "result.h"

#include <string>
#include <string_view>
#include <vector>

namespace Stratus::Invoker {

// A flow compiled for running: nodes by index, member functions resolved to their trigger
// subjects, expressions parsed, and each node's place (the top level or a map's sub-path).
struct PlanBranch
{
    int target = -1;
    FlowExpression condition; // null on the default branch and on edges not leaving a choice
    bool isDefault = false;
};

struct PlanNode
{
    std::string id;
    FlowNodeKind kind = FlowNodeKind::Function;
    std::string kindName;
    std::string function; // function nodes
    std::string subject;  // its trigger subject
    FlowExpression expression;
    std::vector<PlanBranch> next; // in priority order
    int errorTarget = -1;
    int bodyTarget = -1;      // map nodes: first node of the sub-path
    int incoming = 0;         // edges of every kind ending here
    std::vector<int> sources; // where the next and error edges ending here come from
    bool inMapBody = false;   // part of a map's sub-path (runs once per element)
    int timeoutMs = 0;
    FlowRetry retry;
    int concurrency = 1;
};

struct FlowPlan
{
    // Refuses what FlowValidator finds wrong, with its messages, and functions the manifest
    // does not declare.
    static Result<FlowPlan> compile(const Flow &flow, const Manifest &manifest);

    // The node's index, or -1.
    int find(std::string_view id) const;
    // Every node from which node can be reached along next and error edges (node excluded).
    std::vector<bool> upstreamOf(int node) const;

    std::string name;
    int start = 0;
    int timeoutMs = 0;
    int ttlMs = 0;
    std::vector<PlanNode> nodes;
};

} // namespace Stratus::Invoker
