#include "processtablemodel.h"

#include "managedprocess.h"
#include "procstat.h"
#include "supervisor.h"

#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>

#include <unistd.h>

namespace Stratus {

Q_LOGGING_CATEGORY(lcProcessModel, "stratus.models.processes", QtWarningMsg)

namespace {

struct ProcSample
{
    quint64 cpuTicks = 0;
    qint64 residentBytes = -1;
    bool ok = false;
};

// Two small reads from procfs (kernel memory, no disk): cheap enough for a handful of
// processes once a second on the GUI thread.
ProcSample readProc(qint64 pid)
{
    ProcSample s;
    const QList<QByteArray> fields = procStatFields(pid);
    if (fields.size() < 13)
        return s;
    s.cpuTicks = fields[11].toULongLong() + fields[12].toULongLong();
    QFile statm(QStringLiteral("/proc/%1/statm").arg(pid));
    if (statm.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        const QList<QByteArray> pages = statm.read(256).split(' ');
        if (pages.size() > 1)
            s.residentBytes = pages[1].toLongLong() * qint64(sysconf(_SC_PAGESIZE));
    }
    s.ok = true;
    return s;
}

const long TicksPerSecond = sysconf(_SC_CLK_TCK);

} // namespace

ProcessTableModel::ProcessTableModel(Supervisor *supervisor, QObject *parent)
    : QAbstractTableModel(parent), m_supervisor(supervisor)
{
    m_clock.start();
    if (supervisor) {
        for (ManagedProcess *p : supervisor->processes())
            addProcess(p);
        connect(supervisor, &Supervisor::processAdded, this, &ProcessTableModel::addProcess);
        connect(supervisor, &Supervisor::processRemoved, this, &ProcessTableModel::removeProcess);
    }
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ProcessTableModel::sample);
    m_timer.start();
}

int ProcessTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProcessTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProcessTableModel::processId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString();
}

int ProcessTableModel::rowOf(const QString &processId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == processId)
            return i;
    }
    return -1;
}

ManagedProcess *ProcessTableModel::process(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].process.data() : nullptr;
}

QString ProcessTableModel::formatDuration(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString ProcessTableModel::formatBytes(qint64 bytes)
{
    if (bytes < 0)
        return {};
    if (bytes < 1024 * 1024)
        return tr("%1 KiB").arg(bytes / 1024);
    if (bytes < 1024LL * 1024 * 1024)
        return tr("%1 MiB").arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
    return tr("%1 GiB").arg(double(bytes) / (1024LL * 1024 * 1024), 0, 'f', 2);
}

QString ProcessTableModel::stateText(int state) const
{
    switch (ManagedProcess::State(state)) {
    case ManagedProcess::State::Stopped:
        return tr("Stopped");
    case ManagedProcess::State::Starting:
        return tr("Starting");
    case ManagedProcess::State::Ready:
        return tr("Ready");
    case ManagedProcess::State::Crashed:
        return tr("Crashed");
    case ManagedProcess::State::Restarting:
        return tr("Restarting");
    case ManagedProcess::State::Stopping:
        return tr("Stopping");
    }
    return {};
}

namespace {

QString roleText(ManagedProcess::Role role)
{
    switch (role) {
    case ManagedProcess::Role::Broker:
        return ProcessTableModel::tr("broker");
    case ManagedProcess::Role::Invoker:
        return ProcessTableModel::tr("invoker");
    case ManagedProcess::Role::Registry:
        return ProcessTableModel::tr("registry");
    case ManagedProcess::Role::Datastore:
        return ProcessTableModel::tr("datastore");
    case ManagedProcess::Role::Flow:
        return ProcessTableModel::tr("flow");
    case ManagedProcess::Role::Gateway:
        return ProcessTableModel::tr("gateway");
    }
    return {};
}

} // namespace

QVariant ProcessTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[index.row()];
    const ManagedProcess *p = row.process.data();
    if (!p)
        return {};
    const bool running = p->pid() > 0;
    const qint64 uptime =
        running && p->startedAt().isValid() ? p->startedAt().secsTo(QDateTime::currentDateTimeUtc()) : -1;

    switch (role) {
    case ProcessIdRole:
        return row.id;
    case FunctionRole:
        return p->spec().function;
    case StateRole:
        return int(p->state());
    case Qt::TextAlignmentRole:
        if (index.column() >= PidColumn && index.column() != StateColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const bool raw = role == SortRole;
    switch (index.column()) {
    case RoleColumn:
        return roleText(p->role());
    case NameColumn:
        return row.id;
    case PidColumn:
        return running ? QVariant(p->pid()) : QVariant(raw ? QVariant(0) : QVariant(QString()));
    case StateColumn:
        return raw ? QVariant(int(p->state())) : QVariant(stateText(int(p->state())));
    case UptimeColumn:
        if (raw)
            return uptime;
        return uptime >= 0 ? formatDuration(uptime) : QString();
    case CpuColumn:
        if (raw)
            return row.cpuPercent;
        return running && row.cpuPercent >= 0 ? QStringLiteral("%1 %").arg(row.cpuPercent, 0, 'f', 1)
                                              : QString();
    case MemoryColumn:
        if (raw)
            return row.residentBytes;
        return running ? formatBytes(row.residentBytes) : QString();
    case RestartsColumn:
        return p->restarts();
    }
    return {};
}

QVariant ProcessTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RoleColumn:
        return tr("Role");
    case NameColumn:
        return tr("Name");
    case PidColumn:
        return tr("PID");
    case StateColumn:
        return tr("State");
    case UptimeColumn:
        return tr("Uptime");
    case CpuColumn:
        return tr("CPU");
    case MemoryColumn:
        return tr("Memory");
    case RestartsColumn:
        return tr("Restarts");
    }
    return {};
}

void ProcessTableModel::addProcess(ManagedProcess *process)
{
    if (!process || rowOf(process->id()) >= 0)
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row{process, process->id()});
    endInsertRows();
    connect(process, &ManagedProcess::stateChanged, this, [this, process] { processChanged(process); });
}

void ProcessTableModel::removeProcess(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void ProcessTableModel::processChanged(ManagedProcess *process)
{
    const int row = rowOf(process->id());
    if (row < 0)
        return;
    // A restarted process has a new PID: its figures must not be the previous one's.
    if (m_rows[row].sampledPid != process->pid())
        sampleRow(m_rows[row], m_clock.elapsed());
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ProcessTableModel::sampleRow(Row &row, qint64 nowMs)
{
    const qint64 pid = row.process ? row.process->pid() : 0;
    if (pid <= 0) {
        row = Row{row.process, row.id};
        return;
    }
    const ProcSample s = readProc(pid);
    if (!s.ok) {
        qCDebug(lcProcessModel) << "no /proc entry for" << row.id << pid;
        return;
    }
    if (pid == row.sampledPid && row.sampledAtMs >= 0 && nowMs > row.sampledAtMs) {
        const double cpuSeconds = double(s.cpuTicks - row.cpuTicks) / double(TicksPerSecond);
        row.cpuPercent = 100.0 * cpuSeconds / (double(nowMs - row.sampledAtMs) / 1000.0);
    } else if (pid != row.sampledPid) {
        row.cpuPercent = -1; // a new process: its first interval is still to come
    }
    row.sampledPid = pid;
    row.cpuTicks = s.cpuTicks;
    row.sampledAtMs = nowMs;
    row.residentBytes = s.residentBytes;
}

void ProcessTableModel::sample()
{
    if (m_rows.isEmpty())
        return;
    const qint64 now = m_clock.elapsed();
    for (Row &row : m_rows)
        sampleRow(row, now);
    emit dataChanged(index(0, PidColumn), index(int(m_rows.size()) - 1, RestartsColumn));
}

} // namespace Stratus
