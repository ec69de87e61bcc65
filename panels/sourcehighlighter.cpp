#include "sourcehighlighter.h"

#include <QColor>

namespace Stratus {

SourceHighlighter::SourceHighlighter(SyntaxRules::Language language, QTextDocument *document)
    : QSyntaxHighlighter(document), m_language(language),
      m_blockStart(SyntaxRules::blockCommentStart(language)),
      m_blockEnd(SyntaxRules::blockCommentEnd(language))
{
}

QTextCharFormat SourceHighlighter::format(SyntaxRules::Category category)
{
    // Mid-tone colours that read on the light and the dark theme alike.
    QTextCharFormat format;
    switch (category) {
    case SyntaxRules::Category::Keyword:
        format.setForeground(QColor(0x3b, 0x7d, 0xd8));
        format.setFontWeight(QFont::Bold);
        break;
    case SyntaxRules::Category::Number:
        format.setForeground(QColor(0xc0, 0x6c, 0x00));
        break;
    case SyntaxRules::Category::String:
        format.setForeground(QColor(0x2e, 0x9a, 0x4e));
        break;
    case SyntaxRules::Category::Comment:
        format.setForeground(QColor(0x8a, 0x8a, 0x8a));
        format.setFontItalic(true);
        break;
    }
    return format;
}

void SourceHighlighter::highlightBlock(const QString &text)
{
    for (const SyntaxRules::Rule &rule : SyntaxRules::rules(m_language)) {
        const QTextCharFormat ruleFormat = format(rule.category);
        for (auto it = rule.pattern.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            setFormat(int(match.capturedStart()), int(match.capturedLength()), ruleFormat);
        }
    }
    if (!m_blockStart.isValid() || m_blockStart.pattern().isEmpty())
        return;
    // Block state 1: this line ends inside a /* */ comment.
    setCurrentBlockState(0);
    const QTextCharFormat comment = format(SyntaxRules::Category::Comment);
    qsizetype start = previousBlockState() == 1 ? 0 : text.indexOf(m_blockStart);
    while (start >= 0) {
        const QRegularExpressionMatch end =
            m_blockEnd.match(text, start + (previousBlockState() == 1 && start == 0 ? 0 : 2));
        qsizetype length;
        if (end.hasMatch()) {
            length = end.capturedEnd() - start;
        } else {
            setCurrentBlockState(1);
            length = text.size() - start;
        }
        setFormat(int(start), int(length), comment);
        start = text.indexOf(m_blockStart, start + length);
    }
}

} // namespace Stratus
