#pragma once

#include "flows/DataFlow.h"

#include <QBluetoothUuid>
#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pasban::discovery {
struct DeviceRecord;
}
namespace pasban::firmware {
class McubootImage;
}
namespace pasban::inventory {
struct InventoryDevice;
struct Observation;
} // namespace pasban::inventory

namespace pasban::posture {

// How one unauthenticated read or subscription ended (from an interrogation).
struct ProbeFact
{
    QBluetoothUuid characteristic;
    QString verdict; // "open" | "protected" | "error"
    QString operation; // "read" | "notify" | "indicate"
};

// The latest interrogation, as stored in the inventory (kind "interrogation").
struct InterrogationFacts
{
    QDateTime at;
    QString method; // "ble-gatt-unauthenticated" | "ble-gatt-bonded"
    QString operatorName;
    QList<QBluetoothUuid> services;
    std::optional<QByteArray> securityLevels; // raw 0x2BF5 value
    QList<ProbeFact> probe;
    std::optional<bool> smpOpen;
};

// What the advertisements showed (live registry only: the inventory keeps no
// advertisement payloads).
struct AdvertisementFacts
{
    QList<QBluetoothUuid> services;
    QHash<QBluetoothUuid, qsizetype> serviceDataSizes; // service UUID → payload length (never the payload)
    std::optional<quint16> appearance;
    QDateTime seen;
};

// The image installed on the device, as the console last learnt it: kind
// "firmware-image" (see imageObservation) or a "firmware-update" record.
struct ImageFacts
{
    QByteArray keyHash; // empty when unknown
    bool securityCounterKnown = false; // whether the source could tell at all
    std::optional<quint32> securityCounter;
    QString version;
    QDateTime at;
    QString how; // "firmware-image" | "firmware-update"
    QString operatorName;
};

// A USB function worth a finding (kinds "usb-dfu-runtime", "usb-mass-storage",
// "usb-hid", ... written by USB discovery).
struct UsbFunctionFact
{
    QString kind;
    QDateTime at;
    QString method;
    QString operatorName;
    QJsonObject value;
};

// Everything the checks may look at for one device, gathered once from the
// inventory, its observations and (when the device is in range now) the live
// registry. Checks read only this, so they are pure functions and each is tested
// with a fixture.
struct DeviceFacts
{
    QString id;
    QString transport; // "ble" | "usb"
    QString address;
    QString addressType; // discovery::jsonName(AddressType)
    QString name; // advertised name
    QString deviceClass; // discovery::jsonName(DeviceClass); "unknown" when not a health device
    QString manufacturer;
    QString model;
    QString serial;
    QString hardware;
    QString firmware;
    QDateTime firstSeen;
    QDateTime lastSeen;
    bool inInventory = false;
    QString assetTag;
    std::optional<InterrogationFacts> interrogation;
    std::optional<AdvertisementFacts> advertisement;
    std::optional<ImageFacts> image;
    QList<UsbFunctionFact> usbFunctions;
    // Flows engineers declared for this device or its model (core/flows), for the
    // check that compares them with what the console observed.
    QList<flows::FlowDeclaration> declaredFlows;

    // A device whose data is patient data: a health class, or a health service seen.
    [[nodiscard]] bool carriesPatientData() const;
    // What every page, report and diagram calls the device: the advertised name,
    // else manufacturer and model, else its address, else its id.
    [[nodiscard]] QString displayName() const;
};

// Facts of an inventory device and its observations (oldest first, as
// InventoryStore::observations returns them: the latest of a kind wins).
[[nodiscard]] DeviceFacts factsFromInventory(const inventory::InventoryDevice &device,
                                             const QList<inventory::Observation> &observations);
// Adds (or, for a device not in the inventory, creates) what the registry knows now.
void addRegistryFacts(DeviceFacts &facts, const discovery::DeviceRecord &record);
[[nodiscard]] DeviceFacts factsFromRegistry(const discovery::DeviceRecord &record);

// The observation firmware code records after reading or installing an image
// (kind "firmware-image"): version, key hash and security counter, so the
// development-key and security-counter checks have evidence.
[[nodiscard]] inventory::Observation imageObservation(const firmware::McubootImage &image, const QDateTime &atUtc,
                                                      const QString &method, const QString &operatorName = {});

// Health services (REFERENCE.md §1): Heart Rate, Health Thermometer, Blood
// Pressure, Glucose, PLXS, CGM, Weight Scale, Insulin Delivery, GHS.
[[nodiscard]] bool isHealthService(const QBluetoothUuid &uuid);

} // namespace pasban::posture
