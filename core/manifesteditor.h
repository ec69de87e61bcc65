#pragma once

#include "functiontemplates.h"
#include "manifest.h"
#include "result.h"

#include <QCoreApplication>

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Stratus {

// Changes to stratus.json made by the workbench. The text is edited in place, not
// re-serialised, so the file's other content (key order, comments-as-descriptions, spacing)
// stays as its author wrote it; every result is checked with Manifest::parse before it is
// written, and refused with the parser's message otherwise.
class ManifestEditor
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::ManifestEditor)

public:
    // text with entry appended to its "functions" array, validated.
    static Result<QByteArray> withFunction(const QByteArray &text, const QString &filePath,
                                           const QList<QPair<QString, QJsonValue>> &entry);

    // Writes the template's source under functions/ and adds its entry to PROJECT/stratus.json.
    // Refuses an existing source file, a name the manifest already has, an invalid result.
    // Returns the source's absolute path. Blocking (disk): run it off the GUI thread.
    static Result<QString> createFunction(const QString &projectDir, FunctionTemplates::Language language,
                                          const QString &name, FunctionSpec::Mode mode);

    // The functions whose arguments name the file at path: the ones to restart after it changes.
    static QStringList functionsUsing(const Manifest &manifest, const QString &path);
    // The source a function entry (FunctionSpec::toJson() shape) runs: its first argument that
    // is an existing file under its workdir, else under projectDir; empty when there is none.
    static QString sourceFileOf(const QJsonObject &function, const QString &projectDir);
};

} // namespace Stratus
