#pragma once

#include "command.h"

#include <QHash>

namespace Stratus::Cli {

// stratus logs FUNCTION: what the function's invoker replicas wrote (.stratus/logs/), each
// line prefixed with its replica's process id; --follow keeps printing new lines.
class LogsCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("logs"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
    QStringList positionalNames() const override { return {QStringLiteral("function")}; }

private:
    // Prints what was appended to the function's log files since the last call; an unfinished
    // last line waits for its end unless flushPartial.
    void printNewLines(const QString &logDir, const QString &function, bool flushPartial);

    struct FileCursor
    {
        qint64 offset = 0;
        QByteArray partial; // an unfinished last line, printed once complete
    };
    QHash<QString, FileCursor> m_cursors;

    QCommandLineOption m_followOption{{QStringLiteral("f"), QStringLiteral("follow")},
                                      tr("Keep printing new lines (also of replicas that start later) until "
                                         "Ctrl-C.")};
};

} // namespace Stratus::Cli
