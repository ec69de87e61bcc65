#include "flowtracecommand.h"

#include "datastoreclient.h"
#include "flowspan.h"
#include "protocol.h"
#include "tracetable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <cstdio>

namespace Stratus::Cli {

namespace {

constexpr int ExportTimeoutMs = 10000;

} // namespace

QString FlowTraceCommand::summary() const
{
    return tr("Show a flow run's node timings, data, or export its spans (OTLP).");
}

void FlowTraceCommand::configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Reads the record a flow run left in the datastore (object \"%1\" of run RUN; kept for\n"
           "the flow's ttlMs) and prints its spans as a table. --json prints the whole record\n"
           "(every node's input and output); --otlp and --otlp-endpoint export the spans as\n"
           "OTLP/JSON, which an OpenTelemetry collector and Jaeger (1.35 and later) read.\n")
            .arg(QLatin1String(Protocol::RunRecordObject)) +
        serviceExitCodes(tr("no such run, or its record expired: the message says so")));
    parser.addPositionalArgument(QStringLiteral("run"), tr("The run id (the reply's Stratus-Run header)."));
    parser.addOptions({projectOption(), m_jsonOption, m_otlpOption, m_endpointOption});
}

int FlowTraceCommand::execute(const QCommandLineParser &parser)
{
    const QString run = parser.positionalArguments().constFirst();
    return withRunningCluster(parser, [&](const QString &natsUrl) {
        const auto datastore = DatastoreClient::connect(natsUrl);
        if (!datastore)
            return fail(NotRunning, datastore.errorMessage());
        const auto value = datastore->get(run, QLatin1String(Protocol::RunRecordObject));
        if (!value)
            return fail(Failure, value.errorMessage());
        if (!*value)
            return fail(Failure, tr("run %1 left no record (is it a flow run, and younger than its flow's "
                                    "ttlMs?)")
                                     .arg(run));
        if (parser.isSet(m_jsonOption)) {
            std::fwrite((*value)->constData(), 1, size_t((*value)->size()), stdout);
            std::fputc('\n', stdout);
            return int(Success);
        }
        const QJsonObject record = QJsonDocument::fromJson(**value).object();
        QList<FlowSpan> spans;
        for (const QJsonValue &v : record.value(QLatin1String("spans")).toArray())
            spans << FlowSpan::fromJson(v.toObject());
        if (parser.isSet(m_otlpOption) || parser.isSet(m_endpointOption)) {
            const QByteArray otlp = QJsonDocument(FlowSpan::toOtlp(spans, QStringLiteral("stratus-flow")))
                                        .toJson(QJsonDocument::Compact);
            return exportOtlp(otlp, parser);
        }
        print(TraceTable::format(spans));
        return int(Success);
    });
}

int FlowTraceCommand::exportOtlp(const QByteArray &otlp, const QCommandLineParser &parser) const
{
    if (parser.isSet(m_otlpOption)) {
        const QString path = parser.value(m_otlpOption);
        QFile file(path == QLatin1String("-") ? QString() : path);
        const bool opened = path == QLatin1String("-")
                                ? file.open(stdout, QIODevice::WriteOnly)
                                : file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        if (!opened || file.write(otlp + '\n') < 0)
            return fail(Failure, tr("cannot write %1: %2").arg(path, file.errorString()));
    }
    if (!parser.isSet(m_endpointOption))
        return Success;
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(parser.value(m_endpointOption)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(ExportTimeoutMs);
    QNetworkReply *reply = network.post(request, otlp);
    waitUntil([reply] { return reply->isFinished(); }, ExportTimeoutMs + 1000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!reply->isFinished() || reply->error() != QNetworkReply::NoError)
        return fail(Failure, tr("the collector at %1 did not take the spans: %2")
                                 .arg(parser.value(m_endpointOption), reply->errorString()));
    print(tr("exported to %1 (HTTP %2)").arg(parser.value(m_endpointOption)).arg(status));
    return Success;
}

} // namespace Stratus::Cli
