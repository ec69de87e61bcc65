#include "childprocess.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace Stratus::Invoker {

namespace {

struct SpawnArgs
{
    const char *program;
    char *const *argv;
    char *const *envp;
    const char *workingDir;
    int stdinFd, stdoutFd, stderrFd;
    pid_t parent;
    volatile int error; // written by the child before _exit, read after CLONE_VFORK returns
    volatile int failedStep;
    const cpu_set_t *affinity; // the invoker's own, for the child to return to; null: as is
};

// Runs in the child, sharing the parent's memory until exec (CLONE_VM | CLONE_VFORK), on
// a stack of its own: only async-signal-safe system calls here.
int childMain(void *raw)
{
    auto *a = static_cast<SpawnArgs *>(raw);
    if (a->affinity)
        sched_setaffinity(0, sizeof(cpu_set_t), a->affinity);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr); // the invoker blocks signals for its signalfd
    for (int sig : {SIGPIPE, SIGTERM, SIGINT, SIGHUP, SIGCHLD})
        signal(sig, SIG_DFL);
    setpgid(0, 0);
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != a->parent) // the invoker died between clone and prctl
        _exit(127);
    if (dup2(a->stdinFd, 0) < 0 || dup2(a->stdoutFd, 1) < 0 || dup2(a->stderrFd, 2) < 0) {
        a->failedStep = 1;
        a->error = errno;
        _exit(127);
    }
    // Nothing else of the invoker's (its broker sockets are not close-on-exec) goes along.
    close_range(3, ~0U, 0);
    if (a->workingDir[0] && chdir(a->workingDir) != 0) {
        a->failedStep = 2;
        a->error = errno;
        _exit(127);
    }
    execve(a->program, a->argv, a->envp);
    a->failedStep = 3;
    a->error = errno;
    _exit(127);
}

bool makePipe(int fds[2], bool parentReads)
{
    if (pipe2(fds, O_CLOEXEC) != 0)
        return false;
    // F_SETFL changes only the status flags, of which a new pipe has none but its access mode.
    fcntl(parentReads ? fds[0] : fds[1], F_SETFL, O_NONBLOCK);
    return true;
}

void closeFd(int &fd)
{
    if (fd >= 0) {
        ::close(fd);
        fd = -1;
    }
}

} // namespace

ChildProcess ChildProcess::spawn(const std::string &program, const std::vector<std::string> &argv,
                                 const std::vector<std::string> &envp, const std::string &workingDir,
                                 std::string *error, bool onThisCpu, std::string_view input,
                                 size_t *inputWritten)
{
    ChildProcess child;
    int in[2], out[2], err[2];
    if (!makePipe(in, false)) {
        *error = std::string("pipe: ") + strerror(errno);
        return child;
    }
    if (!makePipe(out, true)) {
        *error = std::string("pipe: ") + strerror(errno);
        ::close(in[0]), ::close(in[1]);
        return child;
    }
    if (!makePipe(err, true)) {
        *error = std::string("pipe: ") + strerror(errno);
        ::close(in[0]), ::close(in[1]), ::close(out[0]), ::close(out[1]);
        return child;
    }

    // What fits in the pipe is there before the child starts: it reads its input without
    // waiting for us, and we need not wake it once it has started.
    size_t written = 0;
    while (written < input.size()) {
        const ssize_t n = ::write(in[1], input.data() + written, input.size() - written);
        if (n <= 0)
            break; // full (EAGAIN) or EINTR: the rest goes after the spawn
        written += size_t(n);
    }
    if (inputWritten)
        *inputWritten = written;

    std::vector<char *> argvPtrs, envPtrs;
    for (const auto &s : argv)
        argvPtrs.push_back(const_cast<char *>(s.c_str()));
    argvPtrs.push_back(nullptr);
    for (const auto &s : envp)
        envPtrs.push_back(const_cast<char *>(s.c_str()));
    envPtrs.push_back(nullptr);

    SpawnArgs args{program.c_str(),
                   argvPtrs.data(),
                   envPtrs.data(),
                   workingDir.c_str(),
                   in[0],
                   out[1],
                   err[1],
                   getpid(),
                   0,
                   0,
                   nullptr};
    // onThisCpu: the child runs on this CPU while we wait for its exec (CLONE_VFORK), instead
    // of being placed on another one that may be busy or asleep: clone returns in about 80
    // instead of 130 µs (docs/benchmarks.md). The child returns to our CPU set before it
    // execs.
    cpu_set_t all;
    bool pinned = false;
    if (onThisCpu && sched_getaffinity(0, sizeof all, &all) == 0 && CPU_COUNT(&all) > 1) {
        cpu_set_t here;
        CPU_ZERO(&here);
        CPU_SET(sched_getcpu(), &here);
        pinned = sched_setaffinity(0, sizeof here, &here) == 0;
        if (pinned)
            args.affinity = &all;
    }
    // One stack serves every spawn: CLONE_VFORK suspends us until the child execs or exits.
    static constexpr size_t StackSize = 256 * 1024;
    static void *stack =
        mmap(nullptr, StackSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
    const pid_t pid =
        clone(childMain, static_cast<char *>(stack) + StackSize, CLONE_VM | CLONE_VFORK | SIGCHLD, &args);
    if (pinned)
        sched_setaffinity(0, sizeof all, &all);
    ::close(in[0]);
    ::close(out[1]);
    ::close(err[1]);
    if (pid < 0 || args.failedStep != 0) {
        const int e = pid < 0 ? errno : args.error;
        static const char *steps[] = {"clone", "redirect", "chdir to working directory", "exec"};
        *error = std::string(steps[pid < 0 ? 0 : args.failedStep]) + ": " + strerror(e);
        if (pid > 0)
            waitpid(pid, nullptr, 0);
        ::close(in[1]), ::close(out[0]), ::close(err[0]);
        return child;
    }
    child.pid = pid;
    child.stdinFd = in[1];
    child.stdoutFd = out[0];
    child.stderrFd = err[0];
    child.pidfd = int(syscall(SYS_pidfd_open, pid, 0));
    return child;
}

void ChildProcess::killGroup(int sig) const
{
    if (pid > 0)
        ::kill(-pid, sig);
}

void ChildProcess::closeStdin()
{
    closeFd(stdinFd);
}

void ChildProcess::closeAll()
{
    closeFd(stdinFd);
    closeFd(stdoutFd);
    closeFd(stderrFd);
    closeFd(pidfd);
}

int ChildProcess::reap()
{
    int status = 0;
    if (pid > 0 && waitpid(pid, &status, 0) == pid)
        return status;
    return 0;
}

std::string resolveCommand(const std::string &command, const std::string &path, const std::string &workingDir)
{
    auto executable = [](const std::string &p) {
        struct stat st;
        return stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode) && access(p.c_str(), X_OK) == 0;
    };
    if (command.find('/') != std::string::npos) {
        const std::string p = command[0] == '/' ? command : workingDir + "/" + command;
        return executable(p) ? p : std::string();
    }
    size_t start = 0;
    while (start <= path.size()) {
        const size_t end = path.find(':', start);
        const std::string dir =
            path.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (!dir.empty()) {
            const std::string candidate = dir + "/" + command;
            if (executable(candidate))
                return candidate;
        }
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return {};
}

} // namespace Stratus::Invoker
