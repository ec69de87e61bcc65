#pragma once

#include "functionspec.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Stratus {

// Runs a function's command under an external debugger that listens on 127.0.0.1 (the
// manifest's per-function `debug`, docs/debugger.md "External debuggers"):
//   python-debugpy  python3 -m debugpy --listen 127.0.0.1:PORT --wait-for-client SCRIPT ...
//   node            node --inspect-brk=127.0.0.1:PORT SCRIPT ...
//   gdbserver       gdbserver 127.0.0.1:PORT PROGRAM ...
// Each waits for a debugger before the function runs; the event still arrives on stdin.
class DebugWrapper
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::DebugWrapper)

public:
    static constexpr char Host[] = "127.0.0.1";

    // The function's own settings; an error says what to add to the manifest when there are none.
    static Result<DebugWrapper> forFunction(const FunctionSpec &function);
    DebugWrapper(DebugSettings settings) : m_settings(std::move(settings)) {}

    // program: the resolved command; the result's first element is the program to start.
    Result<QStringList> wrap(const QString &program, const QStringList &arguments) const;

    QString runtime() const { return m_settings.runtime; }
    int port() const { return m_settings.port; }
    int waitMs() const { return m_settings.waitMs; }
    QString address() const; // 127.0.0.1:5678
    // What a person does to attach, in one line.
    QString attachHint() const;

    // From /proc/net/tcp: something listens on 127.0.0.1:port, or a client is connected to it.
    static bool isListening(int port);
    static bool isAttached(int port);

private:
    DebugSettings m_settings;
};

} // namespace Stratus
