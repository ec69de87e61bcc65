#pragma once

#include "functionspec.h"
#include "result.h"

#include <string>
#include <vector>

namespace Stratus::Invoker {

// What one invoker replica needs, resolved once at start: the command's absolute path,
// the controlled environment, the limits. Plain std types: the hot path does not touch Qt.
struct InvokerConfig
{
    std::string natsUrl;
    std::string function;
    std::string trigger;
    std::string output;
    std::string group;
    bool warm = false;
    std::string program;           // absolute
    std::vector<std::string> args; // after argv[0]; may hold {{field}} templates
    std::string workingDir;
    std::vector<std::string> env; // "K=V", without the per-invocation variables
    int timeoutMs = 30000;
    int maxConcurrency = 4;
    int maxQueue = 10000;
    size_t maxOutputBytes = 1024 * 1024;
    std::string invokerId; // unique per process: prefixes generated request ids

    static Result<InvokerConfig> fromSpec(const FunctionSpec &spec, const QString &natsUrl, int replica);
};

} // namespace Stratus::Invoker
