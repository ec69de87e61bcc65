#include "workertmpdir.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <filesystem>
#include <unistd.h>
#include <utility>
#include <vector>

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

bool WorkerTmpDir::clear()
{
    // Not followed if the process put a link in the folder's place: it goes in remove().
    const int fd = ::open(m_path.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return false;
    DIR *dir = ::fdopendir(fd);
    if (!dir) {
        ::close(fd);
        return false;
    }
    std::vector<std::string> names;
    while (const dirent *entry = ::readdir(dir)) {
        if (std::strcmp(entry->d_name, ".") != 0 && std::strcmp(entry->d_name, "..") != 0)
            names.emplace_back(entry->d_name);
    }
    ::closedir(dir);
    bool cleared = true;
    for (const std::string &name : names) {
        std::error_code error;
        std::filesystem::remove_all(m_path + '/' + name, error); // links removed, not followed
        cleared = cleared && !error;
    }
    return cleared;
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
