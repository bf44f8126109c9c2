#pragma once

#include "Version.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pasban::posture {

// One product of a CSAF product_tree, flattened from its branch path
// (vendor → product_family → product_name → product_version[_range]) or from
// full_product_names.
struct AdvisoryProduct
{
    QString productId; // CSAF product_id, e.g. "CSAFPID-0001"
    QString vendor;
    QString family;
    QString name; // product_name
    QString fullName; // the product's own "name"
    QString versionText; // as written; empty when the tree gives none
    bool versionIsRange = false; // product_version_range
    QStringList modelNumbers; // product_identification_helper.model_numbers
    QStringList cpes;

    [[nodiscard]] VersionSpec versionSpec() const;
};

struct AdvisoryRemediation
{
    QString category; // vendor_fix | mitigation | workaround | none_available | no_fix_planned
    QString details;
    QString url;
    QStringList productIds;
};

struct AdvisoryVulnerability
{
    QString cve; // may be empty (CSAF allows vulnerabilities without one)
    QString cwe; // "CWE-306"
    QString cweName;
    QString summary; // the first "summary" note
    std::optional<double> cvss; // highest CVSS v3 base score given
    QString cvssVector;
    QStringList knownAffected;
    QStringList fixed; // first_fixed + fixed
    QStringList knownNotAffected;
    QStringList underInvestigation;
    QList<AdvisoryRemediation> remediations;
    bool knownExploited = false; // threats exploit_status, or SSVC "E:A"
};

// An imported CSAF 2.0 document, reduced to what Pasban matches and shows.
struct Advisory
{
    QString trackingId; // document.tracking.id, e.g. "ICSMA-24-254-01"
    QString title;
    QString publisher;
    QString version; // document.tracking.version
    QString status; // final | interim | draft
    QDateTime initialRelease;
    QDateTime currentRelease;
    QList<AdvisoryProduct> products;
    QList<AdvisoryVulnerability> vulnerabilities;
    // Set by the store.
    QString sourceFile;
    QByteArray sha256;
    QDateTime imported;
    QString importedBy;

    [[nodiscard]] const AdvisoryProduct *product(QStringView productId) const;
    // The machine summary for `advisories list --json`.
    [[nodiscard]] QJsonObject toSummaryJson() const;
};

} // namespace pasban::posture
