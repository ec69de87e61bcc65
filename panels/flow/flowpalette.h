#pragma once

#include "flow.h"

#include <QPointer>
#include <QWidget>

class QLineEdit;
class QMimeData;
class QTreeWidget;
class QTreeWidgetItem;

namespace Stratus {

class RegistryModel;

// What can be put on the canvas: every node kind, and a function node for every function
// the registry (or, without one, the manifest) knows. A search field filters both. Entries
// are dragged onto the canvas (FlowScene::nodeMimeType()); a double-click asks for the node
// at the canvas's insertion point instead.
class FlowPalette : public QWidget
{
    Q_OBJECT
public:
    explicit FlowPalette(RegistryModel *registry, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QTreeWidget *tree() const { return m_tree; }
    // Names of the functions listed (from the registry model).
    QStringList functions() const;
    // The entry's item ("kind:choice" / "function:fizz"), for tests and keyboard users.
    QTreeWidgetItem *entry(const QString &key) const;
    // The drag payload of an entry; the caller owns it. Null for a category row.
    QMimeData *mimeDataFor(const QTreeWidgetItem *item) const;
    // Visible entries after the search filter.
    int visibleEntryCount() const;

signals:
    void nodeRequested(Stratus::FlowNodeKind kind, const QString &function);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refillFunctions();
    void applyFilter();

    QPointer<RegistryModel> m_registry;
    QLineEdit *m_search;
    QTreeWidget *m_tree;
    QTreeWidgetItem *m_kinds;
    QTreeWidgetItem *m_functions;
    QTreeWidgetItem *m_pressed = nullptr;
    QPoint m_pressPos;
};

} // namespace Stratus
