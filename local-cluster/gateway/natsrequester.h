#pragma once

#include "natshandles.h"
#include "result.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <mutex>
#include <vector>

namespace Stratus::Gateway {

// NATS requests from one thread, many in flight, over one connection: one wildcard
// subscription on the connection's own inbox (_INBOX.<nuid>.*) and a reply subject per
// request. nats.c's delivery thread only appends the replies to a locked vector and, when
// that was empty, posts one queued call that drains the whole batch on this object's thread.
// Timeouts come from a deadline heap swept by a single timer. No allocation per request
// beyond what nats.c does itself.
class NatsRequester : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Reply, NoResponders, Timeout };
    // Called on this object's thread, exactly once per accepted request. msg is the reply
    // (Outcome::Reply) and is only borrowed; null otherwise.
    using Handler = std::function<void(quint64 cookie, Outcome outcome, natsMsg *msg)>;

    explicit NatsRequester(Handler handler, QObject *parent = nullptr);
    ~NatsRequester() override;

    // sendAsap: every request is written to the socket at once (latency); otherwise nats.c's
    // flusher thread writes them in batches (throughput, up to a millisecond later).
    Status open(const QString &url, const QString &name, bool sendAsap);
    void close();

    // Publishes data on subject with a reply subject of this requester's inbox. headers are
    // (name, value) pairs, NUL-terminated. On success the handler hears of it once, with
    // cookie, within timeoutMs (plus the sweep's granularity).
    Status request(const char *subject, QByteArrayView data,
                   std::initializer_list<std::pair<const char *, const char *>> headers, int timeoutMs,
                   quint64 cookie);
    int pending() const { return m_active; }
    // The monotonic clock deadlines are kept in.
    static qint64 nowMs();

private:
    struct Slot
    {
        quint64 cookie = 0;
        qint64 deadlineMs = 0;
        quint32 generation = 0;
        bool active = false;
    };
    struct Deadline
    {
        qint64 atMs;
        quint64 token;
        bool operator>(const Deadline &other) const { return atMs > other.atMs; }
    };

    static void onMessage(natsConnection *, natsSubscription *, natsMsg *msg, void *closure);
    void drain();
    void sweep();
    void arm(qint64 atMs);
    // The slot a token names, when that request is still waiting; else null.
    Slot *slotFor(quint64 token);
    void release(quint64 token);

    Handler m_handler;
    NatsConnectionPtr m_conn;
    NatsSubscriptionPtr m_sub;
    QByteArray m_inboxPrefix;  // "_INBOX.<nuid>."
    QByteArray m_replySubject; // scratch: prefix + token
    std::vector<Slot> m_slots;
    std::vector<quint32> m_free;
    std::vector<Deadline> m_deadlines; // a min-heap; entries of answered requests are dropped lazily
    QTimer m_sweep;
    qint64 m_armedFor = 0;
    int m_active = 0;

    std::mutex m_incomingMutex;
    std::vector<natsMsg *> m_incoming; // filled by nats.c's thread
    std::vector<natsMsg *> m_batch;    // being drained on ours
};

} // namespace Stratus::Gateway
