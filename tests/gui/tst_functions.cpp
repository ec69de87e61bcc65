// Editing and running functions from the workbench, offscreen, against a real cluster: a
// source opened from the project tree, edited and saved with Ctrl+S; functions created from
// the templates land in the manifest, which still parses; the Functions panel invokes them
// (without a registry process: it lists the manifest's functions and says so); Save and
// Restart restarts the invoker so the next invocation runs the new code.

#include "editorpanel.h"
#include "functionspanel.h"
#include "invocationmodel.h"
#include "mainwindow.h"
#include "manifest.h"
#include "manifesteditor.h"
#include "newfunctiondialog.h"
#include "projectmodel.h"
#include "projectpanel.h"
#include "projecttemplate.h"
#include "recordfeed.h"
#include "registryclient.h"
#include "registrymodel.h"
#include "screenshot.h"
#include "sourcehighlighter.h"
#include "supervisor.h"

#include <QAbstractProxyModel>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QThread>
#include <QTreeView>

#include <memory>

using namespace Stratus;

namespace {

QString binDir()
{
    return qEnvironmentVariable("STRATUS_BIN_DIR");
}

QString sourceDir()
{
    return qEnvironmentVariable("STRATUS_SOURCE_DIR");
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_Functions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void openFromTreeEditSave();
    void createFromTemplates();
    void createRefusesDuplicate();
    void invokeFromFunctionsPanel();
    void editServiceEntry();
    void saveAndRestartRunsNewCode();
    void screenshots();

private:
    // What the user does: pick the function in the table, type the event, click Invoke.
    void invoke(const QString &function, const QString &payload);
    qint64 invokerPid(const QString &function) const;

    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<MainWindow> m_window;
};

void tst_Functions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StratusTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_functions"));
    QSettings().clear();
    QVERIFY2(!binDir().isEmpty(), "STRATUS_BIN_DIR is not set (run through ctest)");
    const QString example = QDir(sourceDir()).filePath(QStringLiteral("resources/examples/basic"));
    m_project = m_dir.filePath(QStringLiteral("example"));
    const Status created = ProjectTemplate::create(example, m_project);
    QVERIFY2(created, qPrintable(created.errorMessage()));

    MainWindow::Options options;
    options.templateDir = example;
    options.supervisor.binDir = binDir();
    m_window = std::make_unique<MainWindow>(WorkbenchSettings{}, options);
    m_window->resize(1500, 950);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(m_project));
}

void tst_Functions::cleanupTestCase()
{
    const auto idle = [this] {
        const Supervisor::State state = m_window->supervisor()->state();
        return state == Supervisor::State::Stopped || state == Supervisor::State::Failed;
    };
    if (m_window && !idle()) {
        m_window->supervisor()->stop();
        QTRY_VERIFY_WITH_TIMEOUT(idle(), 20000);
    }
    m_window.reset();
}

void tst_Functions::openFromTreeEditSave()
{
    ProjectModel *model = m_window->projectModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->indexOf(QStringLiteral("functions/echo.py")).isValid(), 10000);
    QTreeView *tree = m_window->projectPanel()->view();
    auto *proxy = qobject_cast<QAbstractProxyModel *>(tree->model());
    QVERIFY(proxy);
    const QModelIndex index = proxy->mapFromSource(model->indexOf(QStringLiteral("functions/echo.py")));
    tree->scrollTo(index);
    const QPoint center = tree->visualRect(index).center();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, center);
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, center);

    EditorPanel *editor = m_window->editorPanel();
    const QString path = QDir(m_project).filePath(QStringLiteral("functions/echo.py"));
    QTRY_COMPARE_WITH_TIMEOUT(editor->currentPath(), path, 5000);
    QPlainTextEdit *text = editor->currentEditor();
    QVERIFY(text);
    QCOMPARE(text->toPlainText().toUtf8(), readFile(path));

    // Highlighted as Python: the first line is a comment, drawn italic.
    auto *highlighter = text->document()->findChild<SourceHighlighter *>();
    QVERIFY(highlighter);
    QCOMPARE(highlighter->language(), SyntaxRules::Language::Python);

    // Type at the top, save with the keyboard, find it on disk.
    text->setFocus();
    text->moveCursor(QTextCursor::Start);
    QTest::keyClicks(text, QStringLiteral("# edited in the workbench"));
    QTest::keyClick(text, Qt::Key_Return);
    QVERIFY(editor->tabs()->tabText(editor->tabs()->currentIndex()).endsWith(QLatin1Char('*')));
    QSignalSpy saved(editor, &EditorPanel::saved);
    QTest::keyClick(text, Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(saved.wait(5000), qPrintable(editor->messageText()));
    QVERIFY(readFile(path).startsWith("# edited in the workbench\n"));
    QVERIFY(!text->document()->isModified());
    QVERIFY(!editor->tabs()->tabText(editor->tabs()->currentIndex()).endsWith(QLatin1Char('*')));
    const QList<QTextLayout::FormatRange> formats = text->document()->firstBlock().layout()->formats();
    QVERIFY(!formats.isEmpty());
    QVERIFY(formats.first().format.fontItalic());
}

void tst_Functions::createFromTemplates()
{
    // Each language, through the dialog as a user fills it in.
    const struct
    {
        const char *name;
        FunctionTemplates::Language language;
        FunctionSpec::Mode mode;
    } cases[] = {
        {"greet", FunctionTemplates::Language::Python, FunctionSpec::Mode::Warm},
        {"greet-js", FunctionTemplates::Language::Node, FunctionSpec::Mode::Cold},
        {"greet-sh", FunctionTemplates::Language::Shell, FunctionSpec::Mode::Cold},
        {"greet-cpp", FunctionTemplates::Language::Cpp, FunctionSpec::Mode::Cold},
    };
    const QByteArray before = readFile(QDir(m_project).filePath(QStringLiteral("stratus.json")));
    for (const auto &c : cases) {
        const QString name = QLatin1String(c.name);
        QPointer<NewFunctionDialog> dialog = m_window->showNewFunction();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->nameField(), name);
        dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(int(c.language)));
        dialog->modeBox()->setCurrentIndex(dialog->modeBox()->findData(int(c.mode)));
        QSignalSpy created(dialog.data(), &NewFunctionDialog::created);
        QTest::keyClick(dialog->nameField(), Qt::Key_Return);
        QVERIFY2(created.wait(5000), qPrintable(dialog ? dialog->errorText() : QString()));
        const QString source = created.first().first().toString();
        QCOMPARE(source, QDir(m_project).filePath(FunctionTemplates::sourcePath(c.language, name)));
        QVERIFY(QFileInfo(source).isFile());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->editorPanel()->currentPath(), source, 5000);
        QTRY_VERIFY(!dialog);

        auto manifest = Manifest::load(m_project);
        QVERIFY2(manifest, qPrintable(manifest.errorMessage()));
        const FunctionSpec *spec = manifest->function(name);
        QVERIFY(spec);
        QCOMPARE(spec->mode, c.mode);
        QCOMPARE(spec->trigger, QStringLiteral("fn.") + name);
        QCOMPARE(ManifestEditor::functionsUsing(*manifest, source), QStringList{name});
    }
    // The rest of the file is as its author wrote it: only the new entries were inserted.
    const QByteArray after = readFile(QDir(m_project).filePath(QStringLiteral("stratus.json")));
    // One contiguous insertion: the common prefix and suffix cover the whole original.
    qsizetype prefix = 0;
    while (prefix < before.size() && before[prefix] == after[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < before.size() - prefix &&
           before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
        ++suffix;
    QCOMPARE(prefix + suffix, before.size());
    QVERIFY(after.contains("\"services\""));
    // The Functions panel lists them from the manifest while no registry runs.
    QTRY_VERIFY(m_window->registryModel()->rowOf(RegistryEntry::Kind::Function, QStringLiteral("greet")) >=
                0);
}

void tst_Functions::createRefusesDuplicate()
{
    const QString manifestPath = QDir(m_project).filePath(QStringLiteral("stratus.json"));
    const QByteArray before = readFile(manifestPath);
    QPointer<NewFunctionDialog> dialog = m_window->showNewFunction();
    QVERIFY(dialog);
    // A name the manifest has, in a language whose file does not exist yet: the parser refuses.
    QTest::keyClicks(dialog->nameField(), QStringLiteral("echo-py"));
    dialog->languageBox()->setCurrentIndex(
        dialog->languageBox()->findData(int(FunctionTemplates::Language::Cpp)));
    QTest::keyClick(dialog->nameField(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 5000);
    QVERIFY2(dialog->errorText().contains(QStringLiteral("declared twice")), qPrintable(dialog->errorText()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(readFile(manifestPath), before);
    QVERIFY(!QFileInfo::exists(QDir(m_project).filePath(QStringLiteral("functions/echo-py.cpp"))));
    dialog->reject();
}

void tst_Functions::invoke(const QString &function, const QString &payload)
{
    FunctionsPanel *panel = m_window->functionsPanel();
    QVERIFY(panel->selectEntry(function));
    QTest::mouseClick(panel->tabs()->tabBar(), Qt::LeftButton, {},
                      panel->tabs()->tabBar()->tabRect(0).center());
    QVERIFY(panel->payloadEdit()->isVisible());
    panel->payloadEdit()->clear();
    QTest::keyClicks(panel->payloadEdit(), payload);
    QVERIFY(panel->invokeButton()->isEnabled());
    QSignalSpy invoked(panel, &FunctionsPanel::invoked);
    QTest::mouseClick(panel->invokeButton(), Qt::LeftButton);
    // The C++ template compiles itself on its first event.
    QVERIFY(invoked.wait(90000));
}

qint64 tst_Functions::invokerPid(const QString &function) const
{
    const ManagedProcess *process =
        m_window->supervisor()->process(QStringLiteral("invoker.%1.0").arg(function));
    return process ? process->pid() : 0;
}

void tst_Functions::invokeFromFunctionsPanel()
{
    FunctionsPanel *panel = m_window->functionsPanel();
    QCOMPARE(m_window->registryModel()->source(), RegistryModel::Source::Manifest);
    QVERIFY2(panel->statusLabel()->text().contains(QStringLiteral("Registry not running")),
             qPrintable(panel->statusLabel()->text()));

    auto manifest = Manifest::load(m_project);
    QVERIFY2(manifest, qPrintable(manifest.errorMessage()));
    QSignalSpy failed(m_window->supervisor(), &Supervisor::failed);
    m_window->supervisor()->start(*manifest);
    QTRY_VERIFY2_WITH_TIMEOUT(m_window->supervisor()->state() == Supervisor::State::Running ||
                                  !failed.isEmpty(),
                              "the cluster neither started nor failed", 60000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    // The cluster runs a registry that the supervisor fills from the manifest: the panel follows it.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->registryModel()->source(), RegistryModel::Source::Registry, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->registryModel()->rowOf(RegistryEntry::Kind::Function, QStringLiteral("greet-cpp")) >= 0,
        10000);
    QVERIFY2(panel->statusLabel()->text().contains(QStringLiteral("live")),
             qPrintable(panel->statusLabel()->text()));

    // What the panel invokes shows up in the Invocations panel too, through its record.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->recordFeed()->state(), RecordFeed::State::Connected, 10000);
    invoke(QStringLiteral("greet"), QStringLiteral("{\"name\":\"ada\"}"));
    QVERIFY2(panel->resultStatusLabel()->text().contains(QStringLiteral("Stratus-Status: ok")),
             qPrintable(panel->resultStatusLabel()->text() + panel->resultView()->toPlainText()));
    const InvocationModel *records = m_window->invocationModel();
    QTRY_VERIFY_WITH_TIMEOUT(
        [records] {
            for (int row = 0; row < records->rowCount(); ++row) {
                if (records->index(row, InvocationModel::FunctionColumn).data().toString() ==
                    QLatin1String("greet"))
                    return records->index(row, InvocationModel::StatusColumn).data().toString() ==
                           QLatin1String("ok");
            }
            return false;
        }(),
        10000);
    QVERIFY(panel->resultStatusLabel()->text().contains(QStringLiteral("duration")));
    QCOMPARE(panel->resultView()->toPlainText(),
             QStringLiteral(R"({"function":"greet","received":{"name":"ada"}})"));

    invoke(QStringLiteral("greet-js"), QStringLiteral("{\"n\":1}"));
    QCOMPARE(panel->resultView()->toPlainText(),
             QStringLiteral(R"({"function":"greet-js","received":{"n":1}})"));
    invoke(QStringLiteral("greet-sh"), QStringLiteral("plain text"));
    QCOMPARE(panel->resultView()->toPlainText(), QStringLiteral("plain text"));
    invoke(QStringLiteral("greet-cpp"), QStringLiteral("bytes"));
    QVERIFY2(panel->resultStatusLabel()->text().contains(QStringLiteral("Stratus-Status: ok")),
             qPrintable(panel->resultStatusLabel()->text() + panel->resultView()->toPlainText()));
    QCOMPARE(panel->resultView()->toPlainText(), QStringLiteral("greet-cpp: bytes"));

    // The template refuses a non-JSON event: the error and its status are shown.
    invoke(QStringLiteral("greet"), QStringLiteral("not json"));
    QVERIFY2(panel->resultStatusLabel()->text().contains(QStringLiteral("function-error")),
             qPrintable(panel->resultStatusLabel()->text()));
    QVERIFY(panel->resultView()->toPlainText().contains(QStringLiteral("expected a JSON event")));
}

void tst_Functions::editServiceEntry()
{
    // A service registered from outside (as a function may at run time) appears live.
    const QString url = m_window->supervisor()->brokerUrl();
    auto put = std::make_shared<Status>(makeError(QStringLiteral("not run")));
    std::unique_ptr<QThread> writer(QThread::create([url, put] {
        auto registry = RegistryClient::connect(url);
        if (!registry) {
            *put = registry.error();
            return;
        }
        auto written = registry->put(RegistryEntry::Kind::Service,
                                     QJsonObject{{QStringLiteral("id"), QStringLiteral("billing")},
                                                 {QStringLiteral("name"), QStringLiteral("Billing")},
                                                 {QStringLiteral("topic"), QStringLiteral("svc.billing")}});
        *put = written ? Status(Ok{}) : Status(written.error());
    }));
    QSignalSpy finished(writer.get(), &QThread::finished);
    writer->start();
    QVERIFY(finished.wait(15000));
    writer->wait();
    QVERIFY2(*put, qPrintable(put->errorMessage()));
    RegistryModel *model = m_window->registryModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(RegistryEntry::Kind::Service, QStringLiteral("billing")) >= 0,
                             10000);
    const quint64 revision =
        model->entry(model->rowOf(RegistryEntry::Kind::Service, QStringLiteral("billing"))).revision;

    FunctionsPanel *panel = m_window->functionsPanel();
    QVERIFY(panel->selectEntry(QStringLiteral("billing")));
    QVERIFY(panel->detailsEdit()->isVisible()); // a service shows its details, not Invoke
    QVERIFY(panel->saveEntryButton()->isEnabled());
    QVERIFY(!panel->detailsEdit()->isReadOnly());
    QTextCursor cursor = panel->detailsEdit()->document()->find(QStringLiteral("svc.billing"));
    QVERIFY(!cursor.isNull());
    panel->detailsEdit()->setTextCursor(cursor);
    QTest::keyClicks(panel->detailsEdit(), QStringLiteral("svc.billing.v2"));
    QTest::mouseClick(panel->saveEntryButton(), Qt::LeftButton);
    // The change comes back through the watch with a new revision.
    QTRY_VERIFY_WITH_TIMEOUT(
        model->entry(model->rowOf(RegistryEntry::Kind::Service, QStringLiteral("billing")))
                .data.value(QStringLiteral("topic"))
                .toString() == QStringLiteral("svc.billing.v2"),
        10000);
    QVERIFY(model->entry(model->rowOf(RegistryEntry::Kind::Service, QStringLiteral("billing"))).revision >
            revision);
    QTRY_VERIFY(panel->resultStatusLabel()->text().contains(QStringLiteral("Entry saved")));

    // An invalid entry is refused with the registry's reason, and nothing is written.
    panel->detailsEdit()->setPlainText(
        QStringLiteral(R"({"id": "billing", "name": "Billing", "topic": "has spaces"})"));
    QTest::mouseClick(panel->saveEntryButton(), Qt::LeftButton);
    QTRY_VERIFY(panel->resultStatusLabel()->text().contains(QStringLiteral("not saved")));
    QVERIFY2(panel->resultStatusLabel()->text().contains(QStringLiteral("topic")),
             qPrintable(panel->resultStatusLabel()->text()));
}

void tst_Functions::saveAndRestartRunsNewCode()
{
    QCOMPARE(m_window->supervisor()->state(), Supervisor::State::Running);
    const qint64 before = invokerPid(QStringLiteral("greet"));
    QVERIFY(before > 0);
    const QString path = QDir(m_project).filePath(QStringLiteral("functions/greet.py"));
    // Open it from the function, as a user would from the Functions panel.
    FunctionsPanel *panel = m_window->functionsPanel();
    QVERIFY(panel->selectEntry(QStringLiteral("greet")));
    QTest::mouseClick(panel->tabs()->tabBar(), Qt::LeftButton, {},
                      panel->tabs()->tabBar()->tabRect(1).center());
    QVERIFY(panel->openSourceButton()->isVisible());
    QVERIFY(panel->openSourceButton()->isEnabled());
    QTest::mouseClick(panel->openSourceButton(), Qt::LeftButton);
    EditorPanel *editor = m_window->editorPanel();
    QCOMPARE(editor->currentPath(), path);
    QPlainTextEdit *text = editor->currentEditor();
    // A warm worker keeps the old code until its invoker restarts: change the reply.
    QTextCursor cursor = text->document()->find(QStringLiteral("\"received\""));
    QVERIFY(!cursor.isNull());
    text->setTextCursor(cursor);
    // The dialogs of the steps before took the activation: give it back, as a click would.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    text->setFocus();
    QTRY_VERIFY(text->hasFocus());
    QTest::keyClicks(text, QStringLiteral("\"got\""));
    QSignalSpy restart(editor, &EditorPanel::restartRequested);
    QTest::keyClick(text, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY2(restart.wait(5000), qPrintable(editor->messageText()));
    QVERIFY(readFile(path).contains("\"got\": request"));
    QTRY_VERIFY_WITH_TIMEOUT(
        invokerPid(QStringLiteral("greet")) > 0 && invokerPid(QStringLiteral("greet")) != before, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->supervisor()->process(QStringLiteral("invoker.greet.0"))->state(),
                              ManagedProcess::State::Ready, 20000);
    invoke(QStringLiteral("greet"), QStringLiteral("{\"name\":\"grace\"}"));
    QCOMPARE(m_window->functionsPanel()->resultView()->toPlainText(),
             QStringLiteral(R"({"function":"greet","got":{"name":"grace"}})"));
}

void tst_Functions::screenshots()
{
    QCOMPARE(m_window->supervisor()->state(), Supervisor::State::Running);
    FunctionsPanel *panel = m_window->functionsPanel();
    invoke(QStringLiteral("greet"), QStringLiteral("{\"name\":\"ada\"}"));
    for (const char *name : {"functionsDock", "editorDock"}) {
        auto *dock = m_window->findChild<QDockWidget *>(QLatin1String(name));
        QVERIFY(dock);
        dock->raise();
    }
    m_window->openSource(QDir(m_project).filePath(QStringLiteral("functions/greet.py")));
    QVERIFY(!Test::saveScreenshot(panel, QStringLiteral("functions")).isEmpty());
    QVERIFY(!Test::saveScreenshot(m_window->editorPanel(), QStringLiteral("editor")).isEmpty());
    QPointer<NewFunctionDialog> dialog = m_window->showNewFunction();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->nameField(), QStringLiteral("resize-image"));
    QVERIFY(!Test::saveScreenshot(dialog, QStringLiteral("new-function")).isEmpty());
    dialog->reject();
}

QTEST_MAIN(tst_Functions)
#include "tst_functions.moc"
