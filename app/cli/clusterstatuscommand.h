#pragma once

#include "command.h"

namespace Stratus::Cli {

// stratus cluster status: what cluster.json says, checked against the processes that exist.
class ClusterStatusCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("cluster status"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;

private:
    QCommandLineOption m_jsonOption{QStringLiteral("json"),
                                    tr("Print cluster.json, plus \"running\": true/false.")};
};

} // namespace Stratus::Cli
