#include "flowpalette.h"

#include "flownodeitem.h"
#include "flowscene.h"
#include "registrymodel.h"

#include <QApplication>
#include <QDrag>
#include <QHeaderView>
#include <QLineEdit>
#include <QMimeData>
#include <QMouseEvent>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Stratus {

namespace {

constexpr int KeyRole = Qt::UserRole + 1;      // "kind:NAME" or "function:NAME"
constexpr int KindRole = Qt::UserRole + 2;     // FlowNodeKind as int
constexpr int FunctionRole = Qt::UserRole + 3; // the function's name

} // namespace

FlowPalette::FlowPalette(RegistryModel *registry, QWidget *parent)
    : QWidget(parent), m_registry(registry), m_search(new QLineEdit), m_tree(new QTreeWidget)
{
    setObjectName(QStringLiteral("flowPalette"));
    m_search->setObjectName(QStringLiteral("flowPaletteSearch"));
    m_search->setPlaceholderText(tr("Search nodes and functions"));
    m_search->setClearButtonEnabled(true);
    m_tree->setObjectName(QStringLiteral("flowPaletteTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(8);
    m_tree->setDragEnabled(false); // our own drag (eventFilter), so the payload is ours
    m_tree->setToolTip(tr("Drag onto the canvas, or double-click to add at the centre"));

    m_kinds = new QTreeWidgetItem(m_tree, {tr("Nodes")});
    m_functions = new QTreeWidgetItem(m_tree, {tr("Functions")});
    for (QTreeWidgetItem *category : {m_kinds, m_functions}) {
        category->setFlags(Qt::ItemIsEnabled);
        QFont font = category->font(0);
        font.setBold(true);
        category->setFont(0, font);
    }
    const struct
    {
        FlowNodeKind kind;
        QString help;
    } kinds[] = {
        {FlowNodeKind::Function, tr("Calls a function with its input")},
        {FlowNodeKind::Modify, tr("Replaces the data with an expression")},
        {FlowNodeKind::Choice, tr("Takes the first edge whose condition holds, else the default")},
        {FlowNodeKind::Parallel, tr("Sends its input along every outgoing edge")},
        {FlowNodeKind::Join, tr("Waits for every incoming branch; outputs them keyed by node")},
        {FlowNodeKind::Map, tr("Runs its body for every element of an array")},
        {FlowNodeKind::End, tr("The run's result")},
    };
    for (const auto &k : kinds) {
        auto *item = new QTreeWidgetItem(m_kinds, {FlowNodeItem::kindTitle(k.kind)});
        item->setIcon(0, FlowNodeItem::kindIcon(k.kind));
        item->setToolTip(0, k.help);
        item->setData(0, KeyRole, QStringLiteral("kind:") + Flow::kindName(k.kind));
        item->setData(0, KindRole, int(k.kind));
    }
    m_tree->expandAll();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_search);
    layout->addWidget(m_tree);

    m_tree->viewport()->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &FlowPalette::applyFilter);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, KeyRole).isValid())
            emit nodeRequested(FlowNodeKind(item->data(0, KindRole).toInt()),
                               item->data(0, FunctionRole).toString());
    });
    if (registry) {
        connect(registry, &QAbstractItemModel::modelReset, this, &FlowPalette::refillFunctions);
        connect(registry, &QAbstractItemModel::rowsInserted, this, &FlowPalette::refillFunctions);
        connect(registry, &QAbstractItemModel::rowsRemoved, this, &FlowPalette::refillFunctions);
        connect(registry, &QAbstractItemModel::dataChanged, this, &FlowPalette::refillFunctions);
    }
    refillFunctions();
}

QStringList FlowPalette::functions() const
{
    QStringList names;
    for (int i = 0; i < m_functions->childCount(); ++i)
        names << m_functions->child(i)->data(0, FunctionRole).toString();
    return names;
}

void FlowPalette::refillFunctions()
{
    QStringList names;
    if (m_registry)
        for (int row = 0; row < m_registry->rowCount(); ++row)
            if (m_registry->entry(row).kind == RegistryEntry::Kind::Function)
                names << m_registry->entry(row).id;
    names.sort();
    names.removeDuplicates();
    if (names == functions())
        return;
    qDeleteAll(m_functions->takeChildren());
    for (const QString &name : std::as_const(names)) {
        auto *item = new QTreeWidgetItem(m_functions, {name});
        item->setIcon(0, FlowNodeItem::kindIcon(FlowNodeKind::Function));
        item->setToolTip(0, tr("A function node calling %1").arg(name));
        item->setData(0, KeyRole, QStringLiteral("function:") + name);
        item->setData(0, KindRole, int(FlowNodeKind::Function));
        item->setData(0, FunctionRole, name);
    }
    if (names.isEmpty()) {
        auto *none =
            new QTreeWidgetItem(m_functions, {tr("(no functions: start the cluster or open a project)")});
        none->setFlags(Qt::NoItemFlags);
    }
    m_functions->setExpanded(true);
    applyFilter();
}

void FlowPalette::applyFilter()
{
    const QString text = m_search->text().trimmed();
    for (QTreeWidgetItem *category : {m_kinds, m_functions}) {
        int shown = 0;
        for (int i = 0; i < category->childCount(); ++i) {
            QTreeWidgetItem *item = category->child(i);
            const bool match = item->data(0, KeyRole).isValid() &&
                               (text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive));
            item->setHidden(!match && item->data(0, KeyRole).isValid());
            shown += match ? 1 : 0;
        }
        category->setHidden(!text.isEmpty() && shown == 0);
    }
}

int FlowPalette::visibleEntryCount() const
{
    int count = 0;
    for (QTreeWidgetItem *category : {m_kinds, m_functions})
        for (int i = 0; i < category->childCount(); ++i)
            if (!category->child(i)->isHidden() && category->child(i)->data(0, KeyRole).isValid())
                ++count;
    return count;
}

QTreeWidgetItem *FlowPalette::entry(const QString &key) const
{
    for (QTreeWidgetItem *category : {m_kinds, m_functions})
        for (int i = 0; i < category->childCount(); ++i)
            if (category->child(i)->data(0, KeyRole).toString() == key)
                return category->child(i);
    return nullptr;
}

QMimeData *FlowPalette::mimeDataFor(const QTreeWidgetItem *item) const
{
    if (!item || !item->data(0, KeyRole).isValid())
        return nullptr;
    return FlowScene::nodeMimeData(FlowNodeKind(item->data(0, KindRole).toInt()),
                                   item->data(0, FunctionRole).toString());
}

bool FlowPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_tree->viewport())
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::MouseButtonPress) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        m_pressed = mouse->button() == Qt::LeftButton ? m_tree->itemAt(mouse->position().toPoint()) : nullptr;
        m_pressPos = mouse->position().toPoint();
    } else if (event->type() == QEvent::MouseMove && m_pressed) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if ((mouse->position().toPoint() - m_pressPos).manhattanLength() >=
            QApplication::startDragDistance()) {
            QTreeWidgetItem *item = std::exchange(m_pressed, nullptr);
            if (QMimeData *mime = mimeDataFor(item)) {
                auto *drag = new QDrag(this);
                drag->setMimeData(mime);
                drag->setPixmap(item->icon(0).pixmap(20, 20));
                drag->exec(Qt::CopyAction);
                return true;
            }
        }
    } else if (event->type() == QEvent::MouseButtonRelease) {
        m_pressed = nullptr;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Stratus
