#include "floweditorpanel.h"

#include "flowdiffdialog.h"
#include "flowdocument.h"
#include "flowinspector.h"
#include "flowoverlay.h"
#include "flowpalette.h"
#include "flowproblemsview.h"
#include "flowrunbar.h"
#include "flowscene.h"
#include "flowview.h"
#include "registrymodel.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

#include <memory>

namespace Stratus {

FlowEditorPanel::FlowEditorPanel(RegistryModel *registry, QWidget *parent)
    : QWidget(parent), m_registry(registry), m_doc(new FlowDocument(this)), m_overlay(new FlowOverlay(this)),
      m_scene(new FlowScene(m_doc, m_overlay, this)), m_view(new FlowView(m_scene)),
      m_palette(new FlowPalette(registry)), m_inspector(new FlowInspector(m_doc)),
      m_problems(new FlowProblemsView(m_doc)), m_runBar(new FlowRunBar(m_doc, m_overlay)),
      m_history(new QUndoView(m_doc->undoStack())), m_tabs(new QTabWidget), m_toolBar(new QToolBar),
      m_splitter(new QSplitter(Qt::Horizontal)), m_status(new QLabel), m_zoomLabel(new QLabel)
{
    setObjectName(QStringLiteral("flowEditorPanel"));
    m_history->setObjectName(QStringLiteral("flowHistory"));
    m_history->setEmptyLabel(tr("<opened>"));
    m_tabs->setObjectName(QStringLiteral("flowSideTabs"));
    m_tabs->addTab(m_inspector, tr("Inspector"));
    m_tabs->addTab(m_problems, tr("Problems"));
    m_tabs->addTab(m_history, tr("History"));
    m_status->setObjectName(QStringLiteral("flowStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_zoomLabel->setObjectName(QStringLiteral("flowZoom"));
    m_toolBar->setObjectName(QStringLiteral("flowToolBar"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    createActions();

    auto *centre = new QWidget;
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(2);
    centreLayout->addWidget(m_view, 1);
    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(4, 0, 4, 0);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_zoomLabel);
    centreLayout->addLayout(statusRow);
    centreLayout->addWidget(m_runBar);

    m_splitter->addWidget(m_palette);
    m_splitter->addWidget(centre);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({190, 700, 340});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // An explicit minimum: the sum of the parts' minimums (palette, canvas, inspector, run bar)
    // would otherwise force the main window larger when this panel shares a dock area. No
    // higher than the Cluster panel's it is tabbed with, so the window fits a 768-px screen.
    setMinimumSize(360, 140);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_splitter, 1);

    connect(m_scene, &FlowScene::selectionChangedTo, this,
            [this](const QStringList &nodes, const QList<FlowEdgeKey> &edges) {
                m_inspector->showSelection(nodes, edges);
                // After a run, what passed through the selected node is the run bar's to show.
                if (nodes.size() == 1 && edges.isEmpty())
                    m_runBar->showNodeData(nodes.first());
                updateActions();
            });
    connect(m_scene, &FlowScene::edgeClicked, m_runBar, &FlowRunBar::showEdgeData);
    connect(m_scene, &FlowScene::connectionRefused, this,
            [this](const QString &reason) { showMessage(tr("Cannot connect: %1").arg(reason), true); });
    connect(m_scene, &FlowScene::connectionMade, this,
            [this](const FlowEdgeKey &key) { showMessage(tr("Connected %1.").arg(key.toString())); });
    // A function node's double-click opens the function's source; any other node's, its properties.
    connect(m_scene, &FlowScene::nodeDoubleClicked, this, [this](const QString &id) {
        const FlowNode *node = m_doc->node(id);
        if (node && node->kind == FlowNodeKind::Function && !node->function.isEmpty())
            emit openSourceRequested(node->function);
        else
            m_tabs->setCurrentWidget(m_inspector);
    });
    connect(m_inspector, &FlowInspector::openSourceRequested, this, &FlowEditorPanel::openSourceRequested);
    connect(m_problems, &FlowProblemsView::problemActivated, this,
            [this](const QString &nodeId, const FlowEdgeKey &edge) {
                if (!edge.from.isEmpty() && m_scene->edgeItem(edge)) {
                    m_scene->selectEdge(edge);
                    m_view->ensureVisible(m_scene->selectedItems().value(0), 40, 40);
                } else if (m_scene->nodeItem(nodeId)) {
                    m_scene->selectNode(nodeId);
                    m_view->centerOn(m_scene->nodeItem(nodeId));
                }
            });
    connect(m_palette, &FlowPalette::nodeRequested, this, [this](FlowNodeKind kind, const QString &function) {
        addNodeAtInsertionPoint(int(kind), function);
    });
    connect(m_view, &FlowView::zoomChanged, this,
            [this](double zoom) { m_zoomLabel->setText(tr("%1%").arg(qRound(zoom * 100))); });
    connect(m_doc, &FlowDocument::modifiedChanged, this, [this](bool modified) {
        updateTitle();
        emit modifiedChanged(modified);
    });
    connect(m_doc, &FlowDocument::filePathChanged, this, &FlowEditorPanel::updateTitle);
    connect(m_doc, &FlowDocument::flowReset, this, &FlowEditorPanel::updateActions);
    connect(m_doc, &FlowDocument::startChanged, this, &FlowEditorPanel::updateActions);
    if (registry) {
        connect(registry, &QAbstractItemModel::modelReset, this, &FlowEditorPanel::updateKnownFunctions);
        connect(registry, &QAbstractItemModel::rowsInserted, this, &FlowEditorPanel::updateKnownFunctions);
        connect(registry, &QAbstractItemModel::rowsRemoved, this, &FlowEditorPanel::updateKnownFunctions);
        connect(registry, &RegistryModel::statusChanged, this, &FlowEditorPanel::updateKnownFunctions);
    }
    updateKnownFunctions();
    m_zoomLabel->setText(tr("%1%").arg(qRound(m_view->zoom() * 100)));
    showMessage(tr("Drag nodes from the palette; drag from a node's right port to another node to connect."));
    updateActions();
    updateTitle();
}

FlowEditorPanel::~FlowEditorPanel()
{
    // The widgets hold the scene and the document: let them go first, then the scene.
    delete m_diff;
    delete m_splitter;
    delete m_scene;
}

QAction *FlowEditorPanel::makeAction(const QString &text, const QString &tip, const QList<QKeySequence> &keys)
{
    auto *action = new QAction(text, this);
    action->setToolTip(
        keys.isEmpty() ? tip : tr("%1 (%2)").arg(tip, keys.first().toString(QKeySequence::NativeText)));
    // Standard keys may equal the explicit ones on some platforms: twice would be ambiguous.
    QList<QKeySequence> unique;
    for (const QKeySequence &key : keys)
        if (!key.isEmpty() && !unique.contains(key))
            unique << key;
    action->setShortcuts(unique);
    // Only while the editor has the focus: other panels use the same keys.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

void FlowEditorPanel::createActions()
{
    // No Ctrl+N / Ctrl+O here: the window's File menu has them (New Project, Open Project).
    m_new = makeAction(tr("New"), tr("Start an empty flow"), {});
    m_open = makeAction(tr("Open…"), tr("Open a flow file"), {});
    m_save = makeAction(tr("Save"), tr("Write the flow in canonical form"), {QKeySequence::Save});
    m_saveAs = makeAction(tr("Save As…"), tr("Write the flow to another file"), {QKeySequence::SaveAs});
    m_undo = m_doc->undoStack()->createUndoAction(this, tr("Undo"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_undo);
    m_redo = m_doc->undoStack()->createRedoAction(this, tr("Redo"));
    m_redo->setShortcuts(QKeySequence::Redo);
    m_redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_redo);
    // Short button texts; what would be undone goes to the tooltip.
    const auto shortText = [](QAction *action, const QString &text) {
        connect(action, &QAction::changed, action, [action, text] {
            if (action->text() == text)
                return;
            action->setToolTip(action->text());
            action->setText(text);
        });
        action->setText(text);
    };
    shortText(m_undo, tr("Undo"));
    shortText(m_redo, tr("Redo"));
    m_delete = makeAction(tr("Delete"), tr("Delete the selected nodes and edges"),
                          {QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    m_duplicate =
        makeAction(tr("Duplicate"), tr("Duplicate the selected nodes"), {QKeySequence(tr("Ctrl+D"))});
    m_copy = makeAction(tr("Copy"), tr("Copy the selected nodes and the edges between them"),
                        {QKeySequence::Copy});
    m_cut = makeAction(tr("Cut"), tr("Cut the selected nodes"), {QKeySequence::Cut});
    m_paste = makeAction(tr("Paste"), tr("Paste nodes at the pointer"), {QKeySequence::Paste});
    m_selectAll = makeAction(tr("Select All"), tr("Select every node and edge"), {QKeySequence::SelectAll});
    m_autoLayout =
        makeAction(tr("Auto Layout"), tr("Arrange the nodes left to right"), {QKeySequence(tr("Ctrl+L"))});
    m_fit = makeAction(tr("Fit"), tr("Show the whole flow"), {QKeySequence(Qt::Key_F)});
    m_zoomIn = makeAction(tr("Zoom In"), tr("Zoom in"),
                          {QKeySequence(tr("Ctrl+=")), QKeySequence(tr("Ctrl++")), QKeySequence::ZoomIn});
    m_zoomOut =
        makeAction(tr("Zoom Out"), tr("Zoom out"), {QKeySequence(tr("Ctrl+-")), QKeySequence::ZoomOut});
    m_compare = makeAction(tr("Compare…"), tr("Compare with a git revision or another flow file"), {});
    m_setStart = makeAction(tr("Set as Start"), tr("Make the selected node the flow's first node"), {});

    m_toolBar->addActions({m_new, m_open, m_save});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_undo, m_redo});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_delete, m_duplicate, m_autoLayout});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_fit, m_zoomIn, m_zoomOut});
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_compare);

    connect(m_new, &QAction::triggered, this, [this] {
        if (confirmDiscard())
            newFlow();
    });
    connect(m_open, &QAction::triggered, this, &FlowEditorPanel::openDialog);
    connect(m_save, &QAction::triggered, this, [this] { (void)save(); });
    connect(m_saveAs, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save Flow As"), m_doc->filePath().isEmpty() ? m_projectDir : m_doc->filePath(),
            tr("Flows (*.flow.json)"));
        if (!path.isEmpty())
            (void)saveAs(path);
    });
    connect(m_delete, &QAction::triggered, this, &FlowEditorPanel::deleteSelection);
    connect(m_duplicate, &QAction::triggered, this, &FlowEditorPanel::duplicateSelection);
    connect(m_copy, &QAction::triggered, this, &FlowEditorPanel::copySelection);
    connect(m_cut, &QAction::triggered, this, &FlowEditorPanel::cutSelection);
    connect(m_paste, &QAction::triggered, this, [this] { (void)pasteClipboard(); });
    connect(m_selectAll, &QAction::triggered, this, [this] {
        QStringList ids;
        for (const FlowNode &node : m_doc->flow().nodes)
            ids << node.id;
        QList<FlowEdgeKey> edges;
        for (const FlowEdge &edge : m_doc->flow().edges)
            edges << FlowEdgeKey::of(edge);
        m_scene->selectItems(ids, edges);
    });
    connect(m_autoLayout, &QAction::triggered, this, [this] {
        if (m_doc->autoLayout())
            m_view->fitToView();
    });
    connect(m_fit, &QAction::triggered, m_view, &FlowView::fitToView);
    connect(m_zoomIn, &QAction::triggered, this, [this] { m_view->zoomBy(1.25); });
    connect(m_zoomOut, &QAction::triggered, this, [this] { m_view->zoomBy(0.8); });
    connect(m_compare, &QAction::triggered, this, [this] { showCompare(); });
    connect(m_setStart, &QAction::triggered, this, [this] {
        const QStringList ids = m_scene->selectedNodeIds();
        if (ids.size() == 1)
            m_doc->setStart(ids.constFirst());
    });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        std::unique_ptr<QMenu> menu(contextMenuAt(m_view->viewport()->mapFrom(m_view, pos)));
        menu->exec(m_view->mapToGlobal(pos));
    });
}

void FlowEditorPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Fitting needs the viewport's real size: the first time the panel is shown.
    if (std::exchange(m_fitOnShow, false))
        m_view->fitToView();
}

Status FlowEditorPanel::openFile(const QString &path)
{
    const Status loaded = m_doc->load(path);
    if (!loaded) {
        showMessage(loaded.errorMessage(), true);
        return loaded;
    }
    m_overlay->clear();
    // Generated or hand-written flows often carry no positions: every node would sit on the
    // same spot. Lay them out (one undo step, so the file shows as modified until saved).
    const bool placed = m_doc->autoLayoutIfUnplaced();
    if (isVisible())
        m_view->fitToView();
    else
        m_fitOnShow = true;
    showMessage(placed ? tr("Opened %1; its nodes had no positions and were laid out (save to keep them).")
                             .arg(QDir::toNativeSeparators(path))
                       : tr("Opened %1.").arg(QDir::toNativeSeparators(path)));
    return loaded;
}

bool FlowEditorPanel::confirmDiscard()
{
    return !m_doc->isModified() ||
           QMessageBox::question(this, tr("Flows"),
                                 tr("%1 has unsaved changes. Discard them?").arg(titleText()),
                                 QMessageBox::Discard | QMessageBox::Cancel) == QMessageBox::Discard;
}

void FlowEditorPanel::openDialog()
{
    if (!confirmDiscard())
        return;
    QString dir = m_doc->filePath().isEmpty() ? QDir(m_projectDir).filePath(QStringLiteral("flows"))
                                              : QFileInfo(m_doc->filePath()).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Flow"), dir, tr("Flows (*.flow.json);;JSON (*.json)"));
    if (!path.isEmpty())
        (void)openFile(path);
}

Status FlowEditorPanel::save()
{
    if (m_doc->filePath().isEmpty()) {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save Flow"), QDir(m_projectDir).filePath(QStringLiteral("flows")),
            tr("Flows (*.flow.json)"));
        if (path.isEmpty())
            return makeError(tr("Not saved: no file chosen."));
        return saveAs(path);
    }
    return saveAs(m_doc->filePath());
}

Status FlowEditorPanel::saveAs(const QString &path)
{
    const Status saved = m_doc->save(path);
    if (saved)
        showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    else
        showMessage(saved.errorMessage(), true);
    updateTitle();
    return saved;
}

void FlowEditorPanel::newFlow()
{
    m_doc->reset(Flow{});
    m_overlay->clear();
    m_view->setZoom(1.0);
    m_view->centerOn(0, 0);
    showMessage(tr("A new flow: drag nodes from the palette."));
}

void FlowEditorPanel::setProjectDir(const QString &dir)
{
    m_projectDir = dir;
    m_runBar->setProjectDir(dir);
}

void FlowEditorPanel::setNatsUrl(const QString &url)
{
    m_runBar->setNatsUrl(url);
}

QString FlowEditorPanel::statusText() const
{
    return m_status->text();
}

QString FlowEditorPanel::titleText() const
{
    const QString name =
        m_doc->filePath().isEmpty() ? tr("untitled") : QFileInfo(m_doc->filePath()).fileName();
    return m_doc->isModified() ? name + QLatin1Char('*') : name;
}

void FlowEditorPanel::updateTitle()
{
    const QString title = titleText();
    if (title == m_title)
        return;
    m_title = title;
    setWindowTitle(title);
    emit titleChanged(title);
}

void FlowEditorPanel::showMessage(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b91c1c;") : QString());
}

QMenu *FlowEditorPanel::contextMenuAt(const QPoint &viewportPos)
{
    const QPointF scenePos = m_view->mapToScene(viewportPos);
    QGraphicsItem *item = nullptr;
    for (QGraphicsItem *candidate : m_scene->items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder))
        if (candidate->flags() & QGraphicsItem::ItemIsSelectable) {
            item = candidate;
            break;
        }
    if (item && !item->isSelected()) {
        m_scene->clearSelection();
        item->setSelected(true);
    }
    updateActions();
    auto *menu = new QMenu(this);
    menu->addAction(m_setStart);
    menu->addSeparator();
    menu->addActions({m_cut, m_copy, m_paste, m_duplicate, m_delete});
    menu->addSeparator();
    menu->addActions({m_selectAll, m_autoLayout, m_fit});
    return menu;
}

void FlowEditorPanel::updateActions()
{
    const QStringList selectedIds = m_scene->selectedNodeIds();
    m_setStart->setEnabled(selectedIds.size() == 1 && selectedIds.constFirst() != m_doc->flow().start);
    const bool nodes = !selectedIds.isEmpty();
    m_delete->setEnabled(nodes || !m_scene->selectedEdges().isEmpty());
    m_duplicate->setEnabled(nodes);
    m_copy->setEnabled(nodes);
    m_cut->setEnabled(nodes);
}

void FlowEditorPanel::updateKnownFunctions()
{
    // Names are checked only against a real list: without a registry or manifest nothing is known.
    if (!m_registry || m_registry->source() == RegistryModel::Source::None) {
        m_doc->setKnownFunctions(std::nullopt);
        return;
    }
    QSet<QString> names;
    for (int row = 0; row < m_registry->rowCount(); ++row)
        if (m_registry->entry(row).kind == RegistryEntry::Kind::Function)
            names.insert(m_registry->entry(row).id);
    m_doc->setKnownFunctions(names);
}

void FlowEditorPanel::addNodeAtInsertionPoint(int kind, const QString &function)
{
    std::unique_ptr<QMimeData> mime(FlowScene::nodeMimeData(FlowNodeKind(kind), function));
    m_scene->dropNode(mime.get(), m_view->mapToScene(m_view->viewport()->rect().center()));
}

void FlowEditorPanel::copySelection()
{
    const QStringList ids = m_scene->selectedNodeIds();
    if (ids.isEmpty())
        return;
    const QByteArray fragment = m_doc->copy(ids);
    auto *mime = new QMimeData;
    mime->setData(clipboardMimeType(), fragment);
    mime->setText(QString::fromUtf8(fragment));
    QGuiApplication::clipboard()->setMimeData(mime);
    showMessage(tr("Copied %n node(s).", nullptr, int(ids.size())));
}

void FlowEditorPanel::cutSelection()
{
    copySelection();
    deleteSelection();
}

bool FlowEditorPanel::pasteClipboard()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime)
        return false;
    const QByteArray fragment =
        mime->hasFormat(clipboardMimeType()) ? mime->data(clipboardMimeType()) : mime->text().toUtf8();
    if (fragment.trimmed().isEmpty())
        return false;
    const Result<QStringList> pasted = m_doc->paste(fragment, FlowScene::snapped(m_view->insertionPoint()));
    if (!pasted) {
        showMessage(tr("Cannot paste: %1").arg(pasted.errorMessage()), true);
        return false;
    }
    m_scene->selectItems(*pasted);
    showMessage(tr("Pasted %n node(s).", nullptr, int(pasted->size())));
    return true;
}

void FlowEditorPanel::duplicateSelection()
{
    const QStringList ids = m_scene->selectedNodeIds();
    if (ids.isEmpty())
        return;
    const Result<QStringList> copies = m_doc->duplicate(ids);
    if (!copies) {
        showMessage(tr("Cannot duplicate: %1").arg(copies.errorMessage()), true);
        return;
    }
    m_scene->selectItems(*copies);
}

void FlowEditorPanel::deleteSelection()
{
    const QStringList ids = m_scene->selectedNodeIds();
    const QList<FlowEdgeKey> edges = m_scene->selectedEdges();
    if (ids.isEmpty() && edges.isEmpty())
        return;
    m_doc->removeItems(ids, edges);
}

FlowDiffDialog *FlowEditorPanel::showCompare()
{
    if (!m_diff) {
        m_diff = new FlowDiffDialog(m_doc, m_overlay, m_projectDir, this);
        m_diff->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_diff->show();
    m_diff->raise();
    return m_diff;
}

} // namespace Stratus
