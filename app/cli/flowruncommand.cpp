#include "flowruncommand.h"

#include "flow.h"
#include "flowspan.h"
#include "protocol.h"
#include "tracetable.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Stratus::Cli {

namespace {

constexpr int ReplyMarginMs = 2000; // the flow's own timeout reply should win over ours
constexpr int TraceWaitMs = 3000;   // the trace is published right after the reply

} // namespace

FlowRunCommand::~FlowRunCommand() = default;

QString FlowRunCommand::summary() const
{
    return tr("Run a flow of the running cluster and print its result.");
}

void FlowRunCommand::configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Sends the input as a NATS request on the flow's trigger subject (from the manifest) and\n"
           "prints the end node's output on stdout. A failed run prints \"error: STATUS: MESSAGE\"\n"
           "naming the node that failed. With --trace, the run's spans follow on stderr: every node\n"
           "with its start and duration (docs/flows.md, \"Traces\").\n"
           "Without --data or --file the input is {}.\n") +
        requestExitCodes(tr("the run failed")));
    parser.addPositionalArgument(QStringLiteral("flow"), tr("The flow's name in the manifest."));
    addRequestOptions(parser);
    parser.addOption(m_traceOption);
}

Result<InvokeCommand::Target> FlowRunCommand::target(const Manifest &manifest, const QString &name) const
{
    const FlowSpec *spec = manifest.flow(name);
    if (!spec) {
        QStringList names;
        for (const FlowSpec &f : manifest.flows)
            names << f.name;
        return makeError(tr("%1 declares no flow \"%2\" (flows: %3)")
                             .arg(manifest.filePath, name,
                                  names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))));
    }
    const auto flow = Flow::load(spec->file);
    if (!flow)
        return flow.error();
    return Target{spec->trigger, flow->timeoutMs + ReplyMarginMs};
}

Status FlowRunCommand::beforeRequest(const NatsClient &client, const QCommandLineParser &parser)
{
    if (!parser.isSet(m_traceOption))
        return Ok{};
    const QString subject =
        QLatin1String(Protocol::TraceSubjectPrefix) + parser.positionalArguments().constFirst();
    natsSubscription *sub = nullptr;
    const natsStatus s = natsConnection_SubscribeSync(&sub, client.handle(), subject.toUtf8().constData());
    if (s != NATS_OK)
        return makeError(tr("cannot subscribe to %1: %2").arg(subject, NatsClient::describe(s)));
    m_traces.reset(sub);
    return client.flush();
}

void FlowRunCommand::afterReply(const NatsClient &, const NatsReply &reply, const QCommandLineParser &)
{
    if (!m_traces)
        return;
    const QByteArray runId = reply.headers.value(Protocol::RunIdHeader);
    QDeadlineTimer deadline(TraceWaitMs);
    while (!deadline.hasExpired()) {
        natsMsg *raw = nullptr;
        if (natsSubscription_NextMsg(&raw, m_traces.get(), std::max<qint64>(1, deadline.remainingTime())) !=
            NATS_OK)
            break;
        NatsMsgPtr msg(raw);
        const QJsonObject doc =
            QJsonDocument::fromJson(QByteArray(natsMsg_GetData(raw), natsMsg_GetDataLength(raw))).object();
        if (doc.value(QLatin1String("runId")).toString().toUtf8() != runId ||
            !doc.contains(QLatin1String("spans")))
            continue; // another run's, or a live span event
        QList<FlowSpan> spans;
        for (const QJsonValue &v : doc.value(QLatin1String("spans")).toArray())
            spans << FlowSpan::fromJson(v.toObject());
        std::fprintf(stderr, "%s\n", TraceTable::format(spans).toLocal8Bit().constData());
        return;
    }
    printError(tr("no trace of run %1 arrived within %2 ms").arg(QString::fromUtf8(runId)).arg(TraceWaitMs));
}

} // namespace Stratus::Cli
