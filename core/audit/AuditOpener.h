#pragma once

#include "AuditLog.h"
#include "FileAnchorStore.h"
#include "KeyStore.h"
#include "KeychainAnchorStore.h"
#include "common/Result.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBytes.h"

#include <QString>

#include <memory>
#include <optional>

namespace pasban::audit {

// The one policy for opening the console's audit log, shared by the GUI and the
// CLI (issue #4, "Keys"):
//   - a recovery private key given: open with it (auditors, a copied database);
//   - a passphrase given: the passphrase (scrypt) store;
//   - otherwise the OS keystore (QtKeychain), the default for new logs. A log set
//     up with a passphrase then needs one (audit.passphrase_required); with no
//     keystore and no passphrase there is no way to create or open a keychain log
//     (audit.no_key_source). Both change nothing; the caller asks and tries again.
// Anchors: the anchor file in the data folder always; the keystore entry too
// whenever a keystore answers.
class AuditOpener
{
public:
    struct Request
    {
        QString databasePath; // the console database
        QString anchorFilePath; // empty: FileAnchorStore::defaultFileName() next to the database
        std::optional<crypto::SecureBytes> passphrase;
        std::optional<crypto::SecureBytes> recoveryPrivateKey; // X25519, 32 raw bytes
        bool create = false; // create the log when there is none
        QString keychainService; // empty: Pasban's; tests pass their own
        bool useKeystore = true; // false: behave as on a machine without one (tests)
        crypto::ScryptParams passphraseCost; // for a new passphrase log
        AuditLog::Options log; // clock, intervals, workstation (anchors and create are set here)
    };

    // Everything an open log needs; destroyed log first (it writes its closing
    // checkpoint to the anchors).
    struct Opened
    {
        std::unique_ptr<FileAnchorStore> fileAnchor;
        std::unique_ptr<KeychainAnchorStore> keychainAnchor; // null without a keystore
        std::unique_ptr<KeyStore> keyStore; // null when opened with a recovery key
        std::unique_ptr<AuditLog> log;
    };

    [[nodiscard]] static Result<std::unique_ptr<Opened>> open(Request request);

    [[nodiscard]] static Error passphraseRequired();
    [[nodiscard]] static Error noKeySource();
};

} // namespace pasban::audit
