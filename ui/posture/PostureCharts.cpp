#include "PostureCharts.h"

#include "PostureModels.h"
#include "ReportCharts.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

namespace {

QChartView *makeView(const QString &name, QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    // Tall enough for a title, five bars and their words on a 700-pixel screen.
    view->setMinimumSize(150, 170);
    return view;
}

// Axis words a little smaller than the text around them, so "Critical" and a
// finding's title fit under a bar of a third of the page.
QFont axisFont()
{
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

void setAxisFont(QAbstractAxis *axis)
{
    axis->setLabelsFont(axisFont());
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
    // The findings' titles need the room: the middle chart takes twice the width.
    layout->addWidget(m_risk, 2);
    layout->addWidget(m_frequent, 3);
    layout->addWidget(m_trend, 2);
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
    QFont titleFont = QApplication::font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setAnimationOptions(QChart::NoAnimation);
    // The room goes to the plot, not to frames around it.
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
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
    setAxisFont(x);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    setAxisFont(y);
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
    setAxisFont(y);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = new QValueAxis;
    setAxisFont(x);
    x->setRange(0, axisMaximum(bars));
    x->setLabelFormat(u"%d"_s);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickInterval(std::max(1, axisMaximum(bars) / 4));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    chart->legend()->hide();
    // A title too long for the axis is cut short there; pointing at its bar
    // shows it whole, with the count.
    connect(series, &QHorizontalBarSeries::hovered, chart, [categories, set](bool over, int index) {
        if (!over || index < 0 || index >= categories.size()) {
            QToolTip::hideText();
            return;
        }
        //: Tooltip of a bar in "Most frequent open findings": %1 a finding's title, %2 how many devices
        QToolTip::showText(QCursor::pos(),
                           tr("%1: on %2 devices").arg(categories.at(index), QLocale().toString(int(set->at(index)))));
    });
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
    setAxisFont(x);
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
    setAxisFont(y);
    y->setRange(0, 100);
    y->setLabelFormat(u"%d"_s);
    y->setTickCount(6);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->hide();
    return chart;
}

} // namespace pasban::ui
