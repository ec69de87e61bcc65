#pragma once

#include <git2.h>

#include <QString>

#include <memory>

namespace Stratus {

// libgit2 handles owned by unique_ptr with their matching free as deleter (as natshandles.h
// does for nats.c), and libgit2's reference-counted global state for the scope of a call.
template <typename T, void (*Free)(T *)> struct GitDeleter
{
    void operator()(T *p) const { Free(p); }
};
template <typename T, void (*Free)(T *)> using GitPtr = std::unique_ptr<T, GitDeleter<T, Free>>;

using GitRepositoryPtr = GitPtr<git_repository, git_repository_free>;
using GitReferencePtr = GitPtr<git_reference, git_reference_free>;
using GitObjectPtr = GitPtr<git_object, git_object_free>;
using GitCommitPtr = GitPtr<git_commit, git_commit_free>;
using GitTreePtr = GitPtr<git_tree, git_tree_free>;
using GitTagPtr = GitPtr<git_tag, git_tag_free>;
using GitIndexPtr = GitPtr<git_index, git_index_free>;
using GitSignaturePtr = GitPtr<git_signature, git_signature_free>;
using GitRemotePtr = GitPtr<git_remote, git_remote_free>;
using GitDiffPtr = GitPtr<git_diff, git_diff_free>;
using GitDiffStatsPtr = GitPtr<git_diff_stats, git_diff_stats_free>;

class LibGit2Scope
{
public:
    LibGit2Scope() { git_libgit2_init(); }
    ~LibGit2Scope() { git_libgit2_shutdown(); }
    LibGit2Scope(const LibGit2Scope &) = delete;
};

// "what: libgit2's last error message".
inline QString gitError(const QString &what)
{
    const git_error *e = git_error_last();
    return QStringLiteral("%1: %2").arg(what, e && e->message ? QString::fromUtf8(e->message)
                                                              : QStringLiteral("unknown libgit2 error"));
}

} // namespace Stratus
