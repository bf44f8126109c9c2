#include "PackageManifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace pasban::firmware {

namespace {

constexpr qsizetype MaxTextLength = 200;
constexpr qsizetype MaxReleaseNotes = 64 * 1024;
constexpr qsizetype MaxCves = 1000;
constexpr qsizetype MaxRevisions = 64;
constexpr qsizetype MaxKeyDer = 1024;

Error invalid(const QString &detail)
{
    return Error(u"firmware.manifest_invalid"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The firmware package's manifest is damaged or not valid (%1). Do not install "
                                   "the package; ask the manufacturer for a correct one."),
                 {detail});
}

// Reads one JSON object field by field; the first problem sticks, so callers can
// read everything and check once.
class Reader
{
public:
    Reader(const QJsonObject &object, QString where, const QStringList &known)
        : m_object(object)
        , m_where(std::move(where))
    {
        for (const QString &key : object.keys()) {
            if (!known.contains(key))
                fail(u"unknown field \"%1\""_s.arg(key.left(40)));
        }
    }

    QString text(const QString &key, qsizetype maxLength = MaxTextLength, bool required = true)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() && !required)
            return {};
        if (!value.isString())
            return fail(u"\"%1\" must be text"_s.arg(key)), QString();
        QString s = value.toString();
        if ((required && s.isEmpty()) || s.size() > maxLength)
            return fail(u"\"%1\" must have 1 to %2 characters"_s.arg(key).arg(maxLength)), QString();
        return s;
    }
    qint64 integer(const QString &key, qint64 minimum, qint64 maximum)
    {
        const QJsonValue value = m_object.value(key);
        // JSON numbers are doubles: beyond 2^53 they are not exact, so not accepted.
        const double d = value.toDouble(-1.0);
        // Range first: converting a double outside qint64's range is undefined (found by fuzz_firmware_manifest).
        if (!value.isDouble() || !(d >= double(minimum) && d <= double(maximum)) || std::abs(d) > 9007199254740992.0
            || d != std::trunc(d))
            return fail(u"\"%1\" must be a whole number from %2 to %3"_s.arg(key).arg(minimum).arg(maximum)), 0;
        return qint64(d);
    }
    bool boolean(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isBool())
            return fail(u"\"%1\" must be true or false"_s.arg(key)), false;
        return value.toBool();
    }
    QByteArray hex(const QString &key, qsizetype bytes)
    {
        const QString s = text(key, bytes * 2);
        static const QRegularExpression Hex(u"^[0-9a-f]+$"_s);
        if (s.size() != bytes * 2 || !Hex.match(s).hasMatch())
            return fail(u"\"%1\" must be %2 lower-case hex digits"_s.arg(key).arg(bytes * 2)), QByteArray();
        return QByteArray::fromHex(s.toLatin1());
    }
    QByteArray base64(const QString &key, qsizetype maxBytes)
    {
        const QString s = text(key, (maxBytes + 2) / 3 * 4);
        const auto decoded = QByteArray::fromBase64Encoding(
            s.toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty())
            return fail(u"\"%1\" must be base64"_s.arg(key)), QByteArray();
        return decoded.decoded;
    }
    QDateTime time(const QString &key)
    {
        const QString s = text(key, 40);
        const QDateTime t = QDateTime::fromString(s, Qt::ISODate);
        if (!t.isValid() || !s.endsWith(u'Z'))
            return fail(u"\"%1\" must be an ISO-8601 UTC time ending in Z"_s.arg(key)), QDateTime();
        return t.toUTC();
    }
    ImageVersion version(const QString &key)
    {
        const std::optional<ImageVersion> v = parseImageVersion(text(key, 40));
        if (!v)
            return fail(u"\"%1\" must be a version like 1.2.3 or 1.2.3+4"_s.arg(key)), ImageVersion();
        return *v;
    }
    QJsonArray array(const QString &key, qsizetype maxCount, bool required = true)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() && !required)
            return {};
        if (!value.isArray() || value.toArray().size() > maxCount)
            return fail(u"\"%1\" must be a list of at most %2 entries"_s.arg(key).arg(maxCount)), QJsonArray();
        return value.toArray();
    }
    QStringList texts(const QString &key, qsizetype maxCount, qsizetype maxLength, bool required = true)
    {
        QStringList list;
        for (const auto &v : array(key, maxCount, required)) {
            if (!v.isString() || v.toString().isEmpty() || v.toString().size() > maxLength)
                return fail(u"\"%1\" must hold texts of 1 to %2 characters"_s.arg(key).arg(maxLength)), QStringList();
            list.append(v.toString());
        }
        return list;
    }
    QJsonObject object(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isObject())
            return fail(u"\"%1\" must be an object"_s.arg(key)), QJsonObject();
        return value.toObject();
    }

    void fail(const QString &problem)
    {
        if (m_problem.isEmpty())
            m_problem = m_where.isEmpty() ? problem : m_where + u": "_s + problem;
    }
    [[nodiscard]] QString problem() const { return m_problem; }
    // Problems found by nested readers count as this one's.
    void adopt(const Reader &nested)
    {
        if (m_problem.isEmpty())
            m_problem = nested.problem();
    }

private:
    QJsonObject m_object;
    QString m_where;
    QString m_problem;
};

bool isFileName(const QString &name)
{
    static const QRegularExpression Pattern(u"^[A-Za-z0-9_][A-Za-z0-9._-]{0,99}$"_s);
    return Pattern.match(name).hasMatch();
}

QString hexText(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

std::optional<ImageVersion> parseImageVersion(QStringView text)
{
    static const QRegularExpression Pattern(u"^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,5})(?:\\+(\\d{1,10}))?$"_s);
    const QRegularExpressionMatch match = Pattern.match(text.toString());
    if (!match.hasMatch())
        return std::nullopt;
    const qulonglong major = match.capturedView(1).toULongLong();
    const qulonglong minor = match.capturedView(2).toULongLong();
    const qulonglong revision = match.capturedView(3).toULongLong();
    const qulonglong build = match.capturedView(4).isEmpty() ? 0 : match.capturedView(4).toULongLong();
    if (major > 0xff || minor > 0xff || revision > 0xffff || build > 0xffffffffULL)
        return std::nullopt;
    return ImageVersion {quint8(major), quint8(minor), quint16(revision), quint32(build)};
}

quint32 defaultSecurityCounter(const ImageVersion &version)
{
    return quint32(version.major) << 24 | quint32(version.minor) << 16 | version.revision;
}

Result<PackageManifest> PackageManifest::parse(QByteArrayView json)
{
    if (json.isEmpty() || json.size() > MaxSize)
        return invalid(u"%1 bytes; 1 to %2 allowed"_s.arg(json.size()).arg(MaxSize));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalid(u"not a JSON object (%1 at %2)"_s.arg(parseError.errorString()).arg(parseError.offset));

    Reader top(document.object(), {},
               {u"format"_s, u"formatVersion"_s, u"packageId"_s, u"vendor"_s, u"targets"_s, u"version"_s,
                u"sequenceNumber"_s, u"issued"_s, u"expires"_s, u"minimumConsoleVersion"_s, u"images"_s,
                u"installSet"_s, u"upgradePolicy"_s, u"releaseNotes"_s, u"cvesFixed"_s});
    if (top.text(u"format"_s) != u"pasban-firmware-manifest"_s)
        top.fail(u"\"format\" must be \"pasban-firmware-manifest\""_s);
    if (top.integer(u"formatVersion"_s, 1, 1000) != FormatVersion)
        top.fail(u"format version %1 is not supported"_s.arg(document.object().value(u"formatVersion"_s).toInt()));

    PackageManifest m;
    m.packageId = top.text(u"packageId"_s);
    m.vendor = top.text(u"vendor"_s);
    m.version = top.version(u"version"_s);
    m.sequenceNumber = quint64(top.integer(u"sequenceNumber"_s, 0, qint64(1) << 53));
    m.issued = top.time(u"issued"_s);
    m.expires = top.time(u"expires"_s);
    m.minimumConsoleVersion = top.text(u"minimumConsoleVersion"_s, 20);
    static const QRegularExpression ConsoleVersion(u"^\\d{1,4}\\.\\d{1,4}\\.\\d{1,4}$"_s);
    if (!ConsoleVersion.match(m.minimumConsoleVersion).hasMatch())
        top.fail(u"\"minimumConsoleVersion\" must look like 0.1.0"_s);
    m.releaseNotes = top.text(u"releaseNotes"_s, MaxReleaseNotes, false);
    m.cvesFixed = top.texts(u"cvesFixed"_s, MaxCves, 40, false);
    static const QRegularExpression Cve(u"^CVE-\\d{4}-\\d{4,}$"_s);
    for (const QString &cve : std::as_const(m.cvesFixed)) {
        if (!Cve.match(cve).hasMatch())
            top.fail(u"\"%1\" is not a CVE identifier"_s.arg(cve.left(40)));
    }

    const QJsonArray targets = top.array(u"targets"_s, MaxTargets);
    if (targets.isEmpty())
        top.fail(u"\"targets\" must name at least one model"_s);
    for (qsizetype i = 0; i < targets.size(); ++i) {
        Reader t(targets[i].toObject(), u"targets[%1]"_s.arg(i), {u"model"_s, u"hardwareRevisions"_s});
        if (!targets[i].isObject())
            t.fail(u"must be an object"_s);
        m.targets.append({t.text(u"model"_s), t.texts(u"hardwareRevisions"_s, MaxRevisions, 40, false)});
        top.adopt(t);
    }

    const QJsonArray images = top.array(u"images"_s, MaxImages);
    if (images.isEmpty())
        top.fail(u"\"images\" must list at least one image"_s);
    QSet<QString> names;
    for (qsizetype i = 0; i < images.size(); ++i) {
        Reader r(images[i].toObject(), u"images[%1]"_s.arg(i),
                 {u"file"_s, u"imageNumber"_s, u"size"_s, u"sha256"_s, u"mcubootHash"_s, u"version"_s,
                  u"securityCounter"_s, u"keyHash"_s, u"mcubootKey"_s});
        if (!images[i].isObject())
            r.fail(u"must be an object"_s);
        ManifestImage image;
        image.file = r.text(u"file"_s, 100);
        if (!image.file.isEmpty() && !isFileName(image.file))
            r.fail(u"\"file\" may use only letters, digits, '.', '_' and '-'"_s);
        if (names.contains(image.file))
            r.fail(u"\"%1\" is listed twice"_s.arg(image.file));
        names.insert(image.file);
        image.imageNumber = int(r.integer(u"imageNumber"_s, 0, 15));
        image.size = r.integer(u"size"_s, 1, qint64(1) << 32);
        image.sha256 = r.hex(u"sha256"_s, 32);
        image.mcubootHash = r.hex(u"mcubootHash"_s, 32);
        image.version = r.version(u"version"_s);
        image.securityCounter = quint32(r.integer(u"securityCounter"_s, 0, 0xffffffffLL));
        image.keyHash = r.hex(u"keyHash"_s, 32);
        image.mcubootKey = r.base64(u"mcubootKey"_s, MaxKeyDer);
        m.images.append(image);
        top.adopt(r);
    }

    m.installSet = top.texts(u"installSet"_s, MaxImages, 100);
    if (m.installSet.isEmpty())
        top.fail(u"\"installSet\" must name at least one image"_s);
    for (const QString &file : std::as_const(m.installSet)) {
        if (!names.contains(file))
            top.fail(u"\"installSet\" names \"%1\", which is not among the images"_s.arg(file.left(100)));
        if (m.installSet.count(file) > 1)
            top.fail(u"\"installSet\" names \"%1\" twice"_s.arg(file.left(100)));
    }

    Reader policy(top.object(u"upgradePolicy"_s), u"upgradePolicy"_s, {u"allowDowngrade"_s, u"mode"_s});
    m.allowDowngrade = policy.boolean(u"allowDowngrade"_s);
    m.updateMode = policy.text(u"mode"_s, 20);
    if (m.updateMode != u"test-confirm"_s && m.updateMode != u"confirm-only"_s && m.updateMode != u"test-only"_s)
        policy.fail(u"\"mode\" must be test-confirm, confirm-only or test-only"_s);
    top.adopt(policy);

    if (top.problem().isEmpty() && m.expires <= m.issued)
        top.fail(u"\"expires\" must be after \"issued\""_s);
    if (!top.problem().isEmpty())
        return invalid(top.problem());
    return m;
}

QByteArray PackageManifest::toJson() const
{
    QJsonArray targetArray;
    for (const ManifestTarget &t : targets) {
        QJsonObject o {{u"model"_s, t.model}};
        if (!t.hardwareRevisions.isEmpty())
            o.insert(u"hardwareRevisions"_s, QJsonArray::fromStringList(t.hardwareRevisions));
        targetArray.append(o);
    }
    QJsonArray imageArray;
    for (const ManifestImage &i : images) {
        imageArray.append(QJsonObject {
            {u"file"_s, i.file},
            {u"imageNumber"_s, i.imageNumber},
            {u"size"_s, i.size},
            {u"sha256"_s, hexText(i.sha256)},
            {u"mcubootHash"_s, hexText(i.mcubootHash)},
            {u"version"_s, i.version.toString()},
            {u"securityCounter"_s, qint64(i.securityCounter)},
            {u"keyHash"_s, hexText(i.keyHash)},
            {u"mcubootKey"_s, QString::fromLatin1(i.mcubootKey.toBase64())},
        });
    }
    QJsonObject o {
        {u"format"_s, u"pasban-firmware-manifest"_s},
        {u"formatVersion"_s, FormatVersion},
        {u"packageId"_s, packageId},
        {u"vendor"_s, vendor},
        {u"targets"_s, targetArray},
        {u"version"_s, version.toString()},
        {u"sequenceNumber"_s, qint64(sequenceNumber)},
        {u"issued"_s, issued.toUTC().toString(Qt::ISODate)},
        {u"expires"_s, expires.toUTC().toString(Qt::ISODate)},
        {u"minimumConsoleVersion"_s, minimumConsoleVersion},
        {u"images"_s, imageArray},
        {u"installSet"_s, QJsonArray::fromStringList(installSet)},
        {u"upgradePolicy"_s, QJsonObject {{u"allowDowngrade"_s, allowDowngrade}, {u"mode"_s, updateMode}}},
    };
    if (!releaseNotes.isEmpty())
        o.insert(u"releaseNotes"_s, releaseNotes);
    if (!cvesFixed.isEmpty())
        o.insert(u"cvesFixed"_s, QJsonArray::fromStringList(cvesFixed));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

const ManifestImage *PackageManifest::image(const QString &file) const
{
    for (const ManifestImage &i : images) {
        if (i.file == file)
            return &i;
    }
    return nullptr;
}

bool PackageManifest::targetsDevice(const QString &model, const QString &hardwareRevision) const
{
    for (const ManifestTarget &t : targets) {
        if (t.model == model && (t.hardwareRevisions.isEmpty() || t.hardwareRevisions.contains(hardwareRevision)))
            return true;
    }
    return false;
}

} // namespace pasban::firmware
