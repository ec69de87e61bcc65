// stratus-registry: the cluster's registry of services, functions and flows, served over
// NATS request-reply and kept in a JetStream key-value bucket (docs/registry.md).

#include "kvbucket.h"
#include "natsservice.h"
#include "protocol.h"
#include "registry.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Stratus;

int main(int argc, char **argv)
{
    NatsService::blockTerminationSignals();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stratus-registry"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "registry", "Registry of services, functions and flows over NATS request-reply.\n"
                    "Prints \"stratus-ready\" on stdout once serving; SIGTERM exits cleanly."));
    parser.addHelpOption();
    const QCommandLineOption natsOption(QStringLiteral("nats"),
                                        QCoreApplication::translate("registry", "Broker URL."),
                                        QStringLiteral("url"), QStringLiteral("nats://127.0.0.1:4222"));
    const QCommandLineOption prefixOption(QStringLiteral("prefix"),
                                          QCoreApplication::translate("registry", "Subject prefix."),
                                          QStringLiteral("prefix"), QLatin1String(Protocol::RegistryPrefix));
    const QCommandLineOption bucketOption(QStringLiteral("bucket"),
                                          QCoreApplication::translate("registry", "Key-value bucket."),
                                          QStringLiteral("bucket"), QLatin1String(Protocol::RegistryBucket));
    parser.addOptions({natsOption, prefixOption, bucketOption});
    parser.process(app);

    NatsService service(
        {QStringLiteral("stratus-registry"), parser.value(natsOption), parser.value(prefixOption)});
    if (const Status connected = service.connect(); !connected) {
        service.log(connected.errorMessage());
        return 1;
    }
    // FILE storage: the registry is the cluster's configuration and must survive restarts
    // of the registry and of the broker. A little history helps when debugging a conflict.
    auto bucket = KvBucket::open(service.connection(),
                                 {parser.value(bucketOption), false, -1, 5,
                                  QStringLiteral("Stratus registry: services, functions, flows")});
    if (!bucket) {
        service.log(bucket.errorMessage());
        return 1;
    }
    const Registry::Registry registry(std::move(*bucket), parser.value(prefixOption));
    return service.run([&registry](const ServiceRequest &request) { return registry.handle(request); });
}
