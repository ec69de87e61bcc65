#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace Stratus {

class InvocationModel;
class KeyFilterCombo;
class RecordFeed;
class TableFilterModel;

// Invocations as the invokers report them: a filterable table and the details of the
// selected one (input, output, stderr, exit code).
class InvocationsPanel : public QWidget
{
    Q_OBJECT
public:
    // feed may be null; when given, its connection state is shown.
    InvocationsPanel(InvocationModel *model, RecordFeed *feed, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QPlainTextEdit *detailView() const { return m_details; }
    KeyFilterCombo *functionFilter() const { return m_function; }
    KeyFilterCombo *statusFilter() const { return m_status; }
    QLineEdit *searchField() const { return m_search; }
    int visibleCount() const;
    QString feedText() const;

private:
    void showDetails();
    void showFeedState();

    QPointer<InvocationModel> m_model;
    QPointer<RecordFeed> m_feed;
    TableFilterModel *m_filter;
    KeyFilterCombo *m_function;
    KeyFilterCombo *m_status;
    QLineEdit *m_search;
    QLabel *m_feedState;
    QTableView *m_view;
    QPlainTextEdit *m_details;
};

} // namespace Stratus
