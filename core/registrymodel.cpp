#include "registrymodel.h"

#include "offthread.h"
#include "registryclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>

namespace Stratus {

Q_LOGGING_CATEGORY(lcRegistryModel, "stratus.models.registry", QtWarningMsg)

struct RegistryModel::Live
{
    std::optional<RegistryClient> client;
    std::unique_ptr<RegistryWatch> watch; // declared last: stopped before the client closes
};

struct RegistryModel::Mailbox
{
    QMutex mutex;
    QList<RegistryEvent> events;
};

namespace {

bool lessThan(const RegistryEntry &a, RegistryEntry::Kind kind, const QString &id)
{
    return a.kind != kind ? int(a.kind) < int(kind) : a.id < id;
}

} // namespace

RegistryModel::RegistryModel(QObject *parent)
    : QAbstractTableModel(parent), m_mailbox(std::make_shared<Mailbox>())
{
    m_drainTimer.setInterval(50);
    connect(&m_drainTimer, &QTimer::timeout, this, &RegistryModel::drain);
}

RegistryModel::~RegistryModel()
{
    dropLive();
}

void RegistryModel::dropLive()
{
    m_drainTimer.stop();
    // Stopping a watch joins its thread and closing the connection flushes: not on this thread.
    if (auto live = std::exchange(m_live, nullptr))
        QThreadPool::globalInstance()->start([live = std::move(live)]() mutable { live.reset(); });
    QMutexLocker lock(&m_mailbox->mutex);
    m_mailbox->events.clear();
}

void RegistryModel::setManifest(const Manifest &manifest)
{
    m_manifestFunctions = manifest.functions;
    if (m_source == Source::Registry)
        return;
    showManifest();
    if (m_source != Source::Connecting)
        setSource(m_manifestFunctions.isEmpty() ? Source::None : Source::Manifest, m_problem);
}

void RegistryModel::showManifest()
{
    beginResetModel();
    m_entries.clear();
    for (const FunctionSpec &function : std::as_const(m_manifestFunctions)) {
        RegistryEntry entry;
        entry.kind = RegistryEntry::Kind::Function;
        entry.id = function.name;
        entry.data = function.toJson();
        m_entries << entry;
    }
    std::sort(m_entries.begin(), m_entries.end(),
              [](const RegistryEntry &a, const RegistryEntry &b) { return lessThan(a, b.kind, b.id); });
    endResetModel();
}

void RegistryModel::setSource(Source source, const QString &problem)
{
    m_source = source;
    m_problem = problem;
    emit statusChanged();
}

void RegistryModel::setBrokerUrl(const QString &natsUrl)
{
    if (natsUrl == m_url)
        return;
    m_url = natsUrl;
    const quint64 attempt = ++m_attempt;
    const bool wasLive = m_source == Source::Registry;
    dropLive();
    if (wasLive)
        showManifest();
    if (natsUrl.isEmpty()) {
        setSource(m_manifestFunctions.isEmpty() ? Source::None : Source::Manifest);
        return;
    }
    setSource(Source::Connecting);
    auto mailbox = m_mailbox;
    runOffThread(
        this,
        [natsUrl, mailbox]() -> Result<std::shared_ptr<Live>> {
            RegistryClient::Options options;
            options.timeoutMs = 2000; // a missing registry should not keep the panel waiting long
            auto client = RegistryClient::connect(natsUrl, options);
            if (!client)
                return client.error();
            auto live = std::make_shared<Live>();
            live->client.emplace(std::move(*client));
            auto watch = live->client->watch(std::nullopt, [mailbox](const RegistryEvent &event) {
                QMutexLocker lock(&mailbox->mutex);
                mailbox->events << event;
            });
            if (!watch)
                return watch.error();
            live->watch = std::move(*watch);
            return live;
        },
        [this, attempt](const Result<std::shared_ptr<Live>> &result) {
            if (attempt != m_attempt) {
                if (result)
                    QThreadPool::globalInstance()->start([live = result.value()]() mutable { live.reset(); });
                return;
            }
            if (!result) {
                qCInfo(lcRegistryModel) << "no registry:" << result.errorMessage();
                {
                    QMutexLocker lock(&m_mailbox->mutex);
                    m_mailbox->events.clear();
                }
                setSource(Source::Manifest, result.errorMessage());
                return;
            }
            m_live = result.value();
            beginResetModel();
            m_entries.clear();
            endResetModel();
            setSource(Source::Registry);
            drain();
            m_drainTimer.start();
        });
}

void RegistryModel::drain()
{
    QList<RegistryEvent> events;
    {
        QMutexLocker lock(&m_mailbox->mutex);
        events.swap(m_mailbox->events);
    }
    for (const RegistryEvent &event : std::as_const(events))
        apply(event);
}

void RegistryModel::apply(const RegistryEvent &event)
{
    const auto it = std::lower_bound(
        m_entries.begin(), m_entries.end(), event.entry,
        [](const RegistryEntry &a, const RegistryEntry &b) { return lessThan(a, b.kind, b.id); });
    const int row = int(it - m_entries.begin());
    const bool exists = it != m_entries.end() && it->kind == event.entry.kind && it->id == event.entry.id;
    if (event.type == RegistryEvent::Type::Delete) {
        if (exists) {
            beginRemoveRows({}, row, row);
            m_entries.removeAt(row);
            endRemoveRows();
        }
        return;
    }
    if (exists) {
        m_entries[row] = event.entry;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, row, row);
    m_entries.insert(row, event.entry);
    endInsertRows();
}

int RegistryModel::rowOf(RegistryEntry::Kind kind, const QString &id) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries[row].kind == kind && m_entries[row].id == id)
            return row;
    return -1;
}

QString RegistryModel::statusText() const
{
    switch (m_source) {
    case Source::None:
        return tr("No project is open.");
    case Source::Connecting:
        return tr("Connecting to the registry…");
    case Source::Manifest:
        return m_url.isEmpty()
                   ? tr("Registry not running (the cluster is stopped): showing the manifest's functions.")
                   : tr("Registry not running: showing the manifest's functions.");
    case Source::Registry:
        return tr("Registry: live, %n entries", nullptr, int(m_entries.size()));
    }
    return {};
}

void RegistryModel::saveEntry(RegistryEntry::Kind kind, const QJsonObject &data,
                              std::optional<quint64> expectedRevision)
{
    if (!m_live) {
        emit entrySaved(
            makeError(tr("Registry not running: entries can only be edited in a live registry.")));
        return;
    }
    if (const auto problem = RegistryEntry::validate(kind, data)) {
        emit entrySaved(makeError(problem->describe(kind)));
        return;
    }
    runOffThread(
        this,
        [live = m_live, kind, data, expectedRevision]() -> Status {
            auto written = live->client->put(kind, data, expectedRevision);
            if (!written)
                return written.error();
            return Ok{};
        },
        [this](const Status &result) { emit entrySaved(result); });
}

int RegistryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RegistryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegistryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() || role != Qt::DisplayRole)
        return {};
    const RegistryEntry &entry = m_entries.at(index.row());
    switch (index.column()) {
    case KindColumn:
        switch (entry.kind) {
        case RegistryEntry::Kind::Service:
            return tr("service");
        case RegistryEntry::Kind::Function:
            return tr("function");
        case RegistryEntry::Kind::Flow:
            return tr("flow");
        }
        return {};
    case NameColumn:
        return entry.id;
    case RevisionColumn:
        return m_source == Source::Registry ? QVariant(entry.revision) : QVariant(tr("manifest"));
    case SummaryColumn:
        for (const char *key : {"trigger", "topic", "description"}) {
            const QString value = entry.data.value(QLatin1String(key)).toString();
            if (!value.isEmpty())
                return value;
        }
        return {};
    }
    return {};
}

QVariant RegistryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case NameColumn:
        return tr("Name");
    case RevisionColumn:
        return tr("Revision");
    case SummaryColumn:
        return tr("Subject / topic");
    }
    return {};
}

} // namespace Stratus
