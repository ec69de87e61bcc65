#pragma once

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QTimer>

namespace Stratus {

class ManagedProcess;
class Supervisor;

// The supervisor's processes as a table, with figures sampled from /proc once a second.
// Widget-free: the cluster panel and the tests read the same rows.
class ProcessTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RoleColumn,
        NameColumn,
        PidColumn,
        StateColumn,
        UptimeColumn,
        CpuColumn,
        MemoryColumn,
        RestartsColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum DataRole {
        ProcessIdRole = Qt::UserRole + 1,
        FunctionRole,
        StateRole, // ManagedProcess::State as int
        SortRole,  // the raw number behind a formatted cell
    };

    explicit ProcessTableModel(Supervisor *supervisor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString processId(int row) const;
    int rowOf(const QString &processId) const;
    ManagedProcess *process(int row) const;

    // Re-reads /proc for every running process and refreshes uptime; the timer calls it.
    void sample();
    void setSampleInterval(int ms) { m_timer.setInterval(ms); }

    static QString formatDuration(qint64 seconds);
    static QString formatBytes(qint64 bytes);

private:
    struct Row
    {
        QPointer<ManagedProcess> process;
        QString id;
        qint64 sampledPid = 0;
        quint64 cpuTicks = 0; // utime + stime at the last sample
        qint64 sampledAtMs = -1;
        double cpuPercent = -1; // < 0 until two samples of the same PID exist
        qint64 residentBytes = -1;
    };

    void addProcess(ManagedProcess *process);
    void removeProcess(const QString &id);
    void processChanged(ManagedProcess *process);
    void sampleRow(Row &row, qint64 nowMs);
    QString stateText(int state) const;

    QPointer<Supervisor> m_supervisor;
    QList<Row> m_rows;
    QTimer m_timer;
    QElapsedTimer m_clock;
};

} // namespace Stratus
