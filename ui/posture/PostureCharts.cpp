#include "PostureCharts.h"

#include "PostureModels.h"
#include "ReportCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

namespace {

QChartView *makeView(const QString &name, QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(120, 120);
    return view;
}

// The largest count, rounded up so the axis has whole ticks.
int axisMaximum(const QList<std::pair<QString, int>> &bars)
{
    int most = 1;
    for (const auto &bar : bars)
        most = std::max(most, bar.second);
    return most;
}

} // namespace

PostureCharts::PostureCharts(QWidget *parent)
    : QWidget(parent)
    , m_risk(makeView(u"riskChart"_s, this))
    , m_frequent(makeView(u"frequentChart"_s, this))
    , m_trend(makeView(u"trendChart"_s, this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_risk, 1);
    layout->addWidget(m_frequent, 1);
    layout->addWidget(m_trend, 1);
}

void PostureCharts::setData(const posture::FleetPosture &fleet, const QList<posture::ScorePoint> &trend)
{
    // QChartView::setChart does not delete the chart it showed before.
    const auto replace = [](QChartView *view, QChart *chart) {
        QChart *old = view->chart();
        view->setChart(chart);
        delete old;
    };
    replace(m_risk, riskChart(fleet));
    replace(m_frequent, frequentChart(fleet));
    replace(m_trend, trendChart(trend));
    for (QChartView *view : {m_risk, m_frequent, m_trend})
        view->setAccessibleName(view->chart()->title());
}

void PostureCharts::prepare(QChart *chart, const QString &title) const
{
    chart->setTitle(title);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
}

QChart *PostureCharts::riskChart(const posture::FleetPosture &fleet) const
{
    auto *chart = new QChart;
    prepare(chart, tr("Devices by worst open finding"));
    const QList<std::pair<QString, int>> bars = report::ReportCharts::devicesByRisk(fleet);
    const std::optional<posture::Severity> levels[] = {posture::Severity::Critical, posture::Severity::High,
                                                       posture::Severity::Medium, posture::Severity::Low, std::nullopt};
    // One set per level, stacked so each category carries only its own bar: the
    // bar has the level's colour, the axis its word, the bar its count.
    auto *series = new QStackedBarSeries;
    QStringList categories;
    for (int i = 0; i < bars.size(); ++i) {
        categories.append(bars.at(i).first);
        auto *set = new QBarSet(bars.at(i).first);
        for (int j = 0; j < bars.size(); ++j)
            set->append(i == j ? bars.at(i).second : 0);
        set->setColor(SeverityStyle::colour(levels[std::min<int>(i, 4)]));
        set->setLabelColor(Qt::white);
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value"_s);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, axisMaximum(bars));
    y->setLabelFormat(u"%d"_s);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickInterval(std::max(1, axisMaximum(bars) / 5));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->hide();
    return chart;
}

QChart *PostureCharts::frequentChart(const posture::FleetPosture &fleet) const
{
    auto *chart = new QChart;
    prepare(chart, tr("Most frequent open findings (devices)"));
    const QList<std::pair<QString, int>> bars = report::ReportCharts::frequentFindings(fleet, 6);
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(tr("Devices"));
    QStringList categories;
    // Most frequent at the top: horizontal bars are drawn bottom up.
    for (auto it = bars.crbegin(); it != bars.crend(); ++it) {
        categories.append(it->first);
        set->append(it->second);
    }
    set->setColor(QColor(0x45, 0x5a, 0x64));
    set->setLabelColor(Qt::white);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value"_s);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = new QValueAxis;
    x->setRange(0, axisMaximum(bars));
    x->setLabelFormat(u"%d"_s);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickInterval(std::max(1, axisMaximum(bars) / 4));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    chart->legend()->hide();
    return chart;
}

QChart *PostureCharts::trendChart(const QList<posture::ScorePoint> &trend) const
{
    auto *chart = new QChart;
    prepare(chart, tr("Fleet score over time"));
    auto *series = new QLineSeries;
    series->setName(tr("Fleet score"));
    series->setPointsVisible(true);
    QDateTime first;
    QDateTime last;
    for (const posture::ScorePoint &point : trend) {
        series->append(double(point.taken.toMSecsSinceEpoch()), point.score);
        first = first.isValid() ? std::min(first, point.taken) : point.taken;
        last = last.isValid() ? std::max(last, point.taken) : point.taken;
    }
    chart->addSeries(series);
    auto *x = new QDateTimeAxis;
    x->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
    x->setTickCount(3);
    if (first.isValid()) {
        // One point still gets a visible span around it.
        x->setRange(first.addDays(first == last ? -1 : 0).toLocalTime(),
                    last.addDays(first == last ? 1 : 0).toLocalTime());
    }
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(u"%d"_s);
    y->setTickCount(6);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->hide();
    return chart;
}

} // namespace pasban::ui
