#include "workertmpdir.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <utility>

namespace Stratus::Invoker {

WorkerTmpDir WorkerTmpDir::create(std::string *error)
{
    const char *base = std::getenv("TMPDIR");
    std::string templ = std::string(base && *base ? base : "/tmp") + "/stratus-worker.XXXXXX";
    WorkerTmpDir dir;
    if (::mkdtemp(templ.data()))
        dir.m_path = std::move(templ);
    else
        *error = "cannot create a temporary folder like " + templ + ": " + std::strerror(errno);
    return dir;
}

WorkerTmpDir::~WorkerTmpDir()
{
    remove();
}

WorkerTmpDir::WorkerTmpDir(WorkerTmpDir &&other) noexcept : m_path(std::exchange(other.m_path, {})) {}

WorkerTmpDir &WorkerTmpDir::operator=(WorkerTmpDir &&other) noexcept
{
    if (this != &other) {
        remove();
        m_path = std::exchange(other.m_path, {});
    }
    return *this;
}

void WorkerTmpDir::remove()
{
    if (m_path.empty())
        return;
    std::error_code ignored; // a folder that cannot go is left, as a worker would have left it
    std::filesystem::remove_all(m_path, ignored);
    m_path.clear();
}

} // namespace Stratus::Invoker
