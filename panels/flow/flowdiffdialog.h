#pragma once

#include "flow.h"
#include "flowdiff.h"
#include "flowrevisions.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTimer;
class QTreeWidget;

namespace Stratus {

class FlowDocument;
class FlowOverlay;

// Compares the flow being edited with an earlier version: a git revision of its file (the
// commits that changed it, read with libgit2 off the GUI thread) or another flow file. Lists
// what changed (node or edge, then each property "timeoutMs: 5000 → 2000") and marks the
// editor's overlay: added and changed items, removed ones as ghosts. The comparison follows
// the document as it is edited; Clear (or closing the dialog) removes the marks.
class FlowDiffDialog : public QDialog
{
    Q_OBJECT
public:
    FlowDiffDialog(FlowDocument *doc, FlowOverlay *overlay, const QString &projectDir,
                   QWidget *parent = nullptr);
    ~FlowDiffDialog() override;

    // For tests and the panel: compare with a flow file's text (as if read from `source`).
    Status compareWith(const QByteArray &text, const QString &source);
    const std::optional<FlowDiff> &diff() const { return m_diff; }
    QTreeWidget *changes() const { return m_tree; }
    QComboBox *revisions() const { return m_revisions; }
    bool revisionsLoaded() const { return m_revisionsLoaded; }
    void clear();

signals:
    void revisionsReady(); // the git history of the file is listed (or failed: see the status line)

private:
    void loadRevisions();
    void compare();
    void compareWithRevision(const QString &commitId);
    void recompute();
    void showDiff();
    void setStatus(const QString &text, bool error = false);

    QPointer<FlowDocument> m_doc;
    QPointer<FlowOverlay> m_overlay;
    QString m_projectDir;
    std::optional<Flow> m_before;
    QString m_beforeSource;
    std::optional<FlowDiff> m_diff;
    bool m_revisionsLoaded = false;
    int m_revisionsGeneration = 0; // only the latest history read fills the list

    QRadioButton *m_useGit;
    QRadioButton *m_useFile;
    QComboBox *m_revisions;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QPushButton *m_compare;
    QPushButton *m_clear;
    QLabel *m_status;
    QTreeWidget *m_tree;
    QTimer *m_recompute;
};

} // namespace Stratus
