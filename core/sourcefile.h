#pragma once

#include "result.h"

#include <QCoreApplication>

#include <QByteArray>
#include <QString>

namespace Stratus {

// A function's source file as the editor reads and writes it. Writes go through QSaveFile,
// so a crash or a full disk never leaves half a file behind.
class SourceFile
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::SourceFile)

public:
    // Refuses files above maxBytes: the editor is for sources, not data.
    static Result<QByteArray> read(const QString &path, qint64 maxBytes = 4 * 1024 * 1024);
    static Status write(const QString &path, const QByteArray &contents);
};

} // namespace Stratus
