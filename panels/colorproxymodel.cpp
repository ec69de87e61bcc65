#include "colorproxymodel.h"

namespace Stratus {

ColorProxyModel::ColorProxyModel(int keyColumn, int keyRole, QHash<QString, QColor> colors, QObject *parent,
                                 Scope scope)
    : QIdentityProxyModel(parent), m_column(keyColumn), m_scope(scope), m_keyRole(keyRole),
      m_colors(std::move(colors))
{
}

QVariant ColorProxyModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ForegroundRole && (m_scope == WholeRow || index.column() == m_column)) {
        const QString key = QIdentityProxyModel::data(index.siblingAtColumn(m_column), m_keyRole).toString();
        if (auto it = m_colors.constFind(key); it != m_colors.cend())
            return *it;
    }
    return QIdentityProxyModel::data(index, role);
}

QColor ColorProxyModel::good()
{
    return QColor(0x2e, 0x9e, 0x44);
}

QColor ColorProxyModel::warning()
{
    return QColor(0xd0, 0x8a, 0x00);
}

QColor ColorProxyModel::bad()
{
    return QColor(0xe0, 0x40, 0x40);
}

QColor ColorProxyModel::muted()
{
    return QColor(0x8a, 0x8a, 0x8a);
}

QColor ColorProxyModel::added()
{
    return QColor(0x3d, 0x8e, 0xd8);
}

} // namespace Stratus
