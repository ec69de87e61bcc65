#pragma once

#include "command.h"

namespace Stratus::Cli {

// stratus flow trace RUN: a finished run's spans and data from the datastore, as a table,
// JSON, or OTLP for an OpenTelemetry collector or Jaeger.
class FlowTraceCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("flow trace"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
    QStringList positionalNames() const override { return {QStringLiteral("run")}; }

private:
    int exportOtlp(const QByteArray &otlp, const QCommandLineParser &parser) const;

    QCommandLineOption m_jsonOption{QStringLiteral("json"),
                                    tr("Print the whole run record: every node's input, output and span.")};
    QCommandLineOption m_otlpOption{QStringLiteral("otlp"),
                                    tr("Write the spans as OTLP/JSON to this file ('-' for stdout)."),
                                    tr("file")};
    QCommandLineOption m_endpointOption{
        QStringLiteral("otlp-endpoint"),
        tr("POST the spans as OTLP/JSON to this collector URL (e.g. http://127.0.0.1:4318/v1/traces)."),
        tr("url")};
};

} // namespace Stratus::Cli
