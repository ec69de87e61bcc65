// The datastore against a real nats-server: Pocket's run model (TTL, deregistration,
// persist, delete-after-read), chunked values, enumerate and the memory cap.

#include "datastoreclient.h"
#include "kvbucket.h"
#include "protocol.h"
#include "testbroker.h"
#include "testservice.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <memory>

using namespace Stratus;
using namespace Stratus::Test;

class tst_Datastore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void roundTrip_data();
    void roundTrip();
    void enumerateAndLookup();
    void absentDatastoreIsNamed();
    void deleteAfterRead_data();
    void deleteAfterRead();
    void explicitDelete();
    void persistSurvivesDeregistration();
    void ttlExpiryRemovesEverything();
    void startingDatastoreFreesWhatExpired();
    void runErrors();
    void storeFullIsReported();
    void fullStoreRefusesRecordsWithoutIndexingThem();

private:
    QString newRun(qint64 ttlMs = 60000);
    QStringList bucketKeys(const QString &filter);
    int entriesOf(const QString &key); // values and delete markers the stream holds for key

    TestBroker m_broker;
    std::unique_ptr<TestService> m_datastore;
    std::unique_ptr<DatastoreClient> m_client;
    std::unique_ptr<NatsClient> m_nats;
    std::unique_ptr<KvBucket> m_bucket; // to see what the store really holds
    int m_runs = 0;
};

namespace {

QByteArray randomBytes(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char(QRandomGenerator::global()->bounded(256));
    return bytes;
}

} // namespace

void tst_Datastore::initTestCase()
{
    QVERIFY2(!binDir().isEmpty(), "STRATUS_BIN_DIR is not set (run through ctest)");
    QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
    m_datastore =
        std::make_unique<TestService>(QStringLiteral("stratus-datastore"),
                                      QStringList{QStringLiteral("--nats"), m_broker.url(),
                                                  QStringLiteral("--sweep-ms"), QStringLiteral("100")});
    QVERIFY2(m_datastore->waitReady(), qPrintable(m_datastore->log()));
    auto client = DatastoreClient::connect(m_broker.url());
    QVERIFY2(client, qPrintable(client.errorMessage()));
    m_client = std::make_unique<DatastoreClient>(std::move(*client));
    // The test broker keeps nats-server's 1 MiB max_payload: 5 MiB must travel in chunks.
    QVERIFY(m_client->chunkBytes() < 1024 * 1024);
    auto nats = NatsClient::connect(m_broker.url());
    QVERIFY(nats);
    m_nats = std::make_unique<NatsClient>(std::move(*nats));
    auto bucket = KvBucket::bind(m_nats->handle(), QLatin1String(Protocol::DatastoreBucket));
    QVERIFY2(bucket, qPrintable(bucket.errorMessage()));
    m_bucket = std::make_unique<KvBucket>(std::move(*bucket));
}

void tst_Datastore::cleanupTestCase()
{
    if (m_datastore)
        QCOMPARE(m_datastore->terminate(), 0);
}

QString tst_Datastore::newRun(qint64 ttlMs)
{
    auto run = m_client->registerRun(QStringLiteral("run%1").arg(++m_runs), ttlMs);
    if (!run) {
        qWarning("%s", qPrintable(run.errorMessage()));
        return {};
    }
    return run->id;
}

QStringList tst_Datastore::bucketKeys(const QString &filter)
{
    auto keys = m_bucket->keys(filter);
    return keys ? *keys : QStringList{QStringLiteral("<error: %1>").arg(keys.errorMessage())};
}

void tst_Datastore::roundTrip_data()
{
    QTest::addColumn<qint64>("size");
    const qint64 chunk = m_client->chunkBytes();
    QTest::newRow("empty") << qint64(0);
    QTest::newRow("small") << qint64(17);
    QTest::newRow("exactly one chunk") << chunk;
    QTest::newRow("one byte more than a chunk") << chunk + 1;
    QTest::newRow("5 MiB") << qint64(5 * 1024 * 1024);
}

void tst_Datastore::roundTrip()
{
    QFETCH(qint64, size);
    const QString run = newRun();
    QVERIFY(!run.isEmpty());
    const QByteArray value = randomBytes(size);
    auto stored = m_client->put(run, QStringLiteral("blob"), value);
    QVERIFY2(stored, qPrintable(stored.errorMessage()));
    QCOMPARE(stored->size, size);

    auto read = m_client->get(run, QStringLiteral("blob"));
    QVERIFY2(read, qPrintable(read.errorMessage()));
    QVERIFY(read->has_value());
    QCOMPARE((*read)->size(), value.size());
    QVERIFY((**read) == value);

    auto looked = m_client->lookup(run, QStringLiteral("blob"));
    QVERIFY(looked && looked->exists);
    QCOMPARE(looked->size, size);

    // Overwriting frees the old version's chunks.
    QVERIFY(m_client->put(run, QStringLiteral("blob"), "short"));
    auto again = m_client->get(run, QStringLiteral("blob"));
    QVERIFY(again && again->has_value());
    QCOMPARE(**again, QByteArray("short"));
    QCOMPARE(bucketKeys(QStringLiteral("chunk.%1.>").arg(run)).size(), 1);
    QVERIFY(m_client->deregisterRun(run));
}

void tst_Datastore::absentDatastoreIsNamed()
{
    auto nats = NatsClient::connect(m_broker.url());
    QVERIFY2(nats, qPrintable(nats.errorMessage()));
    const DatastoreClient absent(std::make_shared<const NatsClient>(std::move(*nats)),
                                 {QStringLiteral("stratus.absent-datastore"), 2000, 0});
    const auto run = absent.registerRun();
    QVERIFY(!run);
    QVERIFY2(run.errorMessage().startsWith(
                 QLatin1String("the datastore is not running: nothing answers on stratus.absent-datastore.")),
             qPrintable(run.errorMessage()));
}

void tst_Datastore::enumerateAndLookup()
{
    const QString run = newRun();
    const QStringList names{QStringLiteral("b/part 2.csv"), QStringLiteral("a.json"),
                            QStringLiteral("ç-unicode ✓")};
    for (const QString &name : names)
        QVERIFY(m_client->put(run, name, name.toUtf8() + "!", name.startsWith(QLatin1Char('b'))));
    const QString other = newRun();
    QVERIFY(m_client->put(other, QStringLiteral("elsewhere"), "x"));

    auto listed = m_client->enumerate(run);
    QVERIFY2(listed, qPrintable(listed.errorMessage()));
    QStringList listedNames;
    for (const auto &object : *listed) {
        listedNames << object.name;
        QCOMPARE(object.size, qint64(object.name.toUtf8().size() + 1));
        QCOMPARE(object.persist, object.name.startsWith(QLatin1Char('b')));
    }
    QStringList sorted = names;
    sorted.sort();
    QCOMPARE(listedNames, sorted); // sorted, and only this run's objects

    auto missing = m_client->lookup(run, QStringLiteral("nothing"));
    QVERIFY2(missing, qPrintable(missing.errorMessage()));
    QVERIFY(!missing->exists);
    auto empty = m_client->enumerate(newRun());
    QVERIFY(empty && empty->isEmpty());
}

void tst_Datastore::deleteAfterRead_data()
{
    QTest::addColumn<qint64>("size");
    QTest::newRow("small") << qint64(100);
    QTest::newRow("chunked") << qint64(3 * 1024 * 1024 + 5);
}

void tst_Datastore::deleteAfterRead()
{
    QFETCH(qint64, size);
    const QString run = newRun();
    const QByteArray value = randomBytes(size);
    QVERIFY(m_client->put(run, QStringLiteral("once"), value));

    auto first = m_client->get(run, QStringLiteral("once"), true);
    QVERIFY2(first, qPrintable(first.errorMessage()));
    QVERIFY(first->has_value());
    QVERIFY(**first == value);

    auto second = m_client->get(run, QStringLiteral("once"));
    QVERIFY2(second, qPrintable(second.errorMessage()));
    QVERIFY(!second->has_value());
    QVERIFY(!m_client->lookup(run, QStringLiteral("once"))->exists);
    // Its bytes are gone from the store, not just hidden.
    QCOMPARE(bucketKeys(QStringLiteral("chunk.%1.>").arg(run)), QStringList());
    QCOMPARE(bucketKeys(QStringLiteral("obj.%1.>").arg(run)), QStringList());
}

void tst_Datastore::explicitDelete()
{
    const QString run = newRun();
    QVERIFY(m_client->put(run, QStringLiteral("doomed"), "bytes"));
    QVERIFY(m_client->remove(run, QStringLiteral("doomed")));
    QVERIFY(!m_client->lookup(run, QStringLiteral("doomed"))->exists);
    const Status again = m_client->remove(run, QStringLiteral("doomed"));
    QVERIFY(!again);
    QVERIFY2(again.errorMessage().contains(QLatin1String("no such object")),
             qPrintable(again.errorMessage()));
}

int tst_Datastore::entriesOf(const QString &key)
{
    kvEntryList entries{};
    const natsStatus s = kvStore_History(&entries, m_bucket->handle(), key.toUtf8().constData(), nullptr);
    if (s == NATS_NOT_FOUND)
        return 0;
    if (s != NATS_OK)
        return -1;
    const int count = entries.Count;
    kvEntryList_Destroy(&entries);
    return count;
}

void tst_Datastore::persistSurvivesDeregistration()
{
    const QString run = newRun();
    QVERIFY(m_client->put(run, QStringLiteral("scratch"), "temporary"));
    QVERIFY(m_client->put(run, QStringLiteral("result"), "keep me", true));
    QVERIFY(m_client->deregisterRun(run));

    auto scratch = m_client->get(run, QStringLiteral("scratch"));
    QVERIFY(scratch && !scratch->has_value());
    auto result = m_client->get(run, QStringLiteral("result"));
    QVERIFY2(result, qPrintable(result.errorMessage()));
    QVERIFY(result->has_value());
    QCOMPARE(**result, QByteArray("keep me"));
    auto listed = m_client->enumerate(run);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().name, QStringLiteral("result"));

    // The run is over: no new objects in it.
    auto late = m_client->put(run, QStringLiteral("late"), "x");
    QVERIFY(!late);
    QVERIFY2(late.errorMessage().contains(QLatin1String("not registered")), qPrintable(late.errorMessage()));
}

void tst_Datastore::ttlExpiryRemovesEverything()
{
    const QString run = newRun(400);
    QVERIFY(!run.isEmpty());
    QVERIFY(m_client->put(run, QStringLiteral("small"), "x"));
    QVERIFY(m_client->put(run, QStringLiteral("large"), randomBytes(2 * 1024 * 1024)));
    QVERIFY(m_client->put(run, QStringLiteral("kept"), "persisted", true));
    QVERIFY(m_client->lookup(run, QStringLiteral("small"))->exists);

    QTRY_VERIFY_WITH_TIMEOUT(!m_client->lookup(run, QStringLiteral("small"))->exists, 10000);
    QVERIFY(!m_client->lookup(run, QStringLiteral("large"))->exists);
    // The sweeper frees the bytes, not only hides them: only the persisted object remains.
    QTRY_COMPARE_WITH_TIMEOUT(bucketKeys(QStringLiteral("obj.%1.*").arg(run)).size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(bucketKeys(QStringLiteral("chunk.%1.>").arg(run)).size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(bucketKeys(QStringLiteral("run.%1").arg(run)).size(), 0, 10000);
    // Freed without leaving delete markers behind (nothing has to read the bucket for them).
    QCOMPARE(entriesOf(QStringLiteral("run.%1").arg(run)), 0);
    const QString smallKey =
        QStringLiteral("obj.%1.%2")
            .arg(run, QString::fromLatin1(QByteArray("small").toBase64(QByteArray::Base64UrlEncoding |
                                                                       QByteArray::OmitTrailingEquals)));
    QCOMPARE(entriesOf(smallKey), 0);
    auto kept = m_client->get(run, QStringLiteral("kept"));
    QVERIFY(kept && kept->has_value());
    auto late = m_client->put(run, QStringLiteral("late"), "x");
    QVERIFY(!late);
}

// The sweeper frees by its index of what it wrote; what it did not write (an earlier
// datastore's runs, a crash's leftovers) it indexes from the bucket when it starts.
void tst_Datastore::startingDatastoreFreesWhatExpired()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto runValue = [](const QString &id, qint64 expiresMs) {
        return QJsonDocument(QJsonObject{{QStringLiteral("run"), id},
                                         {QStringLiteral("ttlMs"), 1000.0},
                                         {QStringLiteral("registeredMs"), double(expiresMs - 1000)},
                                         {QStringLiteral("expiresMs"), double(expiresMs)}})
            .toJson(QJsonDocument::Compact);
    };
    const QByteArray object = R"({"name":"o","size":1,"chunks":1,"upload":"u1","persist":false})";
    // Behind the running datastore's back: an expired run, a live one, and an orphaned chunk.
    QVERIFY(m_bucket->put(QStringLiteral("run.gone"), runValue(QStringLiteral("gone"), now - 1000)));
    QVERIFY(m_bucket->put(QStringLiteral("obj.gone.bw"), object));
    QVERIFY(m_bucket->put(QStringLiteral("chunk.gone.u1.0"), "x"));
    QVERIFY(m_bucket->put(QStringLiteral("run.alive"), runValue(QStringLiteral("alive"), now + 600000)));
    QVERIFY(m_bucket->put(QStringLiteral("obj.alive.bw"), object));
    QVERIFY(m_bucket->put(QStringLiteral("chunk.alive.u1.0"), "x"));
    QVERIFY(m_bucket->put(QStringLiteral("chunk.orphan.u2.0"), "x"));

    TestService second(QStringLiteral("stratus-datastore"),
                       {QStringLiteral("--nats"), m_broker.url(), QStringLiteral("--prefix"),
                        QStringLiteral("tst.second"), QStringLiteral("--sweep-ms"), QStringLiteral("100")});
    QVERIFY2(second.waitReady(), qPrintable(second.log()));
    QTRY_COMPARE_WITH_TIMEOUT(bucketKeys(QStringLiteral("*.gone")).size() +
                                  bucketKeys(QStringLiteral("*.gone.>")).size() +
                                  bucketKeys(QStringLiteral("chunk.orphan.>")).size(),
                              0, 10000);
    QCOMPARE(entriesOf(QStringLiteral("run.gone")), 0);
    QCOMPARE(bucketKeys(QStringLiteral("*.alive")), QStringList{QStringLiteral("run.alive")});
    QCOMPARE(bucketKeys(QStringLiteral("*.alive.>")).size(), 2);
    QCOMPARE(second.terminate(), 0);
}

void tst_Datastore::runErrors()
{
    const QString run = newRun();
    auto twice = m_client->registerRun(run);
    QVERIFY(!twice);
    QVERIFY2(twice.errorMessage().contains(QLatin1String("already registered")),
             qPrintable(twice.errorMessage()));
    auto unknown = m_client->put(QStringLiteral("never-registered"), QStringLiteral("x"), "x");
    QVERIFY(!unknown);
    QVERIFY2(unknown.errorMessage().contains(QLatin1String("register it first")),
             qPrintable(unknown.errorMessage()));
    auto badTtl = m_client->registerRun(QStringLiteral("bad-ttl"), -5);
    QVERIFY(badTtl); // ttl <= 0 means "the default"
    auto generated = m_client->registerRun();
    QVERIFY2(generated, qPrintable(generated.errorMessage()));
    QVERIFY(generated->id.startsWith(QLatin1String("run-")));
    QVERIFY(generated->expiresMs > QDateTime::currentMSecsSinceEpoch());
}

void tst_Datastore::storeFullIsReported()
{
    constexpr qint64 Cap = 512 * 1024;
    TestService small(QStringLiteral("stratus-datastore"),
                      {QStringLiteral("--nats"), m_broker.url(), QStringLiteral("--prefix"),
                       QStringLiteral("tst.small"), QStringLiteral("--bucket"), QStringLiteral("small"),
                       QStringLiteral("--max-bytes"), QString::number(Cap)});
    QVERIFY2(small.waitReady(), qPrintable(small.log()));
    DatastoreClient::Options options;
    options.prefix = QStringLiteral("tst.small");
    auto nats = NatsClient::connect(m_broker.url());
    QVERIFY(nats);
    DatastoreClient client(std::make_shared<const NatsClient>(std::move(*nats)), options);
    QVERIFY(client.registerRun(QStringLiteral("filling")));

    const QByteArray block = randomBytes(100 * 1024);
    QString error;
    int stored = 0;
    for (int i = 0; i < 20 && error.isEmpty(); ++i) {
        auto put = client.put(QStringLiteral("filling"), QStringLiteral("block%1").arg(i), block);
        if (put)
            ++stored;
        else
            error = put.errorMessage();
    }
    QVERIFY2(error.startsWith(QLatin1String("store full")), qPrintable(error));
    QVERIFY2(error.contains(QString::number(Cap)), qPrintable(error));
    QVERIFY(stored >= 3 && stored < 6);
    // Everything stored before is intact, and freeing space makes room again.
    auto first = client.get(QStringLiteral("filling"), QStringLiteral("block0"));
    QVERIFY(first && first->has_value() && **first == block);
    QVERIFY(client.remove(QStringLiteral("filling"), QStringLiteral("block0")));
    QVERIFY(client.remove(QStringLiteral("filling"), QStringLiteral("block1")));
    auto roomAgain = client.put(QStringLiteral("filling"), QStringLiteral("after"), block);
    QVERIFY2(roomAgain, qPrintable(roomAgain.errorMessage()));
    QCOMPARE(small.terminate(), 0);
}

void tst_Datastore::fullStoreRefusesRecordsWithoutIndexingThem()
{
    // No sweep during the test: the refusal set by the first full batch stays.
    TestService small(QStringLiteral("stratus-datastore"),
                      {QStringLiteral("--nats"), m_broker.url(), QStringLiteral("--prefix"),
                       QStringLiteral("tst.records"), QStringLiteral("--bucket"), QStringLiteral("records"),
                       QStringLiteral("--max-bytes"), QString::number(256 * 1024),
                       QStringLiteral("--sweep-ms"), QStringLiteral("600000")});
    QVERIFY2(small.waitReady(), qPrintable(small.log()));
    int runs = 0;
    // A batch of 20 runs' records of 4 KiB each, as a flow invoker sends them.
    const auto sendBatch = [&]() -> QByteArray {
        QByteArray body;
        const QByteArray value = randomBytes(4096);
        for (int i = 0; i < 20; ++i) {
            body += QJsonDocument(QJsonObject{{QStringLiteral("run"), QStringLiteral("rec%1").arg(++runs)},
                                              {QStringLiteral("ttlMs"), 600000},
                                              {QStringLiteral("object"), QStringLiteral("record")},
                                              {QStringLiteral("size"), value.size()}})
                        .toJson(QJsonDocument::Compact) +
                    '\n' + value;
        }
        const auto reply = m_nats->request(QStringLiteral("tst.records.record"), body, 10000);
        return reply ? reply->status() : "no reply: " + reply.errorMessage().toUtf8();
    };
    const auto indexedRuns = [this]() {
        const auto reply = m_nats->request(QStringLiteral("tst.records.info"), "{}", 10000);
        return reply ? QJsonDocument::fromJson(reply->data)
                           .object()
                           .value(QStringLiteral("indexedRuns"))
                           .toInt(-1)
                     : -1;
    };
    QByteArray status = Protocol::StatusOk;
    for (int batch = 0; batch < 40 && status == Protocol::StatusOk; ++batch)
        status = sendBatch();
    QCOMPARE(status, QByteArray(Protocol::StatusStoreFull));
    const int indexedWhenFull = indexedRuns();
    QVERIFY(indexedWhenFull > 0);
    for (int batch = 0; batch < 5; ++batch)
        QCOMPARE(sendBatch(), QByteArray(Protocol::StatusStoreFull));
    QCOMPARE(indexedRuns(), indexedWhenFull); // 100 refused runs, none indexed
    QCOMPARE(small.terminate(), 0);
}

QTEST_GUILESS_MAIN(tst_Datastore)
#include "tst_datastore.moc"
