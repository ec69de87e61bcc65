#include "editorpanel.h"

#include "offthread.h"
#include "sourcefile.h"
#include "sourcehighlighter.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace Stratus {

namespace {
const char PathProperty[] = "stratusPath";
}

EditorPanel::EditorPanel(QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_message(new QLabel(this)),
      m_save(new QAction(tr("&Save"), this)), m_saveAndRestart(new QAction(tr("Save and &Restart"), this))
{
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Write the file to disk (Ctrl+S)"));
    m_saveAndRestart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveAndRestart->setToolTip(
        tr("Write the file, then restart the invokers of the functions that run it"));
    // The shortcuts belong to the editor, not the whole window: Ctrl+S elsewhere saves nothing here.
    for (QAction *action : {m_save, m_saveAndRestart})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_save, m_saveAndRestart});
    connect(m_save, &QAction::triggered, this, &EditorPanel::save);
    connect(m_saveAndRestart, &QAction::triggered, this, &EditorPanel::saveAndRestart);

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addActions({m_save, m_saveAndRestart});

    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget *editor = m_tabs->widget(index);
        m_tabs->removeTab(index);
        editor->deleteLater();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &EditorPanel::updateActions);

    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setText(tr("Double-click a file in the Project panel to edit it."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(bar);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    updateActions();
}

QPlainTextEdit *EditorPanel::currentEditor() const
{
    return qobject_cast<QPlainTextEdit *>(m_tabs->currentWidget());
}

QString EditorPanel::currentPath() const
{
    const QPlainTextEdit *editor = currentEditor();
    return editor ? editor->property(PathProperty).toString() : QString();
}

QString EditorPanel::messageText() const
{
    return m_message->text();
}

void EditorPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

bool EditorPanel::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->property(PathProperty).toString() == absolute) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    // Sources are small (read() refuses large files): reading one here does not stall the window.
    auto contents = SourceFile::read(absolute);
    if (!contents) {
        showMessage(contents.errorMessage(), true);
        return false;
    }
    auto *editor = new QPlainTextEdit;
    editor->setProperty(PathProperty, absolute);
    editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    editor->setTabStopDistance(4 * editor->fontMetrics().horizontalAdvance(QLatin1Char(' ')));
    new SourceHighlighter(SyntaxRules::languageForFile(absolute), editor->document());
    editor->setPlainText(QString::fromUtf8(*contents));
    editor->document()->setModified(false);
    connect(editor->document(), &QTextDocument::modificationChanged, this,
            [this, editor] { updateTabTitle(editor); });
    const int index = m_tabs->addTab(editor, QFileInfo(absolute).fileName());
    m_tabs->setTabToolTip(index, QDir::toNativeSeparators(absolute));
    m_tabs->setCurrentIndex(index);
    showMessage(QDir::toNativeSeparators(absolute), false);
    updateActions();
    return true;
}

void EditorPanel::closeAll()
{
    while (m_tabs->count()) {
        QWidget *editor = m_tabs->widget(0);
        m_tabs->removeTab(0);
        editor->deleteLater();
    }
    updateActions();
}

void EditorPanel::updateTabTitle(QPlainTextEdit *editor)
{
    const int index = m_tabs->indexOf(editor);
    if (index < 0)
        return;
    const QString name = QFileInfo(editor->property(PathProperty).toString()).fileName();
    m_tabs->setTabText(index, editor->document()->isModified() ? name + QStringLiteral(" *") : name);
}

void EditorPanel::updateActions()
{
    const bool open = currentEditor() != nullptr;
    m_save->setEnabled(open);
    m_saveAndRestart->setEnabled(open);
}

void EditorPanel::saveCurrent(bool restart)
{
    QPlainTextEdit *editor = currentEditor();
    if (!editor)
        return;
    const QString path = editor->property(PathProperty).toString();
    const QByteArray contents = editor->toPlainText().toUtf8();
    const int revision = editor->document()->revision();
    showMessage(tr("Saving %1…").arg(QDir::toNativeSeparators(path)), false);
    runOffThread(
        this, [path, contents] { return SourceFile::write(path, contents); },
        [this, editor = QPointer<QPlainTextEdit>(editor), path, revision, restart](const Status &written) {
            if (!written) {
                showMessage(written.errorMessage(), true);
                return;
            }
            // Typing during the save leaves the document modified: what is on disk is older.
            if (editor && editor->document()->revision() == revision)
                editor->document()->setModified(false);
            showMessage(restart
                            ? tr("Saved %1; restarting its functions.").arg(QDir::toNativeSeparators(path))
                            : tr("Saved %1.").arg(QDir::toNativeSeparators(path)),
                        false);
            emit saved(path);
            if (restart)
                emit restartRequested(path);
        });
}

} // namespace Stratus
