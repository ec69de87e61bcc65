#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QTimer>

namespace Stratus {

// Every line the cluster's processes write, newest last, in a bounded buffer: beyond
// capacity() the oldest lines go. Lines arrive one by one (Supervisor::logLine) and are
// inserted in batches so a chatty process costs one model update per tick, not per line.
class LogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ProcessColumn, LevelColumn, MessageColumn, ColumnCount };
    enum class Level { Debug, Info, Warning, Error };
    Q_ENUM(Level)
    // A stable key per cell for filtering ("error", a process id), independent of the language.
    static constexpr int FilterKeyRole = Qt::UserRole + 1;
    static constexpr int StderrRole = Qt::UserRole + 2;

    struct Entry
    {
        QDateTime time;
        QString processId;
        QString text;
        Level level = Level::Info;
        bool isStderr = false;
    };

    explicit LogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const QString &processId, bool isStderr, const QString &line);
    void flush(); // inserts what append() queued; the batch timer calls it
    void clear();

    qsizetype capacity() const { return m_capacity; }
    void setCapacity(qsizetype lines);
    const Entry &entry(int row) const { return m_entries.at(row); }
    // "2026-11-24 17:02:56.123 invoker.echo.0 ERROR text": what Copy and Save write.
    QString formatLine(int row) const;
    QStringList processIds() const;

    // From the first upper-case level word (ERROR, WARN, INFO, DEBUG, nats-server's [ERR]…); Info without
    // one.
    static Level detectLevel(QStringView line);
    static QString levelKey(Level level);
    static QString levelName(Level level);

signals:
    void processSeen(const QString &processId);

private:
    QList<Entry> m_entries;
    QList<Entry> m_pending;
    QSet<QString> m_processes;
    qsizetype m_capacity = 100000;
    QTimer m_batchTimer;
};

} // namespace Stratus
