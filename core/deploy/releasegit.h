#pragma once

#include "deploytarget.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Stratus {

// The git side of deploying, with libgit2 (docs/deploy.md, "Releases in git"). A release is
// an annotated tag stratus/TARGET/RELEASE on a commit of the deploy ref
// refs/stratus/deploy/TARGET, whose tree is a snapshot of the project folder. Neither the
// user's branch, nor the index, nor the working tree is touched. Blocking: call it off the
// GUI thread. Thread-safe: every call opens its own repository handle.
class ReleaseGit
{
public:
    struct Credentials
    {
        DeployTarget::GitAuth auth = DeployTarget::GitAuth::None;
        QString user;
        QString secret;  // password/token, or the ssh key's passphrase
        QString keyFile; // SshKey

        static Credentials forTarget(const DeployTarget &target, const QString &secret);
        // A node's own: STRATUS_GIT_USER and STRATUS_GIT_PASSWORD, else the ssh agent when
        // SSH_AUTH_SOCK is set.
        static Credentials fromEnvironment();
    };

    struct Release
    {
        QString name;   // "20261124-193000"
        QString tag;    // "stratus/prod/20261124-193000"
        QString commit; // hex
        QString message;
        QString author; // "Name <email>"
        QDateTime time;
    };

    static QString tagName(const QString &target, const QString &release);
    static QString tagRef(const QString &target, const QString &release); // refs/tags/...
    static QString deployRef(const QString &target);

    // Commits a snapshot of the project folder (uncommitted files included; .git, .stratus/
    // and ignored files excluded) on the deploy ref and tags it. The project must be inside a
    // git repository.
    static Result<Release> createRelease(const QString &projectDir, const QString &target,
                                         const QString &message);
    // Undoes createRelease() (a push that failed): deletes the tag, moves the deploy ref back.
    static Status dropRelease(const QString &projectDir, const QString &target, const Release &release);
    // Pushes the deploy ref and the release's tag to remoteUrl.
    static Status push(const QString &projectDir, const QString &remoteUrl, const QString &target,
                       const Release &release, const Credentials &credentials);
    // Fetches the target's release tags (and its deploy ref) from remoteUrl into the project's
    // repository, so that releases others made are listed too.
    static Status fetchReleases(const QString &projectDir, const QString &remoteUrl, const QString &target,
                                const Credentials &credentials);
    // The target's releases in the project's repository, newest first.
    static Result<QList<Release>> releases(const QString &projectDir, const QString &target);
    // The patch from a release to the project folder as it is now ("" when they are the same).
    static Result<QString> diffWithProject(const QString &projectDir, const QString &target,
                                           const QString &release);

    // A node's side: fetches one release tag from remoteUrl into the bare cache repository
    // (created when missing) and checks that it names expectedCommit (when given).
    static Status fetchRelease(const QString &cacheRepo, const QString &remoteUrl, const QString &tagRef,
                               const QString &expectedCommit, const Credentials &credentials);
    // Writes the tree of tagRef into targetDir (which must not exist yet).
    static Status checkoutRelease(const QString &cacheRepo, const QString &tagRef, const QString &targetDir);
};

} // namespace Stratus
