// `stratus` speaks the language the terminal asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG):
// Italian and Spanish from its embedded translations, English otherwise.

#include "testbroker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Stratus::Test;

class tst_CliTranslation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void speaksTheLocalesLanguage_data();
    void speaksTheLocalesLanguage();

private:
    QTemporaryDir m_dir; // flows and a project with problems that core reports
    TestBroker m_broker; // for a stress run whose requests nothing answers

    struct Run
    {
        QString error; // why it could not run, if it could not
        int exitCode = -1;
        QStringList lines; // of stdout, then of stderr
    };
    // Runs stratus with arguments and, of the locale variables, only those of locale (NAME=value).
    static Run stratus(const QStringList &locale, const QStringList &arguments);
};

namespace {

constexpr int DeadlineMs = 30000;

const QString EnglishHelp = QStringLiteral("Run `stratus <command> --help` for a command's options.");
const QString EnglishUnknown = QStringLiteral("stratus: unknown command 'bogus' (see stratus --help)");

// Flow files and a project with one problem each, found by core (Flow, FlowValidator, Manifest).
const char *const CycleFlow = "cycle.flow.json";
const char *const KindFlow = "kind.flow.json";
const char *const ProjectFlow = "project/end.flow.json";
const char *const ExpressionFlow = "expression.flow.json";

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return QDir().mkpath(QFileInfo(path).path()) && file.open(QIODevice::WriteOnly) &&
           file.write(text) == text.size();
}

} // namespace

void tst_CliTranslation::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QDir dir(m_dir.path());
    QVERIFY(writeFile(dir.filePath(QLatin1String(CycleFlow)),
                      R"({"version": 1, "start": "a",
 "nodes": [{"id": "a", "kind": "function", "function": "f"}, {"id": "b", "kind": "function", "function": "g"}],
 "edges": [{"from": "a", "to": "b"}, {"from": "b", "to": "a"}]}
)"));
    QVERIFY(writeFile(dir.filePath(QLatin1String(KindFlow)), R"({"version": 1, "start": "a",
 "nodes": [{"id": "a", "kind": "loop"}]}
)"));
    // The flow is valid; the manifest above it is not (timeoutMs 0), which the command notes.
    QVERIFY(writeFile(dir.filePath(QLatin1String(ProjectFlow)),
                      R"({"version": 1, "start": "a", "nodes": [{"id": "a", "kind": "end"}]})"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("project/stratus.json")),
                      R"({"functions": [{"name": "f", "command": "true", "timeoutMs": 0}]})"));
    // An expression with something after its end (FlowExpression's parser).
    QVERIFY(writeFile(dir.filePath(QLatin1String(ExpressionFlow)), R"({"version": 1, "start": "a",
 "nodes": [{"id": "a", "kind": "modify", "expression": "input.n 5"}, {"id": "b", "kind": "end"}],
 "edges": [{"from": "a", "to": "b"}]}
)"));
    QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
}

void tst_CliTranslation::speaksTheLocalesLanguage_data()
{
    QTest::addColumn<QStringList>("locale");    // VARIABLE=value, on a cleared locale environment
    QTest::addColumn<QStringList>("arguments"); // of stratus
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected"); // how a line of its output (stdout and stderr) starts
    QTest::addColumn<QString>("english");  // the same in English, absent unless English is expected

    const QStringList help{QStringLiteral("--help")};
    const QStringList unknown{QStringLiteral("bogus")};
    const QStringList statusHelp{QStringLiteral("cluster"), QStringLiteral("status"),
                                 QStringLiteral("--help")};
    QTest::newRow("LANGUAGE=it, --help")
        << QStringList{QStringLiteral("LANGUAGE=it")} << help << 0
        << QStringLiteral("Esegui `stratus <comando> --help` per le opzioni di un comando.") << EnglishHelp;
    QTest::newRow("LC_ALL=it_IT.UTF-8, unknown command")
        << QStringList{QStringLiteral("LC_ALL=it_IT.UTF-8")} << unknown << 2
        << QStringLiteral("stratus: comando sconosciuto 'bogus' (vedi stratus --help)") << EnglishUnknown;
    QTest::newRow("LANG=it_IT.UTF-8, cluster status --help")
        << QStringList{QStringLiteral("LANG=it_IT.UTF-8")} << statusHelp << 0
        << QStringLiteral("Utilizzo: stratus cluster status ") // then Qt's "[opzioni]"
        << QStringLiteral("Usage: stratus cluster status ");
    QTest::newRow("LANGUAGE=es, --help")
        << QStringList{QStringLiteral("LANGUAGE=es")} << help << 0
        << QStringLiteral("Ejecuta `stratus <orden> --help` para ver las opciones de una orden.")
        << EnglishHelp;
    QTest::newRow("LC_ALL=es_ES.UTF-8, unknown command")
        << QStringList{QStringLiteral("LC_ALL=es_ES.UTF-8")} << unknown << 2
        << QStringLiteral("stratus: orden desconocida 'bogus' (consulta stratus --help)") << EnglishUnknown;
    QTest::newRow("LC_MESSAGES=es_ES.UTF-8, cluster status --help")
        << QStringList{QStringLiteral("LC_MESSAGES=es_ES.UTF-8")} << statusHelp << 0
        << QStringLiteral("Uso: stratus cluster status ") << QStringLiteral("Usage: stratus cluster status ");
    // LANGUAGE comes first, as in gettext.
    QTest::newRow("LANGUAGE=es over LC_ALL=it_IT.UTF-8")
        << QStringList{QStringLiteral("LANGUAGE=es"), QStringLiteral("LC_ALL=it_IT.UTF-8")} << unknown << 2
        << QStringLiteral("stratus: orden desconocida 'bogus' (consulta stratus --help)") << EnglishUnknown;
    QTest::newRow("LC_ALL=C, --help")
        << QStringList{QStringLiteral("LC_ALL=C")} << help << 0 << EnglishHelp << EnglishHelp;
    QTest::newRow("LC_ALL=C, unknown command")
        << QStringList{QStringLiteral("LC_ALL=C")} << unknown << 2 << EnglishUnknown << EnglishUnknown;
    QTest::newRow("LANGUAGE=de (no translation)")
        << QStringList{QStringLiteral("LANGUAGE=de")} << unknown << 2 << EnglishUnknown << EnglishUnknown;

    // Core's messages (FlowValidator, Flow, Manifest) are in the command line's catalogs too.
    const QDir dir(m_dir.path());
    const QString cycle = dir.filePath(QLatin1String(CycleFlow));
    const QString kind = dir.filePath(QLatin1String(KindFlow));
    const QString project = dir.filePath(QLatin1String(ProjectFlow));
    const auto validate = [](const QString &file) {
        return QStringList{QStringLiteral("flow"), QStringLiteral("validate"), file};
    };
    const QString englishCycle =
        QStringLiteral("%1: node a: cycle: a -> b -> a; a flow is acyclic: remove one of these edges")
            .arg(cycle);
    const QString englishKind = QStringLiteral("%1:2: nodes[0].kind: 'loop' is not a node kind (").arg(kind);
    const QString manifest = dir.filePath(QStringLiteral("project/stratus.json"));
    const QString englishManifest =
        QStringLiteral("%1:1: functions[0].timeoutMs: must be an integer from 1 to 86400000").arg(manifest);
    QTest::newRow("LANGUAGE=it, flow validate: a cycle")
        << QStringList{QStringLiteral("LANGUAGE=it")} << validate(cycle) << 1
        << QStringLiteral("%1: node a: ciclo: a -> b -> a; un flusso è aciclico: rimuovi uno di questi archi")
               .arg(cycle)
        << englishCycle;
    QTest::newRow("LANGUAGE=es, flow validate: a cycle")
        << QStringList{QStringLiteral("LANGUAGE=es")} << validate(cycle) << 1
        << QStringLiteral(
               "%1: node a: ciclo: a -> b -> a; un flujo es acíclico: elimina una de estas aristas")
               .arg(cycle)
        << englishCycle;
    QTest::newRow("LC_ALL=C, flow validate: a cycle")
        << QStringList{QStringLiteral("LC_ALL=C")} << validate(cycle) << 1 << englishCycle << englishCycle;
    QTest::newRow("LANGUAGE=it, flow validate: an unknown node kind")
        << QStringList{QStringLiteral("LANGUAGE=it")} << validate(kind) << 1
        << QStringLiteral("%1:2: nodes[0].kind: 'loop' non è un tipo di nodo (").arg(kind) << englishKind;
    QTest::newRow("LANGUAGE=es, flow validate: an unknown node kind")
        << QStringList{QStringLiteral("LANGUAGE=es")} << validate(kind) << 1
        << QStringLiteral("%1:2: nodes[0].kind: 'loop' no es un tipo de nodo (").arg(kind) << englishKind;
    QTest::newRow("LANGUAGE=it, flow validate: a malformed manifest")
        << QStringList{QStringLiteral("LANGUAGE=it")} << validate(project) << 0
        << QStringLiteral("%1:1: functions[0].timeoutMs: deve essere un intero da 1 a 86400000").arg(manifest)
        << englishManifest;
    QTest::newRow("LANGUAGE=es, flow validate: a malformed manifest")
        << QStringList{QStringLiteral("LANGUAGE=es")} << validate(project) << 0
        << QStringLiteral("%1:1: functions[0].timeoutMs: debe ser un entero de 1 a 86400000").arg(manifest)
        << englishManifest;

    // The expression parser's messages (FlowExpression), through the flow validator.
    const QString expression = dir.filePath(QLatin1String(ExpressionFlow));
    const QString englishExpression =
        QStringLiteral(
            "%1: node a: expression: at column 9: unexpected number after the end of the expression")
            .arg(expression);
    QTest::newRow("LANGUAGE=it, flow validate: a bad expression")
        << QStringList{QStringLiteral("LANGUAGE=it")} << validate(expression) << 1
        << QStringLiteral(
               "%1: node a: expression: alla colonna 9: numero inatteso dopo la fine dell'espressione")
               .arg(expression)
        << englishExpression;
    QTest::newRow("LANGUAGE=es, flow validate: a bad expression")
        << QStringList{QStringLiteral("LANGUAGE=es")} << validate(expression) << 1
        << QStringLiteral(
               "%1: node a: expression: en la columna 9: número inesperado después del final de la expresión")
               .arg(expression)
        << englishExpression;
    QTest::newRow("LC_ALL=C, flow validate: a bad expression")
        << QStringList{QStringLiteral("LC_ALL=C")} << validate(expression) << 1 << englishExpression
        << englishExpression;

    // The stress engine's messages: a payload template it refuses (PayloadTemplate), a broker it
    // cannot reach (NatsDriver, NatsClient::describe), and the summary of a run whose requests
    // nothing answers (StressResult).
    const QStringList badTemplate{QStringLiteral("stress"), QStringLiteral("subject:x"),
                                  QStringLiteral("--nats"), QStringLiteral("nats://127.0.0.1:1"),
                                  QStringLiteral("--data"), QStringLiteral("{{sequence}}")};
    const QString englishTemplate =
        QStringLiteral("stratus: payload template: unknown variable {{sequence}} at byte 0 (known: ");
    QTest::newRow("LANGUAGE=it, stress: an unknown payload variable")
        << QStringList{QStringLiteral("LANGUAGE=it")} << badTemplate << 2
        << QStringLiteral("stratus: modello del payload: variabile sconosciuta {{sequence}} al byte 0 "
                          "(variabili note: ")
        << englishTemplate;
    QTest::newRow("LANGUAGE=es, stress: an unknown payload variable")
        << QStringList{QStringLiteral("LANGUAGE=es")} << badTemplate << 2
        << QStringLiteral("stratus: plantilla del payload: variable desconocida {{sequence}} en el byte 0 "
                          "(conocidas: ")
        << englishTemplate;
    QTest::newRow("LC_ALL=C, stress: an unknown payload variable")
        << QStringList{QStringLiteral("LC_ALL=C")} << badTemplate << 2 << englishTemplate << englishTemplate;
    const QStringList noBroker{QStringLiteral("stress"), QStringLiteral("subject:x"),
                               QStringLiteral("--nats"), QStringLiteral("nats://127.0.0.1:1"),
                               QStringLiteral("-n"),     QStringLiteral("1"),
                               QStringLiteral("-c"),     QStringLiteral("1")};
    QTest::newRow("LANGUAGE=it, stress: no broker")
        << QStringList{QStringLiteral("LANGUAGE=it")} << noBroker << 3
        << QStringLiteral(
               "stratus: impossibile connettersi a nats://127.0.0.1:1: nessun broker raggiungibile a "
               "quell'URL (il cluster è avviato?)")
        << QStringLiteral("stratus: cannot connect to nats://127.0.0.1:1: no broker reachable at that URL "
                          "(is the cluster up?)");
    const QStringList unanswered{QStringLiteral("stress"), QStringLiteral("subject:stratus.nobody"),
                                 QStringLiteral("--nats"), m_broker.url(),
                                 QStringLiteral("-n"),     QStringLiteral("3"),
                                 QStringLiteral("-c"),     QStringLiteral("1")};
    const QString englishErrors = QStringLiteral("  [no-responders]\t3 responses");
    QTest::newRow("LANGUAGE=it, stress: the summary")
        << QStringList{QStringLiteral("LANGUAGE=it")} << unanswered << 0
        << QStringLiteral("  [no-responders]\t3 risposte") << englishErrors;
    QTest::newRow("LANGUAGE=it, stress: the summary's sends")
        << QStringList{QStringLiteral("LANGUAGE=it")} << unanswered << 0
        << QStringLiteral("  Inviate:\t3 (ok 0, errori 3, annullate 0)")
        << QStringLiteral("  Sent:\t\t3 (ok 0, errors 3, cancelled 0)");
    QTest::newRow("LANGUAGE=es, stress: the summary")
        << QStringList{QStringLiteral("LANGUAGE=es")} << unanswered << 0
        << QStringLiteral("  [no-responders]\t3 respuestas") << englishErrors;
    QTest::newRow("LC_ALL=C, stress: the summary")
        << QStringList{QStringLiteral("LC_ALL=C")} << unanswered << 0 << englishErrors << englishErrors;
}

void tst_CliTranslation::speaksTheLocalesLanguage()
{
    QFETCH(QStringList, locale);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    QFETCH(QString, english);

    const Run run = stratus(locale, arguments);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    const auto startsALine = [&run](const QString &start) {
        return std::any_of(run.lines.cbegin(), run.lines.cend(),
                           [&start](const QString &line) { return line.startsWith(start); });
    };
    const QString output = run.lines.join(QLatin1Char('\n'));
    QVERIFY2(startsALine(expected), qPrintable(output));
    if (english != expected)
        QVERIFY2(!startsALine(english), qPrintable(output));
    QCOMPARE(run.exitCode, exitCode);
}

tst_CliTranslation::Run tst_CliTranslation::stratus(const QStringList &locale, const QStringList &arguments)
{
    Run run;
    const QString program = binDir() + QStringLiteral("/stratus");
    if (!QFileInfo::exists(program)) {
        run.error = QStringLiteral("%1 is not built (STRATUS_BIN_DIR)").arg(program);
        return run;
    }
    // The host's locale must not decide: only the row's variables reach the command.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name == QLatin1String("LANGUAGE") || name == QLatin1String("LANG") ||
            name.startsWith(QLatin1String("LC_")))
            env.remove(name);
    }
    for (const QString &variable : locale)
        env.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));

    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(DeadlineMs)) {
        process.kill();
        process.waitForFinished();
        run.error = QStringLiteral("stratus %1 did not finish in time").arg(arguments.join(QLatin1Char(' ')));
        return run;
    }
    if (process.exitStatus() != QProcess::NormalExit) {
        run.error = QStringLiteral("stratus %1 crashed").arg(arguments.join(QLatin1Char(' ')));
        return run;
    }
    run.exitCode = process.exitCode();
    run.lines = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())
                    .split(QLatin1Char('\n'));
    return run;
}

QTEST_GUILESS_MAIN(tst_CliTranslation)
#include "tst_clitranslation.moc"
