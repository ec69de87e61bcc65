#pragma once

#include "functionreplayer.h"
#include "savedevents.h"

#include <QList>
#include <QObject>

namespace Stratus {

// How one saved event fared: it passes when the function answers ok and its output equals
// the expected one (JSON-aware, JsonDiff); without an expected output, answering ok passes.
struct SavedEventOutcome
{
    SavedEvent event;
    ReplayResult result;
    bool passed = false;
    QString verdict; // "passed", "failed: ...", for a person; the diff's summary when it differs
};

// Replays every saved event of a function, one after another (`stratus test FUNCTION`,
// "Run Saved Events" in the Debugger panel). With update, the outputs of the events the
// function answers ok become their expected outputs.
class SavedEventsRunner : public QObject
{
    Q_OBJECT
public:
    explicit SavedEventsRunner(QObject *parent = nullptr);

    // finished() follows, also when there is nothing to run (error says why).
    void start(const Manifest &manifest, const QString &function, bool update = false,
               const FunctionReplayer::Options &options = {});
    bool isRunning() const { return m_index >= 0; }
    QList<SavedEventOutcome> outcomes() const { return m_outcomes; }

signals:
    void eventFinished(const Stratus::SavedEventOutcome &outcome);
    void finished(const QList<Stratus::SavedEventOutcome> &outcomes, const QString &error);

private:
    void next();
    void onReplayed(const ReplayResult &result);

    FunctionReplayer m_replayer;
    Manifest m_manifest;
    QString m_function;
    bool m_update = false;
    FunctionReplayer::Options m_options;
    QList<SavedEvent> m_events;
    QList<SavedEventOutcome> m_outcomes;
    qsizetype m_index = -1;
};

} // namespace Stratus
