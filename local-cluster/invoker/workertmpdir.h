#pragma once

#include <string>

namespace Stratus::Invoker {

// A function process's own temporary folder, its TMPDIR: a warm worker's, or a cold
// invocation's. Removed with all it holds when the worker or the invocation goes, which is after
// its process was reaped. What a process leaves there (the shell helper's frame files, a
// function's scratch files) goes even when it was killed (a timeout, a crash, its framing
// broken) and could not clean up after itself; AWS Lambda gives each sandbox its own /tmp for
// the same reason.
class WorkerTmpDir
{
public:
    WorkerTmpDir() = default;
    // BASE/stratus-worker.XXXXXX, BASE being the invoker's own TMPDIR, else /tmp. On failure
    // the path is empty and error says why.
    static WorkerTmpDir create(std::string *error);
    ~WorkerTmpDir();
    WorkerTmpDir(WorkerTmpDir &&other) noexcept;
    WorkerTmpDir &operator=(WorkerTmpDir &&other) noexcept;
    WorkerTmpDir(const WorkerTmpDir &) = delete;
    WorkerTmpDir &operator=(const WorkerTmpDir &) = delete;

    const std::string &path() const { return m_path; }
    // Removes what the folder holds, keeping the folder, so that it can serve another process:
    // making a folder and removing it costs about 120 µs on this VM's ext4, an empty one's
    // listing a few. False when something could not go, or the folder is no longer one.
    bool clear();

private:
    void remove();

    std::string m_path;
};

} // namespace Stratus::Invoker
