#pragma once

#include <QJsonObject>
#include <QString>

namespace Stratus {

// One flow of a project as the manifest deploys it (docs/manifest.md, "A flow"). The graph
// itself lives in its file (docs/flows.md); this says where and how it runs.
struct FlowSpec
{
    QString name;
    QString file;    // absolute; default PROJECT/flows/NAME.flow.json
    QString trigger; // subject the flow's invokers queue-subscribe to; default flow.NAME
    QString group;   // queue group shared by the replicas; default flow.NAME
    int replicas = 1;
    int maxConcurrency = 1024; // runs one invoker interprets at once; more wait (maxQueue)
    int maxQueue = 10000;
    // Which runs leave their record (every node's input and output) in the datastore.
    enum class Record { All, Failed, None };
    Record record = Record::All;
    QString description;

    static QString recordName(Record record);

    QJsonObject toJson() const;
    bool operator==(const FlowSpec &) const = default;
};

// The HTTP gateway of the local cluster (docs/gateway.md).
struct GatewaySettings
{
    bool enabled = true;
    QString host = QStringLiteral("127.0.0.1");
    int port = 0; // 0 picks a free one
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    int timeoutMs = 60000; // how long a request waits for its function or flow
    bool operator==(const GatewaySettings &) const = default;
};

} // namespace Stratus
