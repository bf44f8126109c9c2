// Every GATT health decoder. The first octet picks the characteristic, the rest
// is its value. Whatever decodes must also display: no special value may be
// shown with digits, and device text must come out free of control characters.
#include "health/CgmMeasurement.h"
#include "health/DecodedMeasurement.h"
#include "health/DeviceInformation.h"
#include "health/PnpId.h"
#include "health/SystemId.h"

#include <QByteArrayView>
#include <QLocale>

#include <cstdint>
#include <iterator>

namespace {

using namespace pasban::health;

constexpr quint16 Measurements[] = {0x2A37, 0x2A1C, 0x2A1E, 0x2A35, 0x2A36, 0x2A18, 0x2AA7, 0x2A5E, 0x2A5F, 0x2A9D};

void show(const DecodedMeasurement &m)
{
    (void)m.characteristicName();
    (void)m.notes();
    if (m.timeStamp)
        (void)m.timeStamp->toIsoString();
    for (const Reading &reading : m.readings) {
        const QString shown = reading.toString(QLocale::c());
        (void)reading.toString(QLocale(QLocale::Persian, QLocale::Iran));
        (void)reading.value.toMachineString();
        if (!reading.value.isFinite()) {
            for (const QChar c : shown) {
                if (c.isDigit())
                    __builtin_trap(); // a special shown as a number
            }
        }
        for (const Unit to : {Unit::DegreeFahrenheit, Unit::Kilopascal, Unit::Pound, Unit::MilligramPerDecilitre,
                              Unit::MillimolePerLitre, Unit::Inch}) {
            (void)convert(reading.value, reading.unit, to);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView value(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const std::size_t count = std::size(Measurements);
    const std::size_t choice = data[0] % (count + 3);

    if (choice < count) {
        const auto decoded = decodeMeasurement(Measurements[choice], value);
        if (decoded)
            show(*decoded);
        else
            (void)decoded.error().message();
        // The CGM records that decode must account for every octet.
        if (Measurements[choice] == CgmMeasurement::Uuid) {
            const auto cgm = CgmMeasurement::decode(value);
            if (cgm) {
                qsizetype total = 0;
                for (const auto &record : cgm->records)
                    total += record.size;
                if (cgm->records.isEmpty() || total != value.size())
                    __builtin_trap();
            }
        }
    } else if (choice == count) {
        const auto text = DeviceInformation::decodeText(value);
        if (text) {
            for (const QChar c : *text) {
                if (c.unicode() < 0x20 || c.unicode() == 0x202E || c.unicode() == 0x2066)
                    __builtin_trap();
            }
        }
    } else if (choice == count + 1) {
        (void)PnpId::decode(value);
    } else {
        (void)SystemId::decode(value);
    }
    return 0;
}
