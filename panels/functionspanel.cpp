#include "functionspanel.h"

#include "functioncaller.h"
#include "manifesteditor.h"
#include "offthread.h"
#include "registrymodel.h"
#include "sourcefile.h"

#include <QAction>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Stratus {

FunctionsPanel::FunctionsPanel(RegistryModel *model, std::function<QString()> brokerUrl,
                               std::function<QString()> projectDir, QWidget *parent)
    : QWidget(parent), m_model(model), m_brokerUrl(std::move(brokerUrl)), m_projectDir(std::move(projectDir)),
      m_status(new QLabel(this)), m_view(new QTableView(this)), m_details(new QPlainTextEdit(this)),
      m_saveEntry(new QPushButton(tr("Save Entry"), this)),
      m_openSource(new QPushButton(tr("Open Source"), this)), m_payload(new QPlainTextEdit(this)),
      m_load(new QPushButton(tr("Load…"), this)), m_timeout(new QSpinBox(this)),
      m_invoke(new QPushButton(tr("Invoke"), this)), m_stress(new QPushButton(tr("Stress Test"), this)),
      m_resultStatus(new QLabel(this)), m_result(new QPlainTextEdit(this)), m_tabs(new QTabWidget(this))
{
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_details->setFont(fixed);
    m_details->setPlaceholderText(tr("Select an entry to see its details."));
    m_details->setToolTip(tr("A service's entry can be edited here and saved to the registry."));
    m_saveEntry->setToolTip(tr("Write this service entry to the registry (refused if it changed meanwhile)"));
    m_openSource->setToolTip(tr("Edit the source this function runs"));

    m_payload->setFont(fixed);
    // A few lines of event are enough to see; the result below gets the room.
    m_payload->setMaximumHeight(QFontMetrics(fixed).lineSpacing() * 6 + 12);
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 4);
    m_payload->setPlaceholderText(tr("The event: JSON or any text"));
    m_payload->setPlainText(QStringLiteral("{\"hello\": \"world\"}"));
    m_timeout->setRange(100, 600000);
    m_timeout->setValue(10000);
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setToolTip(tr("How long to wait for the reply"));
    m_result->setFont(fixed);
    m_result->setReadOnly(true);
    m_result->setPlaceholderText(tr("The result or the error appears here."));
    m_resultStatus->setTextFormat(Qt::PlainText);
    m_resultStatus->setWordWrap(true);

    auto *detailsButtons = new QHBoxLayout;
    detailsButtons->addWidget(m_openSource);
    detailsButtons->addStretch(1);
    detailsButtons->addWidget(m_saveEntry);
    auto *detailsBox = new QWidget;
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->addWidget(m_details, 1);
    detailsLayout->addLayout(detailsButtons);

    auto *invokeButtons = new QHBoxLayout;
    invokeButtons->addWidget(m_load);
    invokeButtons->addStretch(1);
    invokeButtons->addWidget(new QLabel(tr("Timeout:")));
    invokeButtons->addWidget(m_timeout);
    invokeButtons->addWidget(m_invoke);
    invokeButtons->addWidget(m_stress);
    auto *invokeBox = new QWidget;
    auto *invokeLayout = new QVBoxLayout(invokeBox);
    invokeLayout->addWidget(m_payload, 1);
    invokeLayout->addLayout(invokeButtons);
    invokeLayout->addWidget(m_resultStatus);
    invokeLayout->addWidget(m_result, 2);

    // The dock is usually narrow: the table takes the width, invoke and details are tabs below.
    m_tabs->addTab(invokeBox, tr("Invoke"));
    m_tabs->addTab(detailsBox, tr("Details"));
    auto *bottom = m_tabs;
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_view);
    split->addWidget(bottom);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(model, &RegistryModel::statusChanged, this, &FunctionsPanel::updateStatus);
    connect(model, &QAbstractItemModel::rowsInserted, this, &FunctionsPanel::updateStatus);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &FunctionsPanel::updateStatus);
    connect(model, &QAbstractItemModel::modelReset, this, &FunctionsPanel::updateStatus);
    connect(model, &QAbstractItemModel::dataChanged, this, &FunctionsPanel::showCurrent);
    connect(model, &RegistryModel::entrySaved, this, [this](const Status &result) {
        m_resultStatus->setText(result ? tr("Entry saved.")
                                       : tr("Entry not saved: %1").arg(result.errorMessage()));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FunctionsPanel::showCurrent);
    connect(m_invoke, &QPushButton::clicked, this, &FunctionsPanel::invoke);
    // Stress Test: a button beside Invoke and the table's context menu.
    m_stress->setToolTip(tr("Load-test the selected function or flow with the default profile"));
    auto *stressAction = new QAction(tr("Stress Test"), m_view);
    connect(stressAction, &QAction::triggered, this, &FunctionsPanel::requestStressTest);
    m_view->addAction(stressAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_stress, &QPushButton::clicked, this, &FunctionsPanel::requestStressTest);
    connect(m_saveEntry, &QPushButton::clicked, this, &FunctionsPanel::saveEntry);
    connect(m_openSource, &QPushButton::clicked, this, &FunctionsPanel::openSource);
    connect(m_load, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load Payload"), m_projectDir());
        if (!path.isEmpty())
            loadPayload(path);
    });
    updateStatus();
}

void FunctionsPanel::requestStressTest()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const RegistryEntry entry = m_model->entry(row);
    if (entry.kind == RegistryEntry::Kind::Function)
        emit stressTestRequested(entry.id);
    else if (entry.kind == RegistryEntry::Kind::Flow)
        emit stressTestRequested(QStringLiteral("flow:") + entry.id);
}

int FunctionsPanel::currentRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() && m_model && current.row() < m_model->rowCount() ? current.row() : -1;
}

bool FunctionsPanel::selectEntry(const QString &name)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->entry(row).id == name) {
            m_view->selectRow(row);
            m_view->setCurrentIndex(m_model->index(row, RegistryModel::NameColumn));
            return true;
        }
    }
    return false;
}

void FunctionsPanel::loadPayload(const QString &path)
{
    // An event file is small; SourceFile refuses one above its limit rather than stall here.
    auto contents = SourceFile::read(path);
    if (!contents) {
        m_resultStatus->setText(contents.errorMessage());
        return;
    }
    m_payload->setPlainText(QString::fromUtf8(*contents));
}

void FunctionsPanel::updateStatus()
{
    if (m_model)
        m_status->setText(m_model->statusText());
    showCurrent();
}

void FunctionsPanel::showCurrent()
{
    const int row = currentRow();
    if (row < 0) {
        m_details->clear();
        m_saveEntry->setEnabled(false);
        m_openSource->setEnabled(false);
        m_invoke->setEnabled(false);
        return;
    }
    const RegistryEntry &entry = m_model->entry(row);
    // Keep an edit in progress: a live update of another entry must not wipe it.
    if (!m_details->document()->isModified() || m_details->property("entryId").toString() != entry.id) {
        m_details->setPlainText(QString::fromUtf8(QJsonDocument(entry.data).toJson(QJsonDocument::Indented)));
        m_details->document()->setModified(false);
        m_details->setProperty("entryId", entry.id);
    }
    const bool isService = entry.kind == RegistryEntry::Kind::Service;
    const bool isFunction = entry.kind == RegistryEntry::Kind::Function;
    // Only a function can be invoked: for anything else the details are what there is to see.
    if (!isFunction)
        m_tabs->setCurrentWidget(m_details->parentWidget());
    m_details->setReadOnly(!(isService && m_model->source() == RegistryModel::Source::Registry));
    m_saveEntry->setEnabled(isService && m_model->source() == RegistryModel::Source::Registry);
    m_openSource->setEnabled(isFunction &&
                             !ManifestEditor::sourceFileOf(entry.data, m_projectDir()).isEmpty());
    m_invoke->setEnabled(isFunction);
}

void FunctionsPanel::saveEntry()
{
    const int row = currentRow();
    if (row < 0)
        return;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(m_details->toPlainText().toUtf8(), &error);
    if (!document.isObject()) {
        m_resultStatus->setText(error.error != QJsonParseError::NoError
                                    ? tr("Entry not saved: %1").arg(error.errorString())
                                    : tr("Entry not saved: it must be a JSON object."));
        return;
    }
    const RegistryEntry &entry = m_model->entry(row);
    m_details->document()->setModified(false);
    m_model->saveEntry(entry.kind, document.object(), entry.revision);
}

void FunctionsPanel::openSource()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString path = ManifestEditor::sourceFileOf(m_model->entry(row).data, m_projectDir());
    if (!path.isEmpty())
        emit openSourceRequested(path);
}

void FunctionsPanel::invoke()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const RegistryEntry &entry = m_model->entry(row);
    QString subject = entry.data.value(QStringLiteral("trigger")).toString();
    if (subject.isEmpty())
        subject = QStringLiteral("fn.") + entry.id;
    m_invoke->setEnabled(false);
    m_resultStatus->setText(tr("Invoking %1 on %2…").arg(entry.id, subject));
    m_resultStatus->setStyleSheet(QString());
    m_result->clear();
    runOffThread(
        this,
        [url = m_brokerUrl(), subject, payload = m_payload->toPlainText().toUtf8(),
         timeout = m_timeout->value()] { return FunctionCaller::call(url, subject, payload, timeout); },
        [this](const Result<FunctionCaller::Outcome> &outcome) {
            m_invoke->setEnabled(currentRow() >= 0);
            if (!outcome) {
                m_resultStatus->setText(tr("Failed: %1").arg(outcome.errorMessage()));
                m_resultStatus->setStyleSheet(QStringLiteral("color: #c62828;"));
                emit invoked();
                return;
            }
            const bool ok = outcome->status == "ok";
            const QString duration = outcome->durationUs >= 0
                                         ? tr("%1 ms").arg(outcome->durationUs / 1000.0, 0, 'f', 1)
                                         : tr("unknown");
            QString text = tr("Stratus-Status: %1 · duration %2 · round trip %3 ms · %4")
                               .arg(QString::fromUtf8(outcome->status), duration)
                               .arg(outcome->roundTripUs / 1000.0, 0, 'f', 1)
                               .arg(outcome->cold ? tr("cold") : tr("warm"));
            if (!outcome->exitCode.isEmpty())
                text += tr(" · exit code %1").arg(QString::fromUtf8(outcome->exitCode));
            m_resultStatus->setText(text);
            m_resultStatus->setStyleSheet(ok ? QString() : QStringLiteral("color: #c62828;"));
            m_result->setPlainText(QString::fromUtf8(outcome->body));
            emit invoked();
        });
}

} // namespace Stratus
