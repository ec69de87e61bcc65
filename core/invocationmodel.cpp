#include "invocationmodel.h"

#include <algorithm>

namespace Stratus {

InvocationModel::InvocationModel(QObject *parent) : QAbstractTableModel(parent) {}

int InvocationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int InvocationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InvocationModel::formatDuration(qint64 us)
{
    if (us < 1000)
        return tr("%1 µs").arg(us);
    if (us < 1000000)
        return tr("%1 ms").arg(double(us) / 1000.0, 0, 'f', 1);
    return tr("%1 s").arg(double(us) / 1e6, 0, 'f', 2);
}

QVariant InvocationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const InvocationRecord &r = m_records.at(index.row());
    const QString startKey = r.cold ? QStringLiteral("cold") : QStringLiteral("warm");
    if (role == FilterKeyRole) {
        switch (index.column()) {
        case FunctionColumn:
            return r.function;
        case StatusColumn:
            return r.status;
        case StartColumn:
            return startKey;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case TimeColumn:
            return r.start;
        case DurationColumn:
            return r.durationUs;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == DurationColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return r.start.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case FunctionColumn:
        return r.function;
    case StatusColumn:
        return r.status;
    case DurationColumn:
        return formatDuration(r.durationUs);
    case StartColumn:
        return r.cold ? tr("cold") : tr("warm");
    case RequestColumn:
        return r.requestId;
    }
    return {};
}

QVariant InvocationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case FunctionColumn:
        return tr("Function");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case StartColumn:
        return tr("Start");
    case RequestColumn:
        return tr("Request");
    }
    return {};
}

void InvocationModel::append(const QList<InvocationRecord> &records)
{
    if (records.isEmpty())
        return;
    // A batch larger than the whole buffer keeps only its newest records.
    const qsizetype skip = std::max<qsizetype>(0, records.size() - m_capacity);
    const qsizetype incoming = records.size() - skip;
    const qsizetype drop = std::min(m_records.size(), m_records.size() + incoming - m_capacity);
    if (drop > 0) {
        beginRemoveRows({}, 0, int(drop) - 1);
        m_records.remove(0, drop);
        endRemoveRows();
    }
    const int first = int(m_records.size());
    beginInsertRows({}, first, first + int(incoming) - 1);
    m_records.append(records.mid(skip));
    endInsertRows();
    for (qsizetype i = skip; i < records.size(); ++i) {
        const InvocationRecord &r = records.at(i);
        if (!m_functions.contains(r.function)) {
            m_functions.insert(r.function);
            emit functionSeen(r.function);
        }
        if (!m_statuses.contains(r.status)) {
            m_statuses.insert(r.status);
            emit statusSeen(r.status);
        }
    }
}

void InvocationModel::clear()
{
    beginResetModel();
    m_records.clear();
    endResetModel();
}

QString InvocationModel::details(int row) const
{
    if (row < 0 || row >= m_records.size())
        return {};
    const InvocationRecord &r = m_records.at(row);
    const auto truncated = [](bool cut, qint64 bytes) {
        return cut ? tr(" (truncated, %1 bytes in all)").arg(bytes) : QString();
    };
    QString text;
    text += tr("Function: %1\nRequest: %2\nSubject: %3\nInvoker: %4 (PID %5)\n")
                .arg(r.function, r.requestId, r.subject, r.invoker)
                .arg(r.pid);
    text += tr("Status: %1\nExit code: %2\nStarted: %3\nDuration: %4\nStart: %5\n")
                .arg(r.status)
                .arg(r.exitCode)
                .arg(r.start.toLocalTime().toString(Qt::ISODateWithMs), formatDuration(r.durationUs),
                     r.cold ? tr("cold") : tr("warm"));
    if (!r.error.isEmpty())
        text += tr("Error: %1\n").arg(r.error);
    text += QLatin1Char('\n') + tr("Input%1:").arg(truncated(r.inputTruncated, r.inputBytes)) +
            QLatin1Char('\n') + r.input + QLatin1String("\n\n");
    text += tr("Output%1:").arg(truncated(r.outputTruncated, r.outputBytes)) + QLatin1Char('\n') + r.output +
            QLatin1String("\n\n");
    text += tr("Stderr:") + QLatin1Char('\n') + r.stderrText;
    return text;
}

} // namespace Stratus
