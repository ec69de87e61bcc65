#include "manifesteditor.h"

#include "sourcefile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <optional>

namespace Stratus {

namespace {

struct ArraySpan
{
    qsizetype open = -1;  // the '['
    qsizetype close = -1; // the matching ']'
    qsizetype keyLineStart = 0;
};

// Finds the top-level "functions" array by a scan that skips strings, so a description
// mentioning "functions" or holding brackets cannot mislead it.
std::optional<ArraySpan> findFunctionsArray(const QByteArray &text)
{
    int depth = 0;
    ArraySpan span;
    bool expectArray = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '"') {
            const qsizetype start = i;
            for (++i; i < text.size() && text.at(i) != '"'; ++i)
                if (text.at(i) == '\\')
                    ++i;
            if (depth == 1 && span.open < 0 && text.mid(start, i - start + 1) == "\"functions\"") {
                expectArray = true;
                span.keyLineStart = text.lastIndexOf('\n', start) + 1;
            }
            continue;
        }
        if (c == '{' || c == '[') {
            if (expectArray && c == '[' && depth == 1)
                span.open = i;
            expectArray = false;
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
            if (c == ']' && depth == 1 && span.open >= 0 && span.close < 0) {
                span.close = i;
                return span;
            }
        } else if (c == ',') {
            expectArray = false;
        }
    }
    return std::nullopt;
}

QByteArray compactJson(const QJsonValue &value)
{
    // QJsonDocument only holds arrays and objects: wrap, then unwrap.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace

Result<QByteArray> ManifestEditor::withFunction(const QByteArray &text, const QString &filePath,
                                                const QList<QPair<QString, QJsonValue>> &entry)
{
    const auto span = findFunctionsArray(text);
    if (!span)
        return makeError(
            tr("%1: has no \"functions\" array to add to.").arg(QDir::toNativeSeparators(filePath)));

    qsizetype indentEnd = span->keyLineStart;
    while (indentEnd < text.size() && (text.at(indentEnd) == ' ' || text.at(indentEnd) == '\t'))
        ++indentEnd;
    const QByteArray outer = text.mid(span->keyLineStart, indentEnd - span->keyLineStart);
    const QByteArray item = outer + "  ";
    const QByteArray field = item + "  ";

    QByteArray object = item + "{\n";
    for (qsizetype i = 0; i < entry.size(); ++i) {
        object += field + compactJson(entry[i].first) + ": " + compactJson(entry[i].second);
        object += i + 1 < entry.size() ? ",\n" : "\n";
    }
    object += item + "}";

    // Insert after the last element (or into the empty array), keeping the closing bracket's line.
    const bool empty = text.mid(span->open + 1, span->close - span->open - 1).trimmed().isEmpty();
    qsizetype insertAt = span->close;
    while (insertAt > span->open + 1 && QChar::isSpace(uchar(text.at(insertAt - 1))))
        --insertAt;
    QByteArray result = text.left(insertAt);
    result += empty ? QByteArray("\n") : QByteArray(",\n");
    result += object + "\n" + outer + text.mid(span->close);

    auto parsed = Manifest::parse(result, filePath);
    if (!parsed)
        return makeError(
            tr("The manifest would not be valid with this function:\n%1").arg(parsed.errorMessage()));
    return result;
}

Result<QString> ManifestEditor::createFunction(const QString &projectDir,
                                               FunctionTemplates::Language language, const QString &name,
                                               FunctionSpec::Mode mode)
{
    const QDir project(projectDir);
    const QString manifestPath = project.filePath(QLatin1String(Manifest::FileName));
    const QString sourcePath = project.filePath(FunctionTemplates::sourcePath(language, name));
    if (QFileInfo::exists(sourcePath))
        return makeError(tr("%1 already exists.").arg(QDir::toNativeSeparators(sourcePath)));
    auto text = SourceFile::read(manifestPath);
    if (!text)
        return text.error();
    auto updated = withFunction(*text, manifestPath, FunctionTemplates::entry(language, name, mode));
    if (!updated)
        return updated.error();
    // The source first: a manifest naming a missing file would break the next cluster start.
    if (Status written = SourceFile::write(sourcePath, FunctionTemplates::source(language, name)); !written)
        return written.error();
    if (Status written = SourceFile::write(manifestPath, *updated); !written) {
        QFile::remove(sourcePath);
        return written.error();
    }
    return sourcePath;
}

QStringList ManifestEditor::functionsUsing(const Manifest &manifest, const QString &path)
{
    const QString target = QFileInfo(path).canonicalFilePath();
    QStringList names;
    for (const FunctionSpec &function : manifest.functions) {
        const QDir workDir(function.workingDir.isEmpty() ? manifest.projectDir : function.workingDir);
        const QString relative = workDir.relativeFilePath(target);
        for (const QString &arg : function.args) {
            // A plain path argument, or a command line (sh -c) that mentions the file.
            if (QFileInfo(workDir.filePath(arg)).canonicalFilePath() == target || arg.contains(relative)) {
                names << function.name;
                break;
            }
        }
    }
    return names;
}

QString ManifestEditor::sourceFileOf(const QJsonObject &function, const QString &projectDir)
{
    const QString workdir = function.value(QStringLiteral("workdir")).toString();
    const QDir base(workdir.isEmpty() ? projectDir : QDir(projectDir).absoluteFilePath(workdir));
    const QJsonArray args = function.value(QStringLiteral("args")).toArray();
    for (const QJsonValue &arg : args) {
        const QFileInfo file(base.filePath(arg.toString()));
        if (!arg.toString().isEmpty() && file.isFile())
            return file.absoluteFilePath();
    }
    // A command line (the C++ template's sh -c) names its source among other words.
    for (const QJsonValue &arg : args) {
        static const QRegularExpression word(QStringLiteral("[\\w./-]+\\.(?:py|js|sh|cpp|cc)\\b"));
        for (auto it = word.globalMatch(arg.toString()); it.hasNext();) {
            const QFileInfo file(base.filePath(it.next().captured()));
            if (file.isFile())
                return file.absoluteFilePath();
        }
    }
    return {};
}

} // namespace Stratus
