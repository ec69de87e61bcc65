#pragma once

#include "flowspec.h"
#include "functionspec.h"
#include "result.h"
#include "servicespec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Stratus {

// Broker settings of a project; 0 ports mean "pick a free one".
struct BrokerSettings
{
    int port = 0;
    int monitorPort = 0;
    qint64 maxPayload = 8 * 1024 * 1024;
    // Go scheduler threads of nats-server (GOMAXPROCS); 0: Go's default, one per CPU.
    // One by default: see docs/manifest.md, broker.threads.
    int threads = 1;
    bool operator==(const BrokerSettings &) const = default;
};

// Limits of the JetStream stream that records invocations and flow runs (docs/debugger.md).
struct RecordingSettings
{
    qint64 maxBytes = 256 * 1024 * 1024;
    qint64 maxAgeSeconds = 7 * 24 * 3600;
    qint64 maxMessages = -1; // -1: no limit
    bool operator==(const RecordingSettings &) const = default;
};

// A project's manifest (`stratus.json` at the project root, docs/manifest.md).
class Manifest
{
    Q_DECLARE_TR_FUNCTIONS(Stratus::Manifest)

public:
    static constexpr const char *FileName = "stratus.json";

    // Loads DIR/stratus.json, or the file itself when given a file.
    static Result<Manifest> load(const QString &projectDirOrFile);
    // Every problem is reported, one per line, each as "FILE:LINE: KEY: what is wrong".
    static Result<Manifest> parse(const QByteArray &text, const QString &filePath);

    QString filePath;   // absolute
    QString projectDir; // absolute, the manifest's folder
    QString name;
    BrokerSettings broker;
    GatewaySettings gateway;
    RecordingSettings recording;
    QList<FunctionSpec> functions;
    QList<FlowSpec> flows;
    QList<ServiceSpec> services; // loaded into the registry at `cluster up`

    const FunctionSpec *function(const QString &name) const;
    const FlowSpec *flow(const QString &name) const;
};

} // namespace Stratus
