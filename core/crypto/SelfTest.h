#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace pasban::crypto {

// Known answers from the standards. The self-test recomputes each one through the
// same functions the rest of Pasban uses, so a broken or tampered library shows up
// before any data is decrypted, verified or stored.
struct SelfTestVectors
{
    struct Digest
    {
        QByteArray message, digest;
    };
    struct Mac
    {
        QByteArray key, message, mac;
    };
    struct Hkdf
    {
        QByteArray ikm, salt, info, okm;
    };
    struct Gcm
    {
        QByteArray key, nonce, plaintext, aad, ciphertextAndTag;
    };
    struct Scrypt
    {
        QByteArray passphrase, salt;
        quint64 n = 0;
        quint32 r = 0, p = 0;
        QByteArray derived;
    };
    struct Ed25519
    {
        QByteArray seed, message, signature;
    };

    Digest sha256; // FIPS 180-2 appendix B.1, "abc"
    Digest sha512; // FIPS 180-2 appendix C.1, "abc"
    Mac hmacSha256; // RFC 4231 test case 2
    Hkdf hkdfSha256; // RFC 5869 test case 1
    Gcm aes256Gcm; // GCM specification (McGrew & Viega) test case 16
    Scrypt scrypt; // RFC 7914 section 12, first vector
    Ed25519 ed25519; // RFC 8032 section 7.1, TEST 1

    [[nodiscard]] static SelfTestVectors standard();
};

// Runs every known-answer test on the standard vectors, plus an ECDSA P-256 sign,
// verify and tamper round trip. On the first failure returns crypto.selftest naming
// the algorithm; the console must then refuse to start.
[[nodiscard]] Status selfTest();

// The same with caller-supplied vectors — how a test proves that a wrong answer is
// caught and refused.
[[nodiscard]] Status selfTestWith(const SelfTestVectors &vectors);

// "OpenSSL 3.0.x <date>", for the About dialog and diagnostics.
[[nodiscard]] QString opensslVersion();

} // namespace pasban::crypto
