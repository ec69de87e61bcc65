#include "projecttemplate.h"

#include "gitstatus.h"
#include "manifest.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace Stratus {

namespace {

// Renames the project in stratus.json without reformatting the file: the template's layout
// and comments-by-convention stay as their author wrote them.
Status renameProject(const QString &manifestPath, const QString &name)
{
    QFile in(manifestPath);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ProjectTemplate::tr("cannot read %1: %2").arg(manifestPath, in.errorString()));
    const QString text = QString::fromUtf8(in.readAll());
    in.close();
    static const QRegularExpression nameKey(QStringLiteral("(\"name\"\\s*:\\s*)\"[^\"]*\""));
    const QRegularExpressionMatch m = nameKey.match(text);
    if (!m.hasMatch())
        return Ok{}; // no name: the folder name is the default anyway
    QString renamed = text;
    // A one-element JSON array is the shortest way to get the name quoted and escaped as JSON.
    const QString quoted =
        QString::fromUtf8(QJsonDocument(QJsonArray{name}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    renamed.replace(m.capturedStart(), m.capturedLength(), m.captured(1) + quoted);
    // The first "name" must have been the project's own, not a function's.
    const QJsonObject root = QJsonDocument::fromJson(renamed.toUtf8()).object();
    if (root.value(QStringLiteral("name")).toString() != name)
        return Ok{};
    QSaveFile out(manifestPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(renamed.toUtf8()) < 0 || !out.commit())
        return makeError(ProjectTemplate::tr("cannot write %1: %2").arg(manifestPath, out.errorString()));
    return Ok{};
}

} // namespace

Status ProjectTemplate::create(const QString &templateDir, const QString &projectDir)
{
    const QDir source(templateDir);
    if (!QFile::exists(source.filePath(QLatin1String(Manifest::FileName))))
        return makeError(
            tr("%1 is not a project: it has no %2").arg(templateDir, QLatin1String(Manifest::FileName)));
    QDir target(projectDir);
    if (target.exists() && !target.isEmpty())
        return makeError(tr("%1 already exists and is not empty").arg(projectDir));
    if (!QDir().mkpath(projectDir))
        return makeError(tr("cannot create %1").arg(projectDir));
    QDirIterator it(templateDir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString relative = source.relativeFilePath(file);
        // Runtime state and history of the template are not part of a new project.
        if (relative.startsWith(QLatin1String(".stratus/")) || relative.startsWith(QLatin1String(".git/")) ||
            relative.contains(QLatin1String("__pycache__/")))
            continue;
        const QString destination = target.filePath(relative);
        if (!QDir().mkpath(QFileInfo(destination).absolutePath()) || !QFile::copy(file, destination))
            return makeError(tr("cannot copy %1 to %2").arg(file, destination));
        QFile::setPermissions(destination, QFile::permissions(file));
    }
    if (Status renamed = renameProject(target.filePath(QLatin1String(Manifest::FileName)), target.dirName());
        !renamed)
        return renamed;
    return GitStatus::init(projectDir);
}

} // namespace Stratus
