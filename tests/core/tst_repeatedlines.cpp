#include "repeatedlines.h"

#include <QTest>

using namespace Stratus;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

// A log line's bursts on a clock the test sets: each step is (milliseconds since the start,
// kind, line), or a flush (kind "flush" or "flush all"); what the steps write, in order.
class tst_RepeatedLines : public QObject
{
    Q_OBJECT

private slots:
    void writes_data();
    void writes();
};

using Step = std::tuple<int, QString, QString>;
Q_DECLARE_METATYPE(QList<Step>)

void tst_RepeatedLines::writes_data()
{
    QTest::addColumn<QList<Step>>("steps");
    QTest::addColumn<QStringList>("written");
    const QString full = QStringLiteral("record failed: store-full");
    const QString gone = QStringLiteral("record failed: not-found");
    QTest::newRow("a single line is written, nothing more")
        << QList<Step>{{0, u"full"_s, full}, {20000, u"flush all"_s, {}}} << QStringList{full};
    QTest::newRow("repeats within the period are counted, the count written at the next one after it")
        << QList<Step>{{0, u"full"_s, full},
                       {100, u"full"_s, full + u" 2"_s},
                       {200, u"full"_s, full + u" 3"_s},
                       {10500, u"full"_s, full + u" 4"_s}}
        << QStringList{full, u"repeated 2 more time(s) in 10 s, the last: "_s + full + u" 3"_s,
                       full + u" 4"_s};
    QTest::newRow("kinds are counted apart")
        << QList<Step>{{0, u"full"_s, full}, {1, u"gone"_s, gone}, {2, u"full"_s, full},
                       {3, u"gone"_s, gone}, {4, u"gone"_s, gone}, {5, u"flush all"_s, {}}}
        << QStringList{full, gone, u"repeated 1 more time(s) in 1 s, the last: "_s + full,
                       u"repeated 2 more time(s) in 1 s, the last: "_s + gone};
    QTest::newRow("a flush writes only the bursts whose period has passed")
        << QList<Step>{{0, u"full"_s, full},    {1, u"full"_s, full},    {5000, u"gone"_s, gone},
                       {5001, u"gone"_s, gone}, {10000, u"flush"_s, {}}, {10001, u"gone"_s, gone},
                       {30000, u"flush"_s, {}}}
        << QStringList{full, gone, u"repeated 1 more time(s) in 10 s, the last: "_s + full,
                       u"repeated 2 more time(s) in 25 s, the last: "_s + gone};
    QTest::newRow("after a flush the next line of its kind is written again")
        << QList<Step>{{0, u"full"_s, full},
                       {1, u"full"_s, full},
                       {12000, u"flush"_s, {}},
                       {12001, u"full"_s, full}}
        << QStringList{full, u"repeated 1 more time(s) in 12 s, the last: "_s + full, full};
}

void tst_RepeatedLines::writes()
{
    QFETCH(QList<Step>, steps);
    QFETCH(QStringList, written);
    RepeatedLines lines(10s);
    const RepeatedLines::Clock::time_point start{};
    QStringList out;
    for (const auto &[ms, kind, line] : steps) {
        const auto now = start + std::chrono::milliseconds(ms);
        if (kind == QLatin1String("flush") || kind == QLatin1String("flush all"))
            out << lines.flush(now, kind == QLatin1String("flush all"));
        else
            out << lines.add(kind, line, now);
    }
    QCOMPARE(out, written);
}

QTEST_GUILESS_MAIN(tst_RepeatedLines)
#include "tst_repeatedlines.moc"
