#include "SystemId.h"

#include "ByteReader.h"
#include "HealthErrors.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::health {

Result<SystemId> SystemId::decode(QByteArrayView data)
{
    static constexpr QStringView Name = u"System ID (0x2A23)";
    if (const auto error = errors::checkLength(Name, data.size(), Length))
        return *error;
    ByteReader reader(data);
    SystemId id;
    id.manufacturerIdentifier = reader.u40();
    id.organizationallyUniqueIdentifier = reader.u24();
    if (!reader.ok())
        return errors::truncated(Name, data.size(), Length);
    return id;
}

} // namespace pasban::health
