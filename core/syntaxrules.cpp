#include "syntaxrules.h"

#include <QFileInfo>
#include <QHash>

namespace Stratus {

namespace {

struct LanguageTable
{
    QStringList keywords;
    QString lineComment; // a regular expression for the marker
    bool blockComments = false;
};

LanguageTable tableOf(SyntaxRules::Language language)
{
    using L = SyntaxRules::Language;
    switch (language) {
    case L::Python:
        return {{QStringLiteral("and"),    QStringLiteral("as"),       QStringLiteral("assert"),
                 QStringLiteral("async"),  QStringLiteral("await"),    QStringLiteral("break"),
                 QStringLiteral("class"),  QStringLiteral("continue"), QStringLiteral("def"),
                 QStringLiteral("del"),    QStringLiteral("elif"),     QStringLiteral("else"),
                 QStringLiteral("except"), QStringLiteral("False"),    QStringLiteral("finally"),
                 QStringLiteral("for"),    QStringLiteral("from"),     QStringLiteral("global"),
                 QStringLiteral("if"),     QStringLiteral("import"),   QStringLiteral("in"),
                 QStringLiteral("is"),     QStringLiteral("lambda"),   QStringLiteral("None"),
                 QStringLiteral("not"),    QStringLiteral("or"),       QStringLiteral("pass"),
                 QStringLiteral("raise"),  QStringLiteral("return"),   QStringLiteral("True"),
                 QStringLiteral("try"),    QStringLiteral("while"),    QStringLiteral("with"),
                 QStringLiteral("yield")},
                QStringLiteral("#"),
                false};
    case L::JavaScript:
        return {{QStringLiteral("async"),      QStringLiteral("await"),     QStringLiteral("break"),
                 QStringLiteral("case"),       QStringLiteral("catch"),     QStringLiteral("class"),
                 QStringLiteral("const"),      QStringLiteral("continue"),  QStringLiteral("default"),
                 QStringLiteral("delete"),     QStringLiteral("do"),        QStringLiteral("else"),
                 QStringLiteral("export"),     QStringLiteral("extends"),   QStringLiteral("false"),
                 QStringLiteral("finally"),    QStringLiteral("for"),       QStringLiteral("function"),
                 QStringLiteral("if"),         QStringLiteral("import"),    QStringLiteral("in"),
                 QStringLiteral("instanceof"), QStringLiteral("let"),       QStringLiteral("new"),
                 QStringLiteral("null"),       QStringLiteral("of"),        QStringLiteral("require"),
                 QStringLiteral("return"),     QStringLiteral("switch"),    QStringLiteral("this"),
                 QStringLiteral("throw"),      QStringLiteral("true"),      QStringLiteral("try"),
                 QStringLiteral("typeof"),     QStringLiteral("undefined"), QStringLiteral("var"),
                 QStringLiteral("while"),      QStringLiteral("yield")},
                QStringLiteral("//"),
                true};
    case L::Shell:
        return {{QStringLiteral("case"),   QStringLiteral("do"),     QStringLiteral("done"),
                 QStringLiteral("echo"),   QStringLiteral("elif"),   QStringLiteral("else"),
                 QStringLiteral("esac"),   QStringLiteral("exit"),   QStringLiteral("export"),
                 QStringLiteral("fi"),     QStringLiteral("for"),    QStringLiteral("function"),
                 QStringLiteral("if"),     QStringLiteral("in"),     QStringLiteral("local"),
                 QStringLiteral("read"),   QStringLiteral("return"), QStringLiteral("set"),
                 QStringLiteral("source"), QStringLiteral("then"),   QStringLiteral("until"),
                 QStringLiteral("while")},
                // Not ${#var} or $#: a comment starts a word.
                QStringLiteral("(?<![$\\w{])#"),
                false};
    case L::Cpp:
        return {{QStringLiteral("auto"),      QStringLiteral("bool"),     QStringLiteral("break"),
                 QStringLiteral("case"),      QStringLiteral("catch"),    QStringLiteral("char"),
                 QStringLiteral("class"),     QStringLiteral("const"),    QStringLiteral("constexpr"),
                 QStringLiteral("continue"),  QStringLiteral("default"),  QStringLiteral("delete"),
                 QStringLiteral("do"),        QStringLiteral("double"),   QStringLiteral("else"),
                 QStringLiteral("enum"),      QStringLiteral("false"),    QStringLiteral("for"),
                 QStringLiteral("if"),        QStringLiteral("include"),  QStringLiteral("int"),
                 QStringLiteral("namespace"), QStringLiteral("new"),      QStringLiteral("nullptr"),
                 QStringLiteral("return"),    QStringLiteral("static"),   QStringLiteral("std"),
                 QStringLiteral("struct"),    QStringLiteral("switch"),   QStringLiteral("template"),
                 QStringLiteral("this"),      QStringLiteral("throw"),    QStringLiteral("true"),
                 QStringLiteral("try"),       QStringLiteral("typename"), QStringLiteral("using"),
                 QStringLiteral("void"),      QStringLiteral("while")},
                QStringLiteral("//"),
                true};
    case L::PlainText:
        break;
    }
    return {};
}

QList<SyntaxRules::Rule> buildRules(SyntaxRules::Language language)
{
    const LanguageTable table = tableOf(language);
    if (table.keywords.isEmpty())
        return {};
    using C = SyntaxRules::Category;
    return {
        {QRegularExpression(QStringLiteral("\\b(?:%1)\\b").arg(table.keywords.join(QLatin1Char('|')))),
         C::Keyword},
        {QRegularExpression(QStringLiteral("\\b(?:0[xX][0-9a-fA-F]+|\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)\\b")),
         C::Number},
        // Single, double and back quotes, with escapes; one line at a time.
        {QRegularExpression(QStringLiteral(R"("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`)")),
         C::String},
        {QRegularExpression(table.lineComment + QStringLiteral("[^\\n]*")), C::Comment},
    };
}

} // namespace

SyntaxRules::Language SyntaxRules::languageForFile(const QString &path)
{
    static const QHash<QString, Language> bySuffix = {
        {QStringLiteral("py"), Language::Python},      {QStringLiteral("js"), Language::JavaScript},
        {QStringLiteral("mjs"), Language::JavaScript}, {QStringLiteral("cjs"), Language::JavaScript},
        {QStringLiteral("sh"), Language::Shell},       {QStringLiteral("bash"), Language::Shell},
        {QStringLiteral("cpp"), Language::Cpp},        {QStringLiteral("cc"), Language::Cpp},
        {QStringLiteral("cxx"), Language::Cpp},        {QStringLiteral("h"), Language::Cpp},
        {QStringLiteral("hpp"), Language::Cpp},
    };
    return bySuffix.value(QFileInfo(path).suffix().toLower(), Language::PlainText);
}

const QList<SyntaxRules::Rule> &SyntaxRules::rules(Language language)
{
    // Built once per language: QRegularExpression compiles lazily and is thread-safe to match.
    static const QHash<Language, QList<Rule>> all = [] {
        QHash<Language, QList<Rule>> built;
        for (Language l :
             {Language::PlainText, Language::Python, Language::JavaScript, Language::Shell, Language::Cpp})
            built.insert(l, buildRules(l));
        return built;
    }();
    return *all.find(language);
}

QRegularExpression SyntaxRules::blockCommentStart(Language language)
{
    return tableOf(language).blockComments ? QRegularExpression(QStringLiteral("/\\*"))
                                           : QRegularExpression();
}

QRegularExpression SyntaxRules::blockCommentEnd(Language language)
{
    return tableOf(language).blockComments ? QRegularExpression(QStringLiteral("\\*/"))
                                           : QRegularExpression();
}

} // namespace Stratus
