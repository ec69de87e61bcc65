// The flow editor's inspector, problems list and compare dialog with real widgets (offscreen)
// over a real FlowDocument: fields follow the selection, text that does not parse is shown
// with its error and not applied, Enter applies one undoable edit.

#include "flowdiffdialog.h"
#include "flowdocument.h"
#include "flowinspector.h"
#include "flowoverlay.h"
#include "flowproblemsview.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Stratus;

class tst_FlowInspector : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void nodeFieldsFollowSelection();
    void badExpressionIsNotApplied();
    void goodExpressionAppliesOnEnterAndUndoes();
    void renameThroughTheIdField();
    void numbersAndOpenSource();
    void edgeConditionAndPriority();
    void flowProperties();
    void problemsList();
    void diffDialogWithFileAndGit();

private:
    template <typename T> T *field(const char *name) const
    {
        auto *w = m_inspector->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no field %s", name);
        return w;
    }
    QString fizzbuzzPath() const
    {
        return qEnvironmentVariable("STRATUS_SOURCE_DIR") +
               QStringLiteral("/resources/examples/basic/flows/fizzbuzz.flow.json");
    }

    FlowDocument *m_doc = nullptr;
    FlowInspector *m_inspector = nullptr;
};

void tst_FlowInspector::init()
{
    m_doc = new FlowDocument;
    QVERIFY(m_doc->load(fizzbuzzPath()).ok());
    m_doc->setKnownFunctions(QSet<QString>{QStringLiteral("fizz"), QStringLiteral("buzz"),
                                           QStringLiteral("fizzbuzz"), QStringLiteral("number"),
                                           QStringLiteral("fizzbuzz-check")});
    m_inspector = new FlowInspector(m_doc);
    m_inspector->resize(420, 640);
    m_inspector->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_inspector));
}

void tst_FlowInspector::cleanup()
{
    delete m_inspector;
    delete m_doc;
}

void tst_FlowInspector::nodeFieldsFollowSelection()
{
    m_inspector->showSelection({QStringLiteral("done")}, {});
    QCOMPARE(m_inspector->shownNode(), QStringLiteral("done"));
    QCOMPARE(field<QLineEdit>("nodeId")->text(), QStringLiteral("done"));
    QCOMPARE(field<QLabel>("kind")->text(), QStringLiteral("end"));
    QVERIFY(field<QPlainTextEdit>("expression")->isVisible());
    QCOMPARE(field<QPlainTextEdit>("expression")->toPlainText(),
             QStringLiteral("{n: input.n, result: str(input.result)}"));
    QVERIFY(!field<QComboBox>("function")->isVisible());
    QVERIFY(!field<QSpinBox>("timeoutMs")->isVisible());

    m_inspector->showSelection({QStringLiteral("fizz")}, {});
    QCOMPARE(field<QComboBox>("function")->currentText(), QStringLiteral("fizz"));
    QVERIFY(field<QComboBox>("function")->isVisible());
    QCOMPARE(field<QComboBox>("function")->count(), 5); // the known functions
    QVERIFY(!field<QPlainTextEdit>("expression")->isVisible());
    QVERIFY(field<QSpinBox>("maxAttempts")->isVisible());
    QCOMPARE(field<QLabel>("errorEdge")->text(), QStringLiteral("the run fails (no error edge)"));
    m_doc->addEdge(
        {QStringLiteral("fizz"), QStringLiteral("number"), FlowEdgeKind::Error, {}, false, {}, {}});
    QCOMPARE(field<QLabel>("errorEdge")->text(), QStringLiteral("continue at number"));

    m_inspector->showSelection({QStringLiteral("fizz"), QStringLiteral("buzz")}, {});
    QVERIFY(field<QLabel>("manySelected")->isVisible());
    m_inspector->showSelection({}, {});
    QCOMPARE(field<QLineEdit>("flowName")->text(), QStringLiteral("fizzbuzz"));
}

void tst_FlowInspector::badExpressionIsNotApplied()
{
    m_inspector->showSelection({QStringLiteral("done")}, {});
    const QByteArray before = m_doc->flow().toCanonicalJson();
    auto *expression = field<QPlainTextEdit>("expression");
    auto *error = field<QLabel>("expressionError");
    expression->setFocus();
    expression->selectAll();
    QTest::keyClicks(expression, QStringLiteral("{n: input.n,"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QLatin1String("at column")), qPrintable(error->text()));
    QTest::keyClick(expression, Qt::Key_Return);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(m_doc->flow().toCanonicalJson(), before);
    QCOMPARE(expression->toPlainText(), QStringLiteral("{n: input.n,")); // the user's text is kept
    QTest::keyClicks(expression, QStringLiteral(" foo: nope}"));
    QVERIFY(error->text().contains(QLatin1String("unknown variable 'nope'")));
    // Losing focus does not apply it either.
    field<QLineEdit>("label")->setFocus();
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void tst_FlowInspector::goodExpressionAppliesOnEnterAndUndoes()
{
    m_inspector->showSelection({QStringLiteral("done")}, {});
    auto *expression = field<QPlainTextEdit>("expression");
    auto *error = field<QLabel>("expressionError");
    expression->setFocus();
    expression->selectAll();
    QTest::keyClicks(expression, QStringLiteral("{n: input.n"));
    QVERIFY(error->isVisible());
    QCOMPARE(m_doc->undoStack()->count(), 0); // typing is not editing the flow
    QTest::keyClicks(expression, QStringLiteral(", ok: true}"));
    QVERIFY(!error->isVisible());
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QTest::keyClick(expression, Qt::Key_Return);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->node(QStringLiteral("done"))->expression, QStringLiteral("{n: input.n, ok: true}"));
    QCOMPARE(expression->toPlainText(), QStringLiteral("{n: input.n, ok: true}")); // Enter added no newline
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->node(QStringLiteral("done"))->expression,
             QStringLiteral("{n: input.n, result: str(input.result)}"));
    QCOMPARE(expression->toPlainText(), QStringLiteral("{n: input.n, result: str(input.result)}"));
    QVERIFY(!m_doc->isModified());
    // Shift+Enter is a new line in the text, not an edit.
    QTest::keyClick(expression, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->index(), 0);
}

void tst_FlowInspector::renameThroughTheIdField()
{
    m_inspector->showSelection({QStringLiteral("route")}, {});
    auto *id = field<QLineEdit>("nodeId");
    auto *error = field<QLabel>("nodeIdError");
    id->setFocus();
    id->selectAll();
    QTest::keyClicks(id, QStringLiteral("fizz"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QLatin1String("already is a node 'fizz'")));
    QTest::keyClick(id, Qt::Key_Return);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    id->selectAll();
    QTest::keyClicks(id, QStringLiteral("which"));
    QVERIFY(!error->isVisible());
    QTest::keyClick(id, Qt::Key_Return);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(m_doc->node(QStringLiteral("which")));
    QCOMPARE(m_inspector->shownNode(), QStringLiteral("which"));
    QVERIFY(m_doc->edge({QStringLiteral("check"), QStringLiteral("which"), FlowEdgeKind::Next}));
    m_doc->undoStack()->undo();
    QCOMPARE(m_inspector->shownNode(), QStringLiteral("route"));
    QCOMPARE(id->text(), QStringLiteral("route"));
}

void tst_FlowInspector::numbersAndOpenSource()
{
    m_inspector->showSelection({QStringLiteral("check")}, {});
    auto *timeout = field<QSpinBox>("timeoutMs");
    timeout->setFocus();
    timeout->selectAll();
    QTest::keyClicks(timeout, QStringLiteral("2000"));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QTest::keyClick(timeout, Qt::Key_Return);
    QCOMPARE(m_doc->node(QStringLiteral("check"))->timeoutMs, 2000);
    QCOMPARE(m_doc->undoStack()->count(), 1);

    QSignalSpy open(m_inspector, &FlowInspector::openSourceRequested);
    QTest::mouseClick(field<QToolButton>("openSource"), Qt::LeftButton);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("fizzbuzz-check"));

    auto *function = field<QComboBox>("function");
    function->setFocus();
    function->lineEdit()->selectAll();
    QTest::keyClicks(function, QStringLiteral("nosuch"));
    QTest::keyClick(function, Qt::Key_Return);
    QCOMPARE(m_doc->node(QStringLiteral("check"))->function, QStringLiteral("nosuch"));
    QVERIFY(field<QLabel>("nodeProblems")->isVisible());
    QVERIFY(field<QLabel>("nodeProblems")->text().contains(QLatin1String("no function 'nosuch' is known")));
}

void tst_FlowInspector::edgeConditionAndPriority()
{
    const FlowEdgeKey fizz{QStringLiteral("route"), QStringLiteral("fizz"), FlowEdgeKind::Next};
    m_inspector->showSelection({}, {fizz});
    QVERIFY(m_inspector->shownEdge());
    auto *condition = field<QLineEdit>("condition");
    QCOMPARE(condition->text(), QStringLiteral("input.kind == 'fizz'"));
    QCOMPARE(field<QLabel>("priority")->text(), QStringLiteral("2 of 4"));
    condition->setFocus();
    condition->selectAll();
    QTest::keyClicks(condition, QStringLiteral("input.n % 3 =="));
    QVERIFY(field<QLabel>("conditionError")->isVisible());
    QTest::keyClick(condition, Qt::Key_Return);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QTest::keyClicks(condition, QStringLiteral(" 0"));
    QTest::keyClick(condition, Qt::Key_Return);
    QCOMPARE(m_doc->edge(fizz)->condition, QStringLiteral("input.n % 3 == 0"));
    QCOMPARE(m_doc->undoStack()->count(), 1);

    QTest::mouseClick(field<QToolButton>("raisePriority"), Qt::LeftButton);
    QCOMPARE(m_doc->flow().outgoing(QStringLiteral("route")).first()->to, QStringLiteral("fizz"));
    QCOMPARE(field<QLabel>("priority")->text(), QStringLiteral("1 of 4"));
    QVERIFY(!field<QToolButton>("raisePriority")->isEnabled());
    QCOMPARE(m_doc->undoStack()->count(), 2);

    // The edge out of a function node has no condition to set.
    m_inspector->showSelection({}, {{QStringLiteral("check"), QStringLiteral("route"), FlowEdgeKind::Next}});
    QVERIFY(!condition->isVisible());
    QVERIFY(!field<QLabel>("priority")->isVisible());
}

void tst_FlowInspector::flowProperties()
{
    m_inspector->showSelection({}, {});
    auto *description = field<QLineEdit>("flowDescription");
    description->setFocus();
    description->selectAll();
    QTest::keyClicks(description, QStringLiteral("FizzBuzz, edited"));
    QTest::keyClick(description, Qt::Key_Return);
    QCOMPARE(m_doc->flow().description, QStringLiteral("FizzBuzz, edited"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    auto *start = field<QComboBox>("start");
    QCOMPARE(start->currentText(), QStringLiteral("check"));
    m_doc->undoStack()->undo();
    QVERIFY(description->text().startsWith(QLatin1String("The thesis's FizzBuzz")));
}

void tst_FlowInspector::problemsList()
{
    FlowProblemsView view(m_doc);
    view.show();
    QCOMPARE(view.list()->count(), 0);
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("problemsSummary"))
                ->text()
                .startsWith(QLatin1String("No problems")));
    QVERIFY(
        m_doc->removeItems({}, {{QStringLiteral("route"), QStringLiteral("number"), FlowEdgeKind::Next}}));
    QVERIFY(view.list()->count() >= 2);
    QStringList texts;
    for (int i = 0; i < view.list()->count(); ++i)
        texts << view.list()->item(i)->text();
    QVERIFY2(texts.filter(QStringLiteral("node route: a choice needs a default edge")).size() == 1,
             qPrintable(texts.join(u'\n')));
    QVERIFY(texts.filter(QStringLiteral("node number: not reachable")).size() == 1);

    QSignalSpy activated(&view, &FlowProblemsView::problemActivated);
    const int row = int(texts.indexOf(texts.filter(QStringLiteral("node number")).constFirst()));
    emit view.list()->itemActivated(view.list()->item(row));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("number"));
    QVERIFY(activated.at(0).at(1).value<FlowEdgeKey>().from.isEmpty());

    // An edge problem names the edge.
    FlowEdge e = *m_doc->edge({QStringLiteral("route"), QStringLiteral("fizz"), FlowEdgeKind::Next});
    e.condition = QStringLiteral("input.kind ==");
    QVERIFY(m_doc->setEdge(FlowEdgeKey::of(e), e));
    for (int i = 0; i < view.list()->count(); ++i) {
        if (view.list()->item(i)->text().startsWith(QLatin1String("edge route -> fizz: condition:"))) {
            emit view.list()->itemActivated(view.list()->item(i));
            QCOMPARE(activated.last().at(1).value<FlowEdgeKey>(), FlowEdgeKey::of(e));
        }
    }
    QCOMPARE(activated.count(), 2);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(view.list()->count(), 0);
}

namespace {

bool git(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("git"),
            QStringList{QStringLiteral("-c"), QStringLiteral("user.name=T"), QStringLiteral("-c"),
                        QStringLiteral("user.email=t@example.com")} +
                args);
    return p.waitForFinished(30000) && p.exitCode() == 0;
}

} // namespace

void tst_FlowInspector::diffDialogWithFileAndGit()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("fizzbuzz.flow.json"));
    QVERIFY(QFile::copy(fizzbuzzPath(), file));
    QVERIFY(git(dir.path(), {QStringLiteral("init"), QStringLiteral("-q")}));
    QVERIFY(git(dir.path(), {QStringLiteral("add"), QStringLiteral(".")}));
    QVERIFY(git(dir.path(), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                             QStringLiteral("FizzBuzz")}));
    QVERIFY(m_doc->load(file).ok());

    FlowOverlay overlay;
    FlowDiffDialog dialog(m_doc, &overlay, dir.path());
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.revisionsLoaded(), 10000);
    QCOMPARE(dialog.revisions()->count(), 1);
    QVERIFY(dialog.revisions()->itemText(0).contains(QLatin1String("FizzBuzz")));

    FlowNode fizz = *m_doc->node(QStringLiteral("fizz"));
    fizz.timeoutMs = 2000;
    QVERIFY(m_doc->setNode(fizz.id, fizz));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("compare")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.diff().has_value(), 10000);
    QCOMPARE(dialog.diff()->lines(), QStringList{QStringLiteral("~ node fizz: timeoutMs: 0 → 2000")});
    QCOMPARE(overlay.node(QStringLiteral("fizz")).diff, FlowOverlay::DiffMark::Changed);
    QCOMPARE(dialog.changes()->topLevelItemCount(), 1);
    QCOMPARE(dialog.changes()->topLevelItem(0)->child(0)->text(2), QStringLiteral("2000"));

    // The marks follow further edits.
    QVERIFY(m_doc->removeItems({}, {{QStringLiteral("buzz"), QStringLiteral("done"), FlowEdgeKind::Next}}));
    QTRY_COMPARE(overlay.ghostEdges().size(), 1);

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("clear")), Qt::LeftButton);
    QCOMPARE(overlay.node(QStringLiteral("fizz")).diff, FlowOverlay::DiffMark::None);
    QVERIFY(overlay.ghostEdges().isEmpty());
    QCOMPARE(dialog.changes()->topLevelItemCount(), 0);

    // Another file, and text that is not a flow.
    QVERIFY(dialog
                .compareWith(QByteArray("{\"version\": 1, \"start\": \"check\", \"nodes\": []}"),
                             QStringLiteral("empty"))
                .ok());
    QCOMPARE(dialog.diff()->addedNodes.size(), 7);
    const Status bad = dialog.compareWith("nope", QStringLiteral("other.flow.json"));
    QVERIFY(!bad.ok());
    QVERIFY(bad.errorMessage().contains(QLatin1String("cannot compare with other.flow.json")));
}

QTEST_MAIN(tst_FlowInspector)
#include "tst_flowinspector.moc"
