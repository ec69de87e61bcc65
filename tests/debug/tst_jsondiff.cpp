// JsonDiff: structural comparison of JSON results, a line diff for anything else.

#include "jsondiff.h"

#include <QTest>

using namespace Stratus;

class tst_JsonDiff : public QObject
{
    Q_OBJECT

private slots:
    void compare_data();
    void compare();
    void textFallsBackToLines();
};

void tst_JsonDiff::compare_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<bool>("json");
    QTest::addColumn<QStringList>("changes");

    QTest::newRow("identical") << QByteArray(R"({"a":1,"b":[1,2]})") << QByteArray(R"({"a":1,"b":[1,2]})")
                               << true << QStringList();
    QTest::newRow("key order and spacing do not matter")
        << QByteArray(R"({"a": 1, "b": 2})") << QByteArray("{\"b\":2,\n\"a\":1.0}\n") << true
        << QStringList();
    QTest::newRow("changed value") << QByteArray(R"({"result":"fizz"})") << QByteArray(R"({"result":"buzz"})")
                                   << true << QStringList{QStringLiteral("$.result: \"fizz\" → \"buzz\"")};
    QTest::newRow("added and removed keys")
        << QByteArray(R"({"a":1,"old":true})") << QByteArray(R"({"a":1,"new":[1]})") << true
        << QStringList{QStringLiteral("$.old: removed true"), QStringLiteral("$.new: added [1]")};
    QTest::newRow("nested and odd keys")
        << QByteArray(R"({"x":{"a b":{"c":1}}})") << QByteArray(R"({"x":{"a b":{"c":2}}})") << true
        << QStringList{QStringLiteral("$.x[\"a b\"].c: 1 → 2")};
    QTest::newRow("array elements") << QByteArray("[1,2,3]") << QByteArray("[1,5]") << true
                                    << QStringList{QStringLiteral("$[1]: 2 → 5"),
                                                   QStringLiteral("$[2]: removed 3")};
    QTest::newRow("array grows") << QByteArray(R"({"items":[]})") << QByteArray(R"({"items":[{"id":7}]})")
                                 << true << QStringList{QStringLiteral("$.items[0]: added {\"id\":7}")};
    QTest::newRow("scalars") << QByteArray("15\n") << QByteArray("\"FizzBuzz\"") << true
                             << QStringList{QStringLiteral("$: 15 → \"FizzBuzz\"")};
    QTest::newRow("type change") << QByteArray(R"({"n":"1"})") << QByteArray(R"({"n":1})") << true
                                 << QStringList{QStringLiteral("$.n: \"1\" → 1")};
    QTest::newRow("one side not JSON")
        << QByteArray(R"({"a":1})") << QByteArray("oops") << false << QStringList();
}

void tst_JsonDiff::compare()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(bool, json);
    QFETCH(QStringList, changes);
    const JsonDiff diff = JsonDiff::compare(before, after);
    QCOMPARE(diff.isJson(), json);
    if (!json) {
        QVERIFY(!diff.identical());
        return;
    }
    QStringList got;
    for (const JsonDiff::Change &c : diff.changes())
        got << c.toString();
    QCOMPARE(got, changes);
    QCOMPARE(diff.identical(), changes.isEmpty());
    QCOMPARE(diff.summary(),
             changes.isEmpty() ? QStringLiteral("identical") : changes.join(QLatin1Char('\n')));
}

void tst_JsonDiff::textFallsBackToLines()
{
    const JsonDiff diff = JsonDiff::compare("HELLO\nWORLD\nBYE\n", "HELLO\nTHERE\nBYE\n");
    QVERIFY(!diff.isJson());
    QVERIFY(!diff.identical());
    QCOMPARE(diff.summary(), QStringLiteral("- WORLD\n+ THERE"));
    QCOMPARE(diff.lines().constFirst().kind, JsonDiff::Line::Kind::Same);
    QVERIFY(JsonDiff::compare("same text", "same text").identical());
}

QTEST_GUILESS_MAIN(tst_JsonDiff)
#include "tst_jsondiff.moc"
