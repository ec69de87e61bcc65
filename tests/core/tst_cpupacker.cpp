#include "cpupacker.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <sched.h>

using namespace Stratus;

// Real processes, real affinities: a process tree (a shell, its children, a multi-threaded
// Python) packed onto one CPU and spread again.
class tst_CpuPacker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void packsAnIdleTreeWithItsThreads_data();
    void packsAnIdleTreeWithItsThreads();
    void spreadsWhenThePackedCpuIsBusy_data();
    void spreadsWhenThePackedCpuIsBusy();
    void packsByItsOwnLoad_data();
    void packsByItsOwnLoad();

private:
    // The CPUs each thread of pid may run on, as /proc shows them ("1", "0-3"), one per thread.
    static QStringList threadCpus(qint64 pid);
    static QString cpuList(const QList<int> &cpus);
    // Starts `sh -c script`, whose output lists the PIDs of what it started, one a line.
    QList<qint64> startTree(QProcess &shell, const QString &script, int children);
    static void stopTree(QProcess &shell, const QList<qint64> &tree);
};

QStringList tst_CpuPacker::threadCpus(qint64 pid)
{
    QStringList cpus;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile status(tasks.filePath(tid + QStringLiteral("/status")));
        if (!status.open(QIODevice::ReadOnly))
            continue; // the thread ended
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("Cpus_allowed_list:"))
                cpus << QString::fromLatin1(line.mid(18).trimmed());
    }
    return cpus;
}

QString tst_CpuPacker::cpuList(const QList<int> &cpus)
{
    // The kernel's notation for a contiguous set ("0-3"), which is what a test machine has.
    if (cpus.size() == 1)
        return QString::number(cpus.front());
    return QStringLiteral("%1-%2").arg(cpus.front()).arg(cpus.back());
}

QList<qint64> tst_CpuPacker::startTree(QProcess &shell, const QString &script, int children)
{
    shell.start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
    if (!shell.waitForStarted(5000))
        return {};
    QList<qint64> pids{shell.processId()};
    QDeadlineTimer deadline(10000);
    while (pids.size() < 1 + children && !deadline.hasExpired() && shell.state() == QProcess::Running) {
        if (shell.canReadLine())
            pids << shell.readLine().trimmed().toLongLong();
        else
            shell.waitForReadyRead(100);
    }
    return pids;
}

void tst_CpuPacker::stopTree(QProcess &shell, const QList<qint64> &tree)
{
    for (qint64 pid : tree)
        ::kill(pid_t(pid), SIGKILL);
    shell.waitForFinished(5000);
}

void tst_CpuPacker::initTestCase()
{
    CpuPacker probe;
    if (!probe.start())
        QSKIP("fewer than two CPUs for this process: nothing to pack");
    if (probe.allCpus().back() - probe.allCpus().front() + 1 != probe.allCpus().size())
        QSKIP("this process's CPUs are not contiguous; threadCpus() compares kernel ranges");
}

void tst_CpuPacker::packsAnIdleTreeWithItsThreads_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("children");
    QTest::addColumn<int>("threads");
    QTest::newRow("a shell and its child") << QStringLiteral("sleep 60 & echo $!; wait") << 1 << 2;
    QTest::newRow("a grandchild with threads")
        << QStringLiteral(
               "sh -c 'python3 -c \"import threading, time; [threading.Thread(target=time.sleep, "
               "args=(60,)).start() for _ in range(3)]; time.sleep(60)\" & echo $!; wait' & echo $!; wait")
        << 2 << 6;
}

void tst_CpuPacker::packsAnIdleTreeWithItsThreads()
{
    QFETCH(QString, script);
    QFETCH(int, children);
    QFETCH(int, threads);
    QProcess shell;
    const QList<qint64> tree = startTree(shell, script, children);
    QCOMPARE(tree.size(), 1 + children);
    auto threadsInTree = [&tree] {
        qsizetype n = 0;
        for (qint64 pid : tree)
            n += threadCpus(pid).size();
        return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT(threadsInTree(), threads, 10000); // every thread there before the move

    CpuPacker packer;
    packer.setProcesses([&tree] { return QList<qint64>{tree.front()}; });
    // Whatever the machine does meanwhile, this packs at the first sample and never spreads.
    packer.setThresholds({.packBelow = 1000,
                          .othersBelow = 1000,
                          .fitSamples = 1,
                          .spreadBusy = 2,
                          .spreadPressure = 2,
                          .intervalMs = 50});
    QSignalSpy placed(&packer, &CpuPacker::placementChanged);
    QVERIFY(packer.start());
    QVERIFY(placed.wait(5000));
    QCOMPARE(placed.front().at(0).toBool(), true);
    QCOMPARE(placed.front().at(2).toString(), QString());
    QVERIFY(packer.isPacked());

    const QString one = QString::number(packer.packedCpu());
    QCOMPARE(packer.packedCpu(), packer.allCpus().back());
    for (qint64 pid : tree) {
        const QStringList cpus = threadCpus(pid);
        QVERIFY2(!cpus.isEmpty(), qPrintable(QStringLiteral("process %1 is gone").arg(pid)));
        for (const QString &c : cpus)
            QCOMPARE(c, one);
    }
    QVERIFY(placed.front().at(1).toInt() >= threads);
    stopTree(shell, tree);
}

void tst_CpuPacker::spreadsWhenThePackedCpuIsBusy_data()
{
    QTest::addColumn<int>("loops");
    QTest::addColumn<bool>("byPressure");
    QTest::newRow("one busy loop: the packed CPU's busy share") << 1 << false;
    QTest::newRow("two busy loops: tasks waiting for the CPU") << 2 << true;
}

void tst_CpuPacker::spreadsWhenThePackedCpuIsBusy()
{
    QFETCH(int, loops);
    QFETCH(bool, byPressure);
    if (byPressure) {
        QFile pressure(QStringLiteral("/proc/pressure/cpu")); // present but unreadable when booted with psi=0
        if (!pressure.open(QIODevice::ReadOnly) || !pressure.readAll().contains("total="))
            QSKIP("this kernel does not report CPU pressure");
    }
    // Bounded busy loops under the shell: once packed, they keep the packed CPU busy.
    QProcess shell;
    const QString loop = QStringLiteral("timeout 30 sh -c 'echo $$; while :; do :; done' & ");
    const QList<qint64> tree = startTree(shell, loop.repeated(loops) + QStringLiteral("wait"), loops);
    QCOMPARE(tree.size(), 1 + loops);

    CpuPacker packer;
    packer.setProcesses([&tree] { return QList<qint64>{tree.front()}; });
    // Only the signal of the row can spread.
    const CpuPacker::Thresholds packAtOnce{.packBelow = 1000,
                                           .othersBelow = 1000,
                                           .fitSamples = 1,
                                           .spreadBusy = byPressure ? 2 : 0.5,
                                           .spreadPressure = byPressure ? 0.2 : 2,
                                           .intervalMs = 100};
    CpuPacker::Thresholds neverPack = packAtOnce;
    neverPack.packBelow = 0;
    packer.setThresholds(packAtOnce);
    QList<bool> changes;
    connect(&packer, &CpuPacker::placementChanged, this, [&](bool packed) {
        changes << packed;
        if (!packed) // no packing again: what is checked below is the spread
            packer.setThresholds(neverPack);
    });
    QVERIFY(packer.start());
    QTRY_VERIFY_WITH_TIMEOUT(changes.size() >= 2, 10000);
    QCOMPARE(changes, (QList<bool>{true, false}));
    QVERIFY(!packer.isPacked());
    const QString all = cpuList(packer.allCpus());
    for (qint64 pid : tree)
        for (const QString &c : threadCpus(pid))
            QCOMPARE(c, all);
    stopTree(shell, tree);
}

void tst_CpuPacker::packsByItsOwnLoad_data()
{
    QTest::addColumn<QString>("treeScript");
    QTest::addColumn<int>("children"); // the PIDs treeScript prints
    QTest::addColumn<bool>("busyBeside");
    QTest::addColumn<bool>("packs");
    // Bounded in time.
    const QString idle = QStringLiteral("sleep 30 & echo $!; wait");
    // About a CPU, all of it in processes of a few ms that end between two samples: only the
    // time of the children their parent waited for shows it.
    const QString shortLivedBusy =
        QStringLiteral("end=$(($(date +%s) + 30)); while [ $(date +%s) -lt $end ]; do "
                       "sh -c 'i=0; while [ $i -lt 2000 ]; do i=$((i+1)); done'; done");
    QTest::newRow("idle, the machine busy beside it") << idle << 1 << true << true;
    QTest::newRow("busy through short-lived children") << shortLivedBusy << 0 << false << false;
}

// Packing follows the processes' own load, not the machine's.
void tst_CpuPacker::packsByItsOwnLoad()
{
    QFETCH(QString, treeScript);
    QFETCH(int, children);
    QFETCH(bool, busyBeside);
    QFETCH(bool, packs);
    QProcess beside; // a busy loop outside the tree, ended by `timeout` if not by us
    if (busyBeside) {
        beside.start(QStringLiteral("timeout"),
                     {QStringLiteral("30"), QStringLiteral("sh"), QStringLiteral("-c"),
                      QStringLiteral("while :; do :; done")});
        QVERIFY(beside.waitForStarted(5000));
    }
    QProcess shell;
    const QList<qint64> tree = startTree(shell, treeScript, children);
    const auto stop = qScopeGuard([&] { // failed or not
        stopTree(shell, tree);
        if (beside.state() != QProcess::NotRunning) {
            beside.terminate(); // timeout passes it on to its loop
            beside.waitForFinished(5000);
        }
    });
    QCOMPARE(tree.size(), 1 + children);

    CpuPacker packer;
    packer.setProcesses([&tree] { return QList<qint64>{tree.front()}; });
    // Anything else on the machine may run beside the packed CPU; half a CPU of its own is
    // what the tree may use.
    packer.setThresholds({.packBelow = 0.5,
                          .othersBelow = 1000,
                          .fitSamples = 3,
                          .spreadBusy = 2,
                          .spreadPressure = 2,
                          .intervalMs = 100});
    QList<double> clusterBusy, machineBusy;
    connect(&packer, &CpuPacker::sampled, this, [&](double cluster, double machine) {
        clusterBusy << cluster;
        machineBusy << machine;
    });
    QSignalSpy placed(&packer, &CpuPacker::placementChanged);
    QVERIFY(packer.start());
    // Three samples in a row under the line pack it; ten samples without are a verdict.
    QTRY_VERIFY_WITH_TIMEOUT(!placed.isEmpty() || clusterBusy.size() >= 10, 10000);
    const auto describe = [&] {
        QString d;
        QDebug(&d) << "the tree's load" << clusterBusy << "the machine's" << machineBusy;
        return d;
    };
    QVERIFY2(placed.isEmpty() != packs, qPrintable(describe()));
    if (!packs) {
        // The verdict stands on the tree's load having been measured: most samples over the line.
        const auto over =
            std::count_if(clusterBusy.begin(), clusterBusy.end(), [](double b) { return b > 0.5; });
        QVERIFY2(over >= clusterBusy.size() / 2, qPrintable(describe()));
    }
}

QTEST_GUILESS_MAIN(tst_CpuPacker)
#include "tst_cpupacker.moc"
