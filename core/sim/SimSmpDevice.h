#pragma once

#include "firmware/McubootImage.h"

#include <QByteArray>
#include <QCborMap>
#include <QList>
#include <QRandomGenerator>

#include <optional>

namespace pasban::sim {

// Faults the simulated device or its link produce on demand. Offsets count
// upload bytes; -1 = off. Each offset fault fires once.
struct SimFaults
{
    qint64 dropAtOffset = -1; // the link goes down when an upload chunk would reach it
    double dropProbability = 0; // per request, from `seed`
    quint64 seed = 1;
    qint64 dropAfterMessages = -1; // the link goes down instead of answering request N (from 1)
    qint64 rebootAtOffset = -1; // the device resets mid-upload (its upload session is lost)
    qint64 corruptReplyNumber = -1; // reply N (from 1) has a byte flipped
    qint64 stallAtOffset = -1; // the device stops answering for stallMs
    int stallMs = 3000;
    // Answer `errorRc` (v1 form) to the next `errorCount` requests of this group/command.
    int errorGroup = -1;
    int errorCommand = -1;
    int errorRc = 10;
    int errorCount = 0;
    // Refuse an upload whose version is older than the running one (image group
    // rc 27, v2 form), as Zephyr does with "upgrade" or a no-downgrade MCUboot.
    bool refuseDowngrade = false;
};

struct SimDeviceConfig
{
    quint32 bufSize = 2475;
    quint32 bufCount = 4;
    qint64 slotSize = 1024 * 1024;
    qint64 bootloaderMode = 3; // swap using move
    bool noDowngrade = false;
    int eraseMs = 0; // simulated slot erase on a new upload's first chunk
    int rebootMs = 50; // link down while the device resets
    int linkDownMs = 200; // how long a dropped link stays down
};

// What the device does with one request, for the link layer to carry out.
struct SimAction
{
    QList<QByteArray> replies;
    int busyMs = 0; // the device works this long before answering (slot erase)
    bool dropLink = false; // take the link down (no reply)
    bool reboot = false; // reset after the reply has gone out
    int stallMs = 0; // answer nothing for this long
};

// An MCUboot device's SMP server, without I/O: primary and secondary slots, the
// image list, uploads resumable by SHA-256, test / confirm / revert on reset,
// bootloader info, buffer parameters and the faults above. One request in, what
// to do out (SimSmpServer adds time and the link).
class SimSmpDevice
{
public:
    struct Slot
    {
        QByteArray bytes;
        QByteArray hash; // MCUboot's hash TLV
        firmware::ImageVersion version;
        [[nodiscard]] bool isEmpty() const { return hash.isEmpty(); }
    };

    explicit SimSmpDevice(const QByteArray &primaryImage, const SimDeviceConfig &config = {},
                          const SimFaults &faults = {});

    [[nodiscard]] SimAction handle(const QByteArray &request);
    // The bootloader runs: swaps a pending image in, or reverts an unconfirmed one.
    void reboot();

    [[nodiscard]] const Slot &primary() const { return m_primary; }
    [[nodiscard]] const Slot &secondary() const { return m_secondary; }
    [[nodiscard]] bool primaryConfirmed() const { return m_primaryConfirmed; }
    [[nodiscard]] bool secondaryPending() const { return m_pending != Pending::None; }
    [[nodiscard]] qint64 uploadedBytes() const { return m_upload.size(); }
    [[nodiscard]] int reboots() const { return m_reboots; }
    [[nodiscard]] quint64 requests() const { return m_requests; }
    [[nodiscard]] const SimDeviceConfig &config() const { return m_config; }
    SimFaults &faults() { return m_faults; }

private:
    enum class Pending { None, Test, Permanent };

    [[nodiscard]] QCborMap dispatch(quint16 group, quint8 command, bool write, const QCborMap &request,
                                    SimAction &action);
    [[nodiscard]] QCborMap imageList() const;
    [[nodiscard]] QCborMap imageStateWrite(const QCborMap &request);
    [[nodiscard]] QCborMap upload(const QCborMap &request, SimAction &action);
    [[nodiscard]] QCborMap bootloaderInfo(const QCborMap &request) const;
    [[nodiscard]] static QCborMap rc(qint64 code);
    [[nodiscard]] static QCborMap imageError(qint64 code);
    [[nodiscard]] static std::optional<Slot> parseSlot(const QByteArray &bytes);

    SimDeviceConfig m_config;
    SimFaults m_faults;
    QRandomGenerator m_random;
    Slot m_primary;
    Slot m_secondary;
    bool m_primaryConfirmed = true;
    Pending m_pending = Pending::None;
    // The upload: the data survives a reset (it is in flash), the session
    // (m_sessionOpen) does not.
    QByteArray m_upload;
    QByteArray m_uploadSha;
    qint64 m_uploadLength = 0;
    bool m_sessionOpen = false;
    int m_reboots = 0;
    quint64 m_requests = 0;
    quint64 m_replies = 0;
};

} // namespace pasban::sim
