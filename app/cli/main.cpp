// stratus: the command line of Stratus Workbench (docs/cli.md).

#include "cli.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stratus"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STRATUS_VERSION));
    Stratus::Cli::Cli cli;
    return cli.run(QCoreApplication::arguments().mid(1));
}
