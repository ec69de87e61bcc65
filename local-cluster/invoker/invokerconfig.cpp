#include "invokerconfig.h"

#include "childprocess.h"
#include "protocol.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <unistd.h>

namespace Stratus::Invoker {

namespace {

QString sdkDir()
{
    const QString fromEnv = qEnvironmentVariable(Protocol::EnvSdkDir);
    if (!fromEnv.isEmpty())
        return fromEnv;
    // Build tree: bin/../sdk; installed: bin/../share/stratus/sdk.
    const QDir appDir(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {QStringLiteral("../sdk"), QStringLiteral("../share/stratus/sdk")}) {
        if (QFileInfo(appDir.absoluteFilePath(candidate)).isDir())
            return QDir::cleanPath(appDir.absoluteFilePath(candidate));
    }
    return {};
}

} // namespace

Result<InvokerConfig> InvokerConfig::fromSpec(const FunctionSpec &spec, const QString &natsUrl, int replica)
{
    InvokerConfig c;
    c.natsUrl = natsUrl.toStdString();
    c.function = spec.name.toStdString();
    c.trigger = spec.trigger.toStdString();
    c.output = spec.output.toStdString();
    c.group = spec.group.toStdString();
    c.warm = spec.mode == FunctionSpec::Mode::Warm;
    c.workingDir = spec.workingDir.toStdString();
    c.timeoutMs = spec.timeoutMs;
    c.maxConcurrency = spec.maxConcurrency;
    c.maxQueue = spec.maxQueue;
    c.maxOutputBytes = size_t(spec.maxOutputBytes);
    c.invokerId = QStringLiteral("%1-%2-%3").arg(spec.name).arg(replica).arg(::getpid()).toStdString();
    for (const QString &a : spec.args)
        c.args.push_back(a.toStdString());

    if (!QFileInfo(spec.workingDir).isDir())
        return makeError(
            QStringLiteral("%1: working directory %2 does not exist").arg(spec.name, spec.workingDir));

    // A controlled environment: functions do not inherit whatever the invoker was started
    // with (a pyenv shim on PATH costs 250 ms per Python start here, see docs/benchmarks.md).
    QMap<QString, QString> env{
        {QStringLiteral("PATH"), QStringLiteral("/usr/local/bin:/usr/bin:/bin")},
        {QStringLiteral("HOME"), qEnvironmentVariable("HOME", QDir::tempPath())},
        {QStringLiteral("LANG"), QStringLiteral("C.UTF-8")},
        {QLatin1String(Protocol::EnvFunction), spec.name},
        {QLatin1String(Protocol::EnvNatsUrl), natsUrl},
        {QLatin1String(Protocol::EnvMode), FunctionSpec::modeName(spec.mode)},
    };
    const QString sdk = sdkDir();
    if (!sdk.isEmpty()) {
        env.insert(QLatin1String(Protocol::EnvSdkDir), sdk);
        env.insert(QStringLiteral("PYTHONPATH"), sdk + QStringLiteral("/python"));
        env.insert(QStringLiteral("NODE_PATH"), sdk + QStringLiteral("/node"));
    }
    for (auto it = spec.env.cbegin(); it != spec.env.cend(); ++it)
        env.insert(it.key(), it.value());
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        c.env.push_back((it.key() + QLatin1Char('=') + it.value()).toStdString());

    c.program = resolveCommand(spec.command.toStdString(), env.value(QStringLiteral("PATH")).toStdString(),
                               c.workingDir);
    if (c.program.empty())
        return makeError(
            QStringLiteral("%1: command '%2' not found or not executable (PATH=%3, workdir %4)")
                .arg(spec.name, spec.command, env.value(QStringLiteral("PATH")), spec.workingDir));
    return c;
}

} // namespace Stratus::Invoker
