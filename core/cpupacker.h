#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <vector>

namespace Stratus {

// Packs a cluster's processes onto one CPU while the machine is nearly idle, and spreads them
// over every CPU again as soon as that CPU gets busy. A request crosses a dozen process hops
// (client, broker, invoker, function, and back); when consecutive hops run on different CPUs,
// each one first wakes a CPU that has gone idle, which on a VM without guest halt-polling
// costs tens of µs (a bare NATS round trip here: 165 µs over two vCPUs, 33 µs on one). On one
// CPU the hops are plain context switches (docs/benchmarks.md, "Placement"). Linux only;
// elsewhere start() returns false.
class CpuPacker : public QObject
{
    Q_OBJECT
public:
    struct Thresholds
    {
        // Packs once the machine's busy time, in CPUs, has stayed under packBelow for
        // quietSamples samples in a row: a nearly idle machine, where a request's hops run
        // one after the other...
        double packBelow = 0.20;
        int quietSamples = 4;
        // ...and spreads as soon as the packed CPU is busier than spreadBusy, or tasks waited
        // for a CPU more than spreadPressure of the time (Linux's pressure stall information,
        // /proc/pressure/cpu, where the kernel has it).
        double spreadBusy = 0.60;
        double spreadPressure = 0.50;
        int intervalMs = 250;
    };

    explicit CpuPacker(QObject *parent = nullptr);
    ~CpuPacker() override;

    // The processes to place, asked on the packer's thread at each change. Their threads and
    // their descendants (function processes, warm workers) go along.
    void setProcesses(std::function<QList<qint64>()> roots);
    void setThresholds(const Thresholds &thresholds);

    // Starts sampling the CPUs' load; false when there is nothing to gain (fewer than two
    // CPUs allowed to this process) or nothing to do it with (not Linux).
    bool start();
    // Stops sampling; the processes stay where they are (stopping comes with the cluster's end).
    void stop();

    // Where the processes are: set once a move has been done, not when it is decided.
    bool isPacked() const { return m_isPacked; }
    int packedCpu() const { return m_isPacked ? m_cpu : -1; }
    // The CPUs the processes go back to when spread: this process's own at start().
    QList<int> allCpus() const;

signals:
    // The processes were moved (packed onto packedCpu(), or spread); threadsMoved counts the
    // threads whose affinity was set, error says what failed (empty when all went well).
    void placementChanged(bool packed, int threadsMoved, const QString &error);

private:
    struct CpuTimes
    {
        unsigned long long busy = 0;
        unsigned long long total = 0;
    };
    static std::vector<CpuTimes> readCpuTimes();
    static long long readCpuPressureUs(); // "some" total of /proc/pressure/cpu; -1 if none
    void sample();
    void place(bool pack);

    std::function<QList<qint64>()> m_roots;
    Thresholds m_thresholds;
    QTimer m_timer{this}; // a child, so that moveToThread takes it along
    std::vector<CpuTimes> m_last;
    std::vector<int> m_allowed; // this process's CPUs at start()
    int m_cpu = -1;             // where to pack: the last of m_allowed
    bool m_wantPacked = false;  // what was decided last
    bool m_isPacked = false;    // what the last move did
    int m_quiet = 0;
    long long m_lastPressureUs = -1;
    QElapsedTimer m_sinceSample;
    QElapsedTimer m_sincePacked;
    int m_backoff = 1;         // quietSamples times this: a load that keeps flipping is packed less often
    bool m_placing = false;    // a move is under way on m_pool
    bool m_placeAgain = false; // the placement or the processes changed during it
    QList<qint64> m_placedRoots;
    // Last member: destroyed first, it waits for a move under way.
    QThreadPool m_pool;
};

} // namespace Stratus
