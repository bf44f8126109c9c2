#include "MockClock.h"
#include "inventory/InventoryStore.h"
#include "storage/ConsoleSchema.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::inventory;

namespace {
QDateTime at(int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, 28), QTime(hour, minute), Qt::UTC);
}

ObservedDevice oximeter(const QDateTime &seen, const QString &firmware = {})
{
    ObservedDevice d;
    d.id = u"ble:C0:11:22:33:44:55"_s;
    d.transport = u"ble"_s;
    d.address = u"C0:11:22:33:44:55"_s;
    d.addressType = u"random-static"_s;
    d.name = u"PLX-100"_s;
    d.deviceClass = u"pulse-oximeter"_s;
    d.firmware = firmware;
    d.seenUtc = seen;
    return d;
}
} // namespace

class TestInventoryStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = storage::openConsoleDatabase(m_dir->filePath(u"pasban.sqlite"_s));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
        m_db = std::make_unique<storage::Database>(std::move(db).value());
        m_store = std::make_unique<InventoryStore>(*m_db, m_clock);
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void firstSightingCreatesTheDevice()
    {
        QVERIFY(m_store->recordSeen(oximeter(at(10))).ok());
        auto device = m_store->find(u"ble:C0:11:22:33:44:55"_s);
        QVERIFY(device.ok() && device->has_value());
        QCOMPARE((*device)->observed.name, u"PLX-100"_s);
        QCOMPARE((*device)->observed.addressType, u"random-static"_s);
        QCOMPARE((*device)->firstSeenUtc, at(10));
        QCOMPARE((*device)->lastSeenUtc, at(10));
    }

    void manyDevicesAreStoredTogetherAllOrNone()
    {
        ObservedDevice strap = oximeter(at(10));
        strap.id = u"ble:00:1B:DC:44:12:9E"_s;
        strap.address = u"00:1B:DC:44:12:9E"_s;
        QVERIFY(m_store->recordSeen(oximeter(at(9))).ok());
        QStringList created;
        QVERIFY(m_store->recordSeen(QList<ObservedDevice> {oximeter(at(10)), strap}, u"scan"_s, &created).ok());
        QCOMPARE(created, QStringList {strap.id}); // the oximeter was known already
        QCOMPARE(m_store->list()->size(), 2);

        // One device without an identity: nothing of the batch is stored.
        ObservedDevice nameless = strap;
        nameless.id.clear();
        ObservedDevice third = strap;
        third.id = u"ble:D2:90:0B:6E:41:C3"_s;
        QVERIFY(!m_store->recordSeen(QList<ObservedDevice> {third, nameless}, u"scan"_s).ok());
        QCOMPARE(m_store->list()->size(), 2);
    }

    void laterSightingsMoveLastSeenAndKeepWhatWasNotSeenAgain()
    {
        QVERIFY(m_store->recordSeen(oximeter(at(10))).ok());
        ObservedDevice again = oximeter(at(11));
        again.name.clear(); // this advertisement had no name
        again.model = u"PLX-100 v2"_s;
        QVERIFY(m_store->recordSeen(again).ok());
        // An out-of-order (older) report must not move last seen backwards.
        QVERIFY(m_store->recordSeen(oximeter(at(9, 30))).ok());

        auto device = m_store->find(again.id);
        QVERIFY(device.ok() && device->has_value());
        QCOMPARE((*device)->observed.name, u"PLX-100"_s);
        QCOMPARE((*device)->observed.model, u"PLX-100 v2"_s);
        QCOMPARE((*device)->firstSeenUtc, at(9, 30));
        QCOMPARE((*device)->lastSeenUtc, at(11));
    }

    void firmwareChangesBuildAHistory()
    {
        QVERIFY(m_store->recordSeen(oximeter(at(10), u"2.1.0"_s), u"interrogation"_s).ok());
        QVERIFY(m_store->recordSeen(oximeter(at(11), u"2.1.0"_s)).ok()); // unchanged: no new entry
        QVERIFY(m_store->recordSeen(oximeter(at(12), u"2.3.0"_s), u"update"_s).ok());
        auto history = m_store->firmwareHistory(u"ble:C0:11:22:33:44:55"_s);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).version, u"2.1.0"_s);
        QCOMPARE(history->at(0).source, u"interrogation"_s);
        QCOMPARE(history->at(1).version, u"2.3.0"_s);
        QCOMPARE(history->at(1).observedUtc, at(12));
    }

    void assetFieldsAreEditableAndSurviveObservations()
    {
        QVERIFY(m_store->recordSeen(oximeter(at(10))).ok());
        QVERIFY(m_store
                    ->updateAsset(
                        u"ble:C0:11:22:33:44:55"_s,
                        {u"BME-0042"_s, u"Ward 3, bed 7"_s, u"ICU"_s, u"Clinical engineering"_s, u"Battery replaced"_s})
                    .ok());
        QVERIFY(m_store->recordSeen(oximeter(at(11))).ok());
        auto device = m_store->find(u"ble:C0:11:22:33:44:55"_s);
        QCOMPARE((*device)->asset.assetTag, u"BME-0042"_s);
        QCOMPARE((*device)->asset.location, u"Ward 3, bed 7"_s);
        QCOMPARE((*device)->asset.notes, u"Battery replaced"_s);
    }

    void unknownDevicesAreClearErrors()
    {
        const Status asset = m_store->updateAsset(u"ble:nope"_s, {});
        QVERIFY(!asset.ok());
        QCOMPARE(asset.error().code(), u"inventory.unknown_device"_s);
        const Status observation = m_store->recordObservation(u"ble:nope"_s, {u"probe"_s, {}, at(10), u"scan"_s, {}});
        QCOMPARE(observation.error().code(), u"inventory.unknown_device"_s);
        QCOMPARE(m_store->recordSeen(ObservedDevice()).error().code(), u"inventory.invalid"_s);
    }

    void observationsKeepEvidenceWithTimeAndMethod()
    {
        QVERIFY(m_store->recordSeen(oximeter(at(10))).ok());
        const QJsonObject probe {{u"00002a5f-0000-1000-8000-00805f9b34fb"_s, u"open"_s}};
        QVERIFY(m_store
                    ->recordObservation(u"ble:C0:11:22:33:44:55"_s,
                                        {u"probe"_s, probe, at(10, 4), u"interrogation"_s, u"sara"_s})
                    .ok());
        auto observations = m_store->observations(u"ble:C0:11:22:33:44:55"_s);
        QVERIFY(observations.ok());
        QCOMPARE(observations->size(), 1);
        QCOMPARE(observations->first().value, probe);
        QCOMPARE(observations->first().observedUtc, at(10, 4));
        QCOMPARE(observations->first().method, u"interrogation"_s);
        QCOMPARE(observations->first().operatorName, u"sara"_s);
    }

    void mergeFoldsTwoIdentitiesIntoOne()
    {
        ObservedDevice rotating = oximeter(at(9));
        rotating.id = u"ble:5A:00:00:00:00:01"_s;
        rotating.addressType = u"resolvable-private"_s;
        rotating.firmware = u"1.0"_s;
        QVERIFY(m_store->recordSeen(rotating).ok());
        QVERIFY(m_store->updateAsset(rotating.id, {u"BME-7"_s, u"Ward 1"_s, {}, {}, {}}).ok());
        QVERIFY(m_store->recordObservation(rotating.id, {u"probe"_s, {}, at(9), u"interrogation"_s, {}}).ok());

        ObservedDevice stable = oximeter(at(11), u"1.1"_s);
        stable.id = u"ble-dis:PLX-100:SN123"_s;
        QVERIFY(m_store->recordSeen(stable).ok());
        QVERIFY(m_store->updateAsset(stable.id, {{}, u"Ward 2"_s, {}, {}, {}}).ok());

        QVERIFY(m_store->merge(rotating.id, stable.id).ok());
        auto gone = m_store->find(rotating.id);
        QVERIFY(gone.ok() && !gone->has_value());
        auto merged = m_store->find(stable.id);
        QCOMPARE((*merged)->firstSeenUtc, at(9));
        QCOMPARE((*merged)->lastSeenUtc, at(11));
        QCOMPARE((*merged)->asset.assetTag, u"BME-7"_s); // INTO had none
        QCOMPARE((*merged)->asset.location, u"Ward 2"_s); // INTO's wins
        QCOMPARE(m_store->firmwareHistory(stable.id)->size(), 2);
        QCOMPARE(m_store->observations(stable.id)->size(), 1);
        QCOMPARE(m_store->list()->size(), 1);
    }

    void listIsMostRecentFirst()
    {
        ObservedDevice older = oximeter(at(8));
        older.id = u"ble:older"_s;
        QVERIFY(m_store->recordSeen(older).ok());
        QVERIFY(m_store->recordSeen(oximeter(at(12))).ok());
        auto devices = m_store->list();
        QVERIFY(devices.ok());
        QCOMPARE(devices->size(), 2);
        QCOMPARE(devices->first().observed.id, u"ble:C0:11:22:33:44:55"_s);
    }

private:
    test::MockClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<InventoryStore> m_store;
};

QTEST_GUILESS_MAIN(TestInventoryStore)
#include "tst_InventoryStore.moc"
