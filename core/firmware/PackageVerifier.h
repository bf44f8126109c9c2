#pragma once

#include "FirmwarePackage.h"
#include "McubootImage.h"
#include "RollbackStore.h"
#include "TrustSnapshot.h"
#include "common/Clock.h"
#include "common/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace pasban::audit {
class AuditSink;
}

namespace pasban::firmware {

// The device a package is meant for, as the console knows it (Device Information,
// SMP image list, inventory).
struct TargetDevice
{
    QString deviceId; // inventory id; names the anti-rollback record and the audit event
    QString model;
    QString hardwareRevision;
    std::optional<ImageVersion> currentVersion; // what the device runs, if known
    QByteArray activeImageHash; // MCUboot hash of the running image, if known
};

struct VerifyOptions
{
    bool requireApproval = false; // e.g. a technician may push approved packages only
    QString consoleVersion = QStringLiteral(PASBAN_VERSION);
    QString operatorId; // for the audit event
};

// One line of the verdict: every check is listed, so an operator sees all of them.
struct VerificationCheck
{
    enum class State { Passed, Failed, NotApplicable };

    QString id; // stable: "vendor-signature", "approval", "expiry", ...
    const char *title = nullptr; // QT_TRANSLATE_NOOP("pasban::firmware::Check", ...)
    State state = State::Passed;
    QString detail; // what was found, technical, untranslated
    std::optional<Error> error; // the reason, when Failed

    [[nodiscard]] QString translatedTitle() const;
    [[nodiscard]] static QString stateName(State state); // "passed", "failed", "not-applicable"
};

struct VerificationReport
{
    QList<VerificationCheck> checks;
    QString vendorSigner; // subject of the vendor's signing certificate, when it verified
    QString approvalSigner;

    [[nodiscard]] bool passed() const;
    // The first failed check's error (the one to show when only one fits).
    [[nodiscard]] std::optional<Error> firstFailure() const;
    [[nodiscard]] const VerificationCheck *check(const QString &id) const;
};

// Decides whether a package may be sent to a device. Nothing is sent unless every
// check passes. Checks, in order (docs/firmware-package.md lists their error codes):
//   vendor-signature   CMS signature over the manifest; chain to a vendor root,
//                      validity, CRLs, code-signing EKU (OpenSSL path validation)
//   local-revocation   no certificate of the chain revoked in the trust store
//   approval           hospital approval countersignature (required only by option)
//   expiry             issued ≤ now < expires
//   console-version    this console is at least the manifest's minimum
//   target             model and hardware revision match the device
//   file-hashes        every file's size and SHA-256 match the manifest
//   mcuboot-images     each image parses, its hash TLV matches a recomputation and the
//                      manifest, its version and security counter equal the manifest's,
//                      it is signed by the MCUboot key the manifest names
//   development-key    that key is not one of MCUboot's published development keys
//   anti-rollback      version, sequence number, security counter ≥ the device's record
//                      and version ≥ what the device runs
//   not-active         the device does not already run this image
// The verdict is audited (one event listing every failed check's code).
class PackageVerifier
{
public:
    PackageVerifier(TrustSnapshot trust, audit::AuditSink *sink, const Clock &clock = Clock::system());

    [[nodiscard]] VerificationReport verify(const FirmwarePackage &package, const TargetDevice &device,
                                            const std::optional<DeviceFirmwareRecord> &record,
                                            const VerifyOptions &options = {}) const;

private:
    void audit(const FirmwarePackage &package, const TargetDevice &device, const VerificationReport &report,
               const VerifyOptions &options) const;

    TrustSnapshot m_trust;
    audit::AuditSink *m_sink;
    const Clock &m_clock;
};

// Importing firmware that is not a Pasban package (a bare MCUboot .bin, a Nordic
// dfu_application.zip). Such firmware cannot be verified; it is accepted only with
// an explicit override, and the override is audited (Use of Restricted Function).
struct UnverifiedFirmware
{
    enum class Kind { McubootImage, NordicDfuZip, RawBinary };
    Kind kind;
    QString fileName;
    QByteArray bytes;
    QByteArray sha256;
};

[[nodiscard]] Result<UnverifiedFirmware> importUnverified(const QString &fileName, const QByteArray &bytes,
                                                          bool overrideConfirmed, audit::AuditSink *sink,
                                                          const QString &operatorId = {});

} // namespace pasban::firmware
