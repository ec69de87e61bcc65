// stratus-workbench [PROJECT_DIR]: the window over a project and its local cluster.

#include "mainwindow.h"
#include "theme.h"
#include "translators.h"
#include "workbenchsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace {

// The bundled example: installed beside the binary's share/ folder, or the source tree's
// during development.
QString bundledExample()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates{
        qEnvironmentVariable("STRATUS_EXAMPLE_DIR"),
        QDir(appDir).filePath(QStringLiteral("../share/stratus/examples/basic")),
        QStringLiteral(STRATUS_SOURCE_DIR "/resources/examples/basic"),
    };
    for (const QString &dir : candidates) {
        if (!dir.isEmpty() && QFileInfo::exists(QDir(dir).filePath(QStringLiteral("stratus.json"))))
            return QDir(dir).absolutePath();
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Stratus"));
    QApplication::setApplicationName(QStringLiteral("Workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("Stratus Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(STRATUS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("stratus-workbench"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/stratus.svg")));

    const Stratus::WorkbenchSettings settings = Stratus::WorkbenchSettings::load();
    // The settings' language, else the system's.
    const QLocale locale = settings.language.isEmpty() ? QLocale::system() : QLocale(settings.language);
    QLocale::setDefault(locale);
    Stratus::installTranslators(QStringLiteral("stratus"), locale);
    Stratus::applyTheme(settings.theme);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "A workbench for serverless functions on NATS."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("PROJECT_DIR"),
        QApplication::translate("main", "The project to open (default: the bundled example)."));
    parser.process(app);

    Stratus::MainWindow::Options options;
    options.templateDir = bundledExample();
    options.supervisor.natsServer = settings.brokerBinary;
    Stratus::MainWindow window(settings, options);
    const QString project = parser.positionalArguments().value(0, options.templateDir);
    if (!project.isEmpty()) {
        if (Stratus::Status opened = window.openProject(project); !opened) {
            qCritical("%s", qPrintable(opened.errorMessage()));
            return 2;
        }
    }
    window.show();
    return app.exec();
}
