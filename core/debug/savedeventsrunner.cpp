#include "savedeventsrunner.h"

#include "jsondiff.h"

#include <QTimer>

namespace Stratus {

SavedEventsRunner::SavedEventsRunner(QObject *parent) : QObject(parent)
{
    connect(&m_replayer, &FunctionReplayer::finished, this, &SavedEventsRunner::onReplayed);
}

void SavedEventsRunner::start(const Manifest &manifest, const QString &function, bool update,
                              const FunctionReplayer::Options &options)
{
    m_manifest = manifest;
    m_function = function;
    m_update = update;
    m_options = options;
    m_outcomes.clear();
    m_index = -1;
    QString error;
    if (!manifest.function(function)) {
        error = tr("%1 declares no function \"%2\"").arg(manifest.filePath, function);
    } else {
        const auto events = SavedEvents(manifest.projectDir).list(function);
        if (!events)
            error = events.errorMessage();
        else if (events->isEmpty())
            error = tr("%1 has no saved events (no %2/*.json; save one with `stratus events save EVENT "
                       "NAME` or \"Save as Test Event\" in the Debugger panel)")
                        .arg(function, SavedEvents(manifest.projectDir).directory(function));
        else
            m_events = *events;
    }
    if (!error.isEmpty()) {
        // Queued, like every other outcome: the caller's connections are in place by then.
        QTimer::singleShot(0, this, [this, error] { emit finished({}, error); });
        return;
    }
    m_index = 0;
    next();
}

void SavedEventsRunner::next()
{
    if (m_index >= m_events.size()) {
        m_index = -1;
        emit finished(m_outcomes, {});
        return;
    }
    m_replayer.start(m_manifest, m_function, m_events.at(m_index).input, m_options);
}

void SavedEventsRunner::onReplayed(const ReplayResult &result)
{
    if (m_index < 0)
        return;
    SavedEventOutcome o;
    o.event = m_events.at(m_index);
    o.result = result;
    if (!result.ok()) {
        o.verdict = tr("failed: %1").arg(result.error.isEmpty() ? result.status : result.error);
    } else if (m_update) {
        const Status s =
            SavedEvents(m_manifest.projectDir).saveExpected(m_function, o.event.name, result.output);
        o.passed = bool(s);
        o.verdict = s ? tr("updated: the output is now the expected one") : s.errorMessage();
        if (s)
            o.event.expected = result.output;
    } else if (!o.event.expected) {
        o.passed = true;
        o.verdict = tr("passed (ran ok; no expected output saved to compare with)");
    } else {
        const JsonDiff diff = JsonDiff::compare(*o.event.expected, result.output);
        o.passed = diff.identical();
        o.verdict =
            o.passed
                ? tr("passed")
                : tr("failed: the output differs from %1:\n%2").arg(o.event.expectedPath, diff.summary());
    }
    m_outcomes << o;
    emit eventFinished(o);
    ++m_index;
    QTimer::singleShot(0, this, &SavedEventsRunner::next);
}

} // namespace Stratus
