#pragma once

#include "result.h"
#include "supervisor.h"

#include <QString>

#include <memory>

namespace Stratus::Test {

// Copies a project folder (an example or a test fixture) into a temporary one, leaving out
// its .stratus/ state: tests must not write into the source tree.
bool copyProject(const QString &from, const QString &to);

// The project's whole cluster, started by a real Supervisor with this build's binaries;
// returns once it runs, or the reason it did not start within timeoutMs. adaptivePlacement:
// see Supervisor::Options.
Result<std::unique_ptr<Supervisor>> startCluster(const QString &projectDir, int timeoutMs = 60000,
                                                 bool adaptivePlacement = true);

} // namespace Stratus::Test
