// stratus-invoker: runs one function of a project for the events on its trigger subject.
// Started by the supervisor (one process per replica); see docs/protocol.md.

#include "flowinvoker.h"
#include "flowplan.h"
#include "invoker.h"
#include "invokerconfig.h"
#include "manifest.h"
#include "natsservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

using namespace Stratus;

namespace {

int runFlow(const Manifest &manifest, const QString &name, const QString &natsUrl, int replica)
{
    const FlowSpec *spec = manifest.flow(name);
    if (!spec) {
        fprintf(stderr, "stratus-invoker: %s declares no flow \"%s\"\n", qPrintable(manifest.filePath),
                qPrintable(name));
        return 2;
    }
    auto flow = Flow::load(spec->file);
    if (!flow) {
        fprintf(stderr, "stratus-invoker: %s\n", qPrintable(flow.errorMessage()));
        return 2;
    }
    auto plan = Invoker::FlowPlan::compile(*flow, manifest);
    if (!plan) {
        fprintf(stderr, "stratus-invoker: flow %s is not valid:\n%s\n", qPrintable(name),
                qPrintable(plan.errorMessage()));
        return 2;
    }
    Invoker::FlowInvokerConfig config;
    config.natsUrl = natsUrl.toStdString();
    config.flow = spec->name.toStdString();
    config.trigger = spec->trigger.toStdString();
    config.group = spec->group.toStdString();
    config.maxConcurrency = spec->maxConcurrency;
    config.maxQueue = spec->maxQueue;
    config.record = spec->record;
    config.maxRecordBytes = size_t(std::max<qint64>(64 * 1024, manifest.broker.maxPayload - 64 * 1024));
    config.invokerId =
        QStringLiteral("flow-%1-%2-%3").arg(spec->name).arg(replica).arg(::getpid()).toStdString();
    Invoker::FlowInvoker invoker(std::move(config), std::move(*plan));
    return invoker.run();
}

} // namespace

int main(int argc, char **argv)
{
    // Before nats.c starts any thread, so every thread inherits the mask and the signals
    // reach the invoker's signalfd only.
    NatsService::blockTerminationSignals();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stratus-invoker"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "invoker", "Runs one function of a Stratus project for every event on its trigger subject.\n"
                   "Prints \"stratus-ready\" on stdout once subscribed; SIGTERM drains and exits."));
    parser.addHelpOption();
    const QCommandLineOption natsOption(QStringLiteral("nats"),
                                        QCoreApplication::translate("invoker", "Broker URL."),
                                        QStringLiteral("url"), QStringLiteral("nats://127.0.0.1:4222"));
    const QCommandLineOption manifestOption(
        QStringLiteral("manifest"), QCoreApplication::translate("invoker", "The project's stratus.json."),
        QStringLiteral("file"));
    const QCommandLineOption functionOption(QStringLiteral("function"),
                                            QCoreApplication::translate("invoker", "The function to run."),
                                            QStringLiteral("name"));
    const QCommandLineOption flowOption(
        QStringLiteral("flow"),
        QCoreApplication::translate("invoker", "Run this flow of the manifest instead of a function."),
        QStringLiteral("name"));
    const QCommandLineOption replicaOption(
        QStringLiteral("replica"), QCoreApplication::translate("invoker", "Replica number, for names."),
        QStringLiteral("n"), QStringLiteral("0"));
    parser.addOptions({natsOption, manifestOption, functionOption, flowOption, replicaOption});
    parser.process(app);

    if (!parser.isSet(manifestOption) || parser.isSet(functionOption) == parser.isSet(flowOption)) {
        fprintf(stderr,
                "stratus-invoker: --manifest and one of --function or --flow are required (see --help)\n");
        return 2;
    }
    const auto manifest = Manifest::load(parser.value(manifestOption));
    if (!manifest) {
        fprintf(stderr, "stratus-invoker: %s\n", qPrintable(manifest.errorMessage()));
        return 2;
    }
    if (parser.isSet(flowOption))
        return runFlow(*manifest, parser.value(flowOption), parser.value(natsOption),
                       parser.value(replicaOption).toInt());
    const FunctionSpec *spec = manifest->function(parser.value(functionOption));
    if (!spec) {
        fprintf(stderr, "stratus-invoker: %s declares no function \"%s\"\n", qPrintable(manifest->filePath),
                qPrintable(parser.value(functionOption)));
        return 2;
    }
    auto config = Invoker::InvokerConfig::fromSpec(*spec, parser.value(natsOption),
                                                   parser.value(replicaOption).toInt());
    if (!config) {
        fprintf(stderr, "stratus-invoker: %s\n", qPrintable(config.errorMessage()));
        return 2;
    }
    Invoker::Invoker invoker(std::move(*config));
    const int code = invoker.run();
    return code;
}
