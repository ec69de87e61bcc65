#pragma once

#include "command.h"

namespace Stratus::Cli {

// stratus cluster down: asks the project's supervisor to stop (SIGTERM) and waits until it
// and every process it listed are gone.
class ClusterDownCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("cluster down"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;

private:
    QCommandLineOption m_timeoutOption{QStringLiteral("timeout"),
                                       tr("How long to wait for a clean stop before killing the supervisor "
                                          "(SIGKILL; its children die with it)."),
                                       tr("ms"), QStringLiteral("30000")};
};

} // namespace Stratus::Cli
