#pragma once

#include <QByteArray>
#include <QList>

namespace Stratus {

// The fields of /proc/PID/stat after the command name, which may hold spaces and parentheses:
// [0] is the state (field 3 of proc(5)), [1] the parent's PID, [11] and [12] utime and stime
// in clock ticks, [19] the start time. Empty when the process is gone (or not on Linux).
// One small read from procfs (kernel memory, no disk).
QList<QByteArray> procStatFields(qint64 pid);

} // namespace Stratus
