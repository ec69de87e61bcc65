#pragma once

#include <string>

namespace Stratus::Invoker {

// A warm worker's own temporary folder, its TMPDIR, removed with all it holds when the worker
// object goes, which is after its process was reaped. What a worker leaves there (the shell
// helper's frame files, a function's scratch files) goes even when the worker was killed (a
// timeout, a crash, its framing broken) and could not clean up after itself; AWS Lambda gives
// each sandbox its own /tmp for the same reason.
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

private:
    void remove();

    std::string m_path;
};

} // namespace Stratus::Invoker
