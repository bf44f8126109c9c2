#pragma once

#include "Text.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pasban::posture {

// Most severe first; the order is used for sorting and "worst" comparisons.
enum class Severity { Critical, High, Medium, Low, Info };

// Where a fact comes from (UX.md: show which, everywhere).
enum class Provenance {
    Observed, // by a scan or an interrogation, with time
    Declared, // imported or typed, with source (an advisory, the CMMS)
    Inferred, // by a rule from other facts
};

// The state an operator sees. AcceptanceExpired is open again: a risk accepted
// until a date that has passed, shown as such so nobody mistakes it for new.
enum class FindingStatus { Open, RiskAccepted, AcceptanceExpired, Resolved };

// What was observed, when and how, and by whom: enough for a newcomer to repeat
// the observation and for an auditor to judge it.
struct Evidence
{
    Text what;
    QDateTime when; // UTC; invalid when the fact has no time (a declaration without one)
    QString how; // machine name of the method: "interrogation", "scan", "advisory", "inventory", ...
    QString operatorName; // who ran it; empty when not recorded
    Provenance provenance = Provenance::Observed;
};

// Where the finding is anchored in the standards and in public advisories.
struct References
{
    References(QStringList mds2_ = {}, QStringList iec62443_ = {}, QStringList hipaa_ = {}, QStringList cves_ = {},
               QStringList advisories_ = {}, QStringList cwes_ = {})
        : mds2(std::move(mds2_))
        , iec62443(std::move(iec62443_))
        , hipaa(std::move(hipaa_))
        , cves(std::move(cves_))
        , advisories(std::move(advisories_))
        , cwes(std::move(cwes_))
    {
    }

    QStringList mds2; // MDS2 (2019) question ids, e.g. "TXCF-2"
    QStringList iec62443; // IEC 62443-4-2 component requirements, e.g. "CR 4.1"
    QStringList hipaa; // 45 CFR 164.312 clauses, e.g. "164.312(e)(1)"
    QStringList cves;
    QStringList advisories; // e.g. "ICSMA-24-254-01"
    QStringList cwes;

    [[nodiscard]] QJsonObject toJson() const;
    // One line for a table or CSV: "MDS2 TXCF-2; IEC 62443-4-2 CR 4.1; ..."
    [[nodiscard]] QString summary() const;
};

struct RiskAcceptance
{
    QString deviceId;
    QString findingId;
    QString reason;
    QDate expires; // the acceptance holds through this day (UTC)
    QDateTime acceptedUtc;
    QString acceptedBy;

    // Holds on NOW when NOW's UTC date is on or before the expiry date.
    [[nodiscard]] bool holdsAt(const QDateTime &nowUtc) const;
};

struct Finding
{
    QString id; // unique per device and stable across evaluations
    QString checkId; // the catalogue entry that produced it
    Severity severity = Severity::Info;
    Text title;
    QList<Evidence> evidence; // most telling first
    Text why;
    Text remediation;
    References references;
    FindingStatus status = FindingStatus::Open;
    std::optional<RiskAcceptance> acceptance; // set when accepted (still holding or expired)
    std::optional<double> cvss; // advisory findings: the highest CVSS v3 base score
    bool knownExploited = false;

    // Counts against the score: open (including an expired acceptance).
    [[nodiscard]] bool isOpen() const
    {
        return status == FindingStatus::Open || status == FindingStatus::AcceptanceExpired;
    }
};

// Stable machine names: "critical", "high", "medium", "low", "info"; "observed",
// "declared", "inferred"; "open", "risk-accepted", "acceptance-expired", "resolved".
[[nodiscard]] QString jsonName(Severity severity);
[[nodiscard]] QString jsonName(Provenance provenance);
[[nodiscard]] QString jsonName(FindingStatus status);
[[nodiscard]] std::optional<Severity> severityFromJsonName(QStringView name);

// Translated (context "pasban::posture").
[[nodiscard]] QString displayName(Severity severity);
[[nodiscard]] QString displayName(Provenance provenance);
[[nodiscard]] QString displayName(FindingStatus status);

// The machine form (CLI JSON): English texts, UTC ISO-8601 times.
[[nodiscard]] QJsonObject toJson(const Evidence &evidence);
[[nodiscard]] QJsonObject toJson(const Finding &finding);

} // namespace pasban::posture
