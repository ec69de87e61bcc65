#include "clusterpanel.h"

#include "colorproxymodel.h"
#include "managedprocess.h"
#include "processtablemodel.h"
#include "supervisor.h"

#include <QAction>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QSpinBox>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Stratus {

Q_LOGGING_CATEGORY(lcClusterPanel, "stratus.panels.cluster", QtWarningMsg)

namespace {

QString stateKey(ManagedProcess::State state)
{
    return QString::number(int(state));
}

QString clusterStateText(Supervisor::State state)
{
    switch (state) {
    case Supervisor::State::Stopped:
        return ClusterPanel::tr("Stopped");
    case Supervisor::State::Starting:
        return ClusterPanel::tr("Starting…");
    case Supervisor::State::Running:
        return ClusterPanel::tr("Running");
    case Supervisor::State::Stopping:
        return ClusterPanel::tr("Stopping…");
    case Supervisor::State::Failed:
        return ClusterPanel::tr("Failed");
    }
    return {};
}

} // namespace

ClusterPanel::ClusterPanel(Supervisor *supervisor, ProcessTableModel *processes, BrokerMonitor *monitor,
                           ManifestProvider manifest, QWidget *parent)
    : QWidget(parent), m_supervisor(supervisor), m_processes(processes), m_manifest(std::move(manifest)),
      m_toolBar(new QToolBar(this)), m_replicas(new QSpinBox(this)), m_status(new QLabel(this)),
      m_message(new QLabel(this)), m_view(new QTableView(this)), m_broker(new QLabel(this))
{
    using State = ManagedProcess::State;
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_start = m_toolBar->addAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("Start"), this,
                                   &ClusterPanel::start);
    m_start->setObjectName(QStringLiteral("startCluster"));
    m_start->setToolTip(tr("Start the broker and every function's invokers"));
    m_stop = m_toolBar->addAction(style()->standardIcon(QStyle::SP_MediaStop), tr("Stop"), this,
                                  &ClusterPanel::stop);
    m_stop->setObjectName(QStringLiteral("stopCluster"));
    m_restart = m_toolBar->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Restart"), this,
                                     &ClusterPanel::restart);
    m_restart->setObjectName(QStringLiteral("restartCluster"));
    m_toolBar->addSeparator();
    m_restartProcess = m_toolBar->addAction(tr("Restart process"), this, [this] {
        if (m_supervisor)
            m_supervisor->restartProcess(selectedProcessId());
    });
    m_restartProcess->setObjectName(QStringLiteral("restartProcess"));
    m_kill = m_toolBar->addAction(tr("Kill"), this, [this] {
        if (m_supervisor)
            m_supervisor->killProcess(selectedProcessId());
    });
    m_kill->setObjectName(QStringLiteral("killProcess"));
    m_kill->setToolTip(tr("Send SIGKILL, as a crash would: the supervisor restarts the process"));
    m_toolBar->addSeparator();
    m_replicas->setRange(0, 64);
    m_replicas->setPrefix(tr("Replicas: "));
    m_replicas->setObjectName(QStringLiteral("replicas"));
    m_toolBar->addWidget(m_replicas);
    m_scale = m_toolBar->addAction(tr("Scale"), this, &ClusterPanel::scaleSelected);
    m_scale->setObjectName(QStringLiteral("scaleFunction"));
    m_scale->setToolTip(tr("Run this many invokers of the selected function"));

    auto *colors = new ColorProxyModel(ProcessTableModel::StateColumn, ProcessTableModel::StateRole,
                                       {{stateKey(State::Ready), ColorProxyModel::good()},
                                        {stateKey(State::Starting), ColorProxyModel::warning()},
                                        {stateKey(State::Restarting), ColorProxyModel::warning()},
                                        {stateKey(State::Stopping), ColorProxyModel::warning()},
                                        {stateKey(State::Crashed), ColorProxyModel::bad()},
                                        {stateKey(State::Stopped), ColorProxyModel::muted()}},
                                       this);
    colors->setSourceModel(processes);
    m_view->setModel(colors);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_restartProcess, m_kill});
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    const auto fit = [this](int column, const QString &sample) {
        m_view->setColumnWidth(column, fontMetrics().horizontalAdvance(sample) + 16);
    };
    fit(ProcessTableModel::RoleColumn, QStringLiteral("invoker"));
    fit(ProcessTableModel::NameColumn, QStringLiteral("invoker.access-control-warm.0"));
    fit(ProcessTableModel::PidColumn, QStringLiteral("4194304"));
    fit(ProcessTableModel::StateColumn, QStringLiteral("Restarting"));
    fit(ProcessTableModel::UptimeColumn, QStringLiteral("10:00:00"));
    fit(ProcessTableModel::CpuColumn, QStringLiteral("100.0 %"));
    fit(ProcessTableModel::MemoryColumn, QStringLiteral("100.0 MiB"));

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_broker->setObjectName(QStringLiteral("brokerFigures"));
    m_broker->setTextFormat(Qt::PlainText);
    m_broker->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *brokerBox = new QGroupBox(tr("Broker"), this);
    auto *brokerLayout = new QVBoxLayout(brokerBox);
    brokerLayout->addWidget(m_broker);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_status);
    layout->addWidget(m_message);
    auto *row = new QHBoxLayout;
    row->addWidget(m_view, 3);
    row->addWidget(brokerBox, 1);
    layout->addLayout(row, 1);

    if (supervisor) {
        connect(supervisor, &Supervisor::stateChanged, this, [this] {
            updateActions();
            updateStatus();
        });
        connect(supervisor, &Supervisor::placementChanged, this, &ClusterPanel::updateStatus);
        connect(supervisor, &Supervisor::started, this, [this] { m_message->hide(); });
        connect(supervisor, &Supervisor::failed, this, [this](const QString &message) {
            m_restartPending = false;
            showMessage(message, true);
        });
        connect(supervisor, &Supervisor::stopped, this, [this] {
            if (std::exchange(m_restartPending, false))
                start();
        });
    }
    if (monitor) {
        connect(monitor, &BrokerMonitor::updated, this, &ClusterPanel::showBroker);
        connect(monitor, &BrokerMonitor::failed, this, [this](const QString &message) {
            m_broker->setText(tr("Monitoring unavailable:\n%1").arg(message));
        });
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (m_processes) {
            // Preset the replica count to what runs now, so Scale is a deliberate change.
            const QString function = m_processes->index(m_view->currentIndex().row(), 0)
                                         .data(ProcessTableModel::FunctionRole)
                                         .toString();
            int running = 0;
            for (int r = 0; r < m_processes->rowCount(); ++r)
                running +=
                    m_processes->index(r, 0).data(ProcessTableModel::FunctionRole).toString() == function;
            if (!function.isEmpty())
                m_replicas->setValue(running);
        }
        updateActions();
    });
    connect(processes, &QAbstractItemModel::rowsRemoved, this, &ClusterPanel::updateActions);
    showBroker({});
    updateActions();
    updateStatus();
}

QString ClusterPanel::selectedProcessId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(ProcessTableModel::ProcessIdRole).toString() : QString();
}

void ClusterPanel::selectProcess(const QString &id)
{
    if (!m_processes)
        return;
    const int row = m_processes->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_view->model()->index(row, ProcessTableModel::NameColumn));
}

QString ClusterPanel::statusText() const
{
    return m_status->text();
}

QString ClusterPanel::brokerText() const
{
    return m_broker->text();
}

void ClusterPanel::start()
{
    if (!m_supervisor)
        return;
    auto manifest = m_manifest ? m_manifest() : Result<Manifest>(makeError(tr("No project is open.")));
    if (!manifest) {
        showMessage(manifest.errorMessage(), true);
        return;
    }
    m_message->hide();
    qCInfo(lcClusterPanel) << "starting the cluster of" << manifest->projectDir;
    m_supervisor->start(*manifest);
}

void ClusterPanel::stop()
{
    m_restartPending = false;
    if (m_supervisor)
        m_supervisor->stop();
}

void ClusterPanel::restart()
{
    if (!m_supervisor)
        return;
    const Supervisor::State state = m_supervisor->state();
    if (state == Supervisor::State::Stopped || state == Supervisor::State::Failed) {
        start();
        return;
    }
    m_restartPending = true; // start again once stopped() arrives
    m_supervisor->stop();
}

void ClusterPanel::scaleSelected()
{
    if (!m_supervisor || !m_processes)
        return;
    const QString function = m_view->currentIndex().data(ProcessTableModel::FunctionRole).toString();
    if (function.isEmpty())
        return;
    const Status scaled = m_supervisor->scale(function, m_replicas->value());
    if (!scaled)
        showMessage(scaled.errorMessage(), true);
    else
        showMessage(tr("%1 now runs %n invoker(s).", nullptr, m_replicas->value()).arg(function), false);
}

void ClusterPanel::updateActions()
{
    const Supervisor::State state = m_supervisor ? m_supervisor->state() : Supervisor::State::Stopped;
    const bool idle = state == Supervisor::State::Stopped || state == Supervisor::State::Failed;
    const bool running = state == Supervisor::State::Running;
    m_start->setEnabled(m_supervisor && idle);
    m_stop->setEnabled(m_supervisor && !idle && state != Supervisor::State::Stopping);
    m_restart->setEnabled(m_supervisor && state != Supervisor::State::Stopping &&
                          state != Supervisor::State::Starting);
    const QModelIndex current = m_view->currentIndex();
    const bool hasProcess = current.isValid() && running;
    const bool isInvoker = hasProcess && !current.data(ProcessTableModel::FunctionRole).toString().isEmpty();
    m_restartProcess->setEnabled(hasProcess);
    m_kill->setEnabled(hasProcess);
    m_scale->setEnabled(isInvoker);
    m_replicas->setEnabled(isInvoker);
}

void ClusterPanel::updateStatus()
{
    if (!m_supervisor) {
        m_status->setText(tr("No cluster"));
        return;
    }
    const Supervisor::State state = m_supervisor->state();
    QString text = tr("Cluster: %1").arg(clusterStateText(state));
    if (state == Supervisor::State::Running) {
        text += QStringLiteral(" — ") + m_supervisor->brokerUrl();
        // Why a user may see every process on one CPU: docs/cli.md, --placement.
        if (m_supervisor->packedCpu() >= 0)
            text +=
                QStringLiteral(" — ") + tr("on CPU %1 while the load fits").arg(m_supervisor->packedCpu());
    }
    m_status->setText(text);
}

void ClusterPanel::showMessage(const QString &message, bool isError)
{
    m_message->setText(message);
    m_message->setStyleSheet(isError ? QStringLiteral("color: %1").arg(ColorProxyModel::bad().name())
                                     : QString());
    m_message->setVisible(!message.isEmpty());
}

void ClusterPanel::showBroker(const BrokerFigures &f)
{
    if (!f.valid) {
        m_broker->setText(tr("Not running"));
        return;
    }
    const auto bytes = [](qint64 b) { return ProcessTableModel::formatBytes(b); };
    QString text =
        tr("nats-server %1, up %2\n").arg(f.version, ProcessTableModel::formatDuration(f.uptimeSeconds));
    text += tr("Connections: %1\n").arg(f.connections);
    text += tr("Messages in/out: %1 / %2\n").arg(f.inMsgs).arg(f.outMsgs);
    text += tr("Bytes in/out: %1 / %2\n").arg(bytes(f.inBytes), bytes(f.outBytes));
    text += tr("Slow consumers: %1\n").arg(f.slowConsumers);
    if (f.jetStream) {
        text += tr("JetStream: %1 streams, %2 consumers, %3 messages\n")
                    .arg(f.jsStreams)
                    .arg(f.jsConsumers)
                    .arg(f.jsMessages);
        text += tr("JetStream memory: %1 of %2\n").arg(bytes(f.jsMemoryBytes), bytes(f.jsMaxMemoryBytes));
        text += tr("JetStream storage: %1 of %2").arg(bytes(f.jsStorageBytes), bytes(f.jsMaxStorageBytes));
    } else {
        text += tr("JetStream: off");
    }
    m_broker->setText(text);
}

} // namespace Stratus
