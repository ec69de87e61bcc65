#pragma once

#include <QObject>

class QSocketNotifier;

namespace Stratus::Cli {

// SIGINT and SIGTERM as a Qt signal, via a self-pipe: the handler only write()s a byte,
// everything else happens in the event loop. One instance per process.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void signalReceived(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Stratus::Cli
