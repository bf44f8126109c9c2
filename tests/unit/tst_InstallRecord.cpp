// firmware::recordInstalled, shared by the CLI push, the fleet push and the push
// wizard: the inventory history gets every update, the anti-rollback record only
// a confirmed one.
#include "firmware/FirmwareUpdate.h"
#include "firmware/InstallRecord.h"
#include "firmware/RollbackStore.h"
#include "inventory/InventoryStore.h"
#include "storage/ConsoleSchema.h"
#include "storage/Database.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::firmware;

namespace {

storage::Database consoleDatabase()
{
    storage::Database db = storage::Database::openInMemory().value();
    if (!storage::migrate(db, storage::consoleMigrations()))
        qFatal("migration failed");
    return db;
}

FirmwareUpdateResult updateTo(ImageVersion version, bool confirmed)
{
    FirmwareUpdateResult result;
    result.device = u"udp:127.0.0.1:1337"_s;
    result.version = version;
    result.imageHash = QByteArray(32, '\x5a');
    result.securityCounter = 7;
    result.confirmed = confirmed;
    result.mode = confirmed ? UpdateMode::TestAndConfirm : UpdateMode::TestOnly;
    return result;
}

QStringList historyVersions(storage::Database &db, const QString &deviceId)
{
    QStringList versions;
    const Result<QList<inventory::FirmwareChange>> history = inventory::InventoryStore(db).firmwareHistory(deviceId);
    if (history) {
        for (const inventory::FirmwareChange &change : *history) {
            if (change.source == u"update"_s)
                versions.append(change.version);
        }
    }
    return versions;
}

// The anti-rollback record; a read failure counts as "no record" and fails the
// tests that expect one.
std::optional<DeviceFirmwareRecord> rollbackRecord(storage::Database &db, const QString &deviceId)
{
    const Result<std::optional<DeviceFirmwareRecord>> record = RollbackStore(db).find(deviceId);
    return record ? *record : std::nullopt;
}

} // namespace

class tst_InstallRecord : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testOnlyUpdateGoesToHistoryButNotToRollbackRecord()
    {
        storage::Database db = consoleDatabase();
        const QString id = u"ble-dis:PX-100:SN1"_s;
        QVERIFY(recordInstalled(db, id, updateTo({1, 2, 0, 0}, false), u"acme-px100-1.2"_s, 12).ok());

        QCOMPARE(historyVersions(db, id), QStringList {u"1.2.0"_s});
        QVERIFY(RollbackStore(db).find(id).ok());
        QVERIFY(!rollbackRecord(db, id).has_value());
    }

    void confirmedUpdateGoesToHistoryAndRollbackRecord()
    {
        storage::Database db = consoleDatabase();
        const QString id = u"ble-dis:PX-100:SN2"_s;
        QVERIFY(recordInstalled(db, id, updateTo({1, 3, 0, 0}, true), u"acme-px100-1.3"_s, 13).ok());

        QCOMPARE(historyVersions(db, id), QStringList {u"1.3.0"_s});
        const std::optional<DeviceFirmwareRecord> record = rollbackRecord(db, id);
        QVERIFY(record.has_value());
        const DeviceFirmwareRecord &r = *record;
        QCOMPARE(r.deviceId, id);
        QCOMPARE(r.version.toString(), u"1.3.0"_s);
        QCOMPARE(r.securityCounter, 7u);
        QCOMPARE(r.imageHash, QByteArray(32, '\x5a'));
        QCOMPARE(r.packageId, u"acme-px100-1.3"_s);
        QCOMPARE(r.sequenceNumber, quint64(13));
    }

    void laterTestOnlyUpdateLeavesTheConfirmedRecord()
    {
        storage::Database db = consoleDatabase();
        const QString id = u"ble-dis:PX-100:SN3"_s;
        QVERIFY(recordInstalled(db, id, updateTo({1, 3, 0, 0}, true), u"p13"_s, 13).ok());
        QVERIFY(recordInstalled(db, id, updateTo({1, 4, 0, 0}, false), u"p14"_s, 14).ok());

        QCOMPARE(historyVersions(db, id), (QStringList {u"1.3.0"_s, u"1.4.0"_s}));
        const std::optional<DeviceFirmwareRecord> record = rollbackRecord(db, id);
        QVERIFY(record.has_value());
        QCOMPARE(record->version.toString(), u"1.3.0"_s);
        QCOMPARE(record->packageId, u"p13"_s);
    }
};

QTEST_GUILESS_MAIN(tst_InstallRecord)
#include "tst_InstallRecord.moc"
