#pragma once

#include "flowdocument.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace Stratus {

// The validator's verdict on the flow being edited, one line per problem ("node route: a
// choice needs a default edge ..."), errors first, kept up to date as the document changes.
// Activating a line (double-click, Enter) asks the editor to select what it is about.
class FlowProblemsView : public QWidget
{
    Q_OBJECT
public:
    explicit FlowProblemsView(FlowDocument *doc, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; } // tests

signals:
    // An edge problem gives the edge (and its source as nodeId); a node problem an empty
    // edge.from; a problem of the whole flow both empty.
    void problemActivated(const QString &nodeId, const Stratus::FlowEdgeKey &edge);

private:
    void rebuild();
    void activate(QListWidgetItem *item);

    QPointer<FlowDocument> m_doc;
    QLabel *m_summary;
    QListWidget *m_list;
};

} // namespace Stratus
