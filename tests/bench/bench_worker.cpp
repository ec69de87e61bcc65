// One warm worker (docs/protocol.md) spoken to as the invoker speaks to it, one frame at a
// time, with a pause before each: how long a frame takes from the write of its request to
// the read of its answer, after the worker waited GAP ms. Caches of an idle core do not
// stay warm on this machine, so a worker that waited 100 ms answers far slower than one
// kept busy; that is what FizzBuzz at 1 request/s pays per call (docs/sdk.md, "Python").
// Not a test: it prints one line per gap (docs/benchmarks.md has the figures).
//   bench_worker [--events N] [--gaps 0,10,30,100,300] [--payload JSON] -- COMMAND ARGS...
// The worker runs with STRATUS_MODE=warm and the environment it is given (PYTHONPATH, ...);
// worker and bench share CPU 1, as the packed cluster does.

#include <sched.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Worker
{
    pid_t pid = -1;
    int in = -1;  // its stdin
    int out = -1; // its stdout
    std::string pending;

    // One answer frame: header line and as many bytes as it announces.
    bool readFrame()
    {
        for (;;) {
            const size_t newline = pending.find('\n');
            if (newline != std::string::npos) {
                const size_t space = pending.rfind(' ', newline);
                const size_t length = std::strtoul(pending.c_str() + space + 1, nullptr, 10);
                if (pending.size() >= newline + 1 + length) {
                    pending.erase(0, newline + 1 + length);
                    return true;
                }
            }
            char buffer[65536];
            const ssize_t n = read(out, buffer, sizeof buffer);
            if (n <= 0)
                return false;
            pending.append(buffer, size_t(n));
        }
    }
};

bool start(Worker &w, char **command)
{
    int toWorker[2], fromWorker[2];
    if (pipe(toWorker) != 0 || pipe(fromWorker) != 0)
        return false;
    w.pid = fork();
    if (w.pid == 0) {
        dup2(toWorker[0], 0);
        dup2(fromWorker[1], 1);
        close(toWorker[1]);
        close(fromWorker[0]);
        setenv("STRATUS_MODE", "warm", 1);
        execvp(command[0], command);
        _exit(127);
    }
    close(toWorker[0]);
    close(fromWorker[1]);
    w.in = toWorker[1];
    w.out = fromWorker[0];
    const size_t ready = std::strlen("STRATUS-READY\n");
    while (w.pending.size() < ready) {
        char buffer[256];
        const ssize_t n = read(w.out, buffer, sizeof buffer);
        if (n <= 0)
            return false;
        w.pending.append(buffer, size_t(n));
    }
    w.pending.erase(0, ready);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    int events = 30;
    std::vector<int> gaps{0, 10, 30, 100, 300};
    std::string payload = "{\"n\":15}";
    int first = 1;
    for (; first < argc && std::strcmp(argv[first], "--") != 0; ++first) {
        const std::string option = argv[first];
        if (first + 1 >= argc)
            break;
        if (option == "--events") {
            events = std::max(1, std::atoi(argv[++first]));
        } else if (option == "--payload") {
            payload = argv[++first];
        } else if (option == "--gaps") {
            gaps.clear();
            for (const char *p = argv[++first]; *p; p = std::strchr(p, ',') ? std::strchr(p, ',') + 1 : "")
                gaps.push_back(std::atoi(p));
        }
    }
    if (first + 1 >= argc) {
        std::fprintf(stderr,
                     "usage: bench_worker [--events N] [--gaps 0,10,100] [--payload JSON] -- COMMAND...\n");
        return 2;
    }
    cpu_set_t cpus;
    CPU_ZERO(&cpus);
    CPU_SET(1, &cpus);
    sched_setaffinity(0, sizeof cpus, &cpus); // the worker inherits it

    Worker worker;
    if (!start(worker, argv + first + 1)) {
        std::fprintf(stderr, "bench_worker: the worker did not announce STRATUS-READY\n");
        return 1;
    }
    int sequence = 0;
    const auto ask = [&]() -> double {
        const std::string frame = "STRATUS-INVOKE b" + std::to_string(++sequence) + ' ' +
                                  std::to_string(payload.size()) + '\n' + payload;
        const auto sent = Clock::now();
        if (write(worker.in, frame.data(), frame.size()) != ssize_t(frame.size()) || !worker.readFrame())
            return -1;
        return std::chrono::duration<double, std::micro>(Clock::now() - sent).count();
    };
    for (int i = 0; i < 20; ++i) // the interpreter's first calls (imports, specialisation)
        ask();
    std::printf("| gap before each event | events | mean µs | median µs |\n| --- | --- | --- | --- |\n");
    for (const int gap : gaps) {
        std::vector<double> times;
        for (int i = 0; i < events; ++i) {
            // The idle gap is what is measured (how cold the worker has gone), not a wait for
            // something: ask() then waits on the worker's answer itself.
            std::this_thread::sleep_for(std::chrono::milliseconds(gap));
            const double us = ask();
            if (us < 0) {
                std::fprintf(stderr, "bench_worker: the worker stopped answering\n");
                return 1;
            }
            times.push_back(us);
        }
        double sum = 0;
        for (const double t : times)
            sum += t;
        std::sort(times.begin(), times.end());
        std::printf("| %d ms | %d | %.1f | %.1f |\n", gap, events, sum / double(times.size()),
                    times[times.size() / 2]);
        std::fflush(stdout);
    }
    close(worker.in);
    int status = 0;
    waitpid(worker.pid, &status, 0);
    return 0;
}
