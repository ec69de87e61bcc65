#include "sourcefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Stratus {

Result<QByteArray> SourceFile::read(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > maxBytes)
        return makeError(
            tr("%1 is too large to edit (%2 bytes).").arg(QDir::toNativeSeparators(path)).arg(file.size()));
    return file.readAll();
}

Status SourceFile::write(const QString &path, const QByteArray &contents)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(tr("Cannot create the folder of %1.").arg(QDir::toNativeSeparators(path)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() || !file.commit())
        return makeError(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return Ok{};
}

} // namespace Stratus
