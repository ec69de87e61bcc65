#pragma once

#include <QColor>
#include <QHash>
#include <QIdentityProxyModel>

namespace Stratus {

// Colours the text of one column by a key the source model gives in keyRole ("error",
// "modified", "Crashed"…): the widget-free models stay free of QtGui.
class ColorProxyModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    enum Scope { KeyColumnOnly, WholeRow };
    ColorProxyModel(int keyColumn, int keyRole, QHash<QString, QColor> colors, QObject *parent = nullptr,
                    Scope scope = KeyColumnOnly);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Readable on light and dark backgrounds alike.
    static QColor good();
    static QColor warning();
    static QColor bad();
    static QColor muted();
    static QColor added();

private:
    int m_column;
    Scope m_scope;
    int m_keyRole;
    QHash<QString, QColor> m_colors;
};

} // namespace Stratus
