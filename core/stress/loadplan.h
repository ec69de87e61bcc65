#pragma once

#include "loadprofile.h"
#include "loadtarget.h"
#include "payloadtemplate.h"
#include "result.h"
#include "thresholds.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace Stratus {

// hey's model: `concurrency` workers, each with one request in flight, each limited to
// perWorkerRate requests per second (0: no limit), `requests` in all, or for durationMs
// when that is set (then `requests` is ignored, as hey does with -z).
struct ClosedLoop
{
    qint64 requests = 200;
    int concurrency = 50;
    double perWorkerRate = 0;
    qint64 durationMs = 0;
};

// Everything a stress run needs (docs/stress.md). Profile files (`--profile FILE`, the panel's
// profiles) hold the same as JSON: see applyJson().
struct LoadPlan
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::LoadPlan)

public:
    enum class Mode { Open, Closed };

    QString name; // the profile's name, for people
    LoadTarget target;
    QString natsUrl; // NATS targets only
    Mode mode = Mode::Open;
    LoadProfile profile = LoadProfile::defaultProfile();
    ClosedLoop closed;
    PayloadTemplate payload = PayloadTemplate::literal(QByteArrayLiteral("{}"));
    int timeoutMs = 10000;     // per request, from its actual send
    int maxInFlight = 50000;   // open loop: beyond this the generator waits (and says so)
    int maxConnections = 1000; // HTTP open loop: connections opened on demand up to this
    QByteArray httpMethod = "POST";
    QByteArray contentType = "application/json";
    Thresholds thresholds;
    qint64 maxSamples = 0;      // raw per-request samples kept in the result (0: none)
    int lateThresholdUs = 1000; // a send later than this after its intended time is "late"

    qint64 plannedDurationMs() const; // 0 when it depends on how fast replies come (closed loop -n)
    qint64 plannedRequests() const;   // 0 when unknown (closed loop -z)
    QString describe() const;         // "seed: 20/s for 10s, then ..." or "closed loop: -n 200 -c 50"
    Status validate() const;

    // A profile file: {"name", "kind" (constant, ramp, steps, spike, seed, phases, closed), the
    // kind's parameters, and optionally "timeoutMs", "payload" (a template), "thresholds",
    // "maxInFlight", "method", "contentType"}. Closed: "requests", "concurrency", "qps",
    // "duration". where prefixes errors (the file's path).
    Status applyJson(const QJsonObject &json, const QString &where);
    static Result<QJsonObject> readProfileFile(const QString &path);
    QJsonObject toJson() const; // what applyJson() reads, plus the target
};

} // namespace Stratus
