#pragma once

#include <QChartView>
#include <QList>
#include <QStringList>

class QLineSeries;
class QValueAxis;
class QBarCategoryAxis;

namespace Stratus {

// A small line or bar chart for the Stress panel: named series over seconds, axes that grow
// with the data. Points are appended as they come; nothing is recomputed.
class StressChart : public QChartView
{
    Q_OBJECT
public:
    StressChart(const QString &title, const QString &yLabel, QWidget *parent = nullptr);

    int addSeries(const QString &name); // returns its index
    void append(int series, double seconds, double value);
    void clear();
    int pointCount(int series) const;
    QLineSeries *series(int index) const { return m_series.value(index); }
    // Replaces the lines with bars: one per category (a latency histogram).
    void setBars(const QString &name, const QStringList &categories, const QList<double> &values);

private:
    QValueAxis *m_x;
    QValueAxis *m_y;
    QBarCategoryAxis *m_categories = nullptr;
    QList<QLineSeries *> m_series;
    double m_maxX = 1;
    double m_maxY = 1;
};

} // namespace Stratus
