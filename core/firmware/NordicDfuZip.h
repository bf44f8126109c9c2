#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace pasban::firmware {

// The application image of a Nordic DFU package (`dfu_application.zip`, made by
// the nRF Connect SDK's build for MCUboot devices): a ZIP archive with a
// manifest.json — {"format-version": 0, "time": …, "name": …, "files": [{"type":
// "application", "file": "app_update.bin", "size": …, "board": …, "soc": …,
// "version_MCUBOOT": "1.2.3+0", "image_index": "0", …}]} — and the MCUboot image
// it names. Nothing in it is signed beyond the image's own MCUboot signature,
// so the image can only be imported as unverified (PackageLibrary).
//
// The archive is read with ZipReader (bounded; see there). Refused, each with a
// firmware.dfu_* error: no manifest.json, a manifest that is not the NCS format
// (the nRF5 SDK's legacy {"manifest": …} is named as such), more than one image
// (a multi-core update must not be split), no application image, an image the
// manifest names but the archive lacks, or one whose size disagrees.
struct NordicDfuImage
{
    QString fileName; // the entry in the archive, e.g. "app_update.bin"
    QByteArray image; // the MCUboot image
    QString board; // as the manifest says; may be empty
    QString soc;
    QString manifestVersion; // version_MCUBOOT, e.g. "1.2.3+0"; may be empty
    QString name; // the build's "name" for the update, shown as release notes
};

inline constexpr qint64 MaxDfuManifestSize = 64 * 1024;

[[nodiscard]] Result<NordicDfuImage> readNordicDfuZip(const QByteArray &zipBytes);

} // namespace pasban::firmware
