#pragma once

#include "loadplan.h"
#include "manifest.h"
#include "stressresult.h"
#include "stressrunstore.h"

#include <QJsonObject>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace Stratus {

class LoadEngine;
class StressChart;
class StressCompareView;
class StressMonitor;
struct ClusterLoad;
struct StressSnapshot;

// Stress tests from the workbench (docs/stress.md): pick a function or flow and a profile (the
// default in one click), watch target and achieved rate, latency percentiles, errors and what
// the cluster does, stop at any time; the summary with its histogram; every run saved under
// PROJECT/stress/, listed, compared two by two, exported as CSV or JSON.
class StressPanel : public QWidget
{
    Q_OBJECT
public:
    // brokerUrl: the running cluster's, empty when it is stopped.
    StressPanel(std::function<QString()> brokerUrl, std::function<QString()> projectDir,
                QWidget *parent = nullptr);
    ~StressPanel() override;

    void reloadTargets(); // the manifest's functions and flows
    bool selectTarget(const QString &spec);
    // One click from a function or flow elsewhere: select it, the default profile, start.
    void startDefault(const QString &target);
    // Adds a profile file to the list and selects it; false (and says why) when it does not parse.
    bool loadProfileFile(const QString &path);
    void start();
    void stop();
    void compare(const QString &idA, const QString &idB);
    Status exportCsv(const QString &path) const;
    Status exportJson(const QString &path) const;

    QComboBox *targetCombo() const { return m_target; }
    QComboBox *profileCombo() const { return m_profile; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *stopButton() const { return m_stop; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QTabWidget *tabs() const { return m_tabs; }
    StressChart *rateChart() const { return m_rateChart; }
    StressChart *latencyChart() const { return m_latencyChart; }
    StressChart *errorsChart() const { return m_errorsChart; }
    StressChart *clusterChart() const { return m_clusterChart; }
    StressChart *histogramChart() const { return m_histogram; }
    QPlainTextEdit *summaryView() const { return m_summary; }
    QTableWidget *runsTable() const { return m_runs; }
    StressCompareView *compareView() const { return m_compare; }
    StressRunStore *store() const { return m_store; }
    bool isRunning() const;
    const std::optional<StressResult> &lastResult() const { return m_last; }

signals:
    void runFinished(const Stratus::StressResult &result);
    void runSaved(const QString &path);
    void compared();

private:
    void addProfile(const QString &label, const QJsonObject &json);
    void onSnapshot(const StressSnapshot &snapshot);
    void onFinished(const StressResult &result);
    void onClusterLoad(const ClusterLoad &load);
    void onListed(const QList<StressRunStore::Entry> &entries);
    void onLoaded(const StressResult &result);
    void showSummary(const StressResult &result);
    void compareSelected();
    void exportSelected(bool csv);
    void updateButtons();

    std::function<QString()> m_brokerUrl;
    std::function<QString()> m_projectDir;
    std::optional<Manifest> m_manifest;
    LoadEngine *m_engine;
    StressMonitor *m_monitor;
    StressRunStore *m_store;
    qint64 m_runStartMs = 0; // wall clock, for the cluster overlay's time axis
    std::optional<StressResult> m_last;
    QStringList m_pendingCompare;
    QList<StressResult> m_compareLoaded;

    QComboBox *m_target;
    QComboBox *m_profile;
    QPushButton *m_loadProfile;
    QPushButton *m_start;
    QPushButton *m_stop;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTabWidget *m_tabs;
    StressChart *m_rateChart;
    StressChart *m_latencyChart;
    StressChart *m_errorsChart;
    StressChart *m_clusterChart;
    QPlainTextEdit *m_summary;
    StressChart *m_histogram;
    QTableWidget *m_runs;
    QPushButton *m_compareButton;
    QPushButton *m_exportCsv;
    QPushButton *m_exportJson;
    StressCompareView *m_compare;
};

} // namespace Stratus
