#pragma once

#include "command.h"
#include "loadplan.h"

namespace Stratus::Cli {

// stratus stress TARGET: a load test of a function, a flow, a subject or an HTTP URL, open loop
// (--rate, --profile) or closed loop like hey (-n -c -q -z), summarised like hey or as JSON.
class StressCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("stress"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
    QStringList positionalNames() const override { return {QStringLiteral("target")}; }

private:
    // Fills plan from the options; a usage error when they contradict or do not parse.
    Status applyOptions(const QCommandLineParser &parser, LoadPlan &plan) const;

    QCommandLineOption m_rateOption{QStringLiteral("rate"),
                                    tr("Open loop at a constant rate, requests per second."), tr("R")};
    QCommandLineOption m_durationOption{QStringLiteral("duration"),
                                        tr("How long --rate runs (default 10s): 500ms, 10s, 2m."), tr("D")};
    QCommandLineOption m_profileOption{QStringLiteral("profile"),
                                       tr("Open or closed loop from a profile file (docs/stress.md)."),
                                       tr("file")};
    QCommandLineOption m_requestsOption{QStringLiteral("n"),
                                        tr("Closed loop: requests in all (hey -n; default 200)."), tr("N")};
    QCommandLineOption m_concurrencyOption{
        QStringLiteral("c"), tr("Closed loop: workers, one request in flight each (hey -c; default 50)."),
        tr("C")};
    QCommandLineOption m_qpsOption{QStringLiteral("q"),
                                   tr("Closed loop: rate limit per worker, requests per second (hey -q)."),
                                   tr("Q")};
    QCommandLineOption m_closedDurationOption{
        QStringLiteral("z"), tr("Closed loop: run for this long instead of -n requests (hey -z): 10s, 1m."),
        tr("D")};
    QCommandLineOption m_dataOption{
        QStringLiteral("data"),
        tr("The request body, a template: {{seq}}, {{rand:1:100}}, {{timestamp}}, "
           "{{timestamp_ms}}, {{uuid}} (default {})."),
        tr("text")};
    QCommandLineOption m_fileOption{QStringLiteral("file"), tr("Read the request body template from a file."),
                                    tr("path")};
    QCommandLineOption m_rawOption{QStringLiteral("raw"),
                                   tr("Send --data/--file as they are, without variables.")};
    QCommandLineOption m_timeoutOption{
        QStringLiteral("timeout"),
        tr("Per-request timeout (default: the function's timeoutMs + 2000, else 10000)."), tr("ms")};
    QCommandLineOption m_thresholdOption{
        QStringLiteral("threshold"),
        tr("Fail the run when breached, e.g. p95<20ms, errors<1% (repeatable). A breach lasting 3 s stops "
           "the run early."),
        tr("expr")};
    QCommandLineOption m_methodOption{QStringLiteral("method"), tr("HTTP method (default POST)."),
                                      tr("method")};
    QCommandLineOption m_jsonOption{QStringLiteral("json"),
                                    tr("Print the result as JSON instead of a summary.")};
    QCommandLineOption m_saveOption{
        QStringLiteral("save"),
        tr("Also save the result in the project's stress/ folder, as the workbench does.")};
    QCommandLineOption m_natsOption{
        QStringLiteral("nats"), tr("Broker URL (default: $STRATUS_NATS_URL, else the running cluster's)."),
        tr("url")};
};

} // namespace Stratus::Cli
