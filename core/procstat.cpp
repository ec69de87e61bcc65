#include "procstat.h"

#include <QFile>

namespace Stratus {

QList<QByteArray> procStatFields(qint64 pid)
{
    if (pid <= 0)
        return {};
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return {};
    const QByteArray line = stat.read(1024); // a few hundred bytes at most
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return {};
    return line.mid(close + 2).split(' ');
}

} // namespace Stratus
