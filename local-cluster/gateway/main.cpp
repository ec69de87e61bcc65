// stratus-gateway: the local cluster's HTTP gateway. POST /function/NAME and /flow/NAME become
// NATS requests on the trigger subjects of the project's manifest (docs/gateway.md).

#include "gateway.h"
#include "manifest.h"
#include "natsservice.h"
#include "protocol.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <sys/signalfd.h>
#include <unistd.h>

using namespace Stratus;

namespace {

int fail(const QString &message, int code)
{
    fprintf(stderr, "stratus-gateway: %s\n", qPrintable(message));
    return code;
}

} // namespace

int main(int argc, char **argv)
{
    // Before nats.c starts any thread: SIGTERM and SIGINT reach only the signalfd below.
    NatsService::blockTerminationSignals();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stratus-gateway"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "gateway",
        "HTTP gateway of a Stratus cluster: POST /function/NAME and /flow/NAME become NATS requests on\n"
        "the trigger subjects of the manifest; /async/... returns a run id at once (GET /runs/ID).\n"
        "Prints \"stratus-ready\" on stdout once listening; SIGTERM answers what is in flight and exits 0.\n"
        "Settings not given here come from the manifest's \"gateway\" object (docs/gateway.md)."));
    parser.addHelpOption();
    const QCommandLineOption natsOption(QStringLiteral("nats"),
                                        QCoreApplication::translate("gateway", "Broker URL."),
                                        QStringLiteral("url"), QStringLiteral("nats://127.0.0.1:4222"));
    const QCommandLineOption manifestOption(
        QStringLiteral("manifest"), QCoreApplication::translate("gateway", "The project's stratus.json."),
        QStringLiteral("file"));
    const QCommandLineOption hostOption(
        QStringLiteral("host"),
        QCoreApplication::translate("gateway", "Address to listen on (gateway.host)."),
        QStringLiteral("address"));
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        QCoreApplication::translate("gateway", "Port to listen on; 0 picks a free one (gateway.port)."),
        QStringLiteral("port"));
    const QCommandLineOption portFileOption(
        QStringLiteral("port-file"),
        QCoreApplication::translate("gateway",
                                    "Write the port listened on to this file before the ready line."),
        QStringLiteral("file"));
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout-ms"),
        QCoreApplication::translate("gateway", "Longest wait for a reply before 504 (gateway.timeoutMs)."),
        QStringLiteral("ms"));
    const QCommandLineOption bufferedOption(
        QStringLiteral("buffered"),
        QCoreApplication::translate("gateway",
                                    "Write a lone request at the end of its event-loop turn too, instead of "
                                    "at once (the requests of a busy turn always leave in one write)."));
    parser.addOptions(
        {natsOption, manifestOption, hostOption, portOption, portFileOption, timeoutOption, bufferedOption});
    parser.process(app);

    if (!parser.isSet(manifestOption))
        return fail(QStringLiteral("--manifest is required (see --help)"), 2);
    const auto manifest = Manifest::load(parser.value(manifestOption));
    if (!manifest)
        return fail(manifest.errorMessage(), 2);

    Gateway::Gateway::Options options;
    options.natsUrl = parser.value(natsOption);
    options.host = parser.isSet(hostOption) ? parser.value(hostOption) : manifest->gateway.host;
    options.port = manifest->gateway.port;
    options.maxBodyBytes = manifest->gateway.maxBodyBytes;
    options.timeoutMs = manifest->gateway.timeoutMs;
    options.sendAsap = !parser.isSet(bufferedOption);
    bool ok = true;
    if (parser.isSet(portOption)) {
        options.port = parser.value(portOption).toInt(&ok);
        if (!ok || options.port < 0 || options.port > 65535)
            return fail(QStringLiteral("--port: '%1' is not a port number (0 to 65535)")
                            .arg(parser.value(portOption)),
                        2);
    }
    if (parser.isSet(timeoutOption)) {
        options.timeoutMs = parser.value(timeoutOption).toInt(&ok);
        if (!ok || options.timeoutMs <= 0)
            return fail(QStringLiteral("--timeout-ms: '%1' is not a positive number of milliseconds")
                            .arg(parser.value(timeoutOption)),
                        2);
    }

    Gateway::Gateway gateway(options, *manifest);
    if (const Status started = gateway.start(); !started)
        return fail(started.errorMessage(), 1);
    if (parser.isSet(portFileOption)) {
        QSaveFile file(parser.value(portFileOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::number(gateway.port()) + '\n') < 0 ||
            !file.commit())
            return fail(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()), 1);
    }
    fprintf(stderr, "stratus-gateway: listening on %s for %s (%lld functions, %lld flows)\n",
            qPrintable(gateway.url()), qPrintable(manifest->filePath),
            static_cast<long long>(manifest->functions.size()),
            static_cast<long long>(manifest->flows.size()));
    fprintf(stdout, "%s\n", Protocol::ReadyLine);
    fflush(stdout);
    fflush(stderr);

    // SIGTERM/SIGINT: stop accepting, answer what is in flight (each request is bounded by the
    // timeout), exit 0.
    sigset_t termination;
    sigemptyset(&termination);
    sigaddset(&termination, SIGTERM);
    sigaddset(&termination, SIGINT);
    const int signalFd = signalfd(-1, &termination, SFD_NONBLOCK | SFD_CLOEXEC);
    if (signalFd < 0)
        return fail(QStringLiteral("cannot create a signalfd"), 1);
    QSocketNotifier notifier(signalFd, QSocketNotifier::Read);
    QTimer drainDeadline;
    drainDeadline.setSingleShot(true);
    QObject::connect(&drainDeadline, &QTimer::timeout, &app, [&gateway] {
        fprintf(stderr, "stratus-gateway: %d requests still unanswered at the drain deadline\n",
                gateway.inFlight());
        QCoreApplication::exit(0);
    });
    QObject::connect(
        &gateway, &Gateway::Gateway::drained, &app, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        signalfd_siginfo info;
        while (read(signalFd, &info, sizeof info) == sizeof info) {
        }
        if (drainDeadline.isActive())
            return;
        fprintf(stderr, "stratus-gateway: stopping; answering %d requests in flight\n", gateway.inFlight());
        drainDeadline.start(options.timeoutMs + 2000);
        gateway.drain();
    });
    const int code = QCoreApplication::exec();
    ::close(signalFd);
    return code;
}
