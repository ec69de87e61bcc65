#pragma once

#include "loaddriver.h"
#include "natshandles.h"

#include <QCoreApplication>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <vector>

namespace Stratus {

// Request-reply load on a NATS subject over one dedicated connection: every request is
// published with its own reply subject under one wildcard inbox subscription
// (_INBOX.<nuid>.<id>), so nothing waits on a reply but the bookkeeping. nats.c's callback
// thread only matches the reply to its request and records it (and, in closed loop without a
// rate limit, sends that worker's next request).
class NatsDriver : public LoadDriver
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::NatsDriver)

public:
    NatsDriver(const LoadPlan &plan, StressRecorder &recorder) : LoadDriver(plan, recorder) {}
    ~NatsDriver() override;

    Status open() override;
    void run(const std::atomic<bool> &stop) override;

    // How a reply is classified: "" for ok, else the error class.
    static QString classify(natsMsg *reply);

private:
    struct Pending
    {
        qint64 intendedNs = 0;
        qint64 sentNs = 0;
        int worker = -1;
        bool done = false;
    };
    struct Expired
    {
        qint64 intendedNs;
        qint64 sentNs;
        int worker;
    };

    static void onReply(natsConnection *, natsSubscription *, natsMsg *msg, void *closure);
    static void onSubscriptionComplete(void *closure);
    void handleReply(natsMsg *msg);
    bool send(qint64 intendedNs, int worker); // false when the closed loop's budget is spent
    void sweep(qint64 nowNs);
    void workerFree(int worker, qint64 nowNs);
    bool closedCanIssueLocked(qint64 nowNs) const;
    void runOpen(const std::atomic<bool> &stop);
    void runClosed(const std::atomic<bool> &stop);
    void cancelInFlight();
    void closeSubscription();

    NatsConnectionPtr m_conn;
    NatsSubscriptionPtr m_sub;
    QByteArray m_subject;
    std::string m_inbox; // "_INBOX.<nuid>."

    std::mutex m_lock;
    std::condition_variable m_wake;
    std::deque<Pending> m_pending; // by id, from m_baseId
    qint64 m_baseId = 0;
    qint64 m_nextId = 0;
    qint64 m_startNs = 0;

    // Closed loop.
    bool m_closed = false;
    std::vector<qint64> m_workerStartNs;
    std::deque<std::pair<qint64, int>> m_waiting; // (due, worker) held back by the rate limit
    qint64 m_endNs = 0;
    const std::atomic<bool> *m_stop = nullptr;

    std::mutex m_completeLock;
    std::condition_variable m_completeCond;
    bool m_subscriptionComplete = false;
};

} // namespace Stratus
