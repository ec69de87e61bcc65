#include "debuggerpanel.h"

#include "debugwrapper.h"
#include "eventmodel.h"
#include "eventstore.h"
#include "flow.h"
#include "flowdebugsession.h"
#include "flowstepview.h"
#include "jsondiff.h"
#include "jsoneditor.h"
#include "offthread.h"
#include "savedevents.h"
#include "savedeventsrunner.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextEdit>
#include <QVBoxLayout>

namespace Stratus {

namespace {

constexpr int PollMs = 2000;
constexpr int PageSize = 500;
const QString ErrorStyle = QStringLiteral("color: #b02020;");
const QString OkStyle = QStringLiteral("color: #1a7f37;");

// JSON indented so the two sides line up; anything else as it is.
QString pretty(const QByteArray &bytes)
{
    QJsonValue value;
    if (!JsonDiff::parse(bytes, &value) || !(value.isObject() || value.isArray()))
        return QString::fromUtf8(bytes);
    const QJsonDocument doc =
        value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(value.toArray());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

QPlainTextEdit *readOnlyText(const QString &objectName)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}

QWidget *titled(const QString &title, QWidget *widget)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    layout->addWidget(label);
    layout->addWidget(widget, 1);
    return box;
}

} // namespace

struct DebuggerPanel::Loaded
{
    QString error;
    QList<RecordedEvent> events;
    std::optional<EventRecorder::State> state;
    std::optional<Manifest> manifest;
    QString manifestError;
};

DebuggerPanel::DebuggerPanel(std::function<QString()> natsUrl, std::function<QString()> projectDir,
                             QWidget *parent)
    : QWidget(parent), m_natsUrl(std::move(natsUrl)), m_projectDir(std::move(projectDir)),
      m_model(new EventModel(this)), m_replayer(new FunctionReplayer(this)),
      m_savedRunner(new SavedEventsRunner(this)), m_flowSession(new FlowDebugSession(this)),
      m_search(new QLineEdit), m_filter(new QComboBox), m_refresh(new QPushButton(tr("Refresh"))),
      m_older(new QPushButton(tr("Load Older"))), m_pause(new QPushButton(tr("Pause Recording"))),
      m_clear(new QPushButton(tr("Clear…"))), m_recorder(new QLabel), m_view(new QTableView),
      m_tabs(new QTabWidget), m_input(new JsonEditor),
      m_recordedOutput(readOnlyText(QStringLiteral("recordedOutput"))),
      m_replayOutput(readOnlyText(QStringLiteral("replayOutput"))), m_diff(new QTextEdit),
      m_diffSummary(new QLabel), m_debugBanner(new QLabel), m_replay(new QPushButton(tr("Replay"))),
      m_runEdited(new QPushButton(tr("Run Edited Input"))), m_debug(new QPushButton(tr("Debug…"))),
      m_cancel(new QPushButton(tr("Cancel"))), m_save(new QPushButton(tr("Save as Test Event…"))),
      m_runSaved(new QPushButton(tr("Run Saved Events"))), m_savedTable(new QTableWidget(0, 4)),
      m_flowView(new FlowStepView(m_flowSession))
{
    setObjectName(QStringLiteral("debuggerPanel"));
    m_search->setPlaceholderText(tr("Search ids, inputs, outputs, stderr…"));
    m_search->setClearButtonEnabled(true);
    m_filter->setMinimumContentsLength(18);
    m_recorder->setObjectName(QStringLiteral("recorderState"));
    m_pause->setCheckable(true);
    m_top = new QGridLayout;
    placeTopRow(Qt::Horizontal);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);

    // The details.
    for (const auto &[name, title] : {std::pair{QStringLiteral("summaryText"), tr("Timings")},
                                      std::pair{QStringLiteral("inputText"), tr("Input")},
                                      std::pair{QStringLiteral("outputText"), tr("Output")},
                                      std::pair{QStringLiteral("stderrText"), tr("Stderr")},
                                      std::pair{QStringLiteral("environmentText"), tr("Environment")}}) {
        QPlainTextEdit *edit = readOnlyText(name);
        m_textTabs << edit;
        m_tabs->addTab(edit, title);
    }

    // Replay: the input (editable) | the recorded output | the new one, the differences below.
    m_diff->setReadOnly(true);
    m_diff->setObjectName(QStringLiteral("diffView"));
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diffSummary->setObjectName(QStringLiteral("diffSummary"));
    m_diffSummary->setWordWrap(true);
    m_diffSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_debugBanner->setObjectName(QStringLiteral("debugBanner"));
    m_debugBanner->setWordWrap(true);
    m_debugBanner->setStyleSheet(
        QStringLiteral("background: #fff4d6; border: 1px solid #e0b84c; padding: 4px;"));
    m_debugBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_debugBanner->hide();
    m_replay->setToolTip(tr("Run the function locally with the recorded input (Ctrl+R)"));
    m_runEdited->setToolTip(tr("Run the function locally with the input as edited"));
    m_debug->setToolTip(tr("Replay under the function's external debugger (its \"debug\" in stratus.json)"));
    auto *replayButtons = new QHBoxLayout;
    replayButtons->addWidget(m_replay);
    replayButtons->addWidget(m_runEdited);
    replayButtons->addWidget(m_debug);
    replayButtons->addWidget(m_cancel);
    replayButtons->addStretch(1);
    m_replaySides = new QSplitter(Qt::Horizontal);
    m_replaySides->addWidget(titled(tr("Input"), m_input));
    m_replaySides->addWidget(titled(tr("Recorded output"), m_recordedOutput));
    m_replaySides->addWidget(titled(tr("Replayed output"), m_replayOutput));
    m_replaySides->setSizes({400, 400, 400});
    auto *replaySplit = new QSplitter(Qt::Vertical);
    replaySplit->addWidget(m_replaySides);
    auto *diffBox = new QWidget;
    auto *diffLayout = new QVBoxLayout(diffBox);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addWidget(m_diffSummary);
    diffLayout->addWidget(m_diff, 1);
    replaySplit->addWidget(diffBox);
    replaySplit->setStretchFactor(0, 3);
    replaySplit->setStretchFactor(1, 2);
    auto *replayTab = new QWidget;
    auto *replayLayout = new QVBoxLayout(replayTab);
    replayLayout->addLayout(replayButtons);
    replayLayout->addWidget(m_debugBanner);
    replayLayout->addWidget(replaySplit, 1);
    m_tabs->addTab(replayTab, tr("Replay"));

    // Saved test events of the selected function.
    m_savedTable->setObjectName(QStringLiteral("savedEvents"));
    m_savedTable->setHorizontalHeaderLabels({tr("Test event"), tr("Result"), tr("Duration"), tr("Details")});
    m_savedTable->horizontalHeader()->setStretchLastSection(true);
    m_savedTable->verticalHeader()->hide();
    m_savedTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *savedButtons = new QHBoxLayout;
    savedButtons->addWidget(m_save);
    savedButtons->addWidget(m_runSaved);
    savedButtons->addStretch(1);
    auto *savedTab = new QWidget;
    auto *savedLayout = new QVBoxLayout(savedTab);
    savedLayout->addLayout(savedButtons);
    savedLayout->addWidget(m_savedTable, 1);
    m_tabs->addTab(savedTab, tr("Test Events"));
    m_tabs->addTab(m_flowView, tr("Flow Run"));

    m_split = new QSplitter(Qt::Horizontal);
    m_split->addWidget(m_view);
    m_split->addWidget(m_tabs);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 3);
    m_split->setSizes({620, 900}); // the list shows its columns up to the status and duration
    // The splitter's and the button rows' sums would otherwise set the dock's minimum and
    // force the whole window wider when this panel shares a dock area.
    setMinimumSize(360, 180);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_top);
    layout->addWidget(m_recorder);
    layout->addWidget(m_split, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_older);
    bottom->addStretch(1);
    layout->addLayout(bottom);
    m_older->setToolTip(tr("List the next %1 older events").arg(PageSize));

    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &DebuggerPanel::replay);
    connect(m_replay, &QPushButton::clicked, this, &DebuggerPanel::replay);
    connect(m_runEdited, &QPushButton::clicked, this, &DebuggerPanel::runEdited);
    connect(m_debug, &QPushButton::clicked, this, &DebuggerPanel::debug);
    connect(m_cancel, &QPushButton::clicked, this, &DebuggerPanel::cancelRun);
    connect(m_runSaved, &QPushButton::clicked, this, &DebuggerPanel::runSavedEvents);
    connect(m_save, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(
            this, tr("Save as Test Event"),
            tr("Name (saved as events/%1/NAME.json):").arg(m_current ? m_current->name : QString()),
            QLineEdit::Normal, {}, &ok);
        if (ok && !name.isEmpty())
            saveAsTestEvent(name);
    });
    connect(m_refresh, &QPushButton::clicked, this, &DebuggerPanel::refresh);
    connect(m_older, &QPushButton::clicked, this, &DebuggerPanel::loadOlder);
    connect(m_pause, &QPushButton::clicked, this, [this](bool checked) { setPaused(checked); });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Clear recorded events"),
                                  tr("Drop every recorded invocation and flow run of this cluster?")) ==
            QMessageBox::Yes)
            clearRecorded();
    });
    connect(m_input, &JsonEditor::acceptableChanged, this, &DebuggerPanel::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DebuggerPanel::showSelected);
    connect(m_replayer, &FunctionReplayer::finished, this, &DebuggerPanel::onReplayed);
    connect(m_replayer, &FunctionReplayer::waitingForDebugger, this,
            [this](const QString &, const QString &hint) {
                m_debugBanner->setText(
                    tr("%1. The replay waits for it, then runs at the debugger's pace; Cancel "
                       "stops it.")
                        .arg(hint));
                m_debugBanner->show();
            });
    connect(m_replayer, &FunctionReplayer::debuggerAttached, this, [this] {
        m_debugBanner->setText(tr("Debugger attached: the function runs at your debugger's pace."));
    });
    connect(m_savedRunner, &SavedEventsRunner::eventFinished, this, [this](const SavedEventOutcome &o) {
        const int row = m_savedTable->rowCount();
        m_savedTable->insertRow(row);
        m_savedTable->setItem(row, 0, new QTableWidgetItem(o.event.name));
        auto *result = new QTableWidgetItem(o.passed ? tr("pass") : tr("FAIL"));
        result->setForeground(o.passed ? QColor(0x1a, 0x7f, 0x37) : QColor(0xb0, 0x20, 0x20));
        m_savedTable->setItem(row, 1, result);
        m_savedTable->setItem(row, 2, new QTableWidgetItem(EventModel::durationText(o.result.durationUs)));
        auto *verdict = new QTableWidgetItem(o.verdict.section(QLatin1Char('\n'), 0, 0));
        verdict->setToolTip(o.verdict);
        m_savedTable->setItem(row, 3, verdict);
    });
    connect(m_savedRunner, &SavedEventsRunner::finished, this,
            [this](const QList<SavedEventOutcome> &outcomes, const QString &error) {
                if (!error.isEmpty())
                    showError(error);
                const auto passed = std::count_if(outcomes.cbegin(), outcomes.cend(),
                                                  [](const SavedEventOutcome &o) { return o.passed; });
                updateButtons();
                emit savedEventsFinished(int(passed), int(outcomes.size() - passed));
            });
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_filter, &QComboBox::activated, this, [this] { load(Load::Full); });
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(300);
    connect(&m_searchDelay, &QTimer::timeout, this, [this] { load(Load::Full); });
    m_pollTimer.setInterval(PollMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &DebuggerPanel::poll);
    m_pollTimer.start();
    m_filter->addItem(tr("All events"));
    updateButtons();
    refresh();
}

DebuggerPanel::~DebuggerPanel() = default;

QPlainTextEdit *DebuggerPanel::textTab(Tab tab) const
{
    return tab <= EnvironmentTab ? m_textTabs.value(tab) : nullptr;
}

const RecordedEvent *DebuggerPanel::currentEvent() const
{
    return m_current ? &*m_current : nullptr;
}

bool DebuggerPanel::isBusy() const
{
    return m_replayer->isRunning() || m_savedRunner->isRunning();
}

QString DebuggerPanel::errorText() const
{
    return m_error;
}

void DebuggerPanel::showError(const QString &message)
{
    m_error = message;
    m_diffSummary->setStyleSheet(ErrorStyle);
    m_diffSummary->setText(message);
    emit errorShown(message);
}

Qt::Orientation DebuggerPanel::layoutOrientation() const
{
    return m_split->orientation();
}

void DebuggerPanel::placeTopRow(Qt::Orientation orientation)
{
    // Narrow, the search field has a row of its own above the filter and the buttons.
    const bool stacked = orientation == Qt::Vertical;
    for (QWidget *w : std::initializer_list<QWidget *>{m_search, m_filter, m_refresh, m_pause, m_clear})
        m_top->removeWidget(w); // re-added below at their new places, not twice
    m_top->addWidget(m_search, 0, 0, 1, stacked ? 4 : 1);
    const int row = stacked ? 1 : 0;
    const int first = stacked ? 0 : 1;
    m_top->addWidget(m_filter, row, first);
    m_top->addWidget(m_refresh, row, first + 1);
    m_top->addWidget(m_pause, row, first + 2);
    m_top->addWidget(m_clear, row, first + 3);
    for (int column = 0; column < 5; ++column)
        m_top->setColumnStretch(column, 0);
    m_top->setColumnStretch(0, stacked ? 1 : 2);
    m_top->setColumnStretch(1, 1);
}

void DebuggerPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Side by side, the list wants about 620 px for its columns up to the duration and the
    // replay's three texts 300 each: narrower, they are stacked rather than squeezed.
    const Qt::Orientation wanted = width() < 1000 ? Qt::Vertical : Qt::Horizontal;
    if (m_split->orientation() == wanted)
        return;
    m_split->setOrientation(wanted);
    m_replaySides->setOrientation(wanted);
    placeTopRow(wanted);
    m_split->setSizes(wanted == Qt::Vertical ? QList<int>{200, 300} : QList<int>{620, 900});
}

void DebuggerPanel::refresh()
{
    load(Load::Full);
}

void DebuggerPanel::loadOlder()
{
    if (m_model->rowCount() > 0)
        load(Load::Older);
}

void DebuggerPanel::poll()
{
    if (isVisible() && !m_natsUrl().isEmpty())
        load(Load::Newer);
}

void DebuggerPanel::load(Load how)
{
    const bool full = how == Load::Full;
    if (m_loading) {
        m_reloadPending = m_reloadPending || full;
        return;
    }
    const QString url = m_natsUrl();
    const QString projectDir = m_projectDir();
    EventQuery query;
    query.text = m_search->text().trimmed();
    const QString filter = m_filter->currentData().toString();
    if (filter.startsWith(QLatin1String("function:")))
        query.function = filter.mid(9);
    else if (filter.startsWith(QLatin1String("flow:")))
        query.flow = filter.mid(5);
    query.limit = PageSize;
    if (how == Load::Newer)
        query.afterSequence = m_model->newestSequence();
    else if (how == Load::Older)
        query.beforeSequence = m_model->oldestSequence();
    m_loading = true;
    runOffThread(
        this,
        [url, projectDir, query, full] {
            Loaded loaded;
            if (full && !projectDir.isEmpty()) {
                auto manifest = Manifest::load(projectDir);
                if (manifest)
                    loaded.manifest = *manifest;
                else
                    loaded.manifestError = manifest.errorMessage();
            }
            if (url.isEmpty()) {
                loaded.error = tr("No cluster is running: start it to see its recorded events.");
                return loaded;
            }
            auto store = EventStore::connect(url);
            if (!store) {
                loaded.error = store.errorMessage();
                return loaded;
            }
            auto state = store->recorder().state();
            if (!state) {
                loaded.error = state.errorMessage();
                return loaded;
            }
            loaded.state = *state;
            auto events = store->list(query);
            if (!events)
                loaded.error = events.errorMessage();
            else
                loaded.events = *events;
            return loaded;
        },
        [this, how](const Loaded &loaded) {
            m_loading = false;
            applyLoaded(loaded, how);
            if (std::exchange(m_reloadPending, false))
                load(Load::Full);
        });
}

void DebuggerPanel::applyLoaded(const Loaded &loaded, Load how)
{
    const bool full = how == Load::Full;
    if (full) {
        m_manifest = loaded.manifest;
        rebuildFilter();
    }
    if (!loaded.error.isEmpty()) {
        m_recorder->setText(loaded.error);
        m_recorder->setStyleSheet(ErrorStyle);
        if (full)
            m_model->clear();
        updateButtons();
        return;
    }
    m_recorder->setStyleSheet({});
    if (loaded.state) {
        const EventRecorder::State &s = *loaded.state;
        m_paused = s.paused;
        m_pause->setChecked(s.paused);
        m_pause->setText(s.paused ? tr("Resume Recording") : tr("Pause Recording"));
        m_recorder->setText(
            tr("Recording %1 · %2 events, %3 of %4 · %5")
                .arg(s.paused ? tr("paused") : tr("on"))
                .arg(s.messages)
                .arg(RecordedEvent::sizeText(s.bytes), RecordedEvent::sizeText(s.limits.maxBytes),
                     s.limits.maxAgeSeconds > 0
                         ? tr("kept %1 h").arg(double(s.limits.maxAgeSeconds) / 3600.0, 0, 'g', 3)
                         : tr("kept until the size limit")));
        if (s.paused)
            m_recorder->setStyleSheet(QStringLiteral("color: #9a6700;"));
    }
    const quint64 selected = m_current ? m_current->sequence : 0;
    if (full) {
        m_model->setEvents(loaded.events);
    } else if (how == Load::Older) {
        m_model->addOlder(loaded.events);
    } else {
        // A clear or expiry leaves fewer than we show: start again.
        if (loaded.state && loaded.state->messages < quint64(m_model->rowCount()) &&
            loaded.state->messages < quint64(PageSize))
            return load(Load::Full);
        m_model->addNewer(loaded.events);
    }
    if (how != Load::Newer)
        m_older->setEnabled(loaded.events.size() >= PageSize);
    if (!m_pendingOpen.isEmpty()) {
        const QString id = std::exchange(m_pendingOpen, QString());
        if (!selectListed(id))
            showError(tr("%1 is not among the recorded events (recorded while paused, expired, or cleared).")
                          .arg(id));
    } else if (selected) {
        const int row = m_model->rowOf(selected);
        if (row >= 0 && m_view->currentIndex().row() != row)
            m_view->setCurrentIndex(m_model->index(row, 0));
    }
    if (full || !loaded.events.isEmpty())
        m_view->resizeColumnsToContents();
    emit eventsLoaded(m_model->rowCount());
}

void DebuggerPanel::rebuildFilter()
{
    const QString current = m_filter->currentData().toString();
    m_filter->clear();
    m_filter->addItem(tr("All events"), QString());
    if (m_manifest) {
        for (const FunctionSpec &f : m_manifest->functions)
            m_filter->addItem(tr("Function: %1").arg(f.name), QStringLiteral("function:") + f.name);
        for (const FlowSpec &f : m_manifest->flows)
            m_filter->addItem(tr("Flow: %1").arg(f.name), QStringLiteral("flow:") + f.name);
    }
    m_filter->setCurrentIndex(std::max(0, m_filter->findData(current)));
}

bool DebuggerPanel::selectListed(const QString &id)
{
    const quint64 sequence = EventStore::sequenceOf(id);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const RecordedEvent &e = m_model->event(row);
        if ((sequence && e.sequence == sequence) || e.id == id) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            m_view->scrollTo(m_model->index(row, 0));
            return true;
        }
    }
    return false;
}

void DebuggerPanel::openEvent(const QString &id)
{
    if (selectListed(id))
        return;
    const quint64 sequence = EventStore::sequenceOf(id);
    // Not listed (filtered out, or older than the page): search for it.
    m_filter->setCurrentIndex(0);
    m_search->blockSignals(true);
    m_search->setText(sequence ? QString() : id);
    m_search->blockSignals(false);
    m_pendingOpen = sequence ? QString() : id;
    if (sequence) {
        const QString url = m_natsUrl();
        runOffThread(
            this,
            [url, sequence]() -> Result<RecordedEvent> {
                auto store = EventStore::connect(url);
                if (!store)
                    return store.error();
                return store->get(sequence);
            },
            [this](const Result<RecordedEvent> &event) {
                if (!event)
                    return showError(event.errorMessage());
                m_current = *event;
                showEventDetails(*event);
            });
        return;
    }
    load(Load::Full);
}

void DebuggerPanel::showSelected()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const RecordedEvent &event = m_model->event(index.row());
    if (m_current && m_current->sequence == event.sequence)
        return;
    m_current = event;
    showEventDetails(event);
}

void DebuggerPanel::showEventDetails(const RecordedEvent &event)
{
    const QJsonObject &r = event.record;
    QStringList summary{
        tr("Event      %1 (%2 %3)").arg(event.eventId(), event.kindName(), event.name),
        tr("Id         %1").arg(event.id),
        tr("Status     %1").arg(event.status),
    };
    if (event.kind == RecordedEvent::Kind::Function) {
        summary << tr("Exit code  %1").arg(event.exitCode())
                << tr("Started    %1")
                       .arg(event.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")))
                << tr("Duration   %1 (from the invoker taking the event to its reply)")
                       .arg(EventModel::durationText(event.durationUs))
                << tr("Start      %1 (%2 mode)")
                       .arg(r.value(QLatin1String("cold")).toBool() ? tr("cold: paid for a process start")
                                                                    : tr("warm: a running worker"),
                            r.value(QLatin1String("mode")).toString())
                << tr("Invoker    %1, process %2")
                       .arg(r.value(QLatin1String("invoker")).toString())
                       .arg(r.value(QLatin1String("pid")).toInteger())
                << tr("Subject    %1").arg(r.value(QLatin1String("subject")).toString())
                << tr("Input      %1")
                       .arg(RecordedEvent::sizeText(r.value(QLatin1String("inputBytes")).toInteger()))
                << tr("Output     %1")
                       .arg(RecordedEvent::sizeText(r.value(QLatin1String("outputBytes")).toInteger()));
    } else {
        summary << tr("Started    %1")
                       .arg(event.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")))
                << tr("Duration   %1").arg(EventModel::durationText(event.durationUs));
        summary << QString() << tr("Node timings:");
        const QJsonArray spans = r.value(QLatin1String("spans")).toArray();
        for (const QJsonValue &v : spans) {
            const QJsonObject s = v.toObject();
            if (s.value(QLatin1String("kind")).toString() == QLatin1String("run"))
                continue;
            QString node = s.value(QLatin1String("node")).toString();
            if (s.contains(QLatin1String("element")))
                node += QStringLiteral("[%1]").arg(s.value(QLatin1String("element")).toInt());
            summary << QStringLiteral("  %1 %2 %3")
                           .arg(node.leftJustified(24),
                                s.value(QLatin1String("status")).toString().leftJustified(8),
                                EventModel::durationText(
                                    qint64(s.value(QLatin1String("endUs")).toDouble() -
                                           s.value(QLatin1String("startUs")).toDouble())));
        }
    }
    if (!event.error().isEmpty())
        summary << QString() << tr("Error: %1").arg(event.error());
    if (!event.inputMarker().isEmpty())
        summary << tr("Input %1").arg(event.inputMarker());
    if (!event.outputMarker().isEmpty())
        summary << tr("Output %1").arg(event.outputMarker());
    m_textTabs[SummaryTab]->setPlainText(summary.join(QLatin1Char('\n')));
    const auto withMarker = [](const QString &marker, const QByteArray &body) {
        return marker.isEmpty() ? pretty(body)
                                : QStringLiteral("[%1]\n\n%2").arg(marker, QString::fromUtf8(body));
    };
    m_textTabs[InputTab]->setPlainText(withMarker(event.inputMarker(), event.input()));
    m_textTabs[OutputTab]->setPlainText(event.status == QLatin1String("ok") ||
                                                event.kind == RecordedEvent::Kind::Flow
                                            ? withMarker(event.outputMarker(), event.output())
                                            : tr("(no output: %1)").arg(event.error()));
    m_textTabs[StderrTab]->setPlainText(event.stderrText().isEmpty() ? tr("(nothing on stderr)")
                                                                     : event.stderrText());
    showEnvironment(event);

    // The replay side starts from the recorded input.
    const QByteArray input = event.input();
    QJsonValue parsed;
    m_input->setJsonRequired(JsonDiff::parse(input, &parsed) || input.isEmpty());
    m_input->setText(input);
    m_recordedOutput->setPlainText(withMarker(event.outputMarker(), event.output()));
    m_replayOutput->clear();
    m_diff->clear();
    m_diffSummary->setStyleSheet({});
    m_diffSummary->setText(
        event.kind == RecordedEvent::Kind::Flow
            ? tr("Flow runs are stepped through on their graph (Flow Run tab); replay runs functions.")
            : tr("Replay runs %1 on this machine with this input (Ctrl+R).").arg(event.name));
    m_savedTable->setRowCount(0);
    m_lastReplay.reset();
    if (event.kind == RecordedEvent::Kind::Flow)
        openFlowRun(event);
    updateButtons();
    emit eventShown(event.sequence);
}

void DebuggerPanel::showEnvironment(const RecordedEvent &event)
{
    QPlainTextEdit *text = m_textTabs[EnvironmentTab];
    if (event.kind != RecordedEvent::Kind::Function) {
        text->setPlainText(
            tr("A flow run has no environment of its own: each node's function runs in its own."));
        return;
    }
    const FunctionSpec *spec = m_manifest ? m_manifest->function(event.name) : nullptr;
    if (!spec) {
        text->setPlainText(
            tr("The open project declares no function %1: its environment is unknown.").arg(event.name));
        return;
    }
    FunctionReplayer::Options options;
    options.requestId = event.id;
    options.subject = event.record.value(QLatin1String("subject")).toString();
    options.natsUrl = m_natsUrl();
    QStringList lines{
        tr("# As the invoker set it, from the manifest's env and this event (a replay uses the same;"),
        tr("# STRATUS_MODE is cold there: one event per process)."), QString()};
    lines << FunctionReplayer::environment(*spec, options);
    lines << QString()
          << tr("# Command: %1 %2 (in %3)")
                 .arg(spec->command, spec->args.join(QLatin1Char(' ')), spec->workingDir);
    if (!spec->debug.runtime.isEmpty())
        lines << tr("# Debugger: %1 on %2:%3, waits %4 ms for it")
                     .arg(spec->debug.runtime, QLatin1String(DebugWrapper::Host))
                     .arg(spec->debug.port)
                     .arg(spec->debug.waitMs);
    text->setPlainText(lines.join(QLatin1Char('\n')));
}

void DebuggerPanel::openFlowRun(const RecordedEvent &event)
{
    const FlowSpec *spec = m_manifest ? m_manifest->flow(event.name) : nullptr;
    const QString file =
        spec ? spec->file : m_projectDir() + QStringLiteral("/flows/%1.flow.json").arg(event.name);
    const QJsonObject record = event.record;
    const quint64 sequence = event.sequence;
    m_flowView->setNatsUrl(m_natsUrl());
    runOffThread(
        this, [file] { return Flow::load(file); },
        [this, record, sequence](const Result<Flow> &flow) {
            if (!m_current || m_current->sequence != sequence)
                return;
            if (!flow)
                return showError(tr("Cannot show the run on its graph: %1").arg(flow.errorMessage()));
            m_flowView->openRun(*flow, record);
        });
}

void DebuggerPanel::updateButtons()
{
    const bool function = m_current && m_current->kind == RecordedEvent::Kind::Function;
    const bool running = isBusy();
    const bool canRun = function && m_manifest && !running;
    m_replay->setEnabled(canRun);
    m_runEdited->setEnabled(canRun && m_input->isAcceptable());
    m_debug->setEnabled(canRun && m_manifest->function(m_current->name) &&
                        !m_manifest->function(m_current->name)->debug.runtime.isEmpty());
    m_cancel->setEnabled(m_replayer->isRunning());
    m_save->setEnabled(function && m_input->isAcceptable() && m_manifest);
    m_runSaved->setEnabled(canRun);
    m_input->setReadOnly(!function);
    m_tabs->setTabEnabled(FlowTab, m_current && m_current->kind == RecordedEvent::Kind::Flow);
    const bool connected = !m_natsUrl().isEmpty();
    m_pause->setEnabled(connected);
    m_clear->setEnabled(connected);
}

void DebuggerPanel::replay()
{
    if (!m_current || m_current->kind != RecordedEvent::Kind::Function || isBusy())
        return;
    m_input->setText(m_current->input());
    if (m_current->inputComplete())
        return start(m_current->input(), false);
    // A large input: from the datastore, when it is still there.
    const QString url = m_natsUrl();
    const RecordedEvent event = *m_current;
    runOffThread(
        this,
        [url, event]() -> Result<QByteArray> {
            auto store = EventStore::connect(url);
            if (!store)
                return store.error();
            return store->fullInput(event);
        },
        [this](const Result<QByteArray> &input) {
            if (!input)
                return showError(input.errorMessage());
            start(*input, false);
        });
}

void DebuggerPanel::runEdited()
{
    if (m_input->isAcceptable())
        start(m_input->text(), false);
}

void DebuggerPanel::debug()
{
    if (m_current && m_current->inputComplete())
        start(m_input->text(), true);
    else if (m_current)
        showError(tr("%1's input was %2: debug it with an input of your own (edit it, then Debug…)")
                      .arg(m_current->eventId(), m_current->inputMarker()));
}

void DebuggerPanel::cancelRun()
{
    m_replayer->cancel();
}

void DebuggerPanel::start(const QByteArray &input, bool debug)
{
    if (!m_current || !m_manifest || isBusy())
        return;
    m_error.clear();
    FunctionReplayer::Options options;
    options.debug = debug;
    options.natsUrl = m_natsUrl();
    options.subject = m_current->record.value(QLatin1String("subject")).toString();
    m_lastReplayInput = input;
    m_replayOutput->setPlainText(tr("running…"));
    m_diff->clear();
    m_diffSummary->setStyleSheet({});
    m_diffSummary->setText(debug ? tr("Starting %1 under its debugger…").arg(m_current->name)
                                 : tr("Running %1 locally…").arg(m_current->name));
    m_tabs->setCurrentIndex(ReplayTab);
    m_replayer->start(*m_manifest, m_current->name, input, options);
    updateButtons();
}

void DebuggerPanel::onReplayed(const ReplayResult &result)
{
    m_debugBanner->hide();
    m_lastReplay = result;
    m_replayOutput->setPlainText(result.ok()
                                     ? pretty(result.output)
                                     : QStringLiteral("[%1] %2\n\n%3%4")
                                           .arg(result.status, result.error, QString::fromUtf8(result.output),
                                                result.stderrText.isEmpty()
                                                    ? QString()
                                                    : QStringLiteral("\n--- stderr\n") + result.stderrText));
    if (m_current)
        showDiff(m_current->output(), result);
    updateButtons();
    emit replayFinished(result);
}

void DebuggerPanel::showDiff(const QByteArray &recorded, const ReplayResult &result)
{
    const QString took = EventModel::durationText(result.durationUs);
    if (!result.ok()) {
        m_diff->clear();
        m_error = result.error;
        m_diffSummary->setStyleSheet(ErrorStyle);
        m_diffSummary->setText(tr("The replay failed (%1, %2): %3").arg(result.status, took, result.error));
        return;
    }
    const JsonDiff diff = JsonDiff::compare(recorded, result.output);
    if (diff.identical()) {
        m_diffSummary->setStyleSheet(OkStyle);
        m_diffSummary->setText(
            diff.isJson()
                ? tr("Identical to the recorded output, compared as JSON; replayed in %1.").arg(took)
                : tr("Identical to the recorded output; replayed in %1.").arg(took));
        m_diff->setHtml(QStringLiteral("<span style='color:#1a7f37'>%1</span>")
                            .arg(tr("no differences").toHtmlEscaped()));
        return;
    }
    QStringList html;
    if (diff.isJson()) {
        const qsizetype count = diff.changes().size();
        m_diffSummary->setText(
            (count == 1 ? tr("1 difference from the recorded output, compared as JSON; replayed in %1:")
                        : tr("%1 differences from the recorded output, compared as JSON; replayed in %2:")
                              .arg(count))
                .arg(took));
        for (const JsonDiff::Change &c : diff.changes()) {
            const QString color = c.kind == JsonDiff::Change::Kind::Added     ? QStringLiteral("#1a7f37")
                                  : c.kind == JsonDiff::Change::Kind::Removed ? QStringLiteral("#b02020")
                                                                              : QStringLiteral("#9a6700");
            html << QStringLiteral("<span style='color:%1'>%2</span>")
                        .arg(color, c.toString().toHtmlEscaped());
        }
    } else {
        m_diffSummary->setText(
            tr("The output differs from the recorded one, line by line; replayed in %1:").arg(took));
        for (const JsonDiff::Line &l : diff.lines()) {
            if (l.kind == JsonDiff::Line::Kind::Same)
                html << QStringLiteral("&nbsp;&nbsp;%1").arg(l.text.toHtmlEscaped());
            else
                html << QStringLiteral("<span style='color:%1'>%2 %3</span>")
                            .arg(l.kind == JsonDiff::Line::Kind::Added ? QStringLiteral("#1a7f37")
                                                                       : QStringLiteral("#b02020"),
                                 l.kind == JsonDiff::Line::Kind::Added ? QStringLiteral("+")
                                                                       : QStringLiteral("-"),
                                 l.text.toHtmlEscaped());
        }
    }
    m_diffSummary->setStyleSheet(QStringLiteral("color: #9a6700;"));
    m_diff->setHtml(QStringLiteral("<pre style='margin:0'>%1</pre>").arg(html.join(QLatin1Char('\n'))));
}

void DebuggerPanel::runSavedEvents()
{
    if (!m_current || !m_manifest || isBusy())
        return;
    m_savedTable->setRowCount(0);
    m_tabs->setCurrentIndex(SavedTab);
    FunctionReplayer::Options options;
    options.natsUrl = m_natsUrl();
    m_savedRunner->start(*m_manifest, m_current->name, false, options);
    updateButtons();
}

void DebuggerPanel::saveAsTestEvent(const QString &name)
{
    if (!m_current || !m_manifest)
        return;
    if (Status s = SavedEvents::checkName(name); !s)
        return showError(s.errorMessage());
    const QByteArray input = m_input->text();
    // The expected output: what this very input gave, in the last replay or in the recording.
    std::optional<QByteArray> expected;
    if (m_lastReplay && m_lastReplay->ok() && m_lastReplayInput == input)
        expected = m_lastReplay->output;
    else if (input == m_current->input() && m_current->status == QLatin1String("ok") &&
             m_current->outputMarker().isEmpty())
        expected = m_current->output();
    const QString projectDir = m_manifest->projectDir;
    const QString function = m_current->name;
    runOffThread(
        this,
        [projectDir, function, name, input, expected] {
            return SavedEvents(projectDir).save(function, name, input, expected);
        },
        [this](const Result<SavedEvent> &saved) {
            if (!saved)
                return showError(saved.errorMessage());
            m_diffSummary->setStyleSheet(OkStyle);
            m_diffSummary->setText(
                saved->expected ? tr("Saved %1 with its expected output.").arg(saved->inputPath)
                                : tr("Saved %1 (no expected output: run it once and save again to add one).")
                                      .arg(saved->inputPath));
            emit savedEventWritten(saved->inputPath);
        });
}

void DebuggerPanel::recorderAction(const QString &what)
{
    const QString url = m_natsUrl();
    if (url.isEmpty())
        return;
    runOffThread(
        this,
        [url, what]() -> Status {
            auto store = EventStore::connect(url);
            if (!store)
                return store.error();
            if (what == QLatin1String("pause"))
                return store->recorder().pause();
            if (what == QLatin1String("resume"))
                return store->recorder().resume();
            return store->recorder().clear();
        },
        [this](const Status &s) {
            if (!s)
                showError(s.errorMessage());
            refresh();
        });
}

void DebuggerPanel::setPaused(bool paused)
{
    recorderAction(paused ? QStringLiteral("pause") : QStringLiteral("resume"));
}

void DebuggerPanel::clearRecorded()
{
    m_current.reset();
    recorderAction(QStringLiteral("clear"));
}

} // namespace Stratus
