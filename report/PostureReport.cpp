#include "PostureReport.h"

#include "FlowDiagramPainter.h"
#include "ReportCharts.h"
#include "common/DateFormat.h"
#include "common/Translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFont>
#include <QFontDatabase>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextOption>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace pasban::report {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const QUrl RiskChart(u"pasban://risk-chart.png"_s);
const QUrl FindingsChart(u"pasban://findings-chart.png"_s);
const QUrl Diagram(u"pasban://flow-diagram.png"_s);

QString severityCell(const posture::Finding &finding)
{
    const QColor colour = ReportCharts::severityColour(finding.severity);
    return u"<span style=\"color:%1; font-weight:bold\">%2</span>"_s.arg(colour.name(),
                                                                         esc(posture::displayName(finding.severity)));
}

} // namespace

PostureReport::PostureReport(ReportInput input)
    : m_input(std::move(input))
    , m_locale(Translator::locale(m_input.language))
    , m_rtl(m_locale.textDirection() == Qt::RightToLeft)
{
}

QString PostureReport::when(const QDateTime &utc) const
{
    return utc.isValid() ? DateFormat::dateTime(utc, m_input.calendar, m_locale) : tr("unknown time");
}

QString PostureReport::html() const
{
    const bool fleet = m_input.deviceId.isEmpty();
    const QString align = m_rtl ? u"right"_s : u"left"_s;
    QString out = u"<html><body dir=\"%1\" style=\"font-size:9pt\">"_s.arg(m_rtl ? u"rtl"_s : u"ltr"_s);
    const QString title = fleet
        ? tr("Security posture report: fleet")
        : tr("Security posture report: %1")
              .arg(m_input.devices.isEmpty() ? m_input.deviceId : m_input.devices.first().facts.displayName());
    out += u"<h1 align=\"%1\">%2</h1>"_s.arg(align, esc(title));
    out += u"<p align=\"%1\">%2</p>"_s.arg(
        align,
        esc(m_input.operatorName.isEmpty()
                ? tr("Produced by Pasban on %1.").arg(when(m_input.generatedUtc))
                : tr("Produced by Pasban on %1 for %2.").arg(when(m_input.generatedUtc), m_input.operatorName)));

    // Summary.
    int open = 0;
    std::array<int, 5> bySeverity {};
    for (const ReportDevice &device : m_input.devices) {
        for (const posture::Finding &finding : device.posture.findings) {
            if (finding.isOpen()) {
                ++open;
                ++bySeverity.at(std::size_t(finding.severity));
            }
        }
    }
    out += u"<h2 align=\"%1\">%2</h2>"_s.arg(align, esc(tr("Summary")));
    out += u"<p align=\"%1\">"_s.arg(align);
    if (fleet) {
        out += esc(tr("Fleet score: %1 of 100, over %2 devices.")
                       .arg(m_locale.toString(m_input.fleetScore), m_locale.toString(m_input.devices.size())));
    } else if (!m_input.devices.isEmpty()) {
        out += esc(tr("Device score: %1 of 100.").arg(m_locale.toString(m_input.devices.first().posture.score)));
    }
    out += u"<br>"_s
        + esc(tr("Open findings: %1 (critical %2, high %3, medium %4, low %5, information %6).")
                  .arg(m_locale.toString(open), m_locale.toString(bySeverity[0]), m_locale.toString(bySeverity[1]),
                       m_locale.toString(bySeverity[2]), m_locale.toString(bySeverity[3]),
                       m_locale.toString(bySeverity[4])));
    out += u"<br>"_s
        + esc(tr("The score starts at 100 and loses a fixed number of points for each open finding by severity; "
                 "accepted risks and resolved findings cost nothing."))
        + u"</p>"_s;
    if (fleet) {
        out += u"<p align=\"center\"><img src=\"%1\" width=\"430\"></p>"_s.arg(RiskChart.toString());
        out += u"<p align=\"center\"><img src=\"%1\" width=\"430\"></p>"_s.arg(FindingsChart.toString());
    }

    // Inventory.
    out += u"<h2 align=\"%1\">%2</h2>"_s.arg(align, esc(tr("Inventory")));
    out += u"<table dir=\"%1\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"_s.arg(
        m_rtl ? u"rtl"_s : u"ltr"_s);
    out += u"<tr>"_s;
    for (const QString &header : {tr("Asset tag"), tr("Device"), tr("Manufacturer and model"), tr("Firmware"),
                                  tr("Location"), tr("Last seen"), tr("Score"), tr("Open findings")})
        out += u"<th align=\"%1\">%2</th>"_s.arg(align, esc(header));
    out += u"</tr>"_s;
    for (const ReportDevice &device : m_input.devices) {
        const posture::DeviceFacts &f = device.facts;
        const QStringList cells {device.asset.assetTag.isEmpty() ? tr("none") : device.asset.assetTag,
                                 f.displayName(),
                                 QString(f.manufacturer + u' ' + f.model).trimmed(),
                                 f.firmware,
                                 device.asset.location,
                                 when(f.lastSeen),
                                 m_locale.toString(device.posture.score),
                                 m_locale.toString(device.posture.openCount())};
        out += u"<tr>"_s;
        for (const QString &cell : cells)
            out += u"<td align=\"%1\">%2</td>"_s.arg(align, esc(cell));
        out += u"</tr>"_s;
    }
    out += u"</table>"_s;

    // Findings per device.
    out += u"<h2 align=\"%1\">%2</h2>"_s.arg(align, esc(tr("Findings")));
    for (const ReportDevice &device : m_input.devices)
        out += deviceSection(device);

    // Data flows.
    out += u"<h2 align=\"%1\">%2</h2>"_s.arg(align, esc(tr("Patient-data flows")));
    out += u"<p align=\"%1\">%2</p>"_s.arg(
        align,
        esc(tr("Green solid links were observed encrypted, red solid links observed in cleartext, blue dashed "
               "links are declared but not observed, grey dotted links are unknown.")));
    out += u"<p align=\"center\"><img src=\"%1\" width=\"620\"></p>"_s.arg(Diagram.toString());
    out += u"</body></html>"_s;
    return out;
}

QString PostureReport::deviceSection(const ReportDevice &device) const
{
    const QString align = m_rtl ? u"right"_s : u"left"_s;
    const posture::DeviceFacts &f = device.facts;
    QString out = u"<h3 align=\"%1\">%2</h3>"_s.arg(
        align, esc(tr("%1: score %2 of 100").arg(f.displayName(), m_locale.toString(device.posture.score))));
    QStringList identity;
    if (!device.asset.assetTag.isEmpty())
        identity.append(tr("asset tag %1").arg(device.asset.assetTag));
    if (!f.serial.isEmpty())
        identity.append(tr("serial %1").arg(f.serial));
    if (!f.address.isEmpty())
        identity.append(tr("address %1").arg(f.address));
    if (!identity.isEmpty())
        out += u"<p align=\"%1\">%2</p>"_s.arg(align, esc(identity.join(u" · "_s)));
    if (device.posture.findings.isEmpty()) {
        out += u"<p align=\"%1\">%2</p>"_s.arg(align, esc(tr("No findings.")));
        return out;
    }
    for (const posture::Finding &finding : device.posture.findings) {
        out += u"<p align=\"%1\"><b>"_s.arg(align) + severityCell(finding) + u" · "_s + esc(finding.title.translated())
            + u"</b> ("_s + esc(posture::displayName(finding.status)) + u")"_s;
        if (finding.acceptance) {
            out += u"<br>"_s
                + esc(tr("Accepted by %1 until %2: %3")
                          .arg(finding.acceptance->acceptedBy,
                               DateFormat::date(finding.acceptance->expires, m_input.calendar, m_locale),
                               finding.acceptance->reason));
        }
        for (const posture::Evidence &evidence : finding.evidence) {
            QString line =
                tr("Evidence (%1): %2").arg(posture::displayName(evidence.provenance), evidence.what.translated());
            if (evidence.when.isValid())
                line += u" · "_s + when(evidence.when);
            if (!evidence.operatorName.isEmpty())
                line += u" · "_s + tr("by %1").arg(evidence.operatorName);
            out += u"<br>"_s + esc(line);
        }
        if (!finding.why.isEmpty())
            out += u"<br>"_s + esc(tr("Why it matters: %1").arg(finding.why.translated()));
        if (!finding.remediation.isEmpty())
            out += u"<br>"_s + esc(tr("What to do: %1").arg(finding.remediation.translated()));
        const QString references = finding.references.summary();
        if (!references.isEmpty())
            out += u"<br><i>"_s + esc(tr("References: %1").arg(references)) + u"</i>"_s;
        out += u"</p>"_s;
    }
    QStringList contributions;
    for (const posture::Contribution &c : device.posture.contributions) {
        if (c.points > 0)
            contributions.append(tr("%1: −%2").arg(c.findingId, m_locale.toString(c.points)));
    }
    if (!contributions.isEmpty()) {
        out += u"<p align=\"%1\"><i>"_s.arg(align) + esc(tr("Score contributions: %1").arg(contributions.join(u"; "_s)))
            + u"</i></p>"_s;
    }
    return out;
}

void PostureReport::build(QTextDocument &document) const
{
    const Qt::LayoutDirection direction = m_rtl ? Qt::RightToLeft : Qt::LeftToRight;
    QTextOption option = document.defaultTextOption();
    option.setTextDirection(direction);
    document.setDefaultTextOption(option);
    QFont font(u"Noto Sans"_s, 9);
    if (m_rtl) {
        const QStringList families = QFontDatabase::families();
        for (const QString &candidate : {u"Vazirmatn"_s, u"Noto Sans Arabic"_s}) {
            if (families.contains(candidate)) {
                font.setFamilies({candidate, u"Noto Sans"_s});
                break;
            }
        }
    }
    document.setDefaultFont(font);

    posture::FleetPosture fleet;
    for (const ReportDevice &device : m_input.devices)
        fleet.devices.append(device.posture);
    const QList<QColor> riskColours {
        ReportCharts::severityColour(posture::Severity::Critical),
        ReportCharts::severityColour(posture::Severity::High), ReportCharts::severityColour(posture::Severity::Medium),
        ReportCharts::severityColour(posture::Severity::Low), ReportCharts::severityColour(std::nullopt)};
    document.addResource(QTextDocument::ImageResource, RiskChart,
                         ReportCharts::barChart(tr("Devices by highest open risk"), ReportCharts::devicesByRisk(fleet),
                                                riskColours, direction, m_locale));
    document.addResource(QTextDocument::ImageResource, FindingsChart,
                         ReportCharts::barChart(tr("Most frequent open findings (devices)"),
                                                ReportCharts::frequentFindings(fleet), {}, direction, m_locale));
    const FlowDiagramPainter painter(m_input.graph, direction);
    QImage diagram((painter.size() * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
    diagram.fill(Qt::white);
    {
        QPainter p(&diagram);
        p.scale(2, 2);
        painter.paint(p);
    }
    document.addResource(QTextDocument::ImageResource, Diagram, diagram);
    document.setHtml(html());
}

Status PostureReport::writePdf(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(u"report.write_failed"_s,
                     QT_TRANSLATE_NOOP("pasban::Error", "The report could not be written to %1: %2"),
                     {QDir::toNativeSeparators(path), file.errorString()});
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(m_input.deviceId.isEmpty() ? tr("Security posture report: fleet")
                                                   : tr("Security posture report: %1").arg(m_input.deviceId));
        writer.setCreator(u"Pasban"_s);
        QTextDocument document;
        build(document);
        document.print(&writer);
    }
    if (!file.commit()) {
        return Error(u"report.write_failed"_s,
                     QT_TRANSLATE_NOOP("pasban::Error", "The report could not be written to %1: %2"),
                     {QDir::toNativeSeparators(path), file.errorString()});
    }
    return {};
}

} // namespace pasban::report
