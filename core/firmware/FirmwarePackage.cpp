#include "FirmwarePackage.h"

#include <QCborMap>
#include <QCborParserError>
#include <QCborValue>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace pasban::firmware {

namespace {

const QString FormatName = u"pasban-firmware-package"_s;
constexpr int FormatVersion = 1;

Error invalid(const QString &detail)
{
    return Error(u"firmware.package_invalid"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "This file is not a valid Pasban firmware package (%1). Check that you chose the "
                                   "right file, or ask the manufacturer for the package again."),
                 {detail});
}

// Every key once, text only, all of them among KNOWN.
Status checkKeys(const QCborMap &map, const QStringList &known, const QString &where)
{
    QSet<QString> seen;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (!it.key().isString())
            return invalid(u"%1 has a key that is not text"_s.arg(where));
        const QString key = it.key().toString();
        if (!known.contains(key))
            return invalid(u"%1 has an unknown entry \"%2\""_s.arg(where, key.left(40)));
        if (seen.contains(key))
            return invalid(u"%1 has \"%2\" twice"_s.arg(where, key));
        seen.insert(key);
    }
    return {};
}

Result<QByteArray> bytesField(const QCborMap &map, const QString &key, qsizetype maxSize, bool required,
                              const QString &where)
{
    const QCborValue value = map.value(key);
    if (value.isUndefined() && !required)
        return QByteArray();
    if (!value.isByteArray())
        return invalid(u"%1 \"%2\" must be a byte string"_s.arg(where, key));
    const QByteArray bytes = value.toByteArray();
    if (bytes.isEmpty() || bytes.size() > maxSize)
        return invalid(u"%1 \"%2\" must have 1 to %3 bytes"_s.arg(where, key).arg(maxSize));
    return bytes;
}

} // namespace

Result<FirmwarePackage> FirmwarePackage::parse(QByteArrayView bytes)
{
    if (bytes.isEmpty() || bytes.size() > MaxFileSize)
        return invalid(u"%1 bytes; 1 to %2 allowed"_s.arg(bytes.size()).arg(MaxFileSize));
    QCborParserError error;
    const QCborValue root = QCborValue::fromCbor(bytes.toByteArray(), &error);
    if (error.error != QCborError::NoError)
        return invalid(u"CBOR: %1 at %2"_s.arg(error.errorString()).arg(error.offset));
    if (error.offset != bytes.size())
        return invalid(u"%1 bytes after the package"_s.arg(bytes.size() - error.offset));
    if (!root.isMap())
        return invalid(u"not a CBOR map"_s);
    const QCborMap map = root.toMap();
    if (Status s =
            checkKeys(map, {u"format"_s, u"formatVersion"_s, u"manifest"_s, u"files"_s, u"sbom"_s, u"signatures"_s},
                      u"the package"_s);
        !s)
        return s.error();
    if (map.value(u"format"_s).toString() != FormatName)
        return invalid(u"\"format\" is not \"%1\""_s.arg(FormatName));
    if (!map.value(u"formatVersion"_s).isInteger() || map.value(u"formatVersion"_s).toInteger() != FormatVersion)
        return invalid(u"format version %1 is not supported"_s.arg(map.value(u"formatVersion"_s).toInteger()));

    FirmwarePackage package;
    Result<QByteArray> manifest = bytesField(map, u"manifest"_s, PackageManifest::MaxSize, true, u"the package"_s);
    if (!manifest)
        return manifest.error();
    package.m_manifestBytes = *manifest;
    Result<PackageManifest> parsed = PackageManifest::parse(package.m_manifestBytes);
    if (!parsed)
        return parsed.error();
    package.m_manifest = std::move(parsed).value();

    const QCborValue files = map.value(u"files"_s);
    if (!files.isMap())
        return invalid(u"\"files\" must be a map"_s);
    QStringList names;
    for (const ManifestImage &image : package.m_manifest.images)
        names.append(image.file);
    if (Status s = checkKeys(files.toMap(), names, u"\"files\""_s); !s)
        return s.error();
    for (const QString &name : std::as_const(names)) {
        Result<QByteArray> file = bytesField(files.toMap(), name, MaxFileSize, true, u"\"files\""_s);
        if (!file)
            return file.error();
        package.m_files.insert(name, *file);
    }

    Result<QByteArray> sbom = bytesField(map, u"sbom"_s, MaxSbomSize, false, u"the package"_s);
    if (!sbom)
        return sbom.error();
    if (!sbom->isEmpty() && !QJsonDocument::fromJson(*sbom).isObject())
        return invalid(u"the SBOM is not a JSON object"_s);
    package.m_sbom = *sbom;

    const QCborValue signatures = map.value(u"signatures"_s);
    if (!signatures.isUndefined()) {
        if (!signatures.isMap())
            return invalid(u"\"signatures\" must be a map"_s);
        if (Status s = checkKeys(signatures.toMap(), {u"vendor"_s, u"approval"_s}, u"\"signatures\""_s); !s)
            return s.error();
        Result<QByteArray> vendor =
            bytesField(signatures.toMap(), u"vendor"_s, MaxSignatureSize, false, u"\"signatures\""_s);
        if (!vendor)
            return vendor.error();
        Result<QByteArray> approval =
            bytesField(signatures.toMap(), u"approval"_s, MaxSignatureSize, false, u"\"signatures\""_s);
        if (!approval)
            return approval.error();
        package.m_vendorSignature = *vendor;
        package.m_approvalSignature = *approval;
    }
    return package;
}

Result<FirmwarePackage> FirmwarePackage::create(const QByteArray &manifestJson, const QMap<QString, QByteArray> &files,
                                                const QByteArray &sbom)
{
    Result<PackageManifest> manifest = PackageManifest::parse(manifestJson);
    if (!manifest)
        return manifest.error();
    FirmwarePackage package;
    package.m_manifestBytes = manifestJson;
    package.m_manifest = *manifest;
    for (const ManifestImage &image : manifest->images) {
        if (!files.contains(image.file))
            return invalid(u"the manifest names \"%1\", which was not given"_s.arg(image.file));
        package.m_files.insert(image.file, files.value(image.file));
    }
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        if (!manifest->image(it.key()))
            return invalid(u"\"%1\" is not in the manifest"_s.arg(it.key()));
    }
    if (!sbom.isEmpty() && !QJsonDocument::fromJson(sbom).isObject())
        return invalid(u"the SBOM is not a JSON object"_s);
    package.m_sbom = sbom;
    return package;
}

QByteArray FirmwarePackage::serialize() const
{
    QCborMap files;
    for (auto it = m_files.constBegin(); it != m_files.constEnd(); ++it)
        files.insert(it.key(), it.value());
    QCborMap map {{u"format"_s, FormatName},
                  {u"formatVersion"_s, FormatVersion},
                  {u"manifest"_s, m_manifestBytes},
                  {u"files"_s, files}};
    if (!m_sbom.isEmpty())
        map.insert(u"sbom"_s, m_sbom);
    QCborMap signatures;
    if (!m_vendorSignature.isEmpty())
        signatures.insert(u"vendor"_s, m_vendorSignature);
    if (!m_approvalSignature.isEmpty())
        signatures.insert(u"approval"_s, m_approvalSignature);
    if (!signatures.isEmpty())
        map.insert(u"signatures"_s, signatures);
    return map.toCborValue().toCbor();
}

} // namespace pasban::firmware
