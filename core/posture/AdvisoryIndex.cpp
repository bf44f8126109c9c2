#include "AdvisoryIndex.h"

#include "DeviceFacts.h"

#include <QMutexLocker>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace pasban::posture {

namespace {

// Lower case, letters and digits only, words separated by one space.
QString words(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += u' ';
            out += c.toLower();
            space = false;
        } else {
            space = true;
        }
    }
    return out;
}

bool containsWords(const QString &haystack, const QString &needle)
{
    if (needle.isEmpty() || haystack.size() < needle.size())
        return false;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = haystack.indexOf(needle, from);
        if (at < 0)
            return false;
        const qsizetype end = at + needle.size();
        const bool startOk = at == 0 || haystack[at - 1] == u' ';
        const bool endOk = end == haystack.size() || haystack[end] == u' ';
        if (startOk && endOk)
            return true;
        from = at + 1;
    }
}

bool startsWithWords(const QString &text, const QString &prefix)
{
    return !prefix.isEmpty() && text.startsWith(prefix)
        && (text.size() == prefix.size() || text[prefix.size()] == u' ');
}

// The parenthesised abbreviations of a vendor name: "(BD)" → "bd".
QStringList abbreviations(QStringView vendor)
{
    QStringList out;
    qsizetype open = vendor.indexOf(u'(');
    while (open >= 0) {
        const qsizetype close = vendor.indexOf(u')', open);
        if (close < 0)
            break;
        const QString inside = words(vendor.mid(open + 1, close - open - 1));
        if (!inside.isEmpty())
            out.append(inside);
        open = vendor.indexOf(u'(', close);
    }
    return out;
}

} // namespace

QString AdvisoryMatcher::normalizedVendor(QStringView vendor)
{
    static const QSet<QString> legal = {u"inc"_s, u"incorporated"_s, u"ltd"_s,         u"limited"_s, u"llc"_s,
                                        u"co"_s,  u"corp"_s,         u"corporation"_s, u"company"_s, u"gmbh"_s,
                                        u"ag"_s,  u"sa"_s,           u"plc"_s,         u"the"_s,     u"and"_s,
                                        u"bv"_s,  u"nv"_s,           u"kg"_s,          u"pvt"_s,     u"private"_s};
    // Without the parenthesised part: "(BD)" is an alias, not part of the name.
    QString base = vendor.toString();
    qsizetype open = base.indexOf(u'(');
    while (open >= 0) {
        const qsizetype close = base.indexOf(u')', open);
        if (close < 0)
            break;
        base.remove(open, close - open + 1);
        open = base.indexOf(u'(');
    }
    QStringList kept;
    for (const QString &word : words(base).split(u' ', Qt::SkipEmptyParts)) {
        if (!legal.contains(word))
            kept.append(word);
    }
    return kept.join(u' ');
}

bool AdvisoryMatcher::vendorMatches(QStringView manufacturer, QStringView vendor)
{
    const QString m = normalizedVendor(manufacturer);
    const QString v = normalizedVendor(vendor);
    if (m.isEmpty() || v.isEmpty())
        return false;
    if (m == v || startsWithWords(m, v) || startsWithWords(v, m))
        return true;
    const QString mWords = words(manufacturer);
    for (const QString &abbreviation : abbreviations(vendor)) {
        if (mWords == abbreviation)
            return true;
    }
    return false;
}

AdvisoryMatcher::ProductFit AdvisoryMatcher::productFits(QStringView model, const AdvisoryProduct &product)
{
    const QString m = words(model);
    if (m.isEmpty())
        return ProductFit::None;
    for (const QString &number : product.modelNumbers) {
        if (words(number) == m)
            return ProductFit::ModelNumber;
    }
    const QString name = words(product.name);
    const QString fullName = words(product.fullName);
    if (name == m || fullName == m)
        return ProductFit::Name;
    // Model numbers written as the product's "versions" ("MMT-1715 | MMT-1754"):
    // before the word search below, which would find them inside the full name
    // and then compare the firmware with model numbers.
    if (!product.versionIsRange && product.versionText.contains(u'|')) {
        for (const QString &alternative : product.versionText.split(u'|')) {
            if (words(alternative) == m)
                return ProductFit::ModelAsVersion;
        }
    } else if (!product.versionIsRange && words(product.versionText) == m && !Version::isComparable(m)) {
        return ProductFit::ModelAsVersion;
    }
    // Whole words inside the name, but not a word so short it could be anything.
    if (m.size() >= 3 && (containsWords(name, m) || containsWords(fullName, m)))
        return ProductFit::Name;
    return ProductFit::None;
}

QList<AdvisoryMatch> AdvisoryMatcher::match(const DeviceFacts &facts, const Advisory &advisory)
{
    QList<AdvisoryMatch> out;
    if (facts.manufacturer.isEmpty() || facts.model.isEmpty())
        return out;
    for (const AdvisoryProduct &product : advisory.products) {
        if (!vendorMatches(facts.manufacturer, product.vendor))
            continue;
        const ProductFit fit = productFits(facts.model, product);
        if (fit == ProductFit::None)
            continue;
        const VersionMatch version =
            fit == ProductFit::ModelAsVersion ? VersionMatch::Affected : product.versionSpec().matches(facts.firmware);
        if (version != VersionMatch::NotAffected)
            out.append({&advisory, &product, version});
    }
    return out;
}

AdvisoryIndex::AdvisoryIndex(QList<Advisory> advisories)
    : m_advisories(std::move(advisories))
{
    for (qsizetype a = 0; a < m_advisories.size(); ++a) {
        const Advisory &advisory = m_advisories[a];
        for (qsizetype p = 0; p < advisory.products.size(); ++p) {
            m_entriesByVendor[AdvisoryMatcher::normalizedVendor(advisory.products[p].vendor)].append(m_entries.size());
            m_entries.append({a, p, advisory.products[p].versionSpec()});
        }
    }
}

QList<AdvisoryIndex::Candidate> AdvisoryIndex::candidates(const QString &manufacturer, const QString &model) const
{
    const QString key = manufacturer + u'\n' + model;
    {
        QMutexLocker lock(&m_cacheMutex);
        const auto cached = m_cache.constFind(key);
        if (cached != m_cache.cend())
            return *cached;
    }
    QList<Candidate> found;
    for (auto it = m_entriesByVendor.cbegin(); it != m_entriesByVendor.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        const Entry &first = m_entries[it.value().first()];
        if (!AdvisoryMatcher::vendorMatches(manufacturer, m_advisories[first.advisory].products[first.product].vendor))
            continue;
        for (const qsizetype e : it.value()) {
            const AdvisoryProduct &product = m_advisories[m_entries[e].advisory].products[m_entries[e].product];
            const AdvisoryMatcher::ProductFit fit = AdvisoryMatcher::productFits(model, product);
            if (fit != AdvisoryMatcher::ProductFit::None)
                found.append({e, fit == AdvisoryMatcher::ProductFit::ModelAsVersion});
        }
    }
    QMutexLocker lock(&m_cacheMutex);
    m_cache.insert(key, found);
    return found;
}

QList<AdvisoryMatch> AdvisoryIndex::match(const DeviceFacts &facts) const
{
    QList<AdvisoryMatch> out;
    if (facts.manufacturer.isEmpty() || facts.model.isEmpty() || m_entries.isEmpty())
        return out;
    for (const Candidate &candidate : candidates(facts.manufacturer, facts.model)) {
        const Entry &entry = m_entries[candidate.entry];
        const VersionMatch version =
            candidate.allVersions ? VersionMatch::Affected : entry.spec.matches(facts.firmware);
        if (version != VersionMatch::NotAffected)
            out.append({&m_advisories[entry.advisory], &m_advisories[entry.advisory].products[entry.product], version});
    }
    return out;
}

} // namespace pasban::posture
