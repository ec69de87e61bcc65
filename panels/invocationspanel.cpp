#include "invocationspanel.h"

#include "colorproxymodel.h"
#include "invocationmodel.h"
#include "keyfiltercombo.h"
#include "protocol.h"
#include "recordfeed.h"
#include "tablefiltermodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Stratus {

Q_LOGGING_CATEGORY(lcInvocationsPanel, "stratus.panels.invocations", QtWarningMsg)

InvocationsPanel::InvocationsPanel(InvocationModel *model, RecordFeed *feed, QWidget *parent)
    : QWidget(parent), m_model(model), m_feed(feed),
      m_filter(new TableFilterModel(InvocationModel::FilterKeyRole, this)),
      m_function(new KeyFilterCombo(tr("All functions"), m_filter, InvocationModel::FunctionColumn, this)),
      m_status(new KeyFilterCombo(tr("All statuses"), m_filter, InvocationModel::StatusColumn, this)),
      m_search(new QLineEdit(this)), m_feedState(new QLabel(this)), m_view(new QTableView(this)),
      m_details(new QPlainTextEdit(this))
{
    m_filter->setSourceModel(model);
    m_filter->setSearchColumns(
        {InvocationModel::FunctionColumn, InvocationModel::StatusColumn, InvocationModel::RequestColumn});
    QHash<QString, QColor> colors{{QLatin1String(Protocol::StatusOk), ColorProxyModel::good()},
                                  {QLatin1String(Protocol::StatusBusy), ColorProxyModel::warning()},
                                  {QLatin1String(Protocol::StatusTimeout), ColorProxyModel::warning()}};
    for (const char *failure :
         {Protocol::StatusFunctionError, Protocol::StatusCrashed, Protocol::StatusOutputTooLarge,
          Protocol::StatusBadRequest, Protocol::StatusSpawnFailed})
        colors.insert(QLatin1String(failure), ColorProxyModel::bad());
    auto *colored =
        new ColorProxyModel(InvocationModel::StatusColumn, InvocationModel::FilterKeyRole, colors, this);
    colored->setSourceModel(m_filter);
    m_view->setModel(colored);

    m_function->setObjectName(QStringLiteral("functionFilter"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    connect(model, &InvocationModel::functionSeen, m_function,
            [this](const QString &f) { m_function->addKey(f); });
    connect(model, &InvocationModel::statusSeen, m_status, [this](const QString &s) { m_status->addKey(s); });
    m_search->setPlaceholderText(tr("Search function, status or request id…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(100);
    connect(m_search, &QLineEdit::textChanged, m_filter, &TableFilterModel::setSearchText);

    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const auto fit = [this](int column, const QString &sample) {
        m_view->setColumnWidth(column, fontMetrics().horizontalAdvance(sample) + 16);
    };
    fit(InvocationModel::TimeColumn, QStringLiteral("00:00:00.000"));
    fit(InvocationModel::FunctionColumn, QStringLiteral("access-control"));
    fit(InvocationModel::StatusColumn, QStringLiteral("function-error"));
    fit(InvocationModel::DurationColumn, QStringLiteral("999.9 ms"));
    fit(InvocationModel::StartColumn, QStringLiteral("warm"));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InvocationsPanel::showDetails);

    m_details->setReadOnly(true);
    m_details->setObjectName(QStringLiteral("invocationDetails"));
    m_details->setPlaceholderText(tr("Select an invocation to see its input, output and stderr."));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_details->setFont(mono);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_function);
    bar->addWidget(m_status);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_feedState);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    if (feed)
        connect(feed, &RecordFeed::stateChanged, this, &InvocationsPanel::showFeedState);
    showFeedState();
}

int InvocationsPanel::visibleCount() const
{
    return m_filter->rowCount();
}

QString InvocationsPanel::feedText() const
{
    return m_feedState->text();
}

void InvocationsPanel::showDetails()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_model) {
        m_details->clear();
        return;
    }
    m_details->setPlainText(m_model->details(m_filter->mapToSource(m_filter->index(current.row(), 0)).row()));
}

void InvocationsPanel::showFeedState()
{
    if (!m_feed) {
        m_feedState->clear();
        return;
    }
    switch (m_feed->state()) {
    case RecordFeed::State::Stopped:
        m_feedState->setText(tr("Not connected"));
        m_feedState->setToolTip({});
        break;
    case RecordFeed::State::Connecting:
        m_feedState->setText(tr("Connecting…"));
        break;
    case RecordFeed::State::Connected:
        m_feedState->setText(tr("Live"));
        m_feedState->setToolTip(tr("Receiving invocation records from the broker"));
        break;
    case RecordFeed::State::Failed:
        m_feedState->setText(tr("Disconnected"));
        m_feedState->setToolTip(m_feed->errorString());
        qCWarning(lcInvocationsPanel) << m_feed->errorString();
        break;
    }
}

} // namespace Stratus
