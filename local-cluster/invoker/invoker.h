#pragma once

#include "childprocess.h"
#include "frameparser.h"
#include "invokerconfig.h"
#include "natshandles.h"
#include "reactor.h"
#include "stderrsink.h"
#include "workertmpdir.h"

#include <atomic>
#include <chrono>
#include <deque>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace Stratus::Invoker {

struct WarmWorker;

// One event being handled, from the moment the invoker took it to its reply.
struct Invocation
{
    NatsMsgPtr msg;
    std::string requestId;
    Clock::time_point arrived;
    std::chrono::system_clock::time_point wallStart;
    bool cold = false;

    // Cold mode: the process of this invocation, and its own TMPDIR (empty when the
    // function's env sets TMPDIR itself).
    WorkerTmpDir tmpDir;
    ChildProcess process;
    bool stdoutOpen = false;
    bool stderrOpen = false;
    StderrSink stderrSink;
    // Warm mode: the worker serving it.
    WarmWorker *worker = nullptr;

    size_t stdinOffset = 0;
    std::string output;
    Reactor::TimerId timer = 0;
    Reactor::TimerId pipeTimer = 0;
    bool timedOut = false;
    bool outputTooLarge = false;
    pid_t pid = -1;

    // Payloads by reference (docs/protocol.md, "Large payloads").
    std::string fetchedInput; // the event, when the request named a datastore object
    bool inputFetched = false;
    size_t outputRefAbove = 0; // 0: never by reference
    std::string run;
    std::string ttlMs;

    std::string_view input() const;
};

// A datastore request of the invoker in flight: fetching an event, or storing an output.
struct DatastoreWait
{
    enum class Kind { FetchInput, StoreOutput };
    Kind kind = Kind::FetchInput;
    std::unique_ptr<Invocation> fetching; // FetchInput: the invocation, until its event is here
    Invocation *storing = nullptr;        // StoreOutput: still in m_running
    std::string object;                   // RUN/OBJECT
    std::string output;
    std::string stderrTail;
    int64_t durationUs = 0;
    Reactor::TimerId timer = 0;
};

// An answered invocation whose record is still to be written: records are built and sent
// in batches after the replies (Invoker::queueRecord), so the job lives on until then.
struct FinishedInvocation
{
    std::unique_ptr<Invocation> job; // its request holds the event
    const char *status = nullptr;    // a Protocol constant
    int exitCode = 0;
    std::string output;
    std::string error;
    std::string stderrTail; // copied: a warm worker's log may be gone by then
    int64_t durationUs = 0;
    std::string outputRef;
};

// A long-lived worker of a warm function (docs/protocol.md, "Warm mode").
struct WarmWorker
{
    enum class State { Starting, Idle, Busy, Dead };
    explicit WarmWorker(size_t maxOutput) : parser(maxOutput) {}

    int slot = 0;
    WorkerTmpDir tmpDir; // empty when the function's env sets TMPDIR itself
    ChildProcess process;
    State state = State::Starting;
    FrameParser parser;
    std::string pendingInput; // frame bytes not yet accepted by the pipe
    size_t pendingOffset = 0;
    bool waitingToWrite = false;
    StderrSink stderrSink;
    // The first runs; the others wait in the worker's stdin pipe (see Invoker::dispatch).
    std::deque<Invocation *> jobs;
    Invocation *current() const { return jobs.empty() ? nullptr : jobs.front(); }
    bool alive() const { return state == State::Idle || state == State::Busy; }
    Clock::time_point spawnedAt;
    Clock::time_point readyAt;
    uint64_t served = 0;
};

// The invoker: queue-subscribes to a function's trigger subject and runs the function for
// each event, cold (a process per event) or warm (a pool of workers). The reactor thread
// drives the NATS connections and owns every piece of state; only datastore replies come
// from nats.c's delivery thread, queued by onDatastoreReply.
class Invoker
{
public:
    explicit Invoker(InvokerConfig config);
    ~Invoker();

    // Connects, subscribes, prints the ready line, runs until SIGTERM/SIGINT, then drains:
    // stops taking events, finishes the ones it has, and returns the exit code.
    int run();

private:
    static void onDatastoreReply(natsConnection *, natsSubscription *, natsMsg *msg, void *closure);
    bool subscribeDatastoreReplies();
    void fetchInput(std::unique_ptr<Invocation> job, const std::string &ref);
    bool storeOutput(Invocation *job, std::string output);
    void takeDatastoreReply(NatsMsgPtr msg);
    void datastoreTimedOut(uint64_t id);
    void queue(std::unique_ptr<Invocation> job);
    void subscribe();
    void subscribed();
    void publishStats();
    void wake();
    void takeIncoming();
    void takeDatastoreReplies();
    void accept(NatsMsgPtr msg);
    void dispatch();
    bool hasFreeSlot() const;

    void startCold(std::unique_ptr<Invocation> job);
    void writeColdStdin(Invocation *job);
    void readColdStdout(Invocation *job);
    void readColdStderr(Invocation *job);
    void onColdExit(Invocation *job);
    void closeColdPipe(int &fd, bool &open);

    void spawnWorker(int slot);
    void startWarm(std::unique_ptr<Invocation> job, WarmWorker *worker);
    void writeWorkerInput(WarmWorker *worker);
    void readWorkerStdout(WarmWorker *worker);
    void readWorkerStderr(WarmWorker *worker);
    void onWorkerExit(WarmWorker *worker);
    void retireWorker(WarmWorker *worker, const std::string &why);
    void beginWorkerJob(WarmWorker *worker);
    void requeueWaiting(WarmWorker *worker);
    WarmWorker *workerFor() const;
    void failQueuedForBrokenWorkers(const std::string &why);

    void onTimeout(Invocation *job);
    // Sends the reply (and output subject, and record), then forgets the job.
    void complete(Invocation *job, const char *status, int exitCode, std::string body);
    void replyNow(Invocation &job, const char *status, int exitCode, std::string_view body,
                  std::string_view outputRef = {}, size_t outputSize = 0);
    std::string recordOf(const FinishedInvocation &finished) const;
    static size_t estimatedRecordBytes(const FinishedInvocation &finished);
    std::unique_ptr<Invocation> release(Invocation *job);
    void queueRecord(FinishedInvocation finished);
    void publishRecords();

    Result<std::vector<std::string>> buildArgv(const Invocation &job) const;
    std::vector<std::string> coldEnvironment(const Invocation &job) const;
    // Gives a process (a worker, or a cold invocation's) a TMPDIR of its own in env, held by
    // dir, unless the function's env sets one. A cold invocation's comes from m_spareTmpDirs
    // when there is one, and goes back there emptied (recycleTmpDir).
    void giveOwnTmpDir(std::vector<std::string> &env, WorkerTmpDir &dir);
    void recycleTmpDir(WorkerTmpDir dir);

    void beginDrain();
    void checkDrained();
    void shutdownWorkers();

    InvokerConfig m_config;
    Reactor m_reactor;
    NatsConnectionPtr m_conn;       // replies: latency-bound, SendAsap
    NatsConnectionPtr m_recordConn; // records: buffered, off the latency path
    NatsSubscriptionPtr m_sub;

    // Filled by nats.c's delivery thread, emptied by the reactor.
    std::mutex m_incomingMutex;
    std::vector<natsMsg *> m_datastoreReplies;
    std::vector<FinishedInvocation> m_finished; // recorded in batches (Invoker::queueRecord)
    size_t m_recordBytes = 0;
    Reactor::TimerId m_recordTimer = 0;
    NatsSubscriptionPtr m_datastoreSub;
    std::string m_datastoreInbox; // + request number: the reply subject of each datastore request
    std::unordered_map<uint64_t, DatastoreWait> m_datastoreWaits;
    uint64_t m_nextDatastoreRequest = 1;
    int m_wakeFd = -1;
    bool m_subscriptionDone = false; // drained

    std::deque<std::unique_ptr<Invocation>> m_queue;
    std::list<std::unique_ptr<Invocation>> m_running;
    std::vector<std::unique_ptr<WarmWorker>> m_workers;
    int m_runningCold = 0;
    std::vector<WorkerTmpDir> m_spareTmpDirs; // emptied by cold invocations that ended
    uint64_t m_sequence = 0;
    uint64_t m_coldStarts = 0;
    uint64_t m_completed = 0;
    int m_workerFailures = 0; // consecutive workers that died before READY
    bool m_draining = false;
    bool m_ready = false;
    int m_exitCode = 0;
    Clock::time_point m_drainDeadline;
};

} // namespace Stratus::Invoker
