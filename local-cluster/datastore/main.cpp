// stratus-datastore: ephemeral storage for workflow runs (Pocket's job model), served over
// NATS request-reply and kept in a JetStream key-value bucket (docs/datastore.md).

#include "datastore.h"
#include "eventrecorder.h"
#include "kvbucket.h"
#include "natsservice.h"
#include "protocol.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Stratus;

int main(int argc, char **argv)
{
    NatsService::blockTerminationSignals();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stratus-datastore"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "datastore", "Ephemeral object store for workflow runs over NATS request-reply.\n"
                     "Prints \"stratus-ready\" on stdout once serving; SIGTERM exits cleanly."));
    parser.addHelpOption();
    auto tr = [](const char *text) { return QCoreApplication::translate("datastore", text); };
    const QCommandLineOption natsOption(QStringLiteral("nats"), tr("Broker URL."), QStringLiteral("url"),
                                        QStringLiteral("nats://127.0.0.1:4222"));
    const QCommandLineOption prefixOption(QStringLiteral("prefix"), tr("Subject prefix."),
                                          QStringLiteral("prefix"), QLatin1String(Protocol::DatastorePrefix));
    const QCommandLineOption bucketOption(QStringLiteral("bucket"), tr("Key-value bucket."),
                                          QStringLiteral("bucket"), QLatin1String(Protocol::DatastoreBucket));
    const QCommandLineOption maxBytesOption(QStringLiteral("max-bytes"),
                                            tr("Memory cap of the store in bytes; -1 for none."),
                                            QStringLiteral("bytes"), QStringLiteral("268435456"));
    const QCommandLineOption ttlOption(QStringLiteral("default-ttl-ms"),
                                       tr("TTL of a run registered without one."), QStringLiteral("ms"),
                                       QStringLiteral("600000"));
    const QCommandLineOption persistOption(QStringLiteral("persist-ttl-ms"),
                                           tr("How long a persisted object lives after its put."),
                                           QStringLiteral("ms"), QStringLiteral("86400000"));
    const QCommandLineOption sweepOption(QStringLiteral("sweep-ms"), tr("Period of the expiry sweep."),
                                         QStringLiteral("ms"), QStringLiteral("1000"));
    // The recording stream (docs/debugger.md): set up here, before the ready line, so it
    // exists before the first invocation; the supervisor passes the manifest's `recording`.
    const QCommandLineOption eventsBytesOption(QStringLiteral("events-max-bytes"),
                                               tr("Size limit of the recorded events' stream."),
                                               QStringLiteral("bytes"), QStringLiteral("268435456"));
    const QCommandLineOption eventsAgeOption(QStringLiteral("events-max-age-s"),
                                             tr("Age limit of recorded events in seconds; 0 for none."),
                                             QStringLiteral("seconds"), QStringLiteral("604800"));
    const QCommandLineOption eventsMsgsOption(QStringLiteral("events-max-msgs"),
                                              tr("Count limit of recorded events; -1 for none."),
                                              QStringLiteral("count"), QStringLiteral("-1"));
    parser.addOptions({natsOption, prefixOption, bucketOption, maxBytesOption, ttlOption, persistOption,
                       sweepOption, eventsBytesOption, eventsAgeOption, eventsMsgsOption});
    parser.process(app);

    Datastore::Datastore::Settings settings;
    bool ok = true;
    auto number = [&](const QCommandLineOption &option, qint64 min) {
        bool valid = false;
        const qint64 value = parser.value(option).toLongLong(&valid);
        if (!valid || value < min) {
            fprintf(stderr, "stratus-datastore: --%s: must be an integer of at least %lld\n",
                    qPrintable(option.names().constFirst()), static_cast<long long>(min));
            ok = false;
        }
        return value;
    };
    settings.maxBytes = number(maxBytesOption, -1);
    settings.defaultTtlMs = number(ttlOption, 1);
    settings.persistTtlMs = number(persistOption, 1);
    const int sweepMs = int(number(sweepOption, 10));
    RecordingSettings recording;
    recording.maxBytes = number(eventsBytesOption, 1024);
    recording.maxAgeSeconds = number(eventsAgeOption, 0);
    recording.maxMessages = number(eventsMsgsOption, -1);
    if (!ok)
        return 2;
    if (settings.maxBytes == 0)
        settings.maxBytes = -1;

    NatsService service({QStringLiteral("stratus-datastore"), parser.value(natsOption),
                         parser.value(prefixOption), 4, sweepMs});
    if (const Status connected = service.connect(); !connected) {
        service.log(connected.errorMessage());
        return 1;
    }
    // MEMORY storage: the data is ephemeral by contract (a run's intermediate results), and
    // memory is what makes it fast; the --max-bytes cap keeps it from eating the machine.
    auto bucket = KvBucket::open(service.connection(),
                                 {parser.value(bucketOption), true, settings.maxBytes, 1,
                                  QStringLiteral("Stratus datastore: ephemeral objects of workflow runs")});
    if (!bucket) {
        service.log(bucket.errorMessage());
        return 1;
    }
    if (const auto recorder = EventRecorder::open(service.connection()); !recorder) {
        service.log(recorder.errorMessage());
        return 1;
    } else if (const Status stream = recorder->ensureStream(recording); !stream) {
        service.log(stream.errorMessage());
        return 1;
    }
    // A batch of records is three keys a run written without waiting per key: sent at once,
    // each key took a socket write of its own, the datastore's largest cost at load.
    const auto bulk = service.connectForBulkWrites();
    if (!bulk) {
        service.log(bulk.errorMessage());
        return 1;
    }
    auto recordBucket = KvBucket::bind(bulk->get(), bucket->name());
    if (!recordBucket) {
        service.log(recordBucket.errorMessage());
        return 1;
    }
    const Datastore::Datastore datastore(std::move(*bucket), std::move(*recordBucket), settings);
    return service.run([&datastore](const ServiceRequest &request) { return datastore.handle(request); },
                       [&datastore] { datastore.sweep(); });
}
