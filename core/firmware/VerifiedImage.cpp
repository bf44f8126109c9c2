#include "VerifiedImage.h"

#include "crypto/Hash.h"
#include "crypto/PublicKey.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::firmware {

Result<VerifiedImage> ImageVerifier::verifyBareImage(const QByteArray &file, const crypto::PublicKey &vendorKey,
                                                     const QString &source)
{
    Result<McubootImage> image = McubootImage::parse(file);
    if (!image)
        return image.error();
    if (Status signature = image->verifySignature(vendorKey); !signature)
        return signature.error();
    Result<QByteArray> keyHash = McubootImage::keyHashOf(vendorKey);
    VerifiedImage verified;
    verified.m_bytes = file;
    verified.m_version = image->version();
    verified.m_imageHash = image->hashTlv().value;
    verified.m_fileSha256 = crypto::sha256(file);
    verified.m_securityCounter = image->securityCounter();
    verified.m_source = source;
    verified.m_verifiedBy =
        u"bare image, vendor key SHA-256 %1"_s.arg(keyHash ? QString::fromLatin1(keyHash->toHex()) : u"unknown"_s);
    return verified;
}

} // namespace pasban::firmware
