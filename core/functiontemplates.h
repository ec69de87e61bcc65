#pragma once

#include "functionspec.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace Stratus {

// The starting points of File > New Function: a source file using the helper library of its
// language (resources/sdk, docs/sdk.md) and the manifest entry that runs it. One source serves
// both modes, so the mode only changes the entry.
class FunctionTemplates
{
public:
    enum class Language { Python, Node, Shell, Cpp };

    static QList<Language> languages()
    {
        return {Language::Python, Language::Node, Language::Shell, Language::Cpp};
    }
    static QString displayName(Language language); // "Python", "Node.js", "Shell (bash)", "C++"
    // Relative to the project: functions/NAME.py and so on.
    static QString sourcePath(Language language, const QString &name);
    static QByteArray source(Language language, const QString &name);
    // The manifest entry in the order a person would write it (QJsonObject would sort keys).
    static QList<QPair<QString, QJsonValue>> entry(Language language, const QString &name,
                                                   FunctionSpec::Mode mode);
};

} // namespace Stratus
