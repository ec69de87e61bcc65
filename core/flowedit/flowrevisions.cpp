#include "flowrevisions.h"

#include "deploy/libgit2handles.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

namespace Stratus {

Q_LOGGING_CATEGORY(lcFlowRevisions, "stratus.core.flowedit.git", QtWarningMsg)

namespace {

using GitRevwalkPtr = GitPtr<git_revwalk, git_revwalk_free>;
using GitTreeEntryPtr = GitPtr<git_tree_entry, git_tree_entry_free>;
using GitBlobPtr = GitPtr<git_blob, git_blob_free>;

struct Located
{
    GitRepositoryPtr repo;
    QByteArray relativePath; // '/'-separated, relative to the work tree
};

Result<Located> locate(const QString &filePath)
{
    const QFileInfo info(filePath);
    const QString dir = info.absolutePath();
    git_repository *raw = nullptr;
    const int opened =
        git_repository_open_ext(&raw, QDir(dir).absolutePath().toUtf8().constData(), 0, nullptr);
    if (opened == GIT_ENOTFOUND)
        return makeError(
            FlowRevisions::tr("%1 is not in a git repository: there are no revisions to compare with")
                .arg(QDir::toNativeSeparators(filePath)));
    if (opened < 0)
        return makeError(gitError(FlowRevisions::tr("%1: cannot open its git repository").arg(filePath)));
    Located located{GitRepositoryPtr(raw), {}};
    const char *workdir = git_repository_workdir(located.repo.get());
    if (!workdir)
        return makeError(FlowRevisions::tr("%1: the repository has no work tree").arg(filePath));
    // Canonical paths on both sides: the project may be reached through a symlink (/tmp).
    const QString root = QDir(QString::fromUtf8(workdir)).canonicalPath();
    const QString canonicalDir = QDir(dir).canonicalPath();
    const QString relative = QDir(root).relativeFilePath(canonicalDir + u'/' + info.fileName());
    if (relative.startsWith(QLatin1String("..")))
        return makeError(FlowRevisions::tr("%1 is outside the repository at %2").arg(filePath, root));
    located.relativePath = relative.toUtf8();
    return located;
}

// The blob id of the path in a commit's tree; false when the commit does not have the file.
bool blobAt(git_commit *commit, const QByteArray &path, git_oid *out)
{
    git_tree *rawTree = nullptr;
    if (git_commit_tree(&rawTree, commit) < 0)
        return false;
    GitTreePtr tree(rawTree);
    git_tree_entry *rawEntry = nullptr;
    if (git_tree_entry_bypath(&rawEntry, tree.get(), path.constData()) < 0)
        return false;
    GitTreeEntryPtr entry(rawEntry);
    if (git_tree_entry_type(entry.get()) != GIT_OBJECT_BLOB)
        return false;
    git_oid_cpy(out, git_tree_entry_id(entry.get()));
    return true;
}

QString hex(const git_oid *oid)
{
    char buffer[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(buffer, sizeof buffer, oid);
    return QString::fromLatin1(buffer);
}

} // namespace

Result<QList<FlowRevision>> FlowRevisions::history(const QString &filePath, int maxCount)
{
    LibGit2Scope lib;
    auto located = locate(filePath);
    if (!located)
        return located.error();
    git_repository *repo = located->repo.get();
    QList<FlowRevision> revisions;
    git_revwalk *rawWalk = nullptr;
    if (git_revwalk_new(&rawWalk, repo) < 0)
        return makeError(gitError(tr("%1: cannot walk the history").arg(filePath)));
    GitRevwalkPtr walk(rawWalk);
    // Topological first: commits made within one second (scripts, tests) keep their order.
    git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
    if (git_revwalk_push_head(walk.get()) < 0)
        return revisions; // an unborn branch: nothing committed yet

    git_oid oid;
    while (revisions.size() < maxCount && git_revwalk_next(&oid, walk.get()) == 0) {
        git_commit *rawCommit = nullptr;
        if (git_commit_lookup(&rawCommit, repo, &oid) < 0)
            return makeError(gitError(tr("%1: cannot read commit %2").arg(filePath, hex(&oid))));
        GitCommitPtr commit(rawCommit);
        git_oid blob;
        if (!blobAt(commit.get(), located->relativePath, &blob))
            continue;
        // Touched: the file differs from every parent (same as one parent = came from there).
        bool touched = true;
        const unsigned parents = git_commit_parentcount(commit.get());
        for (unsigned i = 0; i < parents && touched; ++i) {
            git_commit *rawParent = nullptr;
            if (git_commit_parent(&rawParent, commit.get(), i) < 0)
                continue;
            GitCommitPtr parent(rawParent);
            git_oid parentBlob;
            if (blobAt(parent.get(), located->relativePath, &parentBlob) && git_oid_equal(&blob, &parentBlob))
                touched = false;
        }
        if (!touched)
            continue;
        FlowRevision r;
        r.id = hex(&oid);
        r.shortId = r.id.left(8);
        r.summary = QString::fromUtf8(git_commit_summary(commit.get()));
        if (const git_signature *author = git_commit_author(commit.get())) {
            r.author = QString::fromUtf8(author->name);
            r.time = QDateTime::fromSecsSinceEpoch(author->when.time);
        }
        revisions << r;
    }
    qCDebug(lcFlowRevisions) << filePath << revisions.size() << "revisions";
    return revisions;
}

Result<QByteArray> FlowRevisions::contentAt(const QString &filePath, const QString &commitId)
{
    LibGit2Scope lib;
    auto located = locate(filePath);
    if (!located)
        return located.error();
    git_repository *repo = located->repo.get();
    git_object *rawObject = nullptr;
    if (git_revparse_single(&rawObject, repo, commitId.toUtf8().constData()) < 0)
        return makeError(gitError(tr("%1: there is no commit %2").arg(filePath, commitId)));
    GitObjectPtr object(rawObject);
    git_object *rawCommit = nullptr;
    if (git_object_peel(&rawCommit, object.get(), GIT_OBJECT_COMMIT) < 0)
        return makeError(gitError(tr("%1: %2 is not a commit").arg(filePath, commitId)));
    GitCommitPtr commit(reinterpret_cast<git_commit *>(rawCommit));
    git_oid blobId;
    if (!blobAt(commit.get(), located->relativePath, &blobId))
        return makeError(tr("%1 does not exist in commit %2")
                             .arg(QString::fromUtf8(located->relativePath), commitId.left(8)));
    git_blob *rawBlob = nullptr;
    if (git_blob_lookup(&rawBlob, repo, &blobId) < 0)
        return makeError(gitError(tr("%1: cannot read it from commit %2").arg(filePath, commitId)));
    GitBlobPtr blob(rawBlob);
    return QByteArray(static_cast<const char *>(git_blob_rawcontent(blob.get())),
                      qsizetype(git_blob_rawsize(blob.get())));
}

} // namespace Stratus
