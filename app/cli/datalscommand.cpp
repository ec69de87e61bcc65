#include "datalscommand.h"

#include "datastoreclient.h"
#include "statusreport.h"

#include <QDateTime>

namespace Stratus::Cli {

QString DataLsCommand::summary() const
{
    return tr("List the datastore's runs, or the objects of one run.");
}

void DataLsCommand::configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Without RUN, lists the live runs of the running cluster's datastore (registered, TTL\n"
           "not passed) with the time they have left; with RUN, the run's objects (name, size in\n"
           "bytes, persisted or not).\n") +
        serviceExitCodes());
    parser.addPositionalArgument(QStringLiteral("run"), tr("A run id (default: list the runs)."),
                                 QStringLiteral("[run]"));
    parser.addOptions({projectOption()});
}

int DataLsCommand::execute(const QCommandLineParser &parser)
{
    const QString run = parser.positionalArguments().value(0);
    return withRunningCluster(parser, [&](const QString &natsUrl) {
        const auto datastore = DatastoreClient::connect(natsUrl);
        if (!datastore)
            return fail(NotRunning, datastore.errorMessage());
        QList<QStringList> rows;
        if (run.isEmpty()) {
            const auto runs = datastore->runs();
            if (!runs)
                return fail(Failure, runs.errorMessage());
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            rows << QStringList{tr("RUN"), tr("TTL MS"), tr("EXPIRES IN MS")};
            for (const DatastoreClient::Run &r : std::as_const(*runs))
                rows << QStringList{r.id, QString::number(r.ttlMs),
                                    QString::number(std::max<qint64>(0, r.expiresMs - now))};
        } else {
            const auto objects = datastore->enumerate(run);
            if (!objects)
                return fail(Failure, objects.errorMessage());
            rows << QStringList{tr("OBJECT"), tr("SIZE"), tr("PERSIST")};
            for (const DatastoreClient::ObjectInfo &o : std::as_const(*objects))
                rows << QStringList{o.name, QString::number(o.size), o.persist ? tr("yes") : tr("no")};
        }
        if (rows.size() == 1)
            print(run.isEmpty() ? tr("No runs.") : tr("No objects in run %1.").arg(run));
        else
            print(StatusReport::table(rows));
        return int(Success);
    });
}

} // namespace Stratus::Cli
