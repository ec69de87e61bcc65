#include "stresschart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace Stratus {

StressChart::StressChart(const QString &title, const QString &yLabel, QWidget *parent)
    : QChartView(parent), m_x(new QValueAxis), m_y(new QValueAxis)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 2, 2));
    m_x->setTitleText(tr("s"));
    m_x->setLabelFormat(QStringLiteral("%.0f"));
    m_y->setTitleText(yLabel);
    m_y->setLabelFormat(QStringLiteral("%.4g"));
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    m_x->setRange(0, m_maxX);
    m_y->setRange(0, m_maxY);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(110); // four in two rows still fit the bottom of a 768-px-high screen
}

int StressChart::addSeries(const QString &name)
{
    auto *series = new QLineSeries;
    series->setName(name);
    chart()->addSeries(series);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
    m_series.append(series);
    return int(m_series.size()) - 1;
}

void StressChart::append(int index, double seconds, double value)
{
    QLineSeries *s = m_series.value(index);
    if (!s)
        return;
    s->append(seconds, value);
    // Grow by a fifth, then round to ticks a person reads at a glance.
    if (seconds > m_maxX) {
        m_x->setRange(0, seconds * 1.2);
        m_x->applyNiceNumbers();
        m_maxX = m_x->max();
    }
    if (value > m_maxY) {
        m_y->setRange(0, value * 1.2);
        m_y->applyNiceNumbers();
        m_maxY = m_y->max();
    }
}

void StressChart::clear()
{
    for (QLineSeries *s : std::as_const(m_series))
        s->clear();
    m_maxX = m_maxY = 1;
    m_x->setRange(0, m_maxX);
    m_y->setRange(0, m_maxY);
}

int StressChart::pointCount(int index) const
{
    const QLineSeries *s = m_series.value(index);
    return s ? int(s->count()) : 0;
}

void StressChart::setBars(const QString &name, const QStringList &categories, const QList<double> &values)
{
    chart()->removeAllSeries();
    m_series.clear();
    if (!m_categories) {
        chart()->removeAxis(m_x);
        m_x->setParent(this); // removeAxis() gives it back to us
        m_categories = new QBarCategoryAxis;
        chart()->addAxis(m_categories, Qt::AlignBottom);
    }
    m_categories->clear();
    m_categories->append(categories);
    auto *set = new QBarSet(name);
    set->append(values);
    auto *bars = new QBarSeries;
    bars->append(set);
    chart()->addSeries(bars);
    bars->attachAxis(m_categories);
    bars->attachAxis(m_y);
    const double top = values.isEmpty() ? 1 : *std::max_element(values.cbegin(), values.cend());
    m_y->setRange(0, std::max(1.0, top * 1.1));
}

} // namespace Stratus
