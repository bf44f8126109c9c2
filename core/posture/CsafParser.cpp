#include "CsafParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace pasban::posture {

namespace {

// Walks the parsed JSON with a path for error messages; the first problem stops it.
class Reader
{
public:
    [[nodiscard]] bool failed() const { return m_error.has_value(); }
    [[nodiscard]] const QString &error() const { return *m_error; }

    void fail(const QString &path, const QString &problem)
    {
        if (!m_error)
            m_error = u"%1: %2"_s.arg(path, problem);
    }

    // A required or optional member of the given type; nullopt when absent (or wrong, then failed()).
    std::optional<QJsonObject> object(const QJsonObject &parent, const QString &key, const QString &path,
                                      bool required = false)
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined()) {
            if (required)
                fail(path + u'/' + key, u"missing"_s);
            return std::nullopt;
        }
        if (!value.isObject()) {
            fail(path + u'/' + key, u"expected an object"_s);
            return std::nullopt;
        }
        return value.toObject();
    }

    std::optional<QJsonArray> array(const QJsonObject &parent, const QString &key, const QString &path,
                                    qsizetype maxLength = CsafParser::MaxArrayLength)
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isArray()) {
            fail(path + u'/' + key, u"expected an array"_s);
            return std::nullopt;
        }
        const QJsonArray result = value.toArray();
        if (result.size() > maxLength) {
            fail(path + u'/' + key, u"more than %1 entries"_s.arg(maxLength));
            return std::nullopt;
        }
        return result;
    }

    QString string(const QJsonObject &parent, const QString &key, const QString &path, bool required = false)
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined()) {
            if (required)
                fail(path + u'/' + key, u"missing"_s);
            return {};
        }
        if (!value.isString()) {
            fail(path + u'/' + key, u"expected a string"_s);
            return {};
        }
        QString text = value.toString();
        if (required && text.trimmed().isEmpty())
            fail(path + u'/' + key, u"empty"_s);
        return text;
    }

    QStringList strings(const QJsonObject &parent, const QString &key, const QString &path)
    {
        QStringList out;
        const std::optional<QJsonArray> values = array(parent, key, path);
        if (!values)
            return out;
        for (qsizetype i = 0; i < values->size(); ++i) {
            const QJsonValue v = values->at(i);
            if (!v.isString()) {
                fail(u"%1/%2/%3"_s.arg(path, key).arg(i), u"expected a string"_s);
                return {};
            }
            out.append(v.toString());
        }
        return out;
    }

    QJsonObject element(const QJsonArray &values, qsizetype i, const QString &path)
    {
        const QJsonValue v = values.at(i);
        if (!v.isObject()) {
            fail(u"%1/%2"_s.arg(path).arg(i), u"expected an object"_s);
            return {};
        }
        return v.toObject();
    }

private:
    std::optional<QString> m_error;
};

struct BranchPath
{
    QString vendor;
    QString family;
    QString name;
};

class TreeReader
{
public:
    TreeReader(Reader &reader, QList<AdvisoryProduct> &products)
        : r(reader)
        , m_products(products)
    {
    }

    void product(const QJsonObject &object, const QString &path, const BranchPath &branch, const QString &versionText,
                 bool isRange)
    {
        if (m_products.size() >= CsafParser::MaxProducts) {
            r.fail(path, u"more than %1 products"_s.arg(CsafParser::MaxProducts));
            return;
        }
        AdvisoryProduct p;
        p.productId = r.string(object, u"product_id"_s, path, true);
        p.fullName = r.string(object, u"name"_s, path);
        p.vendor = branch.vendor;
        p.family = branch.family;
        p.name = branch.name.isEmpty() ? p.fullName : branch.name;
        p.versionText = versionText;
        p.versionIsRange = isRange;
        if (const std::optional<QJsonObject> helper = r.object(object, u"product_identification_helper"_s, path)) {
            const QString helperPath = path + u"/product_identification_helper"_s;
            p.modelNumbers = r.strings(*helper, u"model_numbers"_s, helperPath);
            const QString cpe = r.string(*helper, u"cpe"_s, helperPath);
            if (!cpe.isEmpty())
                p.cpes.append(cpe);
            (void)r.strings(*helper, u"skus"_s, helperPath);
            (void)r.strings(*helper, u"serial_numbers"_s, helperPath);
        }
        if (!r.failed())
            m_products.append(p);
    }

    void branches(const QJsonObject &parent, const QString &path, const BranchPath &branch, int depth)
    {
        const std::optional<QJsonArray> list = r.array(parent, u"branches"_s, path);
        if (!list)
            return;
        if (depth > CsafParser::MaxBranchDepth) {
            r.fail(path + u"/branches"_s, u"branches nested more than %1 deep"_s.arg(CsafParser::MaxBranchDepth));
            return;
        }
        for (qsizetype i = 0; i < list->size() && !r.failed(); ++i) {
            const QString here = u"%1/branches/%2"_s.arg(path).arg(i);
            const QJsonObject b = r.element(*list, i, path + u"/branches"_s);
            if (r.failed())
                return;
            const QString category = r.string(b, u"category"_s, here, true);
            const QString name = r.string(b, u"name"_s, here, true);
            if (r.failed())
                return;
            BranchPath next = branch;
            QString versionText;
            bool isRange = false;
            if (category == u"vendor"_s)
                next.vendor = name;
            else if (category == u"product_family"_s)
                next.family = name;
            else if (category == u"product_name"_s)
                next.name = name;
            else if (category == u"product_version"_s)
                versionText = name;
            else if (category == u"product_version_range"_s) {
                versionText = name;
                isRange = true;
            }
            if (const std::optional<QJsonObject> p = r.object(b, u"product"_s, here))
                product(*p, here + u"/product"_s, next, versionText, isRange);
            branches(b, here, next, depth + 1);
        }
    }

private:
    Reader &r;
    QList<AdvisoryProduct> &m_products;
};

QDateTime parseDate(Reader &r, const QJsonObject &parent, const QString &key, const QString &path)
{
    const QString text = r.string(parent, key, path);
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid()) {
        r.fail(path + u'/' + key, u"not an ISO-8601 date-time"_s);
        return {};
    }
    return time.toUTC();
}

void readDocument(Reader &r, const QJsonObject &document, Advisory &advisory)
{
    const QString path = u"/document"_s;
    const QString version = r.string(document, u"csaf_version"_s, path, true);
    if (!r.failed() && version != u"2.0"_s)
        r.fail(path + u"/csaf_version"_s, u"version %1 is not CSAF 2.0"_s.arg(version.left(20)));
    (void)r.string(document, u"category"_s, path, true);
    advisory.title = r.string(document, u"title"_s, path, true);
    if (const std::optional<QJsonObject> publisher = r.object(document, u"publisher"_s, path, true))
        advisory.publisher = r.string(*publisher, u"name"_s, path + u"/publisher"_s, true);
    const std::optional<QJsonObject> tracking = r.object(document, u"tracking"_s, path, true);
    if (!tracking)
        return;
    const QString trackingPath = path + u"/tracking"_s;
    advisory.trackingId = r.string(*tracking, u"id"_s, trackingPath, true).trimmed();
    if (!r.failed()) {
        const bool printable =
            std::all_of(advisory.trackingId.cbegin(), advisory.trackingId.cend(), [](QChar c) { return c.isPrint(); });
        if (advisory.trackingId.size() > CsafParser::MaxTrackingIdLength || !printable)
            r.fail(trackingPath + u"/id"_s, u"not a usable identifier"_s);
    }
    advisory.version = r.string(*tracking, u"version"_s, trackingPath);
    advisory.status = r.string(*tracking, u"status"_s, trackingPath);
    advisory.initialRelease = parseDate(r, *tracking, u"initial_release_date"_s, trackingPath);
    advisory.currentRelease = parseDate(r, *tracking, u"current_release_date"_s, trackingPath);
}

bool isExploitedText(const QString &text)
{
    const QString lower = text.toLower();
    if (lower.contains(u"no known"_s) || lower.contains(u"not been"_s) || lower.contains(u"none"_s))
        return false;
    return lower.contains(u"exploited"_s) || lower.contains(u"active"_s);
}

void readVulnerability(Reader &r, const QJsonObject &v, const QString &path, AdvisoryVulnerability &out)
{
    out.cve = r.string(v, u"cve"_s, path).trimmed();
    if (const std::optional<QJsonObject> cwe = r.object(v, u"cwe"_s, path)) {
        out.cwe = r.string(*cwe, u"id"_s, path + u"/cwe"_s);
        out.cweName = r.string(*cwe, u"name"_s, path + u"/cwe"_s);
    }
    if (const std::optional<QJsonArray> notes = r.array(v, u"notes"_s, path)) {
        for (qsizetype i = 0; i < notes->size() && !r.failed(); ++i) {
            const QString here = u"%1/notes/%2"_s.arg(path).arg(i);
            const QJsonObject note = r.element(*notes, i, path + u"/notes"_s);
            const QString category = r.string(note, u"category"_s, here);
            const QString text = r.string(note, u"text"_s, here);
            const QString title = r.string(note, u"title"_s, here);
            if (category == u"summary"_s && out.summary.isEmpty())
                out.summary = text;
            // CISA's SSVC note: "SSVCv2/E:A/..." means active exploitation.
            if (title == u"SSVC"_s && text.contains(u"/E:A/"_s))
                out.knownExploited = true;
        }
    }
    if (const std::optional<QJsonObject> status = r.object(v, u"product_status"_s, path)) {
        const QString here = path + u"/product_status"_s;
        out.knownAffected = r.strings(*status, u"known_affected"_s, here)
            + r.strings(*status, u"first_affected"_s, here) + r.strings(*status, u"last_affected"_s, here);
        out.fixed = r.strings(*status, u"fixed"_s, here) + r.strings(*status, u"first_fixed"_s, here);
        out.knownNotAffected = r.strings(*status, u"known_not_affected"_s, here);
        out.underInvestigation = r.strings(*status, u"under_investigation"_s, here);
        (void)r.strings(*status, u"recommended"_s, here);
    }
    if (const std::optional<QJsonArray> remediations = r.array(v, u"remediations"_s, path)) {
        for (qsizetype i = 0; i < remediations->size() && !r.failed(); ++i) {
            const QString here = u"%1/remediations/%2"_s.arg(path).arg(i);
            const QJsonObject o = r.element(*remediations, i, path + u"/remediations"_s);
            AdvisoryRemediation remediation;
            remediation.category = r.string(o, u"category"_s, here, true);
            remediation.details = r.string(o, u"details"_s, here);
            remediation.url = r.string(o, u"url"_s, here);
            remediation.productIds = r.strings(o, u"product_ids"_s, here);
            out.remediations.append(remediation);
        }
    }
    if (const std::optional<QJsonArray> scores = r.array(v, u"scores"_s, path)) {
        for (qsizetype i = 0; i < scores->size() && !r.failed(); ++i) {
            const QString here = u"%1/scores/%2"_s.arg(path).arg(i);
            const QJsonObject score = r.element(*scores, i, path + u"/scores"_s);
            (void)r.strings(score, u"products"_s, here);
            const std::optional<QJsonObject> cvss = r.object(score, u"cvss_v3"_s, here);
            if (!cvss)
                continue;
            const QJsonValue base = cvss->value(u"baseScore"_s);
            if (!base.isDouble() || base.toDouble() < 0 || base.toDouble() > 10) {
                r.fail(here + u"/cvss_v3/baseScore"_s, u"expected a number from 0 to 10"_s);
                return;
            }
            if (!out.cvss || base.toDouble() > *out.cvss) {
                out.cvss = base.toDouble();
                out.cvssVector = r.string(*cvss, u"vectorString"_s, here + u"/cvss_v3"_s);
            }
        }
    }
    if (const std::optional<QJsonArray> threats = r.array(v, u"threats"_s, path)) {
        for (qsizetype i = 0; i < threats->size() && !r.failed(); ++i) {
            const QString here = u"%1/threats/%2"_s.arg(path).arg(i);
            const QJsonObject threat = r.element(*threats, i, path + u"/threats"_s);
            if (r.string(threat, u"category"_s, here, true) == u"exploit_status"_s
                && isExploitedText(r.string(threat, u"details"_s, here)))
                out.knownExploited = true;
        }
    }
}

Error invalid(const QString &detail)
{
    return Error(u"posture.csaf_invalid"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The file is not a CSAF 2.0 advisory Pasban can read, so nothing was imported. "
                                   "Use the advisory exactly as its publisher (for example CISA) provides it."),
                 {}, detail);
}

} // namespace

Status CsafParser::checkShape(QByteArrayView bytes)
{
    if (bytes.size() > MaxDocumentSize)
        return invalid(u"larger than %1 bytes"_s.arg(MaxDocumentSize));
    int depth = 0;
    bool inString = false;
    qsizetype stringStart = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (inString) {
            if (c == '\\') {
                ++i; // the escaped character cannot end the string
            } else if (c == '"') {
                inString = false;
                if (i - stringStart > MaxStringLength)
                    return invalid(
                        u"a string of more than %1 bytes at offset %2"_s.arg(MaxStringLength).arg(stringStart));
            }
            continue;
        }
        if (c == '"') {
            inString = true;
            stringStart = i;
        } else if (c == '{' || c == '[') {
            if (++depth > MaxNesting)
                return invalid(u"nested more than %1 deep at offset %2"_s.arg(MaxNesting).arg(i));
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    if (inString && bytes.size() - stringStart > MaxStringLength)
        return invalid(u"a string of more than %1 bytes at offset %2"_s.arg(MaxStringLength).arg(stringStart));
    return {};
}

Result<Advisory> CsafParser::parse(QByteArrayView bytes)
{
    if (Status shape = checkShape(bytes); !shape)
        return shape.error();
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(u"JSON: %1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset));
    if (!json.isObject())
        return invalid(u"/: expected an object"_s);
    const QJsonObject root = json.object();

    Reader r;
    Advisory advisory;
    if (const std::optional<QJsonObject> document = r.object(root, u"document"_s, QString(), true))
        readDocument(r, *document, advisory);
    if (r.failed())
        return invalid(r.error());

    if (const std::optional<QJsonObject> tree = r.object(root, u"product_tree"_s, QString())) {
        TreeReader reader(r, advisory.products);
        reader.branches(*tree, u"/product_tree"_s, {}, 1);
        if (const std::optional<QJsonArray> names = r.array(*tree, u"full_product_names"_s, u"/product_tree"_s)) {
            for (qsizetype i = 0; i < names->size() && !r.failed(); ++i) {
                const QJsonObject p = r.element(*names, i, u"/product_tree/full_product_names"_s);
                if (!r.failed())
                    reader.product(p, u"/product_tree/full_product_names/%1"_s.arg(i), {}, {}, false);
            }
        }
        (void)r.array(*tree, u"relationships"_s, u"/product_tree"_s);
    }
    if (r.failed())
        return invalid(r.error());

    if (const std::optional<QJsonArray> vulnerabilities =
            r.array(root, u"vulnerabilities"_s, QString(), MaxVulnerabilities)) {
        for (qsizetype i = 0; i < vulnerabilities->size() && !r.failed(); ++i) {
            const QJsonObject v = r.element(*vulnerabilities, i, u"/vulnerabilities"_s);
            if (r.failed())
                break;
            AdvisoryVulnerability vulnerability;
            readVulnerability(r, v, u"/vulnerabilities/%1"_s.arg(i), vulnerability);
            advisory.vulnerabilities.append(vulnerability);
        }
    }
    if (r.failed())
        return invalid(r.error());
    return advisory;
}

} // namespace pasban::posture
