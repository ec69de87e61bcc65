#include "projectmodel.h"

#include <QDir>
#include <QDirIterator>
#include <QLoggingCategory>
#include <QPromise>
#include <QThreadPool>

namespace Stratus {

Q_LOGGING_CATEGORY(lcProjectModel, "stratus.models.project", QtWarningMsg)

namespace {

constexpr int MaxEntries = 20000; // a project tree, not a home folder: stop walking beyond this

} // namespace

ProjectModel::ProjectModel(QObject *parent) : QAbstractItemModel(parent), m_tree(std::make_unique<Node>())
{
    qRegisterMetaType<Scan>();
    connect(&m_watcher, &QFutureWatcher<Scan>::finished, this, [this] {
        const QFuture<Scan> future = m_watcher.future();
        if (future.resultCount() > 0)
            applyScan(future.result());
        if (m_refreshAgain) {
            m_refreshAgain = false;
            refresh();
        }
    });
    connect(&m_autoRefresh, &QTimer::timeout, this, &ProjectModel::refresh);
}

ProjectModel::~ProjectModel()
{
    // The worker holds no pointer to us; its result is simply dropped.
    m_watcher.disconnect(this);
}

ProjectModel::Scan ProjectModel::scanFolder(const QString &dir)
{
    Scan scan;
    scan.root = dir;
    const QDir root(dir);
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    int entries = 0;
    while (it.hasNext() && entries < MaxEntries) {
        const QString path = it.next();
        const QString relative = root.relativeFilePath(path);
        if (relative == QLatin1String(".git") || relative.startsWith(QLatin1String(".git/")))
            continue;
        (it.fileInfo().isDir() ? scan.dirs : scan.files).append(relative);
        ++entries;
    }
    auto git = GitStatus::scan(dir);
    if (git) {
        scan.git = std::move(*git);
        // Deleted files are no longer on disk but belong in the tree.
        for (auto f = scan.git.files.cbegin(); f != scan.git.files.cend(); ++f) {
            if (f.value() == GitStatus::FileStatus::Deleted && !scan.files.contains(f.key()))
                scan.files.append(f.key());
        }
    } else {
        scan.error = git.errorMessage();
    }
    scan.dirs.sort();
    scan.files.sort();
    return scan;
}

void ProjectModel::setRootPath(const QString &dir)
{
    m_root = dir;
    beginResetModel();
    m_tree = std::make_unique<Node>();
    m_layout.clear();
    m_isRepository = false;
    m_branch.clear();
    endResetModel();
    if (!m_root.isEmpty())
        refresh();
}

void ProjectModel::setAutoRefreshInterval(int ms)
{
    if (ms <= 0) {
        m_autoRefresh.stop();
        return;
    }
    m_autoRefresh.start(ms);
}

void ProjectModel::refresh()
{
    if (m_root.isEmpty())
        return;
    if (m_watcher.isRunning()) {
        m_refreshAgain = true; // one more scan after this one sees the latest changes
        return;
    }
    auto promise = std::make_shared<QPromise<Scan>>();
    m_watcher.setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, dir = m_root] {
        promise->start();
        promise->addResult(scanFolder(dir));
        promise->finish();
    });
}

QStringList ProjectModel::layout(const Scan &scan)
{
    return scan.dirs + QStringList{QStringLiteral("/")} + scan.files;
}

void ProjectModel::applyScan(const Scan &scan)
{
    if (scan.root != m_root)
        return; // the project was switched while this scan ran
    if (!scan.error.isEmpty())
        emit failed(scan.error);
    m_isRepository = scan.git.isRepository;
    m_branch = scan.git.branch;
    const QStringList newLayout = layout(scan);
    if (newLayout == m_layout) {
        // Same files: only statuses may differ; keep the view's expansion and selection.
        updateStatuses(m_tree.get(), scan.git, {});
        emit scanned();
        return;
    }
    beginResetModel();
    m_layout = newLayout;
    m_tree = std::make_unique<Node>();
    m_tree->isDir = true;
    QHash<QString, Node *> dirs{{QString(), m_tree.get()}};
    const auto add = [&](const QString &relative, bool isDir) {
        const qsizetype slash = relative.lastIndexOf(u'/');
        const QString parentPath = slash < 0 ? QString() : relative.left(slash);
        Node *parent = dirs.value(parentPath);
        if (!parent)
            return; // below a folder cut off by MaxEntries
        auto node = std::make_unique<Node>();
        node->name = relative.mid(slash + 1);
        node->relativePath = relative;
        node->isDir = isDir;
        node->status = scan.git.statusOf(relative);
        node->parent = parent;
        node->row = int(parent->children.size());
        if (isDir)
            dirs.insert(relative, node.get());
        parent->children.push_back(std::move(node));
    };
    // Sorted paths list a folder before its contents; folders before files in each folder.
    for (const QString &d : scan.dirs)
        add(d, true);
    for (const QString &f : scan.files)
        add(f, false);
    endResetModel();
    emit scanned();
}

void ProjectModel::updateStatuses(Node *node, const GitStatus::Snapshot &git, const QModelIndex &index)
{
    for (const auto &child : node->children) {
        const GitStatus::FileStatus status = git.statusOf(child->relativePath);
        const QModelIndex childIndex = this->index(child->row, 0, index);
        if (status != child->status) {
            child->status = status;
            emit dataChanged(childIndex, childIndex.siblingAtColumn(StatusColumn));
        }
        if (child->isDir)
            updateStatuses(child.get(), git, childIndex);
    }
}

ProjectModel::Node *ProjectModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_tree.get();
}

QModelIndex ProjectModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex ProjectModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *p = nodeOf(child)->parent;
    if (!p || p == m_tree.get())
        return {};
    return createIndex(p->row, 0, const_cast<Node *>(p));
}

int ProjectModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ProjectModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QModelIndex ProjectModel::indexOf(const QString &relativePath) const
{
    QModelIndex current;
    const Node *node = m_tree.get();
    for (const QString &part : relativePath.split(u'/', Qt::SkipEmptyParts)) {
        const auto it = std::find_if(node->children.cbegin(), node->children.cend(),
                                     [&part](const auto &c) { return c->name == part; });
        if (it == node->children.cend())
            return {};
        node = it->get();
        current = index(node->row, 0, current);
    }
    return current;
}

QVariant ProjectModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeOf(index);
    switch (role) {
    case StatusKeyRole:
        return GitStatus::key(n->status);
    case PathRole:
        return QDir(m_root).filePath(n->relativePath);
    case IsDirRole:
        return n->isDir;
    case Qt::ToolTipRole:
        return n->relativePath;
    case Qt::DisplayRole:
        return index.column() == NameColumn ? n->name : GitStatus::displayName(n->status);
    }
    return {};
}

QVariant ProjectModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Name") : tr("Git");
}

} // namespace Stratus
