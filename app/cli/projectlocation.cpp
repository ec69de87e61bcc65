#include "projectlocation.h"

#include "clusterstate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Stratus::Cli {

Result<ProjectLocation> ProjectLocation::find(const QString &projectOption)
{
    ProjectLocation location;
    if (!projectOption.isEmpty()) {
        const QFileInfo info(projectOption);
        if (!info.exists())
            return makeError(
                QCoreApplication::translate("stratus", "%1: no such project folder").arg(projectOption));
        location.projectDir = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    } else {
        // Like git: any folder inside the project will do.
        for (QDir dir = QDir::current();;) {
            if (dir.exists(QLatin1String(Manifest::FileName))) {
                location.projectDir = dir.absolutePath();
                break;
            }
            if (!dir.cdUp())
                return makeError(QCoreApplication::translate(
                                     "stratus", "no %1 in %2 or any folder above it; pass --project DIR")
                                     .arg(QLatin1String(Manifest::FileName), QDir::currentPath()));
        }
    }
    location.stateDir = ClusterState::defaultStateDir(location.projectDir);
    return location;
}

} // namespace Stratus::Cli
