#pragma once

#include "posture/PostureEngine.h"

#include <QImage>

namespace pasban::report {

// Simple, legible bar charts for reports and the posture overview: each bar is
// labelled with its name and its count in words and digits of the current
// language (never colour alone), mirrored for right-to-left languages.
class ReportCharts
{
public:
    // Devices by their worst open finding: critical, high, medium, low, none.
    [[nodiscard]] static QList<std::pair<QString, int>> devicesByRisk(const posture::FleetPosture &fleet);
    // The open findings seen on most devices (title → devices), most frequent first.
    [[nodiscard]] static QList<std::pair<QString, int>> frequentFindings(const posture::FleetPosture &fleet,
                                                                         int limit = 8);

    [[nodiscard]] static QImage barChart(const QString &title, const QList<std::pair<QString, int>> &bars,
                                         const QList<QColor> &colours, Qt::LayoutDirection direction,
                                         const QLocale &locale, double scale = 2.0);
    [[nodiscard]] static QColor severityColour(std::optional<posture::Severity> severity);
};

} // namespace pasban::report
