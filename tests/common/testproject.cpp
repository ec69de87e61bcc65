#include "testproject.h"

#include "testbroker.h"

#include <QSignalSpy>
#include <QTest>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace Stratus::Test {

bool copyProject(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString relative = QDir(from).relativeFilePath(source);
        if (relative.startsWith(QLatin1String(".stratus/")))
            continue;
        const QString target = QDir(to).filePath(relative);
        QFile::remove(target);
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(source, target))
            return false;
        QFile::setPermissions(target, QFileInfo(source).permissions());
    }
    return true;
}

Result<std::unique_ptr<Supervisor>> startCluster(const QString &projectDir, int timeoutMs,
                                                 bool adaptivePlacement)
{
    const auto manifest = Manifest::load(projectDir);
    if (!manifest)
        return manifest.error();
    Supervisor::Options options;
    options.binDir = binDir();
    options.adaptivePlacement = adaptivePlacement;
    auto supervisor = std::make_unique<Supervisor>(options);
    QSignalSpy started(supervisor.get(), &Supervisor::started);
    QSignalSpy failed(supervisor.get(), &Supervisor::failed);
    supervisor->start(*manifest);
    if (!QTest::qWaitFor([&] { return !started.isEmpty() || !failed.isEmpty(); }, timeoutMs))
        return makeError(
            QStringLiteral("the cluster of %1 did not start within %2 ms").arg(projectDir).arg(timeoutMs));
    if (!failed.isEmpty())
        return makeError(failed.first().first().toString());
    return supervisor;
}

} // namespace Stratus::Test
