#pragma once

#include "Types.h"

#include <QBluetoothUuid>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// Names and classes from the Bluetooth SIG assigned numbers. The company and
// appearance tables are data files compiled into pasban_core as Qt resources
// (core/discovery/data/, see its README for where they come from and how to
// regenerate them); service and characteristic names cover what Pasban uses.
namespace pasban::discovery {

// SMP (mcumgr) over GATT, and Nordic's legacy Secure DFU service.
[[nodiscard]] QBluetoothUuid smpServiceUuid(); // 8D53DC1D-1DB7-4CD3-868B-8A527460AA84
[[nodiscard]] QBluetoothUuid smpCharacteristicUuid(); // DA2E7828-FBCE-4E01-AE9E-261174997C48
constexpr quint16 NordicDfuServiceUuid16 = 0xFE59;
constexpr quint16 DeviceInformationServiceUuid16 = 0x180A;
constexpr quint16 SecurityLevelsCharacteristicUuid16 = 0x2BF5;

// The company's name as registered, e.g. 0x020E "Omron Healthcare Co., Ltd.";
// empty when the identifier is not assigned (or not in the shipped table).
[[nodiscard]] QString companyName(quint16 companyId);
// Number of entries in the shipped company table (to tell "unknown" from "no table").
[[nodiscard]] qsizetype companyTableSize();

// "Pulse Oximeter: Wrist Worn", or the category alone when the sub-category is not
// assigned, or empty. English: these are the SIG's names, shown as identifiers.
[[nodiscard]] QString appearanceName(quint16 appearance);

// English name of a service or characteristic Pasban knows ("Heart Rate",
// "PLX Continuous Measurement", "SMP"); empty when unknown.
[[nodiscard]] QString serviceName(const QBluetoothUuid &uuid);
[[nodiscard]] QString characteristicName(const QBluetoothUuid &uuid);

// Device class from what the device says about itself. Precedence:
//  1. Services: the most specific health service wins — Insulin Delivery, CGM,
//     Pulse Oximeter, Blood Pressure, Glucose, Health Thermometer, Weight Scale,
//     Heart Rate, then Generic Health Sensor — because a service is a promise of
//     behaviour while appearance is a free-form label (many devices leave it at 0
//     or set a generic category). Heart Rate comes late because oximeters, blood
//     pressure monitors and insulin pumps often add it beside their main service.
//  2. Appearance category (bits 15–6): 0x0300 thermometer, 0x0340 heart rate,
//     0x0380 blood pressure, 0x0400 glucose, 0x0C40 pulse oximeter, 0x0C80 weight
//     scale, 0x0D00 CGM, 0x0D40 insulin pump; 0x0D80 medication delivery and
//     0x0DC0 spirometer map to generic health sensor.
//  3. Unknown.
[[nodiscard]] DeviceClass inferDeviceClass(const QList<QBluetoothUuid> &services, std::optional<quint16> appearance);

[[nodiscard]] bool hasSmpService(const QList<QBluetoothUuid> &services);
[[nodiscard]] bool hasNordicDfu(const QList<QBluetoothUuid> &services,
                                const QHash<QBluetoothUuid, QByteArray> &serviceData = {});

// Characteristics whose values are patient measurements (REFERENCE.md §1 table):
// the protection probe reads or subscribes to each of these, never writes them.
[[nodiscard]] bool isHealthMeasurementCharacteristic(const QBluetoothUuid &uuid);
// Any characteristic of a health service (including features, control points):
// Pasban never writes a value to one.
[[nodiscard]] bool isClinicalCharacteristic(const QBluetoothUuid &uuid);

} // namespace pasban::discovery
