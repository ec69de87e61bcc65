#include "gitstatus.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>

#include <git2.h>

#include <memory>

namespace Stratus {

Q_LOGGING_CATEGORY(lcGitStatus, "stratus.models.git", QtWarningMsg)

namespace {

struct RepositoryDeleter
{
    void operator()(git_repository *r) const { git_repository_free(r); }
};
struct StatusListDeleter
{
    void operator()(git_status_list *l) const { git_status_list_free(l); }
};
struct ReferenceDeleter
{
    void operator()(git_reference *r) const { git_reference_free(r); }
};
using RepositoryPtr = std::unique_ptr<git_repository, RepositoryDeleter>;
using StatusListPtr = std::unique_ptr<git_status_list, StatusListDeleter>;
using ReferencePtr = std::unique_ptr<git_reference, ReferenceDeleter>;

// libgit2's global state is reference-counted: one count per scope that uses it.
class LibGit2
{
public:
    LibGit2() { git_libgit2_init(); }
    ~LibGit2() { git_libgit2_shutdown(); }
    LibGit2(const LibGit2 &) = delete;
};

QString lastError(const QString &what)
{
    const git_error *e = git_error_last();
    return QStringLiteral("%1: %2").arg(what, e && e->message ? QString::fromUtf8(e->message)
                                                              : QStringLiteral("unknown libgit2 error"));
}

GitStatus::FileStatus classify(unsigned flags)
{
    using S = GitStatus::FileStatus;
    if (flags & GIT_STATUS_CONFLICTED)
        return S::Conflicted;
    if (flags & GIT_STATUS_IGNORED)
        return S::Ignored;
    if (flags & (GIT_STATUS_WT_NEW | GIT_STATUS_INDEX_NEW))
        return S::New;
    if (flags & (GIT_STATUS_WT_DELETED | GIT_STATUS_INDEX_DELETED))
        return S::Deleted;
    if (flags & (GIT_STATUS_WT_RENAMED | GIT_STATUS_INDEX_RENAMED))
        return S::Renamed;
    if (flags & (GIT_STATUS_WT_TYPECHANGE | GIT_STATUS_INDEX_TYPECHANGE))
        return S::TypeChanged;
    if (flags & (GIT_STATUS_WT_MODIFIED | GIT_STATUS_INDEX_MODIFIED))
        return S::Modified;
    return S::Clean;
}

} // namespace

GitStatus::FileStatus GitStatus::Snapshot::statusOf(const QString &relativePath) const
{
    if (auto it = files.constFind(relativePath); it != files.cend())
        return *it;
    // Walk up: "build/" reported as ignored makes everything below it ignored.
    QString path = relativePath;
    for (qsizetype slash = path.lastIndexOf(u'/'); slash > 0; slash = path.lastIndexOf(u'/')) {
        path.truncate(slash);
        if (auto it = files.constFind(path + u'/'); it != files.cend())
            return *it;
    }
    if (auto it = files.constFind(relativePath + u'/'); it != files.cend())
        return *it;
    return FileStatus::Clean;
}

Result<GitStatus::Snapshot> GitStatus::scan(const QString &dir)
{
    LibGit2 lib;
    Snapshot snapshot;
    const QByteArray path = QDir(dir).absolutePath().toUtf8();
    git_repository *rawRepo = nullptr;
    const int opened = git_repository_open_ext(&rawRepo, path.constData(), 0, nullptr);
    if (opened == GIT_ENOTFOUND)
        return snapshot; // not under git: no status, not an error
    if (opened < 0)
        return makeError(
            lastError(QCoreApplication::translate("Stratus::GitStatus", "cannot open the repository")));
    RepositoryPtr repo(rawRepo);
    snapshot.isRepository = true;
    if (git_repository_is_bare(repo.get()))
        return snapshot;

    git_reference *rawHead = nullptr;
    if (git_repository_head(&rawHead, repo.get()) == 0) {
        ReferencePtr head(rawHead);
        snapshot.branch = QString::fromUtf8(git_reference_shorthand(head.get()));
    }

    // The project may be a folder inside a larger repository: paths are made relative to it.
    const QString workdir = QDir(QString::fromUtf8(git_repository_workdir(repo.get()))).canonicalPath();
    const QString project = QDir(dir).canonicalPath();
    QString prefix = QDir(workdir).relativeFilePath(project);
    prefix = prefix == QLatin1String(".") ? QString() : prefix + u'/';

    git_status_options options = GIT_STATUS_OPTIONS_INIT;
    options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_INCLUDE_IGNORED |
                    GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS | GIT_STATUS_OPT_EXCLUDE_SUBMODULES;
    git_status_list *rawList = nullptr;
    if (git_status_list_new(&rawList, repo.get(), &options) < 0)
        return makeError(
            lastError(QCoreApplication::translate("Stratus::GitStatus", "cannot read the git status")));
    StatusListPtr list(rawList);
    const size_t count = git_status_list_entrycount(list.get());
    for (size_t i = 0; i < count; ++i) {
        const git_status_entry *e = git_status_byindex(list.get(), i);
        const git_diff_delta *delta = e->index_to_workdir ? e->index_to_workdir : e->head_to_index;
        if (!delta)
            continue;
        const char *file = delta->new_file.path ? delta->new_file.path : delta->old_file.path;
        QString relative = QString::fromUtf8(file);
        if (!prefix.isEmpty()) {
            if (!relative.startsWith(prefix))
                continue;
            relative.remove(0, prefix.size());
        }
        snapshot.files.insert(relative, classify(e->status));
    }
    qCDebug(lcGitStatus) << dir << count << "entries";
    return snapshot;
}

Status GitStatus::init(const QString &dir)
{
    LibGit2 lib;
    const QByteArray path = QDir(dir).absolutePath().toUtf8();
    git_repository *raw = nullptr;
    if (git_repository_open_ext(&raw, path.constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) == 0) {
        git_repository_free(raw);
        return Ok{};
    }
    if (git_repository_init(&raw, path.constData(), 0) < 0)
        return makeError(
            lastError(QCoreApplication::translate("Stratus::GitStatus", "git init %1").arg(dir)));
    git_repository_free(raw);
    return Ok{};
}

QString GitStatus::key(FileStatus status)
{
    switch (status) {
    case FileStatus::Clean:
        return QStringLiteral("clean");
    case FileStatus::New:
        return QStringLiteral("new");
    case FileStatus::Modified:
        return QStringLiteral("modified");
    case FileStatus::Deleted:
        return QStringLiteral("deleted");
    case FileStatus::Renamed:
        return QStringLiteral("renamed");
    case FileStatus::TypeChanged:
        return QStringLiteral("typechange");
    case FileStatus::Ignored:
        return QStringLiteral("ignored");
    case FileStatus::Conflicted:
        return QStringLiteral("conflicted");
    }
    return {};
}

QString GitStatus::displayName(FileStatus status)
{
    switch (status) {
    case FileStatus::Clean:
        return {};
    case FileStatus::New:
        return QCoreApplication::translate("Stratus::GitStatus", "new");
    case FileStatus::Modified:
        return QCoreApplication::translate("Stratus::GitStatus", "modified");
    case FileStatus::Deleted:
        return QCoreApplication::translate("Stratus::GitStatus", "deleted");
    case FileStatus::Renamed:
        return QCoreApplication::translate("Stratus::GitStatus", "renamed");
    case FileStatus::TypeChanged:
        return QCoreApplication::translate("Stratus::GitStatus", "type changed");
    case FileStatus::Ignored:
        return QCoreApplication::translate("Stratus::GitStatus", "ignored");
    case FileStatus::Conflicted:
        return QCoreApplication::translate("Stratus::GitStatus", "conflicted");
    }
    return {};
}

} // namespace Stratus
