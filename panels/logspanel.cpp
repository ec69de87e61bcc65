#include "logspanel.h"

#include "colorproxymodel.h"
#include "keyfiltercombo.h"
#include "logmodel.h"
#include "tablefiltermodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPromise>
#include <QSaveFile>
#include <QScrollBar>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace Stratus {

Q_LOGGING_CATEGORY(lcLogsPanel, "stratus.panels.logs", QtWarningMsg)

LogsPanel::LogsPanel(LogModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_filter(new TableFilterModel(LogModel::FilterKeyRole, this)),
      m_process(new KeyFilterCombo(tr("All processes"), m_filter, LogModel::ProcessColumn, this)),
      m_level(new KeyFilterCombo(tr("All levels"), m_filter, LogModel::LevelColumn, this)),
      m_search(new QLineEdit(this)), m_follow(new QAction(tr("Follow"), this)), m_view(new QTableView(this))
{
    using Level = LogModel::Level;
    m_filter->setSourceModel(model);
    m_filter->setSearchColumns({LogModel::MessageColumn, LogModel::ProcessColumn});
    auto *colors = new ColorProxyModel(LogModel::LevelColumn, LogModel::FilterKeyRole,
                                       {{LogModel::levelKey(Level::Error), ColorProxyModel::bad()},
                                        {LogModel::levelKey(Level::Warning), ColorProxyModel::warning()},
                                        {LogModel::levelKey(Level::Debug), ColorProxyModel::muted()}},
                                       this, ColorProxyModel::WholeRow);
    colors->setSourceModel(m_filter);
    m_view->setModel(colors);

    // Levels in severity order, not alphabetical as addKey() would sort them.
    for (Level level : {Level::Error, Level::Warning, Level::Info, Level::Debug})
        m_level->addItem(LogModel::levelName(level), LogModel::levelKey(level));
    m_level->setObjectName(QStringLiteral("levelFilter"));
    m_process->setObjectName(QStringLiteral("processFilter"));
    for (const QString &id : model->processIds())
        m_process->addKey(id);
    connect(model, &LogModel::processSeen, m_process, [this](const QString &id) { m_process->addKey(id); });

    m_search->setPlaceholderText(tr("Search…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(100);
    m_search->setObjectName(QStringLiteral("logSearch"));
    connect(m_search, &QLineEdit::textChanged, m_filter, &TableFilterModel::setSearchText);
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep the newest line in view"));

    // A toolbar, not a row of buttons: in a narrow dock what does not fit moves to its
    // extension menu instead of widening the dock, and the window.
    auto *actions = new QToolBar(this);
    actions->setToolButtonStyle(Qt::ToolButtonTextOnly);
    actions->addAction(m_follow);
    QAction *copy = actions->addAction(tr("Copy"), this, &LogsPanel::copySelection);
    copy->setToolTip(tr("Copy the selected lines"));
    QAction *save = actions->addAction(tr("Save…"), this, &LogsPanel::saveAs);
    save->setToolTip(tr("Save the lines shown to a file"));
    actions->addAction(tr("Clear"), model, &LogModel::clear);

    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: with 100,000 lines the view must not measure each one.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_view->setFont(mono);
    const QFontMetrics metrics(mono);
    m_view->verticalHeader()->setDefaultSectionSize(metrics.height() + 4);
    m_view->setColumnWidth(LogModel::TimeColumn,
                           metrics.horizontalAdvance(QStringLiteral("00:00:00.000")) + 12);
    m_view->setColumnWidth(LogModel::ProcessColumn,
                           metrics.horizontalAdvance(QStringLiteral("invoker.function-warm.0")) + 12);
    m_view->setColumnWidth(LogModel::LevelColumn, metrics.horizontalAdvance(QStringLiteral("ERROR")) + 12);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_process);
    bar->addWidget(m_level);
    bar->addWidget(m_search, 1);
    bar->addWidget(actions);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(colors, &QAbstractItemModel::rowsInserted, m_view, [this] {
        if (m_follow->isChecked())
            m_view->scrollToBottom();
    });
    connect(&m_save, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_save.future().resultCount() ? m_save.result() : tr("saving was cancelled");
        if (!error.isEmpty())
            qCWarning(lcLogsPanel) << error;
        emit saved(m_save.property("path").toString(), error);
    });
}

int LogsPanel::visibleLineCount() const
{
    return m_filter->rowCount();
}

QStringList LogsPanel::lines(const QModelIndexList &rows) const
{
    QStringList out;
    out.reserve(rows.size());
    for (const QModelIndex &row : rows)
        out << m_model->formatLine(m_filter->mapToSource(row).row());
    return out;
}

QStringList LogsPanel::visibleLines() const
{
    QModelIndexList rows;
    rows.reserve(m_filter->rowCount());
    for (int r = 0; r < m_filter->rowCount(); ++r)
        rows << m_filter->index(r, 0);
    return lines(rows);
}

void LogsPanel::copySelection() const
{
    QModelIndexList selected;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
        selected << m_filter->index(row.row(), 0);
    std::sort(selected.begin(), selected.end());
    QApplication::clipboard()->setText(lines(selected).join(QLatin1Char('\n')));
}

void LogsPanel::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save log"), QStringLiteral("stratus.log"),
                                                      tr("Log files (*.log *.txt);;All files (*)"));
    if (!path.isEmpty())
        saveTo(path);
}

void LogsPanel::saveTo(const QString &path)
{
    // The snapshot is taken here; only the writing goes to the worker.
    auto promise = std::make_shared<QPromise<QString>>();
    m_save.setProperty("path", path);
    m_save.setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, path, text = visibleLines().join(QLatin1Char('\n'))] {
        promise->start();
        QSaveFile file(path);
        QString error;
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8() + '\n') < 0 || !file.commit())
            error = tr("Cannot save %1: %2").arg(path, file.errorString());
        promise->addResult(error);
        promise->finish();
    });
}

} // namespace Stratus
