// The registry against a real nats-server: CRUD per kind, revisions and conflicts, errors
// that name the field, watching, restarts of the registry and the broker, and replicas.

#include "functionspec.h"
#include "injector.h"
#include "natsclient.h"
#include "protocol.h"
#include "registryclient.h"
#include "testbroker.h"
#include "testservice.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <memory>
#include <mutex>
#include <thread>

using namespace Stratus;
using namespace Stratus::Test;
using Kind = RegistryEntry::Kind;

Q_DECLARE_METATYPE(Kind)

class tst_Registry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void crud_data();
    void crud();
    void revisionsAndConflicts();
    void invalidEntries_data();
    void invalidEntries();
    void watchSeesPutAndDelete();
    void injectorFindsAndInvokesService();
    void survivesRegistryRestart();
    void absentRegistryIsNamed();
    void survivesBrokerRestart();
    void replicasServeConsistently();

private:
    std::unique_ptr<TestService> startRegistry();
    // Retries until the registry answers again (after a restart), bounded by a deadline.
    Result<std::optional<RegistryEntry>> getEventually(const RegistryClient &client, Kind kind,
                                                       const QString &id);

    TestBroker m_broker;
    std::unique_ptr<TestService> m_registry;
    std::unique_ptr<RegistryClient> m_client;
};

namespace {

QJsonObject service(const QString &id, const QString &topic)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), id + QStringLiteral("-js-function")},
            {QStringLiteral("topic"), topic}};
}

QJsonObject function(const QString &name)
{
    FunctionSpec spec;
    spec.name = name;
    spec.command = QStringLiteral("python3");
    spec.args = {QStringLiteral("handler.py")};
    spec.workingDir = QStringLiteral("/tmp");
    spec.trigger = QStringLiteral("fn.") + name;
    spec.group = name;
    return spec.toJson();
}

QJsonObject flow(const QString &name, int count = 0)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("steps"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}},
            {QStringLiteral("count"), count}};
}

} // namespace

std::unique_ptr<TestService> tst_Registry::startRegistry()
{
    auto registry = std::make_unique<TestService>(QStringLiteral("stratus-registry"),
                                                  QStringList{QStringLiteral("--nats"), m_broker.url()});
    if (!registry->waitReady())
        qWarning("registry not ready: %s", qPrintable(registry->log()));
    return registry;
}

Result<std::optional<RegistryEntry>> tst_Registry::getEventually(const RegistryClient &client, Kind kind,
                                                                 const QString &id)
{
    QDeadlineTimer deadline(15000);
    for (;;) {
        auto entry = client.get(kind, id);
        if (entry || deadline.hasExpired())
            return entry;
        QTest::qWait(50); // the registry is reconnecting: poll with a deadline
    }
}

void tst_Registry::initTestCase()
{
    QVERIFY2(!binDir().isEmpty(), "STRATUS_BIN_DIR is not set (run through ctest)");
    QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
    m_registry = startRegistry();
    QVERIFY(m_registry);
    auto client = RegistryClient::connect(m_broker.url());
    QVERIFY2(client, qPrintable(client.errorMessage()));
    m_client = std::make_unique<RegistryClient>(std::move(*client));
}

void tst_Registry::cleanupTestCase()
{
    if (m_registry)
        QCOMPARE(m_registry->terminate(), 0); // SIGTERM is a clean exit
}

void tst_Registry::crud_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QJsonObject>("entry");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("changedField");

    QTest::newRow("service") << Kind::Service << service(QStringLiteral("log"), QStringLiteral("log"))
                             << "log"
                             << "topic";
    QTest::newRow("function") << Kind::Function << function(QStringLiteral("echo")) << "echo"
                              << "command";
    QTest::newRow("flow") << Kind::Flow << flow(QStringLiteral("pipeline")) << "pipeline"
                          << "description";
}

void tst_Registry::crud()
{
    QFETCH(Kind, kind);
    QFETCH(QJsonObject, entry);
    QFETCH(QString, id);
    QFETCH(QString, changedField);

    auto stored = m_client->put(kind, entry);
    QVERIFY2(stored, qPrintable(stored.errorMessage()));
    QCOMPARE(stored->id, id);
    QVERIFY(stored->revision > 0);

    auto read = m_client->get(kind, id);
    QVERIFY2(read, qPrintable(read.errorMessage()));
    QVERIFY(read->has_value());
    QCOMPARE((*read)->data, entry);
    QCOMPARE((*read)->revision, stored->revision);

    QJsonObject changed = entry;
    changed.insert(changedField, QStringLiteral("changed.value"));
    auto updated = m_client->put(kind, changed);
    QVERIFY2(updated, qPrintable(updated.errorMessage()));
    QVERIFY(updated->revision > stored->revision);

    auto listed = m_client->list(kind);
    QVERIFY2(listed, qPrintable(listed.errorMessage()));
    auto it =
        std::find_if(listed->cbegin(), listed->cend(), [&](const RegistryEntry &e) { return e.id == id; });
    QVERIFY(it != listed->cend());
    QCOMPARE(it->data, changed);
    QCOMPARE(it->revision, updated->revision);
    for (const RegistryEntry &e : *listed)
        QCOMPARE(e.kind, kind); // a list holds its kind only

    QVERIFY(m_client->remove(kind, id));
    auto gone = m_client->get(kind, id);
    QVERIFY2(gone, qPrintable(gone.errorMessage()));
    QVERIFY(!gone->has_value());
    const Status again = m_client->remove(kind, id);
    QVERIFY(!again);
    QVERIFY2(again.errorMessage().contains(QLatin1String("no such entry")), qPrintable(again.errorMessage()));
}

void tst_Registry::revisionsAndConflicts()
{
    const QJsonObject entry = service(QStringLiteral("auth"), QStringLiteral("auth.check"));
    auto created = m_client->put(Kind::Service, entry, 0);
    QVERIFY2(created, qPrintable(created.errorMessage()));

    auto createdAgain = m_client->put(Kind::Service, entry, 0);
    QVERIFY(!createdAgain);
    QVERIFY2(createdAgain.errorMessage().contains(
                 QStringLiteral("already exists at revision %1").arg(created->revision)),
             qPrintable(createdAgain.errorMessage()));

    auto updated = m_client->put(Kind::Service, service(QStringLiteral("auth"), QStringLiteral("auth.v2")),
                                 created->revision);
    QVERIFY2(updated, qPrintable(updated.errorMessage()));

    auto stale = m_client->put(Kind::Service, entry, created->revision);
    QVERIFY(!stale);
    QVERIFY2(stale.errorMessage().contains(QStringLiteral("expected revision %1, current revision is %2")
                                               .arg(created->revision)
                                               .arg(updated->revision)),
             qPrintable(stale.errorMessage()));
    auto current = m_client->get(Kind::Service, QStringLiteral("auth"));
    QVERIFY(current && current->has_value());
    QCOMPARE((*current)->data.value(QStringLiteral("topic")).toString(), QStringLiteral("auth.v2"));

    // The raw reply: status header and the current revision for a program to retry with.
    auto raw = m_client->nats().request(
        QStringLiteral("stratus.registry.services.delete"),
        QJsonDocument(QJsonObject{{QStringLiteral("id"), QStringLiteral("auth")},
                                  {QStringLiteral("expectedRevision"), double(created->revision)}})
            .toJson(),
        5000);
    QVERIFY2(raw, qPrintable(raw.errorMessage()));
    QCOMPARE(raw->status(), QByteArray(Protocol::StatusConflict));
    QCOMPARE(QJsonDocument::fromJson(raw->data).object().value(QStringLiteral("currentRevision")).toInteger(),
             qint64(updated->revision));

    QVERIFY(m_client->remove(Kind::Service, QStringLiteral("auth"), updated->revision));
    auto gone = m_client->get(Kind::Service, QStringLiteral("auth"));
    QVERIFY(gone && !gone->has_value());
    // Created again after a delete: "must not exist" holds again.
    auto recreated = m_client->put(Kind::Service, entry, 0);
    QVERIFY2(recreated, qPrintable(recreated.errorMessage()));
    QVERIFY(recreated->revision > updated->revision);
}

void tst_Registry::invalidEntries_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    auto put = [](const QJsonObject &entry) {
        return QJsonDocument(QJsonObject{{QStringLiteral("entry"), entry}}).toJson(QJsonDocument::Compact);
    };
    QJsonObject noTopic = service(QStringLiteral("log"), QString());
    QTest::newRow("service without topic") << "services.put" << put(noTopic) << "topic"
                                           << "services: topic: must be a non-empty NATS subject";
    QTest::newRow("service with wildcard topic")
        << "services.put" << put(service(QStringLiteral("log"), QStringLiteral("log.*"))) << "topic"
        << "services: topic: must be a non-empty NATS subject";
    QJsonObject badId = service(QStringLiteral("has.dot"), QStringLiteral("log"));
    QTest::newRow("service id with dot") << "services.put" << put(badId) << "id"
                                         << "services: id: must be letters";
    QJsonObject noName = service(QStringLiteral("log"), QStringLiteral("log"));
    noName.remove(QStringLiteral("name"));
    QTest::newRow("service without name") << "services.put" << put(noName) << "name"
                                          << "services: name: must be a non-empty string";
    QJsonObject extra = service(QStringLiteral("log"), QStringLiteral("log"));
    extra.insert(QStringLiteral("ServiceTopic"), QStringLiteral("log"));
    QTest::newRow("service unknown field") << "services.put" << put(extra) << "ServiceTopic"
                                           << "services: ServiceTopic: unknown field";
    QJsonObject fnNoCommand = function(QStringLiteral("echo"));
    fnNoCommand.remove(QStringLiteral("command"));
    QTest::newRow("function without command") << "functions.put" << put(fnNoCommand) << "command"
                                              << "functions: command: must be a non-empty string";
    QJsonObject fnBadMode = function(QStringLiteral("echo"));
    fnBadMode.insert(QStringLiteral("mode"), QStringLiteral("lukewarm"));
    QTest::newRow("function bad mode") << "functions.put" << put(fnBadMode) << "mode"
                                       << "functions: mode:";
    QJsonObject fnBadTimeout = function(QStringLiteral("echo"));
    fnBadTimeout.insert(QStringLiteral("timeoutMs"), -5);
    QTest::newRow("function bad timeout") << "functions.put" << put(fnBadTimeout) << "timeoutMs"
                                          << "functions: timeoutMs: must be an integer";
    QTest::newRow("flow without name")
        << "flows.put" << put(QJsonObject{{QStringLiteral("steps"), 1}}) << "name"
        << "flows: name:";
    QTest::newRow("entry not an object") << "flows.put" << QByteArray(R"({"entry": 5})") << "entry"
                                         << "flows: entry: must be a JSON object";
    QTest::newRow("bad expectedRevision")
        << "flows.put"
        << QJsonDocument(QJsonObject{{QStringLiteral("entry"), flow(QStringLiteral("f"))},
                                     {QStringLiteral("expectedRevision"), -1}})
               .toJson()
        << "expectedRevision"
        << "flows: expectedRevision:";
}

void tst_Registry::invalidEntries()
{
    QFETCH(QString, subject);
    QFETCH(QByteArray, request);
    QFETCH(QString, field);
    QFETCH(QString, message);

    auto reply = m_client->nats().request(QStringLiteral("stratus.registry.") + subject, request, 5000);
    QVERIFY2(reply, qPrintable(reply.errorMessage()));
    QCOMPARE(reply->status(), QByteArray(Protocol::StatusBadRequest));
    const QJsonObject body = QJsonDocument::fromJson(reply->data).object();
    QCOMPARE(body.value(QStringLiteral("field")).toString(), field);
    QVERIFY2(body.value(QStringLiteral("error")).toString().startsWith(message),
             qPrintable(QString::fromUtf8(reply->data)));
    // And nothing was stored under the entry's name.
    auto listed = m_client->list(*RegistryEntry::kindFromName(subject.section(QLatin1Char('.'), 0, 0)));
    QVERIFY(listed);
    for (const RegistryEntry &e : *listed)
        QVERIFY2(e.id != QLatin1String("log") && e.id != QLatin1String("echo"), qPrintable(e.id));
}

void tst_Registry::watchSeesPutAndDelete()
{
    QVERIFY(m_client->put(Kind::Service, service(QStringLiteral("before"), QStringLiteral("before"))));

    std::mutex mutex;
    QList<RegistryEvent> events; // filled on the watch thread
    auto watch = m_client->watch(Kind::Service, [&](const RegistryEvent &event) {
        std::lock_guard lock(mutex);
        events << event;
    });
    QVERIFY2(watch, qPrintable(watch.errorMessage()));
    auto snapshot = [&] {
        std::lock_guard lock(mutex);
        return events;
    };
    // The current state came first, marked initial, before start() returned.
    const auto initial = snapshot();
    QVERIFY(std::any_of(initial.cbegin(), initial.cend(), [](const RegistryEvent &e) {
        return e.initial && e.entry.id == QLatin1String("before");
    }));

    auto stored = m_client->put(Kind::Service, service(QStringLiteral("watched"), QStringLiteral("w.topic")));
    QVERIFY(stored);
    QVERIFY(m_client->put(Kind::Flow, flow(QStringLiteral("other-kind"))));
    QVERIFY(m_client->remove(Kind::Service, QStringLiteral("watched")));

    QTRY_VERIFY_WITH_TIMEOUT(snapshot().size() >= initial.size() + 2, 10000);
    const auto all = snapshot();
    const auto live = all.mid(initial.size());
    QCOMPARE(live.size(), 2); // the flow is not a service
    QCOMPARE(live[0].type, RegistryEvent::Type::Put);
    QVERIFY(!live[0].initial);
    QCOMPARE(live[0].entry.id, QStringLiteral("watched"));
    QCOMPARE(live[0].entry.revision, stored->revision);
    QCOMPARE(live[0].entry.data.value(QStringLiteral("topic")).toString(), QStringLiteral("w.topic"));
    QCOMPARE(live[1].type, RegistryEvent::Type::Delete);
    QCOMPARE(live[1].entry.id, QStringLiteral("watched"));
    QVERIFY(live[1].entry.revision > stored->revision);
}

void tst_Registry::injectorFindsAndInvokesService()
{
    Injector injector(RegistryClient(m_client->sharedNats(), {}));
    QVERIFY(injector.registerService(
        {QStringLiteral("log"), QStringLiteral("LOG-js-function"), QStringLiteral("test.log")}));
    auto found = injector.getServiceById(QStringLiteral("log"));
    QVERIFY2(found, qPrintable(found.errorMessage()));
    QVERIFY(found->has_value());
    QCOMPARE((*found)->topic, QStringLiteral("test.log"));
    auto missing = injector.getServiceById(QStringLiteral("nope"));
    QVERIFY(missing && !missing->has_value());

    // A stand-in provider on the topic: answers with what it got, reversed.
    natsSubscription *raw = nullptr;
    QCOMPARE(natsConnection_Subscribe(
                 &raw, m_client->nats().handle(), "test.log",
                 [](natsConnection *nc, natsSubscription *, natsMsg *msg, void *) {
                     QByteArray data(natsMsg_GetData(msg), natsMsg_GetDataLength(msg));
                     std::reverse(data.begin(), data.end());
                     natsConnection_Publish(nc, natsMsg_GetReply(msg), data.constData(), int(data.size()));
                     natsMsg_Destroy(msg);
                 },
                 nullptr),
             NATS_OK);
    NatsSubscriptionPtr sub(raw);
    auto reply = injector.invokeService(QStringLiteral("log"), "abc", 5000);
    QVERIFY2(reply, qPrintable(reply.errorMessage()));
    QCOMPARE(reply->data, QByteArray("cba"));
    auto unknown = injector.invokeService(QStringLiteral("nope"), "abc", 5000);
    QVERIFY(!unknown);
    QVERIFY2(unknown.errorMessage().contains(QLatin1String("no service \"nope\"")),
             qPrintable(unknown.errorMessage()));
}

void tst_Registry::survivesRegistryRestart()
{
    auto stored = m_client->put(Kind::Function, function(QStringLiteral("durable")));
    QVERIFY(stored);
    m_registry->kill(); // a crash: nothing flushed on the way out
    auto down = m_client->get(Kind::Function, QStringLiteral("durable"));
    QVERIFY(!down);
    QVERIFY2(down.errorMessage().contains(QLatin1String("not running")), qPrintable(down.errorMessage()));

    m_registry = startRegistry();
    auto read = m_client->get(Kind::Function, QStringLiteral("durable"));
    QVERIFY2(read, qPrintable(read.errorMessage()));
    QVERIFY(read->has_value());
    QCOMPARE((*read)->revision, stored->revision);
    QCOMPARE((*read)->data, function(QStringLiteral("durable")));
}

void tst_Registry::absentRegistryIsNamed()
{
    // Nothing answers on that prefix: the broker says "no responders", and the user reads
    // which service is missing rather than NATS's words.
    const RegistryClient absent(m_client->sharedNats(), {QStringLiteral("stratus.absent-registry"), 2000});
    const auto listed = absent.list(Kind::Flow);
    QVERIFY(!listed);
    QVERIFY2(listed.errorMessage().startsWith(
                 QLatin1String("the registry is not running: nothing answers on stratus.absent-registry.")),
             qPrintable(listed.errorMessage()));
}

void tst_Registry::survivesBrokerRestart()
{
    auto stored = m_client->put(Kind::Flow, flow(QStringLiteral("kept-on-disk"), 7));
    QVERIFY(stored);
    QVERIFY2(m_broker.restart(), qPrintable(m_broker.errorString()));

    // A new client, as a new CLI run would be; the registry itself reconnects on its own.
    auto client = RegistryClient::connect(m_broker.url());
    QVERIFY2(client, qPrintable(client.errorMessage()));
    auto read = getEventually(*client, Kind::Flow, QStringLiteral("kept-on-disk"));
    QVERIFY2(read, qPrintable(read.errorMessage()));
    QVERIFY(read->has_value());
    QCOMPARE((*read)->revision, stored->revision);
    QCOMPARE((*read)->data.value(QStringLiteral("count")).toInt(), 7);
    // And it keeps taking writes with the revisions continuing.
    auto next = client->put(Kind::Flow, flow(QStringLiteral("kept-on-disk"), 8), stored->revision);
    QVERIFY2(next, qPrintable(next.errorMessage()));
    m_client = std::make_unique<RegistryClient>(std::move(*client));
}

void tst_Registry::replicasServeConsistently()
{
    auto second = startRegistry();
    QVERIFY(second);

    // Both replicas answer on the one queue group.
    QSet<QByteArray> replicas;
    for (int i = 0; i < 64 && replicas.size() < 2; ++i) {
        auto reply = m_client->nats().request(QStringLiteral("stratus.registry.info"), {}, 5000);
        QVERIFY2(reply, qPrintable(reply.errorMessage()));
        replicas.insert(reply->header(Protocol::ReplicaHeader));
    }
    QCOMPARE(replicas.size(), 2);

    // Two writers increment one counter with compare-and-set through whichever replica the
    // broker picks: no increment may be lost.
    QVERIFY(m_client->put(Kind::Flow, flow(QStringLiteral("counter"), 0)));
    constexpr int Increments = 40;
    std::atomic<int> failures{0};
    std::atomic<int> conflicts{0};
    auto writer = [&] {
        auto client = RegistryClient::connect(m_broker.url());
        if (!client) {
            ++failures;
            return;
        }
        for (int done = 0; done < Increments;) {
            auto current = client->get(Kind::Flow, QStringLiteral("counter"));
            if (!current || !current->has_value()) {
                ++failures;
                return;
            }
            const int count = (*current)->data.value(QStringLiteral("count")).toInt();
            auto written =
                client->put(Kind::Flow, flow(QStringLiteral("counter"), count + 1), (*current)->revision);
            if (written)
                ++done;
            else if (written.errorMessage().contains(QLatin1String("revision conflict")))
                ++conflicts;
            else {
                ++failures;
                return;
            }
        }
    };
    std::thread a(writer);
    std::thread b(writer);
    a.join();
    b.join();
    QCOMPARE(failures.load(), 0);
    auto final = m_client->get(Kind::Flow, QStringLiteral("counter"));
    QVERIFY(final && final->has_value());
    QCOMPARE((*final)->data.value(QStringLiteral("count")).toInt(), 2 * Increments);
    qInfo("%d conflicts resolved by retrying", conflicts.load());
    QCOMPARE(second->terminate(), 0);
}

QTEST_GUILESS_MAIN(tst_Registry)
#include "tst_registry.moc"
