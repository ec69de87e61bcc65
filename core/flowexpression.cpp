#include "flowexpression.h"

#include "jsonpayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <vector>

namespace Stratus {

namespace {

enum class Op : quint8 {
    Literal,
    Input,
    Variable,
    Member, // kids[0].name
    Index,  // kids[0][kids[1]]
    Not,
    Negate,
    ToNumber,
    Multiply,
    Divide,
    Modulo,
    Add,
    Subtract,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    Equal,
    NotEqual,
    And,
    Or,
    Nullish,
    Conditional,
    Array,
    Object, // keys[i]: kids[i]
    Call,
};

enum class Fn : quint8 {
    Len,
    Keys,
    Values,
    Has,
    Str,
    Num,
    Int,
    Floor,
    Ceil,
    Round,
    Abs,
    Min,
    Max,
    Sum,
    Upper,
    Lower,
    Trim,
    Contains,
    StartsWith,
    EndsWith,
    Split,
    Join,
    Slice,
    Replace,
    Type,
    Merge,
    Json,
};

struct FunctionInfo
{
    const char *name;
    Fn fn;
    int minArgs;
    int maxArgs; // -1: any number
};

// The whitelist: nothing else can be called.
constexpr FunctionInfo functions[] = {
    {"abs", Fn::Abs, 1, 1},           {"ceil", Fn::Ceil, 1, 1},       {"contains", Fn::Contains, 2, 2},
    {"endsWith", Fn::EndsWith, 2, 2}, {"floor", Fn::Floor, 1, 1},     {"has", Fn::Has, 2, 2},
    {"int", Fn::Int, 1, 1},           {"join", Fn::Join, 1, 2},       {"json", Fn::Json, 1, 1},
    {"keys", Fn::Keys, 1, 1},         {"len", Fn::Len, 1, 1},         {"lower", Fn::Lower, 1, 1},
    {"max", Fn::Max, 1, -1},          {"merge", Fn::Merge, 1, -1},    {"min", Fn::Min, 1, -1},
    {"num", Fn::Num, 1, 1},           {"replace", Fn::Replace, 3, 3}, {"round", Fn::Round, 1, 1},
    {"slice", Fn::Slice, 2, 3},       {"split", Fn::Split, 2, 2},     {"startsWith", Fn::StartsWith, 2, 2},
    {"str", Fn::Str, 1, 1},           {"sum", Fn::Sum, 1, 1},         {"trim", Fn::Trim, 1, 1},
    {"type", Fn::Type, 1, 1},         {"upper", Fn::Upper, 1, 1},     {"values", Fn::Values, 1, 1},
};

const FunctionInfo *findFunction(const QString &name)
{
    for (const FunctionInfo &f : functions) {
        if (name == QLatin1String(f.name))
            return &f;
    }
    return nullptr;
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("null");
}

// str(): strings as they are, anything else as compact JSON.
QString toText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    return QString::fromUtf8(JsonPayload::toJson(v));
}

struct Token
{
    enum class Type { End, Number, String, Name, Punct };
    Type type = Type::End;
    int column = 1;
    QString text; // the name, the string's value, or the punctuation
    double number = 0;
};

} // namespace

struct FlowExpression::Node
{
    Op op = Op::Literal;
    Fn fn = Fn::Len;
    int column = 1;
    QJsonValue value; // Literal
    QString name;     // Variable, Member
    std::vector<std::unique_ptr<const Node>> kids;
    QStringList keys; // Object
};

namespace {

using Node = FlowExpression::Node;
using NodePtr = std::unique_ptr<Node>;

class Parser
{
public:
    Parser(const QString &source, const QStringList &allowed) : m_source(source), m_allowed(allowed) {}

    NodePtr parse()
    {
        if (!tokenize())
            return nullptr;
        if (m_tokens.size() == 1) {
            fail(1, FlowExpression::tr("the expression is empty"));
            return nullptr;
        }
        NodePtr root = parseConditional();
        if (root && peek().type != Token::Type::End) {
            const Token &t = peek();
            fail(t.column,
                 t.type == Token::Type::Number
                     ? FlowExpression::tr("unexpected number after the end of the expression")
                 : t.type == Token::Type::String
                     ? FlowExpression::tr("unexpected string after the end of the expression")
                     : FlowExpression::tr("unexpected '%1' after the end of the expression").arg(t.text));
            return nullptr;
        }
        return root;
    }

    QString error() const { return m_error; }

private:
    bool fail(int column, const QString &what)
    {
        if (m_error.isEmpty())
            //: %2: what is wrong there (a whole sentence)
            m_error = FlowExpression::tr("at column %1: %2").arg(column).arg(what);
        return false;
    }

    static bool isNameStart(QChar c)
    {
        return c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char('$');
    }
    static bool isNamePart(QChar c) { return isNameStart(c) || c.isDigit(); }

    bool tokenize()
    {
        const qsizetype n = m_source.size();
        qsizetype i = 0;
        while (i < n) {
            const QChar c = m_source.at(i);
            const int column = int(i) + 1;
            if (c.isSpace()) {
                ++i;
                continue;
            }
            Token t;
            t.column = column;
            if (c.isDigit() || (c == QLatin1Char('.') && i + 1 < n && m_source.at(i + 1).isDigit())) {
                qsizetype j = i;
                while (j < n && m_source.at(j).isDigit())
                    ++j;
                if (j < n && m_source.at(j) == QLatin1Char('.')) {
                    ++j;
                    while (j < n && m_source.at(j).isDigit())
                        ++j;
                }
                if (j < n && (m_source.at(j) == QLatin1Char('e') || m_source.at(j) == QLatin1Char('E'))) {
                    qsizetype k = j + 1;
                    if (k < n && (m_source.at(k) == QLatin1Char('+') || m_source.at(k) == QLatin1Char('-')))
                        ++k;
                    if (k < n && m_source.at(k).isDigit()) {
                        while (k < n && m_source.at(k).isDigit())
                            ++k;
                        j = k;
                    }
                }
                if (j < n && isNameStart(m_source.at(j)))
                    return fail(int(j) + 1,
                                FlowExpression::tr("unexpected '%1' in a number").arg(m_source.at(j)));
                bool ok = false;
                t.type = Token::Type::Number;
                t.number = m_source.mid(i, j - i).toDouble(&ok);
                if (!ok || !std::isfinite(t.number))
                    return fail(column,
                                FlowExpression::tr("'%1' is not a number").arg(m_source.mid(i, j - i)));
                i = j;
            } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
                t.type = Token::Type::String;
                qsizetype j = i + 1;
                for (;; ++j) {
                    if (j >= n)
                        return fail(column, FlowExpression::tr("unterminated string (no closing %1)").arg(c));
                    const QChar d = m_source.at(j);
                    if (d == c)
                        break;
                    if (d != QLatin1Char('\\')) {
                        t.text += d;
                        continue;
                    }
                    if (++j >= n)
                        return fail(column, FlowExpression::tr("unterminated string (no closing %1)").arg(c));
                    switch (m_source.at(j).unicode()) {
                    case 'n':
                        t.text += QLatin1Char('\n');
                        break;
                    case 't':
                        t.text += QLatin1Char('\t');
                        break;
                    case 'r':
                        t.text += QLatin1Char('\r');
                        break;
                    case '\\':
                    case '\'':
                    case '"':
                    case '/':
                        t.text += m_source.at(j);
                        break;
                    case 'u': {
                        bool ok = false;
                        const ushort code = j + 4 < n ? m_source.mid(j + 1, 4).toUShort(&ok, 16) : 0;
                        if (!ok)
                            return fail(int(j), FlowExpression::tr("\\u needs four hexadecimal digits"));
                        t.text += QChar(code);
                        j += 4;
                        break;
                    }
                    default:
                        return fail(int(j),
                                    FlowExpression::tr("unknown escape '\\%1' in a string (use \\n \\t \\r "
                                                       "\\\\ \\' \\\" \\uXXXX)")
                                        .arg(m_source.at(j)));
                    }
                }
                i = j + 1;
            } else if (isNameStart(c)) {
                qsizetype j = i;
                while (j < n && isNamePart(m_source.at(j)))
                    ++j;
                t.type = Token::Type::Name;
                t.text = m_source.mid(i, j - i);
                i = j;
            } else {
                static const char *const puncts[] = {"===", "!==", "==", "!=", "<=", ">=", "&&", "||", "??",
                                                     "!",   "<",   ">",  "+",  "-",  "*",  "/",  "%",  "?",
                                                     ":",   "(",   ")",  "[",  "]",  "{",  "}",  ",",  "."};
                for (const char *p : puncts) {
                    if (QStringView(m_source).mid(i).startsWith(QLatin1String(p))) {
                        t.type = Token::Type::Punct;
                        t.text = QLatin1String(p);
                        break;
                    }
                }
                if (t.type != Token::Type::Punct)
                    return fail(column, FlowExpression::tr("unexpected character '%1'").arg(c));
                i += t.text.size();
            }
            m_tokens.push_back(std::move(t));
        }
        Token end;
        end.column = int(n) + 1;
        m_tokens.push_back(end);
        return true;
    }

    const Token &peek() const { return m_tokens[m_pos]; }
    bool isPunct(const char *p) const
    {
        return peek().type == Token::Type::Punct && peek().text == QLatin1String(p);
    }
    bool accept(const char *p)
    {
        if (!isPunct(p))
            return false;
        ++m_pos;
        return true;
    }
    // Takes p, or fails with what was expected instead: the message is built only then.
    template <typename Message> bool expect(const char *p, Message message)
    {
        if (accept(p))
            return true;
        return fail(peek().column, message());
    }

    // Nesting makes the parser and the evaluator recurse: bound it.
    bool enter(int column)
    {
        if (++m_depth > FlowExpression::MaxDepth)
            return fail(column, FlowExpression::tr("the expression nests deeper than %1 levels")
                                    .arg(FlowExpression::MaxDepth));
        return true;
    }
    void leave() { --m_depth; }

    static NodePtr make(Op op, int column)
    {
        auto node = std::make_unique<Node>();
        node->op = op;
        node->column = column;
        return node;
    }
    static NodePtr binary(Op op, int column, NodePtr left, NodePtr right)
    {
        NodePtr node = make(op, column);
        node->kids.push_back(std::move(left));
        node->kids.push_back(std::move(right));
        return node;
    }

    NodePtr parseConditional()
    {
        NodePtr condition = parseNullish();
        if (!condition || !isPunct("?"))
            return condition;
        const int column = peek().column;
        ++m_pos;
        if (!enter(column))
            return nullptr;
        NodePtr yes = parseConditional();
        if (!yes || !expect(":", [column] {
                return FlowExpression::tr("expected ':' after the 'then' branch of ?: (at column %1)")
                    .arg(column);
            }))
            return nullptr;
        NodePtr no = parseConditional();
        leave();
        if (!no)
            return nullptr;
        NodePtr node = binary(Op::Conditional, column, std::move(condition), std::move(yes));
        node->kids.push_back(std::move(no));
        return node;
    }

    template <typename Next>
    NodePtr parseBinary(Next next, std::initializer_list<std::pair<const char *, Op>> ops)
    {
        NodePtr left = (this->*next)();
        while (left) {
            const std::pair<const char *, Op> *match = nullptr;
            for (const auto &op : ops) {
                if (isPunct(op.first)) {
                    match = &op;
                    break;
                }
            }
            if (!match)
                break;
            const int column = peek().column;
            ++m_pos;
            NodePtr right = (this->*next)();
            if (!right)
                return nullptr;
            left = binary(match->second, column, std::move(left), std::move(right));
        }
        return left;
    }

    NodePtr parseNullish() { return parseBinary(&Parser::parseOr, {{"??", Op::Nullish}}); }
    NodePtr parseOr() { return parseBinary(&Parser::parseAnd, {{"||", Op::Or}}); }
    NodePtr parseAnd() { return parseBinary(&Parser::parseEquality, {{"&&", Op::And}}); }
    NodePtr parseEquality()
    {
        return parseBinary(
            &Parser::parseRelational,
            {{"===", Op::Equal}, {"!==", Op::NotEqual}, {"==", Op::Equal}, {"!=", Op::NotEqual}});
    }
    NodePtr parseRelational()
    {
        return parseBinary(
            &Parser::parseAdditive,
            {{"<=", Op::LessEqual}, {">=", Op::GreaterEqual}, {"<", Op::Less}, {">", Op::Greater}});
    }
    NodePtr parseAdditive()
    {
        return parseBinary(&Parser::parseMultiplicative, {{"+", Op::Add}, {"-", Op::Subtract}});
    }
    NodePtr parseMultiplicative()
    {
        return parseBinary(&Parser::parseUnary, {{"*", Op::Multiply}, {"/", Op::Divide}, {"%", Op::Modulo}});
    }

    NodePtr parseUnary()
    {
        Op op;
        if (isPunct("!"))
            op = Op::Not;
        else if (isPunct("-"))
            op = Op::Negate;
        else if (isPunct("+"))
            op = Op::ToNumber;
        else
            return parsePostfix();
        const int column = peek().column;
        ++m_pos;
        if (!enter(column))
            return nullptr;
        NodePtr operand = parseUnary();
        leave();
        if (!operand)
            return nullptr;
        NodePtr node = make(op, column);
        node->kids.push_back(std::move(operand));
        return node;
    }

    NodePtr parsePostfix()
    {
        NodePtr node = parsePrimary();
        while (node) {
            const int column = peek().column;
            if (accept(".")) {
                if (peek().type != Token::Type::Name) {
                    fail(peek().column, FlowExpression::tr("expected a property name after '.'"));
                    return nullptr;
                }
                NodePtr member = make(Op::Member, column);
                member->name = peek().text;
                member->kids.push_back(std::move(node));
                node = std::move(member);
                ++m_pos;
            } else if (accept("[")) {
                if (!enter(column))
                    return nullptr;
                NodePtr index = parseConditional();
                if (!index || !expect("]", [column] {
                        return FlowExpression::tr("expected ']' after the index (opened at column %1)")
                            .arg(column);
                    }))
                    return nullptr;
                leave();
                node = binary(Op::Index, column, std::move(node), std::move(index));
            } else {
                break;
            }
        }
        return node;
    }

    NodePtr literal(const QJsonValue &value, int column)
    {
        NodePtr node = make(Op::Literal, column);
        node->value = value;
        ++m_pos;
        return node;
    }

    NodePtr parsePrimary()
    {
        const Token &t = peek();
        switch (t.type) {
        case Token::Type::Number:
            return literal(t.number, t.column);
        case Token::Type::String:
            return literal(t.text, t.column);
        case Token::Type::Name:
            return parseName();
        case Token::Type::End:
            fail(t.column, FlowExpression::tr("unexpected end of the expression (expected a value)"));
            return nullptr;
        case Token::Type::Punct:
            break;
        }
        const int column = t.column;
        if (accept("(")) {
            if (!enter(column))
                return nullptr;
            NodePtr inner = parseConditional();
            if (!inner || !expect(")", [column] {
                    return FlowExpression::tr("expected ')' to close the '(' at column %1").arg(column);
                }))
                return nullptr;
            leave();
            return inner;
        }
        if (accept("["))
            return parseArray(column);
        if (accept("{"))
            return parseObject(column);
        // Numbers, strings, names and the end were taken above: t is punctuation.
        fail(column, FlowExpression::tr("unexpected '%1' (expected a value)").arg(t.text));
        return nullptr;
    }

    NodePtr parseName()
    {
        const Token &t = peek();
        const int column = t.column;
        const QString name = t.text;
        if (name == QLatin1String("true"))
            return literal(true, column);
        if (name == QLatin1String("false"))
            return literal(false, column);
        if (name == QLatin1String("null"))
            return literal(QJsonValue::Null, column);
        ++m_pos;
        if (accept("("))
            return parseCall(name, column);
        if (!m_allowed.isEmpty() && !m_allowed.contains(name)) {
            fail(column, findFunction(name)
                             ? FlowExpression::tr("%1 is a function: call it as %1(...)").arg(name)
                             : FlowExpression::tr("unknown variable '%1' (variables: %2)")
                                   .arg(name, m_allowed.join(QStringLiteral(", "))));
            return nullptr;
        }
        NodePtr node = make(name == QLatin1String("input") ? Op::Input : Op::Variable, column);
        node->name = name;
        return node;
    }

    NodePtr parseCall(const QString &name, int column)
    {
        const FunctionInfo *info = findFunction(name);
        if (!info) {
            fail(column, FlowExpression::tr("unknown function '%1' (functions: %2)")
                             .arg(name, FlowExpression::functionNames().join(QStringLiteral(", "))));
            return nullptr;
        }
        if (!enter(column))
            return nullptr;
        NodePtr node = make(Op::Call, column);
        node->fn = info->fn;
        node->name = name;
        if (!accept(")")) {
            while (true) {
                NodePtr argument = parseConditional();
                if (!argument)
                    return nullptr;
                node->kids.push_back(std::move(argument));
                if (accept(")"))
                    break;
                if (!expect(",", [&name] {
                        return FlowExpression::tr("expected ',' or ')' after the arguments of %1").arg(name);
                    }))
                    return nullptr;
            }
        }
        leave();
        const int count = int(node->kids.size());
        if (count < info->minArgs || (info->maxArgs >= 0 && count > info->maxArgs)) {
            QString message;
            if (info->maxArgs < 0)
                message = FlowExpression::tr("%1 takes at least %2 arguments, not %3")
                              .arg(name)
                              .arg(info->minArgs)
                              .arg(count);
            else if (info->minArgs != info->maxArgs)
                message = FlowExpression::tr("%1 takes %2 or %3 arguments, not %4")
                              .arg(name)
                              .arg(info->minArgs)
                              .arg(info->maxArgs)
                              .arg(count);
            else if (info->minArgs == 1)
                message = FlowExpression::tr("%1 takes 1 argument, not %2").arg(name).arg(count);
            else
                message = FlowExpression::tr("%1 takes %2 arguments, not %3")
                              .arg(name)
                              .arg(info->minArgs)
                              .arg(count);
            fail(column, message);
            return nullptr;
        }
        return node;
    }

    NodePtr parseArray(int column)
    {
        if (!enter(column))
            return nullptr;
        NodePtr node = make(Op::Array, column);
        if (!accept("]")) {
            while (true) {
                NodePtr element = parseConditional();
                if (!element)
                    return nullptr;
                node->kids.push_back(std::move(element));
                if (accept("]"))
                    break;
                if (!expect(",", [column] {
                        return FlowExpression::tr("expected ',' or ']' in the array opened at column %1")
                            .arg(column);
                    }))
                    return nullptr;
            }
        }
        leave();
        return node;
    }

    NodePtr parseObject(int column)
    {
        if (!enter(column))
            return nullptr;
        NodePtr node = make(Op::Object, column);
        if (!accept("}")) {
            while (true) {
                const Token &key = peek();
                if (key.type != Token::Type::Name && key.type != Token::Type::String) {
                    fail(key.column,
                         FlowExpression::tr("expected a key (a name or a quoted string) in the object "
                                            "opened at column %1")
                             .arg(column));
                    return nullptr;
                }
                const QString name = key.text;
                ++m_pos;
                if (!expect(":", [&name] {
                        return FlowExpression::tr("expected ':' after the key '%1'").arg(name);
                    }))
                    return nullptr;
                NodePtr value = parseConditional();
                if (!value)
                    return nullptr;
                // Like JSON.parse, the last of a repeated key wins.
                const qsizetype existing = node->keys.indexOf(name);
                if (existing >= 0) {
                    node->kids[existing] = std::move(value);
                } else {
                    node->keys << name;
                    node->kids.push_back(std::move(value));
                }
                if (accept("}"))
                    break;
                if (!expect(",", [column] {
                        return FlowExpression::tr("expected ',' or '}' in the object opened at column %1")
                            .arg(column);
                    }))
                    return nullptr;
            }
        }
        leave();
        return node;
    }

    const QString &m_source;
    const QStringList &m_allowed;
    std::vector<Token> m_tokens;
    size_t m_pos = 0;
    int m_depth = 0;
    QString m_error;
};

// One evaluation's state: local to evaluate(), so evaluations never share anything mutable.
class Evaluator
{
public:
    Evaluator(const QJsonValue &input, const QHash<QString, QJsonValue> &variables)
        : m_input(input), m_variables(variables)
    {
    }

    bool eval(const Node &n, QJsonValue &out);
    const QString &error() const { return m_error; }

private:
    bool fail(const Node &n, const QString &what)
    {
        m_error = FlowExpression::tr("at column %1: %2").arg(n.column).arg(what);
        return false;
    }
    bool step(const Node &n, qint64 count = 1)
    {
        m_steps += count;
        if (m_steps > FlowExpression::MaxSteps)
            return fail(n, FlowExpression::tr("the expression needs more than %1 steps on this data; "
                                              "simplify it or split the data")
                               .arg(FlowExpression::MaxSteps));
        return true;
    }
    // message: a QT_TRANSLATE_NOOP in FlowExpression's context, %1 the size, %2 the limit.
    bool checkSize(const Node &n, qsizetype size, const char *message)
    {
        if (size <= FlowExpression::MaxResultSize)
            return true;
        return fail(n, FlowExpression::tr(message).arg(size).arg(FlowExpression::MaxResultSize));
    }

    bool number(const Node &n, const QJsonValue &v, const QString &what, double &out)
    {
        if (!v.isDouble())
            return fail(n, FlowExpression::tr("%1 needs a number, not %2").arg(what, typeName(v)));
        out = v.toDouble();
        return true;
    }
    bool string(const Node &n, const QJsonValue &v, const QString &what, QString &out)
    {
        if (!v.isString())
            return fail(n, FlowExpression::tr("%1 needs a string, not %2").arg(what, typeName(v)));
        out = v.toString();
        return true;
    }
    bool toNumber(const Node &n, const QJsonValue &v, const QString &what, double &out);
    bool equal(const Node &n, const QJsonValue &a, const QJsonValue &b, bool &out);
    bool compare(const Node &n, const QJsonValue &a, const QJsonValue &b, int &out);
    bool call(const Node &n, QJsonValue &out);
    bool numbersOf(const Node &n, const QString &fname, const QList<QJsonValue> &args,
                   std::vector<double> &out);

    const QJsonValue &m_input;
    const QHash<QString, QJsonValue> &m_variables;
    qint64 m_steps = 0;
    QString m_error;
};

bool Evaluator::toNumber(const Node &n, const QJsonValue &v, const QString &what, double &out)
{
    switch (v.type()) {
    case QJsonValue::Double:
        out = v.toDouble();
        return true;
    case QJsonValue::Bool:
        out = v.toBool() ? 1 : 0;
        return true;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out = 0;
        return true;
    case QJsonValue::String: {
        bool ok = false;
        out = v.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(out))
            return true;
        return fail(n, what.isEmpty()
                           ? FlowExpression::tr("unary +: '%1' is not a number").arg(v.toString().left(40))
                           : FlowExpression::tr("%1: '%2' is not a number").arg(what, v.toString().left(40)));
    }
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    return fail(n, what.isEmpty()
                       ? FlowExpression::tr("unary + cannot make a number of %1").arg(typeName(v))
                       : FlowExpression::tr("%1 cannot make a number of %2").arg(what, typeName(v)));
}

// Deep JSON equality without coercion; numbers compare by value (1 == 1.0).
bool Evaluator::equal(const Node &n, const QJsonValue &a, const QJsonValue &b, bool &out)
{
    if (!step(n))
        return false;
    const QJsonValue::Type ta = a.isUndefined() ? QJsonValue::Null : a.type();
    const QJsonValue::Type tb = b.isUndefined() ? QJsonValue::Null : b.type();
    if (ta != tb) {
        out = false;
        return true;
    }
    switch (ta) {
    case QJsonValue::Array: {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        out = x.size() == y.size();
        for (qsizetype i = 0; out && i < x.size(); ++i) {
            if (!equal(n, x.at(i), y.at(i), out))
                return false;
        }
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        out = x.size() == y.size();
        for (auto it = x.begin(); out && it != x.end(); ++it) {
            const auto other = y.constFind(it.key());
            if (other == y.constEnd()) {
                out = false;
                break;
            }
            if (!equal(n, it.value(), other.value(), out))
                return false;
        }
        return true;
    }
    case QJsonValue::Double:
        out = a.toDouble() == b.toDouble();
        return true;
    default:
        out = a == b;
        return true;
    }
}

bool Evaluator::compare(const Node &n, const QJsonValue &a, const QJsonValue &b, int &out)
{
    if (a.isDouble() && b.isDouble()) {
        const double x = a.toDouble();
        const double y = b.toDouble();
        out = x < y ? -1 : (x > y ? 1 : 0);
        return true;
    }
    if (a.isString() && b.isString()) {
        out = a.toString().compare(b.toString());
        return true;
    }
    return fail(n, FlowExpression::tr("comparison needs two numbers or two strings, not %1 and %2")
                       .arg(typeName(a), typeName(b)));
}

bool Evaluator::eval(const Node &n, QJsonValue &out)
{
    if (!step(n))
        return false;
    switch (n.op) {
    case Op::Literal:
        out = n.value;
        return true;
    case Op::Input:
        out = m_input.isUndefined() ? QJsonValue(QJsonValue::Null) : m_input;
        return true;
    case Op::Variable:
        out = m_variables.value(n.name, QJsonValue::Null);
        if (out.isUndefined())
            out = QJsonValue::Null;
        return true;
    case Op::Member: {
        QJsonValue object;
        if (!eval(*n.kids[0], object))
            return false;
        out = object.isObject() ? object[n.name] : QJsonValue();
        if (out.isUndefined())
            out = QJsonValue::Null;
        return true;
    }
    case Op::Index: {
        QJsonValue container;
        QJsonValue index;
        if (!eval(*n.kids[0], container) || !eval(*n.kids[1], index))
            return false;
        out = QJsonValue::Null;
        if (container.isObject() && index.isString()) {
            out = container[index.toString()];
        } else if ((container.isArray() || container.isString()) && index.isDouble()) {
            double i = index.toDouble();
            const qsizetype size =
                container.isArray() ? container.toArray().size() : container.toString().size();
            if (i < 0)
                i += double(size);
            if (i >= 0 && i < double(size) && i == std::trunc(i))
                out = container.isArray() ? container.toArray().at(qsizetype(i))
                                          : QJsonValue(QString(container.toString().at(qsizetype(i))));
        }
        if (out.isUndefined())
            out = QJsonValue::Null;
        return true;
    }
    case Op::Not: {
        QJsonValue v;
        if (!eval(*n.kids[0], v))
            return false;
        out = !FlowExpression::isTruthy(v);
        return true;
    }
    case Op::Negate: {
        QJsonValue v;
        double d = 0;
        if (!eval(*n.kids[0], v))
            return false;
        if (!v.isDouble())
            return fail(n, FlowExpression::tr("unary - needs a number, not %1").arg(typeName(v)));
        d = v.toDouble();
        out = -d;
        return true;
    }
    case Op::ToNumber: {
        QJsonValue v;
        double d = 0;
        if (!eval(*n.kids[0], v) || !toNumber(n, v, QString(), d))
            return false;
        out = d;
        return true;
    }
    case Op::And:
    case Op::Or:
    case Op::Nullish: {
        if (!eval(*n.kids[0], out))
            return false;
        const bool decided = n.op == Op::And  ? !FlowExpression::isTruthy(out)
                             : n.op == Op::Or ? FlowExpression::isTruthy(out)
                                              : !(out.isNull() || out.isUndefined());
        return decided || eval(*n.kids[1], out);
    }
    case Op::Conditional: {
        QJsonValue condition;
        if (!eval(*n.kids[0], condition))
            return false;
        return eval(*n.kids[FlowExpression::isTruthy(condition) ? 1 : 2], out);
    }
    case Op::Array: {
        QJsonArray array;
        for (const auto &kid : n.kids) {
            QJsonValue v;
            if (!eval(*kid, v))
                return false;
            array.append(v);
        }
        out = array;
        return true;
    }
    case Op::Object: {
        QJsonObject object;
        for (size_t i = 0; i < n.kids.size(); ++i) {
            QJsonValue v;
            if (!eval(*n.kids[i], v))
                return false;
            object.insert(n.keys.at(qsizetype(i)), v);
        }
        out = object;
        return true;
    }
    case Op::Call:
        return call(n, out);
    default:
        break;
    }

    // Binary operators that evaluate both sides.
    QJsonValue a;
    QJsonValue b;
    if (!eval(*n.kids[0], a) || !eval(*n.kids[1], b))
        return false;
    switch (n.op) {
    case Op::Equal:
    case Op::NotEqual: {
        bool same = false;
        if (!equal(n, a, b, same))
            return false;
        out = n.op == Op::Equal ? same : !same;
        return true;
    }
    case Op::Less:
    case Op::LessEqual:
    case Op::Greater:
    case Op::GreaterEqual: {
        int c = 0;
        if (!compare(n, a, b, c))
            return false;
        out = n.op == Op::Less        ? c < 0
              : n.op == Op::LessEqual ? c <= 0
              : n.op == Op::Greater   ? c > 0
                                      : c >= 0;
        return true;
    }
    case Op::Add:
        if (a.isString() || b.isString()) {
            const QString x = toText(a);
            const QString y = toText(b);
            if (!checkSize(n, x.size() + y.size(),
                           QT_TRANSLATE_NOOP("Stratus::FlowExpression",
                                             "the string from + would have %1 characters, more than the "
                                             "limit of %2")))
                return false;
            out = x + y;
            return true;
        }
        if (!a.isDouble() || !b.isDouble())
            return fail(n, FlowExpression::tr("+ needs two numbers, or a string on one side, not %1 and %2")
                               .arg(typeName(a), typeName(b)));
        out = a.toDouble() + b.toDouble();
        return true;
    default:
        break;
    }
    const QString opName = n.op == Op::Multiply ? QStringLiteral("*")
                           : n.op == Op::Divide ? QStringLiteral("/")
                           : n.op == Op::Modulo ? QStringLiteral("%")
                                                : QStringLiteral("-");
    if (!a.isDouble() || !b.isDouble())
        return fail(
            n,
            FlowExpression::tr("%1 needs two numbers, not %2 and %3").arg(opName, typeName(a), typeName(b)));
    const double x = a.toDouble();
    const double y = b.toDouble();
    switch (n.op) {
    case Op::Multiply:
        out = x * y;
        break;
    case Op::Divide:
    case Op::Modulo:
        if (y == 0)
            return fail(n, FlowExpression::tr("division by zero"));
        out = n.op == Op::Divide ? x / y : std::fmod(x, y);
        break;
    case Op::Subtract:
        out = x - y;
        break;
    default:
        Q_UNREACHABLE();
    }
    if (!std::isfinite(out.toDouble()))
        return fail(n, FlowExpression::tr("%1 overflows (the result is not a finite number)").arg(opName));
    return true;
}

bool Evaluator::numbersOf(const Node &n, const QString &fname, const QList<QJsonValue> &args,
                          std::vector<double> &out)
{
    // min(a, b, ...) or min(array)
    QList<QJsonValue> values;
    if (args.size() == 1 && args.first().isArray()) {
        const QJsonArray array = args.first().toArray();
        for (const QJsonValue &v : array)
            values << v;
    } else {
        values = args;
    }
    if (!step(n, values.size()))
        return false;
    for (const QJsonValue &v : values) {
        if (!v.isDouble())
            return fail(n, FlowExpression::tr("%1 needs numbers, not %2").arg(fname, typeName(v)));
        out.push_back(v.toDouble());
    }
    return true;
}

bool Evaluator::call(const Node &n, QJsonValue &out)
{
    QList<QJsonValue> args;
    args.reserve(qsizetype(n.kids.size()));
    for (const auto &kid : n.kids) {
        QJsonValue v;
        if (!eval(*kid, v))
            return false;
        args << (v.isUndefined() ? QJsonValue(QJsonValue::Null) : v);
    }
    const QString &fname = n.name;
    // message: %1 the function, %2 the type it got.
    const auto needs = [&](const QString &message, const QJsonValue &v) {
        return fail(n, message.arg(fname, typeName(v)));
    };
    QString s;
    QString t;
    double d = 0;
    switch (n.fn) {
    case Fn::Len:
        if (args[0].isString())
            out = double(args[0].toString().size());
        else if (args[0].isArray())
            out = double(args[0].toArray().size());
        else if (args[0].isObject())
            out = double(args[0].toObject().size());
        else
            return needs(FlowExpression::tr("%1 needs a string, an array or an object, not %2"), args[0]);
        return true;
    case Fn::Keys:
    case Fn::Values: {
        if (!args[0].isObject())
            return needs(FlowExpression::tr("%1 needs an object, not %2"), args[0]);
        const QJsonObject o = args[0].toObject();
        if (!step(n, o.size()))
            return false;
        QJsonArray array;
        for (auto it = o.begin(); it != o.end(); ++it)
            array.append(n.fn == Fn::Keys ? QJsonValue(it.key()) : it.value());
        out = array;
        return true;
    }
    case Fn::Has:
        if (args[0].isObject()) {
            if (!args[1].isString())
                return fail(
                    n,
                    FlowExpression::tr("has(object, key) needs a string key, not %1").arg(typeName(args[1])));
            out = args[0].toObject().contains(args[1].toString());
        } else if (args[0].isArray()) {
            if (!args[1].isDouble())
                return fail(n, FlowExpression::tr("has(array, index) needs a number index, not %1")
                                   .arg(typeName(args[1])));
            d = args[1].toDouble();
            out = d >= 0 && d < double(args[0].toArray().size()) && d == std::trunc(d);
        } else {
            return needs(FlowExpression::tr("%1 needs an object or an array, not %2"), args[0]);
        }
        return true;
    case Fn::Str:
        s = toText(args[0]);
        if (!checkSize(n, s.size(),
                       QT_TRANSLATE_NOOP("Stratus::FlowExpression",
                                         "the string from str would have %1 characters, more than the limit "
                                         "of %2")))
            return false;
        out = s;
        return true;
    case Fn::Num:
        if (!toNumber(n, args[0], fname, d))
            return false;
        out = d;
        return true;
    case Fn::Int:
        if (!toNumber(n, args[0], fname, d))
            return false;
        out = std::trunc(d);
        return true;
    case Fn::Floor:
    case Fn::Ceil:
    case Fn::Round:
    case Fn::Abs:
        if (!number(n, args[0], fname, d))
            return false;
        out = n.fn == Fn::Floor   ? std::floor(d)
              : n.fn == Fn::Ceil  ? std::ceil(d)
              : n.fn == Fn::Round ? std::floor(d + 0.5) // like JavaScript: round(-2.5) is -2
                                  : std::abs(d);
        return true;
    case Fn::Min:
    case Fn::Max:
    case Fn::Sum: {
        std::vector<double> numbers;
        if (n.fn == Fn::Sum && !args[0].isArray())
            return needs(FlowExpression::tr("%1 needs an array of numbers, not %2"), args[0]);
        if (!numbersOf(n, fname, args, numbers))
            return false;
        if (n.fn == Fn::Sum) {
            d = 0;
            for (double x : numbers)
                d += x;
        } else {
            if (numbers.empty())
                return fail(n, FlowExpression::tr("%1 of an empty array").arg(fname));
            d = n.fn == Fn::Min ? *std::min_element(numbers.begin(), numbers.end())
                                : *std::max_element(numbers.begin(), numbers.end());
        }
        out = d;
        return true;
    }
    case Fn::Upper:
    case Fn::Lower:
    case Fn::Trim:
        if (!string(n, args[0], fname, s))
            return false;
        out = n.fn == Fn::Upper ? s.toUpper() : n.fn == Fn::Lower ? s.toLower() : s.trimmed();
        return true;
    case Fn::Contains:
        if (args[0].isString()) {
            if (!string(n, args[1], QStringLiteral("contains(string, part)"), t))
                return false;
            out = args[0].toString().contains(t);
            return true;
        }
        if (args[0].isArray()) {
            const QJsonArray array = args[0].toArray();
            bool found = false;
            for (qsizetype i = 0; !found && i < array.size(); ++i) {
                if (!equal(n, array.at(i), args[1], found))
                    return false;
            }
            out = found;
            return true;
        }
        return needs(FlowExpression::tr("%1 needs a string or an array, not %2"), args[0]);
    case Fn::StartsWith:
    case Fn::EndsWith:
        if (!string(n, args[0], fname, s) || !string(n, args[1], fname, t))
            return false;
        out = n.fn == Fn::StartsWith ? s.startsWith(t) : s.endsWith(t);
        return true;
    case Fn::Split: {
        if (!string(n, args[0], fname, s) || !string(n, args[1], fname, t))
            return false;
        QStringList parts;
        if (t.isEmpty()) { // like JavaScript: every character
            for (QChar c : std::as_const(s))
                parts << QString(c);
        } else {
            parts = s.split(t);
        }
        if (!checkSize(n, parts.size(),
                       QT_TRANSLATE_NOOP("Stratus::FlowExpression",
                                         "the array from split would have %1 elements, more than the limit "
                                         "of %2")) ||
            !step(n, parts.size()))
            return false;
        out = QJsonArray::fromStringList(parts);
        return true;
    }
    case Fn::Join: {
        if (!args[0].isArray())
            return needs(FlowExpression::tr("%1 needs an array, not %2"), args[0]);
        if (args.size() > 1 && !string(n, args[1], QStringLiteral("join(array, separator)"), t))
            return false;
        if (args.size() == 1)
            t = QStringLiteral(",");
        const QJsonArray array = args[0].toArray();
        if (!step(n, array.size()))
            return false;
        qsizetype size = 0;
        QStringList parts;
        for (const QJsonValue &v : array) {
            parts << (v.isNull() ? QString() : toText(v));
            size += parts.constLast().size() + t.size();
            if (!checkSize(n, size,
                           QT_TRANSLATE_NOOP("Stratus::FlowExpression",
                                             "the string from join would have %1 characters, more than the "
                                             "limit of %2")))
                return false;
        }
        out = parts.join(t);
        return true;
    }
    case Fn::Slice: {
        const bool isString = args[0].isString();
        if (!isString && !args[0].isArray())
            return needs(FlowExpression::tr("%1 needs a string or an array, not %2"), args[0]);
        double start = 0;
        double end = 0;
        if (!args[1].isDouble())
            return fail(n, FlowExpression::tr("slice's start needs a number, not %1").arg(typeName(args[1])));
        start = args[1].toDouble();
        const qsizetype size = isString ? args[0].toString().size() : args[0].toArray().size();
        end = double(size);
        if (args.size() > 2 && !args[2].isNull()) {
            if (!args[2].isDouble())
                return fail(n,
                            FlowExpression::tr("slice's end needs a number, not %1").arg(typeName(args[2])));
            end = args[2].toDouble();
        }
        const auto clamp = [size](double i) {
            i = std::trunc(i);
            if (i < 0)
                i += double(size);
            return qsizetype(std::clamp(i, 0.0, double(size)));
        };
        const qsizetype from = clamp(start);
        const qsizetype to = std::max(from, clamp(end));
        if (isString) {
            out = args[0].toString().mid(from, to - from);
        } else {
            if (!step(n, to - from))
                return false;
            const QJsonArray array = args[0].toArray();
            QJsonArray part;
            for (qsizetype i = from; i < to; ++i)
                part.append(array.at(i));
            out = part;
        }
        return true;
    }
    case Fn::Replace: {
        QString before;
        QString after;
        if (!string(n, args[0], fname, s) || !string(n, args[1], fname, before) ||
            !string(n, args[2], fname, after))
            return false;
        if (before.isEmpty())
            return fail(n, FlowExpression::tr("replace needs a non-empty text to replace"));
        const qsizetype count = s.count(before);
        if (!checkSize(n, s.size() + count * (after.size() - before.size()),
                       QT_TRANSLATE_NOOP("Stratus::FlowExpression",
                                         "the string from replace would have %1 characters, more than the "
                                         "limit of %2")))
            return false;
        out = s.replace(before, after);
        return true;
    }
    case Fn::Type:
        out = typeName(args[0]);
        return true;
    case Fn::Merge: {
        QJsonObject merged;
        for (const QJsonValue &v : std::as_const(args)) {
            if (v.isNull())
                continue; // merge(input, input.optional) when the member is missing
            if (!v.isObject())
                return needs(FlowExpression::tr("%1 needs objects, not %2"), v);
            const QJsonObject o = v.toObject();
            if (!step(n, o.size()))
                return false;
            for (auto it = o.begin(); it != o.end(); ++it)
                merged.insert(it.key(), it.value());
        }
        out = merged;
        return true;
    }
    case Fn::Json: {
        if (!string(n, args[0], fname, s))
            return false;
        // QJsonDocument takes only an object or an array at the top: wrap the text in one.
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson("[" + s.toUtf8() + "]", &error);
        if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
            return fail(
                n, error.error != QJsonParseError::NoError
                       ? FlowExpression::tr("json: the text is not valid JSON (%1)").arg(error.errorString())
                       : FlowExpression::tr("json: the text is not valid JSON"));
        out = doc.array().at(0);
        return true;
    }
    }
    Q_UNREACHABLE();
    return false;
}

} // namespace

FlowExpression::FlowExpression() = default;

Result<FlowExpression> FlowExpression::parse(const QString &source, const QStringList &allowedVariables)
{
    if (source.size() > MaxSourceLength)
        return makeError(tr("the expression is %1 characters long, more than the limit of %2")
                             .arg(source.size())
                             .arg(MaxSourceLength));
    Parser parser(source, allowedVariables);
    NodePtr root = parser.parse();
    if (!root)
        return makeError(parser.error());
    FlowExpression expression;
    expression.m_root = std::shared_ptr<const Node>(std::move(root));
    expression.m_source = source;
    return expression;
}

Result<QJsonValue> FlowExpression::evaluate(const QJsonValue &input,
                                            const QHash<QString, QJsonValue> &variables) const
{
    if (!m_root)
        return QJsonValue(QJsonValue::Null);
    Evaluator evaluator(input, variables);
    QJsonValue result;
    if (!evaluator.eval(*m_root, result))
        return makeError(evaluator.error());
    return result;
}

bool FlowExpression::isTruthy(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d != 0 && !std::isnan(d);
    }
    case QJsonValue::String:
        return !v.toString().isEmpty();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return true;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return false;
}

QString FlowExpression::source() const
{
    return m_source;
}

bool FlowExpression::isNull() const
{
    return !m_root;
}

QStringList FlowExpression::functionNames()
{
    QStringList names;
    for (const FunctionInfo &f : functions)
        names << QLatin1String(f.name);
    return names;
}

} // namespace Stratus
