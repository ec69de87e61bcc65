#pragma once

#include "command.h"
#include "manifest.h"
#include "natsclient.h"

namespace Stratus::Cli {

// stratus invoke FUNCTION: one request on the function's trigger subject, the reply on stdout.
class InvokeCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("invoke"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
    QStringList positionalNames() const override { return {QStringLiteral("function")}; }

    // Where the request goes; `stratus flow run` sends to a flow instead of a function.
    struct Target
    {
        QString subject;
        int defaultTimeoutMs = 0;
    };
    virtual Result<Target> target(const Manifest &manifest, const QString &name) const;
    // The options every request command shares: --project, --data, --file, --timeout, --nats.
    void addRequestOptions(QCommandLineParser &parser);
    // The exit-code paragraph of a request command; failed: what exit code 4 means for it.
    static QString requestExitCodes(const QString &failed);
    // Around the request: e.g. subscribe to the run's trace before, print it after.
    virtual Status beforeRequest(const NatsClient &, const QCommandLineParser &) { return Ok{}; }
    virtual void afterReply(const NatsClient &, const NatsReply &, const QCommandLineParser &) {}

private:
    Result<QByteArray> payload(const QCommandLineParser &parser) const;
    Result<QString> brokerUrl(const QCommandLineParser &parser, const ProjectLocation &where) const;

    QCommandLineOption m_dataOption{QStringLiteral("data"), tr("The event, as text."), tr("text")};
    QCommandLineOption m_fileOption{QStringLiteral("file"), tr("Read the event from a file ('-' for stdin)."),
                                    tr("path")};
    QCommandLineOption m_timeoutOption{
        QStringLiteral("timeout"),
        tr("How long to wait for the reply (default: the function's timeoutMs + 2000)."), tr("ms")};
    QCommandLineOption m_natsOption{QStringLiteral("nats"),
                                    tr("Broker URL (default: $STRATUS_NATS_URL, else the running cluster's, "
                                       "from .stratus/cluster.json)."),
                                    tr("url")};
};

} // namespace Stratus::Cli
