#pragma once

#include <QString>

namespace pasban::crypto {

// The signature schemes Pasban accepts — the ones MCUboot and our signed packages use.
// Each key carries exactly one; the digest and padding are fixed by it, never chosen
// by the data being verified.
enum class SignatureAlgorithm {
    Ed25519, // pure Ed25519 (RFC 8032), the message is not pre-hashed
    EcdsaP256Sha256, // ECDSA on P-256 with SHA-256, DER-encoded signatures
    RsaPssSha256, // RSA-PSS, SHA-256, MGF1-SHA-256, 32-byte salt
};

// A name for logs, the About dialog and error details; not translated (standard names).
[[nodiscard]] inline QString signatureAlgorithmName(SignatureAlgorithm algorithm)
{
    switch (algorithm) {
    case SignatureAlgorithm::Ed25519:
        return QStringLiteral("Ed25519");
    case SignatureAlgorithm::EcdsaP256Sha256:
        return QStringLiteral("ECDSA P-256 SHA-256");
    case SignatureAlgorithm::RsaPssSha256:
        return QStringLiteral("RSA-PSS SHA-256");
    }
    return {};
}

} // namespace pasban::crypto
