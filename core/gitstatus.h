#pragma once

#include "result.h"

#include <QHash>
#include <QString>

namespace Stratus {

// The git status of a project's files, read with libgit2. Blocking (it reads the index and
// hashes changed files): call it on a worker thread. Thread-safe: each call opens its own
// repository handle.
class GitStatus
{
public:
    enum class FileStatus { Clean, New, Modified, Deleted, Renamed, TypeChanged, Ignored, Conflicted };

    struct Snapshot
    {
        bool isRepository = false;
        QString branch;
        // Paths relative to the scanned folder, '/'-separated. A whole untracked or ignored
        // folder is reported once, with a trailing '/'.
        QHash<QString, FileStatus> files;

        // The status of a path, inherited from an ignored or new parent folder.
        FileStatus statusOf(const QString &relativePath) const;
    };

    static Result<Snapshot> scan(const QString &dir);
    // git init DIR (for a new project); does nothing when DIR is already in a repository.
    static Status init(const QString &dir);

    static QString key(FileStatus status); // "modified": stable, for filters and colours
    static QString displayName(FileStatus status);
};

} // namespace Stratus
