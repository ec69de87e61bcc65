#include "keyfiltercombo.h"

#include "tablefiltermodel.h"

namespace Stratus {

KeyFilterCombo::KeyFilterCombo(const QString &allText, TableFilterModel *filter, int column, QWidget *parent)
    : QComboBox(parent)
{
    addItem(allText, QString());
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
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
