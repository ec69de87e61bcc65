#pragma once

#include "gitstatus.h"

#include <QAbstractItemModel>
#include <QFutureWatcher>
#include <QTimer>

#include <memory>
#include <vector>

namespace Stratus {

// A project's files as a tree, each with its git status. The folder walk and the git
// status are read on a worker thread; the tree is rebuilt on this thread from their result.
class ProjectModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StatusColumn, ColumnCount };
    static constexpr int StatusKeyRole = Qt::UserRole + 1; // GitStatus::key(): "modified", "new"…
    static constexpr int PathRole = Qt::UserRole + 2;      // absolute path
    static constexpr int IsDirRole = Qt::UserRole + 3;

    explicit ProjectModel(QObject *parent = nullptr);
    ~ProjectModel() override;

    // An empty dir closes the project. The tree fills in once the first scan is done.
    void setRootPath(const QString &dir);
    QString rootPath() const { return m_root; }
    bool isRepository() const { return m_isRepository; }
    QString branch() const { return m_branch; }
    void refresh();
    void setAutoRefreshInterval(int ms); // 0 disables; files edited elsewhere show up

    QModelIndex indexOf(const QString &relativePath) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What the worker returns: every file and folder, relative, sorted (folders first).
    struct Scan
    {
        QString root;
        QStringList dirs;
        QStringList files;
        GitStatus::Snapshot git;
        QString error;
    };
    static Scan scanFolder(const QString &dir); // blocking; public for tests

signals:
    void scanned(); // after every refresh, when the tree matches the disk
    void failed(const QString &message);

private:
    struct Node
    {
        QString name;
        QString relativePath;
        bool isDir = false;
        GitStatus::FileStatus status = GitStatus::FileStatus::Clean;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
        int row = 0;
    };

    void applyScan(const Scan &scan);
    Node *nodeOf(const QModelIndex &index) const;
    void updateStatuses(Node *node, const GitStatus::Snapshot &git, const QModelIndex &index);
    static QStringList layout(const Scan &scan);

    QString m_root;
    std::unique_ptr<Node> m_tree;
    QStringList m_layout; // the dirs and files of the current tree, to detect a changed layout
    bool m_isRepository = false;
    QString m_branch;
    QFutureWatcher<Scan> m_watcher;
    bool m_refreshAgain = false;
    QTimer m_autoRefresh;
};

} // namespace Stratus
