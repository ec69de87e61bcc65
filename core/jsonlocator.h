#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QString>

namespace Stratus {

// QJsonDocument forgets where things were; error messages should not. JsonLocator
// scans the raw text once and remembers the line of every value by its path
// ("functions[2].timeoutMs"), so a manifest or flow error can point at a line.
class JsonLocator
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::JsonLocator)

public:
    explicit JsonLocator(const QByteArray &text);

    // 1-based line of the value at path; for a missing key, the line of the
    // closest enclosing value; 0 when nothing is known.
    int lineOf(const QString &path) const;

    // 1-based line and column of a byte offset (for QJsonParseError::offset).
    static std::pair<int, int> lineColumn(const QByteArray &text, qsizetype offset);

    // A file's text, or "FILE: no such file" / "FILE: cannot read: why".
    static Result<QByteArray> readFile(const QString &filePath);
    // The document, or "FILE:LINE:COLUMN: not valid JSON: why".
    static Result<QJsonDocument> parse(const QByteArray &text, const QString &filePath);

private:
    void parseValue(const QString &path);
    void skipSpace();
    void skipString();

    const QByteArray &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    QHash<QString, int> m_lines;
};

} // namespace Stratus
