#pragma once

#include "Advertisement.h"
#include "common/Result.h"

#include <QBluetoothUuid>
#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Scenario files describe simulated BLE devices once, for both the fake BlueZ used
// by the integration tests (tests/integration/fakebluez/fakebluez.py reads the same
// JSON) and the demo fleet of core/sim. The shipped ward is the resource
// ":/pasban/discovery/scenarios/ward.json" (core/discovery/data/scenarios/ward.json);
// the schema is in core/discovery/data/README.md.
namespace pasban::discovery {

struct ScenarioCharacteristic
{
    QBluetoothUuid uuid;
    QStringList
        flags; // BlueZ GattCharacteristic1 flags: "read", "write", "write-without-response", "notify", "indicate"
    QByteArray value; // initial value
    bool isProtected = false; // read/subscribe refused without pairing (org.bluez.Error.NotPermitted)
    QList<QByteArray> notifications; // values sent, in a loop, once subscribed
    int notifyIntervalMs = 1000;
    QString behaviour; // "" or "smp-echo": answers SMP echo requests written to it
};

struct ScenarioService
{
    QBluetoothUuid uuid;
    QList<ScenarioCharacteristic> characteristics;
};

struct ScenarioDevice
{
    QString key; // short name used by tests ("oximeter")
    Advertisement advertisement; // address, addressType, name, rssi, manufacturer/service data, services, appearance
    bool connectable = true;
    // A private address rotates: after rotateAfterMs from the start of a scan the
    // device advertises (and connects) under rotatedAddress too, same data, same GATT.
    QString rotatedAddress;
    int rotateAfterMs = 0;
    QList<ScenarioService> gatt;
    QJsonObject expect; // what a correct interrogation finds; tests read it, the simulator ignores it
};

struct BleScenario
{
    QString name;
    QList<ScenarioDevice> devices;

    [[nodiscard]] const ScenarioDevice *device(const QString &key) const;

    // Refuses unknown format or version, malformed hex, UUIDs, addresses, unknown
    // address types ("discovery.scenario.invalid", detail names the place).
    [[nodiscard]] static Result<BleScenario> fromJson(QByteArrayView json);
    [[nodiscard]] static Result<BleScenario> load(const QString &path);
    // The shipped ward scenario (demo fleet and integration tests).
    [[nodiscard]] static Result<BleScenario> ward();
};

} // namespace pasban::discovery
