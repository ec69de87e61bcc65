#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace Stratus {

// What the source editor colours, per language: one small rule table each, built from the
// same four kinds of rule, so adding a language is a keyword list and a comment marker.
// Widget-free: panels/sourcehighlighter.* turns categories into formats.
class SyntaxRules
{
public:
    enum class Language { PlainText, Python, JavaScript, Shell, Cpp };
    enum class Category { Keyword, Number, String, Comment };

    struct Rule
    {
        QRegularExpression pattern;
        Category category;
    };

    // By extension (.py, .js/.mjs/.cjs, .sh/.bash, .cpp/.cc/.cxx/.h/.hpp); PlainText otherwise.
    static Language languageForFile(const QString &path);
    // Applied in order; a later match wins where two overlap (comments and strings last).
    static const QList<Rule> &rules(Language language);
    // Block comments (/* */) span lines, which a per-line rule cannot follow; empty for none.
    static QRegularExpression blockCommentStart(Language language);
    static QRegularExpression blockCommentEnd(Language language);
};

} // namespace Stratus
