#include "logmodel.h"

#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>

namespace Stratus {

Q_LOGGING_CATEGORY(lcLogModel, "stratus.models.logs", QtWarningMsg)

LogModel::LogModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_batchTimer.setInterval(50);
    m_batchTimer.setSingleShot(true);
    connect(&m_batchTimer, &QTimer::timeout, this, &LogModel::flush);
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

LogModel::Level LogModel::detectLevel(QStringView line)
{
    // Upper-case words only: "0 errors" in a message is not an error line. The three-letter
    // forms are nats-server's ("[INF]", "[WRN]", "[ERR]", "[DBG]", "[FTL]").
    static const QRegularExpression words(
        QStringLiteral("\\b(FATAL|FTL|CRITICAL|ERROR|ERR|WARNING|WARN|WRN|INFO|INF|DEBUG|DBG|TRACE|TRC)\\b"));
    const QRegularExpressionMatch m = words.match(line);
    if (!m.hasMatch())
        return Level::Info; // most processes log everything on stderr: that alone is no warning
    const QStringView word = m.capturedView(1);
    if (word.startsWith(u'F') || word.startsWith(u'C') || word.startsWith(u'E'))
        return Level::Error;
    if (word.startsWith(u'W'))
        return Level::Warning;
    if (word.startsWith(u'I'))
        return Level::Info;
    return Level::Debug;
}

QString LogModel::levelKey(Level level)
{
    switch (level) {
    case Level::Debug:
        return QStringLiteral("debug");
    case Level::Info:
        return QStringLiteral("info");
    case Level::Warning:
        return QStringLiteral("warning");
    case Level::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString LogModel::levelName(Level level)
{
    switch (level) {
    case Level::Debug:
        return tr("DEBUG");
    case Level::Info:
        return tr("INFO");
    case Level::Warning:
        return tr("WARN");
    case Level::Error:
        return tr("ERROR");
    }
    return {};
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry &e = m_entries.at(index.row());
    if (role == StderrRole)
        return e.isStderr;
    if (role == FilterKeyRole) {
        switch (index.column()) {
        case ProcessColumn:
            return e.processId;
        case LevelColumn:
            return levelKey(e.level);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return e.time.toString(QStringLiteral("HH:mm:ss.zzz"));
    case ProcessColumn:
        return e.processId;
    case LevelColumn:
        return levelName(e.level);
    case MessageColumn:
        return e.text;
    }
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ProcessColumn:
        return tr("Process");
    case LevelColumn:
        return tr("Level");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

void LogModel::append(const QString &processId, bool isStderr, const QString &line)
{
    m_pending.append(Entry{QDateTime::currentDateTime(), processId, line, detectLevel(line), isStderr});
    // Bounded even when nothing drains: a burst larger than the buffer keeps its newest lines.
    if (m_pending.size() > m_capacity)
        m_pending.remove(0, m_pending.size() - m_capacity);
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void LogModel::flush()
{
    if (m_pending.isEmpty())
        return;
    QList<Entry> batch;
    batch.swap(m_pending);
    const qsizetype overflow = m_entries.size() + batch.size() - m_capacity;
    if (overflow > 0) {
        const qsizetype drop = std::min(overflow, m_entries.size());
        if (drop > 0) {
            beginRemoveRows({}, 0, int(drop) - 1);
            m_entries.remove(0, drop); // QList drops from the front without moving the rest
            endRemoveRows();
        }
    }
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(batch.size()) - 1);
    for (Entry &e : batch) {
        if (!m_processes.contains(e.processId)) {
            m_processes.insert(e.processId);
            emit processSeen(e.processId);
        }
        m_entries.append(std::move(e));
    }
    endInsertRows();
    qCDebug(lcLogModel) << "appended" << batch.size() << "lines, now" << m_entries.size();
}

void LogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_pending.clear();
    endResetModel();
}

void LogModel::setCapacity(qsizetype lines)
{
    m_capacity = std::max<qsizetype>(1, lines);
    if (m_entries.size() > m_capacity) {
        beginRemoveRows({}, 0, int(m_entries.size() - m_capacity) - 1);
        m_entries.remove(0, m_entries.size() - m_capacity);
        endRemoveRows();
    }
}

QString LogModel::formatLine(int row) const
{
    const Entry &e = m_entries.at(row);
    return QStringLiteral("%1 %2 %3 %4")
        .arg(e.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")), e.processId,
             levelKey(e.level).toUpper(), e.text);
}

QStringList LogModel::processIds() const
{
    QStringList ids(m_processes.cbegin(), m_processes.cend());
    ids.sort();
    return ids;
}

} // namespace Stratus
