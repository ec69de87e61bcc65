// The visual flow editor with real widgets (offscreen): the FizzBuzz flow is built from an
// empty canvas the way a user builds it — palette drops on the canvas, port-to-port drags,
// a node dragged into place, names, conditions and flow properties typed into the inspector —
// and the saved file equals the bundled one byte for byte; undoing everything empties the
// canvas and redoing it gives the same bytes. Then refused connections, selection, the
// clipboard, zoom and fit, and the screenshots of docs/floweditor.md.

#include "editorpanel.h"
#include "flowdiffdialog.h"
#include "flowdocument.h"
#include "flowedgeitem.h"
#include "floweditorpanel.h"
#include "flowinspector.h"
#include "flownodeitem.h"
#include "flowoverlay.h"
#include "flowpalette.h"
#include "flowproblemsview.h"
#include "flowscene.h"
#include "flowview.h"
#include "mainwindow.h"
#include "manifest.h"
#include "manifesteditor.h"
#include "projectmodel.h"
#include "projectpanel.h"
#include "projecttemplate.h"
#include "registrymodel.h"
#include "screenshot.h"
#include "testbroker.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUndoView>

#include <cmath>
#include <memory>

using namespace Stratus;
using namespace Stratus::Test;

class tst_FlowEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void paletteListsKindsAndFunctions();
    void emptyCanvasScreenshot();
    void paletteDoubleClickAddsNode();
    void buildFizzBuzzFromEmptyCanvas();
    void cycleIsRefusedWhileDragging();
    void selectMoveDeleteUndo();
    void contextMenuSetsStart();
    void rubberBandSelects();
    void copyPasteAndDuplicate();
    void zoomAndFit();
    void overlayMarksAndGhosts();
    void visualDiffMarksTheRenameAndTheRemovedEdge();
    void errorsShownOnNodesAndInList();
    void untouchedLoadSaveChangesNothing();
    void projectPanelOpensFlowsInTheWindow();

private:
    QString bundled() const;
    QWidget *viewport() const;
    QPoint toView(const QPointF &scenePos) const;
    void dropFromPalette(const QString &key, const QPointF &topLeft);
    void dragOnCanvas(const QPointF &from, const QPointF &to);
    void connectPorts(const QString &from, const QString &to);
    void typeInto(QLineEdit *edit, const QString &text);
    void chooseInCombo(QComboBox *combo, const QString &text);
    template <typename T> T *field(const QString &name) const;
    void centreOn(const QPointF &scenePos);

    QTemporaryDir m_dir;
    std::unique_ptr<RegistryModel> m_registry;
    std::unique_ptr<FlowEditorPanel> m_panel;
};

QString tst_FlowEditor::bundled() const
{
    return QDir(sourceDir()).filePath(QStringLiteral("resources/examples/basic/flows/fizzbuzz.flow.json"));
}

void tst_FlowEditor::initTestCase()
{
    // QSettings and the window's saved layout go to a test location, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StratusTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_floweditor"));
    QVERIFY2(!sourceDir().isEmpty(), "STRATUS_SOURCE_DIR is not set (run through ctest)");
    // The palette's functions come from the example project's manifest (no registry runs).
    auto manifest = Manifest::load(QDir(sourceDir()).filePath(QStringLiteral("resources/examples/basic")));
    QVERIFY2(manifest, qPrintable(manifest.errorMessage()));
    m_registry = std::make_unique<RegistryModel>();
    m_registry->setManifest(*manifest);
    m_panel = std::make_unique<FlowEditorPanel>(m_registry.get());
    m_panel->resize(1500, 820);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
}

void tst_FlowEditor::cleanupTestCase()
{
    m_panel.reset();
    m_registry.reset();
}

QWidget *tst_FlowEditor::viewport() const
{
    return m_panel->view()->viewport();
}

QPoint tst_FlowEditor::toView(const QPointF &scenePos) const
{
    return m_panel->view()->mapFromScene(scenePos);
}

template <typename T> T *tst_FlowEditor::field(const QString &name) const
{
    return m_panel->inspector()->findChild<T *>(name);
}

void tst_FlowEditor::centreOn(const QPointF &scenePos)
{
    m_panel->view()->setZoom(1.0);
    m_panel->view()->centerOn(scenePos);
}

void tst_FlowEditor::dropFromPalette(const QString &key, const QPointF &topLeft)
{
    QTreeWidgetItem *item = m_panel->palette()->entry(key);
    QVERIFY2(item, qPrintable(key));
    // Press on the entry as the user does, then hand the palette's own payload to the canvas
    // through the drag-and-drop events a real drag delivers.
    QTreeWidget *tree = m_panel->palette()->tree();
    tree->scrollToItem(item);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
    std::unique_ptr<QMimeData> mime(m_panel->palette()->mimeDataFor(item));
    QVERIFY(mime);
    const QPoint at = toView(topLeft + QPointF(FlowNodeItem::Width / 2, FlowNodeItem::Height / 2));
    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &drop);
    QVERIFY(drop.isAccepted());
}

void tst_FlowEditor::dragOnCanvas(const QPointF &from, const QPointF &to)
{
    const QPoint start = toView(from);
    const QPoint end = toView(to);
    QTest::mousePress(viewport(), Qt::LeftButton, {}, start);
    QTest::mouseMove(viewport(), (start + end) / 2);
    QTest::mouseMove(viewport(), end);
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, end);
}

void tst_FlowEditor::connectPorts(const QString &from, const QString &to)
{
    FlowScene *scene = m_panel->scene();
    QVERIFY2(scene->nodeItem(from) && scene->nodeItem(to), qPrintable(from + QStringLiteral(" -> ") + to));
    const qsizetype before = m_panel->document()->flow().edges.size();
    dragOnCanvas(scene->outputPortPos(from), scene->inputPortPos(to));
    QVERIFY2(m_panel->document()->flow().edges.size() == before + 1,
             qPrintable(from + QStringLiteral(" -> ") + to + QStringLiteral(": ") + m_panel->statusText()));
    QVERIFY(scene->edgeItem({from, to, FlowEdgeKind::Next}));
    // The new edge is selected: the inspector shows it.
    QCOMPARE(m_panel->inspector()->shownEdge().value_or(FlowEdgeKey{}),
             (FlowEdgeKey{from, to, FlowEdgeKind::Next}));
}

void tst_FlowEditor::typeInto(QLineEdit *edit, const QString &text)
{
    QVERIFY(edit);
    QVERIFY2(edit->isVisible(), qPrintable(edit->objectName()));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void tst_FlowEditor::chooseInCombo(QComboBox *combo, const QString &text)
{
    QVERIFY(combo);
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    // Keyboard navigation is a user's choice: it emits activated() like a click in the list.
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentText(), text);
}

void tst_FlowEditor::paletteListsKindsAndFunctions()
{
    FlowPalette *palette = m_panel->palette();
    for (const char *kind : {"function", "modify", "choice", "parallel", "join", "map", "end"})
        QVERIFY2(palette->entry(QStringLiteral("kind:") + QLatin1String(kind)), kind);
    for (const char *function : {"fizz", "buzz", "fizzbuzz", "fizzbuzz-check", "number", "echo-py"})
        QVERIFY2(palette->functions().contains(QLatin1String(function)), function);
    const int all = palette->visibleEntryCount();
    QTest::keyClicks(palette->searchEdit(), QStringLiteral("fizz"));
    QCOMPARE(palette->visibleEntryCount(), 3); // fizz, fizzbuzz, fizzbuzz-check
    QVERIFY(!palette->entry(QStringLiteral("function:fizz"))->isHidden());
    QVERIFY(palette->entry(QStringLiteral("kind:choice"))->isHidden());
    palette->searchEdit()->clear();
    QCOMPARE(palette->visibleEntryCount(), all);
}

void tst_FlowEditor::emptyCanvasScreenshot()
{
    m_panel->newFlow();
    QVERIFY(m_panel->document()->flow().nodes.isEmpty());
    QCOMPARE(m_panel->scene()->nodeItemCount(), 0);
    QVERIFY(!saveScreenshot(m_panel.get(), QStringLiteral("floweditor-empty")).isEmpty());
}

void tst_FlowEditor::paletteDoubleClickAddsNode()
{
    m_panel->newFlow();
    QTreeWidget *tree = m_panel->palette()->tree();
    QTreeWidgetItem *item = m_panel->palette()->entry(QStringLiteral("kind:parallel"));
    QVERIFY(item);
    // Activating an entry (double-click, or Enter for keyboard users) adds its node.
    const QPoint at = tree->visualItemRect(item).center();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, at);
    const FlowNode *node = m_panel->document()->node(QStringLiteral("parallel"));
    QVERIFY(node);
    QCOMPARE(node->kind, FlowNodeKind::Parallel);
    QVERIFY(m_panel->scene()->nodeItem(QStringLiteral("parallel")));
    // It lands in the middle of the view, on the grid.
    const QPointF centre = m_panel->view()->mapToScene(viewport()->rect().center());
    QVERIFY(std::abs(node->position.x() + FlowNodeItem::Width / 2 - centre.x()) <= FlowScene::Grid);
    QCOMPARE(std::fmod(node->position.x(), FlowScene::Grid), 0.0);
    m_panel->undoAction()->trigger();
    QVERIFY(m_panel->document()->flow().nodes.isEmpty());
    QCOMPARE(m_panel->scene()->nodeItemCount(), 0);
    QCOMPARE(tree->currentItem(), item);
    QTest::keyClick(tree, Qt::Key_Return);
    QVERIFY(m_panel->document()->node(QStringLiteral("parallel")));
    m_panel->undoAction()->trigger();
    QVERIFY(m_panel->document()->flow().nodes.isEmpty());
}

void tst_FlowEditor::buildFizzBuzzFromEmptyCanvas()
{
    m_panel->newFlow();
    FlowDocument *doc = m_panel->document();
    FlowScene *scene = m_panel->scene();
    centreOn(QPointF(400, 150));

    // Nodes from the palette, dropped where the bundled file has them; "number" is dropped
    // off its place and dragged there (snapping to the 20 px grid).
    dropFromPalette(QStringLiteral("function:fizzbuzz-check"), {0, 120});
    QCOMPARE(scene->selectedNodeIds(), QStringList{QStringLiteral("fizzbuzz-check")});
    typeInto(field<QLineEdit>(QStringLiteral("nodeId")), QStringLiteral("check"));
    QVERIFY2(doc->node(QStringLiteral("check")), qPrintable(m_panel->statusText()));
    QVERIFY(scene->nodeItem(QStringLiteral("check")));
    QVERIFY(!scene->nodeItem(QStringLiteral("fizzbuzz-check")));

    dropFromPalette(QStringLiteral("kind:choice"), {220, 120});
    QCOMPARE(scene->selectedNodeIds(), QStringList{QStringLiteral("choice")});
    typeInto(field<QLineEdit>(QStringLiteral("nodeId")), QStringLiteral("route"));
    QVERIFY(doc->node(QStringLiteral("route")));

    dropFromPalette(QStringLiteral("function:fizz"), {440, 0});
    dropFromPalette(QStringLiteral("function:buzz"), {440, 80});
    dropFromPalette(QStringLiteral("function:fizzbuzz"), {440, 160});
    dropFromPalette(QStringLiteral("function:number"), {560, 300});
    QCOMPARE(doc->node(QStringLiteral("number"))->position, QPointF(560, 300));
    const int stepsBeforeMove = doc->undoStack()->count();
    // Grab the node by its middle, move it in several steps, release off-grid: it snaps.
    dragOnCanvas(QPointF(560 + 80, 300 + 28), QPointF(440 + 80 + 7, 240 + 28 - 6));
    QCOMPARE(doc->node(QStringLiteral("number"))->position, QPointF(440, 240));
    QCOMPARE(scene->nodeItem(QStringLiteral("number"))->pos(), QPointF(440, 240));
    QCOMPARE(doc->undoStack()->count(), stepsBeforeMove + 1); // one drag, one undo step

    dropFromPalette(QStringLiteral("kind:end"), {660, 120});
    QCOMPARE(scene->selectedNodeIds(), QStringList{QStringLiteral("end")});
    typeInto(field<QLineEdit>(QStringLiteral("nodeId")), QStringLiteral("done"));
    auto *expression = field<QPlainTextEdit>(QStringLiteral("expression"));
    QVERIFY(expression && expression->isVisible());
    expression->setFocus();
    QTest::keyClicks(expression, QStringLiteral("{n: input.n, result: str(input.result)}"));
    QTest::keyClick(expression, Qt::Key_Return);
    QCOMPARE(doc->node(QStringLiteral("done"))->expression,
             QStringLiteral("{n: input.n, result: str(input.result)}"));

    // Edges, port to port; the choice's conditions in priority order, then its default.
    connectPorts(QStringLiteral("check"), QStringLiteral("route"));
    const struct
    {
        const char *to;
        const char *condition;
    } branches[] = {{"fizzbuzz", "input.kind == 'fizzbuzz'"},
                    {"fizz", "input.kind == 'fizz'"},
                    {"buzz", "input.kind == 'buzz'"}};
    for (const auto &branch : branches) {
        connectPorts(QStringLiteral("route"), QLatin1String(branch.to));
        typeInto(field<QLineEdit>(QStringLiteral("condition")), QLatin1String(branch.condition));
        const FlowEdge *edge =
            doc->edge({QStringLiteral("route"), QLatin1String(branch.to), FlowEdgeKind::Next});
        QVERIFY(edge);
        QCOMPARE(edge->condition, QLatin1String(branch.condition));
    }
    connectPorts(QStringLiteral("route"), QStringLiteral("number"));
    auto *isDefault = field<QCheckBox>(QStringLiteral("default"));
    QVERIFY(isDefault && isDefault->isVisible());
    QTest::mouseClick(isDefault, Qt::LeftButton, {}, QPoint(8, isDefault->height() / 2));
    QVERIFY(doc->edge({QStringLiteral("route"), QStringLiteral("number"), FlowEdgeKind::Next})->isDefault);
    for (const char *from : {"buzz", "fizz", "fizzbuzz", "number"})
        connectPorts(QLatin1String(from), QStringLiteral("done"));

    // The labels the canvas draws on the choice's edges.
    QCOMPARE(
        scene->edgeItem({QStringLiteral("route"), QStringLiteral("number"), FlowEdgeKind::Next})->labelText(),
        QStringLiteral("default"));
    QCOMPARE(
        scene->edgeItem({QStringLiteral("route"), QStringLiteral("fizz"), FlowEdgeKind::Next})->labelText(),
        QStringLiteral("2. input.kind == 'fizz'"));

    // The flow's own properties: click on the empty canvas, the inspector shows the flow.
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, toView(QPointF(300, 320)));
    QVERIFY(scene->selectedNodeIds().isEmpty());
    typeInto(field<QLineEdit>(QStringLiteral("flowName")), QStringLiteral("fizzbuzz"));
    typeInto(
        field<QLineEdit>(QStringLiteral("flowDescription")),
        QStringLiteral("The thesis's FizzBuzz workload: check chooses fizz, buzz, fizzbuzz or the number; "
                       "the end node returns one shape."));
    for (const auto &[name, value] :
         {std::pair{"defaultTimeoutMs", 5000}, std::pair{"flowTimeoutMs", 30000}}) {
        auto *box = field<QSpinBox>(QLatin1String(name));
        QVERIFY(box);
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, QString::number(value));
        QTest::keyClick(box, Qt::Key_Return);
    }
    QCOMPARE(doc->flow().defaultTimeoutMs, 5000);
    QCOMPARE(doc->flow().timeoutMs, 30000);
    if (doc->flow().start != QLatin1String("check"))
        chooseInCombo(field<QComboBox>(QStringLiteral("start")), QStringLiteral("check"));
    QCOMPARE(doc->flow().start, QStringLiteral("check"));
    QVERIFY2(doc->problems().isEmpty(), qPrintable(doc->problems().value(0).message));

    // Unsaved: the title says so; saving writes the bundled file's bytes.
    QVERIFY(m_panel->titleText().endsWith(QLatin1Char('*')));
    const QString path = m_dir.filePath(QStringLiteral("fizzbuzz.flow.json"));
    const Status saved = m_panel->saveAs(path);
    QVERIFY2(saved, qPrintable(saved.errorMessage()));
    QCOMPARE(m_panel->titleText(), QStringLiteral("fizzbuzz.flow.json"));
    QFile expected(bundled());
    QVERIFY(expected.open(QIODevice::ReadOnly));
    const QByteArray expectedBytes = expected.readAll();
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(written.readAll()), QString::fromUtf8(expectedBytes));
    m_panel->view()->fitToView();
    QVERIFY(!saveScreenshot(m_panel.get(), QStringLiteral("floweditor-fizzbuzz")).isEmpty());

    // Undo everything: an empty canvas; redo everything: the same bytes again.
    QUndoStack *stack = doc->undoStack();
    const int steps = stack->count();
    QVERIFY(steps > 20);
    for (int i = 0; i < steps && stack->canUndo(); ++i)
        m_panel->undoAction()->trigger();
    QVERIFY(!stack->canUndo());
    QVERIFY(doc->flow().nodes.isEmpty());
    QVERIFY(doc->flow().edges.isEmpty());
    QCOMPARE(scene->nodeItemCount(), 0);
    QCOMPARE(scene->edgeItemCount(), 0);
    QVERIFY(m_panel->titleText().endsWith(QLatin1Char('*')));
    for (int i = 0; i < steps && stack->canRedo(); ++i)
        m_panel->redoAction()->trigger();
    QCOMPARE(scene->nodeItemCount(), 7);
    QCOMPARE(scene->edgeItemCount(), 9);
    QCOMPARE(m_panel->titleText(), QStringLiteral("fizzbuzz.flow.json")); // back at the saved state
    const QString again = m_dir.filePath(QStringLiteral("again/fizzbuzz.flow.json"));
    QVERIFY(QDir().mkpath(QFileInfo(again).absolutePath()));
    QVERIFY(m_panel->saveAs(again));
    QFile redone(again);
    QVERIFY(redone.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(redone.readAll()), QString::fromUtf8(expectedBytes));
    // Auto Layout moves every node in one step.
    const int before = stack->count();
    m_panel->autoLayoutAction()->trigger();
    QCOMPARE(stack->count(), before + 1);
    for (const FlowNode &node : doc->flow().nodes)
        QCOMPARE(scene->nodeItem(node.id)->pos(), node.position);
    m_panel->undoAction()->trigger();
    QCOMPARE(scene->nodeItem(QStringLiteral("number"))->pos(), QPointF(440, 240));
    // The history lists every step.
    QCOMPARE(m_panel->historyView()->model()->rowCount(), stack->count() + 1);
}

void tst_FlowEditor::cycleIsRefusedWhileDragging()
{
    QVERIFY(m_panel->openFile(bundled()));
    FlowDocument *doc = m_panel->document();
    FlowScene *scene = m_panel->scene();
    centreOn(QPointF(400, 150));
    const QByteArray before = doc->flow().toCanonicalJson();
    const int steps = doc->undoStack()->count();
    // An error edge fizz -> route would close route -> fizz: refused as the pointer reaches route.
    const QPoint start = toView(scene->errorPortPos(QStringLiteral("fizz")));
    const QPoint end = toView(scene->inputPortPos(QStringLiteral("route")));
    QTest::mousePress(viewport(), Qt::LeftButton, {}, start);
    QTest::mouseMove(viewport(), (start + end) / 2);
    QTest::mouseMove(viewport(), end);
    QVERIFY2(scene->connectionMessage().contains(QStringLiteral("cycle")),
             qPrintable(scene->connectionMessage()));
    QVERIFY2(m_panel->statusText().contains(QStringLiteral("cycle")), qPrintable(m_panel->statusText()));
    QVERIFY(!saveScreenshot(m_panel.get(), QStringLiteral("floweditor-refused")).isEmpty());
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, end);
    QCOMPARE(doc->flow().toCanonicalJson(), before);
    QCOMPARE(doc->undoStack()->count(), steps);
    QVERIFY(m_panel->statusText().contains(QStringLiteral("cycle")));
    QVERIFY(!scene->edgeItem({QStringLiteral("fizz"), QStringLiteral("route"), FlowEdgeKind::Error}));
    // An error edge out of an end node is not even offered: end nodes have no output port.
    QVERIFY(!scene->nodeItem(QStringLiteral("done"))->hasPort(FlowNodeItem::Port::Output));
    // A second edge between the same nodes is refused too, with its own reason.
    dragOnCanvas(scene->outputPortPos(QStringLiteral("check")), scene->inputPortPos(QStringLiteral("route")));
    QCOMPARE(doc->flow().toCanonicalJson(), before);
    QVERIFY(m_panel->statusText().startsWith(QStringLiteral("Cannot connect")));
}

void tst_FlowEditor::selectMoveDeleteUndo()
{
    QVERIFY(m_panel->openFile(bundled()));
    FlowDocument *doc = m_panel->document();
    FlowScene *scene = m_panel->scene();
    centreOn(QPointF(400, 150));
    // A click selects one node; the inspector shows it.
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, toView(QPointF(440 + 60, 0 + 20)));
    QCOMPARE(scene->selectedNodeIds(), QStringList{QStringLiteral("fizz")});
    QCOMPARE(m_panel->inspector()->shownNode(), QStringLiteral("fizz"));
    // Ctrl+click adds another.
    QTest::mouseClick(viewport(), Qt::LeftButton, Qt::ControlModifier, toView(QPointF(440 + 60, 80 + 20)));
    QCOMPARE(scene->selectedNodeIds(), (QStringList{QStringLiteral("buzz"), QStringLiteral("fizz")}));
    // Dragging one of them moves both, as one undo step.
    const int steps = doc->undoStack()->count();
    dragOnCanvas(QPointF(440 + 60, 0 + 20), QPointF(440 + 60 + 40, 0 + 20 - 40));
    QCOMPARE(doc->node(QStringLiteral("fizz"))->position, QPointF(480, -40));
    QCOMPARE(doc->node(QStringLiteral("buzz"))->position, QPointF(480, 40));
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    // The edges followed their nodes.
    const FlowEdgeItem *edge =
        scene->edgeItem({QStringLiteral("fizz"), QStringLiteral("done"), FlowEdgeKind::Next});
    QVERIFY(edge->shape().contains(scene->outputPortPos(QStringLiteral("fizz")) + QPointF(2, 0)));
    // A second drag of the same nodes is a second step.
    dragOnCanvas(QPointF(480 + 60, -40 + 20), QPointF(480 + 60 + 20, -40 + 20));
    QCOMPARE(doc->node(QStringLiteral("fizz"))->position, QPointF(500, -40));
    QCOMPARE(doc->undoStack()->count(), steps + 2);
    m_panel->undoAction()->trigger();
    QCOMPARE(doc->node(QStringLiteral("fizz"))->position, QPointF(480, -40));
    m_panel->undoAction()->trigger();
    QCOMPARE(scene->nodeItem(QStringLiteral("fizz"))->pos(), QPointF(440, 0));

    // Arrow keys nudge the selection by the grid (Shift: five steps); the nudges are one step.
    scene->selectNode(QStringLiteral("fizz"));
    m_panel->view()->setFocus();
    QTest::keyClick(m_panel->view(), Qt::Key_Right);
    QTest::keyClick(m_panel->view(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(doc->node(QStringLiteral("fizz"))->position, QPointF(460, 100));
    QCOMPARE(scene->nodeItem(QStringLiteral("fizz"))->pos(), QPointF(460, 100));
    m_panel->undoAction()->trigger();
    QCOMPARE(doc->node(QStringLiteral("fizz"))->position, QPointF(440, 0));

    // Delete removes the selected nodes with their edges; undo brings all back.
    scene->selectNode(QStringLiteral("fizz"));
    m_panel->view()->setFocus();
    QTest::keyClick(m_panel->view(), Qt::Key_Delete);
    QVERIFY(!doc->node(QStringLiteral("fizz")));
    QVERIFY(!scene->nodeItem(QStringLiteral("fizz")));
    QVERIFY(!scene->edgeItem({QStringLiteral("route"), QStringLiteral("fizz"), FlowEdgeKind::Next}));
    QCOMPARE(scene->edgeItemCount(), 7);
    QVERIFY(m_panel->titleText().endsWith(QLatin1Char('*')));
    QTest::keyClick(m_panel->view(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(scene->nodeItem(QStringLiteral("fizz")));
    QCOMPARE(scene->edgeItemCount(), 9);
    QCOMPARE(m_panel->titleText(), QStringLiteral("fizzbuzz.flow.json"));
    // The choice keeps its priorities after the round trip.
    QCOMPARE(
        scene->edgeItem({QStringLiteral("route"), QStringLiteral("fizz"), FlowEdgeKind::Next})->labelText(),
        QStringLiteral("2. input.kind == 'fizz'"));

    // Renaming a connected node in the inspector redraws its edges under the new id.
    scene->selectNode(QStringLiteral("fizz"));
    typeInto(field<QLineEdit>(QStringLiteral("nodeId")), QStringLiteral("fizz-word"));
    QVERIFY(doc->node(QStringLiteral("fizz-word")));
    QVERIFY(scene->nodeItem(QStringLiteral("fizz-word")));
    QVERIFY(!scene->nodeItem(QStringLiteral("fizz")));
    QVERIFY(scene->edgeItem({QStringLiteral("route"), QStringLiteral("fizz-word"), FlowEdgeKind::Next}));
    QVERIFY(scene->edgeItem({QStringLiteral("fizz-word"), QStringLiteral("done"), FlowEdgeKind::Next}));
    QVERIFY(!scene->edgeItem({QStringLiteral("route"), QStringLiteral("fizz"), FlowEdgeKind::Next}));
    QCOMPARE(scene->edgeItemCount(), 9);
    m_panel->undoAction()->trigger();
    QVERIFY(scene->nodeItem(QStringLiteral("fizz")));
    QVERIFY(scene->edgeItem({QStringLiteral("route"), QStringLiteral("fizz"), FlowEdgeKind::Next}));
    QCOMPARE(scene->edgeItemCount(), 9);

    // An edge is selected by clicking its label and deleted on its own.
    const FlowEdgeKey defaultEdge{QStringLiteral("route"), QStringLiteral("number"), FlowEdgeKind::Next};
    scene->clearSelection();
    const QGraphicsItem *label = scene->edgeItem(defaultEdge)->labelItem();
    QVERIFY(label && label->isVisible());
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, toView(label->sceneBoundingRect().center()));
    QCOMPARE(scene->selectedEdges(), QList<FlowEdgeKey>{defaultEdge});
    QCOMPARE(m_panel->inspector()->shownEdge().value_or(FlowEdgeKey{}), defaultEdge);
    m_panel->deleteAction()->trigger();
    QVERIFY(!doc->edge(defaultEdge));
    QVERIFY(doc->node(QStringLiteral("number")));
    m_panel->undoAction()->trigger();
    QVERIFY(doc->edge(defaultEdge));
}

void tst_FlowEditor::contextMenuSetsStart()
{
    QVERIFY(m_panel->openFile(bundled()));
    FlowDocument *doc = m_panel->document();
    FlowScene *scene = m_panel->scene();
    centreOn(QPointF(400, 150));
    scene->selectNode(QStringLiteral("fizz"));
    // A right-click on another node selects it; the menu offers what applies to it.
    std::unique_ptr<QMenu> menu(m_panel->contextMenuAt(toView(QPointF(220 + 60, 120 + 20))));
    QCOMPARE(scene->selectedNodeIds(), QStringList{QStringLiteral("route")});
    QVERIFY(menu->actions().contains(m_panel->setStartAction()));
    QVERIFY(m_panel->setStartAction()->isEnabled());
    QVERIFY(m_panel->deleteAction()->isEnabled());
    m_panel->setStartAction()->trigger();
    QCOMPARE(doc->flow().start, QStringLiteral("route"));
    QVERIFY(!m_panel->setStartAction()->isEnabled()); // it is the start now
    m_panel->undoAction()->trigger();
    QCOMPARE(doc->flow().start, QStringLiteral("check"));
    // On empty canvas the selection stays as it is.
    menu.reset(m_panel->contextMenuAt(toView(QPointF(300, 320))));
    QCOMPARE(scene->selectedNodeIds(), QStringList{QStringLiteral("route")});
}

void tst_FlowEditor::rubberBandSelects()
{
    QVERIFY(m_panel->openFile(bundled()));
    FlowScene *scene = m_panel->scene();
    centreOn(QPointF(400, 150));
    scene->clearSelection();
    // From empty space above-left of fizz to the right of buzz: fizz and buzz (and what crosses).
    const QPoint from = toView(QPointF(420, -30));
    const QPoint to = toView(QPointF(620, 110));
    QTest::mousePress(viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(viewport(), (from + to) / 2);
    QTest::mouseMove(viewport(), to);
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, to);
    const QStringList selected = scene->selectedNodeIds();
    QVERIFY2(selected.contains(QStringLiteral("fizz")) && selected.contains(QStringLiteral("buzz")),
             qPrintable(selected.join(QLatin1Char(','))));
    QVERIFY(!selected.contains(QStringLiteral("check")));
    QVERIFY(!selected.contains(QStringLiteral("number")));
}

void tst_FlowEditor::copyPasteAndDuplicate()
{
    QVERIFY(m_panel->openFile(bundled()));
    FlowDocument *doc = m_panel->document();
    FlowScene *scene = m_panel->scene();
    centreOn(QPointF(400, 150));
    scene->selectItems({QStringLiteral("fizz"), QStringLiteral("buzz")});
    m_panel->view()->setFocus();
    QTest::keyClick(m_panel->view(), Qt::Key_C, Qt::ControlModifier);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QVERIFY(mime->hasFormat(FlowEditorPanel::clipboardMimeType()));
    QVERIFY(mime->text().contains(QStringLiteral("\"fizz\"")));
    QTest::keyClick(m_panel->view(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(doc->flow().nodes.size(), 9);
    const QStringList pasted = scene->selectedNodeIds();
    QCOMPARE(pasted.size(), 2);
    for (const QString &id : pasted) {
        QVERIFY2(id != QLatin1String("fizz") && id != QLatin1String("buzz"), qPrintable(id));
        QVERIFY(scene->nodeItem(id));
    }
    m_panel->undoAction()->trigger();
    QCOMPARE(doc->flow().nodes.size(), 7);

    // Text from another program (the file's JSON) pastes too.
    QGuiApplication::clipboard()->setText(QString::fromUtf8(doc->copy({QStringLiteral("number")})));
    QVERIFY(m_panel->pasteClipboard());
    QCOMPARE(doc->flow().nodes.size(), 8);
    m_panel->undoAction()->trigger();
    // Text that is not a flow fragment is refused with a message and changes nothing.
    QGuiApplication::clipboard()->setText(QStringLiteral("hello"));
    QVERIFY(!m_panel->pasteClipboard());
    QCOMPARE(doc->flow().nodes.size(), 7);
    QVERIFY(m_panel->statusText().startsWith(QStringLiteral("Cannot paste")));

    // Ctrl+D duplicates beside the original, edges between the copies included.
    scene->selectItems({QStringLiteral("route"), QStringLiteral("fizz")});
    QTest::keyClick(m_panel->view(), Qt::Key_D, Qt::ControlModifier);
    const QStringList copies = scene->selectedNodeIds();
    QCOMPARE(copies.size(), 2);
    QCOMPARE(doc->flow().nodes.size(), 9);
    int between = 0;
    for (const FlowEdge &edge : doc->flow().edges)
        between += copies.contains(edge.from) && copies.contains(edge.to) ? 1 : 0;
    QCOMPARE(between, 1);
    m_panel->undoAction()->trigger();
    QCOMPARE(doc->flow().nodes.size(), 7);
}

void tst_FlowEditor::zoomAndFit()
{
    QVERIFY(m_panel->openFile(bundled()));
    FlowView *view = m_panel->view();
    view->setZoom(1.0);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY2(view->zoom() > 1.2, qPrintable(QString::number(view->zoom())));
    QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(view->zoom() < 1.0);
    // The wheel zooms around the pointer.
    const double before = view->zoom();
    const QPoint at = viewport()->rect().center();
    QWheelEvent wheel(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport(), &wheel);
    QVERIFY(view->zoom() > before * 1.2);
    // Zoom stays within bounds.
    for (int i = 0; i < 40; ++i)
        view->zoomBy(0.5);
    QCOMPARE(view->zoom(), FlowView::MinZoom);
    // F fits the whole flow in the view.
    QTest::keyClick(view, Qt::Key_F);
    const QRectF shown = view->mapToScene(viewport()->rect()).boundingRect();
    QVERIFY(shown.contains(m_panel->scene()->contentRect()));
    QVERIFY(view->zoom() > 0.5);
    // Middle-drag pans.
    view->setZoom(1.0);
    const QPointF centre1 = view->mapToScene(viewport()->rect().center());
    QTest::mousePress(viewport(), Qt::MiddleButton, {}, at);
    QTest::mouseMove(viewport(), at + QPoint(60, 40));
    QTest::mouseRelease(viewport(), Qt::MiddleButton, {}, at + QPoint(60, 40));
    const QPointF centre2 = view->mapToScene(viewport()->rect().center());
    QVERIFY2(std::abs(centre1.x() - centre2.x() - 60) < 2 && std::abs(centre1.y() - centre2.y() - 40) < 2,
             qPrintable(QStringLiteral("%1,%2 -> %3,%4")
                            .arg(centre1.x())
                            .arg(centre1.y())
                            .arg(centre2.x())
                            .arg(centre2.y())));
    // So does a left drag with Space held, without selecting or moving anything.
    const QByteArray flowBefore = m_panel->document()->flow().toCanonicalJson();
    m_panel->scene()->clearSelection();
    QTest::keyPress(view, Qt::Key_Space);
    const QPoint on = toView(QPointF(440 + 80, 0 + 28)); // on the fizz node
    QTest::mousePress(viewport(), Qt::LeftButton, {}, on);
    QTest::mouseMove(viewport(), on - QPoint(50, 30));
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, on - QPoint(50, 30));
    QTest::keyRelease(view, Qt::Key_Space);
    const QPointF centre3 = view->mapToScene(viewport()->rect().center());
    QVERIFY(std::abs(centre3.x() - centre2.x() - 50) < 2 && std::abs(centre3.y() - centre2.y() - 30) < 2);
    QVERIFY(m_panel->scene()->selectedNodeIds().isEmpty());
    QCOMPARE(m_panel->document()->flow().toCanonicalJson(), flowBefore);
}

void tst_FlowEditor::overlayMarksAndGhosts()
{
    QVERIFY(m_panel->openFile(bundled()));
    FlowOverlay *overlay = m_panel->overlay();
    FlowScene *scene = m_panel->scene();
    overlay->setRunState(QStringLiteral("check"), FlowOverlay::RunState::Succeeded, 1500);
    overlay->setRunState(QStringLiteral("route"), FlowOverlay::RunState::Running);
    overlay->setRunState(QStringLiteral("fizz"), FlowOverlay::RunState::Skipped);
    overlay->setBreakpoint(QStringLiteral("buzz"), true);
    overlay->setDiff(QStringLiteral("number"), FlowOverlay::DiffMark::Changed);
    overlay->setEdge({QStringLiteral("check"), QStringLiteral("route"), FlowEdgeKind::Next},
                     {true, FlowOverlay::DiffMark::None});
    QCOMPARE(scene->nodeItem(QStringLiteral("check"))->marks().run, FlowOverlay::RunState::Succeeded);
    QVERIFY(scene->nodeItem(QStringLiteral("buzz"))->marks().breakpoint);
    FlowNode ghost;
    ghost.id = QStringLiteral("old-step");
    ghost.kind = FlowNodeKind::Modify;
    ghost.expression = QStringLiteral("input");
    ghost.position = QPointF(220, 260);
    FlowEdge ghostEdge;
    ghostEdge.from = QStringLiteral("check");
    ghostEdge.to = QStringLiteral("old-step");
    overlay->setGhosts({ghost}, {ghostEdge});
    QCOMPARE(scene->ghostItemCount(), 2);
    // Ghosts are drawn, not edited: not selectable, not in the document.
    QVERIFY(!m_panel->document()->node(QStringLiteral("old-step")));
    m_panel->view()->fitToView();
    QVERIFY(!saveScreenshot(m_panel.get(), QStringLiteral("floweditor-overlay")).isEmpty());
    // Read-only (diff and debugger views): selection works, drags and connections do not.
    scene->setReadOnly(true);
    m_panel->view()->setZoom(1.0);
    m_panel->view()->centerOn(QPointF(400, 150));
    const QByteArray before = m_panel->document()->flow().toCanonicalJson();
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, toView(QPointF(440 + 60, 80 + 20)));
    QCOMPARE(scene->selectedNodeIds(), QStringList{QStringLiteral("buzz")});
    dragOnCanvas(QPointF(440 + 60, 80 + 20), QPointF(440 + 60 + 100, 80 + 20 + 100));
    dragOnCanvas(scene->outputPortPos(QStringLiteral("check")), scene->inputPortPos(QStringLiteral("done")));
    QCOMPARE(m_panel->document()->flow().toCanonicalJson(), before);
    QCOMPARE(scene->nodeItem(QStringLiteral("buzz"))->pos(), QPointF(440, 80));
    scene->setReadOnly(false);
    overlay->clear();
    QCOMPARE(scene->ghostItemCount(), 0);
    QCOMPARE(scene->nodeItem(QStringLiteral("check"))->marks().run, FlowOverlay::RunState::None);
}

// Issue 6: the bundled FizzBuzz against a copy with one node renamed and one edge removed —
// through the Compare dialog's widgets, the canvas marks exactly those two.
void tst_FlowEditor::visualDiffMarksTheRenameAndTheRemovedEdge()
{
    auto original = Flow::load(bundled());
    QVERIFY2(original.ok(), qPrintable(original.errorMessage()));
    Flow copy = *original;
    const QString fizz = QStringLiteral("fizz"), fizz3 = QStringLiteral("fizz3");
    for (FlowNode &n : copy.nodes) {
        if (n.id == fizz)
            n.id = fizz3;
    }
    for (FlowEdge &e : copy.edges) {
        if (e.from == fizz)
            e.from = fizz3;
        if (e.to == fizz)
            e.to = fizz3;
    }
    const qsizetype removed = copy.edges.removeIf(
        [](const FlowEdge &e) { return e.from == QLatin1String("buzz") && e.to == QLatin1String("done"); });
    QCOMPARE(removed, 1);
    const QString copyPath = m_dir.filePath(QStringLiteral("fizzbuzz-copy.flow.json"));
    QVERIFY(copy.save(copyPath));
    QVERIFY(m_panel->openFile(copyPath));

    FlowDiffDialog *dialog = m_panel->showCompare();
    QTRY_VERIFY(dialog->revisionsLoaded());
    auto *file = dialog->findChild<QLineEdit *>(QStringLiteral("otherFile"));
    QVERIFY(file);
    QVERIFY(file->isEnabled()); // the copy has no git history: another file is the choice
    file->clear();
    QTest::keyClicks(file, bundled());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("compare")), Qt::LeftButton);
    QVERIFY(dialog->diff());
    QCOMPARE(dialog->diff()->lines(), (QStringList{QStringLiteral("~ node fizz3: id: \"fizz\" → \"fizz3\""),
                                                   QStringLiteral("- edge buzz -> done")}));

    FlowScene *scene = m_panel->scene();
    QHash<QString, FlowOverlay::DiffMark> nodeMarks;
    for (const FlowNode &n : m_panel->document()->flow().nodes) {
        if (const auto mark = scene->nodeItem(n.id)->marks().diff; mark != FlowOverlay::DiffMark::None)
            nodeMarks.insert(n.id, mark);
    }
    QCOMPARE(nodeMarks, (QHash<QString, FlowOverlay::DiffMark>{{fizz3, FlowOverlay::DiffMark::Changed}}));
    QHash<QString, FlowOverlay::DiffMark> edgeMarks;
    const auto &edges = m_panel->overlay()->edges();
    for (auto it = edges.begin(); it != edges.end(); ++it) {
        if (it->diff != FlowOverlay::DiffMark::None)
            edgeMarks.insert(it.key().toString(), it->diff);
    }
    QCOMPARE(edgeMarks, (QHash<QString, FlowOverlay::DiffMark>{
                            {QStringLiteral("buzz -> done"), FlowOverlay::DiffMark::Removed}}));
    QCOMPARE(scene->ghostItemCount(), 1); // the removed edge, drawn where it was
    QCOMPARE(dialog->changes()->topLevelItemCount(), 2);
    m_panel->view()->fitToView();
    QVERIFY(!saveScreenshot(m_panel.get(), QStringLiteral("floweditor-diff")).isEmpty());

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("clear")), Qt::LeftButton);
    QCOMPARE(scene->nodeItem(fizz3)->marks().diff, FlowOverlay::DiffMark::None);
    QCOMPARE(scene->ghostItemCount(), 0);
    dialog->close();
}

void tst_FlowEditor::errorsShownOnNodesAndInList()
{
    // A flow with mistakes: an unknown function, a function node without one, a choice
    // without a default, an expression that does not parse, an unreachable node.
    const QString path = m_dir.filePath(QStringLiteral("orders.flow.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({
    "version": 1,
    "name": "orders",
    "start": "fetch",
    "nodes": [
        { "id": "done", "kind": "end", "position": { "x": 700, "y": 100 } },
        { "id": "fetch", "kind": "function", "function": "fetch-order", "position": { "x": 0, "y": 100 } },
        { "id": "orphan", "kind": "modify", "expression": "{total: input.n +}", "position": { "x": 240, "y": 260 } },
        { "id": "route", "kind": "choice", "label": "Big order?", "position": { "x": 240, "y": 100 } },
        { "id": "ship", "kind": "function", "position": { "x": 480, "y": 40 } },
        { "id": "small", "kind": "function", "function": "echo-py", "position": { "x": 480, "y": 160 } }
    ],
    "edges": [
        { "from": "fetch", "to": "route" },
        { "from": "route", "to": "ship", "condition": "input.total > 100" },
        { "from": "route", "to": "small", "condition": "input.total <=" },
        { "from": "ship", "to": "done" },
        { "from": "small", "to": "done" }
    ]
}
)");
    file.close();
    QVERIFY(m_panel->openFile(path));
    FlowDocument *doc = m_panel->document();
    FlowScene *scene = m_panel->scene();
    QVERIFY(doc->problems().size() >= 4);
    int itemsWithProblems = 0;
    for (const FlowNode &node : doc->flow().nodes) {
        QCOMPARE(scene->nodeItem(node.id)->problems().size(), doc->problemsOf(node.id).size());
        itemsWithProblems += doc->problemsOf(node.id).isEmpty() ? 0 : 1;
        // The badge's tooltip lists them.
        for (const FlowProblem &problem : doc->problemsOf(node.id))
            QVERIFY(scene->nodeItem(node.id)->toolTip().contains(problem.message));
    }
    QVERIFY(itemsWithProblems >= 3);
    QVERIFY(!scene->nodeItem(QStringLiteral("fetch"))->problems().isEmpty()); // unknown function
    QVERIFY(!scene->nodeItem(QStringLiteral("ship"))->problems().isEmpty());  // no function
    QVERIFY(!scene->edgeItem({QStringLiteral("route"), QStringLiteral("small"), FlowEdgeKind::Next})
                 ->problems()
                 .isEmpty());
    // The problems list; activating a line selects its node on the canvas.
    m_panel->sideTabs()->setCurrentWidget(m_panel->problemsView());
    QListWidget *list = m_panel->problemsView()->list();
    QVERIFY(list->count() >= doc->problems().size());
    m_panel->view()->fitToView();
    scene->selectNode(QStringLiteral("ship"));
    QVERIFY(!saveScreenshot(m_panel.get(), QStringLiteral("floweditor-errors")).isEmpty());
}

void tst_FlowEditor::untouchedLoadSaveChangesNothing()
{
    const QString copy = m_dir.filePath(QStringLiteral("untouched.flow.json"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(bundled(), copy));
    QVERIFY(m_panel->openFile(copy));
    QVERIFY(!m_panel->document()->isModified());
    QCOMPARE(m_panel->titleText(), QStringLiteral("untouched.flow.json"));
    QVERIFY(m_panel->save());
    QFile a(bundled()), b(copy);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), a.readAll());
    // A broken file is refused with its line, and the open flow stays.
    const QString broken = m_dir.filePath(QStringLiteral("broken.flow.json"));
    QFile out(broken);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("{\n    \"version\": 1,\n    \"start\": \"a\",\n    \"nodes\": [ { \"id\": \"a\", \"kind\": "
              "\"teleport\" } ]\n}\n");
    out.close();
    const Status opened = m_panel->openFile(broken);
    QVERIFY(!opened);
    QVERIFY2(m_panel->statusText().contains(QStringLiteral("broken.flow.json")),
             qPrintable(m_panel->statusText()));
    QCOMPARE(m_panel->document()->flow().nodes.size(), 7);
    QCOMPARE(m_panel->scene()->nodeItemCount(), 7);
}

void tst_FlowEditor::projectPanelOpensFlowsInTheWindow()
{
    QVERIFY2(!binDir().isEmpty(), "STRATUS_BIN_DIR is not set (run through ctest)");
    const QString example = QDir(sourceDir()).filePath(QStringLiteral("resources/examples/basic"));
    const QString project = m_dir.filePath(QStringLiteral("project"));
    const Status created = ProjectTemplate::create(example, project);
    QVERIFY2(created, qPrintable(created.errorMessage()));
    MainWindow::Options options;
    options.templateDir = example;
    options.supervisor.binDir = binDir();
    MainWindow window(WorkbenchSettings{}, options);
    window.resize(1500, 950);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(project));

    // A double-click on a flow in the Project panel opens it in the Flows dock.
    ProjectModel *model = window.projectModel();
    const QString relative = QStringLiteral("flows/fizzbuzz.flow.json");
    QTRY_VERIFY_WITH_TIMEOUT(model->indexOf(relative).isValid(), 10000);
    QTreeView *tree = window.projectPanel()->view();
    auto *proxy = qobject_cast<QAbstractProxyModel *>(tree->model());
    QVERIFY(proxy);
    const QModelIndex index = proxy->mapFromSource(model->indexOf(relative));
    tree->scrollTo(index);
    const QPoint centre = tree->visualRect(index).center();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, centre);
    FlowEditorPanel *panel = window.flowEditorPanel();
    const QString path = QDir(project).filePath(relative);
    QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(panel->document()->filePath()), QFileInfo(path), 5000);
    QCOMPARE(panel->scene()->nodeItemCount(), 7);
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("flowsDock"));
    QVERIFY(dock && dock->isVisible());
    QCOMPARE(dock->windowTitle(), QStringLiteral("Flows — fizzbuzz.flow.json"));
    // The editor's sources stay with the source editor.
    QVERIFY(window.editorPanel()->currentPath().isEmpty());

    // An edit marks the dock's title; undo clears it.
    panel->document()->moveNodes({{QStringLiteral("fizz"), QPointF(440, -40)}});
    QCOMPARE(dock->windowTitle(), QStringLiteral("Flows — fizzbuzz.flow.json*"));
    panel->undoAction()->trigger();
    QCOMPARE(dock->windowTitle(), QStringLiteral("Flows — fizzbuzz.flow.json"));

    // The inspector's Open on a function node opens the function's source in the editor.
    panel->scene()->selectNode(QStringLiteral("fizz"));
    auto *open = panel->inspector()->findChild<QToolButton *>(QStringLiteral("openSource"));
    QVERIFY(open && open->isVisible());
    QTest::mouseClick(open, Qt::LeftButton);
    const int row = window.registryModel()->rowOf(RegistryEntry::Kind::Function, QStringLiteral("fizz"));
    QVERIFY(row >= 0);
    const QString source = ManifestEditor::sourceFileOf(window.registryModel()->entry(row).data, project);
    QVERIFY(!source.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(window.editorPanel()->currentPath(), source, 5000);

    // So does a double-click on the function node itself.
    window.editorPanel()->closeAll();
    QVERIFY(window.editorPanel()->currentPath().isEmpty());
    const QPointF buzz = panel->scene()->nodeItem(QStringLiteral("buzz"))->sceneBoundingRect().center();
    panel->view()->centerOn(buzz);
    const QPoint at = panel->view()->mapFromScene(buzz);
    QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(panel->view()->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE_WITH_TIMEOUT(window.editorPanel()->currentPath(), source, 5000);
}

QTEST_MAIN(tst_FlowEditor)
#include "tst_floweditor.moc"
