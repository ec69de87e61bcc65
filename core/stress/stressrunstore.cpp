#include "stressrunstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QMetaObject>
#include <QPointer>
#include <QRegularExpression>
#include <QSaveFile>
#include <QThreadPool>

#include <git2.h>

#include <memory>

namespace Stratus {

namespace {

constexpr char RunsFolder[] = "stress";

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(StressRunStore::tr("cannot write %1: %2").arg(path, file.errorString()));
    return Ok{};
}

struct LibGit2
{
    LibGit2() { git_libgit2_init(); }
    ~LibGit2() { git_libgit2_shutdown(); }
};

} // namespace

StressRunStore::StressRunStore(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<Stratus::StressResult>();
    qRegisterMetaType<QList<Stratus::StressRunStore::Entry>>();
}

void StressRunStore::setProjectDir(const QString &dir)
{
    m_projectDir = dir;
}

QString StressRunStore::runsDir() const
{
    return QDir(m_projectDir).filePath(QLatin1String(RunsFolder));
}

QString StressRunStore::gitRevision(const QString &dir)
{
    LibGit2 lib;
    git_repository *raw = nullptr;
    if (git_repository_open_ext(&raw, dir.toUtf8().constData(), 0, nullptr) != 0)
        return {};
    std::unique_ptr<git_repository, decltype(&git_repository_free)> repo(raw, &git_repository_free);
    git_oid head;
    if (git_reference_name_to_id(&head, repo.get(), "HEAD") != 0)
        return QStringLiteral("(no commit yet)");
    char hex[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(hex, sizeof hex, &head);
    QString revision = QString::fromLatin1(hex).left(12);
    git_status_options options = GIT_STATUS_OPTIONS_INIT;
    options.flags = GIT_STATUS_OPT_EXCLUDE_SUBMODULES;
    options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    git_status_list *list = nullptr;
    if (git_status_list_new(&list, repo.get(), &options) == 0) {
        // Untracked files (the stress/ folder itself, for one) do not make the code differ.
        bool changed = false;
        for (size_t i = 0; i < git_status_list_entrycount(list) && !changed; ++i)
            changed = (git_status_byindex(list, i)->status & ~GIT_STATUS_WT_NEW & ~GIT_STATUS_IGNORED) != 0;
        git_status_list_free(list);
        if (changed)
            revision += QStringLiteral("+changes");
    }
    return revision;
}

Result<QString> StressRunStore::saveTo(const QString &projectDir, StressResult &result)
{
    QDir dir(projectDir);
    if (projectDir.isEmpty() || !dir.exists())
        return makeError(tr("no project folder to save the run in"));
    if (!dir.mkpath(QLatin1String(RunsFolder)))
        return makeError(tr("cannot create %1").arg(dir.filePath(QLatin1String(RunsFolder))));
    if (result.id.isEmpty()) {
        QString name = result.target.spec();
        name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("_"));
        const QString stamp = result.startedAt.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        result.id = QStringLiteral("%1-%2").arg(stamp, name.left(60));
        for (int n = 2; QFile::exists(
                 dir.filePath(QStringLiteral("%1/%2.json").arg(QLatin1String(RunsFolder), result.id)));
             ++n)
            result.id = QStringLiteral("%1-%2-%3").arg(stamp, name.left(60)).arg(n);
    }
    result.project = dir.absolutePath();
    result.gitRevision = gitRevision(projectDir);
    const QString path = dir.filePath(QStringLiteral("%1/%2.json").arg(QLatin1String(RunsFolder), result.id));
    if (const Status written =
            writeFile(path, QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented));
        !written)
        return makeError(written.errorMessage());
    return path;
}

QList<StressRunStore::Entry> StressRunStore::list(const QString &projectDir)
{
    QList<Entry> entries;
    const QDir dir(QDir(projectDir).filePath(QLatin1String(RunsFolder)));
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const auto r = read(info.absoluteFilePath());
        if (!r)
            continue; // not a run (a profile kept beside them, say)
        Entry e;
        e.id = r->id.isEmpty() ? info.completeBaseName() : r->id;
        e.path = info.absoluteFilePath();
        e.startedAt = r->startedAt;
        e.target = r->target.display();
        e.description = r->description;
        e.sent = r->sent;
        e.errors = r->errors;
        e.requestsPerSecond = r->requestsPerSecond();
        e.p95Us = r->latency.percentile(95);
        e.gitRevision = r->gitRevision;
        entries.append(e);
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.startedAt > b.startedAt; });
    return entries;
}

Result<StressResult> StressRunStore::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(
            tr("%1: not valid JSON at byte %2: %3").arg(path).arg(error.offset).arg(error.errorString()));
    auto r = StressResult::fromJson(doc.object());
    if (!r)
        return makeError(QStringLiteral("%1: %2").arg(path, r.errorMessage()));
    return r;
}

Status StressRunStore::exportJson(const StressResult &result, const QString &path)
{
    return writeFile(path, QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented));
}

Status StressRunStore::exportCsv(const StressResult &result, const QString &path)
{
    QByteArray csv = result.timelineCsv();
    if (!result.samples.isEmpty())
        csv += '\n' + result.samplesCsv();
    return writeFile(path, csv);
}

void StressRunStore::save(const StressResult &result)
{
    QPointer<StressRunStore> self(this);
    const QString dir = m_projectDir;
    QThreadPool::globalInstance()->start([self, dir, result] {
        StressResult saved = result;
        const Result<QString> path = saveTo(dir, saved);
        // The application object outlives the pool's work; the store may not.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, path, saved] {
                if (!self)
                    return;
                if (path)
                    emit self->saved(saved, *path);
                else
                    emit self->failed(path.errorMessage());
            },
            Qt::QueuedConnection);
    });
}

void StressRunStore::refresh()
{
    QPointer<StressRunStore> self(this);
    const QString dir = m_projectDir;
    QThreadPool::globalInstance()->start([self, dir] {
        const QList<Entry> entries = list(dir);
        // The application object outlives the pool's work; the store may not.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, entries] {
                if (self)
                    emit self->listed(entries);
            },
            Qt::QueuedConnection);
    });
}

void StressRunStore::load(const QString &id)
{
    QPointer<StressRunStore> self(this);
    const QString path = QDir(runsDir()).filePath(id + QStringLiteral(".json"));
    QThreadPool::globalInstance()->start([self, path] {
        const auto r = read(path);
        // The application object outlives the pool's work; the store may not.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, r] {
                if (!self)
                    return;
                if (r)
                    emit self->loaded(*r);
                else
                    emit self->failed(r.errorMessage());
            },
            Qt::QueuedConnection);
    });
}

} // namespace Stratus
