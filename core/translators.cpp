#include "translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Stratus {

namespace {

// The help options' descriptions, which QCommandLineParser translates in its own context: Qt's
// catalog (qtbase_LANG.qm) has them under older wordings only, so each application's catalog
// carries them (this file is in the sources of every lupdate target).
[[maybe_unused]] const char *const QtHelpOptionTexts[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
};

void install(const QLocale &locale, const QString &catalog, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, catalog, QStringLiteral("_"), folder))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

void installTranslators(const QString &catalog, const QLocale &locale)
{
    install(locale, catalog, QStringLiteral(":/i18n"));
    install(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

} // namespace Stratus
