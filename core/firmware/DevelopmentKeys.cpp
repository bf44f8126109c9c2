#include "DevelopmentKeys.h"

#include <QList>

namespace pasban::firmware {

// How this table was made (keep it this way when adding keys):
//   the files root-*.pem at the top of github.com/mcu-tools/mcuboot, commit
//   2d4bacc3c15ebb6f91c28807fe6eb38b4ba98f77 (2026-07-22); only the PUBLIC half of
//   each was taken, with the openssl tool, in the form imgtool embeds in a
//   bootloader and hashes for an image's KEYHASH TLV:
//     RSA:            openssl rsa  -in KEY -RSAPublicKey_out -outform DER   (PKCS#1)
//     EC and Ed25519: openssl pkey -in KEY -pubout -outform DER             (SPKI)
//   then sha256sum / sha384sum / sha512sum of those bytes. The SHA-256 of
//   root-rsa-2048.pem (fc5701dc...) is the value MCUboot's documentation shows.
//   No MCUboot code was used or copied. enc-*.pem are encryption keys, not
//   signing keys, and are not listed.
namespace {

struct Row
{
    const char *file;
    const char *sha256;
    const char *sha384;
    const char *sha512;
};

constexpr Row Rows[] = {
    {"root-ec-p256.pem", "e30466f6b8470c1f29070b17f1e2d3e94d445e3f608087fdc711e4382bb538b6",
     "26e692146c5c5e474adf6589ff4f8a05ad6adf2ecc5746af2d056d864494ec3189ec593edb65ff7a09bf59ebc559e343",
     "73590e9134e142c440ef5aa3260dd6e3923a9c367a2de9da685891713babcca2c8de576ea0b8d865b42b47c27ef4d411893986eab8a0a5724"
     "ed5fe47a7b4ba8b"},
    {"root-ec-p384.pem", "6bcd1e16d80e5fe13a5307e6f1de8344c7e50e537d9962ce35ef6db5e642fae8",
     "85b7bd5f5dff9a03a99927adaf6ca6febde822c1a480928324a8e60323715c5779461c496a95aee8c4f90b99779f848a",
     "3594b5e8683f5b62ee357fec3a6d761f31b8531f23f0ab1a5460dc437348df7a006abd1c2028a2f0906688dc911c935d739257f6244b7ff5a"
     "6d7960b92397a85"},
    {"root-ed25519.pem", "c1907fa4eac7fae3840a78902b6f0710b037e9968e5c6274a12a28790c7d4e3c",
     "a022fa8a5d6a4d4b091a96b53e214a93647e61c8a96ea4eecdddfad2bae2b2606123cfc5f5f56b663bd6b2d06ee3f192",
     "e3e129b49f1218e18e4614acb2523389c75852ebb98b4d2c6171a2fc65706ba3d1ddf85f52e71450c3e572e624695fafd41ce4d9354d6c2b1"
     "9f7d6001a6ae8b0"},
    {"root-ed25519-2.pem", "6754edab1e29affef4a05935adecbeb1a7b8b62397b31e39a61b5bfcaafd63af",
     "35004e718445817cb8390e263e19e697e9ab6a1fb4462d062b1db8ed43ed0e6f5b9b6312281d105aec423107770b0bcf",
     "e11ed22583de283392266b917bd82e88486edf47bc58c7ce8e42f9fb90e1daa900e72f172e4bd4fb19fc1870638e3a89c3f033ef4db6f6235"
     "d02ee623b4b2924"},
    {"root-ed25519-unknown.pem", "b1d87d60173352b9a4808979790fc699fb4c4f83b49cf1970edd96ff4adc36a6",
     "e7e27f556648c7378842242298faa67aa306dc1e8946ed80fc7214232d34a31243f5fe390ed8c9d39cff40d0f418ebfe",
     "37491781699741ec96e7faaf03c04e70f135f2f8b1f09d5a2a53667115052331e6a8abd3310476e7fbedf676feb9e8bcff7ff5366e8470714"
     "c0ef4c582941881"},
    {"root-rsa-2048.pem", "fc5701dc6135e1323847bdc40f04d2e5bee5833b23c29f93593d00018cfa9994",
     "c0cb44a5e5c876ec8087159b1e8f92a5489866733e9853fd4fb638bce9eb22faf3178ffeb25d2302ac89214df7de44b9",
     "f6e476cfc11e79ec64d093dfa2f76746e2c18f667bd69e5bafce550a616e58cfdb1593ebfdb018e225659234bad309f940e8861000380f7f0"
     "7c7481bec8e71cd"},
    {"root-rsa-3072.pem", "449793fb65cd7698753d5b3f35fab15f1e3a45111ff24e1d46741de5ae12d59e",
     "ae18da5ca3df8b7bde3a1464a2959e62ac8e44169314f4dae4c47d42341950f5efa260f0a87773111a7f1d13a7bd6273",
     "cc11bc6acffdaef824b4d828a9dae59d4f50988d44b32e68449be64c8fef7670c754d668e1450209e033d0713f65418d8799425ee3e4ebd0b"
     "e44d15d7100601e"},
};

} // namespace

const QList<DevelopmentKey> &mcubootDevelopmentKeys()
{
    static const QList<DevelopmentKey> keys = [] {
        QList<DevelopmentKey> list;
        for (const Row &row : Rows) {
            list.append({row.file, QByteArray::fromHex(row.sha256), QByteArray::fromHex(row.sha384),
                         QByteArray::fromHex(row.sha512)});
        }
        return list;
    }();
    return keys;
}

std::optional<DevelopmentKey> findDevelopmentKey(QByteArrayView keyHash)
{
    for (const DevelopmentKey &key : mcubootDevelopmentKeys()) {
        if (keyHash == key.sha256 || keyHash == key.sha384 || keyHash == key.sha512)
            return key;
    }
    return std::nullopt;
}

} // namespace pasban::firmware
