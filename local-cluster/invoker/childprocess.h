#pragma once

#include <string>
#include <string_view>
#include <sys/types.h>
#include <vector>

namespace Stratus::Invoker {

// A function process: its own process group (so a timeout kills its children too), pipes
// for the three standard streams (parent ends non-blocking), a pidfd to learn of its exit
// without SIGCHLD, and PR_SET_PDEATHSIG so it dies with the invoker.
struct ChildProcess
{
    pid_t pid = -1;
    int pidfd = -1;
    int stdinFd = -1;
    int stdoutFd = -1;
    int stderrFd = -1;

    // Spawns program with argv (argv[0] included) and envp ("K=V"), in workingDir, with
    // only the three standard streams open. On failure returns a process with pid -1 and
    // sets error. onThisCpu: for a latency-bound spawn when nothing else is starting (see
    // the .cpp). input: written to the child's stdin before it starts, as far as the pipe
    // takes it (*inputWritten says how far); the caller writes the rest and closes stdin.
    static ChildProcess spawn(const std::string &program, const std::vector<std::string> &argv,
                              const std::vector<std::string> &envp, const std::string &workingDir,
                              std::string *error, bool onThisCpu = false, std::string_view input = {},
                              size_t *inputWritten = nullptr);

    void killGroup(int signal) const;
    void closeStdin();
    // Closes every fd; reaps the process if it has exited (WNOHANG). Returns the wait status
    // through status when reaped.
    void closeAll();
    // Reaps after the pidfd said the process exited; returns the wait status.
    int reap();
};

// Resolves a command like a shell would, on the given PATH; relative paths with a slash
// are taken against workingDir. Returns an empty string when not found or not executable.
std::string resolveCommand(const std::string &command, const std::string &path,
                           const std::string &workingDir);

} // namespace Stratus::Invoker
