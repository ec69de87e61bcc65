#include "debugwrapper.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Stratus {

namespace {

// Linux TCP states in /proc/net/tcp.
constexpr int TcpEstablished = 0x01;
constexpr int TcpListen = 0x0A;

bool hasSocket(int port, int state)
{
    for (const QString &table : {QStringLiteral("/proc/net/tcp"), QStringLiteral("/proc/net/tcp6")}) {
        QFile file(table);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        file.readLine(); // the header
        while (!file.atEnd()) {
            const QList<QByteArray> fields = file.readLine().simplified().split(' ');
            if (fields.size() < 4)
                continue;
            const QByteArray local = fields.at(1);
            bool ok = false;
            const int localPort = local.mid(local.lastIndexOf(':') + 1).toInt(&ok, 16);
            if (ok && localPort == port && fields.at(3).toInt(nullptr, 16) == state)
                return true;
        }
    }
    return false;
}

} // namespace

Result<DebugWrapper> DebugWrapper::forFunction(const FunctionSpec &function)
{
    if (function.debug.runtime.isEmpty())
        return makeError(
            QStringLiteral("function %1 has no debugger set: add \"debug\": {\"runtime\": "
                           "\"python-debugpy\" | \"node\" | \"gdbserver\", \"port\": 5678} to its "
                           "entry in stratus.json")
                .arg(function.name));
    return DebugWrapper(function.debug);
}

QString DebugWrapper::address() const
{
    return QStringLiteral("%1:%2").arg(QLatin1String(Host)).arg(m_settings.port);
}

Result<QStringList> DebugWrapper::wrap(const QString &program, const QStringList &arguments) const
{
    const QString base = QFileInfo(program).fileName();
    if (m_settings.runtime == QLatin1String("python-debugpy")) {
        if (!base.startsWith(QLatin1String("python")))
            return makeError(tr("the python-debugpy debugger needs a Python command, not %1").arg(program));
        return QStringList{program,
                           QStringLiteral("-m"),
                           QStringLiteral("debugpy"),
                           QStringLiteral("--listen"),
                           address(),
                           QStringLiteral("--wait-for-client")} +
               arguments;
    }
    if (m_settings.runtime == QLatin1String("node")) {
        if (!base.startsWith(QLatin1String("node")))
            return makeError(tr("the node debugger needs a node command, not %1").arg(program));
        return QStringList{program, QStringLiteral("--inspect-brk=") + address()} + arguments;
    }
    if (m_settings.runtime == QLatin1String("gdbserver")) {
        const QString gdbserver = QStandardPaths::findExecutable(
            QStringLiteral("gdbserver"),
            {QStringLiteral("/usr/local/bin"), QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
        if (gdbserver.isEmpty())
            return makeError(tr("gdbserver is not installed (apt-get install gdbserver)"));
        return QStringList{gdbserver, address(), program} + arguments;
    }
    return makeError(
        tr("unknown debugger runtime \"%1\" (python-debugpy, node or gdbserver)").arg(m_settings.runtime));
}

QString DebugWrapper::attachHint() const
{
    if (m_settings.runtime == QLatin1String("python-debugpy"))
        return QStringLiteral(
                   "Attach to %1 (debugpy: VS Code \"Python: Remote Attach\", host 127.0.0.1, port %2)")
            .arg(address())
            .arg(m_settings.port);
    if (m_settings.runtime == QLatin1String("node"))
        return QStringLiteral(
                   "Attach to %1 (Node.js inspector: chrome://inspect, or VS Code \"Attach\" to port %2)")
            .arg(address())
            .arg(m_settings.port);
    return QStringLiteral("Attach to %1 (gdbserver: gdb PROGRAM -ex \"target remote %1\")").arg(address());
}

bool DebugWrapper::isListening(int port)
{
    return hasSocket(port, TcpListen);
}

bool DebugWrapper::isAttached(int port)
{
    return hasSocket(port, TcpEstablished);
}

} // namespace Stratus
