#pragma once

#include <QProcess>
#include <QString>

#include <memory>

namespace Stratus::Test {

// A nats-server started from a configuration text (authentication, TLS: what TestBroker's
// command line does not cover) on 127.0.0.1 and a port it picks; stopped by its PID when the
// object goes away. The configuration must say `listen: "127.0.0.1:-1"`.
class ConfigBroker
{
public:
    ConfigBroker() = default;
    ~ConfigBroker();
    ConfigBroker(const ConfigBroker &) = delete;

    // dir: where the configuration, the ports file and the log go.
    bool start(const QString &dir, const QString &configuration);
    QString url() const { return m_url; } // nats://127.0.0.1:PORT
    QString errorString() const { return m_error; }

private:
    std::unique_ptr<QProcess> m_process;
    QString m_url;
    QString m_error;
};

} // namespace Stratus::Test
