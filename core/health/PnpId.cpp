#include "PnpId.h"

#include "ByteReader.h"
#include "HealthErrors.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::health {

Result<PnpId> PnpId::decode(QByteArrayView data)
{
    static constexpr QStringView Name = u"PnP ID (0x2A50)";
    if (const auto error = errors::checkLength(Name, data.size(), Length))
        return *error;
    ByteReader reader(data);
    PnpId id;
    id.vendorIdSource = reader.u8();
    id.vendorId = reader.u16();
    id.productId = reader.u16();
    id.productVersion = reader.u16();
    if (!reader.ok())
        return errors::truncated(Name, data.size(), Length);
    return id;
}

} // namespace pasban::health
