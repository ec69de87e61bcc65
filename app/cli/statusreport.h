#pragma once

#include "clusterstate.h"

#include <QCoreApplication>
#include <QString>

namespace Stratus::Cli {

// The human-readable form of a cluster.json, shared by `cluster status` and `cluster up --detach`.
class StatusReport
{
    Q_DECLARE_TR_FUNCTIONS(StatusReport)
public:
    static QString text(const ClusterState &state);
    // Rows of cells as left-aligned columns two spaces apart; the first row is the header.
    static QString table(const QList<QStringList> &rows);
    // Why there is no running cluster, given what is (or is not) in the state folder.
    static QString notRunning(const QString &projectDir, const Result<ClusterState> &state);
};

} // namespace Stratus::Cli
