#include "flowvalidatecommand.h"

#include "flow.h"
#include "flowvalidator.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace Stratus::Cli {

namespace {

// Diagnostics go to stderr as they are: they already start with the file's name.
void printDiagnostic(const QString &text)
{
    std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
    std::fflush(stderr);
}

// The project a flow file belongs to: --project, else the nearest folder from the file's
// own folder upwards holding a stratus.json, else the one found from the current folder.
Result<ProjectLocation> projectOf(const QString &projectOption, const QString &flowFile)
{
    if (projectOption.isEmpty()) {
        for (QDir dir = QFileInfo(flowFile).absoluteDir();;) {
            if (dir.exists(QLatin1String(Manifest::FileName)))
                return ProjectLocation::find(dir.absolutePath());
            if (!dir.cdUp())
                break;
        }
    }
    return ProjectLocation::find(projectOption);
}

// "1 node", "2 nodes": one and many are translated whole (a plural is not the singular plus "s"
// in every language).
QString counted(qsizetype count, const QString &one, const QString &many)
{
    return (count == 1 ? one : many).arg(count);
}

} // namespace

QString FlowValidateCommand::summary() const
{
    return tr("Check a flow file: its syntax, its graph and its functions.");
}

void FlowValidateCommand::configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Parses FILE (a flow, docs/flows.md) and checks its graph: ids, edges, cycles, reachability,\n"
           "choices, joins, maps, expressions, timeouts and retries. Function nodes must name functions of\n"
           "the project's manifest (the project of --project, else the nearest stratus.json above FILE or\n"
           "the current folder; without one, names are not checked). Each problem goes to stderr as\n"
           "FILE: node ID: message, FILE: edge FROM -> TO: message or FILE:LINE: key: message.\n"
           "With --format, a valid FILE is also rewritten in the canonical form (stable order, one node\n"
           "or edge per line), so diffs and merges of flows stay readable.\n"
           "Exit codes: %1 valid (warnings allowed), %2 not valid or not readable, %3 usage.")
            .arg(int(Success))
            .arg(int(Failure))
            .arg(int(UsageError)));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The flow file (NAME.flow.json)."),
                                 QStringLiteral("<file>"));
    parser.addOptions({projectOption(), m_formatOption});
}

int FlowValidateCommand::execute(const QCommandLineParser &parser)
{
    const QString path = parser.positionalArguments().constFirst();
    const auto flow = Flow::load(path);
    if (!flow) {
        printDiagnostic(flow.errorMessage());
        return Failure;
    }

    std::optional<QSet<QString>> functions;
    const auto where = projectOf(parser.value(projectOption()), path);
    if (!where) {
        if (parser.isSet(projectOption()))
            return fail(Failure, where.errorMessage());
        printDiagnostic(tr("%1: note: no project found (%2), function names not checked")
                            .arg(path, where.errorMessage()));
    } else if (const auto manifest = where->manifest(); !manifest) {
        printDiagnostic(tr("%1: note: function names not checked, the manifest is not valid:\n%2")
                            .arg(path, manifest.errorMessage()));
    } else {
        functions.emplace();
        for (const FunctionSpec &f : manifest->functions)
            functions->insert(f.name);
    }

    const QList<FlowProblem> problems = FlowValidator::validate(*flow, functions);
    qsizetype errors = 0;
    for (const FlowProblem &problem : problems) {
        printDiagnostic(problem.toString(*flow));
        if (problem.severity == FlowProblem::Severity::Error)
            ++errors;
    }
    if (errors > 0) {
        const qsizetype warnings = problems.size() - errors;
        printDiagnostic(
            QStringLiteral("%1: %2%3")
                .arg(path, counted(errors, tr("%1 error"), tr("%1 errors")),
                     warnings ? QStringLiteral(", ") + counted(warnings, tr("%1 warning"), tr("%1 warnings"))
                              : QString()));
        return Failure;
    }
    if (parser.isSet(m_formatOption)) {
        if (Status saved = flow->save(path); !saved)
            return fail(Failure, saved.errorMessage());
    }
    print(tr("%1: valid (%2, %3)")
              .arg(path, counted(flow->nodes.size(), tr("%1 node"), tr("%1 nodes")),
                   counted(flow->edges.size(), tr("%1 edge"), tr("%1 edges"))));
    return Success;
}

} // namespace Stratus::Cli
