#include "Types.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace pasban::discovery {

namespace {
constexpr const char *Context = "pasban::discovery";

QString translated(const char *text)
{
    return QCoreApplication::translate(Context, text);
}

struct DeviceClassNames
{
    DeviceClass deviceClass;
    QStringView json;
    const char *display;
};

const DeviceClassNames DeviceClassTable[] = {
    {DeviceClass::Unknown, u"unknown", QT_TRANSLATE_NOOP("pasban::discovery", "Unknown")},
    {DeviceClass::HeartRateMonitor, u"heart-rate-monitor",
     QT_TRANSLATE_NOOP("pasban::discovery", "Heart-rate monitor")},
    {DeviceClass::Thermometer, u"thermometer", QT_TRANSLATE_NOOP("pasban::discovery", "Thermometer")},
    {DeviceClass::BloodPressureMonitor, u"blood-pressure-monitor",
     QT_TRANSLATE_NOOP("pasban::discovery", "Blood pressure monitor")},
    {DeviceClass::GlucoseMeter, u"glucose-meter", QT_TRANSLATE_NOOP("pasban::discovery", "Glucose meter")},
    {DeviceClass::PulseOximeter, u"pulse-oximeter", QT_TRANSLATE_NOOP("pasban::discovery", "Pulse oximeter")},
    {DeviceClass::ContinuousGlucoseMonitor, u"continuous-glucose-monitor",
     QT_TRANSLATE_NOOP("pasban::discovery", "Continuous glucose monitor")},
    {DeviceClass::WeightScale, u"weight-scale", QT_TRANSLATE_NOOP("pasban::discovery", "Weight scale")},
    {DeviceClass::InsulinPump, u"insulin-pump", QT_TRANSLATE_NOOP("pasban::discovery", "Insulin pump")},
    {DeviceClass::GenericHealthSensor, u"generic-health-sensor",
     QT_TRANSLATE_NOOP("pasban::discovery", "Generic health sensor")},
};

struct AddressTypeNames
{
    AddressType type;
    QStringView json;
    const char *display;
};

const AddressTypeNames AddressTypeTable[] = {
    {AddressType::Public, u"public", QT_TRANSLATE_NOOP("pasban::discovery", "Public")},
    {AddressType::RandomStatic, u"random-static", QT_TRANSLATE_NOOP("pasban::discovery", "Random static")},
    {AddressType::ResolvablePrivate, u"resolvable-private",
     QT_TRANSLATE_NOOP("pasban::discovery", "Resolvable private")},
    {AddressType::NonResolvablePrivate, u"non-resolvable-private",
     QT_TRANSLATE_NOOP("pasban::discovery", "Non-resolvable private")},
    {AddressType::Unknown, u"unknown", QT_TRANSLATE_NOOP("pasban::discovery", "Unknown")},
};
} // namespace

AddressType classifyRandomAddress(quint64 address)
{
    switch ((address >> 46) & 0x3) {
    case 0x3:
        return AddressType::RandomStatic;
    case 0x1:
        return AddressType::ResolvablePrivate;
    case 0x0:
        return AddressType::NonResolvablePrivate;
    default:
        return AddressType::Unknown; // 0b10 is reserved
    }
}

AddressType classifyRandomAddress(const QBluetoothAddress &address)
{
    return classifyRandomAddress(address.toUInt64());
}

QString jsonName(Transport transport)
{
    return transport == Transport::Usb ? u"usb"_s : u"ble"_s;
}

QString jsonName(AddressType type)
{
    for (const auto &entry : AddressTypeTable) {
        if (entry.type == type)
            return entry.json.toString();
    }
    return u"unknown"_s;
}

QString jsonName(DeviceClass deviceClass)
{
    for (const auto &entry : DeviceClassTable) {
        if (entry.deviceClass == deviceClass)
            return entry.json.toString();
    }
    return u"unknown"_s;
}

QString jsonName(AdapterState state)
{
    switch (state) {
    case AdapterState::NoAdapter:
        return u"no-adapter"_s;
    case AdapterState::PoweredOff:
        return u"powered-off"_s;
    case AdapterState::NoPermission:
        return u"no-permission"_s;
    case AdapterState::Ready:
        return u"ready"_s;
    case AdapterState::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString jsonName(ProbeVerdict verdict)
{
    switch (verdict) {
    case ProbeVerdict::Open:
        return u"open"_s;
    case ProbeVerdict::Protected:
        return u"protected"_s;
    case ProbeVerdict::Error:
        break;
    }
    return u"error"_s;
}

std::optional<AddressType> addressTypeFromJsonName(QStringView name)
{
    for (const auto &entry : AddressTypeTable) {
        if (entry.json == name)
            return entry.type;
    }
    return std::nullopt;
}

std::optional<DeviceClass> deviceClassFromJsonName(QStringView name)
{
    for (const auto &entry : DeviceClassTable) {
        if (entry.json == name)
            return entry.deviceClass;
    }
    return std::nullopt;
}

QString displayName(AddressType type)
{
    for (const auto &entry : AddressTypeTable) {
        if (entry.type == type)
            return translated(entry.display);
    }
    return translated(AddressTypeTable[4].display);
}

QString displayName(DeviceClass deviceClass)
{
    for (const auto &entry : DeviceClassTable) {
        if (entry.deviceClass == deviceClass)
            return translated(entry.display);
    }
    return translated(DeviceClassTable[0].display);
}

QString displayName(AdapterState state)
{
    switch (state) {
    case AdapterState::NoAdapter:
        return translated(QT_TRANSLATE_NOOP("pasban::discovery", "No Bluetooth adapter"));
    case AdapterState::PoweredOff:
        return translated(QT_TRANSLATE_NOOP("pasban::discovery", "Bluetooth is off"));
    case AdapterState::NoPermission:
        return translated(QT_TRANSLATE_NOOP("pasban::discovery", "No permission to use Bluetooth"));
    case AdapterState::Ready:
        return translated(QT_TRANSLATE_NOOP("pasban::discovery", "Bluetooth ready"));
    case AdapterState::Unknown:
        break;
    }
    return translated(QT_TRANSLATE_NOOP("pasban::discovery", "Bluetooth state unknown"));
}

QString displayName(ProbeVerdict verdict)
{
    switch (verdict) {
    case ProbeVerdict::Open:
        return translated(QT_TRANSLATE_NOOP("pasban::discovery", "Open without pairing"));
    case ProbeVerdict::Protected:
        return translated(QT_TRANSLATE_NOOP("pasban::discovery", "Protected"));
    case ProbeVerdict::Error:
        break;
    }
    return translated(QT_TRANSLATE_NOOP("pasban::discovery", "Could not be tested"));
}

QString adapterAdvice(AdapterState state)
{
    switch (state) {
    case AdapterState::NoAdapter:
        return translated(
            QT_TRANSLATE_NOOP("pasban::discovery",
                              "This computer has no Bluetooth adapter, or the Bluetooth service is not running. "
                              "Plug in a Bluetooth adapter or start the Bluetooth service, then scan again."));
    case AdapterState::PoweredOff:
        return translated(QT_TRANSLATE_NOOP(
            "pasban::discovery", "Bluetooth is switched off. Switch it on in the system settings, then scan again."));
    case AdapterState::NoPermission:
        return translated(QT_TRANSLATE_NOOP(
            "pasban::discovery",
            "Pasban is not allowed to use Bluetooth. Allow it in the system's privacy settings, then scan again."));
    case AdapterState::Unknown:
        return translated(QT_TRANSLATE_NOOP("pasban::discovery", "The Bluetooth adapter has not been checked yet."));
    case AdapterState::Ready:
        break;
    }
    return {};
}

} // namespace pasban::discovery
