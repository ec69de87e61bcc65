#pragma once

#include "manifest.h"
#include "registryentry.h"
#include "result.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <memory>
#include <optional>

namespace Stratus {

// The registry's services, functions and flows (docs/registry.md), live through its watch.
// Before a registry answers — no cluster, or a cluster without a registry process — it shows
// the manifest's functions and says so, so the panel is never empty for no reason.
//
// Threads: connecting and the watch's start run on the thread pool; the watch's callback
// only appends to a locked queue, which a 50 ms timer drains here. Nothing on a nats.c
// thread touches this object.
class RegistryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, NameColumn, RevisionColumn, SummaryColumn, ColumnCount };
    enum class Source { None, Manifest, Connecting, Registry };

    explicit RegistryModel(QObject *parent = nullptr);
    ~RegistryModel() override;

    // The fallback shown until (and unless) a registry answers.
    void setManifest(const Manifest &manifest);
    // Follows the registry behind natsUrl; an empty URL (cluster stopped) falls back.
    void setBrokerUrl(const QString &natsUrl);

    Source source() const { return m_source; }
    QString statusText() const;
    const RegistryEntry &entry(int row) const { return m_entries.at(row); }
    int rowOf(RegistryEntry::Kind kind, const QString &id) const;

    // Writes an entry (services are the ones the panel edits) with the revision it was read
    // at, so a concurrent change is refused rather than overwritten; savedEntry follows.
    void saveEntry(RegistryEntry::Kind kind, const QJsonObject &data,
                   std::optional<quint64> expectedRevision);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void statusChanged();
    void entrySaved(const Stratus::Status &result);

private:
    struct Live;
    struct Mailbox;

    void drain();
    void apply(const struct RegistryEvent &event);
    void setSource(Source source, const QString &problem = {});
    void dropLive();
    void showManifest();

    QList<RegistryEntry> m_entries; // sorted by kind, then id
    QList<FunctionSpec> m_manifestFunctions;
    Source m_source = Source::None;
    QString m_problem;
    QString m_url;
    quint64 m_attempt = 0; // a late connect result for an older URL is dropped
    std::shared_ptr<Live> m_live;
    std::shared_ptr<Mailbox> m_mailbox;
    QTimer m_drainTimer;
};

} // namespace Stratus
