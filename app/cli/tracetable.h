#pragma once

#include "flowspan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Stratus::Cli {

// A flow run's spans as text for a terminal: the run, then one line per node in start order
// with its offset from the run's start and its duration.
class TraceTable
{
    Q_DECLARE_TR_FUNCTIONS(TraceTable)
public:
    static QString format(const QList<FlowSpan> &spans);
};

} // namespace Stratus::Cli
