#include "ReportCharts.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace pasban::report {

QList<std::pair<QString, int>> ReportCharts::devicesByRisk(const posture::FleetPosture &fleet)
{
    std::array<int, 5> counts {};
    for (const posture::DevicePosture &device : fleet.devices) {
        const std::optional<posture::Severity> worst = device.worstOpen();
        // Info findings do not make a device risky.
        const int bucket = !worst || *worst == posture::Severity::Info ? 4 : int(*worst);
        ++counts.at(std::size_t(bucket));
    }
    return {{posture::displayName(posture::Severity::Critical), counts[0]},
            {posture::displayName(posture::Severity::High), counts[1]},
            {posture::displayName(posture::Severity::Medium), counts[2]},
            {posture::displayName(posture::Severity::Low), counts[3]},
            {QCoreApplication::translate("pasban::report", "No open finding"), counts[4]}};
}

QList<std::pair<QString, int>> ReportCharts::frequentFindings(const posture::FleetPosture &fleet, int limit)
{
    QHash<QString, int> devices;
    QHash<QString, QString> titles;
    for (const posture::DevicePosture &device : fleet.devices) {
        QSet<QString> seen;
        for (const posture::Finding &finding : device.findings) {
            if (!finding.isOpen() || seen.contains(finding.checkId))
                continue;
            seen.insert(finding.checkId);
            ++devices[finding.checkId];
            titles.insert(finding.checkId,
                          finding.checkId == u"advisory"_s
                              ? QCoreApplication::translate("pasban::report", "Known vulnerability")
                              : finding.title.translated());
        }
    }
    QList<std::pair<QString, int>> bars;
    for (auto it = devices.cbegin(); it != devices.cend(); ++it)
        bars.append({titles.value(it.key()), it.value()});
    std::stable_sort(bars.begin(), bars.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (bars.size() > limit)
        bars.resize(limit);
    return bars;
}

QColor ReportCharts::severityColour(std::optional<posture::Severity> severity)
{
    if (!severity)
        return QColor(0x2e, 0x7d, 0x32);
    switch (*severity) {
    case posture::Severity::Critical:
        return QColor(0x8e, 0x00, 0x00);
    case posture::Severity::High:
        return QColor(0xd3, 0x2f, 0x2f);
    case posture::Severity::Medium:
        return QColor(0xef, 0x6c, 0x00);
    case posture::Severity::Low:
        return QColor(0xf9, 0xa8, 0x25);
    case posture::Severity::Info:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QImage ReportCharts::barChart(const QString &title, const QList<std::pair<QString, int>> &bars,
                              const QList<QColor> &colours, Qt::LayoutDirection direction, const QLocale &locale,
                              double scale)
{
    constexpr double Width = 520;
    constexpr double BarHeight = 22;
    constexpr double Gap = 8;
    constexpr double TitleHeight = 28;
    const double height = TitleHeight + double(std::max<qsizetype>(bars.size(), 1)) * (BarHeight + Gap) + Gap;
    QImage image(QSizeF(Width * scale, height * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(scale, scale);
    const bool rtl = direction == Qt::RightToLeft;
    QFont font = painter.font();
    font.setPointSizeF(9);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(4, 2, Width - 8, TitleHeight - 4),
                     Qt::AlignVCenter | (rtl ? Qt::AlignRight : Qt::AlignLeft), title);
    font.setBold(false);
    font.setPointSizeF(8.5);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    constexpr double LabelWidth = 210;
    constexpr double CountWidth = 40;
    const double barSpace = Width - LabelWidth - CountWidth - 16;
    int maximum = 1;
    for (const auto &bar : bars)
        maximum = std::max(maximum, bar.second);
    double y = TitleHeight;
    for (qsizetype i = 0; i < bars.size(); ++i) {
        const auto &[label, count] = bars.at(i);
        const double length = barSpace * double(count) / double(maximum);
        const QRectF labelBox =
            rtl ? QRectF(Width - LabelWidth - 4, y, LabelWidth, BarHeight) : QRectF(4, y, LabelWidth, BarHeight);
        painter.setPen(Qt::black);
        painter.drawText(labelBox, Qt::AlignVCenter | (rtl ? Qt::AlignRight : Qt::AlignLeft),
                         metrics.elidedText(label, Qt::ElideRight, LabelWidth - 6));
        const double barStart = rtl ? Width - LabelWidth - 8 - length : LabelWidth + 8;
        painter.setPen(Qt::NoPen);
        painter.setBrush(colours.isEmpty() ? QColor(0x15, 0x65, 0xc0) : colours.at(i % colours.size()));
        painter.drawRect(QRectF(barStart, y + 3, std::max(length, 1.0), BarHeight - 6));
        painter.setPen(Qt::black);
        const double countStart = rtl ? barStart - CountWidth - 4 : barStart + std::max(length, 1.0) + 4;
        painter.drawText(QRectF(countStart, y, CountWidth, BarHeight),
                         Qt::AlignVCenter | (rtl ? Qt::AlignRight : Qt::AlignLeft), locale.toString(count));
        y += BarHeight + Gap;
    }
    if (bars.isEmpty()) {
        painter.setPen(QColor(0x61, 0x61, 0x61));
        painter.drawText(QRectF(4, y, Width - 8, BarHeight), Qt::AlignCenter,
                         QCoreApplication::translate("pasban::report", "Nothing to show"));
    }
    return image;
}

} // namespace pasban::report
