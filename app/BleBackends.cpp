#include "BleBackends.h"

#include "discovery/BleScenario.h"
#include "discovery/BlueZBackend.h"
#include "discovery/QtBleInterrogator.h"
#include "discovery/QtBleScanner.h"
#include "sim/SimulatedBleInterrogator.h"
#include "sim/SimulatedBleScanner.h"

#include <QBluetoothLocalDevice>

namespace pasban::app {

void prepareBluetooth()
{
    discovery::forceBlueZDBusBackend();
}

bool hasBluetoothAdapter()
{
    return !QBluetoothLocalDevice::allDevices().isEmpty();
}

BleBackends makeBleBackends(BleChoice choice)
{
    const bool demo = choice == BleChoice::Demo || (choice == BleChoice::DemoWithoutAdapter && !hasBluetoothAdapter());
    BleBackends backends;
    if (demo) {
        Result<discovery::BleScenario> ward = discovery::BleScenario::ward();
        if (ward) {
            backends.scanner = std::make_unique<sim::SimulatedBleScanner>(*ward);
            backends.interrogator = std::make_unique<sim::SimulatedBleInterrogator>(*ward);
            backends.simulated = true;
            return backends;
        }
        // The shipped scenario is compiled in; failing to read it is a build defect.
        qFatal("demo scenario unreadable: %s", qPrintable(ward.error().toString()));
    }
    backends.scanner = std::make_unique<discovery::QtBleScanner>();
    backends.interrogator = std::make_unique<discovery::QtBleInterrogator>();
    return backends;
}

} // namespace pasban::app
