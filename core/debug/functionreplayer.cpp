#include "functionreplayer.h"

#include "debugwrapper.h"
#include "jsondiff.h"
#include "protocol.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QStandardPaths>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace Stratus {

namespace {

const QStringList FunctionPath{QStringLiteral("/usr/local/bin"), QStringLiteral("/usr/bin"),
                               QStringLiteral("/bin")};
constexpr int TickMs = 50;

} // namespace

FunctionReplayer::FunctionReplayer(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<Stratus::ReplayResult>();
    m_tick.setInterval(TickMs);
    connect(&m_tick, &QTimer::timeout, this, &FunctionReplayer::onTick);
}

FunctionReplayer::~FunctionReplayer()
{
    killGroup();
    // Killed processes still being reaped, and the running one: their groups got SIGKILL.
    for (QProcess *process : findChildren<QProcess *>()) {
        process->disconnect(this);
        process->waitForFinished(2000);
    }
}

QString FunctionReplayer::sdkDir()
{
    const QString fromEnv = qEnvironmentVariable(Protocol::EnvSdkDir);
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QDir appDir(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {QStringLiteral("../sdk"), QStringLiteral("../share/stratus/sdk"),
                                     QStringLiteral("../../sdk"), QStringLiteral("../../../sdk")}) {
        if (QFileInfo(appDir.absoluteFilePath(candidate) + QStringLiteral("/python")).isDir())
            return QDir::cleanPath(appDir.absoluteFilePath(candidate));
    }
    return {};
}

QString FunctionReplayer::resolveProgram(const FunctionSpec &function)
{
    const QString path = function.env.value(QStringLiteral("PATH"), FunctionPath.join(QLatin1Char(':')));
    if (function.command.contains(QLatin1Char('/'))) {
        const QFileInfo info(QDir(function.workingDir).absoluteFilePath(function.command));
        return info.isExecutable() && info.isFile() ? info.absoluteFilePath() : QString();
    }
    return QStandardPaths::findExecutable(function.command, path.split(QLatin1Char(':'), Qt::SkipEmptyParts));
}

Result<QStringList> FunctionReplayer::fillArguments(const FunctionSpec &function, const QByteArray &input)
{
    QStringList filled;
    QJsonObject event;
    bool parsed = false;
    for (const QString &arg : function.args) {
        if (!arg.contains(QLatin1String("{{"))) {
            filled << arg;
            continue;
        }
        if (!parsed) {
            QJsonValue value;
            if (!JsonDiff::parse(input, &value) || !value.isObject())
                return makeError(tr("the event must be a JSON object: %1's arguments take fields from it")
                                     .arg(function.name));
            event = value.toObject();
            parsed = true;
        }
        QString out;
        qsizetype pos = 0;
        for (;;) {
            const qsizetype open = arg.indexOf(QLatin1String("{{"), pos);
            const qsizetype close = open < 0 ? -1 : arg.indexOf(QLatin1String("}}"), open + 2);
            if (close < 0) {
                out += arg.mid(pos);
                break;
            }
            out += arg.mid(pos, open - pos);
            const QString field = arg.mid(open + 2, close - open - 2).trimmed();
            const QJsonValue v = event.value(field);
            if (v.isUndefined())
                return makeError(tr("the event has no field \"%1\" (argument template {{%1}} of %2)")
                                     .arg(field, function.name));
            out += v.isString() ? v.toString() : JsonDiff::compact(v);
            pos = close + 2;
        }
        filled << out;
    }
    return filled;
}

QStringList FunctionReplayer::environment(const FunctionSpec &function, const Options &options)
{
    QMap<QString, QString> env{
        {QStringLiteral("PATH"), FunctionPath.join(QLatin1Char(':'))},
        {QStringLiteral("HOME"), qEnvironmentVariable("HOME", QDir::tempPath())},
        {QStringLiteral("LANG"), QStringLiteral("C.UTF-8")},
        {QLatin1String(Protocol::EnvFunction), function.name},
        {QLatin1String(Protocol::EnvMode), QStringLiteral("cold")}, // one event, also for warm functions
        {QLatin1String(Protocol::EnvSubject), options.subject.isEmpty() ? function.trigger : options.subject},
        {QLatin1String(Protocol::EnvRequestId), options.requestId},
        {QLatin1String(Protocol::EnvReplyTo), QString()},
        {QLatin1String(Protocol::EnvNatsUrl), options.natsUrl},
    };
    const QString sdk = sdkDir();
    if (!sdk.isEmpty()) {
        env.insert(QLatin1String(Protocol::EnvSdkDir), sdk);
        env.insert(QStringLiteral("PYTHONPATH"), sdk + QStringLiteral("/python"));
        env.insert(QStringLiteral("NODE_PATH"), sdk + QStringLiteral("/node"));
    }
    for (auto it = function.env.cbegin(); it != function.env.cend(); ++it)
        env.insert(it.key(), it.value());
    QStringList out;
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        out << it.key() + QLatin1Char('=') + it.value();
    return out;
}

void FunctionReplayer::start(const Manifest &manifest, const QString &function, const QByteArray &input,
                             const Options &options)
{
    cancel();
    m_result = ReplayResult();
    m_result.function = function;
    m_debugPort = 0;
    m_debugListening = false;
    m_debugAttached = false;
    m_clock.start();
    const FunctionSpec *spec = manifest.function(function);
    if (!spec)
        return finish(QStringLiteral("bad-request"),
                      tr("%1 declares no function \"%2\"").arg(manifest.filePath, function));
    Options opts = options;
    if (opts.requestId.isEmpty())
        opts.requestId =
            QStringLiteral("replay-%1-%2").arg(QCoreApplication::applicationPid()).arg(++m_sequence);
    m_result.environment = environment(*spec, opts);
    const QString program = resolveProgram(*spec);
    if (program.isEmpty())
        return finish(
            QStringLiteral("spawn-failed"),
            tr("%1: command '%2' not found or not executable (PATH=%3, workdir %4)")
                .arg(spec->name, spec->command, FunctionPath.join(QLatin1Char(':')), spec->workingDir));
    const auto args = fillArguments(*spec, input);
    if (!args)
        return finish(QStringLiteral("bad-request"), args.errorMessage());
    QStringList command = QStringList{program} + *args;
    if (opts.debug) {
        const auto wrapper = DebugWrapper::forFunction(*spec);
        if (!wrapper)
            return finish(QStringLiteral("spawn-failed"), wrapper.errorMessage());
        const auto wrapped = wrapper->wrap(program, *args);
        if (!wrapped)
            return finish(QStringLiteral("spawn-failed"), wrapped.errorMessage());
        if (DebugWrapper::isListening(wrapper->port()))
            return finish(QStringLiteral("spawn-failed"),
                          tr("port %1 is already in use: another debug session (or another program) "
                             "listens there; change debug.port of %2")
                              .arg(wrapper->port())
                              .arg(spec->name));
        command = *wrapped;
        m_debugPort = wrapper->port();
        m_debugWaitMs = wrapper->waitMs();
        m_debugHint = wrapper->attachHint();
    }
    m_result.command = command;
    m_timeoutMs = spec->timeoutMs;
    m_maxOutput = spec->maxOutputBytes;

    auto *process = new QProcess(this);
    m_process = process;
    process->setProgram(command.constFirst());
    process->setArguments(command.mid(1));
    process->setWorkingDirectory(spec->workingDir);
    QProcessEnvironment env;
    for (const QString &kv : std::as_const(m_result.environment))
        env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    process->setProcessEnvironment(env);
    // A group of its own, so a timeout kills what the function started too.
    process->setChildProcessModifier([] { ::setpgid(0, 0); });
    connect(process, &QProcess::readyReadStandardOutput, this, [this, process] {
        m_result.output += process->readAllStandardOutput();
        if (m_result.output.size() > m_maxOutput) {
            killGroup();
            finish(QStringLiteral("output-too-large"),
                   //: "output-too-large" is the status code: keep it
                   tr("output-too-large: %1 wrote more than maxOutputBytes (%2)")
                       .arg(m_result.function)
                       .arg(m_maxOutput));
        }
    });
    connect(process, &QProcess::readyReadStandardError, this,
            [this, process] { m_result.stderrText += QString::fromUtf8(process->readAllStandardError()); });
    connect(process, &QProcess::finished, this, &FunctionReplayer::onExited);
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(QStringLiteral("spawn-failed"),
                   //: "spawn-failed" is the status code: keep it
                   tr("spawn-failed: %1: %2").arg(process->program(), process->errorString()));
    });
    process->start();
    process->write(input);
    process->closeWriteChannel();
    m_tick.start();
}

void FunctionReplayer::onTick()
{
    if (!m_process)
        return;
    const qint64 elapsed = m_clock.elapsed();
    if (m_debugPort > 0 && !m_debugAttached) {
        if (!m_debugListening && DebugWrapper::isListening(m_debugPort)) {
            m_debugListening = true;
            emit waitingForDebugger(
                QStringLiteral("%1:%2").arg(QLatin1String(DebugWrapper::Host)).arg(m_debugPort), m_debugHint);
        }
        if (m_debugListening && DebugWrapper::isAttached(m_debugPort)) {
            m_debugAttached = true; // from here on the person debugging sets the pace: no timeout
            emit debuggerAttached();
            return;
        }
        if (elapsed > m_debugWaitMs) {
            killGroup();
            return finish(QStringLiteral("no-debugger"),
                          tr("no debugger attached to %1:%2 within %3 ms; the replay was stopped (%4)")
                              .arg(QLatin1String(DebugWrapper::Host))
                              .arg(m_debugPort)
                              .arg(m_debugWaitMs)
                              .arg(m_debugHint));
        }
        return;
    }
    if (m_debugPort == 0 && elapsed > m_timeoutMs) {
        killGroup();
        finish(QStringLiteral("timeout"),
               //: "timeout" is the status code: keep it
               tr("timeout: %1 did not answer within %2 ms; its process group "
                  "was killed")
                   .arg(m_result.function)
                   .arg(m_timeoutMs));
    }
}

void FunctionReplayer::onExited(int exitCode, QProcess::ExitStatus exitStatus)
{
    if (!m_process)
        return;
    m_result.output += m_process->readAllStandardOutput();
    m_result.stderrText += QString::fromUtf8(m_process->readAllStandardError());
    if (exitStatus == QProcess::CrashExit) {
        m_result.exitCode = -1;
        return finish(QStringLiteral("crashed"),
                      //: "crashed" is the status code: keep it
                      tr("crashed: %1 was killed by a signal").arg(m_result.function));
    }
    m_result.exitCode = exitCode;
    if (exitCode != 0)
        return finish(QStringLiteral("function-error"),
                      //: "function-error" is the status code: keep it
                      tr("function-error: %1 exited with code %2").arg(m_result.function).arg(exitCode));
    finish(QStringLiteral("ok"));
}

void FunctionReplayer::killGroup()
{
    if (m_process && m_process->processId() > 0)
        ::kill(-pid_t(m_process->processId()), SIGKILL);
}

void FunctionReplayer::cancel()
{
    if (!m_process)
        return;
    killGroup();
    finish(QStringLiteral("cancelled"), tr("the replay was cancelled"));
}

void FunctionReplayer::finish(const QString &status, const QString &error)
{
    m_tick.stop();
    if (QProcess *process = m_process) {
        m_process = nullptr;
        process->disconnect(this);
        if (process->state() != QProcess::NotRunning) {
            if (process->processId() > 0)
                ::kill(-pid_t(process->processId()), SIGKILL);
            // Reaped once it is gone; its signals no longer reach this replayer.
            connect(process, &QProcess::finished, process, &QObject::deleteLater);
        } else {
            process->deleteLater();
        }
    }
    m_result.status = status;
    m_result.error = error;
    m_result.durationUs = m_clock.isValid() ? m_clock.nsecsElapsed() / 1000 : 0;
    if (!m_result.output.isEmpty() && status != QLatin1String("ok") && m_result.error.isEmpty())
        m_result.error = status;
    const ReplayResult result = m_result;
    emit finished(result);
}

} // namespace Stratus
