#include "releasegit.h"

#include "libgit2handles.h"
#include "secretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <algorithm>

namespace Stratus {

Q_LOGGING_CATEGORY(lcReleaseGit, "stratus.core.deploy.git", QtWarningMsg)

namespace {

const QString StateDirName = QStringLiteral(".stratus");

struct Transfer
{
    ReleaseGit::Credentials credentials;
    int attempts = 0;
    bool authFailed = false;
    QStringList rejected; // "ref: reason" from the remote
};

int credentialsCallback(git_credential **out, const char *, const char *userFromUrl, unsigned int allowed,
                        void *payload)
{
    auto *t = static_cast<Transfer *>(payload);
    // libgit2 asks again after a refusal; once is enough to know the credentials are wrong.
    if (t->attempts++ > 0) {
        t->authFailed = true;
        return GIT_EAUTH;
    }
    const ReleaseGit::Credentials &c = t->credentials;
    const QByteArray user =
        (c.user.isEmpty() && userFromUrl ? QString::fromUtf8(userFromUrl) : c.user).toUtf8();
    using A = DeployTarget::GitAuth;
    if (c.auth == A::Password && (allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT))
        return git_credential_userpass_plaintext_new(out, user.constData(), c.secret.toUtf8().constData());
    if (c.auth == A::SshAgent && (allowed & GIT_CREDENTIAL_SSH_KEY))
        return git_credential_ssh_key_from_agent(out, user.isEmpty() ? "git" : user.constData());
    if (c.auth == A::SshKey && (allowed & GIT_CREDENTIAL_SSH_KEY))
        return git_credential_ssh_key_new(out, user.isEmpty() ? "git" : user.constData(), nullptr,
                                          c.keyFile.toUtf8().constData(),
                                          c.secret.isEmpty() ? nullptr : c.secret.toUtf8().constData());
    if (allowed & GIT_CREDENTIAL_USERNAME)
        return git_credential_username_new(out, user.isEmpty() ? "git" : user.constData());
    t->authFailed = true;
    return GIT_EAUTH;
}

int pushUpdateReference(const char *refname, const char *status, void *payload)
{
    if (status)
        static_cast<Transfer *>(payload)->rejected
            << QStringLiteral("%1: %2").arg(QString::fromUtf8(refname), QString::fromUtf8(status));
    return 0;
}

git_remote_callbacks callbacksFor(Transfer *transfer)
{
    git_remote_callbacks callbacks = GIT_REMOTE_CALLBACKS_INIT;
    callbacks.credentials = credentialsCallback;
    callbacks.push_update_reference = pushUpdateReference;
    callbacks.payload = transfer;
    return callbacks;
}

// What a failed fetch or push means for the user, without the secret. what is the whole
// sentence for other failures, "%1" the URL and "%2" git's message (one per transfer, so that
// translators get whole sentences).
QString transferError(const QString &what, const QString &url, int code, const Transfer &t)
{
    const git_error *e = git_error_last();
    QString detail = e && e->message ? QString::fromUtf8(e->message) : QString();
    detail = SecretStore::mask(detail, t.credentials.secret);
    if (code == GIT_EAUTH || t.authFailed ||
        detail.contains(QLatin1String("authentication"), Qt::CaseInsensitive))
        return QCoreApplication::translate(
                   "Stratus::ReleaseGit",
                   "git authentication failed at %1: check the target's git user and password, token "
                   "or key (%2)")
            .arg(url, detail);
    if (code == GIT_ENONFASTFORWARD || detail.contains(QLatin1String("non-fast"), Qt::CaseInsensitive) ||
        detail.contains(QLatin1String("fastforward"), Qt::CaseInsensitive))
        return QCoreApplication::translate(
                   "Stratus::ReleaseGit",
                   "push rejected by %1: its deploy ref has moved on (someone else deployed): run "
                   "`stratus releases TARGET` to fetch the remote's releases, then deploy again (%2)")
            .arg(url, detail);
    if (code == GIT_ENOTFOUND || detail.contains(QLatin1String("not found"), Qt::CaseInsensitive) ||
        detail.contains(QLatin1String("could not find repository"), Qt::CaseInsensitive) ||
        detail.contains(QLatin1String("failed to resolve path"), Qt::CaseInsensitive))
        return QCoreApplication::translate("Stratus::ReleaseGit",
                                           "the git remote %1 does not exist or cannot be read (%2)")
            .arg(url, detail);
    return what.arg(url, detail);
}

// Fetches refspecs from a remote given by URL (no remote configured in the repository).
Status fetchFrom(git_repository *repo, const QString &remoteUrl, const QList<QByteArray> &refspecs,
                 const ReleaseGit::Credentials &credentials, const char *reflogMessage)
{
    git_remote *rawRemote = nullptr;
    if (git_remote_create_anonymous(&rawRemote, repo, remoteUrl.toUtf8().constData()) < 0)
        return makeError(gitError(
            QCoreApplication::translate("Stratus::ReleaseGit", "the git remote %1 is not a valid remote")
                .arg(remoteUrl)));
    GitRemotePtr remote(rawRemote);
    std::vector<char *> specs;
    for (const QByteArray &spec : refspecs)
        specs.push_back(const_cast<char *>(spec.constData()));
    const git_strarray array = {specs.data(), specs.size()};
    Transfer transfer;
    transfer.credentials = credentials;
    git_fetch_options options = GIT_FETCH_OPTIONS_INIT;
    options.callbacks = callbacksFor(&transfer);
    options.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_NONE;
    const int rc = git_remote_fetch(remote.get(), &array, &options, reflogMessage);
    if (rc < 0)
        return makeError(
            transferError(QCoreApplication::translate("Stratus::ReleaseGit", "fetch from %1 failed: %2"),
                          remoteUrl, rc, transfer));
    return Ok{};
}

Result<GitRepositoryPtr> openProjectRepository(const QString &projectDir)
{
    git_repository *raw = nullptr;
    const QByteArray path = QDir(projectDir).absolutePath().toUtf8();
    const int rc = git_repository_open_ext(&raw, path.constData(), 0, nullptr);
    if (rc == GIT_ENOTFOUND)
        return makeError(QCoreApplication::translate(
                             "Stratus::ReleaseGit",
                             "%1 is not in a git repository: releases are git commits (run `git init` "
                             "there, or create the project from the workbench)")
                             .arg(projectDir));
    if (rc < 0)
        return makeError(gitError(
            QCoreApplication::translate("Stratus::ReleaseGit", "cannot open the git repository of %1")
                .arg(projectDir)));
    GitRepositoryPtr repo(raw);
    if (git_repository_is_bare(repo.get()))
        return makeError(
            QCoreApplication::translate("Stratus::ReleaseGit", "%1 is inside a bare git repository")
                .arg(projectDir));
    return repo;
}

// The project folder's files as a tree in the repository's object store, built in an
// in-memory index: the repository's own index is not involved.
Result<git_oid> snapshotTree(git_repository *repo, const QString &projectDir)
{
    const QDir project(QDir(projectDir).canonicalPath());
    const QDir workdir(QDir(QString::fromUtf8(git_repository_workdir(repo))).canonicalPath());
    git_index *rawIndex = nullptr;
    if (git_index_new(&rawIndex) < 0)
        return makeError(
            gitError(QCoreApplication::translate("Stratus::ReleaseGit", "cannot create an index")));
    GitIndexPtr index(rawIndex);

    QStringList pending{QString()}; // folders relative to the project, "" = the project
    while (!pending.isEmpty()) {
        const QString folder = pending.takeLast();
        const QDir dir(project.filePath(folder));
        const auto entries = dir.entryInfoList(
            QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
        for (const QFileInfo &info : entries) {
            const QString relative = folder.isEmpty() ? info.fileName() : folder + u'/' + info.fileName();
            if (folder.isEmpty() &&
                (info.fileName() == StateDirName || info.fileName() == QLatin1String(".git")))
                continue;
            if (info.fileName() == QLatin1String(".git"))
                continue;
            const bool isDir = info.isDir() && !info.isSymLink();
            const QByteArray inWorkdir = (workdir.relativeFilePath(info.absoluteFilePath()) +
                                          (isDir ? QStringLiteral("/") : QString()))
                                             .toUtf8();
            int ignored = 0;
            if (git_ignore_path_is_ignored(&ignored, repo, inWorkdir.constData()) == 0 && ignored)
                continue;
            if (isDir) {
                pending << relative;
                continue;
            }
            git_index_entry entry = {};
            const QByteArray path = relative.toUtf8();
            entry.path = path.constData();
            if (info.isSymLink()) {
                const QByteArray target = QFile::encodeName(info.symLinkTarget());
                if (git_blob_create_from_buffer(&entry.id, repo, target.constData(), size_t(target.size())) <
                    0)
                    return makeError(gitError(
                        QCoreApplication::translate("Stratus::ReleaseGit", "cannot store %1").arg(relative)));
                entry.mode = GIT_FILEMODE_LINK;
            } else if (info.isFile()) {
                if (git_blob_create_from_disk(&entry.id, repo,
                                              QFile::encodeName(info.absoluteFilePath()).constData()) < 0)
                    return makeError(gitError(
                        QCoreApplication::translate("Stratus::ReleaseGit", "cannot store %1").arg(relative)));
                entry.mode = info.isExecutable() ? GIT_FILEMODE_BLOB_EXECUTABLE : GIT_FILEMODE_BLOB;
            } else {
                continue; // sockets, fifos
            }
            if (git_index_add(index.get(), &entry) < 0)
                return makeError(gitError(
                    QCoreApplication::translate("Stratus::ReleaseGit", "cannot add %1 to the snapshot")
                        .arg(relative)));
        }
    }
    git_oid tree;
    if (git_index_write_tree_to(&tree, index.get(), repo) < 0)
        return makeError(
            gitError(QCoreApplication::translate("Stratus::ReleaseGit", "cannot write the snapshot's tree")));
    return tree;
}

GitSignaturePtr signatureFor(git_repository *repo)
{
    git_signature *raw = nullptr;
    if (git_signature_default(&raw, repo) < 0)
        git_signature_now(&raw, "Stratus Workbench", "stratus@localhost");
    return GitSignaturePtr(raw);
}

QString hex(const git_oid *oid)
{
    char buffer[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(buffer, sizeof buffer, oid);
    return QString::fromLatin1(buffer);
}

Result<GitTreePtr> treeOfRef(git_repository *repo, const QString &ref)
{
    git_object *raw = nullptr;
    if (git_revparse_single(&raw, repo, (ref + QStringLiteral("^{tree}")).toUtf8().constData()) < 0)
        return makeError(
            gitError(QCoreApplication::translate("Stratus::ReleaseGit", "no such release: %1").arg(ref)));
    return GitTreePtr(reinterpret_cast<git_tree *>(raw));
}

} // namespace

ReleaseGit::Credentials ReleaseGit::Credentials::forTarget(const DeployTarget &target, const QString &secret)
{
    return Credentials{target.gitAuth, target.gitUser, secret, target.gitKeyFile};
}

ReleaseGit::Credentials ReleaseGit::Credentials::fromEnvironment()
{
    Credentials c;
    c.user = qEnvironmentVariable("STRATUS_GIT_USER");
    c.secret = qEnvironmentVariable("STRATUS_GIT_PASSWORD");
    if (!c.secret.isEmpty())
        c.auth = DeployTarget::GitAuth::Password;
    else if (!qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK"))
        c.auth = DeployTarget::GitAuth::SshAgent;
    return c;
}

QString ReleaseGit::tagName(const QString &target, const QString &release)
{
    return QStringLiteral("stratus/%1/%2").arg(target, release);
}

QString ReleaseGit::tagRef(const QString &target, const QString &release)
{
    return QStringLiteral("refs/tags/") + tagName(target, release);
}

QString ReleaseGit::deployRef(const QString &target)
{
    return QStringLiteral("refs/stratus/deploy/") + target;
}

Result<ReleaseGit::Release> ReleaseGit::createRelease(const QString &projectDir, const QString &target,
                                                      const QString &message)
{
    LibGit2Scope lib;
    auto repo = openProjectRepository(projectDir);
    if (!repo)
        return repo.error();
    git_repository *r = repo->get();
    auto treeId = snapshotTree(r, projectDir);
    if (!treeId)
        return treeId.error();
    git_tree *rawTree = nullptr;
    if (git_tree_lookup(&rawTree, r, &*treeId) < 0)
        return makeError(
            gitError(QCoreApplication::translate("Stratus::ReleaseGit", "cannot read the snapshot's tree")));
    GitTreePtr tree(rawTree);

    const QByteArray ref = deployRef(target).toUtf8();
    GitCommitPtr parent;
    git_oid parentId;
    if (git_reference_name_to_id(&parentId, r, ref.constData()) == 0) {
        git_commit *rawParent = nullptr;
        if (git_commit_lookup(&rawParent, r, &parentId) == 0)
            parent.reset(rawParent);
    }
    const GitSignaturePtr signature = signatureFor(r);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString name = now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    for (int n = 2; n < 100; ++n) { // two deploys in one second
        git_oid existing;
        if (git_reference_name_to_id(&existing, r, tagRef(target, name).toUtf8().constData()) != 0)
            break;
        name = now.toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral("-%1").arg(n);
    }
    const QString text =
        (message.trimmed().isEmpty() ? QStringLiteral("Deploy to %1").arg(target) : message.trimmed()) +
        QStringLiteral("\n\nStratus-Target: %1\nStratus-Release: %2\n").arg(target, name);
    const QByteArray textBytes = text.toUtf8();
    const git_commit *parents[] = {parent.get()};
    git_oid commitId;
    if (git_commit_create(&commitId, r, ref.constData(), signature.get(), signature.get(), nullptr,
                          textBytes.constData(), tree.get(), parent ? 1 : 0, parent ? parents : nullptr) < 0)
        return makeError(
            gitError(QCoreApplication::translate("Stratus::ReleaseGit", "cannot commit the snapshot on %1")
                         .arg(QString::fromUtf8(ref))));
    git_object *commitObject = nullptr;
    if (git_object_lookup(&commitObject, r, &commitId, GIT_OBJECT_COMMIT) < 0)
        return makeError(gitError(
            QCoreApplication::translate("Stratus::ReleaseGit", "cannot read the snapshot's commit")));
    GitObjectPtr commit(commitObject);
    git_oid tagId;
    if (git_tag_create(&tagId, r, tagName(target, name).toUtf8().constData(), commit.get(), signature.get(),
                       textBytes.constData(), 0) < 0)
        return makeError(
            gitError(QCoreApplication::translate("Stratus::ReleaseGit", "cannot tag release %1").arg(name)));
    Release release;
    release.name = name;
    release.tag = tagName(target, name);
    release.commit = hex(&commitId);
    release.message = message.trimmed();
    release.author = QStringLiteral("%1 <%2>").arg(QString::fromUtf8(signature->name),
                                                   QString::fromUtf8(signature->email));
    release.time = now;
    qCInfo(lcReleaseGit) << "release" << release.tag << release.commit;
    return release;
}

Status ReleaseGit::dropRelease(const QString &projectDir, const QString &target, const Release &release)
{
    LibGit2Scope lib;
    auto repo = openProjectRepository(projectDir);
    if (!repo)
        return repo.error();
    git_repository *r = repo->get();
    git_tag_delete(r, release.tag.toUtf8().constData());
    git_oid commitId;
    git_oid_fromstr(&commitId, release.commit.toLatin1().constData());
    git_commit *raw = nullptr;
    if (git_commit_lookup(&raw, r, &commitId) < 0)
        return Ok{};
    GitCommitPtr commit(raw);
    const QByteArray ref = deployRef(target).toUtf8();
    if (git_commit_parentcount(commit.get()) == 0) {
        git_reference_remove(r, ref.constData());
        return Ok{};
    }
    git_reference *moved = nullptr;
    if (git_reference_create(&moved, r, ref.constData(), git_commit_parent_id(commit.get(), 0), 1,
                             "stratus: the release was not pushed") < 0)
        return makeError(gitError(QCoreApplication::translate("Stratus::ReleaseGit", "cannot move %1 back")
                                      .arg(QString::fromUtf8(ref))));
    git_reference_free(moved);
    return Ok{};
}

Status ReleaseGit::push(const QString &projectDir, const QString &remoteUrl, const QString &target,
                        const Release &release, const Credentials &credentials)
{
    LibGit2Scope lib;
    auto repo = openProjectRepository(projectDir);
    if (!repo)
        return repo.error();
    git_remote *rawRemote = nullptr;
    if (git_remote_create_anonymous(&rawRemote, repo->get(), remoteUrl.toUtf8().constData()) < 0)
        return makeError(gitError(
            QCoreApplication::translate("Stratus::ReleaseGit", "the git remote %1 is not a valid remote")
                .arg(remoteUrl)));
    GitRemotePtr remote(rawRemote);
    const QByteArray deploy = (deployRef(target) + u':' + deployRef(target)).toUtf8();
    const QByteArray tag =
        (QStringLiteral("refs/tags/") + release.tag + u':' + QStringLiteral("refs/tags/") + release.tag)
            .toUtf8();
    char *specs[] = {const_cast<char *>(deploy.constData()), const_cast<char *>(tag.constData())};
    const git_strarray refspecs = {specs, 2};
    Transfer transfer;
    transfer.credentials = credentials;
    git_push_options options = GIT_PUSH_OPTIONS_INIT;
    options.callbacks = callbacksFor(&transfer);
    const int rc = git_remote_push(remote.get(), &refspecs, &options);
    if (rc < 0)
        return makeError(
            transferError(QCoreApplication::translate("Stratus::ReleaseGit", "push to %1 failed: %2"),
                          remoteUrl, rc, transfer));
    if (!transfer.rejected.isEmpty())
        return makeError(QCoreApplication::translate("Stratus::ReleaseGit", "push rejected by %1: %2")
                             .arg(remoteUrl, transfer.rejected.join(QStringLiteral("; "))));
    return Ok{};
}

Status ReleaseGit::fetchReleases(const QString &projectDir, const QString &remoteUrl, const QString &target,
                                 const Credentials &credentials)
{
    LibGit2Scope lib;
    auto repo = openProjectRepository(projectDir);
    if (!repo)
        return repo.error();
    const QByteArray tags =
        QStringLiteral("refs/tags/stratus/%1/*:refs/tags/stratus/%1/*").arg(target).toUtf8();
    // Forced: the remote's deploy ref is the truth once its releases are here.
    const QByteArray deploy = (u'+' + deployRef(target) + u':' + deployRef(target)).toUtf8();
    return fetchFrom(repo->get(), remoteUrl, {tags, deploy}, credentials, "stratus: fetch releases");
}

Result<QList<ReleaseGit::Release>> ReleaseGit::releases(const QString &projectDir, const QString &target)
{
    LibGit2Scope lib;
    auto repo = openProjectRepository(projectDir);
    if (!repo)
        return repo.error();
    git_repository *r = repo->get();
    git_strarray names = {};
    if (git_tag_list_match(&names, tagName(target, QStringLiteral("*")).toUtf8().constData(), r) < 0)
        return makeError(
            gitError(QCoreApplication::translate("Stratus::ReleaseGit", "cannot list the tags of %1")
                         .arg(projectDir)));
    QList<Release> list;
    for (size_t i = 0; i < names.count; ++i) {
        const QString tag = QString::fromUtf8(names.strings[i]);
        git_object *raw = nullptr;
        if (git_revparse_single(&raw, r, (QStringLiteral("refs/tags/") + tag).toUtf8().constData()) < 0)
            continue;
        GitObjectPtr object(raw);
        Release release;
        release.tag = tag;
        release.name = tag.section(u'/', 2);
        if (git_object_type(object.get()) == GIT_OBJECT_TAG) {
            const auto *annotated = reinterpret_cast<const git_tag *>(object.get());
            release.commit = hex(git_tag_target_id(annotated));
            const QString text = QString::fromUtf8(git_tag_message(annotated));
            release.message = text.section(QStringLiteral("\n\nStratus-"), 0, 0).trimmed();
            if (const git_signature *tagger = git_tag_tagger(annotated)) {
                release.author = QStringLiteral("%1 <%2>").arg(QString::fromUtf8(tagger->name),
                                                               QString::fromUtf8(tagger->email));
                release.time = QDateTime::fromSecsSinceEpoch(tagger->when.time, Qt::UTC);
            }
        } else {
            release.commit = hex(git_object_id(object.get()));
        }
        list << release;
    }
    git_strarray_dispose(&names);
    std::sort(list.begin(), list.end(), [](const Release &a, const Release &b) {
        return a.time != b.time ? a.time > b.time : a.name > b.name;
    });
    return list;
}

Result<QString> ReleaseGit::diffWithProject(const QString &projectDir, const QString &target,
                                            const QString &release)
{
    LibGit2Scope lib;
    auto repo = openProjectRepository(projectDir);
    if (!repo)
        return repo.error();
    git_repository *r = repo->get();
    auto oldTree = treeOfRef(r, tagRef(target, release));
    if (!oldTree)
        return oldTree.error();
    auto newTreeId = snapshotTree(r, projectDir);
    if (!newTreeId)
        return newTreeId.error();
    git_tree *rawNew = nullptr;
    if (git_tree_lookup(&rawNew, r, &*newTreeId) < 0)
        return makeError(gitError(
            QCoreApplication::translate("Stratus::ReleaseGit", "cannot read the project's snapshot")));
    GitTreePtr newTree(rawNew);
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.context_lines = 3;
    git_diff *rawDiff = nullptr;
    if (git_diff_tree_to_tree(&rawDiff, r, oldTree->get(), newTree.get(), &options) < 0)
        return makeError(gitError(
            QCoreApplication::translate("Stratus::ReleaseGit", "cannot diff release %1 with the project")
                .arg(release)));
    GitDiffPtr diff(rawDiff);
    git_buf buffer = GIT_BUF_INIT;
    if (git_diff_to_buf(&buffer, diff.get(), GIT_DIFF_FORMAT_PATCH) < 0)
        return makeError(
            gitError(QCoreApplication::translate("Stratus::ReleaseGit", "cannot format the diff")));
    const QString text = QString::fromUtf8(buffer.ptr, qsizetype(buffer.size));
    git_buf_dispose(&buffer);
    return text;
}

Status ReleaseGit::fetchRelease(const QString &cacheRepo, const QString &remoteUrl, const QString &tagRefName,
                                const QString &expectedCommit, const Credentials &credentials)
{
    LibGit2Scope lib;
    git_repository *raw = nullptr;
    const QByteArray path = QFile::encodeName(cacheRepo);
    if (git_repository_open_bare(&raw, path.constData()) < 0 &&
        git_repository_init(&raw, path.constData(), 1) < 0)
        return makeError(
            gitError(QCoreApplication::translate("Stratus::ReleaseGit", "cannot create the release cache %1")
                         .arg(cacheRepo)));
    GitRepositoryPtr repo(raw);
    if (Status fetched = fetchFrom(repo.get(), remoteUrl, {(u'+' + tagRefName + u':' + tagRefName).toUtf8()},
                                   credentials, "stratus-agent: fetch release");
        !fetched)
        return fetched;
    git_object *commit = nullptr;
    if (git_revparse_single(&commit, repo.get(),
                            (tagRefName + QStringLiteral("^{commit}")).toUtf8().constData()) < 0)
        return makeError(
            QCoreApplication::translate("Stratus::ReleaseGit", "%1 has no %2 (was the release pushed?)")
                .arg(remoteUrl, tagRefName));
    GitObjectPtr object(commit);
    const QString got = hex(git_object_id(object.get()));
    if (!expectedCommit.isEmpty() && got != expectedCommit)
        return makeError(
            QCoreApplication::translate("Stratus::ReleaseGit",
                                        "%1 on %2 names commit %3, not %4 as the deploy request says")
                .arg(tagRefName, remoteUrl, got, expectedCommit));
    return Ok{};
}

Status ReleaseGit::checkoutRelease(const QString &cacheRepo, const QString &tagRefName,
                                   const QString &targetDir)
{
    LibGit2Scope lib;
    git_repository *raw = nullptr;
    if (git_repository_open_bare(&raw, QFile::encodeName(cacheRepo).constData()) < 0)
        return makeError(
            gitError(QCoreApplication::translate("Stratus::ReleaseGit", "cannot open the release cache %1")
                         .arg(cacheRepo)));
    GitRepositoryPtr repo(raw);
    auto tree = treeOfRef(repo.get(), tagRefName);
    if (!tree)
        return tree.error();
    if (QFileInfo::exists(targetDir))
        return makeError(
            QCoreApplication::translate("Stratus::ReleaseGit", "%1 exists already").arg(targetDir));
    if (!QDir().mkpath(targetDir))
        return makeError(
            QCoreApplication::translate("Stratus::ReleaseGit", "cannot create %1").arg(targetDir));
    const QByteArray target = QFile::encodeName(targetDir);
    git_checkout_options options = GIT_CHECKOUT_OPTIONS_INIT;
    options.checkout_strategy = GIT_CHECKOUT_FORCE | GIT_CHECKOUT_DONT_UPDATE_INDEX;
    options.target_directory = target.constData();
    if (git_checkout_tree(repo.get(), reinterpret_cast<const git_object *>(tree->get()), &options) < 0)
        return makeError(
            gitError(QCoreApplication::translate("Stratus::ReleaseGit", "cannot check %1 out into %2")
                         .arg(tagRefName, targetDir)));
    return Ok{};
}

} // namespace Stratus
