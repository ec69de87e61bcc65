#pragma once

#include "loadplan.h"
#include "result.h"
#include "stressresult.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>
#include <thread>

namespace Stratus {

class StressRecorder;

// Runs a LoadPlan on a thread of its own and reports on the owner's thread: snapshot() every
// 250 ms while it runs, finished() once with the result (complete, stopped, aborted by a
// threshold, or with StressResult::error set when it could not start). Usable headless.
class LoadEngine : public QObject
{
    Q_OBJECT
public:
    explicit LoadEngine(QObject *parent = nullptr);
    ~LoadEngine() override; // stops a run and waits for its thread

    // Checks the plan and starts; connecting happens on the engine's thread.
    Status start(const LoadPlan &plan);
    // Stops sending at once; in-flight requests are cancelled; finished() follows.
    void stop();
    bool isRunning() const { return m_running; }

    static constexpr int SnapshotIntervalMs = 250;

signals:
    void snapshot(const Stratus::StressSnapshot &snapshot);
    void finished(const Stratus::StressResult &result);

private:
    void emitSnapshot();
    void onThreadDone(const StressResult &result);

    LoadPlan m_plan;
    std::unique_ptr<StressRecorder> m_recorder;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_started{false}; // the driver is connected and sending
    bool m_running = false;
    int m_nextInterval = 0;
    QTimer m_timer;
};

} // namespace Stratus
