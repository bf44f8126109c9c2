#pragma once

#include "KeyGeneration.h"
#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace pasban::audit {

// The hospital recovery key: every data key of a log is also wrapped to an X25519
// public key whose private half the hospital's auditors keep offline, so the log
// of a dead workstation (its keystore gone with it) can still be read and
// verified. Stored in audit_keys.recovery_wrapped_key:
//
//   recipient public key (32) ‖ tag (32) ‖ crypto::sealToPublicKey envelope
//
// The envelope seals the data key with the key's wrapping associated data as
// context (KeyGeneration::wrappingAssociatedData), so it cannot be moved to
// another log, key id or range. The tag, HMAC-SHA-256 under that generation's
// chain key over "pasban-audit-recovery-recipient-v1" ‖ log id ‖ u32 key id ‖
// recipient, lets a rotation trust the recipient it copies to the new key: an
// edited recipient would otherwise receive every later key.
namespace recovery {

[[nodiscard]] Result<QByteArray> wrap(const KeyGeneration &keys, QByteArrayView logId,
                                      QByteArrayView recipientPublicKey);
// The data key, for KeyRing::load. audit.no_recovery_key when the key has no
// recovery wrap; audit.recovery_key_rejected when this private key does not open it.
[[nodiscard]] Result<crypto::SecureBytes> unwrap(const crypto::SecureBytes &recoveryPrivateKey, QByteArrayView logId,
                                                 quint32 id, quint64 firstSequence, QByteArrayView stored);
// The recipient a stored wrap names, checked with the generation's own keys;
// audit.damaged when the tag does not match.
[[nodiscard]] Result<QByteArray> recipient(const KeyGeneration &keys, QByteArrayView logId, QByteArrayView stored);
// A short, printable fingerprint of a recovery public key (SHA-256, 16 hex digits).
[[nodiscard]] QString fingerprint(QByteArrayView recipientPublicKey);

[[nodiscard]] Error noRecoveryKey();
[[nodiscard]] Error recoveryKeyRejected();

} // namespace recovery

} // namespace pasban::audit
