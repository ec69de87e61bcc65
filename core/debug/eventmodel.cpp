#include "eventmodel.h"

namespace Stratus {

EventModel::EventModel(QObject *parent) : QAbstractTableModel(parent) {}

int EventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventModel::durationText(qint64 us)
{
    if (us < 0)
        return QStringLiteral("–");
    if (us < 1000)
        return QStringLiteral("%1 µs").arg(us);
    if (us < 1000 * 1000)
        return QStringLiteral("%1 ms").arg(QString::number(double(us) / 1000.0, 'f', 1));
    return QStringLiteral("%1 s").arg(QString::number(double(us) / 1e6, 'f', 2));
}

QVariant EventModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const RecordedEvent &e = m_events.at(index.row());
    if (role == SequenceRole)
        return QVariant::fromValue(e.sequence);
    if (role == Qt::ToolTipRole && index.column() == StatusColumn && !e.error().isEmpty())
        return e.error();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case EventColumn:
        return e.eventId();
    case KindColumn:
        return e.kindName();
    case NameColumn:
        return e.name;
    case TimeColumn:
        return e.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    case StatusColumn:
        return e.status;
    case DurationColumn:
        return durationText(e.durationUs);
    case IdColumn:
        return e.id;
    default:
        return {};
    }
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EventColumn:
        return tr("Event");
    case KindColumn:
        return tr("Kind");
    case NameColumn:
        return tr("Function / flow");
    case TimeColumn:
        return tr("Time");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case IdColumn:
        return tr("Request / run id");
    default:
        return {};
    }
}

void EventModel::setEvents(const QList<RecordedEvent> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

void EventModel::addNewer(const QList<RecordedEvent> &events)
{
    if (events.isEmpty())
        return;
    beginInsertRows({}, 0, int(events.size()) - 1);
    m_events = events + m_events;
    endInsertRows();
}

void EventModel::addOlder(const QList<RecordedEvent> &events)
{
    if (events.isEmpty())
        return;
    const int first = int(m_events.size());
    beginInsertRows({}, first, first + int(events.size()) - 1);
    m_events += events;
    endInsertRows();
}

void EventModel::clear()
{
    setEvents({});
}

int EventModel::rowOf(quint64 sequence) const
{
    for (int i = 0; i < m_events.size(); ++i) {
        if (m_events.at(i).sequence == sequence)
            return i;
    }
    return -1;
}

} // namespace Stratus
