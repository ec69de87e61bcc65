#pragma once

#include "invocationrecord.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace Stratus {

struct RecordFeedShared; // the queue the nats threads fill, defined in recordfeed.cpp

// Invocation records from the broker (stratus.records.>, docs/protocol.md), delivered on the
// thread the feed lives on. nats.c calls back on its own threads: those only parse and queue
// under a mutex; a timer on the feed's thread drains the queue in batches, so no QObject is
// ever touched from a nats thread. Connecting and closing run on short-lived threads too:
// nothing here blocks the caller.
class RecordFeed : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Connecting, Connected, Failed };
    Q_ENUM(State)

    explicit RecordFeed(QObject *parent = nullptr);
    ~RecordFeed() override;

    void start(const QString &natsUrl, const QString &subject = QStringLiteral("stratus.records.>"));
    void stop();

    State state() const { return m_state; }
    QString errorString() const { return m_error; }
    // Records lost because the queue overflowed, and messages that were not records.
    qsizetype droppedCount() const { return m_dropped; }
    qsizetype malformedCount() const { return m_malformed; }
    static constexpr qsizetype QueueLimit = 50000;

signals:
    void recordsReceived(const QList<Stratus::InvocationRecord> &records);
    void stateChanged(Stratus::RecordFeed::State state);

private:
    void drain();
    void setState(State state);

    std::shared_ptr<RecordFeedShared> m_shared;
    QTimer m_drainTimer;
    State m_state = State::Stopped;
    QString m_error;
    qsizetype m_dropped = 0;
    qsizetype m_malformed = 0;
};

} // namespace Stratus
