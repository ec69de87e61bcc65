#include "keyfiltercombo.h"

#include "tablefiltermodel.h"

namespace Stratus {

KeyFilterCombo::KeyFilterCombo(const QString &allText, TableFilterModel *filter, int column, QWidget *parent)
    : QComboBox(parent)
{
    addItem(allText, QString());
    // As wide as the "All" item, not as the longest key: keys arrive while the cluster runs
    // ("invoker.access-control-warm.0"…) and, measured again on a theme switch, would widen
    // the panel and the window. The list shows them whole. The width kept for an icon, which
    // the items do not have, holds text too.
    const int x = fontMetrics().horizontalAdvance(QLatin1Char('X'));
    const int text = fontMetrics().horizontalAdvance(allText) - iconSize().width();
    setMinimumContentsLength(qMax(1, (text + x - 1) / x));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(this, &QComboBox::currentIndexChanged, filter,
            [this, filter, column] { filter->setColumnKey(column, currentKey()); });
}

void KeyFilterCombo::addKey(const QString &key, const QString &text)
{
    if (findData(key) >= 0)
        return;
    const QString label = text.isEmpty() ? key : text;
    int at = 1;
    while (at < count() && itemText(at).localeAwareCompare(label) < 0)
        ++at;
    insertItem(at, label, key);
}

void KeyFilterCombo::selectKey(const QString &key)
{
    const int at = findData(key);
    setCurrentIndex(at >= 0 ? at : 0);
}

} // namespace Stratus
