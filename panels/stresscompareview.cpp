#include "stresscompareview.h"

#include "stresschart.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Stratus {

StressCompareView::StressCompareView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(tr("Select two runs in Runs and press Compare."))),
      m_rate(new StressChart(tr("Achieved rate"), tr("req/s"))),
      m_latency(new StressChart(tr("p95 latency"), tr("ms"))), m_table(new QTableWidget(0, 4))
{
    m_title->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("A"), tr("B"), tr("B − A"), tr("Change")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_rate);
    charts->addWidget(m_latency);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(charts, 2);
    layout->addWidget(m_table, 1);
}

void StressCompareView::setRuns(const StressResult &a, const StressResult &b)
{
    m_title->setText(
        tr("A: %1 — %2, %3\nB: %4 — %5, %6")
            .arg(a.id, a.target.display(), a.description, b.id, b.target.display(), b.description));
    m_rate->clear();
    m_latency->clear();
    // Rebuilt series each time: two runs, two lines per chart.
    for (StressChart *chart : {m_rate, m_latency}) {
        if (chart->series(0) == nullptr) {
            chart->addSeries(tr("A"));
            chart->addSeries(tr("B"));
        }
    }
    const QList<const StressResult *> runs{&a, &b};
    for (int r = 0; r < 2; ++r) {
        for (const StressInterval &i : runs[r]->timeline) {
            const double t = double(i.startMs) / 1000.0;
            m_rate->append(r, t, i.sentRate());
            if (i.ok > 0)
                m_latency->append(r, t, double(i.p95Us) / 1000.0);
        }
    }
    struct Row
    {
        QString name;
        double a, b;
        bool percent; // shown as a percentage
    };
    auto errorRate = [](const StressResult &r) {
        return r.ok + r.errors > 0 ? 100.0 * double(r.errors) / double(r.ok + r.errors) : 0.0;
    };
    const QList<Row> rows{
        {tr("requests/s"), a.requestsPerSecond(), b.requestsPerSecond(), false},
        {tr("p50 ms"), double(a.latency.percentile(50)) / 1000.0, double(b.latency.percentile(50)) / 1000.0,
         false},
        {tr("p95 ms"), double(a.latency.percentile(95)) / 1000.0, double(b.latency.percentile(95)) / 1000.0,
         false},
        {tr("p99 ms"), double(a.latency.percentile(99)) / 1000.0, double(b.latency.percentile(99)) / 1000.0,
         false},
        {tr("max ms"), double(a.latency.max()) / 1000.0, double(b.latency.max()) / 1000.0, false},
        {tr("errors %"), errorRate(a), errorRate(b), true},
        {tr("sent"), double(a.sent), double(b.sent), false},
        {tr("late sends"), double(a.late), double(b.late), false},
    };
    m_table->setRowCount(int(rows.size()));
    QStringList names;
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows[i];
        names << row.name;
        const double delta = row.b - row.a;
        const QString change = row.a != 0 ? QStringLiteral("%1%2 %")
                                                .arg(delta >= 0 ? QStringLiteral("+") : QString())
                                                .arg(100.0 * delta / row.a, 0, 'f', 1)
                                          : QStringLiteral("—");
        const QStringList cells{QString::number(row.a, 'f', row.percent ? 2 : 3),
                                QString::number(row.b, 'f', row.percent ? 2 : 3),
                                QString::number(delta, 'f', 3), change};
        for (int c = 0; c < 4; ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_table->setVerticalHeaderLabels(names);
}

} // namespace Stratus
