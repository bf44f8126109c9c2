#pragma once

#include "Advisory.h"

#include <QHash>
#include <QMutex>

namespace pasban::posture {

struct DeviceFacts;

// One product of one advisory that fits a device.
struct AdvisoryMatch
{
    const Advisory *advisory = nullptr;
    const AdvisoryProduct *product = nullptr;
    VersionMatch version = VersionMatch::Unknown; // Affected or Unknown (NotAffected is not a match)
};

// How a device's manufacturer, model and firmware are compared with a CSAF
// product (docs/posture-checks.md, "Advisory matching"):
//  - vendor: the same words once case, punctuation and legal suffixes (Inc., Ltd.,
//    Co., Corporation, ...) are set aside, or one name's words begin the other's
//    ("Baxter" ~ "Baxter Healthcare"), or the device names the vendor's
//    abbreviation in parentheses ("BD" ~ "Becton, Dickinson and Company (BD)");
//  - product: the model equals the product name or one of its model numbers, or
//    appears as whole words inside the product name ("8015" ~ "... Model 8015"),
//    or is one of the alternatives a product_version lists (advisories that list
//    model numbers as versions, e.g. "MMT-1715 | MMT-1754"): then every firmware
//    version is affected;
//  - version: VersionSpec against the device's firmware revision.
class AdvisoryMatcher
{
public:
    [[nodiscard]] static QString normalizedVendor(QStringView vendor);
    [[nodiscard]] static bool vendorMatches(QStringView manufacturer, QStringView vendor);
    enum class ProductFit { None, Name, ModelNumber, ModelAsVersion };
    [[nodiscard]] static ProductFit productFits(QStringView model, const AdvisoryProduct &product);
    // Every product of ADVISORY that fits the device (no index: the baseline).
    [[nodiscard]] static QList<AdvisoryMatch> match(const DeviceFacts &facts, const Advisory &advisory);
};

// The imported advisories prepared for matching a fleet: products grouped by
// vendor, and the candidates of each (manufacturer, model) pair remembered, so a
// fleet of many devices of few models costs little more than one device per
// model. match() may be called from several threads.
class AdvisoryIndex
{
public:
    explicit AdvisoryIndex(QList<Advisory> advisories = {});
    AdvisoryIndex(const AdvisoryIndex &) = delete;
    AdvisoryIndex &operator=(const AdvisoryIndex &) = delete;

    [[nodiscard]] const QList<Advisory> &advisories() const { return m_advisories; }
    [[nodiscard]] bool isEmpty() const { return m_advisories.isEmpty(); }
    [[nodiscard]] QList<AdvisoryMatch> match(const DeviceFacts &facts) const;

private:
    struct Entry
    {
        qsizetype advisory;
        qsizetype product;
        VersionSpec spec;
    };
    struct Candidate
    {
        qsizetype entry;
        bool allVersions; // the model was named as a "version"
    };
    [[nodiscard]] QList<Candidate> candidates(const QString &manufacturer, const QString &model) const;

    QList<Advisory> m_advisories;
    QList<Entry> m_entries;
    QHash<QString, QList<qsizetype>> m_entriesByVendor; // normalized vendor → entries
    mutable QMutex m_cacheMutex;
    mutable QHash<QString, QList<Candidate>> m_cache; // "manufacturer\nmodel" → candidates
};

} // namespace pasban::posture
