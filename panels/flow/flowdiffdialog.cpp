#include "flowdiffdialog.h"

#include "flowdocument.h"
#include "flowoverlay.h"
#include "offthread.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Stratus {

Q_LOGGING_CATEGORY(lcFlowDiffDialog, "stratus.panels.flow.diff", QtWarningMsg)

FlowDiffDialog::FlowDiffDialog(FlowDocument *doc, FlowOverlay *overlay, const QString &projectDir,
                               QWidget *parent)
    : QDialog(parent), m_doc(doc), m_overlay(overlay), m_projectDir(projectDir),
      m_useGit(new QRadioButton(tr("Git revision:"))), m_useFile(new QRadioButton(tr("Another file:"))),
      m_revisions(new QComboBox), m_file(new QLineEdit), m_browse(new QPushButton(tr("Browse…"))),
      m_compare(new QPushButton(tr("Compare"))), m_clear(new QPushButton(tr("Clear"))), m_status(new QLabel),
      m_tree(new QTreeWidget), m_recompute(new QTimer(this))
{
    setWindowTitle(tr("Compare Flow"));
    setModal(false);
    m_revisions->setObjectName(QStringLiteral("revisions"));
    m_file->setObjectName(QStringLiteral("otherFile"));
    m_compare->setObjectName(QStringLiteral("compare"));
    m_clear->setObjectName(QStringLiteral("clear"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tree->setObjectName(QStringLiteral("changes"));
    m_tree->setHeaderLabels({tr("Change"), tr("Before"), tr("After")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(true);

    auto *source = new QGridLayout;
    source->addWidget(m_useGit, 0, 0);
    source->addWidget(m_revisions, 0, 1, 1, 2);
    source->addWidget(m_useFile, 1, 0);
    source->addWidget(m_file, 1, 1);
    source->addWidget(m_browse, 1, 2);
    source->setColumnStretch(1, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_compare);
    buttons->addWidget(m_clear);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(source);
    layout->addLayout(buttons);
    layout->addWidget(m_tree, 1);
    layout->addWidget(close);
    resize(640, 480);

    m_useGit->setChecked(true);
    m_file->setPlaceholderText(tr("a .flow.json file"));
    connect(m_useGit, &QRadioButton::toggled, this, [this](bool git) {
        m_revisions->setEnabled(git);
        m_file->setEnabled(!git);
        m_browse->setEnabled(!git);
    });
    m_file->setEnabled(false);
    m_browse->setEnabled(false);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString start = m_doc && !m_doc->filePath().isEmpty()
                                  ? QFileInfo(m_doc->filePath()).absolutePath()
                                  : m_projectDir;
        const QString path = QFileDialog::getOpenFileName(this, tr("Compare with a flow file"), start,
                                                          tr("Flows (*.flow.json);;JSON (*.json)"));
        if (!path.isEmpty())
            m_file->setText(path);
    });
    connect(m_compare, &QPushButton::clicked, this, &FlowDiffDialog::compare);
    connect(m_clear, &QPushButton::clicked, this, &FlowDiffDialog::clear);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::close);

    // Edits move the marks along: recomputed once per burst of changes.
    m_recompute->setSingleShot(true);
    m_recompute->setInterval(0);
    connect(m_recompute, &QTimer::timeout, this, &FlowDiffDialog::recompute);
    if (m_doc) {
        connect(m_doc, &FlowDocument::problemsChanged, m_recompute, qOverload<>(&QTimer::start));
        connect(m_doc, &FlowDocument::nodeMoved, m_recompute, qOverload<>(&QTimer::start));
        connect(m_doc, &FlowDocument::flowReset, this, [this] {
            clear();
            loadRevisions();
        });
        connect(m_doc, &FlowDocument::filePathChanged, this, &FlowDiffDialog::loadRevisions);
    }
    loadRevisions();
}

FlowDiffDialog::~FlowDiffDialog()
{
    // Marks nobody updates any more would go stale as the flow is edited.
    if (m_overlay && m_diff)
        m_overlay->clearDiff();
}

void FlowDiffDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText,
               error ? QColor(0xc0, 0x1c, 0x28) : palette().color(QPalette::WindowText));
    m_status->setPalette(p);
}

void FlowDiffDialog::loadRevisions()
{
    m_revisions->clear();
    m_revisionsLoaded = false;
    const QString path = m_doc ? m_doc->filePath() : QString();
    if (path.isEmpty()) {
        ++m_revisionsGeneration;
        m_revisions->setPlaceholderText(tr("the flow is not saved to a file yet"));
        m_useFile->setChecked(true);
        m_revisionsLoaded = true;
        emit revisionsReady();
        return;
    }
    m_revisions->setPlaceholderText(tr("reading the history…"));
    const int generation = ++m_revisionsGeneration;
    runOffThread(
        this, [path] { return FlowRevisions::history(path); },
        [this, generation](const Result<QList<FlowRevision>> &history) {
            if (generation != m_revisionsGeneration)
                return; // a later load (another file, a reload) is under way
            m_revisionsLoaded = true;
            if (!history) {
                m_revisions->setPlaceholderText(tr("no git history"));
                setStatus(history.errorMessage(), true);
                m_useFile->setChecked(true);
            } else if (history->isEmpty()) {
                m_revisions->setPlaceholderText(tr("the file has not been committed yet"));
            } else {
                const QLocale locale;
                for (const FlowRevision &r : *history)
                    m_revisions->addItem(
                        QStringLiteral("%1  %2  (%3, %4)")
                            .arg(r.shortId, r.summary, r.author,
                                 locale.toString(r.time.toLocalTime(), QLocale::ShortFormat)),
                        r.id);
                m_revisions->setCurrentIndex(0); // a placeholder would leave nothing chosen
            }
            emit revisionsReady();
        });
}

void FlowDiffDialog::compare()
{
    if (m_useGit->isChecked()) {
        const QString id = m_revisions->currentData().toString();
        if (id.isEmpty()) {
            setStatus(tr("Choose a revision to compare with."), true);
            return;
        }
        compareWithRevision(id);
        return;
    }
    const QString path = m_file->text().trimmed();
    if (path.isEmpty()) {
        setStatus(tr("Choose a flow file to compare with."), true);
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setStatus(tr("%1: cannot read: %2").arg(path, file.errorString()), true);
        return;
    }
    const Status compared = compareWith(file.readAll(), path);
    if (!compared)
        setStatus(compared.errorMessage(), true);
}

void FlowDiffDialog::compareWithRevision(const QString &commitId)
{
    const QString path = m_doc ? m_doc->filePath() : QString();
    setStatus(tr("Reading %1…").arg(commitId.left(8)));
    m_compare->setEnabled(false);
    runOffThread(
        this, [path, commitId] { return FlowRevisions::contentAt(path, commitId); },
        [this, path, commitId](const Result<QByteArray> &content) {
            m_compare->setEnabled(true);
            if (!m_doc || m_doc->filePath() != path)
                return; // another flow was opened meanwhile
            if (!content) {
                setStatus(content.errorMessage(), true);
                return;
            }
            const Status compared = compareWith(
                *content, QStringLiteral("%1@%2").arg(QFileInfo(path).fileName(), commitId.left(8)));
            if (!compared)
                setStatus(compared.errorMessage(), true);
        });
}

Status FlowDiffDialog::compareWith(const QByteArray &text, const QString &source)
{
    auto parsed = Flow::parse(text, source);
    if (!parsed)
        return makeError(tr("cannot compare with %1:\n%2").arg(source, parsed.errorMessage()));
    m_before = *parsed;
    m_beforeSource = source;
    recompute();
    return Ok{};
}

void FlowDiffDialog::recompute()
{
    if (!m_before || !m_doc)
        return;
    m_diff = FlowDiff::compare(*m_before, m_doc->flow());
    m_diff->apply(m_overlay);
    showDiff();
}

void FlowDiffDialog::clear()
{
    m_before.reset();
    m_diff.reset();
    m_tree->clear();
    if (m_overlay)
        m_overlay->clearDiff();
    setStatus({});
}

void FlowDiffDialog::showDiff()
{
    m_tree->clear();
    const FlowDiff &d = *m_diff;
    const auto item = [this](const QString &text, const QColor &colour) {
        auto *top = new QTreeWidgetItem(m_tree, {text});
        top->setForeground(0, colour);
        return top;
    };
    const auto addChanges = [](QTreeWidgetItem *parent, const QList<FlowPropertyChange> &changes) {
        for (const FlowPropertyChange &c : changes)
            new QTreeWidgetItem(parent, {c.property, c.before, c.after});
        parent->setExpanded(true);
    };
    const QColor added(0x26, 0xa2, 0x69), removed(0xc0, 0x1c, 0x28), changed(0xc6, 0x7c, 0x00);
    if (!d.flowChanges.isEmpty())
        addChanges(item(tr("flow"), changed), d.flowChanges);
    for (const FlowNode &n : d.addedNodes)
        item(tr("+ node %1").arg(n.id), added);
    for (const FlowNode &n : d.removedNodes)
        item(tr("− node %1").arg(n.id), removed);
    for (const FlowDiff::NodeChange &c : d.changedNodes)
        addChanges(item(tr("~ node %1").arg(c.id), changed), c.changes);
    for (const FlowEdge &e : d.addedEdges)
        item(tr("+ edge %1").arg(FlowEdgeKey::of(e).toString()), added);
    for (const FlowEdge &e : d.removedEdges)
        item(tr("− edge %1").arg(FlowEdgeKey::of(e).toString()), removed);
    for (const FlowDiff::EdgeChange &c : d.changedEdges)
        addChanges(item(tr("~ edge %1").arg(c.key.toString()), changed), c.changes);
    if (!d.movedNodes.isEmpty())
        item(tr("moved: %1").arg(d.movedNodes.join(QStringLiteral(", "))),
             palette().color(QPalette::WindowText));
    const int count = int(d.addedNodes.size() + d.removedNodes.size() + d.changedNodes.size() +
                          d.addedEdges.size() + d.removedEdges.size() + d.changedEdges.size()) +
                      (d.flowChanges.isEmpty() ? 0 : 1);
    setStatus(d.isEmpty()
                  ? tr("No changes since %1%2.")
                        .arg(m_beforeSource, d.movedNodes.isEmpty() ? QString() : tr(" (only nodes moved)"))
                  : tr("%n change(s) since %1.", nullptr, count).arg(m_beforeSource));
}

} // namespace Stratus
