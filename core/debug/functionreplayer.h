#pragma once

#include "manifest.h"
#include "result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QStringList>
#include <QTimer>

namespace Stratus {

// The outcome of running a function locally (docs/debugger.md, "Replaying an event").
struct ReplayResult
{
    QString function;
    QString status; // as the invoker says it: ok, function-error, crashed, timeout, output-too-large,
                    // bad-request, spawn-failed; and no-debugger when nothing attached in time
    int exitCode = 0;
    QByteArray output;
    QString stderrText;
    qint64 durationUs = 0;
    QString error;           // for a person, when status is not ok
    QStringList command;     // what ran, the program first
    QStringList environment; // "K=V", sorted
    bool ok() const { return status == QLatin1String("ok"); }
};

// Runs one event through a function of the project on this machine, the way a cold-mode
// invoker would (docs/protocol.md): the manifest's command with its argument templates filled
// from the event, in its workdir, in a process group of its own, with the controlled
// environment (PATH, HOME, LANG, the manifest's env, STRATUS_* with STRATUS_MODE=cold, the
// helper libraries on PYTHONPATH and NODE_PATH), the event on stdin, its timeout. Warm
// functions run the same way: their helper library serves one event when STRATUS_MODE is
// cold. Optionally under an external debugger (DebugWrapper). Asynchronous: never blocks.
class FunctionReplayer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool debug = false; // wrap the command with the function's `debug` settings
        QString natsUrl;    // STRATUS_NATS_URL, for functions that call services
        QString requestId;  // STRATUS_REQUEST_ID (default: replay-N)
        QString subject;    // STRATUS_SUBJECT (default: the trigger)
    };

    explicit FunctionReplayer(QObject *parent = nullptr);
    ~FunctionReplayer() override; // kills a running replay's process group

    // finished() follows, also for a function that does not exist or cannot start.
    void start(const Manifest &manifest, const QString &function, const QByteArray &input,
               const Options &options);
    void start(const Manifest &manifest, const QString &function, const QByteArray &input)
    {
        start(manifest, function, input, Options());
    }
    void cancel();
    bool isRunning() const { return m_process != nullptr; }

    // The argument list with {{field}} templates filled from the event, as the invoker does.
    static Result<QStringList> fillArguments(const FunctionSpec &function, const QByteArray &input);
    static QStringList environment(const FunctionSpec &function, const Options &options);
    // The command on the function's PATH (or relative to its workdir), or empty.
    static QString resolveProgram(const FunctionSpec &function);
    static QString sdkDir(); // STRATUS_SDK_DIR, or the build's/installation's sdk folder

signals:
    void waitingForDebugger(const QString &address, const QString &hint);
    void debuggerAttached();
    void finished(const Stratus::ReplayResult &result);

private:
    void finish(const QString &status, const QString &error = {});
    void onExited(int exitCode, QProcess::ExitStatus exitStatus);
    void onTick();
    void killGroup();

    QPointer<QProcess> m_process;
    ReplayResult m_result;
    QElapsedTimer m_clock;
    QTimer m_tick;
    qint64 m_maxOutput = 0;
    int m_timeoutMs = 0;
    int m_debugPort = 0;
    int m_debugWaitMs = 0;
    bool m_debugListening = false;
    bool m_debugAttached = false;
    QString m_debugHint;
    int m_sequence = 0;
};

} // namespace Stratus

Q_DECLARE_METATYPE(Stratus::ReplayResult)
