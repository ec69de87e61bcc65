#include "loadengine.h"

#include "loaddriver.h"
#include "stressrecorder.h"

#include <QLoggingCategory>
#include <QMetaObject>

namespace Stratus {

Q_LOGGING_CATEGORY(lcStress, "stratus.core.stress", QtWarningMsg)

LoadEngine::LoadEngine(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<Stratus::StressSnapshot>();
    qRegisterMetaType<Stratus::StressResult>();
    m_timer.setInterval(SnapshotIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LoadEngine::emitSnapshot);
}

LoadEngine::~LoadEngine()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

Status LoadEngine::start(const LoadPlan &plan)
{
    if (m_running)
        return makeError(tr("a stress run is already in progress"));
    if (const Status valid = plan.validate(); !valid)
        return valid;
    if (m_thread.joinable())
        m_thread.join();
    m_plan = plan;
    m_recorder = std::make_unique<StressRecorder>(m_plan);
    m_stop = false;
    m_started = false;
    m_running = true;
    m_nextInterval = 0;
    m_thread = std::thread([this] {
        StressResult result;
        auto driver = LoadDriver::create(m_plan, *m_recorder);
        const Status opened = driver->open();
        if (!opened) {
            result.target = m_plan.target;
            result.description = m_plan.describe();
            result.error = opened.errorMessage();
            qCWarning(lcStress, "%s", qPrintable(result.error));
        } else {
            m_started = true;
            driver->run(m_stop);
            result = m_recorder->finish(StressRecorder::nowNs(), m_stop.load());
        }
        driver.reset();
        QMetaObject::invokeMethod(
            this, [this, result] { onThreadDone(result); }, Qt::QueuedConnection);
    });
    m_timer.start();
    return Ok{};
}

void LoadEngine::stop()
{
    m_stop = true;
}

void LoadEngine::emitSnapshot()
{
    if (!m_running || !m_started)
        return;
    emit snapshot(m_recorder->snapshot(StressRecorder::nowNs(), &m_nextInterval));
}

void LoadEngine::onThreadDone(const StressResult &result)
{
    if (m_thread.joinable())
        m_thread.join();
    m_timer.stop();
    if (result.error.isEmpty()) {
        // The last slices, so a live view ends where the result does.
        emit snapshot(m_recorder->snapshot(StressRecorder::nowNs(), &m_nextInterval));
    }
    m_running = false;
    emit finished(result);
}

} // namespace Stratus
