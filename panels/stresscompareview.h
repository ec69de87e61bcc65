#pragma once

#include "stressresult.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace Stratus {

class StressChart;

// Two stress runs side by side: their achieved rate and p95 latency overlaid over time, and a
// table of their figures with the difference B − A.
class StressCompareView : public QWidget
{
    Q_OBJECT
public:
    explicit StressCompareView(QWidget *parent = nullptr);

    void setRuns(const StressResult &a, const StressResult &b);
    QTableWidget *table() const { return m_table; }
    StressChart *rateChart() const { return m_rate; }
    StressChart *latencyChart() const { return m_latency; }

private:
    QLabel *m_title;
    StressChart *m_rate;
    StressChart *m_latency;
    QTableWidget *m_table;
};

} // namespace Stratus
