#include "invokecommand.h"

#include "natsclient.h"
#include "protocol.h"

#include <QFile>
#include <QUuid>

#include <cstdio>

namespace Stratus::Cli {

namespace {

constexpr int ReplyMarginMs = 2000; // the invoker's own timeout reply should win over ours
const QByteArray DefaultEvent = QByteArrayLiteral("{}");

} // namespace

QString InvokeCommand::summary() const
{
    return tr("Invoke a function of the running cluster and print its result.");
}

void InvokeCommand::configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Sends the event as a NATS request on the function's trigger subject (from the manifest)\n"
           "and prints the reply body on stdout when its Stratus-Status is ok. Otherwise prints\n"
           "\"error: STATUS: MESSAGE\" on stderr.\n"
           "Without --data or --file the event is {} (stdin is read only with --file -, so scripts\n"
           "and CI without a stdin never hang).\n") +
        requestExitCodes(tr("the function failed (any status but ok)")));
    parser.addPositionalArgument(QStringLiteral("function"), tr("The function's name in the manifest."));
    addRequestOptions(parser);
}

QString InvokeCommand::requestExitCodes(const QString &failed)
{
    return tr("Exit codes: %1 ok, %2 other failure, %3 usage, %4 no cluster/broker, %5 %6,\n"
              "%7 no reply (timeout, or nothing subscribed).")
        .arg(int(Success))
        .arg(int(Failure))
        .arg(int(UsageError))
        .arg(int(NotRunning))
        .arg(int(FunctionFailed))
        .arg(failed)
        .arg(int(NoReply));
}

void InvokeCommand::addRequestOptions(QCommandLineParser &parser)
{
    parser.addOptions({projectOption(), m_dataOption, m_fileOption, m_timeoutOption, m_natsOption});
}

Result<InvokeCommand::Target> InvokeCommand::target(const Manifest &manifest, const QString &name) const
{
    const FunctionSpec *spec = manifest.function(name);
    if (!spec) {
        QStringList names;
        for (const FunctionSpec &f : manifest.functions)
            names << f.name;
        return makeError(tr("%1 declares no function \"%2\" (functions: %3)")
                             .arg(manifest.filePath, name, names.join(QStringLiteral(", "))));
    }
    return Target{spec->trigger, spec->timeoutMs + ReplyMarginMs};
}

Result<QByteArray> InvokeCommand::payload(const QCommandLineParser &parser) const
{
    if (parser.isSet(m_dataOption))
        return parser.value(m_dataOption).toUtf8();
    if (!parser.isSet(m_fileOption))
        return DefaultEvent;
    const QString path = parser.value(m_fileOption);
    const bool fromStdin = path == QLatin1String("-");
    QFile file(fromStdin ? QString() : path);
    const bool opened = fromStdin ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened)
        return makeError(tr("cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

Result<QString> InvokeCommand::brokerUrl(const QCommandLineParser &parser, const ProjectLocation &where) const
{
    if (parser.isSet(m_natsOption))
        return parser.value(m_natsOption);
    if (const QString env = qEnvironmentVariable("STRATUS_NATS_URL"); !env.isEmpty())
        return env;
    return runningBrokerUrl(where);
}

int InvokeCommand::execute(const QCommandLineParser &parser)
{
    const QString function = parser.positionalArguments().constFirst();
    if (parser.isSet(m_dataOption) && parser.isSet(m_fileOption)) {
        printError(tr("--data and --file exclude each other"));
        return UsageError;
    }
    int timeoutMs = 0;
    if (parser.isSet(m_timeoutOption)) {
        bool ok = false;
        timeoutMs = parser.value(m_timeoutOption).toInt(&ok);
        if (!ok || timeoutMs <= 0) {
            printError(tr("--timeout must be a positive number of milliseconds"));
            return UsageError;
        }
    }
    const auto where = location(parser);
    if (!where) {
        printError(where.errorMessage());
        return Failure;
    }
    const auto manifest = where->manifest();
    if (!manifest) {
        printError(manifest.errorMessage());
        return Failure;
    }
    const auto destination = target(*manifest, function);
    if (!destination) {
        printError(destination.errorMessage());
        return Failure;
    }
    if (timeoutMs == 0)
        timeoutMs = destination->defaultTimeoutMs;
    const auto event = payload(parser);
    if (!event) {
        printError(event.errorMessage());
        return Failure;
    }
    const auto url = brokerUrl(parser, *where);
    if (!url) {
        printError(url.errorMessage());
        return NotRunning;
    }
    const auto client = NatsClient::connect(*url, QStringLiteral("stratus-cli"));
    if (!client) {
        printError(client.errorMessage());
        return NotRunning;
    }
    if (Status prepared = beforeRequest(*client, parser); !prepared) {
        printError(prepared.errorMessage());
        return Failure;
    }
    const QByteArray requestId = "cli-" + QUuid::createUuid().toByteArray(QUuid::Id128).left(12);
    const auto reply =
        client->request(destination->subject, *event, timeoutMs, {{Protocol::RequestIdHeader, requestId}});
    if (!reply) {
        printError(reply.errorMessage());
        return NoReply;
    }
    afterReply(*client, *reply, parser);
    if (reply->status() != Protocol::StatusOk) {
        // The invoker's messages usually start with their status already ("timeout: ...").
        const QString status = QString::fromUtf8(reply->status());
        QString message = QString::fromUtf8(reply->data).trimmed();
        if (message.startsWith(status + QStringLiteral(": ")))
            message.remove(0, status.size() + 2);
        const QString line = tr("error: %1: %2").arg(status, message);
        std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
        return FunctionFailed;
    }
    std::fwrite(reply->data.constData(), 1, size_t(reply->data.size()), stdout);
    std::fflush(stdout);
    return Success;
}

} // namespace Stratus::Cli
