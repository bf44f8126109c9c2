#pragma once

#include "Advertisement.h"
#include "common/Result.h"

#include <QByteArrayView>

namespace pasban::discovery {

// Parser for raw advertising data / scan response payloads: a sequence of AD
// structures (Core 5.x Vol 3 Part C §11: length octet, AD type, length−1 data
// octets; Core Specification Supplement Part A for the types). QtBluetooth hands
// us these fields already split; the simulator, recorded captures and the
// benchmark feed raw payloads through here.
//
// Understood types: flags 0x01, 16/32/128-bit service UUID lists 0x02–0x07,
// shortened/complete local name 0x08/0x09 (UTF-8), TX power 0x0A, service data
// 0x16/0x20/0x21, appearance 0x19, manufacturer specific data 0xFF. Other types
// are skipped. A zero length octet ends the data early (the rest is padding, as
// the specification allows). Fields parsed are merged into `into`: repeated
// manufacturer data for one company accumulate; later service data, name,
// appearance replace earlier ones.
class AdvertisingData
{
public:
    // Errors ("discovery.ad.malformed") for a structure that overruns the payload,
    // a UUID list that is not a whole number of UUIDs, service/manufacturer data too
    // short for its identifier, or a wrong-sized appearance/TX power. On error
    // `into` may hold the fields parsed before the bad structure.
    [[nodiscard]] static Status parse(QByteArrayView payload, Advertisement &into);

    // Manufacturer specific data as on air: company ID (little-endian) + data.
    [[nodiscard]] static Result<std::pair<quint16, QByteArray>> parseManufacturerData(QByteArrayView value);

    // The reverse, for the simulator and tests: AD structures for the fields set in
    // `advertisement` (name as complete local name). Structures that do not fit
    // one length octet are left out.
    [[nodiscard]] static QByteArray encode(const Advertisement &advertisement);
};

} // namespace pasban::discovery
