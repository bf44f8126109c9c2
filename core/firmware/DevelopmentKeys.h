#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace pasban::firmware {

// MCUboot's published development signing keys: anyone has their private halves,
// so an image signed with one of them proves nothing about who built it.
struct DevelopmentKey
{
    const char *file; // the key's file name in the MCUboot repository
    QByteArray sha256; // hashes of the key as MCUboot embeds it (see the .cpp)
    QByteArray sha384;
    QByteArray sha512;
};

[[nodiscard]] const QList<DevelopmentKey> &mcubootDevelopmentKeys();

// The development key whose hash (of any length: a KEYHASH TLV is SHA-256, -384 or
// -512 depending on the image) equals KEYHASH; nothing if it is not one of them.
[[nodiscard]] std::optional<DevelopmentKey> findDevelopmentKey(QByteArrayView keyHash);

} // namespace pasban::firmware
