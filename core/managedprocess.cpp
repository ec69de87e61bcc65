#include "managedprocess.h"

#include "supervisorlog.h"

#include <QDir>
#include <QFileInfo>
#include <QMetaEnum>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace Stratus {

namespace {

constexpr qsizetype MaxLineBytes = 64 * 1024; // a "line" without newline is cut here
constexpr int RecentLines = 6;                // enough for the error a process dies with

} // namespace

ManagedProcess::ManagedProcess(Spec spec, QObject *parent) : QObject(parent), m_spec(std::move(spec)) {}

ManagedProcess::~ManagedProcess()
{
    // The supervisor stops children before deleting them; this only catches mistakes, and
    // QProcess's own destructor would block while warning.
    if (isRunning()) {
        qCWarning(lcSupervisor) << m_spec.id << "destroyed while running; killing it";
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

qint64 ManagedProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

bool ManagedProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QString ManagedProcess::roleName(Role role)
{
    return QString::fromLatin1(QMetaEnum::fromType<Role>().valueToKey(int(role))).toLower();
}

QString ManagedProcess::stateName(State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(state))).toLower();
}

void ManagedProcess::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ManagedProcess::start()
{
    if (isRunning())
        return;
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
    }
    ++m_launches;
    m_stopping = false;
    m_lastError.clear();
    m_recentOutput.clear();
    m_partial[0].clear();
    m_partial[1].clear();

    if (!m_log && !m_spec.logFile.isEmpty()) {
        m_log = new QFile(m_spec.logFile, this);
        QDir().mkpath(QFileInfo(m_spec.logFile).absolutePath());
        if (!m_log->open(QIODevice::WriteOnly | QIODevice::Append))
            qCWarning(lcSupervisor) << "cannot write" << m_spec.logFile << m_log->errorString();
    }

    auto *process = new QProcess(this);
    m_process = process;
    process->setProgram(m_spec.program);
    process->setArguments(m_spec.arguments);
    if (!m_spec.workingDir.isEmpty())
        process->setWorkingDirectory(m_spec.workingDir);
    if (!m_spec.environment.isEmpty())
        process->setEnvironment(m_spec.environment);
    process->setStandardInputFile(QProcess::nullDevice());
    const pid_t supervisorPid = ::getpid();
    process->setChildProcessModifier([supervisorPid] {
        // Runs between fork and exec: async-signal-safe calls only.
        // A group of its own: a terminal's Ctrl-C reaches the supervisor alone, which then
        // stops the children in dependency order instead of all of them dying at once.
        ::setpgid(0, 0);
        // No orphans, even when the supervisor is SIGKILLed. PDEATHSIG follows the forking
        // *thread*, so the supervisor's thread must outlive its cluster.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != supervisorPid) // the supervisor died before prctl took effect
            ::_exit(127);
    });
    connect(process, &QProcess::readyReadStandardOutput, this,
            [this] { readOutput(QProcess::StandardOutput); });
    connect(process, &QProcess::readyReadStandardError, this,
            [this] { readOutput(QProcess::StandardError); });
    connect(process, &QProcess::finished, this, &ManagedProcess::onFinished);
    // Queued: QProcess may report a failed exec from inside start(), and the supervisor's
    // reaction should not run nested in it.
    connect(
        process, &QProcess::errorOccurred, this,
        [this, process](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                onStartFailed(process);
        },
        Qt::QueuedConnection);

    m_startedAt = QDateTime::currentDateTimeUtc();
    process->start();
    m_lastPid = process->processId();
    if (m_lastPid > 0)
        writeLog(QStringLiteral("--- stratus: started %1 (pid %2) ---")
                     .arg(m_spec.program)
                     .arg(m_lastPid)
                     .toUtf8());
    setState(State::Starting); // after start(), so observers see the PID
}

void ManagedProcess::onStartFailed(QProcess *process)
{
    if (process != m_process || m_state != State::Starting || process->state() != QProcess::NotRunning)
        return;
    m_lastError = tr("cannot start %1: %2").arg(m_spec.program, process->errorString());
    writeLog(QStringLiteral("--- stratus: %1 ---").arg(m_lastError).toUtf8());
    setState(m_stopping ? State::Stopped : State::Crashed);
    if (m_stopping)
        emit stopped();
    else
        emit exited(-1, true);
}

void ManagedProcess::markReady()
{
    if (m_state != State::Starting)
        return;
    setState(State::Ready);
    emit ready();
}

void ManagedProcess::stop(int graceMs)
{
    m_launchPending = false;
    if (m_restartTimer)
        m_restartTimer->stop();
    if (!isRunning()) {
        setState(State::Stopped);
        // Queued, so a caller iterating over processes is not re-entered.
        QMetaObject::invokeMethod(
            this, [this] { emit stopped(); }, Qt::QueuedConnection);
        return;
    }
    if (m_stopping)
        return;
    m_stopping = true;
    setState(State::Stopping);
    m_process->terminate();
    QTimer::singleShot(graceMs, m_process, [this, process = m_process] {
        if (process->state() != QProcess::NotRunning) {
            qCWarning(lcSupervisor) << m_spec.id << "did not stop on SIGTERM; killing it";
            process->kill();
        }
    });
}

void ManagedProcess::kill()
{
    if (isRunning())
        m_process->kill();
}

void ManagedProcess::readOutput(QProcess::ProcessChannel channel)
{
    const bool isStderr = channel == QProcess::StandardError;
    QByteArray &partial = m_partial[isStderr ? 1 : 0];
    partial += isStderr ? m_process->readAllStandardError() : m_process->readAllStandardOutput();
    qsizetype start = 0;
    for (qsizetype nl = partial.indexOf('\n'); nl >= 0; nl = partial.indexOf('\n', start)) {
        handleLine(isStderr, partial.mid(start, nl - start));
        start = nl + 1;
    }
    partial.remove(0, start);
    while (partial.size() > MaxLineBytes) {
        handleLine(isStderr, partial.left(MaxLineBytes));
        partial.remove(0, MaxLineBytes);
    }
}

void ManagedProcess::flushPartialLines()
{
    for (int i = 0; i < 2; ++i) {
        if (!m_partial[i].isEmpty())
            handleLine(i == 1, m_partial[i]);
        m_partial[i].clear();
    }
}

void ManagedProcess::handleLine(bool isStderr, const QByteArray &rawLine)
{
    const QByteArray line = rawLine.endsWith('\r') ? rawLine.chopped(1) : rawLine;
    writeLog(line);
    const QString text = QString::fromUtf8(line);
    m_recentOutput << text;
    if (m_recentOutput.size() > RecentLines)
        m_recentOutput.removeFirst();
    if (!isStderr && !m_spec.readyLine.isEmpty() && text.trimmed() == m_spec.readyLine)
        markReady();
    emit logLine(m_spec.id, isStderr, text);
}

void ManagedProcess::writeLog(const QByteArray &line)
{
    if (m_log && m_log->isOpen()) {
        m_log->write(line + '\n');
        m_log->flush(); // `stratus logs --follow` reads while we write
    }
}

void ManagedProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (sender() != m_process)
        return;
    readOutput(QProcess::StandardOutput);
    readOutput(QProcess::StandardError);
    flushPartialLines();
    const bool crashed = status == QProcess::CrashExit;
    if (crashed)
        //: Follows the process's name: "invoker.echo-py.0 was killed by a signal"
        m_lastError = tr("was killed by a signal");
    else
        //: Follows the process's name: "invoker.echo-py.0 exited with code 1"
        m_lastError = tr("exited with code %1").arg(exitCode);
    writeLog(QStringLiteral("--- stratus: %1 %2 ---").arg(m_spec.id, m_lastError).toUtf8());
    if (m_stopping) {
        setState(State::Stopped);
        emit stopped();
        return;
    }
    // Any exit nobody asked for is a crash, clean exit code or not: the process should be running.
    setState(State::Crashed);
    emit exited(exitCode, crashed);
}

} // namespace Stratus
