#pragma once

#include "command.h"

namespace Stratus::Cli {

// stratus events ls: the recorded events, newest first (docs/debugger.md).
class EventsLsCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("events ls"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;

private:
    QCommandLineOption m_functionOption{QStringLiteral("function"), tr("Only this function's invocations."),
                                        tr("name")};
    QCommandLineOption m_flowOption{QStringLiteral("flow"), tr("Only this flow's runs."), tr("name")};
    QCommandLineOption m_statusOption{QStringLiteral("status"),
                                      tr("Only events with this status (ok, function-error, ...)."),
                                      tr("status")};
    QCommandLineOption m_textOption{QStringLiteral("text"),
                                    tr("Only events whose record contains this text."), tr("text")};
    QCommandLineOption m_limitOption{QStringLiteral("limit"), tr("At most this many (default 50)."), tr("n"),
                                     QStringLiteral("50")};
    QCommandLineOption m_beforeOption{QStringLiteral("before"),
                                      tr("Only events older than this one (paging)."), tr("event")};
    QCommandLineOption m_jsonOption{QStringLiteral("json"),
                                    tr("One JSON record per line, with its event id.")};
};

} // namespace Stratus::Cli
