#include "NordicDfuZip.h"

#include "common/ZipReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace pasban::firmware {

namespace {

constexpr qsizetype MaxFieldLength = 200;

Error invalidManifest(const QString &why)
{
    return Error(
        u"firmware.dfu_manifest_invalid"_s,
        QT_TRANSLATE_NOOP("pasban::Error", "The DFU package's manifest.json is not the nRF Connect SDK's format."), {},
        why);
}

// A text field of a manifest entry (numbers are accepted as the generator writes
// some as numbers), bounded; empty when absent.
QString field(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString().left(MaxFieldLength);
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 16);
    return {};
}

} // namespace

Result<NordicDfuImage> readNordicDfuZip(const QByteArray &zipBytes)
{
    ZipReader::Limits limits;
    limits.maxEntries = 16; // a manifest and a few images
    Result<ZipReader> zip = ZipReader::open(zipBytes, limits);
    if (!zip)
        return zip.error();

    const ZipEntry *manifestEntry = zip->find(u"manifest.json"_s);
    if (!manifestEntry) {
        return Error(
            u"firmware.dfu_manifest_missing"_s,
            QT_TRANSLATE_NOOP("pasban::Error", "The ZIP file has no manifest.json: it is not a Nordic DFU package."));
    }
    if (manifestEntry->uncompressedSize > MaxDfuManifestSize)
        return invalidManifest(u"manifest.json is larger than %1 bytes"_s.arg(MaxDfuManifestSize));
    Result<QByteArray> manifestBytes = zip->read(*manifestEntry);
    if (!manifestBytes)
        return manifestBytes.error();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*manifestBytes, &parseError);
    if (!document.isObject())
        return invalidManifest(parseError.errorString());
    const QJsonObject manifest = document.object();
    if (manifest.value(u"manifest"_s).isObject()) {
        return Error(u"firmware.dfu_legacy"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "This DFU package is for the nRF5 SDK's bootloader, not an MCUboot image "
                                       "from the nRF Connect SDK."));
    }
    if (!manifest.value(u"files"_s).isArray())
        return invalidManifest(u"no \"files\" list"_s);
    const QJsonArray files = manifest.value(u"files"_s).toArray();
    if (files.size() > 1) {
        return Error(u"firmware.dfu_multiple_images"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "The DFU package holds %1 images (for several cores or bootloader stages); "
                                       "Pasban imports a DFU package with a single application image only, so that "
                                       "an update is never split."),
                     {QString::number(files.size())});
    }
    const QJsonObject file = files.isEmpty() ? QJsonObject() : files.first().toObject();
    const QString type = field(file, u"type"_s);
    if (files.isEmpty() || (!type.isEmpty() && type != u"application"_s)) {
        return Error(u"firmware.dfu_no_application"_s,
                     QT_TRANSLATE_NOOP("pasban::Error", "The DFU package's manifest names no application image."), {},
                     type);
    }
    const QString fileName = file.value(u"file"_s).toString();
    const ZipEntry *imageEntry = fileName.isEmpty() ? nullptr : zip->find(fileName);
    if (!imageEntry) {
        return Error(u"firmware.dfu_image_missing"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "The DFU package's manifest names an image the ZIP file does not hold: %1"),
                     {fileName.left(MaxFieldLength)});
    }
    const QJsonValue size = file.value(u"size"_s);
    if (size.isDouble() && size.toDouble() != double(imageEntry->uncompressedSize)) {
        return Error(
            u"firmware.dfu_size_mismatch"_s,
            QT_TRANSLATE_NOOP("pasban::Error", "The image in the DFU package is not the size its manifest states."), {},
            u"%1 != %2"_s.arg(size.toDouble()).arg(imageEntry->uncompressedSize));
    }
    Result<QByteArray> image = zip->read(*imageEntry);
    if (!image)
        return image.error();

    NordicDfuImage out;
    out.fileName = fileName;
    out.image = std::move(image).value();
    out.board = field(file, u"board"_s);
    out.soc = field(file, u"soc"_s);
    out.manifestVersion = field(file, u"version_MCUBOOT"_s);
    out.name = field(manifest, u"name"_s);
    return out;
}

} // namespace pasban::firmware
