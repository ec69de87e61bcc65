#include "invoker.h"

#include "jsonwriter.h"
#include "natsconnect.h"
#include "protocol.h"
#include "stopbudget.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/wait.h>
#include <unistd.h>

namespace Stratus::Invoker {

namespace {

constexpr size_t RecordPayloadLimit = 64 * 1024;
constexpr size_t ReadChunk = 64 * 1024;
constexpr auto WorkerRespawnMax = std::chrono::milliseconds(5000);
// Events a warm worker holds at once: one running, one waiting in its stdin pipe. The
// waiting one saves the worker a sleep and the invoker a wake-up per event under load
// (docs/benchmarks.md); it is queued only when no worker is idle.
constexpr size_t PipelineDepth = 2;
// The subject (after the datastore inbox) of the message that confirms the subscription.
constexpr const char *ReadyProbe = "ready";
constexpr auto RecordDelay = std::chrono::milliseconds(2);    // see Invoker::queueRecord
constexpr auto PipeWatchDelay = std::chrono::milliseconds(2); // see Invoker::startCold
constexpr size_t RecordBatchBytes = 256 * 1024;
// A stopping invoker finishes its invocations (beginDrain, StopBudget::drainMs), then waits
// this for idle workers to exit on their own (shutdownWorkers): inside StopBudget's
// KillAfterDrainMs, after which whoever stops it would kill it mid-way.
constexpr auto WorkerExitGrace = std::chrono::milliseconds(1000);
static_assert(WorkerExitGrace < std::chrono::milliseconds(StopBudget::KillAfterDrainMs));

void logLine(const std::string &line)
{
    writeLog(line + "\n");
}

int64_t micros(Clock::duration d)
{
    return std::chrono::duration_cast<std::chrono::microseconds>(d).count();
}

std::string isoTime(std::chrono::system_clock::time_point t)
{
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
    const time_t secs = time_t(ms / 1000);
    tm utc{};
    gmtime_r(&secs, &utc);
    char buf[64]; // what the compiler allows any int to print as
    snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1,
             utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, int(ms % 1000));
    return buf;
}

// Exit code as the protocol reports it: the code, or -SIGNAL when killed by one.
int exitCodeOf(int waitStatus)
{
    if (WIFEXITED(waitStatus))
        return WEXITSTATUS(waitStatus);
    if (WIFSIGNALED(waitStatus))
        return -WTERMSIG(waitStatus);
    return -1;
}

std::string withStderr(std::string message, const StderrSink &sink)
{
    const std::string last = sink.lastLine();
    if (!last.empty())
        message += "; stderr: " + std::string(utf8Tail(last, 300));
    return message;
}

} // namespace

std::string_view Invocation::input() const
{
    if (inputFetched)
        return fetchedInput;
    return std::string_view(natsMsg_GetData(msg.get()), size_t(natsMsg_GetDataLength(msg.get())));
}

Invoker::Invoker(InvokerConfig config) : m_config(std::move(config)) {}

Invoker::~Invoker()
{
    m_sub.reset();
    m_recordConn.reset();
    m_conn.reset();
    m_datastoreSub.reset();
    for (natsMsg *m : m_datastoreReplies)
        destroyNatsMsg(m);
}

int Invoker::run()
{
    makeLogNonBlocking();
    if (!m_reactor.valid()) {
        logLine("invoker: epoll_create failed");
        return 1;
    }
    m_reactor.onTerminationSignal([this]() { beginDrain(); });
    m_wakeFd = m_reactor.addWakeup([this]() { takeDatastoreReplies(); });

    // Both connections are driven by the reactor: the events are read, run and answered on
    // this one thread, and what a turn of the loop publishes leaves in one write per
    // connection (docs/benchmarks.md, "Invoker: request → reply").
    auto connect = [this](const char *role, bool sendAsap, std::function<void()> afterRead) {
        std::string error;
        NatsConnectionPtr conn = connectNats(m_config.natsUrl, m_config.invokerId + role, sendAsap, &error,
                                             false, &m_reactor, std::move(afterRead));
        if (!conn)
            logLine("invoker " + m_config.function + ": " + error);
        return conn;
    };
    m_conn = connect("", true, [this]() { takeIncoming(); });
    // Records too leave at the end of the loop's turn: through nats.c's flusher thread they
    // cost a thread wake per millisecond and slowed cold invocations (docs/benchmarks.md).
    m_recordConn = connect("-records", true, {});
    if (!m_conn || !m_recordConn || !subscribeDatastoreReplies())
        return 1;

    if (m_config.warm) {
        // Subscribe once the whole pool is ready (readWorkerStdout calls subscribe()): the
        // first events must not pay for worker starts.
        for (int slot = 0; slot < m_config.maxConcurrency; ++slot) {
            m_workers.push_back(nullptr);
            spawnWorker(slot);
        }
        if (m_exitCode != 0)
            return m_exitCode;
        m_reactor.addTimer(Clock::now() + std::chrono::seconds(30), [this]() {
            if (!m_ready && !m_draining) {
                logLine("invoker " + m_config.function + ": warm workers not ready within 30 s");
                m_exitCode = 1;
                m_reactor.quit();
            }
        });
    } else {
        subscribe();
    }
    publishStats();

    m_reactor.run();
    shutdownWorkers();
    publishRecords();
    m_reactor.flushNats(2000);
    return m_exitCode;
}

// A synchronous subscription, emptied by takeIncoming after each read of the socket: no
// delivery thread between the socket and the invoker.
void Invoker::subscribe()
{
    natsSubscription *sub = nullptr;
    natsStatus s = natsConnection_QueueSubscribeSync(&sub, m_conn.get(), m_config.trigger.c_str(),
                                                     m_config.group.c_str());
    if (s == NATS_OK) {
        m_sub.reset(sub);
        // Our own queue bounds waiting work (maxQueue, with "busy" replies); nats.c's
        // per-subscription limit must never drop an event silently before that.
        natsSubscription_SetPendingLimits(sub, -1, -1);
        // natsConnection_Flush would wait for a PONG this thread has to read: instead, a
        // message to ourselves after the SUB comes back once the broker has taken both.
        s = natsConnection_PublishString(m_conn.get(), (m_datastoreInbox + ReadyProbe).c_str(), "");
    }
    if (s != NATS_OK) {
        logLine("invoker " + m_config.function + ": cannot subscribe to " + m_config.trigger + ": " +
                natsStatus_GetText(s));
        m_exitCode = 1;
        m_reactor.quit();
        return;
    }
    expectConfirmation(
        m_reactor, [this]() { return m_ready || m_draining; },
        [this]() {
            logLine("invoker " + m_config.function + ": the broker did not confirm the subscription to " +
                    m_config.trigger + " within 5 s");
            m_exitCode = 1;
        });
}

void Invoker::subscribed()
{
    if (m_ready || m_draining)
        return;
    m_ready = true;
    const std::string ready = std::string(Protocol::ReadyLine) + "\n";
    (void)!::write(STDOUT_FILENO, ready.data(), ready.size());
    logLine("invoker " + m_config.invokerId + ": " + (m_config.warm ? "warm" : "cold") + " function " +
            m_config.function + " listening on " + m_config.trigger + " (queue " + m_config.group + ")");
}

// Once a second, what the invoker is doing: the workbench's cluster view and the stress
// panel overlay these on their charts.
void Invoker::publishStats()
{
    int idle = 0;
    for (const auto &w : m_workers)
        idle += w && w->state == WarmWorker::State::Idle;
    std::string s;
    s += "{\"invoker\":";
    appendJsonString(s, m_config.invokerId);
    s += ",\"function\":";
    appendJsonString(s, m_config.function);
    s += ",\"mode\":\"" + std::string(m_config.warm ? "warm" : "cold") + "\"";
    s += ",\"pid\":" + std::to_string(::getpid());
    s += ",\"inFlight\":" + std::to_string(m_running.size());
    s += ",\"queued\":" + std::to_string(m_queue.size());
    s += ",\"completed\":" + std::to_string(m_completed);
    s += ",\"coldStarts\":" + std::to_string(m_coldStarts);
    s += ",\"workers\":" + std::to_string(m_workers.size());
    s += ",\"idleWorkers\":" + std::to_string(idle);
    s += ",\"draining\":" + std::string(m_draining ? "true" : "false") + "}";
    const std::string subject = std::string(Protocol::StatsSubjectPrefix) + m_config.function;
    natsConnection_Publish(m_recordConn.get(), subject.c_str(), s.data(), int(s.size()));
    if (!m_draining)
        m_reactor.addTimer(Clock::now() + std::chrono::seconds(1), [this]() { publishStats(); });
}

// --- nats.c's delivery thread (datastore replies only) ----------------------------------

void Invoker::wake()
{
    const uint64_t one = 1;
    (void)!::write(m_wakeFd, &one, sizeof one);
}

// --- the reactor thread ------------------------------------------------------------

void Invoker::takeDatastoreReplies()
{
    std::vector<natsMsg *> datastoreReplies;
    {
        std::lock_guard lock(m_incomingMutex);
        datastoreReplies.swap(m_datastoreReplies);
    }
    for (natsMsg *m : datastoreReplies)
        takeDatastoreReply(NatsMsgPtr(m));
}

void Invoker::takeIncoming()
{
    if (!m_sub)
        return;
    const auto take = [this](NatsMsgPtr msg) { accept(std::move(msg)); };
    if (m_draining && !m_subscriptionDone)
        m_subscriptionDone = takeDraining(m_sub.get(), take);
    else
        takePending(m_sub.get(), take);
}

void Invoker::accept(NatsMsgPtr msg)
{
    auto job = std::make_unique<Invocation>();
    job->arrived = Clock::now();
    job->wallStart = std::chrono::system_clock::now();
    const char *id = nullptr;
    if (natsMsgHeader_Get(msg.get(), Protocol::RequestIdHeader, &id) == NATS_OK && id && *id)
        job->requestId = id;
    else
        job->requestId = m_config.invokerId + "-" + std::to_string(++m_sequence);
    const char *value = nullptr;
    if (natsMsgHeader_Get(msg.get(), Protocol::OutputRefAboveHeader, &value) == NATS_OK && value)
        job->outputRefAbove = size_t(std::strtoull(value, nullptr, 10));
    if (natsMsgHeader_Get(msg.get(), Protocol::RunIdHeader, &value) == NATS_OK && value)
        job->run = value;
    if (natsMsgHeader_Get(msg.get(), Protocol::TtlHeader, &value) == NATS_OK && value)
        job->ttlMs = value;
    const char *inputRef = nullptr;
    natsMsgHeader_Get(msg.get(), Protocol::InputRefHeader, &inputRef);
    job->msg = std::move(msg);

    if (!hasFreeSlot() && m_queue.size() >= size_t(m_config.maxQueue)) {
        Invocation *raw = job.get();
        m_running.push_back(std::move(job));
        complete(raw, Protocol::StatusBusy, -1,
                 "busy: " + m_config.function + " already has " + std::to_string(m_queue.size()) +
                     " events waiting (maxQueue); try again later or add replicas");
        return;
    }
    if (inputRef && *inputRef)
        return fetchInput(std::move(job), inputRef);
    queue(std::move(job));
}

void Invoker::queue(std::unique_ptr<Invocation> job)
{
    m_queue.push_back(std::move(job));
    dispatch();
}

// --- payloads by reference (docs/protocol.md, "Large payloads") -----------------------

bool Invoker::subscribeDatastoreReplies()
{
    natsInbox *inbox = nullptr;
    natsInbox_Create(&inbox);
    m_datastoreInbox = std::string(inbox) + ".";
    natsInbox_Destroy(inbox);
    natsSubscription *sub = nullptr;
    if (natsConnection_Subscribe(&sub, m_conn.get(), (m_datastoreInbox + "*").c_str(),
                                 &Invoker::onDatastoreReply, this) != NATS_OK) {
        logLine("invoker " + m_config.function + ": cannot subscribe to its datastore replies");
        return false;
    }
    m_datastoreSub.reset(sub);
    return true;
}

void Invoker::onDatastoreReply(natsConnection *, natsSubscription *, natsMsg *msg, void *closure)
{
    auto *self = static_cast<Invoker *>(closure);
    bool wasEmpty;
    {
        std::lock_guard lock(self->m_incomingMutex);
        wasEmpty = self->m_datastoreReplies.empty();
        self->m_datastoreReplies.push_back(msg);
    }
    if (wasEmpty)
        self->wake();
}

void Invoker::fetchInput(std::unique_ptr<Invocation> job, const std::string &ref)
{
    const size_t slash = ref.find('/');
    Invocation *raw = job.get();
    if (slash == std::string::npos) {
        m_running.push_back(std::move(job));
        return complete(raw, Protocol::StatusBadRequest, -1,
                        "bad-request: " + std::string(Protocol::InputRefHeader) +
                            " must be RUN/OBJECT, not " + ref);
    }
    std::string body = "{\"run\":";
    appendJsonString(body, ref.substr(0, slash));
    body += ",\"object\":";
    appendJsonString(body, ref.substr(slash + 1));
    body += '}';
    const uint64_t id = m_nextDatastoreRequest++;
    const std::string subject = std::string(Protocol::DatastorePrefix) + ".get";
    natsConnection_PublishRequest(m_conn.get(), subject.c_str(),
                                  (m_datastoreInbox + std::to_string(id)).c_str(), body.data(),
                                  int(body.size()));
    DatastoreWait &wait = m_datastoreWaits[id];
    wait.kind = DatastoreWait::Kind::FetchInput;
    wait.fetching = std::move(job);
    wait.object = ref;
    wait.timer = m_reactor.addTimer(Clock::now() + std::chrono::milliseconds(m_config.timeoutMs),
                                    [this, id]() { datastoreTimedOut(id); });
}

// Stores a large output; false when it cannot be sent (the caller replies inline instead).
bool Invoker::storeOutput(Invocation *job, std::string output)
{
    const uint64_t id = m_nextDatastoreRequest++;
    const std::string object = "out/" + job->requestId;
    natsMsg *raw = nullptr;
    const std::string subject = std::string(Protocol::DatastorePrefix) + ".put";
    if (natsMsg_Create(&raw, subject.c_str(), (m_datastoreInbox + std::to_string(id)).c_str(), output.data(),
                       int(output.size())) != NATS_OK)
        return false;
    NatsMsgPtr msg(raw);
    natsMsgHeader_Set(msg.get(), Protocol::RunHeader, job->run.c_str());
    natsMsgHeader_Set(msg.get(), Protocol::ObjectHeader, object.c_str());
    natsMsgHeader_Set(msg.get(), Protocol::TtlHeader, job->ttlMs.empty() ? "600000" : job->ttlMs.c_str());
    if (natsConnection_PublishMsg(m_conn.get(), msg.get()) != NATS_OK)
        return false;
    DatastoreWait &wait = m_datastoreWaits[id];
    wait.kind = DatastoreWait::Kind::StoreOutput;
    wait.storing = job;
    wait.object = job->run + "/" + object;
    wait.output = std::move(output);
    const StderrSink &sink = job->worker ? job->worker->stderrSink : job->stderrSink;
    wait.stderrTail = std::string(sink.tail());
    wait.durationUs = micros(Clock::now() - job->arrived);
    wait.timer = m_reactor.addTimer(Clock::now() + std::chrono::milliseconds(m_config.timeoutMs),
                                    [this, id]() { datastoreTimedOut(id); });
    return true;
}

void Invoker::takeDatastoreReply(NatsMsgPtr msg)
{
    if (natsMsg_GetSubject(msg.get()) + m_datastoreInbox.size() == std::string_view(ReadyProbe))
        return subscribed();
    const uint64_t id = std::strtoull(natsMsg_GetSubject(msg.get()) + m_datastoreInbox.size(), nullptr, 10);
    auto it = m_datastoreWaits.find(id);
    if (it == m_datastoreWaits.end())
        return; // timed out already
    DatastoreWait wait = std::move(it->second);
    m_datastoreWaits.erase(it);
    m_reactor.cancelTimer(wait.timer);
    const char *status = nullptr;
    natsMsgHeader_Get(msg.get(), Protocol::StatusHeader, &status);
    const char *chunks = nullptr;
    natsMsgHeader_Get(msg.get(), Protocol::ChunksHeader, &chunks);
    const bool ok =
        !natsMsg_IsNoResponders(msg.get()) && status && std::strcmp(status, Protocol::StatusOk) == 0;
    const std::string body(natsMsg_GetData(msg.get()), size_t(natsMsg_GetDataLength(msg.get())));
    const std::string why = natsMsg_IsNoResponders(msg.get()) ? std::string("no datastore is running") : body;
    if (wait.kind == DatastoreWait::Kind::FetchInput) {
        Invocation *job = wait.fetching.get();
        if (ok && (!chunks || std::strcmp(chunks, "1") == 0)) {
            job->fetchedInput = body;
            job->inputFetched = true;
            return queue(std::move(wait.fetching));
        }
        m_running.push_back(std::move(wait.fetching));
        return complete(job, Protocol::StatusBadRequest, -1,
                        "bad-request: input reference " + wait.object + ": " +
                            (ok ? std::string("larger than one message") : why));
    }
    Invocation *job = wait.storing;
    if (!ok) // the output still goes out, inline, if the broker takes it
        logLine("invoker " + m_config.function + ": could not keep a large output in the datastore: " + why);
    replyNow(*job, Protocol::StatusOk, 0, ok ? std::string_view() : std::string_view(wait.output),
             ok ? std::string_view(wait.object) : std::string_view(), wait.output.size());
    ++m_completed;
    FinishedInvocation finished;
    finished.status = Protocol::StatusOk;
    finished.output = std::move(wait.output);
    finished.stderrTail = std::move(wait.stderrTail);
    finished.durationUs = wait.durationUs;
    if (ok)
        finished.outputRef = std::move(wait.object);
    finished.job = release(job);
    queueRecord(std::move(finished));
}

void Invoker::datastoreTimedOut(uint64_t id)
{
    auto it = m_datastoreWaits.find(id);
    if (it == m_datastoreWaits.end())
        return;
    it->second.timer = 0;
    // An answer that never comes is an answer: the same path, with a message to say so.
    natsMsg *raw = nullptr;
    const std::string why =
        "the datastore did not answer within " + std::to_string(m_config.timeoutMs) + " ms";
    natsMsg_Create(&raw, (m_datastoreInbox + std::to_string(id)).c_str(), nullptr, why.data(),
                   int(why.size()));
    natsMsgHeader_Set(raw, Protocol::StatusHeader, Protocol::StatusUnavailable);
    takeDatastoreReply(NatsMsgPtr(raw));
}

bool Invoker::hasFreeSlot() const
{
    if (!m_config.warm)
        return m_runningCold < m_config.maxConcurrency;
    return workerFor() != nullptr;
}

// An idle worker if there is one, else the least loaded with room in its pipeline.
WarmWorker *Invoker::workerFor() const
{
    WarmWorker *best = nullptr;
    for (const auto &w : m_workers) {
        if (!w || !w->alive() || w->jobs.size() >= PipelineDepth)
            continue;
        if (!best || w->jobs.size() < best->jobs.size())
            best = w.get();
        if (best->jobs.empty())
            break;
    }
    return best;
}

void Invoker::dispatch()
{
    while (!m_queue.empty()) {
        if (!m_config.warm) {
            if (m_runningCold >= m_config.maxConcurrency)
                return;
            auto job = std::move(m_queue.front());
            m_queue.pop_front();
            startCold(std::move(job));
            continue;
        }
        WarmWorker *worker = workerFor();
        if (!worker)
            return;
        auto job = std::move(m_queue.front());
        m_queue.pop_front();
        startWarm(std::move(job), worker);
    }
}

Result<std::vector<std::string>> Invoker::buildArgv(const Invocation &job) const
{
    std::vector<std::string> argv{m_config.program};
    QJsonObject event;
    bool parsed = false;
    for (const std::string &arg : m_config.args) {
        if (arg.find("{{") == std::string::npos) {
            argv.push_back(arg);
            continue;
        }
        if (!parsed) {
            const std::string_view in = job.input();
            QJsonParseError error;
            const QJsonDocument doc =
                QJsonDocument::fromJson(QByteArray::fromRawData(in.data(), qsizetype(in.size())), &error);
            if (!doc.isObject())
                return makeError(
                    QStringLiteral("the event must be a JSON object: %1's arguments take fields from it")
                        .arg(QString::fromStdString(m_config.function)));
            event = doc.object();
            parsed = true;
        }
        std::string filled;
        size_t pos = 0;
        while (true) {
            const size_t open = arg.find("{{", pos);
            const size_t close = open == std::string::npos ? open : arg.find("}}", open + 2);
            if (close == std::string::npos) {
                filled += arg.substr(pos);
                break;
            }
            filled += arg.substr(pos, open - pos);
            const QString field = QString::fromStdString(arg.substr(open + 2, close - open - 2)).trimmed();
            const QJsonValue v = event.value(field);
            if (v.isUndefined())
                return makeError(
                    QStringLiteral("the event has no field \"%1\" (argument template {{%1}} of %2)")
                        .arg(field, QString::fromStdString(m_config.function)));
            if (v.isString())
                filled += v.toString().toStdString();
            else if (v.isDouble() || v.isBool() || v.isNull())
                filled += QJsonDocument(QJsonArray{v})
                              .toJson(QJsonDocument::Compact)
                              .mid(1)
                              .chopped(1)
                              .toStdString();
            else
                filled += (v.isObject() ? QJsonDocument(v.toObject()) : QJsonDocument(v.toArray()))
                              .toJson(QJsonDocument::Compact)
                              .toStdString();
            pos = close + 2;
        }
        argv.push_back(std::move(filled));
    }
    return argv;
}

std::vector<std::string> Invoker::coldEnvironment(const Invocation &job) const
{
    std::vector<std::string> env = m_config.env;
    env.push_back(std::string(Protocol::EnvSubject) + "=" + natsMsg_GetSubject(job.msg.get()));
    env.push_back(std::string(Protocol::EnvRequestId) + "=" + job.requestId);
    const char *reply = natsMsg_GetReply(job.msg.get());
    env.push_back(std::string(Protocol::EnvReplyTo) + "=" + (reply ? reply : ""));
    return env;
}

void Invoker::giveOwnTmpDir(std::vector<std::string> &env, WorkerTmpDir &dir)
{
    if (std::any_of(m_config.env.begin(), m_config.env.end(),
                    [](const std::string &e) { return e.starts_with("TMPDIR="); }))
        return;
    std::string error;
    if (!m_spareTmpDirs.empty()) {
        dir = std::move(m_spareTmpDirs.back());
        m_spareTmpDirs.pop_back();
    } else {
        dir = WorkerTmpDir::create(&error);
    }
    if (!dir.path().empty())
        env.push_back("TMPDIR=" + dir.path());
    else
        logLine("invoker " + m_config.function + ": " + error + "; the process shares the system's");
}

void Invoker::recycleTmpDir(WorkerTmpDir dir)
{
    // Emptied, a folder serves the next event as a new one would; one that cannot be emptied
    // goes (the destructor), and so do those beyond what can run at once.
    if (!dir.path().empty() && m_spareTmpDirs.size() < size_t(m_config.maxConcurrency) && dir.clear())
        m_spareTmpDirs.push_back(std::move(dir));
}

// --- cold mode --------------------------------------------------------------------

void Invoker::startCold(std::unique_ptr<Invocation> owned)
{
    Invocation *job = owned.get();
    m_running.push_back(std::move(owned));
    auto argv = buildArgv(*job);
    if (!argv) {
        complete(job, Protocol::StatusBadRequest, -1, "bad-request: " + argv.errorMessage().toStdString());
        return;
    }
    std::string error;
    std::vector<std::string> env = coldEnvironment(*job);
    // What a process per event leaves in its TMPDIR goes with the event, as a worker's goes with
    // the worker: no event finds another's scratch files, and /tmp does not fill up.
    giveOwnTmpDir(env, job->tmpDir);
    // Alone, the spawn is on the latency path; among others, the processes are better spread.
    job->process = ChildProcess::spawn(m_config.program, *argv, env, m_config.workingDir, &error,
                                       m_runningCold == 0, job->input(), &job->stdinOffset);
    if (job->process.pid < 0) {
        complete(job, Protocol::StatusSpawnFailed, -1,
                 "spawn-failed: cannot start " + m_config.program + " for " + m_config.function + ": " +
                     error);
        return;
    }
    ++m_runningCold;
    ++m_coldStarts;
    job->cold = true;
    job->pid = job->process.pid;
    job->stdoutOpen = job->stderrOpen = true;
    job->stderrSink.begin("[" + m_config.function + " " + job->requestId + "] ");
    // A short-lived process wakes us once, at its exit (the pidfd), rather than once per write
    // and once per pipe it closes, each time taking its CPU from it. Its pipes are watched
    // only if it is still running a moment later; one that fills a pipe before then waits
    // for that moment.
    job->pipeTimer = m_reactor.addTimer(Clock::now() + PipeWatchDelay, [this, job]() {
        job->pipeTimer = 0;
        m_reactor.add(job->process.stdoutFd, EPOLLIN, [this, job](uint32_t) { readColdStdout(job); });
        m_reactor.add(job->process.stderrFd, EPOLLIN, [this, job](uint32_t) { readColdStderr(job); });
    });
    m_reactor.add(job->process.pidfd, EPOLLIN, [this, job](uint32_t) { onColdExit(job); });
    job->timer = m_reactor.addTimer(Clock::now() + std::chrono::milliseconds(m_config.timeoutMs),
                                    [this, job]() { onTimeout(job); });
    writeColdStdin(job);
}

void Invoker::writeColdStdin(Invocation *job)
{
    const std::string_view in = job->input();
    while (job->stdinOffset < in.size()) {
        const ssize_t n =
            ::write(job->process.stdinFd, in.data() + job->stdinOffset, in.size() - job->stdinOffset);
        if (n > 0) {
            job->stdinOffset += size_t(n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN) {
            m_reactor.add(job->process.stdinFd, EPOLLOUT, [this, job](uint32_t) { writeColdStdin(job); });
            return;
        }
        break; // EPIPE: the function does not read its input; that is its business
    }
    m_reactor.remove(job->process.stdinFd);
    job->process.closeStdin();
}

void Invoker::closeColdPipe(int &fd, bool &open)
{
    if (fd >= 0) {
        m_reactor.remove(fd);
        ::close(fd);
        fd = -1;
    }
    open = false;
}

void Invoker::readColdStdout(Invocation *job)
{
    char buf[ReadChunk];
    while (job->process.stdoutFd >= 0) {
        const ssize_t n = ::read(job->process.stdoutFd, buf, sizeof buf);
        if (n > 0) {
            if (job->output.size() + size_t(n) > m_config.maxOutputBytes) {
                job->outputTooLarge = true;
                job->process.killGroup(SIGKILL);
                closeColdPipe(job->process.stdoutFd, job->stdoutOpen);
                return;
            }
            job->output.append(buf, size_t(n));
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN)
            return;
        closeColdPipe(job->process.stdoutFd, job->stdoutOpen); // EOF
    }
}

void Invoker::readColdStderr(Invocation *job)
{
    char buf[ReadChunk];
    while (job->process.stderrFd >= 0) {
        const ssize_t n = ::read(job->process.stderrFd, buf, sizeof buf);
        if (n > 0) {
            job->stderrSink.append(std::string_view(buf, size_t(n)));
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN)
            return;
        closeColdPipe(job->process.stderrFd, job->stderrOpen);
    }
}

void Invoker::onColdExit(Invocation *job)
{
    // The process is a zombie now: whatever it wrote before exiting is in the pipes.
    readColdStdout(job);
    readColdStderr(job);
    job->stderrSink.flush();
    job->process.killGroup(SIGKILL); // grandchildren it left behind; the pid is not reusable yet
    const int status = job->process.reap();
    --m_runningCold;
    // The reply goes first; closing the pipes can wait until the caller has its answer.
    ChildProcess process = job->process;
    auto closePipes = qScopeGuard([this, &process] {
        for (int fd : {process.pidfd, process.stdinFd, process.stdoutFd, process.stderrFd})
            m_reactor.remove(fd);
        process.closeAll();
    });

    const int code = exitCodeOf(status);
    const std::string &fn = m_config.function;
    // Emptied once the caller has its answer, and before the next event is started.
    WorkerTmpDir tmpDir = std::move(job->tmpDir);
    if (job->timedOut) {
        complete(job, Protocol::StatusTimeout, code,
                 withStderr("timeout: " + fn + " did not finish within " +
                                std::to_string(m_config.timeoutMs) + " ms; its process group was killed",
                            job->stderrSink));
    } else if (job->outputTooLarge) {
        complete(job, Protocol::StatusOutputTooLarge, code,
                 "output-too-large: " + fn + " wrote more than " + std::to_string(m_config.maxOutputBytes) +
                     " bytes on stdout (maxOutputBytes); its process group was killed");
    } else if (code < 0) {
        complete(job, Protocol::StatusCrashed, code,
                 withStderr("crashed: " + fn + " was killed by signal " + std::to_string(-code) + " (" +
                                strsignal(-code) + ")",
                            job->stderrSink));
    } else if (code != 0) {
        complete(job, Protocol::StatusFunctionError, code,
                 withStderr("function-error: " + fn + " exited with code " + std::to_string(code),
                            job->stderrSink));
    } else {
        std::string output = std::move(job->output);
        complete(job, Protocol::StatusOk, 0, std::move(output));
    }
    recycleTmpDir(std::move(tmpDir));
    dispatch();
}

// --- warm mode --------------------------------------------------------------------

void Invoker::spawnWorker(int slot)
{
    auto worker = std::make_unique<WarmWorker>(m_config.maxOutputBytes);
    WarmWorker *w = worker.get();
    w->slot = slot;
    w->spawnedAt = Clock::now();
    std::vector<std::string> argv{m_config.program};
    argv.insert(argv.end(), m_config.args.begin(), m_config.args.end());
    std::string error;
    std::vector<std::string> env = m_config.env;
    giveOwnTmpDir(env, w->tmpDir);
    w->process = ChildProcess::spawn(m_config.program, argv, env, m_config.workingDir, &error);
    m_workers[size_t(slot)] = std::move(worker);
    if (w->process.pid < 0) {
        logLine("invoker " + m_config.function + ": cannot start a warm worker: " + error);
        w->state = WarmWorker::State::Dead;
        if (!m_ready) {
            m_exitCode = 1;
            m_reactor.quit();
        }
        return;
    }
    ++m_coldStarts;
    w->stderrSink.begin("[" + m_config.function + " worker " + std::to_string(slot) + "] ");
    m_reactor.add(w->process.stdoutFd, EPOLLIN, [this, w](uint32_t) { readWorkerStdout(w); });
    m_reactor.add(w->process.stderrFd, EPOLLIN, [this, w](uint32_t) { readWorkerStderr(w); });
    m_reactor.add(w->process.pidfd, EPOLLIN, [this, w](uint32_t) { onWorkerExit(w); });
}

void Invoker::startWarm(std::unique_ptr<Invocation> owned, WarmWorker *worker)
{
    Invocation *job = owned.get();
    m_running.push_back(std::move(owned));
    job->worker = worker;
    job->pid = worker->process.pid;
    // Cold when the event had to wait for this worker to start.
    job->cold = worker->served == 0 && worker->readyAt > job->arrived;
    worker->jobs.push_back(job);
    worker->state = WarmWorker::State::Busy;
    if (worker->pendingOffset == worker->pendingInput.size()) {
        worker->pendingInput.clear();
        worker->pendingOffset = 0;
    }
    const std::string_view in = job->input();
    worker->pendingInput += "STRATUS-INVOKE " + job->requestId + " " + std::to_string(in.size()) + "\n";
    worker->pendingInput.append(in);
    if (worker->jobs.size() == 1)
        beginWorkerJob(worker);
    if (!worker->waitingToWrite)
        writeWorkerInput(worker);
}

// The worker's first event is the one it runs now: its timeout and its log start here.
void Invoker::beginWorkerJob(WarmWorker *worker)
{
    Invocation *job = worker->current();
    worker->stderrSink.begin("[" + m_config.function + " " + job->requestId + "] ");
    job->timer = m_reactor.addTimer(Clock::now() + std::chrono::milliseconds(m_config.timeoutMs),
                                    [this, job]() { onTimeout(job); });
}

// Events that were waiting behind a dying worker never ran: they go back to the front of
// the queue, in order, for the other workers.
void Invoker::requeueWaiting(WarmWorker *worker)
{
    while (worker->jobs.size() > 0) {
        Invocation *job = worker->jobs.back();
        worker->jobs.pop_back();
        job->worker = nullptr;
        job->cold = false;
        m_queue.push_front(release(job));
    }
}

void Invoker::writeWorkerInput(WarmWorker *w)
{
    while (w->pendingOffset < w->pendingInput.size()) {
        const ssize_t n = ::write(w->process.stdinFd, w->pendingInput.data() + w->pendingOffset,
                                  w->pendingInput.size() - w->pendingOffset);
        if (n > 0) {
            w->pendingOffset += size_t(n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN) {
            if (!w->waitingToWrite)
                m_reactor.add(w->process.stdinFd, EPOLLOUT, [this, w](uint32_t) { writeWorkerInput(w); });
            w->waitingToWrite = true;
            return;
        }
        return; // EPIPE: the worker is exiting; its pidfd will tell
    }
    if (w->waitingToWrite)
        m_reactor.remove(w->process.stdinFd);
    w->waitingToWrite = false;
    w->pendingInput.clear();
    w->pendingOffset = 0;
}

void Invoker::readWorkerStdout(WarmWorker *w)
{
    char buf[ReadChunk];
    while (w->state != WarmWorker::State::Dead) {
        const ssize_t n = ::read(w->process.stdoutFd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN)
            return;
        if (n <= 0) {
            m_reactor.remove(w->process.stdoutFd);
            return; // EOF: the pidfd reports the exit
        }
        w->parser.feed(std::string_view(buf, size_t(n)));
        while (w->state != WarmWorker::State::Dead) {
            FrameParser::Frame frame = w->parser.next();
            if (frame.kind == FrameParser::Kind::None)
                break;
            if (frame.kind == FrameParser::Kind::Ready) {
                if (w->state == WarmWorker::State::Starting) {
                    w->state = WarmWorker::State::Idle;
                    w->readyAt = Clock::now();
                    m_workerFailures = 0;
                    if (!m_ready && !m_draining &&
                        std::all_of(m_workers.begin(), m_workers.end(),
                                    [](const auto &o) { return o && o->state == WarmWorker::State::Idle; }))
                        subscribe();
                    dispatch();
                }
                continue;
            }
            if (frame.kind == FrameParser::Kind::Error) {
                if (frame.error == "output-too-large" && w->current()) {
                    w->current()->outputTooLarge = true;
                    retireWorker(w, "output-too-large: " + m_config.function + " returned more than " +
                                        std::to_string(m_config.maxOutputBytes) + " bytes (maxOutputBytes)");
                } else {
                    retireWorker(w, "function-error: " + m_config.function +
                                        "'s worker broke the protocol: " + frame.error);
                }
                return;
            }
            Invocation *job = w->current();
            if (!job || frame.requestId != job->requestId) {
                retireWorker(w, "function-error: " + m_config.function + "'s worker answered request '" +
                                    frame.requestId + "', which it was not given");
                return;
            }
            w->stderrSink.flush();
            w->jobs.pop_front();
            ++w->served;
            if (w->jobs.empty())
                w->state = WarmWorker::State::Idle;
            else
                beginWorkerJob(w);
            if (frame.ok)
                complete(job, Protocol::StatusOk, 0, std::string(frame.payload));
            else
                complete(job, Protocol::StatusFunctionError, 1,
                         "function-error: " + m_config.function + ": " +
                             std::string(utf8Head(frame.payload, 4096)));
            dispatch();
        }
    }
}

void Invoker::readWorkerStderr(WarmWorker *w)
{
    char buf[ReadChunk];
    while (true) {
        const ssize_t n = ::read(w->process.stderrFd, buf, sizeof buf);
        if (n > 0) {
            w->stderrSink.append(std::string_view(buf, size_t(n)));
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n == 0 || (n < 0 && errno != EAGAIN))
            m_reactor.remove(w->process.stderrFd);
        return;
    }
}

// Kills a worker that cannot be trusted any more and fails its invocation with why; the
// pidfd handler then reaps it and starts a replacement.
void Invoker::retireWorker(WarmWorker *w, const std::string &why)
{
    w->process.killGroup(SIGKILL);
    w->state = WarmWorker::State::Dead;
    if (Invocation *job = w->current()) {
        w->jobs.pop_front();
        requeueWaiting(w);
        const char *status = job->timedOut         ? Protocol::StatusTimeout
                             : job->outputTooLarge ? Protocol::StatusOutputTooLarge
                                                   : Protocol::StatusFunctionError;
        complete(job, status, -SIGKILL, withStderr(why, w->stderrSink));
    }
    dispatch();
}

void Invoker::onWorkerExit(WarmWorker *w)
{
    readWorkerStderr(w);
    w->stderrSink.flush();
    const bool wasReady = w->state != WarmWorker::State::Starting;
    w->process.killGroup(SIGKILL);
    const int code = exitCodeOf(w->process.reap());
    const std::string last = w->stderrSink.lastLine();
    if (Invocation *job = w->current()) {
        w->jobs.pop_front();
        requeueWaiting(w);
        const std::string how =
            code < 0 ? "was killed by signal " + std::to_string(-code) + " (" + strsignal(-code) + ")"
                     : "exited with code " + std::to_string(code);
        complete(job, code < 0 ? Protocol::StatusCrashed : Protocol::StatusFunctionError, code,
                 withStderr(std::string(code < 0 ? "crashed: " : "function-error: ") + m_config.function +
                                "'s worker " + how + " while handling the event",
                            w->stderrSink));
    }
    m_reactor.remove(w->process.pidfd);
    m_reactor.remove(w->process.stdinFd);
    m_reactor.remove(w->process.stdoutFd);
    m_reactor.remove(w->process.stderrFd);
    w->process.closeAll();
    w->state = WarmWorker::State::Dead;
    dispatch();
    if (m_draining)
        return;

    const int slot = w->slot;
    if (!wasReady) {
        ++m_workerFailures;
        if (!m_ready) {
            logLine("invoker " + m_config.function + ": a warm worker exited (code " + std::to_string(code) +
                    ") before announcing STRATUS-READY" + (last.empty() ? "" : ": " + last));
            m_exitCode = 1;
            m_reactor.quit();
            return;
        }
        failQueuedForBrokenWorkers("spawn-failed: " + m_config.function +
                                   "'s workers exit before they are ready" +
                                   (last.empty() ? "" : " (" + last + ")"));
    }
    // Back off when workers keep dying at start, so a broken function does not spin.
    const auto delay = std::min<Clock::duration>(
        std::chrono::milliseconds(50) * (1 << std::min(m_workerFailures, 7)), WorkerRespawnMax);
    m_reactor.addTimer(Clock::now() + (m_workerFailures ? delay : Clock::duration::zero()), [this, slot]() {
        if (!m_draining)
            spawnWorker(slot);
    });
}

void Invoker::failQueuedForBrokenWorkers(const std::string &why)
{
    const bool anyAlive =
        std::any_of(m_workers.begin(), m_workers.end(), [](const auto &w) { return w && w->alive(); });
    if (anyAlive)
        return;
    while (!m_queue.empty()) {
        Invocation *job = m_queue.front().get();
        m_running.push_back(std::move(m_queue.front()));
        m_queue.pop_front();
        complete(job, Protocol::StatusSpawnFailed, -1, why);
    }
}

// --- both modes -------------------------------------------------------------------

void Invoker::onTimeout(Invocation *job)
{
    job->timer = 0;
    job->timedOut = true;
    if (job->worker) {
        retireWorker(job->worker, "timeout: " + m_config.function + " did not answer within " +
                                      std::to_string(m_config.timeoutMs) + " ms; its worker was killed");
    } else {
        job->process.killGroup(SIGKILL); // the exit handler replies
    }
}

std::unique_ptr<Invocation> Invoker::release(Invocation *job)
{
    auto it =
        std::find_if(m_running.begin(), m_running.end(), [job](const auto &p) { return p.get() == job; });
    std::unique_ptr<Invocation> owned = std::move(*it);
    m_running.erase(it);
    return owned;
}

void Invoker::complete(Invocation *job, const char *status, int exitCode, std::string body)
{
    if (job->timer)
        m_reactor.cancelTimer(job->timer);
    job->timer = 0;
    if (job->pipeTimer)
        m_reactor.cancelTimer(job->pipeTimer);
    job->pipeTimer = 0;
    const bool byReference = job->outputRefAbove > 0 && body.size() > job->outputRefAbove &&
                             !job->run.empty() && std::strcmp(status, Protocol::StatusOk) == 0;
    if (byReference && storeOutput(job, body))
        return; // replied once the datastore has it
    const int64_t durationUs = micros(Clock::now() - job->arrived);
    replyNow(*job, status, exitCode, body);
    const bool ok = std::strcmp(status, Protocol::StatusOk) == 0;
    const StderrSink &sink = job->worker ? job->worker->stderrSink : job->stderrSink;
    ++m_completed;
    FinishedInvocation finished;
    finished.status = status;
    finished.exitCode = exitCode;
    (ok ? finished.output : finished.error) = std::move(body);
    finished.stderrTail = sink.tail();
    finished.durationUs = durationUs;
    finished.job = release(job);
    queueRecord(std::move(finished));
    if (m_running.empty() && !m_config.warm)
        publishRecords();
}

void Invoker::replyNow(Invocation &job, const char *status, int exitCode, std::string_view body,
                       std::string_view outputRef, size_t outputSize)
{
    const char *reply = natsMsg_GetReply(job.msg.get());
    const bool toOutput = !m_config.output.empty() && std::strcmp(status, Protocol::StatusOk) == 0;
    if ((!reply || !*reply) && !toOutput)
        return;
    const std::string code = std::to_string(exitCode);
    const std::string duration = std::to_string(micros(Clock::now() - job.arrived));
    auto send = [&](const char *subject) {
        natsMsg *raw = nullptr;
        if (natsMsg_Create(&raw, subject, nullptr, body.data(), int(body.size())) != NATS_OK)
            return;
        NatsMsgPtr m(raw);
        natsMsgHeader_Set(m.get(), Protocol::StatusHeader, status);
        natsMsgHeader_Set(m.get(), Protocol::ExitCodeHeader, code.c_str());
        natsMsgHeader_Set(m.get(), Protocol::DurationHeader, duration.c_str());
        natsMsgHeader_Set(m.get(), Protocol::ColdHeader, job.cold ? "1" : "0");
        natsMsgHeader_Set(m.get(), Protocol::RequestIdHeader, job.requestId.c_str());
        natsMsgHeader_Set(m.get(), Protocol::FunctionHeader, m_config.function.c_str());
        if (!outputRef.empty()) {
            natsMsgHeader_Set(m.get(), Protocol::OutputRefHeader, std::string(outputRef).c_str());
            natsMsgHeader_Set(m.get(), Protocol::SizeHeader, std::to_string(outputSize).c_str());
        }
        const natsStatus s = natsConnection_PublishMsg(m_conn.get(), m.get());
        m.reset();
        if (s == NATS_MAX_PAYLOAD) {
            // The output fit maxOutputBytes but not the broker: say so instead of going silent.
            const std::string why =
                "output-too-large: " + std::to_string(body.size()) + " bytes exceed the broker's max_payload";
            natsMsg *errRaw = nullptr;
            natsMsg_Create(&errRaw, subject, nullptr, why.data(), int(why.size()));
            NatsMsgPtr err(errRaw);
            natsMsgHeader_Set(err.get(), Protocol::StatusHeader, Protocol::StatusOutputTooLarge);
            natsMsgHeader_Set(err.get(), Protocol::RequestIdHeader, job.requestId.c_str());
            natsConnection_PublishMsg(m_conn.get(), err.get());
        }
    };
    if (reply && *reply)
        send(reply);
    if (toOutput)
        send(m_config.output.c_str());
    // With nothing else in flight there is nothing to batch the reply with: it leaves now
    // rather than after this turn of the loop (records, cleanup).
    if (m_running.size() <= 1)
        m_reactor.writeNatsNow(m_conn.get());
}

// What recordOf will write, about: its fixed fields and the payloads as far as it keeps them.
size_t Invoker::estimatedRecordBytes(const FinishedInvocation &finished)
{
    return 512 + std::min(finished.job->input().size(), RecordPayloadLimit) +
           std::min(finished.output.size() + finished.error.size(), RecordPayloadLimit);
}

std::string Invoker::recordOf(const FinishedInvocation &finished) const
{
    const Invocation &job = *finished.job;
    const std::string_view input = job.input();
    const std::string_view output = finished.output;
    const std::string_view error = finished.error;
    const std::string_view outputRef = finished.outputRef;
    std::string r;
    r.reserve(estimatedRecordBytes(finished));
    auto field = [&r](const char *name) {
        r += r.empty() ? "{\"" : ",\"";
        r += name;
        r += "\":";
    };
    auto text = [&](const char *name, std::string_view v) {
        field(name);
        appendJsonString(r, v);
    };
    auto number = [&](const char *name, int64_t v) {
        field(name);
        r += std::to_string(v);
    };
    auto boolean = [&](const char *name, bool v) {
        field(name);
        r += v ? "true" : "false";
    };
    text("function", m_config.function);
    text("requestId", job.requestId);
    text("subject", natsMsg_GetSubject(job.msg.get()));
    text("invoker", m_config.invokerId);
    text("mode", m_config.warm ? "warm" : "cold");
    text("status", finished.status);
    number("exitCode", finished.exitCode);
    boolean("cold", job.cold);
    text("start", isoTime(job.wallStart));
    number("durationUs", finished.durationUs);
    number("pid", job.pid);
    text("input", utf8Head(input, RecordPayloadLimit));
    number("inputBytes", int64_t(input.size()));
    boolean("inputTruncated", input.size() > RecordPayloadLimit);
    // Where the whole of a large payload is (docs/debugger.md, "Large payloads"), while it lives.
    const char *inputRef = nullptr;
    if (natsMsgHeader_Get(job.msg.get(), Protocol::InputRefHeader, &inputRef) == NATS_OK && inputRef &&
        *inputRef)
        text("inputRef", inputRef);
    text("output", utf8Head(output, RecordPayloadLimit));
    number("outputBytes", int64_t(output.size()));
    boolean("outputTruncated", output.size() > RecordPayloadLimit);
    if (!outputRef.empty())
        text("outputRef", outputRef);
    text("stderr", utf8Tail(finished.stderrTail, StderrSink::TailBytes));
    if (!error.empty())
        text("error", utf8Head(error, 4096));
    r += '}';
    return r;
}

// A record leaves after its reply, with the other records of the next 2 ms, and is written
// then too: sent with their replies, records took the broker's and the CPUs' time from the
// replies' way back, and written in the replying turn they kept the packed core from the
// next process of a flow run (docs/benchmarks.md). A cold invoker with nothing left running
// sends them at once instead (Invoker::complete): its next event is a process start, which
// a record sent 2 ms later would land in the middle of (20 µs slower in the cold bench), and
// a spawn costs far more than a publish saved by batching.
void Invoker::queueRecord(FinishedInvocation finished)
{
    m_recordBytes += estimatedRecordBytes(finished);
    m_finished.push_back(std::move(finished));
    if (m_recordBytes >= RecordBatchBytes) {
        publishRecords();
        return;
    }
    if (m_recordTimer == 0)
        m_recordTimer = m_reactor.addTimer(Clock::now() + RecordDelay, [this]() {
            m_recordTimer = 0;
            publishRecords();
        });
}

void Invoker::publishRecords()
{
    if (m_recordTimer != 0) {
        m_reactor.cancelTimer(m_recordTimer);
        m_recordTimer = 0;
    }
    const std::string subject = std::string(Protocol::RecordSubjectPrefix) + m_config.function;
    for (const FinishedInvocation &finished : m_finished) {
        const std::string r = recordOf(finished);
        natsConnection_Publish(m_recordConn.get(), subject.c_str(), r.data(), int(r.size()));
    }
    m_finished.clear(); // the jobs and their requests are freed here
    m_recordBytes = 0;
}

// --- shutdown ----------------------------------------------------------------------

void Invoker::beginDrain()
{
    if (m_draining)
        return;
    m_draining = true;
    logLine("invoker " + m_config.invokerId + ": draining (finishing " +
            std::to_string(m_running.size() + m_queue.size()) + " invocations)");
    m_drainDeadline = Clock::now() + std::chrono::milliseconds(StopBudget::drainMs(m_config.timeoutMs));
    if (m_sub && natsSubscription_Drain(m_sub.get()) == NATS_OK)
        return checkDrained();
    m_subscriptionDone = true;
    checkDrained();
}

void Invoker::checkDrained()
{
    takeDatastoreReplies();
    takeIncoming();
    const bool idle = m_subscriptionDone && m_queue.empty() && m_running.empty() && m_datastoreWaits.empty();
    if (idle || Clock::now() > m_drainDeadline) {
        m_reactor.quit();
        return;
    }
    m_reactor.addTimer(Clock::now() + std::chrono::milliseconds(20), [this]() { checkDrained(); });
}

void Invoker::shutdownWorkers()
{
    // Closing stdin asks a worker to leave. An idle one gets a moment to do so by itself, as
    // only then does its own cleanup run (the shell helper's temporary folder, a Python
    // atexit); a busy one is past its drain deadline. Then every process group is killed
    // regardless: the invoker is leaving, and PDEATHSIG reaches only the worker itself, not
    // its children.
    const auto running = [](const std::unique_ptr<WarmWorker> &w) {
        return w && w->process.pid >= 0 && w->state != WarmWorker::State::Dead;
    };
    std::vector<pollfd> leaving;
    for (auto &w : m_workers) {
        if (!running(w))
            continue;
        w->process.closeStdin();
        if (!w->current() && w->process.pidfd >= 0)
            leaving.push_back({w->process.pidfd, POLLIN, 0});
    }
    const auto deadline = Clock::now() + WorkerExitGrace;
    while (!leaving.empty()) {
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0)
            break;
        const int n = ::poll(leaving.data(), leaving.size(), int(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        std::erase_if(leaving, [](const pollfd &p) { return p.revents != 0; });
    }
    for (auto &w : m_workers) {
        if (!running(w))
            continue;
        w->process.killGroup(SIGKILL);
        w->process.reap();
        w->process.closeAll();
    }
    for (auto &job : m_running) {
        if (job->process.pid > 0) {
            job->process.killGroup(SIGKILL);
            job->process.reap();
            job->process.closeAll();
        }
    }
}

} // namespace Stratus::Invoker
