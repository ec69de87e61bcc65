#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Stratus {

// A commit that changed a flow file.
struct FlowRevision
{
    QString id;      // full hex id
    QString shortId; // 8 hex digits
    QString summary; // first line of the message
    QString author;
    QDateTime time;
};

// A flow file's history in git (libgit2). Blocking (it reads the repository): call it off the
// GUI thread (runOffThread, core/offthread.h). Each call opens the repository itself, so calls
// from several threads are independent.
class FlowRevisions
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::FlowRevisions)

public:
    // The commits reachable from HEAD that changed the file, newest first; an empty list when
    // the file is in a repository but was never committed. An error when it is not in one.
    static Result<QList<FlowRevision>> history(const QString &filePath, int maxCount = 500);
    // The file's content as committed in `commitId` (full or abbreviated).
    static Result<QByteArray> contentAt(const QString &filePath, const QString &commitId);
};

} // namespace Stratus
