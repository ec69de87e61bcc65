#pragma once

#include "syntaxrules.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Stratus {

// Colours a source with the rule table of its language (core/syntaxrules.h).
class SourceHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    SourceHighlighter(SyntaxRules::Language language, QTextDocument *document);
    SyntaxRules::Language language() const { return m_language; }
    // The format a category is drawn with; public so tests can check what a user sees.
    static QTextCharFormat format(SyntaxRules::Category category);

protected:
    void highlightBlock(const QString &text) override;

private:
    SyntaxRules::Language m_language;
    QRegularExpression m_blockStart;
    QRegularExpression m_blockEnd;
};

} // namespace Stratus
