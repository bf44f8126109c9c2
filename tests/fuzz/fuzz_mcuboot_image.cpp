// MCUboot image parsing and everything an accepted image offers.
#include "crypto/PrivateKey.h"
#include "crypto/PublicKey.h"
#include "crypto/SecureBytes.h"
#include "firmware/McubootImage.h"

#include <QByteArrayView>

#include <cstdint>
#include <optional>

namespace {
// A fixed Ed25519 key (RFC 8032 §7.1 TEST 1 seed), so signature checking runs too.
const pasban::crypto::PublicKey &testKey()
{
    static const pasban::crypto::PublicKey key = [] {
        const QByteArray seed = QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        return *pasban::crypto::PrivateKey::fromEd25519Seed(pasban::crypto::SecureBytes(seed))->publicKey();
    }();
    return key;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pasban::firmware;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const pasban::Result<McubootImage> image = McubootImage::parse(bytes);
    if (!image)
        return 0;
    if (image->imageEnd() > qsizetype(size) || image->signedRegion().size() > image->imageEnd())
        __builtin_trap();
    (void)image->version().toString();
    (void)image->flagNames();
    (void)image->payload();
    (void)image->securityCounter();
    (void)image->keyHash();
    (void)image->publicKey();
    (void)image->hashTlv();
    (void)image->signatureTlvs();
    (void)image->computeHash();
    (void)image->verifyHash();
    (void)image->verifySignature(testKey());
    return 0;
}
