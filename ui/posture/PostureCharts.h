#pragma once

#include "posture/PostureEngine.h"
#include "posture/PostureStore.h"

#include <QWidget>

class QChart;
class QChartView;

namespace pasban::ui {

// The fleet at a glance (Qt Charts): devices by their worst open finding (each
// bar named and counted, coloured by the product's severity palette), the
// findings seen on most devices, and the fleet score over time from the stored
// snapshots. Rebuilt on every setData so a language switch reads right.
class PostureCharts : public QWidget
{
    Q_OBJECT
public:
    explicit PostureCharts(QWidget *parent = nullptr);

    void setData(const posture::FleetPosture &fleet, const QList<posture::ScorePoint> &trend);

    [[nodiscard]] QChartView *riskView() const { return m_risk; }
    [[nodiscard]] QChartView *frequentView() const { return m_frequent; }
    [[nodiscard]] QChartView *trendView() const { return m_trend; }

private:
    [[nodiscard]] QChart *riskChart(const posture::FleetPosture &fleet) const;
    [[nodiscard]] QChart *frequentChart(const posture::FleetPosture &fleet) const;
    [[nodiscard]] QChart *trendChart(const QList<posture::ScorePoint> &trend) const;
    void prepare(QChart *chart, const QString &title) const;

    QChartView *m_risk;
    QChartView *m_frequent;
    QChartView *m_trend;
};

} // namespace pasban::ui
