// Known vulnerabilities: imported CSAF advisories matched to the device by vendor,
// model and firmware version (AdvisoryIndex).
#include "AdvisoryIndex.h"
#include "Checks.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace pasban::posture::checks {

namespace {

// CVSS v3 qualitative rating (FIRST CVSS v3.1 specification §5); a vulnerability
// the advisory says is exploited is critical whatever its score.
Severity severityFor(const AdvisoryVulnerability &v)
{
    if (v.knownExploited)
        return Severity::Critical;
    if (!v.cvss)
        return Severity::Medium;
    const double score = *v.cvss;
    if (score >= 9.0)
        return Severity::Critical;
    if (score >= 7.0)
        return Severity::High;
    if (score >= 4.0)
        return Severity::Medium;
    if (score > 0.0)
        return Severity::Low;
    return Severity::Info;
}

QString remediationText(const AdvisoryVulnerability &v, const QString &productId)
{
    QStringList parts;
    for (const AdvisoryRemediation &r : v.remediations) {
        if (!r.productIds.isEmpty() && !r.productIds.contains(productId))
            continue;
        QString line = u"[%1] %2"_s.arg(r.category, r.details.trimmed());
        if (!r.url.isEmpty() && !r.details.contains(r.url))
            line += u" (%1)"_s.arg(r.url);
        parts.append(line);
    }
    return parts.join(u'\n');
}

class KnownVulnerability final : public Check
{
public:
    CheckInfo info() const override
    {
        return {u"advisory"_s,
                Severity::High,
                QT_TRANSLATE_NOOP("pasban::posture", "Known vulnerability %1"),
                u"imported CSAF advisories: vendor, product or model number, version or range; CVSS v3; exploit "
                u"status"_s,
                {{u"CSUP"_s, u"SBOM-4"_s}, {u"EDR 3.10"_s}, {u"164.312(c)(1)"_s}}};
    }

    void evaluate(const DeviceFacts &facts, const PostureContext &context, QList<Finding> &out) const override
    {
        if (!context.advisories)
            return;
        QSet<QString> seen;
        for (const AdvisoryMatch &match : context.advisories->match(facts))
            addFindings(facts, match, seen, out);
    }

private:
    void addFindings(const DeviceFacts &facts, const AdvisoryMatch &match, QSet<QString> &seen,
                     QList<Finding> &out) const
    {
        const Advisory &advisory = *match.advisory;
        const AdvisoryProduct &product = *match.product;
        for (qsizetype i = 0; i < advisory.vulnerabilities.size(); ++i) {
            const AdvisoryVulnerability &v = advisory.vulnerabilities[i];
            if (!v.knownAffected.contains(product.productId) || v.fixed.contains(product.productId)
                || v.knownNotAffected.contains(product.productId))
                continue;
            const QString name = v.cve.isEmpty() ? u"%1 #%2"_s.arg(advisory.trackingId).arg(i + 1) : v.cve;
            const QString id = u"advisory/%1/%2"_s.arg(advisory.trackingId, name);
            if (seen.contains(id))
                continue;
            seen.insert(id);

            Finding finding = makeFinding();
            finding.id = id;
            finding.severity = severityFor(v);
            finding.title = Text::of(info().title, {name});
            finding.cvss = v.cvss;
            finding.knownExploited = v.knownExploited;

            Evidence declared;
            declared.what = Text::of(
                QT_TRANSLATE_NOOP("pasban::posture", "Advisory %1 (%2) lists %3 %4, versions \"%5\", as affected"),
                {advisory.trackingId, advisory.publisher, product.vendor, product.name,
                 product.versionText.isEmpty() ? u"*"_s : product.versionText});
            declared.when = advisory.currentRelease;
            declared.how = u"advisory"_s;
            declared.provenance = Provenance::Declared;
            Evidence device;
            device.what = match.version == VersionMatch::Affected
                ? Text::of(QT_TRANSLATE_NOOP("pasban::posture",
                                             "The device is %1 %2 with firmware %3, inside the affected range"),
                           {facts.manufacturer, facts.model, facts.firmware.isEmpty() ? u"-"_s : facts.firmware})
                : Text::of(QT_TRANSLATE_NOOP("pasban::posture",
                                             "The device is %1 %2 with firmware %3; the advisory's version "
                                             "statement cannot be compared automatically: check it by hand"),
                           {facts.manufacturer, facts.model, facts.firmware.isEmpty() ? u"-"_s : facts.firmware});
            device.when = facts.interrogation ? facts.interrogation->at : facts.lastSeen;
            device.how = facts.interrogation ? u"interrogation"_s : u"inventory"_s;
            device.operatorName = facts.interrogation ? facts.interrogation->operatorName : QString();
            device.provenance = Provenance::Observed;
            finding.evidence = {declared, device};
            if (v.cvss) {
                Evidence score;
                score.what = v.knownExploited ? Text::of(QT_TRANSLATE_NOOP("pasban::posture",
                                                                           "CVSS %1 (%2); the advisory reports active "
                                                                           "exploitation"),
                                                         {QString::number(*v.cvss, 'f', 1), v.cvssVector})
                                              : Text::of(QT_TRANSLATE_NOOP("pasban::posture", "CVSS %1 (%2)"),
                                                         {QString::number(*v.cvss, 'f', 1), v.cvssVector});
                score.how = u"advisory"_s;
                score.provenance = Provenance::Declared;
                finding.evidence.append(score);
            }
            finding.why = v.summary.isEmpty()
                ? Text::of(QT_TRANSLATE_NOOP("pasban::posture",
                                             "The manufacturer or CISA has published a vulnerability for this "
                                             "product and version."))
                : Text::plain(v.summary);
            const QString remediation = remediationText(v, product.productId);
            finding.remediation = remediation.isEmpty()
                ? Text::of(
                    QT_TRANSLATE_NOOP("pasban::posture", "Read advisory %1 and contact the manufacturer for a fix."),
                    {advisory.trackingId})
                : Text::plain(remediation);
            finding.references.advisories = {advisory.trackingId};
            if (!v.cve.isEmpty())
                finding.references.cves = {v.cve};
            if (!v.cwe.isEmpty())
                finding.references.cwes = {v.cwe};
            out.append(finding);
        }
    }
};

} // namespace

const Check *advisoryCheck()
{
    static const KnownVulnerability check;
    return &check;
}

} // namespace pasban::posture::checks
