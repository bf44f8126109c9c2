#include "Version.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace pasban::posture {

namespace {

QStringView stripV(QStringView v)
{
    v = v.trimmed();
    if (v.size() > 1 && (v[0] == u'v' || v[0] == u'V') && v[1].isDigit())
        v = v.mid(1);
    return v;
}

struct Segment
{
    bool numeric = false;
    QStringView text; // digits without leading zeros, or letters
};

QList<Segment> segments(QStringView v)
{
    QList<Segment> out;
    qsizetype i = 0;
    while (i < v.size()) {
        const QChar c = v[i];
        if (c.isDigit()) {
            qsizetype end = i;
            while (end < v.size() && v[end].isDigit())
                ++end;
            qsizetype start = i;
            while (start + 1 < end && v[start] == u'0')
                ++start;
            out.append({true, v.mid(start, end - start)});
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i;
            while (end < v.size() && v[end].isLetter())
                ++end;
            out.append({false, v.mid(i, end - i)});
            i = end;
        } else {
            ++i;
        }
    }
    return out;
}

int compareNumeric(QStringView a, QStringView b)
{
    // Digits without leading zeros: the longer is larger, else lexical. No overflow.
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b);
}

bool satisfies(QStringView version, const VersionSpec::Constraint &c)
{
    const int order = Version::compare(version, c.version);
    switch (c.op) {
    case VersionSpec::Op::Less:
        return order < 0;
    case VersionSpec::Op::LessEqual:
        return order <= 0;
    case VersionSpec::Op::Greater:
        return order > 0;
    case VersionSpec::Op::GreaterEqual:
        return order >= 0;
    case VersionSpec::Op::Equal:
        return order == 0;
    case VersionSpec::Op::NotEqual:
        return order != 0;
    }
    return false;
}

bool isUpper(VersionSpec::Op op)
{
    return op == VersionSpec::Op::Less || op == VersionSpec::Op::LessEqual;
}

std::optional<VersionSpec::Constraint> parseConstraint(QStringView text)
{
    static const QRegularExpression form(uR"(^\s*(<=|>=|!=|<|>|=)?\s*([vV]?[A-Za-z0-9][A-Za-z0-9._+\-]*)\s*$)"_s);
    const QRegularExpressionMatch m = form.match(text.toString());
    if (!m.hasMatch())
        return std::nullopt;
    const QString op = m.captured(1);
    VersionSpec::Op kind = VersionSpec::Op::Equal;
    if (op == u"<"_s)
        kind = VersionSpec::Op::Less;
    else if (op == u"<="_s)
        kind = VersionSpec::Op::LessEqual;
    else if (op == u">"_s)
        kind = VersionSpec::Op::Greater;
    else if (op == u">="_s)
        kind = VersionSpec::Op::GreaterEqual;
    else if (op == u"!="_s)
        kind = VersionSpec::Op::NotEqual;
    const QString version = stripV(m.captured(2)).toString();
    if (!Version::isComparable(version) || version.contains(u'*'))
        return std::nullopt;
    return VersionSpec::Constraint {kind, version};
}

} // namespace

int Version::compare(QStringView a, QStringView b)
{
    const QList<Segment> x = segments(stripV(a));
    const QList<Segment> y = segments(stripV(b));
    const qsizetype n = std::max(x.size(), y.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (i >= x.size() || i >= y.size()) {
            const Segment &present = i < x.size() ? x[i] : y[i];
            const int sign = i < x.size() ? 1 : -1; // the side that has the segment
            if (present.numeric) {
                if (present.text == u"0")
                    continue; // "1.0" == "1"
                return sign;
            }
            return sign; // a letter revision is after the bare version
        }
        const Segment &p = x[i];
        const Segment &q = y[i];
        int order = 0;
        if (p.numeric && q.numeric)
            order = compareNumeric(p.text, q.text);
        else if (!p.numeric && !q.numeric)
            order = p.text.compare(q.text, Qt::CaseInsensitive);
        else
            order = p.numeric ? 1 : -1;
        if (order != 0)
            return order < 0 ? -1 : 1;
    }
    return 0;
}

bool Version::isComparable(QStringView version)
{
    const QStringView v = stripV(version);
    if (v.isEmpty())
        return false;
    bool any = false;
    for (const QChar c : v) {
        if (c.isLetterOrNumber())
            any = true;
        else if (c != u'.' && c != u'-' && c != u'_' && c != u'+')
            return false;
    }
    return any;
}

VersionSpec VersionSpec::exact(const QString &text)
{
    VersionSpec spec;
    spec.m_text = text;
    const QString trimmed = text.trimmed();
    if (trimmed == u"*"_s || trimmed.compare(u"all"_s, Qt::CaseInsensitive) == 0) {
        spec.m_kind = Kind::All;
        return spec;
    }
    if (trimmed.startsWith(u"vers:"_s))
        return range(text);
    const QStringList parts = trimmed.split(u'|', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        QString alternative = stripV(part).toString();
        // "9.x": every 9.* version
        const bool wildcard = alternative.endsWith(u".x"_s, Qt::CaseInsensitive) && alternative.size() > 2;
        const QString core = wildcard ? alternative.chopped(2) : alternative;
        if (!Version::isComparable(core)) {
            spec.m_kind = Kind::Unparsed;
            spec.m_alternatives.clear();
            return spec;
        }
        spec.m_alternatives.append(alternative);
    }
    spec.m_kind = spec.m_alternatives.isEmpty() ? Kind::Unparsed : Kind::Exact;
    return spec;
}

VersionSpec VersionSpec::range(const QString &text)
{
    VersionSpec spec;
    spec.m_text = text;
    QString body = text.trimmed();
    if (body.startsWith(u"vers:"_s)) {
        const qsizetype slash = body.indexOf(u'/');
        if (slash < 0)
            return spec;
        body = body.mid(slash + 1).trimmed();
        if (body == u"*"_s) {
            spec.m_kind = Kind::All;
            return spec;
        }
    }
    const QStringList parts = body.split(u'|', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const std::optional<Constraint> c = parseConstraint(part);
        if (!c) {
            spec.m_constraints.clear();
            return spec; // Unparsed
        }
        spec.m_constraints.append(*c);
    }
    if (spec.m_constraints.isEmpty())
        return spec;
    std::stable_sort(
        spec.m_constraints.begin(), spec.m_constraints.end(),
        [](const Constraint &a, const Constraint &b) { return Version::compare(a.version, b.version) < 0; });
    spec.m_kind = Kind::Range;
    return spec;
}

VersionMatch VersionSpec::matches(QStringView deviceVersion) const
{
    if (m_kind == Kind::All)
        return VersionMatch::Affected;
    if (m_kind == Kind::Unparsed || !Version::isComparable(deviceVersion))
        return VersionMatch::Unknown;
    if (m_kind == Kind::Exact) {
        for (const QString &alternative : m_alternatives) {
            if (alternative.endsWith(u".x"_s, Qt::CaseInsensitive)) {
                const QString prefix = alternative.chopped(2);
                const QString device = stripV(deviceVersion).toString();
                if (Version::compare(device, prefix) == 0 || device.startsWith(prefix + u'.', Qt::CaseInsensitive))
                    return VersionMatch::Affected;
            } else if (Version::compare(deviceVersion, alternative) == 0) {
                return VersionMatch::Affected;
            }
        }
        return VersionMatch::NotAffected;
    }
    // vers semantics (github.com/package-url/purl-spec VERSION-RANGE-SPEC): equal
    // and not-equal first, then intervals from consecutive bounds in version order.
    QList<Constraint> bounds;
    for (const Constraint &c : m_constraints) {
        if (c.op == Op::Equal && satisfies(deviceVersion, c))
            return VersionMatch::Affected;
        if (c.op == Op::NotEqual && !satisfies(deviceVersion, c))
            return VersionMatch::NotAffected;
        if (c.op != Op::Equal && c.op != Op::NotEqual)
            bounds.append(c);
    }
    if (bounds.isEmpty()) {
        // Only != constraints (all passed): everything else is in; only =: none matched.
        const bool onlyNotEqual = std::all_of(m_constraints.cbegin(), m_constraints.cend(),
                                              [](const Constraint &c) { return c.op == Op::NotEqual; });
        return onlyNotEqual ? VersionMatch::Affected : VersionMatch::NotAffected;
    }
    for (qsizetype i = 0; i < bounds.size(); ++i) {
        const Constraint &c = bounds[i];
        if (isUpper(c.op)) {
            if (i == 0 && satisfies(deviceVersion, c))
                return VersionMatch::Affected;
            continue;
        }
        if (!satisfies(deviceVersion, c))
            continue;
        if (i + 1 == bounds.size())
            return VersionMatch::Affected;
        const Constraint &next = bounds[i + 1];
        if (isUpper(next.op) && satisfies(deviceVersion, next))
            return VersionMatch::Affected;
    }
    return VersionMatch::NotAffected;
}

} // namespace pasban::posture
