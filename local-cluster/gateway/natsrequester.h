#pragma once

#include "natsdriver.h"
#include "natshandles.h"
#include "replyroutes.h"
#include "result.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <vector>

namespace Stratus::Gateway {

// NATS requests from one thread, many in flight, over one connection, with a reply subject
// per request on the connection's own inbox. The connection is driven from this object's
// thread's event loop (NatsDriver): the subscriptions are synchronous and emptied after each
// read of the socket, so a reply wakes this thread and no other. Timeouts come from a
// deadline heap swept by a single timer. No allocation per request beyond what nats.c does
// itself.
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

    // Requests published during one turn of the event loop leave in one write before the
    // loop waits. sendAsap: a request published while no other is in flight is written at
    // once instead (a lone request's latency). Blocks until the subscription is in place.
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

    // Takes the replies that the last read of the socket brought.
    void drain();
    void answer(quint64 token, Outcome outcome, natsMsg *msg);
    void sweep();
    void arm(qint64 atMs);
    // The slot a token names, when that request is still waiting; else null.
    Slot *slotFor(quint64 token);
    void release(quint64 token);

    Handler m_handler;
    NatsDriver m_driver; // outlives the connection, whose callbacks it serves
    NatsConnectionPtr m_conn;
    QByteArray m_inboxPrefix; // "_INBOX.<nuid>."
    ReplyRoutes m_routes;
    std::vector<Slot> m_slots;
    std::vector<quint32> m_free;
    std::vector<Deadline> m_deadlines; // a min-heap; entries of answered requests are dropped lazily
    QTimer m_sweep;
    qint64 m_armedFor = 0;
    int m_active = 0;
    bool m_sendAsap = true;
};

} // namespace Stratus::Gateway
