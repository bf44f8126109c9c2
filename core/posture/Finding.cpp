#include "Finding.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace pasban::posture {

namespace {

QJsonArray strings(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

QString inLanguage(const char *source)
{
    return QCoreApplication::translate(Text::Context, source);
}

} // namespace

QJsonObject References::toJson() const
{
    return QJsonObject {{u"mds2"_s, strings(mds2)}, {u"iec62443"_s, strings(iec62443)},   {u"hipaa"_s, strings(hipaa)},
                        {u"cve"_s, strings(cves)},  {u"advisory"_s, strings(advisories)}, {u"cwe"_s, strings(cwes)}};
}

QString References::summary() const
{
    QStringList parts;
    const auto add = [&parts](const QString &prefix, const QStringList &values) {
        if (!values.isEmpty())
            parts.append(prefix + values.join(u", "_s));
    };
    add(u"MDS2 "_s, mds2);
    add(u"IEC 62443-4-2 "_s, iec62443);
    add(u"HIPAA "_s, hipaa);
    add(QString(), advisories);
    add(QString(), cves);
    add(QString(), cwes);
    return parts.join(u"; "_s);
}

bool RiskAcceptance::holdsAt(const QDateTime &nowUtc) const
{
    return expires.isValid() && nowUtc.toUTC().date() <= expires;
}

QString jsonName(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return u"critical"_s;
    case Severity::High:
        return u"high"_s;
    case Severity::Medium:
        return u"medium"_s;
    case Severity::Low:
        return u"low"_s;
    case Severity::Info:
        break;
    }
    return u"info"_s;
}

QString jsonName(Provenance provenance)
{
    switch (provenance) {
    case Provenance::Observed:
        return u"observed"_s;
    case Provenance::Declared:
        return u"declared"_s;
    case Provenance::Inferred:
        break;
    }
    return u"inferred"_s;
}

QString jsonName(FindingStatus status)
{
    switch (status) {
    case FindingStatus::Open:
        return u"open"_s;
    case FindingStatus::RiskAccepted:
        return u"risk-accepted"_s;
    case FindingStatus::AcceptanceExpired:
        return u"acceptance-expired"_s;
    case FindingStatus::Resolved:
        break;
    }
    return u"resolved"_s;
}

std::optional<Severity> severityFromJsonName(QStringView name)
{
    for (Severity s : {Severity::Critical, Severity::High, Severity::Medium, Severity::Low, Severity::Info}) {
        if (name == jsonName(s))
            return s;
    }
    return std::nullopt;
}

QString displayName(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return inLanguage(QT_TRANSLATE_NOOP("pasban::posture", "Critical"));
    case Severity::High:
        return inLanguage(QT_TRANSLATE_NOOP("pasban::posture", "High"));
    case Severity::Medium:
        return inLanguage(QT_TRANSLATE_NOOP("pasban::posture", "Medium"));
    case Severity::Low:
        return inLanguage(QT_TRANSLATE_NOOP("pasban::posture", "Low"));
    case Severity::Info:
        break;
    }
    return inLanguage(QT_TRANSLATE_NOOP("pasban::posture", "Info"));
}

QString displayName(Provenance provenance)
{
    switch (provenance) {
    case Provenance::Observed:
        return inLanguage(QT_TRANSLATE_NOOP("pasban::posture", "observed"));
    case Provenance::Declared:
        return inLanguage(QT_TRANSLATE_NOOP("pasban::posture", "declared"));
    case Provenance::Inferred:
        break;
    }
    return inLanguage(QT_TRANSLATE_NOOP("pasban::posture", "inferred"));
}

QString displayName(FindingStatus status)
{
    switch (status) {
    case FindingStatus::Open:
        return inLanguage(QT_TRANSLATE_NOOP("pasban::posture", "Open"));
    case FindingStatus::RiskAccepted:
        return inLanguage(QT_TRANSLATE_NOOP("pasban::posture", "Risk accepted"));
    case FindingStatus::AcceptanceExpired:
        return inLanguage(QT_TRANSLATE_NOOP("pasban::posture", "Acceptance expired"));
    case FindingStatus::Resolved:
        break;
    }
    return inLanguage(QT_TRANSLATE_NOOP("pasban::posture", "Resolved"));
}

QJsonObject toJson(const Evidence &evidence)
{
    return QJsonObject {
        {u"what"_s, evidence.what.english()},
        {u"when"_s,
         evidence.when.isValid() ? QJsonValue(evidence.when.toUTC().toString(Qt::ISODate))
                                 : QJsonValue(QJsonValue::Null)},
        {u"how"_s, evidence.how},
        {u"operator"_s, evidence.operatorName},
        {u"provenance"_s, jsonName(evidence.provenance)},
    };
}

QJsonObject toJson(const Finding &finding)
{
    QJsonArray evidence;
    for (const Evidence &e : finding.evidence)
        evidence.append(toJson(e));
    QJsonObject object {
        {u"id"_s, finding.id},
        {u"check"_s, finding.checkId},
        {u"severity"_s, jsonName(finding.severity)},
        {u"title"_s, finding.title.english()},
        {u"evidence"_s, evidence},
        {u"why"_s, finding.why.english()},
        {u"remediation"_s, finding.remediation.english()},
        {u"references"_s, finding.references.toJson()},
        {u"status"_s, jsonName(finding.status)},
    };
    if (finding.cvss)
        object.insert(u"cvss"_s, *finding.cvss);
    if (finding.knownExploited)
        object.insert(u"knownExploited"_s, true);
    if (finding.acceptance) {
        object.insert(u"acceptance"_s,
                      QJsonObject {{u"reason"_s, finding.acceptance->reason},
                                   {u"expires"_s, finding.acceptance->expires.toString(Qt::ISODate)},
                                   {u"accepted"_s, finding.acceptance->acceptedUtc.toUTC().toString(Qt::ISODate)},
                                   {u"acceptedBy"_s, finding.acceptance->acceptedBy}});
    }
    return object;
}

} // namespace pasban::posture
