#pragma once

#include "result.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QToolBar;
class QUndoView;

namespace Stratus {

class FlowDiffDialog;
class FlowDocument;
class FlowInspector;
class FlowOverlay;
class FlowPalette;
class FlowProblemsView;
class FlowRunBar;
class FlowScene;
class FlowView;
class RegistryModel;

// The visual flow editor (docs/floweditor.md): the palette on the left, the canvas in the
// middle with the run bar below it, the inspector, the problems and the undo history on the
// right, a toolbar above. It owns one FlowDocument (the model) and draws it through a
// FlowScene; every edit is an undo step on the document's stack.
class FlowEditorPanel : public QWidget
{
    Q_OBJECT
public:
    // registry: the functions the palette offers and the validator checks (may be null).
    explicit FlowEditorPanel(RegistryModel *registry, QWidget *parent = nullptr);
    ~FlowEditorPanel() override;

    Status openFile(const QString &path);
    Status save(); // to the document's file; asks for one when it has none
    Status saveAs(const QString &path);
    void newFlow(); // an empty, untitled flow
    // Asks whether unsaved changes may be dropped (true when there are none).
    bool confirmDiscard();
    FlowDocument *document() const { return m_doc; }
    FlowScene *scene() const { return m_scene; }
    FlowView *view() const { return m_view; }
    FlowOverlay *overlay() const { return m_overlay; }
    FlowPalette *palette() const { return m_palette; }
    FlowInspector *inspector() const { return m_inspector; }
    FlowProblemsView *problemsView() const { return m_problems; }
    FlowRunBar *runBar() const { return m_runBar; }
    QUndoView *historyView() const { return m_history; }
    QTabWidget *sideTabs() const { return m_tabs; }
    QToolBar *toolBar() const { return m_toolBar; }
    QString statusText() const;
    // "fizzbuzz.flow.json*": the file's name, a star while unsaved.
    QString titleText() const;

    void setProjectDir(const QString &dir); // for the run bar and the diff (git)
    void setNatsUrl(const QString &url);

    // Clipboard, as the toolbar and the keys do it.
    void copySelection();
    void cutSelection();
    bool pasteClipboard();
    void duplicateSelection();
    void deleteSelection();
    FlowDiffDialog *showCompare();
    // The canvas's context menu at a viewport position (the caller owns it); a right-click on
    // an unselected node or edge selects it first.
    QMenu *contextMenuAt(const QPoint &viewportPos);

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *saveAction() const { return m_save; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *deleteAction() const { return m_delete; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *copyAction() const { return m_copy; }
    QAction *cutAction() const { return m_cut; }
    QAction *pasteAction() const { return m_paste; }
    QAction *selectAllAction() const { return m_selectAll; }
    QAction *autoLayoutAction() const { return m_autoLayout; }
    QAction *fitAction() const { return m_fit; }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *compareAction() const { return m_compare; }
    QAction *setStartAction() const { return m_setStart; }

    static QString clipboardMimeType() { return QStringLiteral("application/x-stratus-flow+json"); }

signals:
    void openSourceRequested(const QString &function);
    void modifiedChanged(bool modified);
    void titleChanged(const QString &title);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QAction *makeAction(const QString &text, const QString &tip, const QList<QKeySequence> &keys);
    void createActions();
    void openDialog();
    void showMessage(const QString &text, bool error = false);
    void updateActions();
    void updateTitle();
    void updateKnownFunctions();
    void addNodeAtInsertionPoint(int kind, const QString &function);

    QPointer<RegistryModel> m_registry;
    FlowDocument *m_doc;
    FlowOverlay *m_overlay;
    FlowScene *m_scene;
    FlowView *m_view;
    FlowPalette *m_palette;
    FlowInspector *m_inspector;
    FlowProblemsView *m_problems;
    FlowRunBar *m_runBar;
    QUndoView *m_history;
    QTabWidget *m_tabs;
    QToolBar *m_toolBar;
    QSplitter *m_splitter;
    QLabel *m_status;
    QLabel *m_zoomLabel;
    QPointer<FlowDiffDialog> m_diff;
    QString m_projectDir;
    QString m_title;
    bool m_fitOnShow = true;

    QAction *m_new, *m_open, *m_save, *m_saveAs, *m_undo, *m_redo, *m_delete, *m_duplicate, *m_copy, *m_cut,
        *m_paste, *m_selectAll, *m_autoLayout, *m_fit, *m_zoomIn, *m_zoomOut, *m_compare, *m_setStart;
};

} // namespace Stratus
