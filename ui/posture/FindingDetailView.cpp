#include "FindingDetailView.h"

#include "PostureModels.h"
#include "common/DateFormat.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

// Identifiers (CVE ids, MDS2 question ids) stay left to right inside RTL text.
QString identifiers(const QStringList &ids)
{
    QStringList out;
    for (const QString &id : ids)
        out.append(QChar(0x2066) + id.toHtmlEscaped() + QChar(0x2069));
    return QLocale().createSeparatedList(out);
}

} // namespace

FindingDetailView::FindingDetailView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(u"findingDetail"_s);
    setOpenExternalLinks(false);
    setOpenLinks(false);
}

void FindingDetailView::showHint(const QString &text)
{
    setPlainText(text);
}

void FindingDetailView::showFinding(const posture::Finding &finding, const QString &deviceLabel,
                                    CalendarSystem calendar)
{
    const QString colour = SeverityStyle::colour(finding.severity).name();
    QString html;
    html += u"<h3>%1</h3>"_s.arg(escaped(finding.title.translated()));
    html += u"<p><b style=\"color:%1\">■ %2</b> · %3 · %4</p>"_s.arg(
        colour, escaped(tr("Severity: %1").arg(SeverityStyle::label(finding.severity))),
        escaped(tr("Status: %1").arg(FindingTableModel::statusText(finding))), escaped(deviceLabel));
    if (finding.cvss || finding.knownExploited) {
        QStringList facts;
        if (finding.cvss)
            facts.append(tr("CVSS %1").arg(QLocale().toString(*finding.cvss, 'f', 1)));
        if (finding.knownExploited)
            facts.append(tr("Known to be exploited"));
        html += u"<p><b>%1</b></p>"_s.arg(escaped(facts.join(u" · "_s)));
    }
    if (finding.acceptance) {
        const posture::RiskAcceptance &a = *finding.acceptance;
        html += u"<p>%1</p>"_s.arg(escaped(tr("Risk accepted by %1 on %2 until %3: %4")
                                               .arg(a.acceptedBy.isEmpty() ? tr("an unnamed operator") : a.acceptedBy,
                                                    DateFormat::dateTime(a.acceptedUtc, calendar),
                                                    DateFormat::date(a.expires, calendar), a.reason)));
    }
    html += u"<h4>%1</h4><ul>"_s.arg(escaped(tr("Evidence")));
    for (const posture::Evidence &evidence : finding.evidence) {
        QStringList how;
        how.append(posture::displayName(evidence.provenance));
        if (evidence.when.isValid())
            how.append(DateFormat::dateTime(evidence.when, calendar));
        if (!evidence.how.isEmpty())
            how.append(tr("method: %1").arg(QChar(0x2066) + evidence.how + QChar(0x2069)));
        if (!evidence.operatorName.isEmpty())
            how.append(tr("by %1").arg(evidence.operatorName));
        html += u"<li>%1 <i>(%2)</i></li>"_s.arg(escaped(evidence.what.translated()),
                                                 escaped(QLocale().createSeparatedList(how)));
    }
    html += u"</ul>"_s;
    html += u"<h4>%1</h4><p>%2</p>"_s.arg(escaped(tr("Why it matters")), escaped(finding.why.translated()));
    html += u"<h4>%1</h4><p>%2</p>"_s.arg(escaped(tr("What to do")), escaped(finding.remediation.translated()));
    html += u"<h4>%1</h4><ul>"_s.arg(escaped(tr("References")));
    const posture::References &r = finding.references;
    const auto addRefs = [&html](const QString &name, const QStringList &ids) {
        if (!ids.isEmpty())
            html += u"<li>%1: %2</li>"_s.arg(name.toHtmlEscaped(), identifiers(ids));
    };
    addRefs(tr("MDS2"), r.mds2);
    addRefs(tr("IEC 62443-4-2"), r.iec62443);
    addRefs(tr("HIPAA Security Rule"), r.hipaa);
    addRefs(tr("CVE"), r.cves);
    addRefs(tr("Advisories"), r.advisories);
    addRefs(tr("CWE"), r.cwes);
    html += u"</ul>"_s;
    html += u"<p><small>%1</small></p>"_s.arg(
        escaped(tr("Finding id: %1").arg(QChar(0x2066) + finding.id + QChar(0x2069))));
    setHtml(html);
}

} // namespace pasban::ui
