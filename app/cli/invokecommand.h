#pragma once

#include "command.h"

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
