#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCborMap>
#include <QList>
#include <QString>

#include <optional>

namespace pasban::smp {

// One slot of the image list (image group, command 0). Devices leave out flags that
// are false and "image" when there is only image 0.
struct ImageSlotState
{
    quint32 image = 0;
    quint32 slot = 0;
    QString version; // as the device formats it: "1.2.3" or "1.2.3.4" (with build)
    QByteArray hash; // MCUboot's SHA TLV of the image in that slot; empty if not sent
    bool bootable = false;
    bool pending = false;
    bool confirmed = false;
    bool active = false;
    bool permanent = false;
};

struct ImageStateList
{
    QList<ImageSlotState> images;
    std::optional<qint64> splitStatus;
};

// The device's answer to an upload chunk: where to continue; "match" comes with the
// last chunk on devices that check the whole file's SHA-256.
struct UploadProgress
{
    quint32 offset = 0;
    std::optional<bool> match;
};

// OS group command 6. bufferSize includes the SMP header: the largest message the
// device reassembles. bufferCount bounds how many requests may be in flight.
struct DeviceParameters
{
    quint32 bufferSize = 0;
    quint32 bufferCount = 0;
};

// OS group command 8: {"bootloader"} without a query, {"mode", "no-downgrade"?}
// for the "mode" query. Each field is absent when the device did not send it.
struct BootloaderInfo
{
    // MCUboot's modes, as the device numbers them.
    enum Mode : qint64 {
        SingleApplication = 0,
        SwapUsingScratch = 1,
        OverwriteOnly = 2,
        SwapUsingMove = 3,
        DirectXip = 4,
        DirectXipWithRevert = 5,
        RamLoad = 6,
        FirmwareLoader = 7,
    };

    QString name;
    std::optional<qint64> mode;
    std::optional<bool> noDowngrade;
};

// Readers for response payloads. Each first looks for a device error ({"rc"} or
// {"err"}) and returns it as the Error; then reads the fields: optional fields may
// be missing, but a field that is present with the wrong type or out of range makes
// the whole response an smp.bad_response error, never a silently wrong value.
class SmpResponses
{
public:
    // For commands whose success carries no data (reset, erase).
    [[nodiscard]] static Status status(const QCborMap &payload);
    [[nodiscard]] static Result<QString> echo(const QCborMap &payload);
    [[nodiscard]] static Result<QString> osInfo(const QCborMap &payload);
    [[nodiscard]] static Result<DeviceParameters> parameters(const QCborMap &payload);
    [[nodiscard]] static Result<BootloaderInfo> bootloaderInfo(const QCborMap &payload);
    [[nodiscard]] static Result<ImageStateList> imageState(const QCborMap &payload);
    [[nodiscard]] static Result<UploadProgress> upload(const QCborMap &payload);
};

} // namespace pasban::smp
