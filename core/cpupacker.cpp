#include "cpupacker.h"

#include "procstat.h"

#include <QLoggingCategory>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <unordered_map>
#include <utility>

#ifdef Q_OS_LINUX
#include <dirent.h>
#include <fcntl.h>
#include <sched.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcPacker, "stratus.core.placement", QtWarningMsg)

namespace Stratus {

namespace {

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

#ifdef Q_OS_LINUX
bool readSmallFile(const char *path, char *buf, size_t size)
{
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const ssize_t n = ::read(fd, buf, size - 1);
    ::close(fd);
    if (n <= 0)
        return false;
    buf[n] = '\0';
    return true;
}

template <typename Visit> void forEachNumericEntry(const char *dir, Visit visit)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    while (dirent *e = readdir(d)) {
        char *end = nullptr;
        const long n = std::strtol(e->d_name, &end, 10);
        if (end != e->d_name && *end == '\0' && n > 0)
            visit(pid_t(n));
    }
    closedir(d);
}

// Whose children processTree() lists: the main thread's are enough to measure the cluster's
// load (its processes start theirs from their main thread: the invoker's loop); a move takes
// every thread's, so that nothing is left behind.
enum class ChildrenOf { MainThread, EveryThread };

// The roots and every process below them, parents first, from each thread's list of the
// children it started (/proc/PID/task/TID/children): only the cluster's own entries are read.
std::vector<pid_t> processTree(const QList<qint64> &roots, ChildrenOf childrenOf)
{
    std::vector<pid_t> tree;
    for (qint64 root : roots)
        if (root > 0)
            tree.push_back(pid_t(root));
    auto addChildren = [&tree](pid_t pid, pid_t tid) {
        char path[96];
        std::snprintf(path, sizeof path, "/proc/%d/task/%d/children", int(pid), int(tid));
        char buf[4096];
        if (!readSmallFile(path, buf, sizeof buf))
            return;
        char *end = nullptr;
        for (const char *at = buf;; at = end) {
            const long child = std::strtol(at, &end, 10);
            if (end == at)
                break;
            tree.push_back(pid_t(child));
        }
    };
    for (size_t i = 0; i < tree.size(); ++i) {
        const pid_t pid = tree[i];
        if (childrenOf == ChildrenOf::MainThread) {
            addChildren(pid, pid);
            continue;
        }
        char tasks[64];
        std::snprintf(tasks, sizeof tasks, "/proc/%d/task", int(pid));
        forEachNumericEntry(tasks, [&addChildren, pid](pid_t tid) { addChildren(pid, tid); });
    }
    return tree;
}

struct MoveResult
{
    int threads = 0;
    QString error;
};

MoveResult moveProcesses(const QList<qint64> &roots, const std::vector<int> &cpus)
{
    cpu_set_t mask;
    CPU_ZERO(&mask);
    for (int cpu : cpus)
        CPU_SET(cpu, &mask);
    MoveResult result;
    for (pid_t pid : processTree(roots, ChildrenOf::EveryThread)) {
        char tasks[64];
        std::snprintf(tasks, sizeof tasks, "/proc/%d/task", int(pid));
        forEachNumericEntry(tasks, [&](pid_t tid) {
            if (sched_setaffinity(tid, sizeof mask, &mask) == 0)
                ++result.threads;
            else if (errno != ESRCH && result.error.isEmpty()) // ESRCH: it just ended
                result.error = QStringLiteral("cannot set the CPU affinity of thread %1 of process %2: %3")
                                   .arg(tid)
                                   .arg(pid)
                                   .arg(QString::fromLocal8Bit(std::strerror(errno)));
        });
    }
    return result;
}
#endif

} // namespace

CpuPacker::CpuPacker(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
#ifdef Q_OS_LINUX
    m_ticksPerSecond = std::max(1L, sysconf(_SC_CLK_TCK));
#endif
    connect(&m_timer, &QTimer::timeout, this, &CpuPacker::sample);
}

CpuPacker::~CpuPacker() = default;

void CpuPacker::setProcesses(std::function<QList<qint64>()> roots)
{
    m_roots = std::move(roots);
}

void CpuPacker::setThresholds(const Thresholds &thresholds)
{
    m_thresholds = thresholds;
    if (m_timer.isActive())
        m_timer.start(m_thresholds.intervalMs);
}

QList<int> CpuPacker::allCpus() const
{
    return QList<int>(m_allowed.begin(), m_allowed.end());
}

bool CpuPacker::start()
{
#ifdef Q_OS_LINUX
    cpu_set_t own;
    if (sched_getaffinity(0, sizeof own, &own) != 0)
        return false;
    m_allowed.clear();
    for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu)
        if (CPU_ISSET(cpu, &own))
            m_allowed.push_back(cpu);
    m_last = readCpuTimes();
    if (m_allowed.size() < 2 || m_last.empty())
        return false;
    // The last CPU: the first ones are where interrupts and most other work tend to land.
    m_cpu = m_allowed.back();
    // A new cluster, or the same one started again: where the kernel put it.
    m_wantPacked = m_isPacked = false;
    m_placedRoots.clear();
    m_fitSamples = m_saturatedSamples = 0;
    m_backoff = 1;
    m_lastPressureUs = readCpuPressureUs();
    m_lastReadNs = steadyNs();
    ++m_generation;
    m_reading = false;
    // The baseline of the processes' CPU time (what ran before the start is not load), on the
    // pool like every later reading of it: the pool's one thread keeps them in order.
    const QList<qint64> roots = m_roots ? m_roots() : QList<qint64>{};
    m_pool.start([this, roots] {
        forgetClusterTicks();
        clusterTicksSinceLast(roots);
    });
    m_timer.start(m_thresholds.intervalMs);
    return true;
#else
    return false;
#endif
}

void CpuPacker::stop()
{
    m_timer.stop();
    // A reading still on its way is dropped: after a stop the processes may be gone, and
    // their supervisor's list with them.
    ++m_generation;
    m_reading = false;
}

// busy and total jiffies per CPU from /proc/stat, indexed by CPU number.
std::vector<CpuPacker::CpuTimes> CpuPacker::readCpuTimes()
{
    std::vector<CpuTimes> times;
#ifdef Q_OS_LINUX
    char buf[16384];
    if (!readSmallFile("/proc/stat", buf, sizeof buf))
        return times;
    for (char *line = buf, *next = nullptr; line && *line; line = next ? next + 1 : nullptr) {
        next = std::strchr(line, '\n');
        if (std::strncmp(line, "cpu", 3) != 0 || line[3] < '0' || line[3] > '9')
            continue; // the "cpu " line of all CPUs together, or not a CPU
        unsigned cpu = 0;
        unsigned long long user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0,
                           steal = 0;
        if (std::sscanf(line, "cpu%u %llu %llu %llu %llu %llu %llu %llu %llu", &cpu, &user, &nice, &system,
                        &idle, &iowait, &irq, &softirq, &steal) < 5 ||
            cpu >= CPU_SETSIZE)
            continue;
        if (cpu >= times.size())
            times.resize(cpu + 1);
        times[cpu].busy = user + nice + system + irq + softirq + steal;
        times[cpu].total = times[cpu].busy + idle + iowait;
    }
#endif
    return times;
}

long long CpuPacker::readCpuPressureUs()
{
#ifdef Q_OS_LINUX
    char buf[256];
    long long total = -1;
    if (readSmallFile("/proc/pressure/cpu", buf, sizeof buf))
        if (const char *some = std::strstr(buf, "some "))
            if (const char *t = std::strstr(some, "total="))
                std::sscanf(t, "total=%lld", &total);
    return total;
#else
    return -1;
#endif
}

void CpuPacker::forgetClusterTicks()
{
    m_processTicks.clear();
    m_haveClusterTicks = false;
}

std::optional<unsigned long long> CpuPacker::clusterTicksSinceLast(const QList<qint64> &roots)
{
    unsigned long long ticks = 0;
#ifdef Q_OS_LINUX
    std::unordered_map<qint64, ProcessTicks> now;
    for (pid_t pid : processTree(roots, ChildrenOf::MainThread)) {
        const QList<QByteArray> f = procStatFields(pid);
        if (f.size() < 20)
            continue; // it just ended
        // utime, stime, and those of the children it waited for: a function process that
        // ran between two samples is only there.
        const ProcessTicks p{f[19].toULongLong(), f[11].toULongLong() + f[12].toULongLong() +
                                                      f[13].toULongLong() + f[14].toULongLong()};
        const auto before = m_processTicks.find(pid);
        if (before != m_processTicks.end() && before->second.startTime == p.startTime) {
            ticks += p.ticks - std::min(p.ticks, before->second.ticks);
            m_processTicks.erase(before);
        } else {
            ticks += p.ticks; // started since
        }
        now.emplace(pid, p);
    }
    // What is left ended since the last call: its parent's children's time now holds all of
    // it, and what it had run until then was counted already.
    unsigned long long countedBefore = 0;
    for (const auto &[pid, ended] : m_processTicks)
        countedBefore += ended.ticks;
    m_processTicks = std::move(now);
    ticks = ticks > countedBefore ? ticks - countedBefore : 0;
#endif
    if (!std::exchange(m_haveClusterTicks, true))
        return std::nullopt; // nothing to measure from: this was the baseline
    return ticks;
}

void CpuPacker::sample()
{
    if (m_reading)
        return; // the last reading is not back yet: this one would measure less than a sample
    m_reading = true;
    // About a hundred small procfs reads for a cluster of twenty processes, a millisecond on
    // this VM: off this thread, which is the workbench's GUI thread. While packed, only the
    // packed CPU's load decides: the processes are not read then (a packed, idle cluster is
    // the common case), and the first reading after a spread is a new baseline.
    const bool measureCluster = !m_wantPacked;
    const QList<qint64> roots = measureCluster && m_roots ? m_roots() : QList<qint64>{};
    m_pool.start([this, roots, measureCluster, generation = m_generation] {
        const qint64 started = steadyNs();
        std::optional<unsigned long long> clusterTicks;
        if (measureCluster)
            clusterTicks = clusterTicksSinceLast(roots);
        else
            forgetClusterTicks();
        Reading reading{readCpuTimes(), readCpuPressureUs(), clusterTicks, steadyNs(), 0};
        reading.costUs = (reading.atNs - started) / 1000;
        // Posted to this object: dropped if it is gone by then (it waits for us in ~CpuPacker).
        QMetaObject::invokeMethod(
            this,
            [this, reading = std::move(reading), generation] {
                if (generation != m_generation)
                    return; // from before a stop or a restart
                m_reading = false;
                decide(reading);
            },
            Qt::QueuedConnection);
    });
}

void CpuPacker::decide(const Reading &reading)
{
    const std::vector<CpuTimes> &now = reading.cpus;
    const long long pressureUs = reading.pressureUs;
    const std::optional<unsigned long long> &clusterTicks = reading.clusterTicks;
    const double elapsedUs = double(reading.atNs - m_lastReadNs) / 1000.0;
    m_lastReadNs = reading.atNs;
    double machineBusy = 0; // in CPUs
    double packedBusy = 0;
    for (size_t cpu = 0; cpu < now.size() && cpu < m_last.size(); ++cpu) {
        const auto total = now[cpu].total - m_last[cpu].total;
        if (total == 0)
            continue;
        const double share = double(now[cpu].busy - m_last[cpu].busy) / double(total);
        machineBusy += share;
        if (int(cpu) == m_cpu)
            packedBusy = share;
    }
    m_last = now;
    const double clusterBusy = !clusterTicks ? -1
                               : elapsedUs > 0
                                   ? double(*clusterTicks) / double(m_ticksPerSecond) / (elapsedUs / 1e6)
                                   : 0;
    const bool seesPressure = pressureUs >= 0 && m_lastPressureUs >= 0 && elapsedUs > 0;
    const double pressure = seesPressure ? double(pressureUs - m_lastPressureUs) / elapsedUs : 0;
    m_lastPressureUs = pressureUs;
    qCDebug(lcPacker) << "busy" << machineBusy << "CPUs, the cluster" << clusterBusy << "; packed CPU"
                      << packedBusy << "pressure" << pressure << "packed" << m_wantPacked << "(read in"
                      << reading.costUs << "µs)";
    emit sampled(clusterBusy, machineBusy, packedBusy);

    const Thresholds &t = m_thresholds;
    if (m_wantPacked) {
        m_saturatedSamples = packedBusy > t.spreadBusy ? m_saturatedSamples + 1 : 0;
        if (m_saturatedSamples >= t.saturatedSamples || (seesPressure && pressure > t.spreadPressure)) {
            // Packed for a short while only: the load is near the line; wait longer next time.
            m_backoff = m_sincePacked.elapsed() < 10000 ? std::min(m_backoff * 2, 64) : 1;
            m_fitSamples = m_saturatedSamples = 0;
            place(false);
        } else if (m_roots && m_roots() != m_placedRoots) {
            place(true); // a process was (re)started since: it starts where its supervisor runs
        }
        return;
    }
    // The rest of the load must fit beside it: the kernel moves it off the packed CPU.
    const double others = std::max(0.0, machineBusy - clusterBusy);
    const double othersBelow = t.othersBelow < 0 ? double(m_allowed.size() - 1) : t.othersBelow;
    const bool fits = clusterBusy >= 0 && clusterBusy < t.packBelow && others < othersBelow;
    m_fitSamples = fits ? m_fitSamples + 1 : 0;
    if (m_fitSamples >= t.fitSamples * m_backoff) {
        m_sincePacked.start();
        place(true);
    }
}

void CpuPacker::place(bool pack)
{
    m_wantPacked = pack;
    if (m_placing) {
        m_placeAgain = true;
        return;
    }
#ifdef Q_OS_LINUX
    if (!m_roots)
        return;
    m_placing = true;
    m_placeAgain = false;
    m_placedRoots = m_roots();
    const QList<qint64> roots = m_placedRoots;
    const std::vector<int> cpus = pack ? std::vector<int>{m_cpu} : m_allowed;
    m_pool.start([this, roots, cpus, pack] {
        // A thread or process started during the walk by one already moved kept the old
        // affinity: a second walk finds it.
        MoveResult moved = moveProcesses(roots, cpus);
        const MoveResult again = moveProcesses(roots, cpus);
        moved.threads = again.threads;
        if (moved.error.isEmpty())
            moved.error = again.error;
        // Posted to this object: dropped if it is gone by then (it waits for us in ~CpuPacker).
        QMetaObject::invokeMethod(
            this,
            [this, pack, moved] {
                m_placing = false;
                m_isPacked = pack;
                qCDebug(lcPacker) << (pack ? "packed" : "spread") << moved.threads << "threads";
                if (!moved.error.isEmpty())
                    qCWarning(lcPacker) << moved.error;
                emit placementChanged(pack, moved.threads, moved.error);
                if (m_placeAgain)
                    place(m_wantPacked);
            },
            Qt::QueuedConnection);
    });
#else
    Q_UNUSED(pack)
#endif
}

} // namespace Stratus
