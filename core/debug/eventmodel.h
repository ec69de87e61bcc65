#pragma once

#include "recordedevent.h"

#include <QAbstractTableModel>
#include <QList>

namespace Stratus {

// The recorded events as a table, newest first (the Debugger panel's list).
class EventModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        EventColumn,
        KindColumn,
        NameColumn,
        TimeColumn,
        StatusColumn,
        DurationColumn,
        IdColumn,
        ColumnCount
    };
    static constexpr int SequenceRole = Qt::UserRole + 1;

    explicit EventModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEvents(const QList<RecordedEvent> &events); // newest first
    void addNewer(const QList<RecordedEvent> &events);  // newer than every row, newest first
    void addOlder(const QList<RecordedEvent> &events);  // older than every row, newest first
    void clear();
    const RecordedEvent &event(int row) const { return m_events.at(row); }
    int rowOf(quint64 sequence) const; // -1 when absent
    quint64 newestSequence() const { return m_events.isEmpty() ? 0 : m_events.constFirst().sequence; }
    quint64 oldestSequence() const { return m_events.isEmpty() ? 0 : m_events.constLast().sequence; }

    static QString durationText(qint64 us);

private:
    QList<RecordedEvent> m_events;
};

} // namespace Stratus
