#include "stresspanel.h"

#include "loadengine.h"
#include "stresschart.h"
#include "stresscompareview.h"
#include "stressmonitor.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Stratus {

namespace {

enum RateSeries { Target, Achieved, Completed };
enum LatencySeries { P50, P95, P99 };
enum ClusterSeries { InFlight, Queued, Workers, ColdStarts };

QString ms(qint64 us)
{
    return QString::number(double(us) / 1000.0, 'f', 2);
}

} // namespace

StressPanel::StressPanel(std::function<QString()> brokerUrl, std::function<QString()> projectDir,
                         QWidget *parent)
    : QWidget(parent), m_brokerUrl(std::move(brokerUrl)), m_projectDir(std::move(projectDir)),
      m_engine(new LoadEngine(this)), m_monitor(new StressMonitor(this)), m_store(new StressRunStore(this)),
      m_target(new QComboBox), m_profile(new QComboBox), m_loadProfile(new QPushButton(tr("Load Profile…"))),
      m_start(new QPushButton(tr("Start"))), m_stop(new QPushButton(tr("Stop"))),
      m_progress(new QProgressBar), m_status(new QLabel), m_tabs(new QTabWidget),
      m_rateChart(new StressChart(tr("Rate"), tr("req/s"))),
      m_latencyChart(new StressChart(tr("Latency"), tr("ms"))),
      m_errorsChart(new StressChart(tr("Errors"), tr("errors/s"))),
      m_clusterChart(new StressChart(tr("Cluster"), tr("count"))), m_summary(new QPlainTextEdit),
      m_histogram(new StressChart(tr("Latency histogram"), tr("requests"))), m_runs(new QTableWidget(0, 8)),
      m_compareButton(new QPushButton(tr("Compare"))), m_exportCsv(new QPushButton(tr("Export CSV…"))),
      m_exportJson(new QPushButton(tr("Export JSON…"))), m_compare(new StressCompareView)
{
    setObjectName(QStringLiteral("stressPanel"));
    m_target->setObjectName(QStringLiteral("stressTarget"));
    m_profile->setObjectName(QStringLiteral("stressProfile"));
    m_start->setObjectName(QStringLiteral("stressStart"));
    m_stop->setObjectName(QStringLiteral("stressStop"));
    m_target->setMinimumContentsLength(16);
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profile->setMinimumContentsLength(24);
    m_target->setToolTip(tr("A function or flow of the project"));
    m_start->setToolTip(tr("Start a stress run of the target with the selected profile"));
    m_status->setWordWrap(true);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progress->setFormat(QString());

    addProfile(tr("Default: 20/s for 10 s, then up to 200/s over 20 s"),
               LoadProfile::defaultProfile().toJson());
    addProfile(tr("Constant 50/s for 10 s"), LoadProfile::constant(50, 10000).toJson());
    addProfile(tr("Ramp 10/s to 300/s over 30 s"), LoadProfile::ramp(10, 300, 30000).toJson());
    addProfile(tr("Steps from 50/s, +50/s every 5 s, 5 steps"), LoadProfile::steps(50, 50, 5, 5000).toJson());
    addProfile(tr("Spike: 50/s, 500/s for 5 s at 10 s, 30 s in all"),
               LoadProfile::spike(50, 500, 30000, 10000, 5000).toJson());
    addProfile(tr("Thesis: 1 request/s for 30 s (hey -c 1 -q 1 -z 30s)"),
               QJsonObject{{QStringLiteral("kind"), QStringLiteral("closed")},
                           {QStringLiteral("concurrency"), 1},
                           {QStringLiteral("qps"), 1},
                           {QStringLiteral("duration"), QStringLiteral("30s")}});
    addProfile(tr("Thesis: 50 concurrent, 1000 requests (hey -n 1000 -c 50)"),
               QJsonObject{{QStringLiteral("kind"), QStringLiteral("closed")},
                           {QStringLiteral("requests"), 1000},
                           {QStringLiteral("concurrency"), 50}});

    // Two rows: on one, the labels, the combos and the buttons would make the panel wider than
    // the dock it shares with the logs, and the window wider than a laptop's screen.
    auto *controls = new QGridLayout;
    controls->addWidget(new QLabel(tr("Target:")), 0, 0);
    controls->addWidget(m_target, 0, 1);
    controls->addWidget(m_start, 0, 2);
    controls->addWidget(m_stop, 0, 3);
    controls->addWidget(new QLabel(tr("Profile:")), 1, 0);
    controls->addWidget(m_profile, 1, 1);
    controls->addWidget(m_loadProfile, 1, 2, 1, 2);
    controls->setColumnStretch(1, 1);

    // Live: what the run does, beside what the cluster does.
    m_rateChart->addSeries(tr("target"));
    m_rateChart->addSeries(tr("achieved"));
    m_rateChart->addSeries(tr("completed"));
    m_latencyChart->addSeries(tr("p50"));
    m_latencyChart->addSeries(tr("p95"));
    m_latencyChart->addSeries(tr("p99"));
    m_errorsChart->addSeries(tr("errors"));
    m_errorsChart->addSeries(tr("late sends"));
    m_clusterChart->addSeries(tr("in flight"));
    m_clusterChart->addSeries(tr("queued"));
    m_clusterChart->addSeries(tr("workers"));
    m_clusterChart->addSeries(tr("cold starts"));
    auto *live = new QWidget;
    auto *grid = new QGridLayout(live);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_rateChart, 0, 0);
    grid->addWidget(m_latencyChart, 0, 1);
    grid->addWidget(m_errorsChart, 1, 0);
    grid->addWidget(m_clusterChart, 1, 1);

    m_summary->setReadOnly(true);
    m_summary->setFont(QFont(QStringLiteral("monospace")));
    m_summary->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *summary = new QSplitter(Qt::Horizontal);
    summary->addWidget(m_summary);
    summary->addWidget(m_histogram);

    m_runs->setHorizontalHeaderLabels({tr("Started"), tr("Target"), tr("Load"), tr("Sent"), tr("Errors"),
                                       tr("Req/s"), tr("p95 ms"), tr("Git")});
    m_runs->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_runs->horizontalHeader()->setStretchLastSection(true);
    m_runs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runs->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_runs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runs->verticalHeader()->hide();
    auto *runsButtons = new QHBoxLayout;
    runsButtons->addStretch(1);
    runsButtons->addWidget(m_compareButton);
    runsButtons->addWidget(m_exportCsv);
    runsButtons->addWidget(m_exportJson);
    auto *runs = new QWidget;
    auto *runsLayout = new QVBoxLayout(runs);
    runsLayout->setContentsMargins(0, 0, 0, 0);
    runsLayout->addWidget(m_runs);
    runsLayout->addLayout(runsButtons);

    m_tabs->addTab(live, tr("Live"));
    m_tabs->addTab(summary, tr("Summary"));
    m_tabs->addTab(runs, tr("Runs"));
    m_tabs->addTab(m_compare, tr("Compare"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    connect(m_start, &QPushButton::clicked, this, &StressPanel::start);
    connect(m_stop, &QPushButton::clicked, this, &StressPanel::stop);
    connect(m_loadProfile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load Stress Profile"), m_projectDir(),
                                                          tr("Stress profiles (*.json)"));
        if (!path.isEmpty())
            loadProfileFile(path);
    });
    connect(m_engine, &LoadEngine::snapshot, this, &StressPanel::onSnapshot);
    connect(m_engine, &LoadEngine::finished, this, &StressPanel::onFinished);
    connect(m_monitor, &StressMonitor::updated, this, &StressPanel::onClusterLoad);
    connect(m_store, &StressRunStore::saved, this, [this](const StressResult &result, const QString &path) {
        m_last = result;
        m_status->setText(m_status->text() + QLatin1Char(' ') +
                          tr("Saved as %1.").arg(QFileInfo(path).fileName()));
        m_store->refresh();
        emit runSaved(path);
    });
    connect(m_store, &StressRunStore::listed, this, &StressPanel::onListed);
    connect(m_store, &StressRunStore::loaded, this, &StressPanel::onLoaded);
    connect(m_store, &StressRunStore::failed, this,
            [this](const QString &message) { m_status->setText(message); });
    connect(m_compareButton, &QPushButton::clicked, this, &StressPanel::compareSelected);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportSelected(true); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { exportSelected(false); });
    connect(m_runs, &QTableWidget::itemSelectionChanged, this, &StressPanel::updateButtons);

    reloadTargets();
    updateButtons();
}

StressPanel::~StressPanel() = default;

bool StressPanel::isRunning() const
{
    return m_engine->isRunning();
}

void StressPanel::addProfile(const QString &label, const QJsonObject &json)
{
    m_profile->addItem(label, json);
}

void StressPanel::reloadTargets()
{
    const QString current = m_target->currentData().toString();
    m_target->clear();
    m_manifest.reset();
    const QString dir = m_projectDir();
    if (!dir.isEmpty()) {
        if (auto manifest = Manifest::load(dir)) {
            m_manifest = *manifest;
            for (const FunctionSpec &f : m_manifest->functions)
                m_target->addItem(f.name, f.name);
            for (const FlowSpec &f : m_manifest->flows)
                m_target->addItem(tr("flow %1").arg(f.name), QStringLiteral("flow:") + f.name);
        }
        m_store->setProjectDir(dir);
        m_store->refresh();
    }
    selectTarget(current);
    updateButtons();
}

bool StressPanel::selectTarget(const QString &spec)
{
    int index = m_target->findData(spec);
    if (index < 0)
        index = m_target->findData(QStringLiteral("flow:") + spec);
    if (index < 0)
        return false;
    m_target->setCurrentIndex(index);
    return true;
}

void StressPanel::startDefault(const QString &target)
{
    if (m_target->findData(target) < 0)
        reloadTargets();
    if (!selectTarget(target)) {
        m_status->setText(tr("%1 is not a function or flow of the project.").arg(target));
        return;
    }
    m_profile->setCurrentIndex(0);
    start();
}

bool StressPanel::loadProfileFile(const QString &path)
{
    const auto json = LoadPlan::readProfileFile(path);
    LoadPlan check;
    const Status applied = json ? check.applyJson(*json, path) : Status(json.error());
    if (!applied) {
        m_status->setText(applied.errorMessage());
        return false;
    }
    const QString name = json->value(QStringLiteral("name")).toString(QFileInfo(path).completeBaseName());
    addProfile(tr("%1 (%2)").arg(name, check.describe()), *json);
    m_profile->setCurrentIndex(m_profile->count() - 1);
    return true;
}

void StressPanel::start()
{
    if (isRunning())
        return;
    const QString url = m_brokerUrl();
    if (url.isEmpty()) {
        m_status->setText(tr("The cluster is not running: start it in the Cluster panel first."));
        return;
    }
    const auto target =
        LoadTarget::resolve(m_target->currentData().toString(), m_manifest ? &*m_manifest : nullptr);
    if (!target) {
        m_status->setText(target.errorMessage());
        return;
    }
    LoadPlan plan;
    plan.target = *target;
    plan.natsUrl = url;
    plan.timeoutMs = target->suggestedTimeoutMs > 0 ? target->suggestedTimeoutMs : plan.timeoutMs;
    if (const Status applied =
            plan.applyJson(m_profile->currentData().toJsonObject(), m_profile->currentText());
        !applied) {
        m_status->setText(applied.errorMessage());
        return;
    }
    if (const Status started = m_engine->start(plan); !started) {
        m_status->setText(started.errorMessage());
        return;
    }
    for (StressChart *chart : {m_rateChart, m_latencyChart, m_errorsChart, m_clusterChart})
        chart->clear();
    m_runStartMs = QDateTime::currentMSecsSinceEpoch();
    m_monitor->start(url, target->statsSubject());
    m_progress->setValue(0);
    m_progress->setFormat(tr("starting…"));
    m_status->setText(tr("Running %1 on %2.").arg(plan.describe(), target->display()));
    m_tabs->setCurrentIndex(0);
    updateButtons();
}

void StressPanel::stop()
{
    m_engine->stop();
}

void StressPanel::onSnapshot(const StressSnapshot &s)
{
    for (const StressInterval &i : s.newIntervals) {
        const double t = double(i.startMs + i.lengthMs / 2) / 1000.0;
        if (i.targetRate > 0)
            m_rateChart->append(Target, t, i.targetRate);
        m_rateChart->append(Achieved, t, i.sentRate());
        m_rateChart->append(Completed, t, i.completedRate());
        if (i.ok > 0) {
            m_latencyChart->append(P50, t, double(i.p50Us) / 1000.0);
            m_latencyChart->append(P95, t, double(i.p95Us) / 1000.0);
            m_latencyChart->append(P99, t, double(i.p99Us) / 1000.0);
        }
        m_errorsChart->append(0, t, double(i.errors) * 1000.0 / std::max(1, i.lengthMs));
        m_errorsChart->append(1, t, double(i.late) * 1000.0 / std::max(1, i.lengthMs));
    }
    m_progress->setValue(int(s.progress() * 1000));
    const qint64 leftMs = s.plannedMs > 0 ? std::max<qint64>(0, s.plannedMs - s.elapsedMs) : -1;
    m_progress->setFormat(leftMs >= 0 ? tr("%1 s left").arg((leftMs + 999) / 1000)
                                      : tr("%1 of %2 requests").arg(s.ok + s.errors).arg(s.plannedRequests));
    QString line = tr("Sent %1, ok %2, errors %3, in flight %4; p50 %5 ms, p95 %6 ms, p99 %7 ms.")
                       .arg(s.sent)
                       .arg(s.ok)
                       .arg(s.errors)
                       .arg(s.inFlight)
                       .arg(ms(s.p50Us), ms(s.p95Us), ms(s.p99Us));
    if (s.late > 5 && double(s.late) > 0.01 * double(s.sent))
        line +=
            QLatin1Char(' ') +
            tr("Generator behind schedule: %1 requests late, max lag %2 ms.").arg(s.late).arg(ms(s.maxLagUs));
    if (!s.breaching.isEmpty())
        line += QLatin1Char(' ') + tr("Breaching: %1.").arg(s.breaching.join(QStringLiteral(", ")));
    m_status->setText(line);
}

void StressPanel::onClusterLoad(const ClusterLoad &load)
{
    if (!isRunning())
        return;
    const double t = double(QDateTime::currentMSecsSinceEpoch() - m_runStartMs) / 1000.0;
    m_clusterChart->append(InFlight, t, double(load.inFlight));
    m_clusterChart->append(Queued, t, double(load.queued));
    m_clusterChart->append(Workers, t, double(load.workers));
    m_clusterChart->append(ColdStarts, t, double(load.coldStarts));
}

void StressPanel::onFinished(const StressResult &result)
{
    m_monitor->stop();
    m_progress->setValue(result.error.isEmpty() ? 1000 : 0);
    m_progress->setFormat(result.stoppedByUser ? tr("stopped") : tr("done"));
    updateButtons();
    if (!result.error.isEmpty()) {
        m_status->setText(tr("The run could not start: %1").arg(result.error));
        return;
    }
    m_last = result;
    showSummary(result);
    QString line = tr("%1 requests, %2 errors, %3 req/s, p95 %4 ms.")
                       .arg(result.sent)
                       .arg(result.errors)
                       .arg(result.requestsPerSecond(), 0, 'f', 1)
                       .arg(ms(result.latency.percentile(95)));
    if (result.abortedByThreshold)
        line += QLatin1Char(' ') + tr("Stopped: %1.").arg(result.abortReason);
    if (result.behindSchedule())
        line += QLatin1Char(' ') + result.generatorNote() + QLatin1Char('.');
    m_status->setText(line);
    m_tabs->setCurrentIndex(1);
    emit runFinished(result);
    if (!m_store->projectDir().isEmpty())
        m_store->save(result);
}

void StressPanel::showSummary(const StressResult &result)
{
    m_summary->setPlainText(result.toText());
    // The same ten buckets as the text summary (hey's), from fastest to slowest.
    const LatencyHistogram &h = result.latency;
    QStringList categories;
    QList<double> counts;
    if (!h.isEmpty()) {
        const double fastest = double(h.min()), slowest = double(h.max());
        qint64 below = 0;
        for (int i = 0; i <= 10; ++i) {
            const double mark = i == 10 ? slowest : fastest + (slowest - fastest) / 10 * i;
            const qint64 upTo = h.countAtOrBelow(qint64(mark));
            categories << QString::number(mark / 1000.0, 'f', 2);
            counts << double(upTo - below);
            below = upTo;
        }
    }
    m_histogram->setBars(tr("requests by latency (ms)"), categories, counts);
}

void StressPanel::onListed(const QList<StressRunStore::Entry> &entries)
{
    m_runs->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const auto &e = entries[row];
        const QStringList cells{e.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                e.target,
                                e.description,
                                QString::number(e.sent),
                                QString::number(e.errors),
                                QString::number(e.requestsPerSecond, 'f', 1),
                                ms(e.p95Us),
                                e.gitRevision};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, e.id);
            m_runs->setItem(row, c, item);
        }
    }
    updateButtons();
}

void StressPanel::compare(const QString &idA, const QString &idB)
{
    m_pendingCompare = {idA, idB};
    m_compareLoaded.clear();
    m_store->load(idA);
    m_store->load(idB);
}

void StressPanel::onLoaded(const StressResult &result)
{
    if (!m_pendingCompare.contains(result.id))
        return;
    m_compareLoaded.append(result);
    if (m_compareLoaded.size() < 2)
        return;
    // In the order asked for, whichever file came back first.
    if (m_compareLoaded[0].id != m_pendingCompare[0])
        std::swap(m_compareLoaded[0], m_compareLoaded[1]);
    m_compare->setRuns(m_compareLoaded[0], m_compareLoaded[1]);
    m_pendingCompare.clear();
    m_tabs->setCurrentWidget(m_compare);
    emit compared();
}

void StressPanel::compareSelected()
{
    QStringList ids;
    for (const QModelIndex &index : m_runs->selectionModel()->selectedRows())
        ids << index.data(Qt::UserRole).toString();
    if (ids.size() != 2) {
        m_status->setText(tr("Select exactly two runs to compare."));
        return;
    }
    // The older run is A.
    std::reverse(ids.begin(), ids.end());
    compare(ids[0], ids[1]);
}

Status StressPanel::exportCsv(const QString &path) const
{
    if (!m_last)
        return makeError(tr("No run to export yet."));
    return StressRunStore::exportCsv(*m_last, path);
}

Status StressPanel::exportJson(const QString &path) const
{
    if (!m_last)
        return makeError(tr("No run to export yet."));
    return StressRunStore::exportJson(*m_last, path);
}

void StressPanel::exportSelected(bool csv)
{
    const QString path =
        QFileDialog::getSaveFileName(this, csv ? tr("Export CSV") : tr("Export JSON"), m_projectDir(),
                                     csv ? tr("CSV (*.csv)") : tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    const Status written = csv ? exportCsv(path) : exportJson(path);
    m_status->setText(written ? tr("Exported to %1.").arg(path) : written.errorMessage());
}

void StressPanel::updateButtons()
{
    const bool running = isRunning();
    m_start->setEnabled(!running && m_target->count() > 0);
    m_stop->setEnabled(running);
    m_target->setEnabled(!running);
    m_profile->setEnabled(!running);
    m_loadProfile->setEnabled(!running);
    m_compareButton->setEnabled(m_runs->selectionModel() &&
                                m_runs->selectionModel()->selectedRows().size() == 2);
    m_exportCsv->setEnabled(m_last.has_value());
    m_exportJson->setEnabled(m_last.has_value());
}

} // namespace Stratus
