#pragma once

#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>

namespace Stratus {

// Filters a table by exact keys on some columns ("process is broker", "level is error") and
// by a case-insensitive text search over others. Keys come from keyRole (a model's stable,
// untranslated value), the text from Qt::DisplayRole. The logs and invocations panels share it.
class TableFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TableFilterModel(int keyRole, QObject *parent = nullptr);

    // An empty key accepts every row.
    void setColumnKey(int column, const QString &key);
    void setSearchText(const QString &text);
    void setSearchColumns(const QList<int> &columns);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_keyRole;
    QHash<int, QString> m_keys;
    QString m_search;
    QList<int> m_searchColumns;
};

} // namespace Stratus
