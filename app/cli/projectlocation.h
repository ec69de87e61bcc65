#pragma once

#include "manifest.h"
#include "result.h"

#include <QString>

namespace Stratus::Cli {

// Where a command works: the project folder (--project, or the nearest folder from the
// current one upwards that holds a stratus.json) and its state folder (PROJECT/.stratus).
class ProjectLocation
{
public:
    static Result<ProjectLocation> find(const QString &projectOption);

    QString projectDir;
    QString stateDir;

    Result<Manifest> manifest() const { return Manifest::load(projectDir); }
};

} // namespace Stratus::Cli
