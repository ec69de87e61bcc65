#include "stresscommand.h"

#include "loadengine.h"
#include "signalwatcher.h"
#include "stressrunstore.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

namespace Stratus::Cli {

namespace {
constexpr int DefaultTimeoutMs = 10000;
constexpr qint64 DefaultRateDurationMs = 10000;
} // namespace

QString StressCommand::summary() const
{
    return tr("Load-test a function, flow, subject or HTTP URL and summarise like hey.");
}

void StressCommand::configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("TARGET is a function of the project (NAME), a flow (flow:NAME), any NATS subject\n"
           "(subject:SUBJECT) or an HTTP URL (http://127.0.0.1:PORT/function/NAME, the gateway).\n"
           "\n"
           "Open loop (--rate or --profile): requests go out at their scheduled times whatever the\n"
           "replies do, and latency counts from the scheduled time, so a slow target cannot hide\n"
           "behind a slow generator (no coordinated omission). When the generator itself cannot keep\n"
           "up it says so. Closed loop (-n -c -q -z): hey's model, C workers each with one request in\n"
           "flight. Without any of these: the default profile, 20/s for 10 s then up to 200/s over 20 s.\n"
           "Ctrl-C stops the run and prints what was measured so far.\n"
           "\n"
           "Exit codes: %1 the run completed (whatever the targets answered) and no threshold was\n"
           "breached, %2 failure, %3 usage, %4 no cluster/broker, %5 a threshold was breached.")
            .arg(int(Success))
            .arg(int(Failure))
            .arg(int(UsageError))
            .arg(int(NotRunning))
            .arg(int(ThresholdBreached)));
    parser.addPositionalArgument(QStringLiteral("target"),
                                 tr("NAME, flow:NAME, subject:SUBJECT or http://HOST:PORT/PATH."));
    parser.addOptions({projectOption(), m_rateOption, m_durationOption, m_profileOption, m_requestsOption,
                       m_concurrencyOption, m_qpsOption, m_closedDurationOption, m_dataOption, m_fileOption,
                       m_rawOption, m_timeoutOption, m_thresholdOption, m_methodOption, m_jsonOption,
                       m_saveOption, m_natsOption});
}

Status StressCommand::applyOptions(const QCommandLineParser &parser, LoadPlan &plan) const
{
    const bool closed = parser.isSet(m_requestsOption) || parser.isSet(m_concurrencyOption) ||
                        parser.isSet(m_qpsOption) || parser.isSet(m_closedDurationOption);
    const int modes = int(parser.isSet(m_rateOption)) + int(parser.isSet(m_profileOption)) + int(closed);
    if (modes > 1)
        return makeError(tr("--rate, --profile and -n/-c/-q/-z exclude each other"));
    if (parser.isSet(m_durationOption) && !parser.isSet(m_rateOption))
        return makeError(tr("--duration goes with --rate (closed loop takes -z)"));
    if (parser.isSet(m_dataOption) && parser.isSet(m_fileOption))
        return makeError(tr("--data and --file exclude each other"));

    if (parser.isSet(m_profileOption)) {
        const QString path = parser.value(m_profileOption);
        const auto json = LoadPlan::readProfileFile(path);
        if (!json)
            return makeError(json.errorMessage());
        if (const Status applied = plan.applyJson(*json, path); !applied)
            return applied;
    } else if (parser.isSet(m_rateOption)) {
        bool ok = false;
        const double rate = parser.value(m_rateOption).toDouble(&ok);
        if (!ok || rate <= 0)
            return makeError(tr("--rate must be a positive number of requests per second"));
        qint64 durationMs = DefaultRateDurationMs;
        if (parser.isSet(m_durationOption)) {
            const auto ms = LoadProfile::parseDurationMs(parser.value(m_durationOption));
            if (!ms || *ms <= 0)
                return makeError(tr("--duration %1: must be a duration like 500ms, 10s, 2m")
                                     .arg(parser.value(m_durationOption)));
            durationMs = *ms;
        }
        plan.mode = LoadPlan::Mode::Open;
        plan.profile = LoadProfile::constant(rate, durationMs);
    } else if (closed) {
        plan.mode = LoadPlan::Mode::Closed;
        bool ok = true;
        if (parser.isSet(m_requestsOption))
            plan.closed.requests = parser.value(m_requestsOption).toLongLong(&ok);
        if (!ok || plan.closed.requests < 1)
            return makeError(tr("-n must be a whole number of requests >= 1"));
        if (parser.isSet(m_concurrencyOption))
            plan.closed.concurrency = parser.value(m_concurrencyOption).toInt(&ok);
        if (!ok || plan.closed.concurrency < 1)
            return makeError(tr("-c must be a whole number of workers >= 1"));
        if (parser.isSet(m_qpsOption))
            plan.closed.perWorkerRate = parser.value(m_qpsOption).toDouble(&ok);
        if (!ok || plan.closed.perWorkerRate < 0)
            return makeError(tr("-q must be a number of requests per second per worker >= 0"));
        if (parser.isSet(m_closedDurationOption)) {
            const auto ms = LoadProfile::parseDurationMs(parser.value(m_closedDurationOption));
            if (!ms || *ms <= 0)
                return makeError(
                    tr("-z %1: must be a duration like 10s, 2m").arg(parser.value(m_closedDurationOption)));
            plan.closed.durationMs = *ms;
        }
    }

    if (parser.isSet(m_dataOption) || parser.isSet(m_fileOption)) {
        QByteArray body;
        if (parser.isSet(m_dataOption)) {
            body = parser.value(m_dataOption).toUtf8();
        } else {
            QFile file(parser.value(m_fileOption));
            if (!file.open(QIODevice::ReadOnly))
                return makeError(tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
            body = file.readAll();
        }
        if (parser.isSet(m_rawOption)) {
            plan.payload = PayloadTemplate::literal(body);
        } else {
            const auto t = PayloadTemplate::parse(body);
            if (!t)
                return makeError(t.errorMessage() + tr(" (--raw sends the body as it is)"));
            plan.payload = *t;
        }
    }
    if (parser.isSet(m_timeoutOption)) {
        bool ok = false;
        plan.timeoutMs = parser.value(m_timeoutOption).toInt(&ok);
        if (!ok || plan.timeoutMs <= 0)
            return makeError(tr("--timeout must be a positive number of milliseconds"));
    }
    if (parser.isSet(m_thresholdOption)) {
        const auto t = Thresholds::parse(parser.values(m_thresholdOption));
        if (!t)
            return makeError(t.errorMessage());
        plan.thresholds = *t;
    }
    if (parser.isSet(m_methodOption))
        plan.httpMethod = parser.value(m_methodOption).toUpper().toUtf8();
    return Ok{};
}

int StressCommand::execute(const QCommandLineParser &parser)
{
    const QString spec = parser.positionalArguments().constFirst();
    const bool needsProject = !spec.startsWith(QLatin1String("http://")) &&
                              !spec.startsWith(QLatin1String("https://")) &&
                              !spec.startsWith(QLatin1String("subject:"));
    std::optional<ProjectLocation> where;
    std::optional<Manifest> manifest;
    if (needsProject || parser.isSet(m_saveOption) ||
        (!parser.isSet(m_natsOption) && qEnvironmentVariableIsEmpty("STRATUS_NATS_URL"))) {
        auto found = location(parser);
        if (found) {
            where = *found;
            auto loaded = found->manifest();
            if (!loaded && needsProject)
                return fail(Failure, loaded.errorMessage());
            if (loaded)
                manifest = *loaded;
        } else if (needsProject || parser.isSet(m_saveOption)) {
            return fail(Failure, found.errorMessage());
        }
    }
    const auto target = LoadTarget::resolve(spec, manifest ? &*manifest : nullptr);
    if (!target)
        return fail(needsProject ? Failure : UsageError, target.errorMessage());

    LoadPlan plan;
    plan.target = *target;
    plan.timeoutMs = target->suggestedTimeoutMs > 0 ? target->suggestedTimeoutMs : DefaultTimeoutMs;
    if (const Status applied = applyOptions(parser, plan); !applied)
        return fail(UsageError, applied.errorMessage());

    if (plan.target.kind == LoadTarget::Kind::Nats) {
        if (parser.isSet(m_natsOption)) {
            plan.natsUrl = parser.value(m_natsOption);
        } else if (const QString env = qEnvironmentVariable("STRATUS_NATS_URL"); !env.isEmpty()) {
            plan.natsUrl = env;
        } else if (where) {
            const auto url = runningBrokerUrl(*where);
            if (!url)
                return fail(NotRunning, url.errorMessage());
            plan.natsUrl = *url;
        } else {
            return fail(NotRunning,
                        tr("no broker: give --nats URL, set STRATUS_NATS_URL, or run in a project "
                           "with a running cluster"));
        }
    }

    LoadEngine engine;
    std::optional<StressResult> result;
    QEventLoop loop;
    connect(&engine, &LoadEngine::finished, &loop, [&](const StressResult &r) {
        result = r;
        loop.quit();
    });
    const bool live = !parser.isSet(m_jsonOption) && isatty(fileno(stderr));
    connect(&engine, &LoadEngine::snapshot, &loop, [live](const StressSnapshot &s) {
        if (!live)
            return;
        std::fprintf(stderr, "\r[%6.1fs] sent %lld  ok %lld  errors %lld  in flight %lld  p95 %.2f ms   ",
                     double(s.elapsedMs) / 1000.0, static_cast<long long>(s.sent),
                     static_cast<long long>(s.ok), static_cast<long long>(s.errors),
                     static_cast<long long>(s.inFlight), double(s.p95Us) / 1000.0);
        std::fflush(stderr);
    });
    SignalWatcher watcher;
    connect(&watcher, &SignalWatcher::signalReceived, &engine, [&engine] { engine.stop(); });
    if (const Status started = engine.start(plan); !started)
        return fail(UsageError, started.errorMessage());
    loop.exec();
    if (live)
        std::fprintf(stderr, "\n");

    if (!result->error.isEmpty())
        return fail(plan.target.kind == LoadTarget::Kind::Nats ? NotRunning : Failure, result->error);
    if (parser.isSet(m_saveOption)) {
        const auto saved = StressRunStore::saveTo(where->projectDir, *result);
        if (!saved)
            return fail(Failure, saved.errorMessage());
        printError(tr("saved %1").arg(*saved));
    }
    if (parser.isSet(m_jsonOption)) {
        const QByteArray json = QJsonDocument(result->toJson(false)).toJson(QJsonDocument::Indented);
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    } else {
        print(result->toText());
    }
    std::fflush(stdout);
    return result->thresholdsBreached() ? ThresholdBreached : Success;
}

} // namespace Stratus::Cli
