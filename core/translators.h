#pragma once

#include <QLocale>
#include <QString>

namespace Stratus {

// Installs the translations of the application for locale, each when one matches its UI
// languages (QLocale::uiLanguages(): on Unix, LANGUAGE, then LC_ALL, LC_MESSAGES, LANG):
// the application's own, embedded as :/i18n/CATALOG_LANG.qm, and Qt's own strings
// (qtbase_LANG.qm from Qt's translations folder, e.g. QCommandLineParser's). English is the
// source language and needs none. The translators belong to the application object, which
// must exist.
void installTranslators(const QString &catalog, const QLocale &locale = QLocale());

} // namespace Stratus
