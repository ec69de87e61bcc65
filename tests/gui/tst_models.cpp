// The workbench's widget-free models on their own: bounded buffers, level detection,
// filtering, record parsing and git status, without a cluster or a widget.

#include "gitstatus.h"
#include "invocationmodel.h"
#include "invocationrecord.h"
#include "logmodel.h"
#include "manifesteditor.h"
#include "projectmodel.h"
#include "syntaxrules.h"
#include "tablefiltermodel.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Stratus;

class tst_Models : public QObject
{
    Q_OBJECT

private slots:
    void detectLevel_data();
    void detectLevel();
    void logModelIsBounded();
    void filterByKeyAndText();
    void recordParsing();
    void invocationModelIsBounded();
    void gitStatusOfProject();
    void manifestEditorInsertsInPlace();
    void manifestEditorRefusesInvalid();
    void syntaxRulesPerLanguage_data();
    void syntaxRulesPerLanguage();
};

void tst_Models::detectLevel_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<LogModel::Level>("level");
    QTest::newRow("nats info") << "[123] 2026/11/24 17:00:00.000 [INF] Server is ready"
                               << LogModel::Level::Info;
    QTest::newRow("nats error") << "[123] [ERR] oops" << LogModel::Level::Error;
    QTest::newRow("nats warning") << "[123] [WRN] slow consumer" << LogModel::Level::Warning;
    QTest::newRow("python") << "ERROR:root:failed" << LogModel::Level::Error;
    QTest::newRow("debug") << "DEBUG details" << LogModel::Level::Debug;
    QTest::newRow("lower-case words are prose") << "0 errors, no warnings" << LogModel::Level::Info;
    QTest::newRow("inside a word") << "INFORMATIONAL" << LogModel::Level::Info;
    QTest::newRow("fatal") << "FATAL: cannot bind" << LogModel::Level::Error;
}

void tst_Models::detectLevel()
{
    QFETCH(QString, line);
    QFETCH(LogModel::Level, level);
    QCOMPARE(LogModel::detectLevel(line), level);
}

void tst_Models::logModelIsBounded()
{
    LogModel model;
    model.setCapacity(100);
    QSignalSpy seen(&model, &LogModel::processSeen);
    for (int i = 0; i < 250; ++i)
        model.append(i % 2 ? QStringLiteral("a") : QStringLiteral("b"), false,
                     QStringLiteral("line %1").arg(i));
    QCOMPARE(model.rowCount(), 0); // batched: nothing until the timer flushes
    QTRY_COMPARE(model.rowCount(), 100);
    QCOMPARE(model.index(0, LogModel::MessageColumn).data().toString(), QStringLiteral("line 150"));
    QCOMPARE(model.index(99, LogModel::MessageColumn).data().toString(), QStringLiteral("line 249"));
    QCOMPARE(seen.count(), 2);
    for (int i = 250; i < 300; ++i)
        model.append(QStringLiteral("a"), true, QStringLiteral("line %1").arg(i));
    model.flush();
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.index(0, LogModel::MessageColumn).data().toString(), QStringLiteral("line 200"));
    QVERIFY(model.formatLine(99).endsWith(QStringLiteral(" a INFO line 299")));
}

void tst_Models::filterByKeyAndText()
{
    LogModel model;
    model.append(QStringLiteral("broker"), true, QStringLiteral("[INF] ready"));
    model.append(QStringLiteral("broker"), true, QStringLiteral("[ERR] broken pipe"));
    model.append(QStringLiteral("invoker.echo.0"), false, QStringLiteral("ERROR: bad input"));
    model.flush();
    TableFilterModel filter(LogModel::FilterKeyRole);
    filter.setSourceModel(&model);
    filter.setSearchColumns({LogModel::MessageColumn});
    QCOMPARE(filter.rowCount(), 3);
    filter.setColumnKey(LogModel::LevelColumn, QStringLiteral("error"));
    QCOMPARE(filter.rowCount(), 2);
    filter.setColumnKey(LogModel::ProcessColumn, QStringLiteral("broker"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setColumnKey(LogModel::LevelColumn, {});
    filter.setSearchText(QStringLiteral("READY"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setSearchText(QStringLiteral("input"));
    QCOMPARE(filter.rowCount(), 0);
}

void tst_Models::recordParsing()
{
    const QByteArray json = R"({"function":"echo-py","requestId":"r-1","subject":"fn.echo-py","invoker":"i",
        "status":"function-error","exitCode":3,"cold":true,"start":"2026-11-24T17:02:56.123Z","durationUs":1500,
        "pid":42,"input":"in","inputBytes":2,"inputTruncated":false,"output":"","outputBytes":0,
        "outputTruncated":false,"stderr":"trace","error":"exit 3"})";
    auto record = InvocationRecord::fromJson(json);
    QVERIFY2(record, qPrintable(record.errorMessage()));
    QCOMPARE(record->function, QStringLiteral("echo-py"));
    QCOMPARE(record->exitCode, 3);
    QVERIFY(record->cold);
    QCOMPARE(record->durationUs, 1500);
    QCOMPARE(record->start.toMSecsSinceEpoch() % 1000, 123);
    QCOMPARE(record->stderrText, QStringLiteral("trace"));
    QVERIFY(!InvocationRecord::fromJson("not json"));
    QVERIFY(!InvocationRecord::fromJson("{}"));
    QCOMPARE(InvocationModel::formatDuration(1500), QStringLiteral("1.5 ms"));
}

void tst_Models::invocationModelIsBounded()
{
    InvocationModel model;
    model.setCapacity(10);
    QSignalSpy functions(&model, &InvocationModel::functionSeen);
    QList<InvocationRecord> batch;
    for (int i = 0; i < 25; ++i) {
        InvocationRecord r;
        r.function = i % 3 ? QStringLiteral("f") : QStringLiteral("g");
        r.requestId = QString::number(i);
        r.status = QStringLiteral("ok");
        batch << r;
    }
    model.append(batch.mid(0, 8));
    model.append(batch.mid(8)); // larger than the whole buffer
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.record(0).requestId, QStringLiteral("15"));
    QCOMPARE(model.record(9).requestId, QStringLiteral("24"));
    QCOMPARE(functions.count(), 2);
    QVERIFY(model.details(9).contains(QStringLiteral("Request: 24")));
}

void tst_Models::gitStatusOfProject()
{
    QTemporaryDir dir;
    const auto write = [&dir](const QString &name, const QByteArray &text) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("build")));
    write(QStringLiteral("stratus.json"), "{}");
    write(QStringLiteral(".gitignore"), "build/\n");
    write(QStringLiteral("build/out.o"), "x");
    auto outside = GitStatus::scan(dir.path());
    QVERIFY2(outside, qPrintable(outside.errorMessage()));
    // A temp folder could sit inside some repository; only assert when it does not.
    if (!outside->isRepository) {
        QVERIFY(outside->files.isEmpty());
    }
    const Status initialised = GitStatus::init(dir.path());
    QVERIFY2(initialised, qPrintable(initialised.errorMessage()));
    auto scan = GitStatus::scan(dir.path());
    QVERIFY2(scan, qPrintable(scan.errorMessage()));
    QVERIFY(scan->isRepository);
    QCOMPARE(scan->statusOf(QStringLiteral("stratus.json")), GitStatus::FileStatus::New);
    QCOMPARE(scan->statusOf(QStringLiteral("build/out.o")), GitStatus::FileStatus::Ignored);

    ProjectModel model;
    QSignalSpy scanned(&model, &ProjectModel::scanned);
    model.setRootPath(dir.path());
    QVERIFY(scanned.wait(10000));
    QVERIFY(model.isRepository());
    const QModelIndex manifest = model.indexOf(QStringLiteral("stratus.json"));
    QVERIFY(manifest.isValid());
    QCOMPARE(manifest.data(ProjectModel::StatusKeyRole).toString(), QStringLiteral("new"));
    QCOMPARE(model.indexOf(QStringLiteral("build/out.o")).data(ProjectModel::StatusKeyRole).toString(),
             QStringLiteral("ignored"));
    QVERIFY(!model.indexOf(QStringLiteral(".git")).isValid());
}

void tst_Models::manifestEditorInsertsInPlace()
{
    // A description holding brackets and the word "functions" must not mislead the scan; the
    // array after "functions" and the key order stay as written.
    const QByteArray text = R"({
  "version": 1,
  "description": "functions [not this one] {nor this}",
  "functions": [],
  "name": "kept-after"
}
)";
    const QList<QPair<QString, QJsonValue>> entry = FunctionTemplates::entry(
        FunctionTemplates::Language::Python, QStringLiteral("a"), FunctionSpec::Mode::Warm);
    auto first = ManifestEditor::withFunction(text, QStringLiteral("/p/stratus.json"), entry);
    QVERIFY2(first, qPrintable(first.errorMessage()));
    QVERIFY(first->startsWith(text.left(text.indexOf("[]") + 1)));
    QVERIFY(first->endsWith("],\n  \"name\": \"kept-after\"\n}\n"));
    QVERIFY(first->indexOf("\"name\": \"a\"") <
            first->indexOf("\"command\": \"python3\"")); // entry order kept
    auto second =
        ManifestEditor::withFunction(*first, QStringLiteral("/p/stratus.json"),
                                     FunctionTemplates::entry(FunctionTemplates::Language::Shell,
                                                              QStringLiteral("b"), FunctionSpec::Mode::Cold));
    QVERIFY2(second, qPrintable(second.errorMessage()));
    auto parsed = Manifest::parse(*second, QStringLiteral("/p/stratus.json"));
    QVERIFY2(parsed, qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed->functions.size(), 2);
    QCOMPARE(parsed->functions[0].name, QStringLiteral("a"));
    QCOMPARE(parsed->functions[0].mode, FunctionSpec::Mode::Warm);
    QCOMPARE(parsed->functions[1].name, QStringLiteral("b"));
}

void tst_Models::manifestEditorRefusesInvalid()
{
    const auto entry = FunctionTemplates::entry(FunctionTemplates::Language::Node, QStringLiteral("x"),
                                                FunctionSpec::Mode::Cold);
    QVERIFY(!ManifestEditor::withFunction(R"({"version": 1})", QStringLiteral("/p/stratus.json"), entry));
    // An invalid name is refused by the manifest's own parser, with its message.
    const auto bad = FunctionTemplates::entry(FunctionTemplates::Language::Node, QStringLiteral("no spaces"),
                                              FunctionSpec::Mode::Cold);
    auto refused =
        ManifestEditor::withFunction(R"({"functions": []})", QStringLiteral("/p/stratus.json"), bad);
    QVERIFY(!refused);
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("functions[0].name")),
             qPrintable(refused.errorMessage()));
}

void tst_Models::syntaxRulesPerLanguage_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QString>("comment");
    QTest::newRow("python") << "f.py"
                            << "return 'x' # done"
                            << "return"
                            << "# done";
    QTest::newRow("javascript") << "f.js"
                                << "const a = \"x\" // done"
                                << "const"
                                << "// done";
    QTest::newRow("shell") << "f.sh"
                           << "echo ${#a} # done"
                           << "echo"
                           << "# done";
    QTest::newRow("cpp") << "f.cpp"
                         << "return 42; // done"
                         << "return"
                         << "// done";
}

void tst_Models::syntaxRulesPerLanguage()
{
    QFETCH(QString, file);
    QFETCH(QString, line);
    QFETCH(QString, keyword);
    QFETCH(QString, comment);
    const SyntaxRules::Language language = SyntaxRules::languageForFile(file);
    QVERIFY(language != SyntaxRules::Language::PlainText);
    QStringList keywords;
    QStringList comments;
    for (const SyntaxRules::Rule &rule : SyntaxRules::rules(language)) {
        for (auto it = rule.pattern.globalMatch(line); it.hasNext();) {
            const QString match = it.next().captured();
            if (rule.category == SyntaxRules::Category::Keyword)
                keywords << match;
            if (rule.category == SyntaxRules::Category::Comment)
                comments << match;
        }
    }
    QVERIFY2(keywords.contains(keyword), qPrintable(keywords.join(QLatin1Char(','))));
    QCOMPARE(comments, QStringList{comment}); // ${#a} is not a comment
    QVERIFY(SyntaxRules::rules(SyntaxRules::languageForFile(QStringLiteral("notes.txt"))).isEmpty());
}

QTEST_GUILESS_MAIN(tst_Models)
#include "tst_models.moc"
