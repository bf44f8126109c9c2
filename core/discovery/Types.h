#pragma once

#include <QBluetoothAddress>
#include <QString>
#include <QtGlobal>

#include <optional>

// Small vocabulary shared by scanners, the registry, the UI and the CLI. Every enum
// has a stable machine name (CLI JSON, inventory rows, scenario files) that never
// changes with the language, and — where a user sees it — a translatable name.
namespace pasban::discovery {

enum class Transport { Ble, Usb };

// Bluetooth Core 5.x, Vol 6, Part B, §1.3: a random address's two most significant
// bits tell its kind (11 static, 01 resolvable private, 00 non-resolvable private;
// 10 is reserved). Whether an address is random at all is not in the address: the
// advertiser says so in the TxAdd bit, which BlueZ reports as AddressType.
enum class AddressType { Public, RandomStatic, ResolvablePrivate, NonResolvablePrivate, Unknown };

// Most specific first: a device that is more than one of these shows the first
// inferred (see Identification.h for the precedence).
enum class DeviceClass {
    Unknown,
    HeartRateMonitor,
    Thermometer,
    BloodPressureMonitor,
    GlucoseMeter,
    PulseOximeter,
    ContinuousGlucoseMonitor,
    WeightScale,
    InsulinPump,
    GenericHealthSensor,
};

enum class AdapterState {
    Unknown, // not asked yet
    NoAdapter, // no Bluetooth controller (or no BlueZ) on this computer
    PoweredOff,
    NoPermission, // the OS refused access (Windows/macOS privacy settings, polkit)
    Ready,
};

// Outcome of one unauthenticated read or subscription attempt on a characteristic.
enum class ProbeVerdict {
    Open, // the operation succeeded without pairing
    Protected, // refused: not permitted, insufficient authentication/encryption
    Error, // failed for another reason (timeout, link lost): no evidence either way
};

// The two most significant bits of a random address; meaningless for a public one.
[[nodiscard]] AddressType classifyRandomAddress(quint64 address);
[[nodiscard]] AddressType classifyRandomAddress(const QBluetoothAddress &address);

// Stable names: "ble"/"usb"; "public", "random-static", "resolvable-private",
// "non-resolvable-private", "unknown"; "heart-rate-monitor", "thermometer", ...,
// "unknown"; "unknown", "no-adapter", "powered-off", "no-permission", "ready";
// "open", "protected", "error".
[[nodiscard]] QString jsonName(Transport transport);
[[nodiscard]] QString jsonName(AddressType type);
[[nodiscard]] QString jsonName(DeviceClass deviceClass);
[[nodiscard]] QString jsonName(AdapterState state);
[[nodiscard]] QString jsonName(ProbeVerdict verdict);
[[nodiscard]] std::optional<AddressType> addressTypeFromJsonName(QStringView name);
[[nodiscard]] std::optional<DeviceClass> deviceClassFromJsonName(QStringView name);

// Translated into the current language (context "pasban::discovery").
[[nodiscard]] QString displayName(AddressType type);
[[nodiscard]] QString displayName(DeviceClass deviceClass);
[[nodiscard]] QString displayName(AdapterState state);
[[nodiscard]] QString displayName(ProbeVerdict verdict);

// What to tell the operator about an adapter state, translated; empty for Ready.
[[nodiscard]] QString adapterAdvice(AdapterState state);

} // namespace pasban::discovery
