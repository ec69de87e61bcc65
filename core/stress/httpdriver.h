#pragma once

#include "httpresponseparser.h"
#include "loaddriver.h"

#include <QCoreApplication>

#include <deque>
#include <vector>

struct sockaddr_storage;

namespace Stratus {

// HTTP/1.1 load on one URL from the engine's thread: non-blocking keep-alive connections
// under epoll, a timerfd for the schedule, one request in flight per connection. Open loop
// opens connections on demand up to LoadPlan::maxConnections (beyond that a due request waits,
// and the run says so); closed loop gives each of hey's workers its own connection.
class HttpDriver : public LoadDriver
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::HttpDriver)

public:
    HttpDriver(const LoadPlan &plan, StressRecorder &recorder);
    ~HttpDriver() override;

    Status open() override;
    void run(const std::atomic<bool> &stop) override;

private:
    struct Connection
    {
        int fd = -1;
        bool connecting = false;
        bool busy = false;
        bool watchingWrite = false; // EPOLLOUT is on only while connecting or with bytes left to write
        int worker = -1;
        qint64 intendedNs = 0;
        qint64 sentNs = 0;
        QByteArray out;
        qsizetype written = 0;
        HttpResponseParser parser;
    };

    int connectionFor(int worker); // an idle connection, a new one, or -1
    void openSocket(Connection &c);
    void dispatch(int index, qint64 intendedNs, qint64 seq);
    void writeSome(int index);
    void readSome(int index);
    void complete(int index, qint64 nowNs);
    void fail(int index, qint64 nowNs, const QString &errorClass, bool hasLatency);
    void closeConnection(Connection &c);
    void watchWrite(int index, bool on);
    void workerFree(int worker, qint64 nowNs);
    void sweep(qint64 nowNs);
    void armTimer(qint64 atNs);
    void pollOnce(qint64 untilNs);
    qint64 inFlight() const;

    QByteArray m_requestHead;    // up to and without Content-Length
    std::vector<char> m_address; // a sockaddr
    unsigned m_addressLength = 0;
    int m_epoll = -1;
    int m_timer = -1;
    std::vector<Connection> m_connections;
    std::vector<int> m_idle;
    std::deque<std::pair<qint64, qint64>> m_queued; // open loop: (intended, seq) waiting for a connection
    qint64 m_seq = 0;
    bool m_closed = false;
    qint64 m_startNs = 0;
    qint64 m_endNs = 0;
    std::vector<qint64> m_workerStartNs;
    std::vector<qint64> m_workerDueNs; // closed loop: when each free worker may send next (-1: busy/retired)
};

} // namespace Stratus
