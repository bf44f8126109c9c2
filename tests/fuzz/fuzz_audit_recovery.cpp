// The hospital recovery key's outside bytes: the recovery wrap stored in the
// database (audit_keys.recovery_wrapped_key), the X25519 envelope inside it, and
// the key files an auditor passes (PEM). The first byte picks the parser. Nothing
// may crash, hang or hand back a key that is not 32 bytes.
#include "audit/RecoveryWrap.h"
#include "crypto/KeyAgreement.h"

#include <QByteArrayView>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pasban;
    if (size < 1)
        return 0;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    // A fixed recovery key, as an auditor would hold it.
    static const crypto::SecureBytes privateKey(QByteArray(crypto::X25519KeySize, '\x11'));
    static const QByteArray logId(16, '\x42');
    switch (data[0] % 4) {
    case 0: {
        const Result<crypto::SecureBytes> key = audit::recovery::unwrap(privateKey, logId, 1, 1, bytes);
        if (key && key->size() != 32)
            __builtin_trap();
        break;
    }
    case 1: {
        const Result<QByteArray> opened = crypto::openWithPrivateKey(privateKey, bytes, "fuzz");
        if (opened && opened->size() != bytes.size() - (1 + 32 + 12 + 16))
            __builtin_trap();
        break;
    }
    case 2: {
        const Result<QByteArray> publicKey = crypto::x25519PublicKeyFromPem(bytes);
        if (publicKey && publicKey->size() != crypto::X25519KeySize)
            __builtin_trap();
        break;
    }
    default: {
        const Result<crypto::SecureBytes> key = crypto::x25519PrivateKeyFromPem(bytes);
        if (key && key->size() != crypto::X25519KeySize)
            __builtin_trap();
        break;
    }
    }
    return 0;
}
