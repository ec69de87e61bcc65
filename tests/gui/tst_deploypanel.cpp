// The Deploy panel with real widgets (offscreen) against a real remote cluster on loopback
// (tests/deploy/remotecluster.h: authenticated broker, registry, two agents, bare git remote):
// the target shows as reachable with its nodes; Deploy with a message shows every node's
// progress and ends with the release running on both; the history lists the releases with
// the diff from one to the project; Rollback brings the old release back; a refused password
// and an invalid target say what is wrong. Screenshots deploy-*.png (tests/gui/screenshot.h).

#include "deploymodel.h"
#include "deploypanel.h"
#include "deploytargetdialog.h"
#include "mainwindow.h"
#include "natsclient.h"
#include "protocol.h"
#include "remotecluster.h"
#include "screenshot.h"
#include "secretstore.h"
#include "testbroker.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace Stratus;
using namespace Stratus::Test;

class tst_DeployPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void showsTargetAndNodes();
    void deployFromPanel();
    void historyAndDiff();
    void rollbackFromPanel();
    void refusedPasswordSaysSo();
    void targetDialogRefusesBadInput();
    void hostedByTheWindow();

private:
    QString nodeRelease(int row) const { return m_panel->nodesTable()->item(row, 1)->text(); }
    QByteArray invoke(const QString &subject, const QByteArray &data);
    void deployWithMessage(const QString &message);

    std::unique_ptr<RemoteCluster> m_remote;
    std::unique_ptr<DeployModel> m_model;
    std::unique_ptr<DeployPanel> m_panel;
    QStringList m_releases; // oldest first
};

QByteArray tst_DeployPanel::invoke(const QString &subject, const QByteArray &data)
{
    auto client = NatsClient::connect(m_remote->authenticatedUrl());
    if (!client)
        return client.errorMessage().toUtf8();
    const auto reply = client->request(subject, data, 10000);
    return reply ? reply->data : reply.errorMessage().toUtf8();
}

void tst_DeployPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StratusTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_deploypanel"));
    QSettings().clear();
    m_remote = std::make_unique<RemoteCluster>();
    QVERIFY2(m_remote->start(), qPrintable(m_remote->errorString()));
    // The model reads the password where the cluster stored it: a 0600 file, as without a keychain.
    qputenv("STRATUS_SECRETS_FILE", m_remote->secretsFile().toUtf8());
    qputenv("STRATUS_SECRET_STORE", "file");
    m_model = std::make_unique<DeployModel>();
    m_panel = std::make_unique<DeployPanel>(m_model.get());
    m_panel->resize(1280, 860);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void tst_DeployPanel::cleanupTestCase()
{
    m_panel.reset();
    m_model.reset();
    m_remote.reset();
}

void tst_DeployPanel::showsTargetAndNodes()
{
    m_model->setProject(m_remote->projectDir());
    QCOMPARE(m_panel->targetCombo()->count(), 1);
    QCOMPARE(m_panel->currentTarget(), QLatin1String(RemoteCluster::TargetName));
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->reachLabel()->text().startsWith(QLatin1String("Reachable: 2 node(s)")),
                             20000);
    QCOMPARE(m_panel->nodesTable()->rowCount(), 2);
    QCOMPARE(m_panel->nodesTable()->item(0, 0)->text(), QStringLiteral("node-a"));
    QCOMPARE(nodeRelease(0), QStringLiteral("(none)"));
    QCOMPARE(m_panel->releasesTable()->rowCount(), 0);
    QVERIFY(m_panel->deployButton()->isEnabled());
    QVERIFY(!m_panel->rollbackButton()->isEnabled());
}

void tst_DeployPanel::deployWithMessage(const QString &message)
{
    m_panel->messageEdit()->clear();
    QTest::keyClicks(m_panel->messageEdit(), message);
    QTest::mouseClick(m_panel->deployButton(), Qt::LeftButton);
    QVERIFY(!m_panel->deployButton()->isEnabled()); // one deploy at a time
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->deployButton()->isEnabled(), 120000);
    QVERIFY2(m_panel->resultLabel()->text().contains(QLatin1String("runs on node-a, node-b")),
             qPrintable(m_panel->resultLabel()->text() + u'\n' + m_panel->progressLog()->toPlainText()));
    // The refresh after the deploy shows the new release on both nodes.
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->releasesTable()->rowCount() == m_releases.size() + 1, 20000);
    m_releases << m_panel->releasesTable()->item(0, 0)->text();
    QTRY_COMPARE_WITH_TIMEOUT(nodeRelease(0), m_releases.last(), 20000);
    QCOMPARE(nodeRelease(1), m_releases.last());
}

void tst_DeployPanel::deployFromPanel()
{
    deployWithMessage(QStringLiteral("First release from the workbench"));
    const QString log = m_panel->progressLog()->toPlainText();
    for (const QString &line :
         {QStringLiteral("pushed"), QStringLiteral("node-a      fetched"),
          QStringLiteral("node-b      validated"), QStringLiteral("node-a      registered"),
          QStringLiteral("node-b      started"), QStringLiteral("node-a      done")})
        QVERIFY2(log.contains(line), qPrintable(line + QStringLiteral(" missing from:\n") + log));
    QCOMPARE(invoke(QStringLiteral("fn.echo-sh"), "hello"), QByteArray("hello"));
    QVERIFY(!saveScreenshot(m_panel.get(), QStringLiteral("deploy-progress")).isEmpty());
}

void tst_DeployPanel::historyAndDiff()
{
    QFile echo(QDir(m_remote->projectDir()).filePath(QStringLiteral("functions/echo.sh")));
    QVERIFY(echo.open(QIODevice::ReadOnly));
    QByteArray source = echo.readAll();
    echo.close();
    source.replace("handler() {\n    cat\n}", "handler() {\n    printf 'v2:'\n    cat\n}");
    QVERIFY(source.contains("printf 'v2:'"));
    QVERIFY(echo.open(QIODevice::WriteOnly | QIODevice::Truncate));
    echo.write(source);
    echo.close();
    deployWithMessage(QStringLiteral("Echo says which version it is"));
    QCOMPARE(invoke(QStringLiteral("fn.echo-sh"), "hello"), QByteArray("v2:hello"));

    QCOMPARE(m_panel->releasesTable()->item(0, 3)->text(), QStringLiteral("Echo says which version it is"));
    QCOMPARE(m_panel->releasesTable()->item(0, 2)->text(), QStringLiteral("node-a, node-b"));
    QVERIFY(m_panel->selectRelease(m_releases.first()));
    QTest::mouseClick(m_panel->diffButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->diffView()->toPlainText().contains(QLatin1String("+    printf 'v2:'")),
                             20000);
    QVERIFY(m_panel->diffView()->toPlainText().contains(QLatin1String("functions/echo.sh")));
    QVERIFY(!saveScreenshot(m_panel.get(), QStringLiteral("deploy-history")).isEmpty());
}

void tst_DeployPanel::rollbackFromPanel()
{
    QVERIFY(m_panel->selectRelease(m_releases.first()));
    QVERIFY(m_panel->rollbackButton()->isEnabled());
    QTest::mouseClick(m_panel->rollbackButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->deployButton()->isEnabled(), 120000);
    QVERIFY2(m_panel->resultLabel()->text().contains(
                 QStringLiteral("release %1 runs on node-a, node-b").arg(m_releases.first())),
             qPrintable(m_panel->resultLabel()->text()));
    QTRY_COMPARE_WITH_TIMEOUT(nodeRelease(0), m_releases.first(), 20000);
    QCOMPARE(nodeRelease(1), m_releases.first());
    QCOMPARE(invoke(QStringLiteral("fn.echo-sh"), "hello"), QByteArray("hello"));
}

void tst_DeployPanel::refusedPasswordSaysSo()
{
    SecretStore::Options options;
    options.filePath = m_remote->secretsFile();
    options.useKeychain = false;
    const SecretStore store(options);
    const QString key = SecretStore::keyFor(m_remote->projectDir(), QLatin1String(RemoteCluster::TargetName),
                                            QStringLiteral("nats"));
    QVERIFY(store.write(key, QStringLiteral("wrong-one")));
    QTest::mouseClick(m_panel->refreshButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->reachLabel()->text().contains(QLatin1String("authentication failed")),
                             20000);
    QVERIFY(!m_panel->reachLabel()->text().contains(QLatin1String("wrong-one")));
    // A deploy with it stops before anything leaves: the nodes keep their release.
    QTest::keyClicks(m_panel->messageEdit(), QStringLiteral(" (refused)"));
    QTest::mouseClick(m_panel->deployButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->deployButton()->isEnabled(), 30000);
    QVERIFY2(m_panel->resultLabel()->text().contains(QLatin1String("authentication failed")),
             qPrintable(m_panel->resultLabel()->text()));
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->reachLabel()->text().startsWith(QLatin1String("Unreachable")), 20000);
    QVERIFY(!saveScreenshot(m_panel.get(), QStringLiteral("deploy-error")).isEmpty());
    QCOMPARE(m_remote->remoteTags().size(), m_releases.size());
    QVERIFY(store.write(key, QLatin1String(RemoteCluster::Password)));
    QTest::mouseClick(m_panel->refreshButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->reachLabel()->text().startsWith(QLatin1String("Reachable")), 20000);
    QCOMPARE(nodeRelease(0), m_releases.first());
}

void tst_DeployPanel::targetDialogRefusesBadInput()
{
    DeployTargetDialog dialog(m_remote->target(), false);
    dialog.natsEdit()->setText(QStringLiteral("http://not-nats"));
    dialog.gitRemoteEdit()->clear();
    dialog.show();
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.problemLabel()->text().contains(
                 QLatin1String("nats: \"http://not-nats\" is not a nats:// or tls:// URL")),
             qPrintable(dialog.problemLabel()->text()));
    QVERIFY(dialog.problemLabel()->text().contains(QLatin1String("git.remote: must name the git remote")));
    dialog.natsEdit()->setText(m_remote->natsUrl());
    dialog.gitRemoteEdit()->setText(m_remote->gitRemote());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.target(), m_remote->target());
    QVERIFY(!dialog.natsSecret()); // nothing typed: the stored password stays
}

void tst_DeployPanel::hostedByTheWindow()
{
    MainWindow::Options options;
    options.supervisor.binDir = binDir();
    MainWindow window(WorkbenchSettings{}, options);
    QVERIFY(window.deployPanel());
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("deployDock")));
    QVERIFY(window.openProject(m_remote->projectDir()));
    QTRY_COMPARE_WITH_TIMEOUT(window.deployModel()->targets().size(), 1, 10000);
}

QTEST_MAIN(tst_DeployPanel)
#include "tst_deploypanel.moc"
