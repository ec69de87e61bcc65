#include "datagetcommand.h"

#include "datastoreclient.h"

#include <cstdio>

namespace Stratus::Cli {

QString DataGetCommand::summary() const
{
    return tr("Print an object of a datastore run.");
}

void DataGetCommand::configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Writes the object KEY of run RUN in the running cluster's datastore to stdout, as is\n"
           "(no newline added; values of any size). The object is not consumed.\n") +
        serviceExitCodes(tr("no such object: the message says so")));
    parser.addPositionalArgument(QStringLiteral("run"), tr("The run id."));
    parser.addPositionalArgument(QStringLiteral("key"), tr("The object's name."));
    parser.addOptions({projectOption()});
}

int DataGetCommand::execute(const QCommandLineParser &parser)
{
    const QString run = parser.positionalArguments().at(0);
    const QString key = parser.positionalArguments().at(1);
    return withRunningCluster(parser, [&](const QString &natsUrl) {
        const auto datastore = DatastoreClient::connect(natsUrl);
        if (!datastore)
            return fail(NotRunning, datastore.errorMessage());
        const auto value = datastore->get(run, key);
        if (!value)
            return fail(Failure, value.errorMessage());
        if (!*value)
            return fail(Failure, tr("run %1 has no object \"%2\" (see stratus data ls %1)").arg(run, key));
        std::fwrite((*value)->constData(), 1, size_t((*value)->size()), stdout);
        std::fflush(stdout);
        return int(Success);
    });
}

} // namespace Stratus::Cli
