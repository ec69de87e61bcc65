// The flow expression language: every operator and function, JavaScript's precedence and
// truthiness, errors that name the column, and the guards that keep evaluation bounded.

#include "flowexpression.h"
#include "jsonpayload.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Stratus;

class tst_FlowExpression : public QObject
{
    Q_OBJECT

private slots:
    void evaluate_data();
    void evaluate();
    void evaluationErrors_data();
    void evaluationErrors();
    void parseErrors_data();
    void parseErrors();
    void truthiness_data();
    void truthiness();
    void variables();
    void nullExpression();
    void sizeGuards();
    void stepBudget();
    void everyFunctionIsCovered();
    void threads();
    void benchmarkCondition();
};

namespace {

QJsonValue json(const QByteArray &text)
{
    return JsonPayload::toValue(text);
}

const QByteArray fizz = R"({"n": 15, "kind": "fizz", "tags": ["a", "b", "c"], "nested": {"x": {"y": 7}},
                            "empty": "", "zero": 0, "nothing": null, "list": [3, 1, 2], "text": " Hi there "})";

} // namespace

void tst_FlowExpression::evaluate_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected"); // compact JSON

    const auto row = [](const char *name, const char *expression, const QByteArray &input,
                        const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(expression) << input << QByteArray(expected);
    };
    // literals
    row("integer", "42", "null", "42");
    row("fraction", "1.5", "null", "1.5");
    row("exponent", "2e3", "null", "2000");
    row("leading dot", ".25", "null", "0.25");
    row("single quotes", "'it\\'s'", "null", "\"it's\"");
    row("double quotes", "\"a\\\"b\"", "null", "\"a\\\"b\"");
    row("escapes", R"('\n\t\\\'\u00e9')", "null", "\"\\n\\t\\\\'é\"");
    row("true", "true", "null", "true");
    row("false", "false", "null", "false");
    row("null", "null", "{}", "null");
    row("array literal", "[1, 'a', [true], {}]", "null", "[1,\"a\",[true],{}]");
    row("empty array", "[]", "null", "[]");
    row("object literal", "{n: input.n, \"quoted key\": 2, 'k': 'v'}", fizz,
        "{\"k\":\"v\",\"n\":15,\"quoted key\":2}");
    row("object repeated key", "{a: 1, a: 2}", "null", "{\"a\":2}");
    // variables and member access
    row("input", "input", "[1,2]", "[1,2]");
    row("member", "input.kind", fizz, "\"fizz\"");
    row("nested member", "input.nested.x.y", fizz, "7");
    row("bracket member", "input['kind']", fizz, "\"fizz\"");
    row("computed member", "input[input.kind == 'fizz' ? 'n' : 'kind']", fizz, "15");
    row("array index", "input.tags[0]", fizz, "\"a\"");
    row("negative index", "input.tags[-1]", fizz, "\"c\"");
    row("index past end", "input.tags[3]", fizz, "null");
    row("negative past start", "input.tags[-4]", fizz, "null");
    row("fractional index", "input.tags[0.5]", fizz, "null");
    row("string index", "'abc'[1]", "null", "\"b\"");
    row("missing member", "input.nope", fizz, "null");
    row("member of missing", "input.nope.deeper[0]", fizz, "null");
    row("member of number", "input.n.x", fizz, "null");
    row("member of array", "input.tags.x", fizz, "null");
    row("number key on object", "input[0]", fizz, "null");
    row("keyword-like member", "input.null", R"({"null": 1})", "1");
    // arithmetic and precedence
    row("add", "1 + 2", "null", "3");
    row("subtract", "5 - 7", "null", "-2");
    row("multiply", "6 * 7", "null", "42");
    row("divide", "7 / 2", "null", "3.5");
    row("modulo", "17 % 5", "null", "2");
    row("modulo fractions", "5.5 % 2", "null", "1.5");
    row("modulo negative", "-7 % 3", "null", "-1");
    row("precedence * over +", "1 + 2 * 3", "null", "7");
    row("parentheses", "(1 + 2) * 3", "null", "9");
    row("left associative -", "10 - 4 - 3", "null", "3");
    row("left associative /", "64 / 4 / 2", "null", "8");
    row("unary minus", "-input.n", fizz, "-15");
    row("double minus", "- -3", "null", "3");
    row("unary plus converts", "+'42'", "null", "42");
    row("unary binds tighter", "-2 * 3", "null", "-6");
    row("concat strings", "'a' + 'b'", "null", "\"ab\"");
    row("concat number", "'n=' + input.n", fizz, "\"n=15\"");
    row("concat number first", "1 + '1'", "null", "\"11\"");
    row("concat left to right", "1 + 2 + 'x'", "null", "\"3x\"");
    row("concat object", "'o=' + {a: 1}", "null", "\"o={\\\"a\\\":1}\"");
    row("concat null", "'x' + null", "null", "\"xnull\"");
    // comparison
    row("less", "1 < 2", "null", "true");
    row("less equal", "2 <= 2", "null", "true");
    row("greater", "1 > 2", "null", "false");
    row("greater equal", "3 >= 4", "null", "false");
    row("string compare", "'apple' < 'banana'", "null", "true");
    row("string compare case", "'B' < 'a'", "null", "true");
    row("comparison below +", "1 + 1 < 3", "null", "true");
    // equality
    row("equal strings", "input.kind == 'fizz'", fizz, "true");
    row("not equal", "input.kind != 'fizz'", fizz, "false");
    row("strict equal synonym", "input.n === 15", fizz, "true");
    row("strict not equal synonym", "input.n !== 15", fizz, "false");
    row("no coercion", "1 == '1'", "null", "false");
    row("null equals missing", "input.nope == null", fizz, "true");
    row("deep arrays", "[1, [2, {a: 3}]] == [1, [2, {a: 3}]]", "null", "true");
    row("deep arrays differ", "[1, [2, {a: 3}]] == [1, [2, {a: 4}]]", "null", "false");
    row("deep objects", "input.nested == {x: {y: 7}}", fizz, "true");
    row("objects differ in keys", "{a: 1} == {b: 1}", "null", "false");
    row("integer equals float", "2 == 4 / 2", "null", "true");
    row("equality below comparison", "1 < 2 == true", "null", "true");
    // logic
    row("not", "!true", "null", "false");
    row("not not", "!!input.n", fizz, "true");
    row("and returns operand", "1 && 'x'", "null", "\"x\"");
    row("and short-circuits", "0 && input.nope.x", fizz, "0");
    row("or returns operand", "'' || 'default'", "null", "\"default\"");
    row("or first truthy", "'a' || 'b'", "null", "\"a\"");
    row("or short-circuits", "true || (1 / 0)", "null", "true");
    row("and before or", "true || false && false", "null", "true");
    row("nullish", "input.nope ?? 'fallback'", fizz, "\"fallback\"");
    row("nullish keeps zero", "input.zero ?? 5", fizz, "0");
    row("nullish keeps empty", "input.empty ?? 'x'", fizz, "\"\"");
    row("nullish chain", "null ?? null ?? 3", "null", "3");
    row("conditional", "input.n > 10 ? 'big' : 'small'", fizz, "\"big\"");
    row("conditional false", "input.n > 100 ? 'big' : 'small'", fizz, "\"small\"");
    row("conditional right assoc", "false ? 1 : true ? 2 : 3", "null", "2");
    row("conditional short-circuits", "true ? 1 : 1 / 0", "null", "1");
    row("conditional below ??", "null ?? false ? 'y' : 'n'", "null", "\"n\"");
    // functions
    row("len string", "len('héllo')", "null", "5");
    row("len array", "len(input.tags)", fizz, "3");
    row("len object", "len(input.nested)", fizz, "1");
    row("keys", "keys({b: 1, a: 2})", "null", "[\"a\",\"b\"]");
    row("values", "values({b: 1, a: 2})", "null", "[2,1]");
    row("has object", "has(input, 'kind')", fizz, "true");
    row("has object missing", "has(input, 'nope')", fizz, "false");
    row("has null member", "has(input, 'nothing')", fizz, "true");
    row("has array index", "has(input.tags, 2)", fizz, "true");
    row("has array past end", "has(input.tags, 3)", fizz, "false");
    row("str number", "str(15)", "null", "\"15\"");
    row("str fraction", "str(0.1)", "null", "\"0.1\"");
    row("str object", "str({a: [1, 'x']})", "null", "\"{\\\"a\\\":[1,\\\"x\\\"]}\"");
    row("str string", "str('as is')", "null", "\"as is\"");
    row("str null", "str(null)", "null", "\"null\"");
    row("num string", "num(' 12.5 ')", "null", "12.5");
    row("num bool", "num(true)", "null", "1");
    row("num null", "num(null)", "null", "0");
    row("int", "int(-3.7)", "null", "-3");
    row("int string", "int('9.9')", "null", "9");
    row("floor", "floor(-1.5)", "null", "-2");
    row("ceil", "ceil(1.2)", "null", "2");
    row("round half up", "round(2.5)", "null", "3");
    row("round negative half", "round(-2.5)", "null", "-2");
    row("abs", "abs(-4)", "null", "4");
    row("min", "min(3, 1, 2)", "null", "1");
    row("max", "max(3, 1, 2)", "null", "3");
    row("min of array", "min(input.list)", fizz, "1");
    row("max of array", "max(input.list)", fizz, "3");
    row("sum", "sum(input.list)", fizz, "6");
    row("sum empty", "sum([])", "null", "0");
    row("upper", "upper('abc')", "null", "\"ABC\"");
    row("lower", "lower('ÀBC')", "null", "\"àbc\"");
    row("trim", "trim(input.text)", fizz, "\"Hi there\"");
    row("contains string", "contains('fizzbuzz', 'zb')", "null", "true");
    row("contains string no", "contains('fizz', 'buzz')", "null", "false");
    row("contains array", "contains(input.tags, 'b')", fizz, "true");
    row("contains array deep", "contains([{a: 1}], {a: 1})", "null", "true");
    row("contains array no", "contains(input.tags, 'z')", fizz, "false");
    row("startsWith", "startsWith('fizzbuzz', 'fizz')", "null", "true");
    row("endsWith", "endsWith('fizzbuzz', 'fizz')", "null", "false");
    row("split", "split('a,b,,c', ',')", "null", "[\"a\",\"b\",\"\",\"c\"]");
    row("split characters", "split('abc', '')", "null", "[\"a\",\"b\",\"c\"]");
    row("join", "join(input.tags, '-')", fizz, "\"a-b-c\"");
    row("join default separator", "join([1, 'x', null, true])", "null", "\"1,x,,true\"");
    row("slice string", "slice('fizzbuzz', 4)", "null", "\"buzz\"");
    row("slice string range", "slice('fizzbuzz', 1, 3)", "null", "\"iz\"");
    row("slice negative", "slice('fizzbuzz', -4, -1)", "null", "\"buz\"");
    row("slice array", "slice(input.tags, 1)", fizz, "[\"b\",\"c\"]");
    row("slice array end before start", "slice(input.tags, 2, 1)", fizz, "[]");
    row("slice beyond", "slice(input.tags, -10, 10)", fizz, "[\"a\",\"b\",\"c\"]");
    row("replace all", "replace('a-b-c', '-', '+')", "null", "\"a+b+c\"");
    row("type null", "type(input.nope)", fizz, "\"null\"");
    row("type boolean", "type(false)", "null", "\"boolean\"");
    row("type number", "type(1)", "null", "\"number\"");
    row("type string", "type('')", "null", "\"string\"");
    row("type array", "type([])", "null", "\"array\"");
    row("type object", "type({})", "null", "\"object\"");
    row("merge", "merge({a: 1, b: 1}, {b: 2}, {c: 3})", "null", "{\"a\":1,\"b\":2,\"c\":3}");
    row("merge skips null", "merge(input.nested, input.nope)", fizz, "{\"x\":{\"y\":7}}");
    row("json object", "json('{\"a\": [1]}')", "null", "{\"a\":[1]}");
    row("json scalar", "json('12')", "null", "12");
    row("json string", "json('\"s\"')", "null", "\"s\"");
    row("nested calls", "upper(join(slice(input.tags, 0, 2), ''))", fizz, "\"AB\"");
    row("fizzbuzz", "input.n % 15 == 0 ? 'fizzbuzz' : input.n % 3 == 0 ? 'fizz' : str(input.n)", fizz,
        "\"fizzbuzz\"");
    row("whitespace", "  input . n\n+\t1 ", fizz, "16");
}

void tst_FlowExpression::evaluate()
{
    QFETCH(QString, expression);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const auto parsed = FlowExpression::parse(expression);
    QVERIFY2(parsed, qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed->source(), expression);
    const auto result = parsed->evaluate(json(input));
    QVERIFY2(result, qPrintable(result.errorMessage()));
    QCOMPARE(JsonPayload::toJson(*result), expected);
}

void tst_FlowExpression::evaluationErrors_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *expression, const char *expected) {
        QTest::newRow(expression) << QString::fromUtf8(expression) << QString::fromUtf8(expected);
    };
    row("1 / 0", "at column 3: division by zero");
    row("5 % 0", "at column 3: division by zero");
    row("1 / input.zero", "division by zero");
    row("-'a'", "at column 1: unary - needs a number, not string");
    row("1 - 'a'", "- needs two numbers, not number and string");
    row("{} * 2", "* needs two numbers, not object and number");
    row("[1] + [2]", "+ needs two numbers, or a string on one side, not array and array");
    row("1 < 'a'", "comparison needs two numbers or two strings, not number and string");
    row("null < 1", "comparison needs two numbers or two strings, not null and number");
    row("len(5)", "at column 1: len needs a string, an array or an object, not number");
    row("keys([])", "keys needs an object, not array");
    row("values('x')", "values needs an object, not string");
    row("has(1, 'a')", "has needs an object or an array, not number");
    row("has({}, 1)", "has(object, key) needs a string key, not number");
    row("num('abc')", "num: 'abc' is not a number");
    row("num([])", "num cannot make a number of array");
    row("int({})", "int cannot make a number of object");
    row("floor('1')", "floor needs a number, not string");
    row("ceil(null)", "ceil needs a number, not null");
    row("round(true)", "round needs a number, not boolean");
    row("abs('x')", "abs needs a number, not string");
    row("min(1, 'a')", "min needs numbers, not string");
    row("max([])", "max of an empty array");
    row("sum('1,2')", "sum needs an array of numbers, not string");
    row("sum([1, 'a'])", "sum needs numbers, not string");
    row("upper(1)", "upper needs a string, not number");
    row("lower(null)", "lower needs a string, not null");
    row("trim([])", "trim needs a string, not array");
    row("contains(1, 1)", "contains needs a string or an array, not number");
    row("contains('abc', 1)", "contains(string, part) needs a string, not number");
    row("startsWith(1, 'a')", "startsWith needs a string, not number");
    row("endsWith('a', 1)", "endsWith needs a string, not number");
    row("split(1, ',')", "split needs a string, not number");
    row("join('abc', ',')", "join needs an array, not string");
    row("join([1], 2)", "join(array, separator) needs a string, not number");
    row("slice(1, 0)", "slice needs a string or an array, not number");
    row("slice('abc', 'x')", "slice's start needs a number, not string");
    row("replace('abc', '', 'x')", "replace needs a non-empty text to replace");
    row("replace('abc', 1, 'x')", "replace needs a string, not number");
    row("merge({}, 1)", "merge needs objects, not number");
    row("json('{nope')", "json: the text is not valid JSON");
    row("json('1, 2')", "json: the text is not valid JSON");
    row("json(1)", "json needs a string, not number");
    row("1e308 * 10", "* overflows");
    row("true ? 1 / 0 : 1", "at column 10: division by zero");
}

void tst_FlowExpression::evaluationErrors()
{
    QFETCH(QString, expression);
    QFETCH(QString, expected);
    const auto parsed = FlowExpression::parse(expression);
    QVERIFY2(parsed, qPrintable(parsed.errorMessage()));
    const auto result = parsed->evaluate(json(fizz));
    QVERIFY2(!result, JsonPayload::toJson(result.ok() ? *result : QJsonValue()).constData());
    QVERIFY2(result.errorMessage().contains(expected), qPrintable(result.errorMessage()));
    QVERIFY2(result.errorMessage().startsWith(QLatin1String("at column ")),
             qPrintable(result.errorMessage()));
}

void tst_FlowExpression::parseErrors_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const QString &expression, const char *expected) {
        QTest::newRow(name) << expression << QString::fromUtf8(expected);
    };
    row("empty", QString(), "at column 1: the expression is empty");
    row("blank", QStringLiteral("   "), "at column 1: the expression is empty");
    row("missing paren", QStringLiteral("max(1, 2"),
        "at column 9: expected ',' or ')' after the arguments of max");
    row("missing separator", QStringLiteral("max(1 2)"),
        "at column 7: expected ',' or ')' after the arguments of max");
    row("unclosed group", QStringLiteral("(1 + 2"), "at column 7: expected ')' to close the '(' at column 1");
    row("unclosed index", QStringLiteral("input[0"),
        "at column 8: expected ']' after the index (opened at column 6)");
    row("unclosed array", QStringLiteral("[1, 2"),
        "at column 6: expected ',' or ']' in the array opened at column 1");
    row("unclosed object", QStringLiteral("{a: 1"),
        "at column 6: expected ',' or '}' in the object opened at column 1");
    row("object without colon", QStringLiteral("{a 1}"), "at column 4: expected ':' after the key 'a'");
    row("object bad key", QStringLiteral("{1: 2}"), "at column 2: expected a key");
    row("dangling operator", QStringLiteral("1 +"), "at column 4: unexpected end of the expression");
    row("two values", QStringLiteral("input input"),
        "at column 7: unexpected 'input' after the end of the expression");
    row("unknown variable", QStringLiteral("inptu.n"),
        "at column 1: unknown variable 'inptu' (variables: input)");
    row("function as variable", QStringLiteral("len"), "at column 1: len is a function: call it as len(...)");
    row("unknown function", QStringLiteral("1 + eval('x')"), "at column 5: unknown function 'eval'");
    row("no methods", QStringLiteral("input.toString()"), "at column 15: unexpected '(' after the end");
    row("arity too many", QStringLiteral("len(1, 2)"), "at column 1: len takes 1 argument, not 2");
    row("arity too few", QStringLiteral("replace('a', 'b')"),
        "at column 1: replace takes 3 arguments, not 2");
    row("arity range", QStringLiteral("slice('a')"), "at column 1: slice takes 2 or 3 arguments, not 1");
    row("arity at least", QStringLiteral("min()"), "at column 1: min takes at least 1 arguments, not 0");
    row("unterminated string", QStringLiteral("'abc"), "at column 1: unterminated string");
    row("bad escape", QStringLiteral("'a\\qb'"), "at column 3: unknown escape '\\q'");
    row("bad unicode escape", QStringLiteral("'\\u12'"), "\\u needs four hexadecimal digits");
    row("bad character", QStringLiteral("1 # 2"), "at column 3: unexpected character '#'");
    row("assignment", QStringLiteral("input = 1"), "at column 7: unexpected character '='");
    row("bad number", QStringLiteral("12abc"), "at column 3: unexpected 'a' in a number");
    row("property after dot", QStringLiteral("input.[0]"), "at column 7: expected a property name after '.'");
    row("ternary without else", QStringLiteral("true ? 1"),
        "at column 9: expected ':' after the 'then' branch");
    row("lambda", QStringLiteral("x => x"), "at column 3: unexpected character '='");
    row("too long", QStringLiteral("1+").repeated(2048) + QStringLiteral("1"),
        "the expression is 4097 characters long, more than the limit of 4096");
    row("too deep parens",
        QStringLiteral("(").repeated(65) + QStringLiteral("1") + QStringLiteral(")").repeated(65),
        "at column 65: the expression nests deeper than 64 levels");
    row("too deep unary", QStringLiteral("!").repeated(100) + QStringLiteral("1"),
        "the expression nests deeper than 64 levels");
    row("too deep arrays", QStringLiteral("[").repeated(70) + QStringLiteral("]").repeated(70),
        "the expression nests deeper than 64 levels");
}

void tst_FlowExpression::parseErrors()
{
    QFETCH(QString, expression);
    QFETCH(QString, expected);
    const auto parsed = FlowExpression::parse(expression);
    QVERIFY2(!parsed, qPrintable(expression));
    QVERIFY2(parsed.errorMessage().contains(expected), qPrintable(parsed.errorMessage()));
}

void tst_FlowExpression::truthiness_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("truthy");
    QTest::newRow("false") << QByteArray("false") << false;
    QTest::newRow("true") << QByteArray("true") << true;
    QTest::newRow("0") << QByteArray("0") << false;
    QTest::newRow("-0") << QByteArray("-0") << false;
    QTest::newRow("0.1") << QByteArray("0.1") << true;
    QTest::newRow("-1") << QByteArray("-1") << true;
    QTest::newRow("empty string") << QByteArray("\"\"") << false;
    QTest::newRow("string 0") << QByteArray("\"0\"") << true;
    QTest::newRow("string false") << QByteArray("\"false\"") << true;
    QTest::newRow("null") << QByteArray("null") << false;
    QTest::newRow("empty array") << QByteArray("[]") << true;
    QTest::newRow("empty object") << QByteArray("{}") << true;
}

void tst_FlowExpression::truthiness()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, truthy);
    const QJsonValue v = json(value);
    QCOMPARE(FlowExpression::isTruthy(v), truthy);
    // The operators agree with isTruthy.
    const auto notNot = FlowExpression::parse(QStringLiteral("!!input"));
    QVERIFY(notNot);
    QCOMPARE(notNot->evaluate(v)->toBool(), truthy);
    const auto ternary = FlowExpression::parse(QStringLiteral("input ? 'yes' : 'no'"));
    QCOMPARE(ternary->evaluate(v)->toString(), truthy ? QStringLiteral("yes") : QStringLiteral("no"));
    QVERIFY(!FlowExpression::isTruthy(QJsonValue(qQNaN())));
    QVERIFY(!FlowExpression::isTruthy(QJsonValue()));
}

void tst_FlowExpression::variables()
{
    const QStringList allowed{QStringLiteral("input"), QStringLiteral("run"), QStringLiteral("item"),
                              QStringLiteral("index")};
    const auto e = FlowExpression::parse(
        QStringLiteral("run.flow + '#' + index + ':' + item.name + (input.x ?? '-')"), allowed);
    QVERIFY2(e, qPrintable(e.errorMessage()));
    const QHash<QString, QJsonValue> vars{
        {QStringLiteral("run"), QJsonObject{{QStringLiteral("id"), QStringLiteral("r1")},
                                            {QStringLiteral("flow"), QStringLiteral("f")}}},
        {QStringLiteral("item"), QJsonObject{{QStringLiteral("name"), QStringLiteral("a")}}},
        {QStringLiteral("index"), 2}};
    const auto result = e->evaluate(QJsonValue(), vars);
    QVERIFY2(result, qPrintable(result.errorMessage()));
    QCOMPARE(result->toString(), QStringLiteral("f#2:a-"));

    // A variable allowed but not supplied is null.
    QCOMPARE(e->evaluate(QJsonObject{}).value().toString(), QStringLiteral("null#null:null-"));

    // Without a list any identifier is a variable; unknown ones are null.
    const auto open = FlowExpression::parse(QStringLiteral("whatever ?? other ?? 'none'"), {});
    QVERIFY2(open, qPrintable(open.errorMessage()));
    QCOMPARE(open->evaluate(QJsonValue())->toString(), QStringLiteral("none"));
    QCOMPARE(open->evaluate(QJsonValue(), {{QStringLiteral("other"), 5}})->toDouble(), 5.0);

    const auto refused = FlowExpression::parse(QStringLiteral("item"));
    QVERIFY(!refused);
    QCOMPARE(refused.errorMessage(),
             QStringLiteral("at column 1: unknown variable 'item' (variables: input)"));
}

void tst_FlowExpression::nullExpression()
{
    const FlowExpression e;
    QVERIFY(e.isNull());
    QVERIFY(e.source().isEmpty());
    QVERIFY(e.evaluate(QJsonObject{})->isNull());
    const auto parsed = FlowExpression::parse(QStringLiteral("1"));
    QVERIFY(!parsed->isNull());
    const FlowExpression copy = *parsed; // copies share the AST
    QCOMPARE(copy.evaluate(QJsonValue())->toDouble(), 1.0);
}

void tst_FlowExpression::sizeGuards()
{
    // A deliberately huge input: 9 Mi characters doubled is more than 16 Mi.
    const QString big(9 * 1024 * 1024, QLatin1Char('x'));
    const QJsonValue input(big);
    const auto concat = FlowExpression::parse(QStringLiteral("input + input"));
    const auto r1 = concat->evaluate(input);
    QVERIFY(!r1);
    QVERIFY2(r1.errorMessage().contains(QLatin1String("at column 7: the string from + would have 18874368 "
                                                      "characters, more than the limit of 16777216")),
             qPrintable(r1.errorMessage()));
    // Smaller is fine, and nothing is lost: the input is untouched.
    QCOMPARE(concat->evaluate(QJsonValue(QStringLiteral("ab")))->toString(), QStringLiteral("abab"));

    const auto replace = FlowExpression::parse(QStringLiteral("replace(input, 'x', 'yy')"));
    const auto r2 = replace->evaluate(input);
    QVERIFY(!r2);
    QVERIFY2(r2.errorMessage().contains(QLatin1String("the string from replace would have")),
             qPrintable(r2.errorMessage()));

    const auto split = FlowExpression::parse(QStringLiteral("split(input + input, '')"));
    const auto big2 = QJsonValue(QString(9 * 1024 * 1024, QLatin1Char('y')));
    QVERIFY(!split->evaluate(big2));

    const auto join = FlowExpression::parse(QStringLiteral("join([input, input], '')"));
    const auto r3 = join->evaluate(input);
    QVERIFY(!r3);
    QVERIFY2(r3.errorMessage().contains(QLatin1String("the string from join would have")),
             qPrintable(r3.errorMessage()));

    const auto str = FlowExpression::parse(QStringLiteral("str([input, input])"));
    const auto r4 = str->evaluate(input);
    QVERIFY(!r4);
    QVERIFY2(r4.errorMessage().contains(QLatin1String("the string from str would have")),
             qPrintable(r4.errorMessage()));
}

void tst_FlowExpression::stepBudget()
{
    QJsonArray numbers;
    for (int i = 0; i < FlowExpression::MaxSteps + 1; ++i)
        numbers.append(1);
    const QJsonValue input(numbers);
    const auto sum = FlowExpression::parse(QStringLiteral("sum(input)"));
    const auto r = sum->evaluate(input);
    QVERIFY(!r);
    QVERIFY2(r.errorMessage().contains(QLatin1String("the expression needs more than 1000000 steps")),
             qPrintable(r.errorMessage()));
    // The budget is per evaluation, not shared: a small input after the big one is fine.
    QCOMPARE(sum->evaluate(QJsonArray{1, 2, 3})->toDouble(), 6.0);
    // Cheap operations on the huge input stay cheap.
    const auto len = FlowExpression::parse(QStringLiteral("len(input) + input[-1]"));
    QCOMPARE(len->evaluate(input)->toDouble(), double(FlowExpression::MaxSteps + 2));
    // Deep equality counts elements too.
    const auto eq = FlowExpression::parse(QStringLiteral("input == input"));
    QVERIFY(!eq->evaluate(input));
}

void tst_FlowExpression::everyFunctionIsCovered()
{
    // The whitelist is exactly what docs/flows.md lists; evaluate_data() has a row for each.
    const QStringList expected{
        QStringLiteral("abs"),      QStringLiteral("ceil"),    QStringLiteral("contains"),
        QStringLiteral("endsWith"), QStringLiteral("floor"),   QStringLiteral("has"),
        QStringLiteral("int"),      QStringLiteral("join"),    QStringLiteral("json"),
        QStringLiteral("keys"),     QStringLiteral("len"),     QStringLiteral("lower"),
        QStringLiteral("max"),      QStringLiteral("merge"),   QStringLiteral("min"),
        QStringLiteral("num"),      QStringLiteral("replace"), QStringLiteral("round"),
        QStringLiteral("slice"),    QStringLiteral("split"),   QStringLiteral("startsWith"),
        QStringLiteral("str"),      QStringLiteral("sum"),     QStringLiteral("trim"),
        QStringLiteral("type"),     QStringLiteral("upper"),   QStringLiteral("values")};
    QCOMPARE(FlowExpression::functionNames(), expected);
}

void tst_FlowExpression::threads()
{
    const auto e = FlowExpression::parse(QStringLiteral(
        "{kind: input.n % 15 == 0 ? 'fizzbuzz' : input.n % 3 == 0 ? 'fizz' : input.n % 5 == 0 ? "
        "'buzz' : 'number', text: 'n=' + input.n, tags: merge({}, {t: join(input.tags, ',')})}"));
    QVERIFY2(e, qPrintable(e.errorMessage()));
    const FlowExpression shared = *e;
    std::atomic<int> wrong{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&shared, &wrong, t] {
            for (int i = 0; i < 5000; ++i) {
                const int n = t * 5000 + i;
                const QJsonObject input{{QStringLiteral("n"), n},
                                        {QStringLiteral("tags"), QJsonArray{QStringLiteral("a"), n}}};
                const auto r = shared.evaluate(input);
                const QString kind = n % 15 == 0  ? QStringLiteral("fizzbuzz")
                                     : n % 3 == 0 ? QStringLiteral("fizz")
                                     : n % 5 == 0 ? QStringLiteral("buzz")
                                                  : QStringLiteral("number");
                if (!r || r->toObject().value(QStringLiteral("kind")).toString() != kind ||
                    r->toObject().value(QStringLiteral("text")).toString() != QStringLiteral("n=%1").arg(n) ||
                    r->toObject()
                            .value(QStringLiteral("tags"))
                            .toObject()
                            .value(QStringLiteral("t"))
                            .toString() != QStringLiteral("a,%1").arg(n))
                    ++wrong;
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    QCOMPARE(wrong.load(), 0);
}

// A figure, not a threshold: `tst_flowexpression benchmarkCondition` prints the time per evaluation.
void tst_FlowExpression::benchmarkCondition()
{
    const auto e = FlowExpression::parse(QStringLiteral("input.kind == 'fizz'"));
    const QJsonValue input = json(fizz);
    bool truth = false;
    QBENCHMARK
    {
        truth = e->evaluate(input)->toBool();
    }
    QVERIFY(truth);
}

QTEST_GUILESS_MAIN(tst_FlowExpression)
#include "tst_flowexpression.moc"
