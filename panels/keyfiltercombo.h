#pragma once

#include <QComboBox>

namespace Stratus {

class TableFilterModel;

// A "show only rows whose COLUMN is KEY" choice, bound to a TableFilterModel; the first item
// ("All processes"…) shows every row. Keys are added as the model first sees them.
class KeyFilterCombo : public QComboBox
{
    Q_OBJECT
public:
    KeyFilterCombo(const QString &allText, TableFilterModel *filter, int column, QWidget *parent = nullptr);

    void addKey(const QString &key, const QString &text = {}); // keeps the items after "All" sorted
    void selectKey(const QString &key);
    QString currentKey() const { return currentData().toString(); }
};

} // namespace Stratus
