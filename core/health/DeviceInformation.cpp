#include "DeviceInformation.h"

#include "HealthErrors.h"

#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace pasban::health {

namespace {

constexpr QStringView Name = u"Device Information text";

bool mustBeReplaced(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) // C0, DEL, C1 controls
        || c == 0x061C // Arabic letter mark
        || c == 0x200E || c == 0x200F // LRM, RLM
        || (c >= 0x202A && c <= 0x202E) // embeddings and overrides
        || (c >= 0x2066 && c <= 0x2069); // isolates
}

} // namespace

bool DeviceInformation::isTextCharacteristic(quint16 uuid)
{
    return uuid >= ModelNumber && uuid <= ManufacturerName;
}

const char *DeviceInformation::characteristicName(quint16 uuid)
{
    switch (uuid) {
    case SystemIdUuid:
        return QT_TRANSLATE_NOOP("pasban::health", "System ID");
    case ModelNumber:
        return QT_TRANSLATE_NOOP("pasban::health", "Model number");
    case SerialNumber:
        return QT_TRANSLATE_NOOP("pasban::health", "Serial number");
    case FirmwareRevision:
        return QT_TRANSLATE_NOOP("pasban::health", "Firmware revision");
    case HardwareRevision:
        return QT_TRANSLATE_NOOP("pasban::health", "Hardware revision");
    case SoftwareRevision:
        return QT_TRANSLATE_NOOP("pasban::health", "Software revision");
    case ManufacturerName:
        return QT_TRANSLATE_NOOP("pasban::health", "Manufacturer");
    case PnpIdUuid:
        return QT_TRANSLATE_NOOP("pasban::health", "PnP ID");
    default:
        return nullptr;
    }
}

Result<QString> DeviceInformation::decodeText(QByteArrayView data)
{
    if (data.size() > MaximumLength) {
        return errors::malformed(
            Name, u"%1 octets; an attribute value holds at most %2"_s.arg(data.size()).arg(MaximumLength));
    }
    const qsizetype terminator = data.indexOf('\0');
    const QByteArrayView text = terminator < 0 ? data : data.first(terminator);

    // Stateless: a multi-octet sequence cut off at the end is an error too.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = decoder.decode(text);
    if (decoder.hasError())
        return errors::malformed(Name, u"not valid UTF-8"_s);
    for (QChar &c : decoded) {
        if (mustBeReplaced(c.unicode()))
            c = QChar::ReplacementCharacter;
    }
    return decoded;
}

} // namespace pasban::health
