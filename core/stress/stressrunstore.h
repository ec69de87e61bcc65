#pragma once

#include "result.h"
#include "stressresult.h"

#include <QList>
#include <QObject>
#include <QString>

namespace Stratus {

// The stress runs of a project, one JSON file each under PROJECT/stress/ (StressResult::toJson
// with the profile, target, git revision and results). Reading and writing happen on the
// thread pool; results come back as signals on the owner's thread.
class StressRunStore : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        QString id;
        QString path;
        QDateTime startedAt;
        QString target;
        QString description;
        qint64 sent = 0;
        qint64 errors = 0;
        double requestsPerSecond = 0;
        qint64 p95Us = 0;
        QString gitRevision;
    };

    explicit StressRunStore(QObject *parent = nullptr);

    void setProjectDir(const QString &dir);
    QString projectDir() const { return m_projectDir; }
    QString runsDir() const; // PROJECT/stress

    void save(const StressResult &result); // -> saved() or failed()
    void refresh();                        // -> listed()
    void load(const QString &id);          // -> loaded() or failed()

    // Blocking versions, for the thread pool, the CLI and tests.
    static Result<QString> saveTo(const QString &projectDir, StressResult &result); // fills id, project, git
    static QList<Entry> list(const QString &projectDir);
    static Result<StressResult> read(const QString &path);
    static Status exportJson(const StressResult &result, const QString &path);
    // The timeline (one row per 250 ms), then the raw samples when the run kept them.
    static Status exportCsv(const StressResult &result, const QString &path);
    // HEAD's id (12 hex digits), "+changes" when the work tree differs; empty outside git.
    static QString gitRevision(const QString &dir);

signals:
    void saved(const Stratus::StressResult &result, const QString &path);
    void listed(const QList<Stratus::StressRunStore::Entry> &entries);
    void loaded(const Stratus::StressResult &result);
    void failed(const QString &message);

private:
    QString m_projectDir;
};

} // namespace Stratus

Q_DECLARE_METATYPE(Stratus::StressRunStore::Entry)
