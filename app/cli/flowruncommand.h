#pragma once

#include "invokecommand.h"

#include <memory>

namespace Stratus::Cli {

// stratus flow run FLOW: one request on the flow's trigger; with --trace, its node timings.
class FlowRunCommand : public InvokeCommand
{
    Q_OBJECT
public:
    using InvokeCommand::InvokeCommand;
    ~FlowRunCommand() override;
    QString name() const override { return QStringLiteral("flow run"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    QStringList positionalNames() const override { return {QStringLiteral("flow")}; }
    Result<Target> target(const Manifest &manifest, const QString &name) const override;
    Status beforeRequest(const NatsClient &client, const QCommandLineParser &parser) override;
    void afterReply(const NatsClient &client, const NatsReply &reply,
                    const QCommandLineParser &parser) override;

private:
    QCommandLineOption m_traceOption{QStringLiteral("trace"),
                                     tr("Also print the run's node timings (on stderr) once it ends.")};
    NatsSubscriptionPtr m_traces;
};

} // namespace Stratus::Cli
