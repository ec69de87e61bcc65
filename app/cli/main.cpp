// stratus: the command line of Stratus Workbench (docs/cli.md).

#include "cli.h"
#include "translators.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stratus"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STRATUS_VERSION));
    // Italian or Spanish as the terminal asks (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); else English.
    Stratus::installTranslators(QStringLiteral("stratus_cli"));
    Stratus::Cli::Cli cli;
    return cli.run(QCoreApplication::arguments().mid(1));
}
