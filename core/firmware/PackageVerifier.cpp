#include "PackageVerifier.h"

#include "DevelopmentKeys.h"
#include "audit/AuditSink.h"
#include "crypto/Cms.h"
#include "crypto/Hash.h"
#include "crypto/PublicKey.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace pasban::firmware {

namespace {

using State = VerificationCheck::State;

Error imageNotAsDeclared(const QString &file, const QString &detail)
{
    return Error(u"firmware.image_not_as_declared"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The image %1 is not the one the package's manifest declares: it was replaced or "
                                   "taken from another package. Do not install it."),
                 {file}, detail);
}

// "1.2.3" to a comparable triple; nothing if it is not one.
std::optional<std::array<int, 3>> consoleVersionOf(const QString &text)
{
    static const QRegularExpression Pattern(u"^(\\d{1,4})\\.(\\d{1,4})\\.(\\d{1,4})$"_s);
    const QRegularExpressionMatch m = Pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return std::array<int, 3> {m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()};
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

// Checks are filled in by reference while later ones are added, so the list must
// never reallocate: its capacity is reserved up front for all of them.
class ReportBuilder
{
public:
    static constexpr qsizetype MaxChecks = 16;
    ReportBuilder() { m_report.checks.reserve(MaxChecks); }

    VerificationCheck &add(const QString &id, const char *title)
    {
        Q_ASSERT(m_report.checks.size() < MaxChecks);
        m_report.checks.append(VerificationCheck {id, title, State::Passed, {}, std::nullopt});
        return m_report.checks.last();
    }
    static void fail(VerificationCheck &check, const Error &error)
    {
        // The first reason found is the one reported; later ones would repeat it.
        if (check.state == State::Failed)
            return;
        check.state = State::Failed;
        check.error = error;
        check.detail = error.detail();
    }
    VerificationReport &report() { return m_report; }

private:
    VerificationReport m_report;
};

// The signature of one role, verified against that role's roots.
Result<crypto::CmsVerification> verifySignature(const QByteArray &signature, const QByteArray &manifest,
                                                const QList<crypto::Certificate> &roots, const TrustSnapshot &trust,
                                                const QDateTime &now)
{
    crypto::CmsVerifyOptions options;
    options.trustedRoots = roots;
    options.crls = trust.crls;
    options.time = now;
    options.requireCodeSigning = true;
    return crypto::cmsVerifyDetached(signature, manifest, options);
}

std::optional<Error> locallyRevoked(const crypto::CmsVerification &verified, const TrustSnapshot &trust)
{
    for (const crypto::Certificate &c : verified.chain) {
        if (trust.revokedFingerprints.contains(c.fingerprintSha256())) {
            return Error(u"firmware.certificate_revoked_locally"_s,
                         QT_TRANSLATE_NOOP("pasban::Error",
                                           "The certificate \"%1\" was revoked in this console's trust store: "
                                           "packages it signed are no longer accepted."),
                         {c.commonName()}, c.fingerprintText());
        }
    }
    return std::nullopt;
}

// Everything about one image; the first problem, or nothing.
std::optional<Error> checkImage(const ManifestImage &declared, const QByteArray &file, VerificationCheck &devKey)
{
    Result<McubootImage> image = McubootImage::parse(file);
    if (!image)
        return image.error().withDetail(declared.file);
    if (Status hashed = image->verifyHash(); !hashed)
        return hashed.error().withDetail(declared.file);
    if (image->hashTlv().value != declared.mcubootHash) {
        return imageNotAsDeclared(
            declared.file, u"hash TLV %1, manifest %2"_s.arg(hex(image->hashTlv().value), hex(declared.mcubootHash)));
    }
    if (image->version() != declared.version) {
        return imageNotAsDeclared(
            declared.file, u"version %1, manifest %2"_s.arg(image->version().toString(), declared.version.toString()));
    }
    if (const quint32 counter = image->securityCounter().value_or(0); counter != declared.securityCounter) {
        return imageNotAsDeclared(declared.file,
                                  u"security counter %1, manifest %2"_s.arg(counter).arg(declared.securityCounter));
    }

    // The MCUboot key: the one the manifest names, which the vendor's signature covers.
    Result<crypto::PublicKey> key = crypto::PublicKey::fromDer(declared.mcubootKey);
    if (!key) {
        return Error(u"firmware.mcuboot_key_invalid"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "The MCUboot key named in the package's manifest for %1 cannot be used."),
                     {declared.file}, key.error().detail());
    }
    const Result<QByteArray> keyBytes = key->mcubootKeyBytes();
    if (!keyBytes)
        return keyBytes.error();
    const QByteArray keyHash = crypto::sha256(*keyBytes);
    if (keyHash != declared.keyHash) {
        return imageNotAsDeclared(
            declared.file, u"manifest key hash %1, its key hashes to %2"_s.arg(hex(declared.keyHash), hex(keyHash)));
    }
    // The key hash an image carries is SHA-256 or (with SHA-512 images) SHA-512.
    const QByteArray carried = image->keyHash();
    if (!carried.isEmpty()) {
        const QByteArray expected = carried.size() == 64 ? crypto::sha512(*keyBytes) : keyHash;
        if (carried != expected) {
            return imageNotAsDeclared(declared.file,
                                      u"image key hash %1, manifest key %2"_s.arg(hex(carried), hex(expected)));
        }
    }

    // Development keys: checked on every key hash in sight, before the signature, so
    // an image signed with one is named for what it is even when the signature holds.
    QList<QByteArray> hashes {keyHash, carried};
    if (!image->publicKey().isEmpty())
        hashes.append(crypto::sha256(image->publicKey()));
    for (const QByteArray &h : std::as_const(hashes)) {
        if (const std::optional<DevelopmentKey> dev = findDevelopmentKey(h)) {
            ReportBuilder::fail(
                devKey,
                Error(u"firmware.development_key"_s,
                      QT_TRANSLATE_NOOP("pasban::Error",
                                        "The image %1 is signed with one of MCUboot's published development "
                                        "keys (%2), which anyone can use. It proves nothing about who built "
                                        "the firmware. Do not install it."),
                      {declared.file, QString::fromLatin1(dev->file)}, hex(h)));
        }
    }

    if (Status signature = image->verifySignature(*key); !signature)
        return signature.error().withDetail(declared.file);
    return std::nullopt;
}

} // namespace

QString VerificationCheck::translatedTitle() const
{
    return QCoreApplication::translate("pasban::firmware::Check", title);
}

QString VerificationCheck::stateName(State state)
{
    switch (state) {
    case State::Passed:
        return u"passed"_s;
    case State::Failed:
        return u"failed"_s;
    case State::NotApplicable:
        return u"not-applicable"_s;
    }
    return {};
}

bool VerificationReport::passed() const
{
    return !checks.isEmpty() && std::none_of(checks.cbegin(), checks.cend(), [](const VerificationCheck &c) {
        return c.state == VerificationCheck::State::Failed;
    });
}

std::optional<Error> VerificationReport::firstFailure() const
{
    for (const VerificationCheck &c : checks) {
        if (c.state == VerificationCheck::State::Failed)
            return c.error;
    }
    return std::nullopt;
}

const VerificationCheck *VerificationReport::check(const QString &id) const
{
    for (const VerificationCheck &c : checks) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

PackageVerifier::PackageVerifier(TrustSnapshot trust, audit::AuditSink *sink, const Clock &clock)
    : m_trust(std::move(trust))
    , m_sink(sink)
    , m_clock(clock)
{
}

VerificationReport PackageVerifier::verify(const FirmwarePackage &package, const TargetDevice &device,
                                           const std::optional<DeviceFirmwareRecord> &record,
                                           const VerifyOptions &options) const
{
    ReportBuilder b;
    const PackageManifest &m = package.manifest();
    const QDateTime now = m_clock.nowUtc();

    // Signatures.
    VerificationCheck &vendor = b.add(
        u"vendor-signature"_s, QT_TRANSLATE_NOOP("pasban::firmware::Check", "Vendor signature and certificate chain"));
    VerificationCheck &localRevocation = b.add(
        u"local-revocation"_s, QT_TRANSLATE_NOOP("pasban::firmware::Check", "Signers not revoked in this console"));
    if (package.vendorSignature().isEmpty()) {
        ReportBuilder::fail(vendor,
                            Error(u"firmware.vendor_signature_missing"_s,
                                  QT_TRANSLATE_NOOP("pasban::Error",
                                                    "The package is not signed by its vendor. Do not "
                                                    "install it.")));
        localRevocation.state = State::NotApplicable;
    } else {
        const Result<crypto::CmsVerification> verified =
            verifySignature(package.vendorSignature(), package.manifestBytes(), m_trust.vendorRoots, m_trust, now);
        if (!verified) {
            ReportBuilder::fail(vendor, verified.error());
            localRevocation.state = State::NotApplicable;
        } else {
            b.report().vendorSigner = verified->signer.subject();
            vendor.detail = verified->signer.subject();
            if (const std::optional<Error> revoked = locallyRevoked(*verified, m_trust))
                ReportBuilder::fail(localRevocation, *revoked);
        }
    }

    VerificationCheck &approval =
        b.add(u"approval"_s, QT_TRANSLATE_NOOP("pasban::firmware::Check", "Hospital approval"));
    if (package.approvalSignature().isEmpty()) {
        if (options.requireApproval) {
            ReportBuilder::fail(approval,
                                Error(u"firmware.approval_missing"_s,
                                      QT_TRANSLATE_NOOP("pasban::Error",
                                                        "This package has not been approved by the "
                                                        "hospital's clinical engineering, which your role "
                                                        "requires before installing it.")));
        } else {
            approval.state = State::NotApplicable;
        }
    } else if (!options.requireApproval && m_trust.approvalRoots.isEmpty()) {
        // A console that trusts no approval root cannot judge an approval it does not need.
        approval.state = State::NotApplicable;
        approval.detail = u"no approval roots in the trust store"_s;
    } else {
        const Result<crypto::CmsVerification> verified =
            verifySignature(package.approvalSignature(), package.manifestBytes(), m_trust.approvalRoots, m_trust, now);
        if (!verified) {
            ReportBuilder::fail(approval, verified.error());
        } else if (const std::optional<Error> revoked = locallyRevoked(*verified, m_trust)) {
            ReportBuilder::fail(approval, *revoked);
        } else {
            b.report().approvalSigner = verified->signer.subject();
            approval.detail = verified->signer.subject();
        }
    }

    VerificationCheck &expiry =
        b.add(u"expiry"_s, QT_TRANSLATE_NOOP("pasban::firmware::Check", "Package validity period"));
    expiry.detail = u"%1 to %2, now %3"_s.arg(m.issued.toString(Qt::ISODate), m.expires.toString(Qt::ISODate),
                                              now.toString(Qt::ISODate));
    if (now < m.issued) {
        ReportBuilder::fail(expiry,
                            Error(u"firmware.package_not_yet_valid"_s,
                                  QT_TRANSLATE_NOOP("pasban::Error",
                                                    "The package is not valid yet (it is dated in the "
                                                    "future). Check this computer's clock."),
                                  {}, expiry.detail));
    } else if (now >= m.expires) {
        ReportBuilder::fail(expiry,
                            Error(u"firmware.package_expired"_s,
                                  QT_TRANSLATE_NOOP("pasban::Error",
                                                    "The package has expired. Ask the manufacturer for a "
                                                    "current one."),
                                  {}, expiry.detail));
    }

    VerificationCheck &console =
        b.add(u"console-version"_s, QT_TRANSLATE_NOOP("pasban::firmware::Check", "Console version"));
    const auto needed = consoleVersionOf(m.minimumConsoleVersion);
    const auto have = consoleVersionOf(options.consoleVersion);
    console.detail = u"needs %1, this is %2"_s.arg(m.minimumConsoleVersion, options.consoleVersion);
    if (!needed || !have || *have < *needed) {
        ReportBuilder::fail(console,
                            Error(u"firmware.console_too_old"_s,
                                  QT_TRANSLATE_NOOP("pasban::Error",
                                                    "This package needs Pasban %1 or newer. Update Pasban "
                                                    "first."),
                                  {m.minimumConsoleVersion}, console.detail));
    }

    VerificationCheck &target =
        b.add(u"target"_s, QT_TRANSLATE_NOOP("pasban::firmware::Check", "Device model and hardware"));
    target.detail = u"device %1 rev %2"_s.arg(device.model, device.hardwareRevision);
    const bool modelKnown = std::any_of(m.targets.cbegin(), m.targets.cend(),
                                        [&](const ManifestTarget &t) { return t.model == device.model; });
    if (!modelKnown) {
        ReportBuilder::fail(
            target,
            Error(u"firmware.wrong_model"_s,
                  QT_TRANSLATE_NOOP("pasban::Error", "This package is not made for this device's model (%1)."),
                  {device.model}, target.detail));
    } else if (!m.targetsDevice(device.model, device.hardwareRevision)) {
        ReportBuilder::fail(target,
                            Error(u"firmware.wrong_hardware"_s,
                                  QT_TRANSLATE_NOOP("pasban::Error",
                                                    "This package is not made for this device's hardware "
                                                    "revision (%1)."),
                                  {device.hardwareRevision}, target.detail));
    }

    VerificationCheck &files = b.add(u"file-hashes"_s, QT_TRANSLATE_NOOP("pasban::firmware::Check", "File checksums"));
    for (const ManifestImage &image : m.images) {
        const QByteArray bytes = package.files().value(image.file);
        const QByteArray digest = crypto::sha256(bytes);
        if (bytes.size() != image.size || digest != image.sha256) {
            ReportBuilder::fail(files,
                                Error(u"firmware.file_hash_mismatch"_s,
                                      QT_TRANSLATE_NOOP("pasban::Error",
                                                        "The file %1 in the package has been changed or "
                                                        "replaced: its checksum differs from the signed "
                                                        "manifest. Do not install it."),
                                      {image.file},
                                      u"%1 bytes SHA-256 %2; manifest %3 bytes %4"_s.arg(bytes.size())
                                          .arg(hex(digest))
                                          .arg(image.size)
                                          .arg(hex(image.sha256))));
        }
    }

    VerificationCheck &images =
        b.add(u"mcuboot-images"_s, QT_TRANSLATE_NOOP("pasban::firmware::Check", "MCUboot images and their signatures"));
    VerificationCheck &devKey =
        b.add(u"development-key"_s, QT_TRANSLATE_NOOP("pasban::firmware::Check", "Not signed with a development key"));
    for (const ManifestImage &image : m.images) {
        if (const std::optional<Error> problem = checkImage(image, package.files().value(image.file), devKey))
            ReportBuilder::fail(images, *problem);
    }

    VerificationCheck &rollback =
        b.add(u"anti-rollback"_s, QT_TRANSLATE_NOOP("pasban::firmware::Check", "No downgrade"));
    VerificationCheck &active =
        b.add(u"not-active"_s, QT_TRANSLATE_NOOP("pasban::firmware::Check", "Not already installed"));
    for (const QString &file : m.installSet) {
        const ManifestImage *image = m.image(file);
        if (!image)
            continue; // parse() guarantees it exists
        std::optional<ImageVersion> floor = record ? std::optional(record->version) : std::nullopt;
        if (device.currentVersion && image->imageNumber == 0 && (!floor || *device.currentVersion > *floor))
            floor = device.currentVersion;
        if (!m.allowDowngrade && floor && image->version < *floor) {
            ReportBuilder::fail(rollback,
                                Error(u"firmware.downgrade"_s,
                                      QT_TRANSLATE_NOOP("pasban::Error",
                                                        "The package holds version %1, older than the %2 "
                                                        "this device has run. Downgrades are refused."),
                                      {image->version.toString(), floor->toString()}));
        }
        if (record && image->securityCounter < record->securityCounter) {
            ReportBuilder::fail(
                rollback,
                Error(u"firmware.security_counter_rollback"_s,
                      QT_TRANSLATE_NOOP("pasban::Error",
                                        "The image %1 has a lower security counter than "
                                        "firmware this device has already run: it would "
                                        "reinstate fixed vulnerabilities. It is refused."),
                      {image->file},
                      u"counter %1, recorded %2"_s.arg(image->securityCounter).arg(record->securityCounter)));
        }
        if (!device.activeImageHash.isEmpty() && image->mcubootHash == device.activeImageHash) {
            ReportBuilder::fail(active,
                                Error(u"firmware.already_active"_s,
                                      QT_TRANSLATE_NOOP("pasban::Error",
                                                        "The device already runs this image (%1); there is "
                                                        "nothing to install."),
                                      {image->file}));
        }
    }
    if (record && m.sequenceNumber < record->sequenceNumber) {
        ReportBuilder::fail(rollback,
                            Error(u"firmware.sequence_rollback"_s,
                                  QT_TRANSLATE_NOOP("pasban::Error",
                                                    "The package is older than one already installed on "
                                                    "this device (its sequence number is lower). It is "
                                                    "refused."),
                                  {}, u"sequence %1, recorded %2"_s.arg(m.sequenceNumber).arg(record->sequenceNumber)));
    }
    if (device.activeImageHash.isEmpty())
        active.state = State::NotApplicable;

    audit(package, device, b.report(), options);
    return b.report();
}

void PackageVerifier::audit(const FirmwarePackage &package, const TargetDevice &device,
                            const VerificationReport &report, const VerifyOptions &options) const
{
    if (!m_sink)
        return;
    QJsonArray failed;
    for (const VerificationCheck &c : report.checks) {
        if (c.state == State::Failed && c.error)
            failed.append(QJsonObject {{u"check"_s, c.id}, {u"code"_s, c.error->code()}});
    }
    audit::AuditEvent event;
    event.type = report.passed() ? audit::EventType::ApplicationActivity : audit::EventType::SecurityAlert;
    event.action = audit::Action::Execute;
    event.outcome = report.passed() ? audit::Outcome::Success : audit::Outcome::MinorFailure;
    event.operatorId = options.operatorId;
    event.device = device.deviceId;
    event.details = {{u"operation"_s, u"firmware.package.verify"_s},
                     {u"packageId"_s, package.manifest().packageId},
                     {u"version"_s, package.manifest().version.toString()},
                     {u"manifestSha256"_s, hex(crypto::sha256(package.manifestBytes()))},
                     {u"verdict"_s, report.passed() ? u"accepted"_s : u"refused"_s},
                     {u"failed"_s, failed}};
    // A verdict is given whether or not it could be recorded; whoever sends the
    // firmware records the transfer itself and refuses it unaudited.
    (void)m_sink->record(event);
}

Result<UnverifiedFirmware> importUnverified(const QString &fileName, const QByteArray &bytes, bool overrideConfirmed,
                                            audit::AuditSink *sink, const QString &operatorId)
{
    UnverifiedFirmware firmware;
    firmware.fileName = fileName;
    firmware.bytes = bytes;
    firmware.sha256 = crypto::sha256(bytes);
    if (bytes.startsWith("PK\x03\x04"))
        firmware.kind = UnverifiedFirmware::Kind::NordicDfuZip;
    else if (McubootImage::parse(bytes))
        firmware.kind = UnverifiedFirmware::Kind::McubootImage;
    else
        firmware.kind = UnverifiedFirmware::Kind::RawBinary;

    audit::AuditEvent event;
    event.type = audit::EventType::UseOfRestrictedFunction;
    event.action = audit::Action::Create;
    event.operatorId = operatorId;
    event.outcome = overrideConfirmed ? audit::Outcome::Success : audit::Outcome::MinorFailure;
    event.details = {{u"operation"_s, u"firmware.import_unverified"_s},
                     {u"file"_s, fileName},
                     {u"sha256"_s, hex(firmware.sha256)},
                     {u"override"_s, overrideConfirmed}};
    if (sink) {
        // An override that cannot be recorded is not granted.
        if (const Result<quint64> recorded = sink->record(event); !recorded && overrideConfirmed)
            return recorded.error();
    }
    if (!overrideConfirmed) {
        return Error(u"firmware.unverified_refused"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "This firmware is not a signed Pasban package, so nothing about it can be "
                                       "verified. It can be imported only with an explicit override, which is "
                                       "recorded in the audit log."),
                     {fileName});
    }
    return firmware;
}

} // namespace pasban::firmware
