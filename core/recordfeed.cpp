#include "recordfeed.h"

#include "natsclient.h"
#include "natshandles.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>

#include <functional>

namespace Stratus {

Q_LOGGING_CATEGORY(lcRecordFeed, "stratus.models.recordfeed", QtWarningMsg)

// What the nats threads and the feed's thread share; every field under mutex.
struct RecordFeedShared
{
    QMutex mutex;
    QList<InvocationRecord> pending;
    qsizetype dropped = 0;
    qsizetype malformed = 0;
    bool cancelled = false;
    bool subscribed = false;
    QString error;
    natsConnection *conn = nullptr;
    natsSubscription *sub = nullptr;
};

namespace {

void onMessage(natsConnection *, natsSubscription *, natsMsg *rawMsg, void *closure)
{
    NatsMsgPtr msg(rawMsg);
    auto *shared = static_cast<std::shared_ptr<RecordFeedShared> *>(closure)->get();
    // Parsing here keeps the feed's thread free of JSON work; it touches no QObject.
    auto record =
        InvocationRecord::fromJson(QByteArray(natsMsg_GetData(msg.get()), natsMsg_GetDataLength(msg.get())));
    QMutexLocker lock(&shared->mutex);
    if (!record) {
        ++shared->malformed;
        return;
    }
    if (shared->pending.size() >= RecordFeed::QueueLimit) {
        shared->pending.removeFirst();
        ++shared->dropped;
    }
    shared->pending.append(std::move(*record));
}

// nats.c calls this once the subscription's last message was delivered: only then may the
// closure the handler uses go.
void onComplete(void *closure)
{
    delete static_cast<std::shared_ptr<RecordFeedShared> *>(closure);
}

void closeHandles(natsConnection *conn, natsSubscription *sub)
{
    if (sub) {
        natsSubscription_Unsubscribe(sub);
        natsSubscription_Destroy(sub);
    }
    if (conn)
        natsConnection_Destroy(conn);
}

void runDetached(std::function<void()> work)
{
    QThread *thread = QThread::create(std::move(work));
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void connectAndSubscribe(const std::shared_ptr<RecordFeedShared> &shared, const QByteArray &url,
                         const QByteArray &subject)
{
    const auto failWith = [&shared](const QString &message) {
        QMutexLocker lock(&shared->mutex);
        shared->error = message;
    };
    natsOptions *rawOptions = nullptr;
    if (natsOptions_Create(&rawOptions) != NATS_OK)
        return failWith(RecordFeed::tr("cannot create NATS options"));
    NatsOptionsPtr options(rawOptions);
    natsOptions_SetURL(options.get(), url.constData());
    natsOptions_SetName(options.get(), "stratus-workbench records");
    natsOptions_SetTimeout(options.get(), 2000);
    // The broker restarts with the cluster's Restart: keep trying rather than give up.
    natsOptions_SetMaxReconnect(options.get(), -1);
    natsOptions_SetReconnectWait(options.get(), 250);
    natsConnection *conn = nullptr;
    natsStatus s = natsConnection_Connect(&conn, options.get());
    if (s != NATS_OK)
        return failWith(
            RecordFeed::tr("cannot connect to %1: %2").arg(QString::fromUtf8(url), NatsClient::describe(s)));
    auto *ref = new std::shared_ptr<RecordFeedShared>(shared);
    natsSubscription *sub = nullptr;
    s = natsConnection_Subscribe(&sub, conn, subject.constData(), &onMessage, ref);
    if (s != NATS_OK) {
        delete ref;
        natsConnection_Destroy(conn);
        return failWith(RecordFeed::tr("cannot subscribe to %1: %2")
                            .arg(QString::fromUtf8(subject), NatsClient::describe(s)));
    }
    natsSubscription_SetOnCompleteCB(sub, &onComplete, ref);
    // Bursts of records must queue, not turn this client into a slow consumer.
    natsSubscription_SetPendingLimits(sub, 200000, 512 * 1024 * 1024);
    // A round trip makes the subscription known to the server before we say "connected".
    natsConnection_FlushTimeout(conn, 2000);
    QMutexLocker lock(&shared->mutex);
    if (shared->cancelled) {
        lock.unlock();
        closeHandles(conn, sub);
        return;
    }
    shared->conn = conn;
    shared->sub = sub;
    shared->subscribed = true;
}

} // namespace

RecordFeed::RecordFeed(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<QList<InvocationRecord>>();
    m_drainTimer.setInterval(50);
    connect(&m_drainTimer, &QTimer::timeout, this, &RecordFeed::drain);
}

RecordFeed::~RecordFeed()
{
    stop();
}

void RecordFeed::start(const QString &natsUrl, const QString &subject)
{
    stop();
    m_error.clear();
    m_shared = std::make_shared<RecordFeedShared>();
    runDetached([shared = m_shared, url = natsUrl.toUtf8(), subj = subject.toUtf8()] {
        connectAndSubscribe(shared, url, subj);
    });
    m_drainTimer.start();
    setState(State::Connecting);
}

void RecordFeed::stop()
{
    m_drainTimer.stop();
    if (m_shared) {
        natsConnection *conn = nullptr;
        natsSubscription *sub = nullptr;
        {
            QMutexLocker lock(&m_shared->mutex);
            m_shared->cancelled = true;
            std::swap(conn, m_shared->conn);
            std::swap(sub, m_shared->sub);
        }
        // Closing flushes and joins nats.c's threads: off this thread too.
        if (conn || sub)
            runDetached([conn, sub] { closeHandles(conn, sub); });
        m_shared.reset();
    }
    setState(State::Stopped);
}

void RecordFeed::drain()
{
    if (!m_shared)
        return;
    QList<InvocationRecord> batch;
    State next = m_state;
    {
        QMutexLocker lock(&m_shared->mutex);
        batch.swap(m_shared->pending);
        m_dropped = m_shared->dropped;
        m_malformed = m_shared->malformed;
        if (!m_shared->error.isEmpty()) {
            m_error = m_shared->error;
            next = State::Failed;
        } else if (m_shared->subscribed) {
            next = natsConnection_Status(m_shared->conn) == NATS_CONN_STATUS_CONNECTED ? State::Connected
                                                                                       : State::Connecting;
        }
    }
    if (next == State::Failed) {
        qCWarning(lcRecordFeed) << m_error;
        m_drainTimer.stop();
    }
    setState(next);
    if (!batch.isEmpty())
        emit recordsReceived(batch);
}

void RecordFeed::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace Stratus
