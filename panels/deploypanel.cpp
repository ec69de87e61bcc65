#include "deploypanel.h"

#include "deploymodel.h"
#include "deployprotocol.h"
#include "deploytargetdialog.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Stratus {

namespace {

constexpr int PollMs = 15000; // what the nodes run changes rarely; Refresh asks at once

QTableWidget *makeTable(const QStringList &headers, const QString &objectName)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}

QTableWidgetItem *item(const QString &text, const QString &tip = {})
{
    auto *i = new QTableWidgetItem(text);
    i->setToolTip(tip.isEmpty() ? text : tip);
    return i;
}

} // namespace

DeployPanel::DeployPanel(DeployModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_target(new QComboBox), m_add(new QPushButton(tr("Add…"))),
      m_edit(new QPushButton(tr("Edit…"))), m_remove(new QPushButton(tr("Remove"))),
      m_refresh(new QPushButton(tr("Refresh"))), m_reach(new QLabel),
      m_nodes(makeTable({tr("Node"), tr("Release"), tr("Invokers ready"), tr("Kept"), tr("Progress")},
                        QStringLiteral("deployNodes"))),
      m_message(new QLineEdit), m_deploy(new QPushButton(tr("Deploy"))), m_progress(new QPlainTextEdit),
      m_result(new QLabel),
      m_releases(makeTable({tr("Release"), tr("Time (UTC)"), tr("Running on"), tr("Message"), tr("Author")},
                           QStringLiteral("deployReleases"))),
      m_diffButton(new QPushButton(tr("Diff with Project"))),
      m_rollback(new QPushButton(tr("Roll Back to Release"))), m_diff(new QPlainTextEdit),
      m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("deployPanel"));
    m_target->setObjectName(QStringLiteral("deployTarget"));
    m_target->setMinimumContentsLength(12);
    m_reach->setObjectName(QStringLiteral("deployReach"));
    m_reach->setWordWrap(true); // a sentence: on one line it would set the panel's minimum width
    m_message->setObjectName(QStringLiteral("deployMessage"));
    m_message->setPlaceholderText(tr("What this release changes"));
    m_deploy->setObjectName(QStringLiteral("deployButton"));
    m_refresh->setObjectName(QStringLiteral("deployRefresh"));
    m_progress->setObjectName(QStringLiteral("deployProgress"));
    m_progress->setReadOnly(true);
    m_progress->setMaximumBlockCount(2000);
    m_result->setObjectName(QStringLiteral("deployResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_diffButton->setObjectName(QStringLiteral("deployDiff"));
    m_rollback->setObjectName(QStringLiteral("deployRollback"));
    m_diff->setObjectName(QStringLiteral("deployDiffView"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_diff->setFont(mono);
    m_progress->setFont(mono);
    m_diff->setPlaceholderText(tr("Select a release and press Diff with Project to see what changed since."));

    // Two rows: on one, the label, the combo and four buttons would make the panel wider than
    // the dock it shares with the logs, and the window wider than a laptop's screen.
    auto *targetRow = new QGridLayout;
    targetRow->addWidget(new QLabel(tr("Target:")), 0, 0);
    targetRow->addWidget(m_target, 0, 1);
    targetRow->addWidget(m_refresh, 0, 2);
    auto *targetButtons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_remove})
        targetButtons->addWidget(b);
    targetButtons->addStretch(1);
    targetRow->addLayout(targetButtons, 1, 1, 1, 2);
    targetRow->setColumnStretch(1, 1);
    auto *deployRow = new QHBoxLayout;
    deployRow->addWidget(m_message, 1);
    deployRow->addWidget(m_deploy);

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(targetRow);
    topLayout->addWidget(m_reach);
    topLayout->addWidget(m_nodes, 1);
    topLayout->addLayout(deployRow);
    topLayout->addWidget(m_result);
    topLayout->addWidget(m_progress, 1);

    auto *history = new QWidget;
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(new QLabel(tr("Releases")));
    historyLayout->addWidget(m_releases, 1);
    auto *historyButtons = new QHBoxLayout;
    historyButtons->addWidget(m_diffButton);
    historyButtons->addWidget(m_rollback);
    historyButtons->addStretch();
    historyLayout->addLayout(historyButtons);
    auto *bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(history);
    bottom->addWidget(m_diff);
    bottom->setStretchFactor(1, 1);
    bottom->setSizes({560, 480});

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setSizes({380, 420});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        m_diff->clear();
        m_progress->clear();
        m_result->clear();
        showState();
        if (m_model && !currentTarget().isEmpty())
            m_model->refresh(currentTarget());
    });
    connect(m_add, &QPushButton::clicked, this, &DeployPanel::addTarget);
    connect(m_edit, &QPushButton::clicked, this, &DeployPanel::editTarget);
    connect(m_remove, &QPushButton::clicked, this, &DeployPanel::removeTarget);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (m_model && !currentTarget().isEmpty())
            m_model->refresh(currentTarget());
    });
    connect(m_deploy, &QPushButton::clicked, this, &DeployPanel::deploy);
    connect(m_message, &QLineEdit::returnPressed, this, &DeployPanel::deploy);
    connect(m_rollback, &QPushButton::clicked, this, &DeployPanel::rollback);
    connect(m_diffButton, &QPushButton::clicked, this, &DeployPanel::showDiff);
    connect(m_releases, &QTableWidget::itemSelectionChanged, this, &DeployPanel::updateButtons);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (m_model && isVisible() && !m_model->isBusy() && !currentTarget().isEmpty())
            m_model->refresh(currentTarget());
    });
    m_poll->start(PollMs);

    if (m_model) {
        connect(m_model, &DeployModel::targetsChanged, this, &DeployPanel::fillTargets);
        connect(m_model, &DeployModel::stateChanged, this, [this](const QString &target) {
            if (target == currentTarget())
                showState();
        });
        connect(m_model, &DeployModel::busyChanged, this, &DeployPanel::updateButtons);
        connect(m_model, &DeployModel::progress, this, &DeployPanel::onProgress);
        connect(m_model, &DeployModel::finished, this, &DeployPanel::onFinished);
        connect(
            m_model, &DeployModel::diffReady, this,
            [this](const QString &target, const QString &release, const QString &diff, const QString &error) {
                if (target != currentTarget())
                    return;
                if (!error.isEmpty())
                    m_diff->setPlainText(
                        tr("Cannot diff release %1 with the project: %2").arg(release, error));
                else if (diff.isEmpty())
                    m_diff->setPlainText(tr("The project is as release %1 left it: no change.").arg(release));
                else
                    m_diff->setPlainText(tr("From release %1 to the project as it is now:\n\n").arg(release) +
                                         diff);
            });
        connect(m_model, &DeployModel::secretsSaved, this,
                [this](const QString &target, const QString &error) {
                    if (!error.isEmpty())
                        showResult(false, tr("The secrets of %1 were not stored: %2").arg(target, error));
                });
    }
    fillTargets();
}

QString DeployPanel::currentTarget() const
{
    return m_target->currentData().toString();
}

void DeployPanel::fillTargets()
{
    const QString previous = currentTarget();
    const QSignalBlocker block(m_target);
    m_target->clear();
    if (m_model) {
        for (const DeployTarget &t : m_model->targets())
            m_target->addItem(QStringLiteral("%1 — %2").arg(t.name, t.natsUrls.join(QStringLiteral(", "))),
                              t.name);
    }
    const int index = m_target->findData(previous);
    m_target->setCurrentIndex(index >= 0 ? index : 0);
    showState();
    if (m_model && !currentTarget().isEmpty() && currentTarget() != previous)
        m_model->refresh(currentTarget());
}

void DeployPanel::showState()
{
    const QString target = currentTarget();
    updateButtons();
    m_nodes->setRowCount(0);
    m_releases->setRowCount(0);
    if (!m_model || m_model->projectDir().isEmpty()) {
        m_reach->setText(tr("Open a project to deploy it."));
        return;
    }
    if (!m_model->targetsError().isEmpty()) {
        m_reach->setText(tr("deploy.json cannot be used: %1").arg(m_model->targetsError()));
        return;
    }
    if (target.isEmpty()) {
        m_reach->setText(tr("No deploy target yet: press Add… to name a remote cluster and its git remote."));
        return;
    }
    const DeployModel::TargetState s = m_model->state(target);
    using Reach = DeployModel::TargetState::Reach;
    switch (s.reach) {
    case Reach::Unknown:
        m_reach->setText(tr("Not checked yet."));
        break;
    case Reach::Checking:
        m_reach->setText(tr("Checking %1…").arg(target));
        break;
    case Reach::Reachable:
        m_reach->setText(
            tr("Reachable: %n node(s) answered at %1.", nullptr, int(s.nodes.size()))
                .arg(s.checkedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"))) +
            (s.error.isEmpty() ? QString() : QLatin1Char(' ') + tr("Releases: %1").arg(s.error)));
        break;
    case Reach::Unreachable:
        m_reach->setText(tr("Unreachable: %1").arg(s.error));
        break;
    }
    m_reach->setStyleSheet(s.reach == Reach::Unreachable ? QStringLiteral("color: #b00020") : QString());

    QStringList expected;
    if (const DeployTarget *t = m_model->target(target))
        expected = t->nodes;
    QList<NodeStatus> nodes = s.nodes;
    for (const QString &name : std::as_const(expected)) { // listed but silent: shown as such
        if (std::none_of(nodes.cbegin(), nodes.cend(),
                         [&name](const NodeStatus &n) { return n.node == name; }))
            nodes << NodeStatus{name, {}, {}, {}, {}, {}};
    }
    for (const NodeStatus &n : std::as_const(nodes)) {
        const int row = m_nodes->rowCount();
        m_nodes->insertRow(row);
        const bool silent = !n.startedAt.isValid();
        const auto ready =
            std::count_if(n.processes.cbegin(), n.processes.cend(),
                          [](const NodeStatus::Process &p) { return p.state == QLatin1String("ready"); });
        QStringList processes;
        for (const NodeStatus::Process &p : n.processes)
            processes << QStringLiteral("%1 (%2, pid %3): %4").arg(p.id, p.release).arg(p.pid).arg(p.state);
        m_nodes->setItem(row, 0, item(n.node));
        m_nodes->setItem(row, 1,
                         item(silent                ? tr("(not answering)")
                              : n.release.isEmpty() ? tr("(none)")
                                                    : n.release));
        m_nodes->setItem(row, 2,
                         item(silent ? QString() : QStringLiteral("%1/%2").arg(ready).arg(n.processes.size()),
                              processes.join(QLatin1Char('\n'))));
        m_nodes->setItem(row, 3, item(n.kept.join(QStringLiteral(", "))));
        const DeployEvent last = s.lastEvent.value(n.node);
        m_nodes->setItem(
            row, 4,
            item(last.stage.isEmpty()
                     ? (n.busy.isEmpty() ? QString() : tr("deploying"))
                     : last.stage +
                           (last.message.isEmpty() ? QString() : QStringLiteral(": ") + last.message)));
        if (silent || last.failed())
            for (int c = 0; c < m_nodes->columnCount(); ++c)
                m_nodes->item(row, c)->setForeground(QColor(0xb0, 0x00, 0x20));
    }
    m_nodes->resizeColumnsToContents();

    const QString selected = selectedRelease();
    for (const ReleaseGit::Release &r : s.releases) {
        QStringList runningOn;
        for (const NodeStatus &n : s.nodes) {
            if (n.release == r.name)
                runningOn << n.node;
        }
        const int row = m_releases->rowCount();
        m_releases->insertRow(row);
        m_releases->setItem(row, 0, item(r.name, tr("tag %1, commit %2").arg(r.tag, r.commit)));
        m_releases->setItem(row, 1, item(r.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        m_releases->setItem(row, 2, item(runningOn.join(QStringLiteral(", "))));
        m_releases->setItem(row, 3, item(r.message.section(QLatin1Char('\n'), 0, 0), r.message));
        m_releases->setItem(row, 4, item(r.author));
        if (!runningOn.isEmpty()) {
            QFont bold = m_releases->font();
            bold.setBold(true);
            for (int c = 0; c < m_releases->columnCount(); ++c)
                m_releases->item(row, c)->setFont(bold);
        }
    }
    m_releases->resizeColumnsToContents();
    if (!selected.isEmpty())
        selectRelease(selected);
    updateButtons();
}

bool DeployPanel::selectRelease(const QString &release)
{
    for (int row = 0; row < m_releases->rowCount(); ++row) {
        if (m_releases->item(row, 0)->text() == release) {
            m_releases->selectRow(row);
            return true;
        }
    }
    return false;
}

QString DeployPanel::selectedRelease() const
{
    const auto rows = m_releases->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_releases->item(rows.first().row(), 0)->text();
}

void DeployPanel::updateButtons()
{
    const bool haveTarget = m_model && !currentTarget().isEmpty();
    const bool busy = m_model && m_model->isBusy();
    const QString release = selectedRelease();
    bool kept = false;
    if (haveTarget && !release.isEmpty()) {
        const auto nodes = m_model->state(currentTarget()).nodes;
        kept = !nodes.isEmpty() && std::all_of(nodes.cbegin(), nodes.cend(), [&release](const NodeStatus &n) {
            return n.kept.contains(release) && n.release != release;
        });
    }
    m_add->setEnabled(m_model && !m_model->projectDir().isEmpty() && !busy);
    m_edit->setEnabled(haveTarget && !busy);
    m_remove->setEnabled(haveTarget && !busy);
    m_refresh->setEnabled(haveTarget);
    m_deploy->setEnabled(haveTarget && !busy);
    m_deploy->setText(busy ? tr("Deploying…") : tr("Deploy"));
    m_diffButton->setEnabled(haveTarget && !release.isEmpty());
    m_rollback->setEnabled(haveTarget && !busy && kept);
    m_rollback->setToolTip(release.isEmpty() ? tr("Select a release")
                           : kept            ? tr("Every node keeps %1: roll back to it").arg(release)
                                             : tr("%1 is running, or not kept on every node").arg(release));
}

void DeployPanel::onProgress(const QString &target, const DeployEvent &event)
{
    if (target != currentTarget())
        return;
    m_progress->appendPlainText(
        QStringLiteral("%1  %2  %3%4")
            .arg(event.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")),
                 (event.node.isEmpty() ? tr("local") : event.node).leftJustified(10), event.stage,
                 event.message.isEmpty() ? QString() : QStringLiteral(": ") + event.message));
    if (!event.node.isEmpty())
        showState();
}

void DeployPanel::onFinished(const QString &target, bool ok, const QString &message)
{
    if (target != currentTarget())
        return;
    showResult(ok, message);
}

void DeployPanel::showResult(bool ok, const QString &text)
{
    m_result->setText(text);
    m_result->setStyleSheet(ok ? QStringLiteral("color: #1b5e20") : QStringLiteral("color: #b00020"));
}

void DeployPanel::addTarget()
{
    DeployTarget fresh;
    fresh.name = QStringLiteral("production");
    auto *dialog = new DeployTargetDialog(fresh, true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (Status s = m_model->saveTarget(dialog->target(), {}, dialog->natsSecret(), dialog->gitSecret());
            !s)
            return showResult(false, s.errorMessage());
        m_target->setCurrentIndex(m_target->findData(dialog->target().name));
    });
    dialog->open();
}

void DeployPanel::editTarget()
{
    const DeployTarget *t = m_model ? m_model->target(currentTarget()) : nullptr;
    if (!t)
        return;
    auto *dialog = new DeployTargetDialog(*t, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, previous = t->name] {
        if (Status s =
                m_model->saveTarget(dialog->target(), previous, dialog->natsSecret(), dialog->gitSecret());
            !s)
            showResult(false, s.errorMessage());
    });
    dialog->open();
}

void DeployPanel::removeTarget()
{
    const QString target = currentTarget();
    if (target.isEmpty())
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Remove Deploy Target"),
        tr("Remove %1 from deploy.json? The remote cluster and its releases are not touched.").arg(target),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, target] {
        if (Status s = m_model->removeTarget(target); !s)
            showResult(false, s.errorMessage());
    });
    box->open();
}

void DeployPanel::deploy()
{
    if (!m_model || currentTarget().isEmpty() || m_model->isBusy())
        return;
    m_progress->clear();
    m_result->setText(tr("Deploying to %1…").arg(currentTarget()));
    m_result->setStyleSheet(QString());
    m_model->deploy(currentTarget(), m_message->text());
}

void DeployPanel::rollback()
{
    const QString release = selectedRelease();
    if (!m_model || release.isEmpty() || m_model->isBusy())
        return;
    m_progress->clear();
    m_result->setText(tr("Rolling %1 back to %2…").arg(currentTarget(), release));
    m_result->setStyleSheet(QString());
    m_model->rollback(currentTarget(), release);
}

void DeployPanel::showDiff()
{
    const QString release = selectedRelease();
    if (!m_model || release.isEmpty())
        return;
    m_diff->setPlainText(tr("Comparing release %1 with the project…").arg(release));
    m_model->diff(currentTarget(), release);
}

} // namespace Stratus
