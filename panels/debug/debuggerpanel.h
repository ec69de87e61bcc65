#pragma once

#include "functionreplayer.h"
#include "manifest.h"
#include "recordedevent.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTextEdit;

namespace Stratus {

class EventModel;
class FlowDebugSession;
class FlowStepView;
class JsonEditor;
class SavedEventsRunner;

// The function debugger (docs/debugger.md, "The Debugger panel"): the recorded events of the
// running cluster, searchable and filtered by function or flow, newest first, following new
// ones; the selected one's input, output, stderr, environment and timings; replaying it
// locally with the result beside the recorded one and their differences highlighted; editing
// the input and running again; saving an input as a test event and running a function's
// saved events; replaying under an external debugger; pausing and clearing the recorder.
// A selected flow run opens on its graph (FlowStepView). Network and disk work runs off the
// GUI thread.
class DebuggerPanel : public QWidget
{
    Q_OBJECT
public:
    enum Tab { SummaryTab, InputTab, OutputTab, StderrTab, EnvironmentTab, ReplayTab, SavedTab, FlowTab };

    // natsUrl: the running cluster's broker, empty when none; projectDir: the open project.
    DebuggerPanel(std::function<QString()> natsUrl, std::function<QString()> projectDir,
                  QWidget *parent = nullptr);
    ~DebuggerPanel() override;

    void refresh();   // reloads the list, the recorder's state and the project's manifest
    void loadOlder(); // the next page of older events, after the ones listed
    // Selects the event (an event id, request id or run id), loading it when it is not listed.
    void openEvent(const QString &id);
    void replay();    // the recorded input (Ctrl+R)
    void runEdited(); // the input editor's
    void debug();     // the recorded input, under the function's external debugger
    void cancelRun();
    void runSavedEvents();
    void saveAsTestEvent(const QString &name); // savedEventWritten() or errorShown() follows
    void setPaused(bool paused);
    void clearRecorded();

    const RecordedEvent *currentEvent() const;
    bool isBusy() const;
    QString errorText() const; // the last problem shown, empty when none

    QTableView *view() const { return m_view; }
    EventModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *filterCombo() const { return m_filter; }
    QTabWidget *tabs() const { return m_tabs; }
    QPlainTextEdit *textTab(Tab tab) const; // Summary, Input, Output, Stderr, Environment
    JsonEditor *inputEditor() const { return m_input; }
    QPlainTextEdit *recordedOutputView() const { return m_recordedOutput; }
    QPlainTextEdit *replayOutputView() const { return m_replayOutput; }
    QTextEdit *diffView() const { return m_diff; }
    QLabel *diffSummaryLabel() const { return m_diffSummary; }
    QLabel *recorderLabel() const { return m_recorder; }
    QLabel *debugBanner() const { return m_debugBanner; }
    QTableWidget *savedTable() const { return m_savedTable; }
    FlowStepView *flowStepView() const { return m_flowView; }
    // The list beside the details, or above them when the panel is narrow (a dock that
    // shares its area); the replay's three texts likewise.
    Qt::Orientation layoutOrientation() const;

signals:
    void eventsLoaded(int count);
    void eventShown(quint64 sequence);
    void replayFinished(const Stratus::ReplayResult &result);
    void savedEventWritten(const QString &inputPath);
    void savedEventsFinished(int passed, int failed);
    void errorShown(const QString &message);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Loaded;
    void poll();
    enum class Load { Full, Newer, Older };
    void load(Load how);
    void applyLoaded(const Loaded &loaded, Load how);
    void rebuildFilter();
    bool selectListed(const QString &id); // false when the list does not hold it
    void showSelected();
    void showEventDetails(const RecordedEvent &event);
    void showEnvironment(const RecordedEvent &event);
    void openFlowRun(const RecordedEvent &event);
    void start(const QByteArray &input, bool debug);
    void onReplayed(const ReplayResult &result);
    void showDiff(const QByteArray &recorded, const ReplayResult &result);
    void showError(const QString &message);
    void updateButtons();
    void recorderAction(const QString &what);
    void placeTopRow(Qt::Orientation orientation);

    std::function<QString()> m_natsUrl;
    std::function<QString()> m_projectDir;
    std::optional<Manifest> m_manifest;
    EventModel *m_model;
    FunctionReplayer *m_replayer;
    SavedEventsRunner *m_savedRunner;
    FlowDebugSession *m_flowSession;
    QTimer m_pollTimer;
    QTimer m_searchDelay;
    bool m_loading = false;
    bool m_reloadPending = false;
    bool m_paused = false;
    std::optional<RecordedEvent> m_current;
    QString m_pendingOpen;
    QString m_error;
    std::optional<ReplayResult> m_lastReplay;
    QByteArray m_lastReplayInput;

    QLineEdit *m_search;
    QComboBox *m_filter;
    QPushButton *m_refresh;
    QPushButton *m_older;
    QPushButton *m_pause;
    QPushButton *m_clear;
    QLabel *m_recorder;
    QTableView *m_view;
    QTabWidget *m_tabs;
    QList<QPlainTextEdit *> m_textTabs;
    JsonEditor *m_input;
    QPlainTextEdit *m_recordedOutput;
    QPlainTextEdit *m_replayOutput;
    QTextEdit *m_diff;
    QLabel *m_diffSummary;
    QLabel *m_debugBanner;
    QPushButton *m_replay;
    QPushButton *m_runEdited;
    QPushButton *m_debug;
    QPushButton *m_cancel;
    QPushButton *m_save;
    QPushButton *m_runSaved;
    QTableWidget *m_savedTable;
    FlowStepView *m_flowView;
    QGridLayout *m_top = nullptr;       // the search field, the filter and the buttons
    QSplitter *m_split = nullptr;       // the list | the details
    QSplitter *m_replaySides = nullptr; // input | recorded output | replayed output
};

} // namespace Stratus
