#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

namespace Stratus {

// Packs a cluster's processes onto one CPU while their own load fits on it, and spreads them
// over every CPU again as soon as that CPU is saturated. A request crosses a dozen process
// hops (client, broker, invoker, function, and back); when consecutive hops run on different
// CPUs, each one first wakes a CPU that has gone idle, which on a VM without guest
// halt-polling costs tens of µs (a bare NATS round trip here: 165 µs over two vCPUs, 33 µs on
// one). On one CPU the hops are plain context switches (docs/benchmarks.md, "Placement").
// What the cluster does one request after the other (a developer's requests, a sequential
// loop) gains; what it does in parallel saturates the CPU and is spread. Linux only; elsewhere
// start() returns false.
class CpuPacker : public QObject
{
    Q_OBJECT
public:
    struct Thresholds
    {
        // Packs once, for fitSamples samples in a row, the processes' own CPU time (their
        // descendants' included, those that ended too) has stayed under packBelow CPUs and
        // the rest of the machine's load fits on the other CPUs...
        double packBelow = 0.85;
        double othersBelow = -1; // in CPUs; below 0: as many as there are beside the packed one
        int fitSamples = 4;
        // ...and spreads once the packed CPU has been busier than spreadBusy for
        // saturatedSamples samples in a row, or at once when tasks waited for a CPU more than
        // spreadPressure of the time (Linux's pressure stall information, /proc/pressure/cpu,
        // where the kernel has it): work that runs side by side. Pressure alone does not tell
        // it from work that runs one step after the other: on two CPUs a request loop, packed
        // or not, shows 0.1 to 0.65 (a woken task waits for its waker to go to sleep).
        double spreadBusy = 0.97;
        double spreadPressure = 0.80;
        int saturatedSamples = 2;
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
    // Each sample's figures, in CPUs: the processes' own load (their descendants' included;
    // negative when not measured: while packed, and at the first sample after a spread), the
    // whole machine's, and the share of its time the packing CPU was busy.
    void sampled(double clusterBusy, double machineBusy, double packingCpuBusy);

private:
    struct CpuTimes
    {
        unsigned long long busy = 0;
        unsigned long long total = 0;
    };
    static std::vector<CpuTimes> readCpuTimes();
    static long long readCpuPressureUs(); // "some" total of /proc/pressure/cpu; -1 if none
    // The processes' CPU time since the last call, in clock ticks; none from the first call
    // after forgetClusterTicks() (or ever), which is the baseline. On m_pool only.
    std::optional<unsigned long long> clusterTicksSinceLast(const QList<qint64> &roots);
    void forgetClusterTicks();
    struct Reading
    {
        std::vector<CpuTimes> cpus;
        long long pressureUs = -1;
        std::optional<unsigned long long> clusterTicks; // none: not measured
        qint64 atNs = 0;                                // steady clock
        qint64 costUs = 0;                              // how long the reading took
    };
    void sample();                       // reads on m_pool...
    void decide(const Reading &reading); // ...and decides here
    void place(bool pack);

    std::function<QList<qint64>()> m_roots;
    Thresholds m_thresholds;
    QTimer m_timer{this}; // a child, so that moveToThread takes it along
    std::vector<CpuTimes> m_last;
    struct ProcessTicks
    {
        unsigned long long startTime = 0; // tells a reused PID from the process it had
        unsigned long long ticks = 0;     // its own and its waited-for children's CPU time
    };
    std::unordered_map<qint64, ProcessTicks> m_processTicks; // on m_pool only
    bool m_haveClusterTicks = false;                         // on m_pool only
    std::vector<int> m_allowed;                              // this process's CPUs at start()
    int m_cpu = -1;                                          // where to pack: the last of m_allowed
    bool m_wantPacked = false;                               // what was decided last
    bool m_isPacked = false;                                 // what the last move did
    int m_fitSamples = 0;       // samples in a row with the load fitting on one CPU
    int m_saturatedSamples = 0; // samples in a row with the packed CPU saturated
    long m_ticksPerSecond = 100;
    long long m_lastPressureUs = -1;
    qint64 m_lastReadNs = 0;
    bool m_reading = false; // a reading is under way on m_pool
    int m_generation = 0;   // start() and stop() count: a reading from before either is dropped
    QElapsedTimer m_sincePacked;
    int m_backoff = 1;         // fitSamples times this: a load that keeps flipping is packed less often
    bool m_placing = false;    // a move is under way on m_pool
    bool m_placeAgain = false; // the placement or the processes changed during it
    QList<qint64> m_placedRoots;
    // Last member: destroyed first, it waits for a move or a reading under way.
    QThreadPool m_pool;
};

} // namespace Stratus
