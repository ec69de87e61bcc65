#include "jsonlocator.h"

#include <QFile>

namespace Stratus {

JsonLocator::JsonLocator(const QByteArray &text) : m_text(text)
{
    parseValue(QString());
}

int JsonLocator::lineOf(const QString &path) const
{
    QString p = path;
    while (true) {
        if (auto it = m_lines.constFind(p); it != m_lines.cend())
            return *it;
        if (p.isEmpty())
            return 0;
        const qsizetype cut = std::max(p.lastIndexOf(QLatin1Char('.')), p.lastIndexOf(QLatin1Char('[')));
        p = cut < 0 ? QString() : p.left(cut);
    }
}

std::pair<int, int> JsonLocator::lineColumn(const QByteArray &text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < std::min(offset, text.size()); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

void JsonLocator::skipSpace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c == '\n')
            ++m_line;
        else if (c != ' ' && c != '\t' && c != '\r')
            return;
        ++m_pos;
    }
}

void JsonLocator::skipString()
{
    ++m_pos; // opening quote
    while (m_pos < m_text.size() && m_text[m_pos] != '"') {
        if (m_text[m_pos] == '\\')
            ++m_pos;
        ++m_pos;
    }
    ++m_pos;
}

// Only valid JSON reaches here (the parser ran first), so the scanner can be forgiving.
void JsonLocator::parseValue(const QString &path)
{
    skipSpace();
    if (m_pos >= m_text.size())
        return;
    m_lines.insert(path, m_line);
    const char c = m_text[m_pos];
    if (c == '{') {
        ++m_pos;
        while (true) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] == '}') {
                ++m_pos;
                return;
            }
            if (m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            const qsizetype keyStart = m_pos + 1;
            skipString();
            const QString key = QString::fromUtf8(m_text.mid(keyStart, m_pos - keyStart - 1));
            skipSpace();
            ++m_pos; // ':'
            parseValue(path.isEmpty() ? key : path + QLatin1Char('.') + key);
        }
    } else if (c == '[') {
        ++m_pos;
        int index = 0;
        while (true) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] == ']') {
                ++m_pos;
                return;
            }
            if (m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            parseValue(QStringLiteral("%1[%2]").arg(path).arg(index++));
        }
    } else if (c == '"') {
        skipString();
    } else {
        while (m_pos < m_text.size() && !QByteArrayView(",}] \t\r\n").contains(m_text[m_pos]))
            ++m_pos;
    }
}

Result<QByteArray> JsonLocator::readFile(const QString &filePath)
{
    QFile file(filePath);
    if (!file.exists())
        return makeError(tr("%1: no such file").arg(filePath));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("%1: cannot read: %2").arg(filePath, file.errorString()));
    return file.readAll();
}

Result<QJsonDocument> JsonLocator::parse(const QByteArray &text, const QString &filePath)
{
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return doc;
    const auto [line, column] = lineColumn(text, parseError.offset);
    return makeError(
        tr("%1:%2:%3: not valid JSON: %4").arg(filePath).arg(line).arg(column).arg(parseError.errorString()));
}

} // namespace Stratus
