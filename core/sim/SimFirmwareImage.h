#pragma once

#include "common/Result.h"

#include <QByteArray>

namespace pasban::crypto {
class PrivateKey;
}

namespace pasban::sim {

// MCUboot images made on the spot for the simulator, the demo, tests and
// benchmarks: a 32-byte header padded to 0x200, a deterministic payload, a
// protected security counter, the SHA-256 hash TLV and — with a key — KEYHASH and
// an Ed25519 signature over the digest, the way imgtool lays them out.
struct SimFirmwareImage
{
    quint8 major = 1;
    quint8 minor = 0;
    quint16 revision = 0;
    quint32 buildNumber = 0;
    qsizetype payloadSize = 4096;
    // Changes the payload so two images of one version differ.
    quint32 seed = 0;

    // Unsigned (hash TLV only).
    [[nodiscard]] QByteArray build() const;
    // Signed with an Ed25519 key.
    [[nodiscard]] Result<QByteArray> buildSigned(const crypto::PrivateKey &ed25519) const;

private:
    [[nodiscard]] QByteArray signedRegion() const;
};

} // namespace pasban::sim
