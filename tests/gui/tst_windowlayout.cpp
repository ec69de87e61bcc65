// The workbench window's layout on a laptop screen (offscreen, no cluster): with fresh
// settings the window is no larger than its screen, its minimum fits a 1366x768 screen, and
// at 1400x900 the project dock is wide enough to show whole file names. The panels' rows of
// buttons and combos, side by side in the dock areas, must not add up to a wider window.

#include "invocationspanel.h"
#include "keyfiltercombo.h"
#include "logspanel.h"
#include "mainwindow.h"
#include "projectmodel.h"
#include "projectpanel.h"
#include "projecttemplate.h"
#include "testbroker.h"
#include "theme.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Stratus;
using namespace Stratus::Test;

namespace {

QString sizeText(const QSize &size)
{
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

// For failure messages: the window's and every dock's minimum, the culprits being the docks.
QString describeMinimums(const QMainWindow &window)
{
    QStringList lines{QStringLiteral("window %1, minimum %2")
                          .arg(sizeText(window.size()), sizeText(window.minimumSizeHint()))};
    for (const QDockWidget *dock : window.findChildren<QDockWidget *>())
        lines << QStringLiteral("  %1 minimum %2").arg(dock->objectName(), sizeText(dock->minimumSizeHint()));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class tst_WindowLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void freshWindowFitsItsScreen();
    void minimumSizeFitsALaptopScreen();
    void projectDockShowsFileNames();

private:
    std::unique_ptr<MainWindow> openWindow();

    QTemporaryDir m_dir;
    QString m_project;
};

void tst_WindowLayout::initTestCase()
{
    // Fresh settings: no saved geometry, no saved dock layout.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StratusTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowlayout"));
    QSettings().clear();
    const QString example = QDir(sourceDir()).filePath(QStringLiteral("resources/examples/basic"));
    QVERIFY2(QFileInfo::exists(example + QStringLiteral("/stratus.json")), qPrintable(example));
    m_project = m_dir.filePath(QStringLiteral("example"));
    const Status created = ProjectTemplate::create(example, m_project);
    QVERIFY2(created, qPrintable(created.errorMessage()));
}

std::unique_ptr<MainWindow> tst_WindowLayout::openWindow()
{
    MainWindow::Options options;
    options.supervisor.binDir = binDir();
    auto window = std::make_unique<MainWindow>(WorkbenchSettings{}, options);
    const Status opened = window->openProject(m_project);
    if (!opened)
        qWarning("%s", qPrintable(opened.errorMessage()));
    return opened ? std::move(window) : nullptr;
}

void tst_WindowLayout::freshWindowFitsItsScreen()
{
    // The first-run size comes from the screen; only the window's own minimum may exceed it.
    const auto window = openWindow();
    QVERIFY(window);
    const QSize available = window->screen()->availableGeometry().size();
    const QSize allowed = available.expandedTo(window->minimumSizeHint());
    QVERIFY2(window->width() <= allowed.width() && window->height() <= allowed.height(),
             qPrintable(QStringLiteral("screen %1\n%2").arg(sizeText(available), describeMinimums(*window))));
}

void tst_WindowLayout::minimumSizeFitsALaptopScreen()
{
    const auto window = openWindow();
    QVERIFY(window);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const QSize laptop(1366, 768);
    QVERIFY2(window->minimumSizeHint().boundedTo(laptop) == window->minimumSizeHint(),
             qPrintable(describeMinimums(*window)));
    QVERIFY2(window->minimumSize().boundedTo(laptop) == window->minimumSize(),
             qPrintable(describeMinimums(*window)));
    // The filters learn processes and functions as the cluster runs: long names do not widen
    // the panels, and the window, not even once a theme switch has the widgets measured again.
    const QSize before = window->minimumSizeHint();
    const QString longName = QStringLiteral("invoker.a-function-with-a-rather-long-name-warm.12");
    window->logsPanel()->processFilter()->addKey(longName);
    window->invocationsPanel()->functionFilter()->addKey(longName);
    applyTheme(WorkbenchSettings::Theme::Light);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCOMPARE(window->minimumSizeHint(), before);
}

void tst_WindowLayout::projectDockShowsFileNames()
{
    const auto window = openWindow();
    QVERIFY(window);
    window->resize(1400, 900);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QCOMPARE(window->size(), QSize(1400, 900));
    auto *project = window->findChild<QDockWidget *>(QStringLiteral("projectDock"));
    QVERIFY(project);
    // The default dock sizes are set once the window has its size, from the event loop.
    QTRY_VERIFY2(project->width() >= 200, qPrintable(QStringLiteral("project dock %1 px wide\n%2")
                                                         .arg(project->width())
                                                         .arg(describeMinimums(*window))));
    // Every name shown, the top folders open, is whole: not elided.
    QTreeView *tree = window->projectPanel()->view();
    const QAbstractItemModel *model = tree->model();
    QTRY_VERIFY(model->rowCount() > 0);
    QTRY_VERIFY(tree->isExpanded(model->index(0, ProjectModel::NameColumn)));
    int checked = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex top = model->index(row, ProjectModel::NameColumn);
        QModelIndexList names{top};
        for (int child = 0; child < model->rowCount(top); ++child)
            names << model->index(child, ProjectModel::NameColumn, top);
        for (const QModelIndex &name : names) {
            QVERIFY2(tree->visualRect(name).width() >= tree->sizeHintForIndex(name).width(),
                     qPrintable(QStringLiteral("'%1' needs %2 px, has %3; project dock %4 px wide")
                                    .arg(name.data().toString())
                                    .arg(tree->sizeHintForIndex(name).width())
                                    .arg(tree->visualRect(name).width())
                                    .arg(project->width())));
            ++checked;
        }
    }
    QVERIFY(checked > 10); // the example's folders, files and functions
}

QTEST_MAIN(tst_WindowLayout)
#include "tst_windowlayout.moc"
