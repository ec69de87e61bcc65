#pragma once

#include "flow.h"
#include "flowdocument.h"
#include "flowoverlay.h"
#include "flowspan.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

namespace Stratus {

struct FlowRunWatchShared; // what the nats threads fill, defined in flowrunwatch.cpp

// Runs a flow on a cluster and paints the run on a FlowOverlay as it happens (docs/floweditor.md,
// "Running a flow from the editor"), or paints a recorded run (the debugger's step view).
//
// A live run: a worker thread connects, subscribes to the flow's spans (stratus.traces.FLOW)
// BEFORE sending the request with `Stratus-Trace: live` and a run id chosen here
// (`Stratus-Request-Id`), waits for the reply and then for the run's record in the datastore.
// nats.c's threads only parse and queue under a mutex; a timer on this object's thread applies
// what arrived, so the overlay is only touched here. Nothing blocks the caller.
class FlowRunWatch : public QObject
{
    Q_OBJECT
public:
    // One node execution of the shown run (a node in a map's sub-path has one per element).
    struct Execution
    {
        QString node;
        int element = -1;
        QString status; // running, ok, error, skipped
        QString code;   // with error: the failure's status (timeout, function-error, ...)
        QString error;
        qint64 startUs = 0;
        qint64 endUs = 0;
        int attempts = 0;
        QJsonValue input = QJsonValue::Undefined; // Undefined until the record is known
        QJsonValue output = QJsonValue::Undefined;
        qint64 durationUs() const { return endUs > startUs ? endUs - startUs : 0; }
        static Execution fromSpan(const FlowSpan &span);
    };

    explicit FlowRunWatch(FlowOverlay *overlay, QObject *parent = nullptr);
    ~FlowRunWatch() override;

    void setNatsUrl(const QString &url);
    QString natsUrl() const { return m_natsUrl; }
    // The subject the flow's invokers listen on (the manifest's trigger); empty = flow.NAME.
    void setSubject(const QString &subject);

    // Starts a run of flow with this request body; every node Waiting. An error (no cluster
    // URL, no flow name) is returned at once and nothing is started. A run still going is
    // abandoned (its results are dropped, the cluster finishes it). A run whose reply does not
    // come within the flow's timeoutMs but whose spans arrived (a debugger holds it) is
    // followed to its end as follow() does.
    Status run(const Flow &flow, const QByteArray &input);
    // Watches a run someone else started (a debugger's paused run): its spans from now on,
    // its end from its trace document (all its spans), then its record. No request is sent;
    // it waits up to an hour (a debugger may hold the run), or until cancel().
    Status follow(const Flow &flow, const QString &runId);
    void cancel(); // abandons the live run, keeps what is painted
    bool isRunning() const { return m_phase == Phase::Running; }
    bool isFetchingRecord() const { return m_phase == Phase::FetchingRecord; }

    // Paints a recorded run (the `flow-run` document of docs/flows.md, "The run's record in
    // the datastore"): node states and durations, taken edges; executions and edge data follow.
    void showRecord(const Flow &flow, const QJsonObject &record);
    void clear(); // forgets the run and clears the overlay's run marks

    const Flow &flow() const { return m_flow; }
    QString runId() const { return m_runId; }
    QString status() const { return m_status; } // "ok", the failure's status, empty while running
    QByteArray output() const { return m_output; }
    QString error() const { return m_error; }
    QString failedNode() const { return m_failedNode; }
    qint64 durationUs() const { return m_durationUs; } // -1 = not known
    bool hasRecord() const { return !m_record.isEmpty(); }
    QJsonObject record() const { return m_record; }

    // Node executions in the order they started (skipped ones left out).
    QList<Execution> executions() const;
    QList<Execution> executionsOf(const QString &nodeId) const; // by element
    // The node's only execution, or for a map sub-path node its elements' inputs and outputs
    // as arrays; status empty when it did not run.
    Execution nodeData(const QString &nodeId) const;
    // What passed along the edge in the shown run (needs the record): the from node's output
    // (into a join: the join's input keyed by from; an error edge: the error object; a body
    // edge or one inside a map's sub-path: the array of the elements' values). Undefined when
    // nothing passed along it or the record is not known.
    QJsonValue edgeData(const FlowEdgeKey &key) const;

    // The record of a run, from the datastore; blocking (call off the GUI thread). Polls for
    // up to waitMs: the flow invoker writes it right after the reply.
    static Result<QJsonObject> fetchRecord(const QString &natsUrl, const QString &runId, int waitMs = 3000);

    // A value as the views show it: objects and arrays indented, scalars as JSON.
    static QString displayText(const QJsonValue &value);

    static constexpr int ReplyMarginMs = 2000; // the flow's own timeout reply should win over ours

signals:
    void runStarted(const QString &runId);
    // status "ok" or why it failed (docs/flows.md, "The reply"); output is the reply's body.
    void runFinished(const QString &runId, const QString &status, const QByteArray &output,
                     const QString &error);
    void recordReady(const QString &runId);
    void recordFailed(const QString &runId, const QString &message);
    void executionsChanged();

private:
    enum class Phase { Idle, Running, FetchingRecord };

    void drain();
    void applySpan(const FlowSpan &span);
    void paintNode(const QString &nodeId);
    void paintEdges();
    // answered: the flow replied (its record follows); else the run never got an answer.
    void finishRun(bool answered, const QString &status, const QByteArray &output, const QString &error,
                   const QString &failedNode, qint64 durationUs);
    void applyRecord(const QJsonObject &record);
    Status start(const Flow &flow, const QString &runId, const std::optional<QByteArray> &input);
    void startRun(const Flow &flow); // resets state and the overlay's run marks
    void stopShared();

    QPointer<FlowOverlay> m_overlay;
    QString m_natsUrl;
    QString m_subject;
    Flow m_flow;
    Phase m_phase = Phase::Idle;
    QString m_runId;
    QString m_status;
    QByteArray m_output;
    QString m_error;
    QString m_failedNode;
    qint64 m_durationUs = -1;
    QJsonObject m_record;
    // Latest span per node and element (-1 outside maps).
    QHash<QString, QMap<int, Execution>> m_spans;
    // With the record: executions in start order, with their data.
    QList<Execution> m_executions;
    std::shared_ptr<FlowRunWatchShared> m_shared;
    QTimer m_drainTimer;
};

} // namespace Stratus
