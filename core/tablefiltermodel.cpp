#include "tablefiltermodel.h"

namespace Stratus {

TableFilterModel::TableFilterModel(int keyRole, QObject *parent)
    : QSortFilterProxyModel(parent), m_keyRole(keyRole)
{
}

void TableFilterModel::setColumnKey(int column, const QString &key)
{
    if (m_keys.value(column) == key)
        return;
    if (key.isEmpty())
        m_keys.remove(column);
    else
        m_keys.insert(column, key);
    invalidateRowsFilter();
}

void TableFilterModel::setSearchText(const QString &text)
{
    if (m_search == text)
        return;
    m_search = text;
    invalidateRowsFilter();
}

void TableFilterModel::setSearchColumns(const QList<int> &columns)
{
    m_searchColumns = columns;
    invalidateRowsFilter();
}

bool TableFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
        if (source->index(sourceRow, it.key(), sourceParent).data(m_keyRole).toString() != it.value())
            return false;
    }
    if (m_search.isEmpty())
        return true;
    const QList<int> columns = m_searchColumns;
    for (int column : columns) {
        if (source->index(sourceRow, column, sourceParent)
                .data(Qt::DisplayRole)
                .toString()
                .contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Stratus
