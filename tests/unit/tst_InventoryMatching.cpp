// Imported records meet devices the simulated ward reveals: matched by Bluetooth
// address, by manufacturer + model + serial once interrogated, by USB identity,
// whichever comes first — the import or the scan — with declared and observed
// values compared.
#include "InventoryTestSupport.h"
#include "MockClock.h"
#include "console/DeviceInventorySync.h"
#include "console/DiscoverySession.h"
#include "discovery/BleScenario.h"
#include "discovery/DeviceRegistry.h"
#include "inventory/DeclaredComparison.h"
#include "inventory/DeviceMatching.h"
#include "inventory/InventoryImport.h"
#include "inventory/InventoryStore.h"
#include "sim/SimulatedBleInterrogator.h"
#include "sim/SimulatedBleScanner.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::inventory;

namespace {

// The ward's oximeter by its address (declared firmware older than it runs), its
// thermometer by manufacturer + model + serial, and a record nobody will see.
const QByteArray WardCsv = "Asset Tag,Manufacturer,Model Number,Serial Number,Firmware Version,Location,"
                           "Bluetooth Address\n"
                           "BME-OX,Karun Medical,OX-200,OX200-0001,2.0,ICU bed 3,C4:7F:51:3A:22:10\n"
                           "BME-TC,karun medical,TC-1,tc1-000417,1.4.2,بخش قلب,\n"
                           "BME-GONE,Karun Medical,PX-9,PX9-1,1.0,Store,\n"_ba;

const InventoryEntry *entryWithTag(const QList<InventoryEntry> &entries, const QString &tag)
{
    for (const InventoryEntry &entry : entries) {
        if (entry.assetTag() == tag)
            return &entry;
    }
    return nullptr;
}

} // namespace

class TestInventoryMatching : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_test = std::make_unique<test::TestDatabase>();
        QVERIFY(m_test->open());
        m_store = std::make_unique<InventoryStore>(*m_test->db, m_clock);
        auto ward = discovery::BleScenario::ward();
        QVERIFY(ward.ok());
        m_scanner = std::make_unique<sim::SimulatedBleScanner>(*ward);
        m_scanner->setAdvertisingInterval(std::chrono::milliseconds {20});
        m_interrogator = std::make_unique<sim::SimulatedBleInterrogator>(*ward);
        m_registry = std::make_unique<discovery::DeviceRegistry>();
        m_registry->setCoalesceInterval(std::chrono::milliseconds {0});
        m_sync = std::make_unique<DeviceInventorySync>(*m_registry, *m_store);
        m_sync->setFlushInterval(std::chrono::milliseconds {0});
        m_session = std::make_unique<DiscoverySession>(*m_scanner, *m_registry, m_sync.get());
    }
    void cleanup()
    {
        m_session.reset();
        m_sync.reset();
        m_registry.reset();
        m_interrogator.reset();
        m_scanner.reset();
        m_store.reset();
        m_test.reset();
    }

    void importThenScanAndInterrogate()
    {
        importWard();
        scanAndInterrogate();
        const QList<InventoryEntry> entries = *m_store->entries();

        const InventoryEntry *oximeter = entryWithTag(entries, u"BME-OX"_s);
        QVERIFY(oximeter && oximeter->device && oximeter->declared);
        QCOMPARE(oximeter->id, u"ble:C4:7F:51:3A:22:10"_s);
        QCOMPARE(matchRule(*oximeter->declared, *oximeter->device), MatchRule::BluetoothAddress);
        // Declared 2.0, the device runs 2.1.0: a mismatch, named by field.
        const QList<FieldComparison> comparison = compareDeclared(*oximeter->declared, oximeter->device->observed);
        QVERIFY(hasMismatch(comparison));
        const auto firmware = std::find_if(comparison.cbegin(), comparison.cend(),
                                           [](const FieldComparison &c) { return c.field == Field::Firmware; });
        QVERIFY(firmware != comparison.cend());
        QCOMPARE(firmware->declared, u"2.0"_s);
        QCOMPARE(firmware->observed, u"2.1.0"_s);
        QCOMPARE(firmware->state, FieldComparison::State::Differs);
        // The matched device shows its declared asset fields.
        QCOMPARE(oximeter->device->asset.assetTag, u"BME-OX"_s);
        QCOMPARE(oximeter->device->asset.location, u"ICU bed 3"_s);

        const InventoryEntry *thermometer = entryWithTag(entries, u"BME-TC"_s);
        QVERIFY(thermometer && thermometer->device);
        QCOMPARE(matchRule(*thermometer->declared, *thermometer->device), MatchRule::ManufacturerModelSerial);
        QVERIFY(!hasMismatch(compareDeclared(*thermometer->declared, thermometer->device->observed)));

        const InventoryEntry *gone = entryWithTag(entries, u"BME-GONE"_s);
        QVERIFY(gone && !gone->device);
        QCOMPARE(gone->id, u"asset:BME-GONE"_s);
        // One entry per device: 3 records, 5 ward devices, 2 of them matched.
        QCOMPARE(entries.size(), 3 + 5 - 2);
    }

    void scanFirstThenImport()
    {
        scanAndInterrogate();
        importWard();
        const QList<InventoryEntry> entries = *m_store->entries();
        const InventoryEntry *oximeter = entryWithTag(entries, u"BME-OX"_s);
        QVERIFY(oximeter && oximeter->device);
        QCOMPARE(oximeter->device->observed.firmware, u"2.1.0"_s);
        const InventoryEntry *thermometer = entryWithTag(entries, u"BME-TC"_s);
        QVERIFY(thermometer && thermometer->device);
        QCOMPARE(thermometer->device->observed.serial, u"TC1-000417"_s);
        QCOMPARE(entries.size(), 6);
    }

    void usbIdentityMatches()
    {
        DeclaredRecord record;
        record.assetTag = u"USB-1"_s;
        record.usbVendorId = u"04D8"_s;
        record.usbProductId = u"000a"_s;
        record.serial = u"SN-77"_s;
        QVERIFY(m_store->addDeclared(record).ok());
        ObservedDevice pump;
        pump.id = u"usb:04d8:000a:SN-77"_s;
        pump.transport = u"usb"_s;
        QVERIFY(m_store->recordSeen(pump).ok());
        auto stored = m_store->findDeclared(u"USB-1"_s);
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE((*stored)->deviceId, u"usb:04d8:000a:SN-77"_s);
        // Another serial on the same VID/PID is another device.
        DeclaredRecord other = record;
        other.assetTag = u"USB-2"_s;
        other.serial = u"SN-78"_s;
        QVERIFY(m_store->addDeclared(other).ok());
        QCOMPARE((*m_store->findDeclared(u"USB-2"_s))->deviceId, QString());
    }

    void mergedIdentityKeepsItsRecord()
    {
        DeclaredRecord record;
        record.assetTag = u"RPA-1"_s;
        record.bluetoothAddress = u"5A:3C:11:8E:20:07"_s;
        QVERIFY(m_store->addDeclared(record).ok());
        ObservedDevice address;
        address.id = u"ble:5A:3C:11:8E:20:07"_s;
        address.transport = u"ble"_s;
        address.address = u"5A:3C:11:8E:20:07"_s;
        QVERIFY(m_store->recordSeen(address).ok());
        QCOMPARE((*m_store->findDeclared(u"RPA-1"_s))->deviceId, address.id);
        ObservedDevice identified = address;
        identified.id = u"ble:dis:0123456789abcdef"_s;
        identified.address = u"6B:00:00:00:00:01"_s;
        QVERIFY(m_store->recordSeen(identified).ok());
        QVERIFY(m_store->merge(address.id, identified.id).ok());
        QCOMPARE((*m_store->findDeclared(u"RPA-1"_s))->deviceId, identified.id);
    }

    void editingTheDeviceEditsItsRecordAndRemovingKeepsTheDevice()
    {
        importWard();
        scanAndInterrogate();
        AssetFields asset {u"BME-OX"_s, u"ICU bed 4"_s, u"ICU"_s, u"Dr Rezaei"_s, u"moved"_s};
        QVERIFY(m_store->updateAsset(u"ble:C4:7F:51:3A:22:10"_s, asset).ok());
        auto record = m_store->findDeclared(u"BME-OX"_s);
        QCOMPARE((*record)->location, u"ICU bed 4"_s);
        QCOMPARE((*record)->owner, u"Dr Rezaei"_s);

        QVERIFY(m_store->removeDeclared(u"BME-OX"_s).ok());
        QVERIFY(!m_store->findDeclared(u"BME-OX"_s)->has_value());
        auto device = m_store->find(u"ble:C4:7F:51:3A:22:10"_s);
        QVERIFY(device.ok() && device->has_value());
        QCOMPARE((*device)->asset.assetTag, QString());
        QCOMPARE(m_store->firmwareHistory(u"ble:C4:7F:51:3A:22:10"_s)->size(), 1);
        const Status unknown = m_store->removeDeclared(u"NOPE"_s);
        QCOMPARE(unknown.error().code(), u"inventory.unknown_asset_tag"_s);
    }

    void versionsCompareByNumber()
    {
        QVERIFY(sameVersion(u"2.1"_s, u"2.1.0"_s));
        QVERIFY(sameVersion(u" 1.4.2 "_s, u"1.4.2"_s));
        QVERIFY(!sameVersion(u"2.1"_s, u"2.3"_s));
        QVERIFY(!sameVersion(u"2.1-rc1"_s, u"2.1"_s));
        DeclaredRecord declared;
        declared.manufacturer = u"KARUN MEDICAL"_s;
        declared.firmware = u"3.0"_s;
        declared.serial = u"X"_s;
        ObservedDevice observed;
        observed.manufacturer = u"Karun Medical"_s;
        observed.firmware = u"3.0.0"_s;
        observed.model = u"M"_s;
        const QList<FieldComparison> c = compareDeclared(declared, observed);
        QCOMPARE(c.size(), 4);
        QCOMPARE(c[0].state, FieldComparison::State::Agrees);
        QCOMPARE(c[1].state, FieldComparison::State::NotDeclared); // model
        QCOMPARE(c[2].state, FieldComparison::State::NotObserved); // serial
        QCOMPARE(c[3].state, FieldComparison::State::Agrees); // firmware
        QVERIFY(!hasMismatch(c));
        // The advertised company (the radio's vendor) is not the declared manufacturer's rival.
        ObservedDevice radioOnly;
        radioOnly.manufacturer = u"Nordic Semiconductor ASA"_s;
        QVERIFY(!hasMismatch(compareDeclared(declared, radioOnly)));
    }

private:
    void importWard()
    {
        InventoryImporter importer(*m_store);
        auto plan = importer.plan(WardCsv, ImportOptions {});
        QVERIFY(plan.ok() && plan->canApply());
        QVERIFY(importer.apply(*plan).ok());
    }

    void scanAndInterrogate()
    {
        QSignalSpy finished(m_session.get(), &DiscoverySession::finished);
        QVERIFY(m_session->start(std::chrono::milliseconds {300}).ok());
        QVERIFY(finished.wait(5000));
        QCOMPARE(m_registry->size(), 5);
        for (const QString &id : m_registry->ids()) {
            const std::optional<discovery::DeviceRecord> device = m_registry->device(id);
            QVERIFY(device);
            QSignalSpy done(m_interrogator.get(), &discovery::BleInterrogator::finished);
            QSignalSpy failed(m_interrogator.get(), &discovery::BleInterrogator::failed);
            discovery::InterrogationOptions options;
            options.notifyFor = std::chrono::seconds {0};
            m_interrogator->interrogate(device->address, options);
            QTRY_VERIFY_WITH_TIMEOUT(done.size() + failed.size() > 0, 5000);
            if (!done.isEmpty()) {
                const auto result = done.first().first().value<discovery::Interrogation>();
                QVERIFY(m_session->recordInterrogation(id, result).ok());
            }
        }
        QVERIFY(m_sync->flush().ok());
    }

    test::MockClock m_clock;
    std::unique_ptr<test::TestDatabase> m_test;
    std::unique_ptr<InventoryStore> m_store;
    std::unique_ptr<sim::SimulatedBleScanner> m_scanner;
    std::unique_ptr<sim::SimulatedBleInterrogator> m_interrogator;
    std::unique_ptr<discovery::DeviceRegistry> m_registry;
    std::unique_ptr<DeviceInventorySync> m_sync;
    std::unique_ptr<DiscoverySession> m_session;
};

QTEST_GUILESS_MAIN(TestInventoryMatching)
#include "tst_InventoryMatching.moc"
