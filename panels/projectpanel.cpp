#include "projectpanel.h"

#include "colorproxymodel.h"
#include "projectmodel.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Stratus {

Q_LOGGING_CATEGORY(lcProjectPanel, "stratus.panels.project", QtWarningMsg)

ProjectPanel::ProjectPanel(ProjectModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_header(new QLabel(this)), m_view(new QTreeView(this))
{
    using S = GitStatus::FileStatus;
    auto *colors = new ColorProxyModel(ProjectModel::StatusColumn, ProjectModel::StatusKeyRole,
                                       {{GitStatus::key(S::Modified), ColorProxyModel::warning()},
                                        {GitStatus::key(S::New), ColorProxyModel::good()},
                                        {GitStatus::key(S::Renamed), ColorProxyModel::added()},
                                        {GitStatus::key(S::TypeChanged), ColorProxyModel::added()},
                                        {GitStatus::key(S::Deleted), ColorProxyModel::bad()},
                                        {GitStatus::key(S::Conflicted), ColorProxyModel::bad()},
                                        {GitStatus::key(S::Ignored), ColorProxyModel::muted()}},
                                       this, ColorProxyModel::WholeRow);
    colors->setSourceModel(model);
    m_view->setModel(colors);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ProjectModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ProjectModel::StatusColumn, QHeaderView::ResizeToContents);

    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    auto *refresh = new QToolButton(this);
    refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    refresh->setToolTip(tr("Read the files and their git status again"));
    connect(refresh, &QToolButton::clicked, model, &ProjectModel::refresh);

    auto *top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(model, &ProjectModel::scanned, this, &ProjectPanel::updateHeader);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandToDepth(0); // the top folders open: a project is a few files deep
        updateHeader();
    });
    connect(model, &ProjectModel::failed, this,
            [](const QString &message) { qCWarning(lcProjectPanel) << message; });
    updateHeader();
}

QString ProjectPanel::headerText() const
{
    return m_header->text();
}

void ProjectPanel::updateHeader()
{
    if (!m_model || m_model->rootPath().isEmpty()) {
        m_header->setText(tr("No project"));
        return;
    }
    const QString name = QDir(m_model->rootPath()).dirName();
    if (!m_model->isRepository())
        m_header->setText(tr("%1 (not under git)").arg(name));
    else if (m_model->branch().isEmpty())
        m_header->setText(tr("%1 (git, no commit yet)").arg(name));
    else
        m_header->setText(tr("%1 (git: %2)").arg(name, m_model->branch()));
    m_header->setToolTip(m_model->rootPath());
}

} // namespace Stratus
