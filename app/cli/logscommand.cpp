#include "logscommand.h"

#include "signalwatcher.h"

#include <QCollator>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

namespace Stratus::Cli {

namespace {

constexpr int FollowIntervalMs = 200;

QStringList logFiles(const QString &logDir, const QString &function)
{
    QStringList files =
        QDir(logDir).entryList({QStringLiteral("invoker.%1.*.log").arg(function)}, QDir::Files, QDir::Name);
    QCollator numeric; // replica 10 after replica 9
    numeric.setNumericMode(true);
    std::sort(files.begin(), files.end(), numeric);
    return files;
}

} // namespace

QString LogsCommand::summary() const
{
    return tr("Print the logs of a function's invokers (--follow to keep printing).");
}

void LogsCommand::configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Prints what the invoker replicas of FUNCTION wrote (their own log and their function\n"
           "processes' stderr), from PROJECT/.stratus/logs/invoker.FUNCTION.N.log, each line prefixed\n"
           "with the replica's process id. Works whether or not the cluster is running."));
    parser.addPositionalArgument(QStringLiteral("function"), tr("The function's name in the manifest."));
    parser.addOptions({projectOption(), m_followOption});
}

int LogsCommand::execute(const QCommandLineParser &parser)
{
    const QString function = parser.positionalArguments().constFirst();
    const auto where = location(parser);
    if (!where) {
        printError(where.errorMessage());
        return Failure;
    }
    // A missing function is worth saying; a broken manifest should not hide existing logs.
    if (const auto manifest = where->manifest(); manifest && !manifest->function(function)) {
        printError(tr("%1 declares no function \"%2\"").arg(manifest->filePath, function));
        return Failure;
    }
    const QString logDir = where->stateDir + QStringLiteral("/logs");
    const bool follow = parser.isSet(m_followOption);
    if (!follow && logFiles(logDir, function).isEmpty()) {
        printError(tr("no logs of %1 yet (looked for %2/invoker.%1.*.log)").arg(function, logDir));
        return Failure;
    }
    printNewLines(logDir, function, !follow);
    if (!follow)
        return Success;

    SignalWatcher signalWatcher;
    QEventLoop loop;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] { printNewLines(logDir, function, false); });
    connect(&signalWatcher, &SignalWatcher::signalReceived, &loop, [&loop] { loop.exit(Success); });
    poll.start(FollowIntervalMs);
    return loop.exec();
}

void LogsCommand::printNewLines(const QString &logDir, const QString &function, bool flushPartial)
{
    for (const QString &name : logFiles(logDir, function)) {
        QFile file(QDir(logDir).absoluteFilePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        FileCursor &cursor = m_cursors[name];
        if (file.size() < cursor.offset) // the file was replaced: start over
            cursor = FileCursor{};
        if (file.size() == cursor.offset || !file.seek(cursor.offset))
            continue;
        QByteArray data = cursor.partial + file.readAll();
        cursor.offset = file.pos();
        if (flushPartial && !data.endsWith('\n'))
            data += '\n';
        const qsizetype end = data.lastIndexOf('\n');
        cursor.partial = data.mid(end + 1);
        if (end < 0)
            continue;
        const QString prefix = name.chopped(4) + QStringLiteral(" | "); // without ".log"
        for (const QByteArray &line : data.left(end).split('\n'))
            print(prefix + QString::fromUtf8(line));
    }
}

} // namespace Stratus::Cli
