#pragma once

#include "exitcodes.h"
#include "projectlocation.h"
#include "result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QObject>

#include <functional>

namespace Stratus::Cli {

// One `stratus` command ("cluster up", "invoke", ...): declares its options, parses its
// arguments (--help, unknown options → exit 2) and runs.
class Command : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QString name() const = 0;    // words after "stratus", e.g. "cluster up"
    virtual QString summary() const = 0; // one line for `stratus --help`

    // arguments: what follows the command's name on the command line.
    int run(const QStringList &arguments);

protected:
    virtual void configure(QCommandLineParser &parser) = 0;
    virtual int execute(const QCommandLineParser &parser) = 0;

    // Positional arguments the command takes (configure() describes them), e.g. {"function"};
    // a missing or extra one is a usage error.
    virtual QStringList positionalNames() const { return {}; }
    // Positional arguments that may follow the required ones, e.g. {"kind"} of `registry ls`.
    virtual QStringList optionalPositionalNames() const { return {}; }

    const QCommandLineOption &projectOption() const { return m_projectOption; }
    Result<ProjectLocation> location(const QCommandLineParser &parser) const;

    // The broker URL of the project's running cluster (from its cluster.json), or why there is none.
    static Result<QString> runningBrokerUrl(const ProjectLocation &where);
    // Runs work with the broker URL of the running cluster of --project. Without one it prints
    // why and returns Failure (no project) or NotRunning (no cluster).
    int withRunningCluster(const QCommandLineParser &parser,
                           const std::function<int(const QString &natsUrl)> &work) const;
    static int fail(ExitCode code, const QString &message); // printError(message), then code
    // The exit-code paragraph of a command talking to a running cluster's services;
    // failure says what a failure means for that command, if anything in particular.
    static QString serviceExitCodes(const QString &failure = {});

    static void print(const QString &text);      // a line on stdout
    static void printError(const QString &text); // "stratus: text" on stderr
    // Runs the event loop until done() holds (checked every intervalMs) or timeoutMs passed.
    static bool waitUntil(const std::function<bool()> &done, int timeoutMs, int intervalMs = 50);

private:
    QString helpText(const QCommandLineParser &parser) const;

    QCommandLineOption m_projectOption{
        QStringLiteral("project"),
        tr("The project folder (default: the nearest folder from here upwards holding a stratus.json)."),
        tr("dir")};
};

} // namespace Stratus::Cli
