#include "functiontemplates.h"

#include <QJsonArray>

namespace Stratus {

QString FunctionTemplates::displayName(Language language)
{
    switch (language) {
    case Language::Python:
        return QStringLiteral("Python");
    case Language::Node:
        return QStringLiteral("Node.js");
    case Language::Shell:
        return QStringLiteral("Shell (bash)");
    case Language::Cpp:
        return QStringLiteral("C++");
    }
    return {};
}

QString FunctionTemplates::sourcePath(Language language, const QString &name)
{
    static const char *const suffixes[] = {".py", ".js", ".sh", ".cpp"};
    return QStringLiteral("functions/") + name + QLatin1String(suffixes[int(language)]);
}

QByteArray FunctionTemplates::source(Language language, const QString &name)
{
    QString text;
    switch (language) {
    case Language::Python:
        text = QStringLiteral(R"(# %1: the event in, the result out (docs/sdk.md). Printing goes to the log.
from stratus_worker import serve, load_json


def handler(event):
    request = load_json(event)  # None when the event is not JSON
    if request is None:
        raise ValueError("expected a JSON event")
    return {"function": "%1", "received": request}


serve(handler)
)");
        break;
    case Language::Node:
        text =
            QStringLiteral(R"(// %1: the event in, the result out (docs/sdk.md). console.log goes to the log.
const { serve, loadJson } = require('stratus_worker');

serve(async (event) => {
  const request = loadJson(event); // null when the event is not JSON
  if (request === null) throw new Error('expected a JSON event');
  return { function: '%1', received: request };
});
)");
        break;
    case Language::Shell:
        text = QStringLiteral(R"(#!/usr/bin/env bash
# %1: the event on stdin, the result on stdout, the log on stderr (docs/sdk.md).
source "$STRATUS_SDK_DIR/shell/stratus_worker.sh"

handler() {
    echo "%1 called" >&2
    cat
}

stratus_serve handler
)");
        break;
    case Language::Cpp:
        text = QStringLiteral(R"(// %1: the manifest entry builds this file on first use (docs/sdk.md).
#include "stratus_worker.h"

#include <stdexcept>
#include <string>

int main()
{
    return stratus::serve([](std::string_view event) -> std::string {
        if (event.empty())
            throw std::runtime_error("expected an event");
        return "%1: " + std::string(event);
    });
}
)");
        break;
    }
    return text.arg(name).toUtf8();
}

QList<QPair<QString, QJsonValue>> FunctionTemplates::entry(Language language, const QString &name,
                                                           FunctionSpec::Mode mode)
{
    const QString source = sourcePath(language, name);
    QString command;
    QJsonArray args;
    switch (language) {
    case Language::Python:
        command = QStringLiteral("python3");
        args = {source};
        break;
    case Language::Node:
        command = QStringLiteral("node");
        args = {source};
        break;
    case Language::Shell:
        command = QStringLiteral("bash");
        args = {source};
        break;
    case Language::Cpp: {
        // Built when the binary is older than the source, into a temporary name then renamed,
        // so concurrent cold invocations never run a half-written binary.
        const QString binary = source.chopped(4);
        command = QStringLiteral("sh");
        args = {
            QStringLiteral("-c"),
            QStringLiteral("[ %1 -nt %2 ] || { c++ -std=c++17 -O2 -I\"$STRATUS_SDK_DIR/cpp\" %2 -o %1.$$ && "
                           "mv -f %1.$$ %1; } && exec ./%1")
                .arg(binary, source)};
        break;
    }
    }
    return {
        {QStringLiteral("name"), name},
        {QStringLiteral("command"), command},
        {QStringLiteral("args"), args},
        {QStringLiteral("trigger"), QStringLiteral("fn.") + name},
        {QStringLiteral("mode"), FunctionSpec::modeName(mode)},
        {QStringLiteral("replicas"), 1},
        {QStringLiteral("timeoutMs"), language == Language::Cpp ? 60000 : 5000},
    };
}

} // namespace Stratus
