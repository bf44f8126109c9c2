#include "Advisory.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace pasban::posture {

VersionSpec AdvisoryProduct::versionSpec() const
{
    if (versionText.isEmpty())
        return VersionSpec::range(u"vers:all/*"_s); // the tree names no version: all of them
    return versionIsRange ? VersionSpec::range(versionText) : VersionSpec::exact(versionText);
}

const AdvisoryProduct *Advisory::product(QStringView productId) const
{
    for (const AdvisoryProduct &p : products) {
        if (p.productId == productId)
            return &p;
    }
    return nullptr;
}

QJsonObject Advisory::toSummaryJson() const
{
    QJsonArray productArray;
    for (const AdvisoryProduct &p : products) {
        productArray.append(QJsonObject {{u"id"_s, p.productId},
                                         {u"vendor"_s, p.vendor},
                                         {u"product"_s, p.name},
                                         {u"version"_s, p.versionText},
                                         {u"range"_s, p.versionIsRange},
                                         {u"modelNumbers"_s, QJsonArray::fromStringList(p.modelNumbers)}});
    }
    QJsonArray vulnerabilityArray;
    for (const AdvisoryVulnerability &v : vulnerabilities) {
        QJsonObject vulnerability {{u"cve"_s, v.cve},
                                   {u"cwe"_s, v.cwe},
                                   {u"cvss"_s, v.cvss ? QJsonValue(*v.cvss) : QJsonValue(QJsonValue::Null)},
                                   {u"cvssVector"_s, v.cvssVector},
                                   {u"knownExploited"_s, v.knownExploited},
                                   {u"knownAffected"_s, QJsonArray::fromStringList(v.knownAffected)},
                                   {u"fixed"_s, QJsonArray::fromStringList(v.fixed)}};
        vulnerabilityArray.append(vulnerability);
    }
    return QJsonObject {
        {u"id"_s, trackingId},
        {u"title"_s, title},
        {u"publisher"_s, publisher},
        {u"version"_s, version},
        {u"status"_s, status},
        {u"currentRelease"_s,
         currentRelease.isValid() ? QJsonValue(currentRelease.toUTC().toString(Qt::ISODate))
                                  : QJsonValue(QJsonValue::Null)},
        {u"imported"_s,
         imported.isValid() ? QJsonValue(imported.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {u"source"_s, sourceFile},
        {u"sha256"_s, QString::fromLatin1(sha256.toHex())},
        {u"products"_s, productArray},
        {u"vulnerabilities"_s, vulnerabilityArray},
    };
}

} // namespace pasban::posture
