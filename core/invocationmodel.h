#pragma once

#include "invocationrecord.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace Stratus {

// The latest invocations, newest last, bounded: beyond capacity() the oldest go.
class InvocationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        FunctionColumn,
        StatusColumn,
        DurationColumn,
        StartColumn,
        RequestColumn,
        ColumnCount
    };
    static constexpr int FilterKeyRole = Qt::UserRole + 1; // function name, status word, "cold"/"warm"
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit InvocationModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const QList<InvocationRecord> &records);
    void clear();
    const InvocationRecord &record(int row) const { return m_records.at(row); }
    qsizetype capacity() const { return m_capacity; }
    void setCapacity(qsizetype records) { m_capacity = std::max<qsizetype>(1, records); }

    static QString formatDuration(qint64 us);
    // Input, output, stderr and exit code of one invocation, for the detail view.
    QString details(int row) const;

signals:
    void functionSeen(const QString &function);
    void statusSeen(const QString &status);

private:
    QList<InvocationRecord> m_records;
    QSet<QString> m_functions;
    QSet<QString> m_statuses;
    qsizetype m_capacity = 10000;
};

} // namespace Stratus
