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
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
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
    view->setMinimumSize(150, 180);
    return view;
}

// Axis words a little smaller than the text around them, so "Critical" and a
// finding's title fit under a bar of a third of the page.
QFont axisFont()
{
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    // Persian fonts set a tall line: at the same size Qt Charts finds the words
    // of neighbouring bars overlapping and hides every other one.
    if (QApplication::layoutDirection() == Qt::RightToLeft)
        font.setPointSizeF(font.pointSizeF() * 0.8);
    return font;
}

void setAxisFont(QAbstractAxis *axis)
{
    axis->setLabelsFont(axisFont());
    // Qt Charts 6.4 cuts right-to-left words down to "…" however much room they
    // have; category words are shortened by axisWord instead, in every language.
    axis->setTruncateLabels(false);
}

// A word for a category axis: shortened to what a third of the page holds beside
// its bar, and led by a left-to-right mark. Qt Charts 6.4 lays out a label that
// starts right to left wrongly (hidden every other row, or drawn off the chart);
// after the mark the Persian words still read right to left inside it.
QString axisWord(const QString &text)
{
    const QFontMetrics metrics(axisFont());
    return QChar(0x200E) + metrics.elidedText(text, Qt::ElideRight, metrics.averageCharWidth() * 18);
}

// The largest count, rounded up so the axis has whole ticks.
int axisMaximum(const QList<std::pair<QString, int>> &bars)
{
    int most = 1;
    for (const auto &bar : bars)
        most = std::max(most, bar.second);
    return most;
}

// The axes of a chart of lying bars: the words on the left, whole counts below.
void addBarAxes(QChart *chart, QAbstractBarSeries *series, const QStringList &categories, int maximum)
{
    auto *words = new QBarCategoryAxis;
    words->append(categories);
    setAxisFont(words);
    chart->addAxis(words, Qt::AlignLeft);
    series->attachAxis(words);
    auto *counts = new QValueAxis;
    setAxisFont(counts);
    counts->setRange(0, maximum);
    counts->setLabelFormat(u"%d"_s);
    counts->setTickType(QValueAxis::TicksDynamic);
    counts->setTickInterval(std::max(1, maximum / 4));
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
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
    // Drawn left to right in both languages (the words are translated, the axes
    // are not mirrored): Qt Charts 6.4 measures axis words wrongly in a
    // right-to-left scene and cuts a Persian finding's title down to "…".
    chart->setLayoutDirection(Qt::LeftToRight);
}

QChart *PostureCharts::riskChart(const posture::FleetPosture &fleet) const
{
    auto *chart = new QChart;
    prepare(chart, tr("Devices by worst open finding"));
    const QList<std::pair<QString, int>> bars = report::ReportCharts::devicesByRisk(fleet);
    const std::optional<posture::Severity> levels[] = {posture::Severity::Critical, posture::Severity::High,
                                                       posture::Severity::Medium, posture::Severity::Low, std::nullopt};
    // One set per level, stacked so each category carries only its own bar: the
    // bar has the level's colour, the axis its word, the bar its count. Bars lie
    // down so the words have the chart's width, most severe at the top.
    auto *series = new QHorizontalStackedBarSeries;
    QStringList categories;
    for (qsizetype i = bars.size() - 1; i >= 0; --i) {
        categories.append(axisWord(bars.at(i).first));
        auto *set = new QBarSet(bars.at(i).first);
        for (qsizetype j = bars.size() - 1; j >= 0; --j)
            set->append(i == j ? bars.at(i).second : 0);
        set->setColor(SeverityStyle::colour(levels[std::min<qsizetype>(i, 4)]));
        set->setLabelColor(Qt::white);
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value"_s);
    chart->addSeries(series);
    addBarAxes(chart, series, categories, axisMaximum(bars));
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
    QStringList titles;
    // Most frequent at the top: horizontal bars are drawn bottom up.
    for (auto it = bars.crbegin(); it != bars.crend(); ++it) {
        titles.append(it->first);
        categories.append(axisWord(it->first));
        set->append(it->second);
    }
    set->setColor(QColor(0x45, 0x5a, 0x64));
    set->setLabelColor(Qt::white);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value"_s);
    chart->addSeries(series);
    addBarAxes(chart, series, categories, axisMaximum(bars));
    chart->legend()->hide();
    // A title too long for the axis is cut short there; pointing at its bar
    // shows it whole, with the count.
    connect(series, &QHorizontalBarSeries::hovered, chart, [titles, set](bool over, int index) {
        if (!over || index < 0 || index >= titles.size()) {
            QToolTip::hideText();
            return;
        }
        //: Tooltip of a bar in "Most frequent open findings": %1 a finding's title, %2 how many devices
        QToolTip::showText(QCursor::pos(),
                           tr("%1: on %2 devices").arg(titles.at(index), QLocale().toString(int(set->at(index)))));
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
