#include "InventoryTestSupport.h"
#include "MockClock.h"
#include "inventory/InventoryExport.h"
#include "inventory/InventoryImport.h"
#include "inventory/InventoryPostureSource.h"
#include "inventory/InventoryStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::inventory;

namespace {

// What the posture module will provide; here a fixed table.
class FakePosture final : public InventoryPostureSource
{
public:
    DevicePosture posture(const QString &deviceId) const override { return values.value(deviceId); }
    QHash<QString, DevicePosture> values;
};

QJsonArray extensionsOf(const QJsonObject &device)
{
    return device.value(u"extension"_s).toArray();
}

QJsonValue extension(const QJsonObject &device, const QString &name, const QString &valueKey)
{
    for (const QJsonValue &e : extensionsOf(device)) {
        if (e[u"url"_s].toString().endsWith(u'/' + name))
            return e[valueKey];
    }
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace

class TestInventoryExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_test = std::make_unique<test::TestDatabase>();
        QVERIFY(m_test->open());
        m_store = std::make_unique<InventoryStore>(*m_test->db, m_clock);
        InventoryImporter importer(*m_store);
        ImportOptions options;
        auto plan = importer.plan("assetTag,manufacturer,model,serial,firmware,hardware,location,department,owner,"
                                  "notes,bluetoothAddress\n"
                                  "BME-1,Karun Medical,OX-200,OX200-0001,2.1,B,ICU bed 3,ICU,دکتر رضایی,"
                                  "\"باتری, نو\",C4:7F:51:3A:22:10\n"
                                  "BME-2,Karun Medical,TC-1,TC1-000417,1.4.2,,,,,,\n"_ba,
                                  options);
        QVERIFY(plan.ok() && plan->canApply());
        QVERIFY(importer.apply(*plan).ok());
        ObservedDevice seen;
        seen.id = u"ble:C4:7F:51:3A:22:10"_s;
        seen.transport = u"ble"_s;
        seen.address = u"C4:7F:51:3A:22:10"_s;
        seen.firmware = u"2.3"_s;
        seen.seenUtc = QDateTime(QDate(2026, 11, 28), QTime(11, 30), Qt::UTC);
        QVERIFY(m_store->recordSeen(seen).ok());
        ObservedDevice stranger;
        stranger.id = u"ble:00:1B:DC:44:12:9E"_s;
        stranger.transport = u"ble"_s;
        QVERIFY(m_store->recordSeen(stranger).ok());
    }
    void cleanup()
    {
        m_store.reset();
        m_test.reset();
    }

    void fhirBundleParsesBackWithTheRequiredElements()
    {
        FakePosture posture;
        posture.values.insert(u"ble:C4:7F:51:3A:22:10"_s, DevicePosture {72.5, 3});
        const QByteArray bytes = InventoryExporter(&posture).fhir(
            *m_store->entries(), QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject bundle = document.object();
        QCOMPARE(bundle[u"resourceType"_s].toString(), u"Bundle"_s);
        QCOMPARE(bundle[u"type"_s].toString(), u"collection"_s);
        QCOMPARE(bundle[u"timestamp"_s].toString(), u"2026-11-28T12:00:00Z"_s);
        const QJsonArray entries = bundle[u"entry"_s].toArray();
        QCOMPARE(entries.size(), 3);
        QSet<QString> urls;
        for (const QJsonValue &entry : entries) {
            QVERIFY(entry[u"fullUrl"_s].toString().startsWith(u"urn:uuid:"_s));
            urls.insert(entry[u"fullUrl"_s].toString());
            const QJsonObject device = entry[u"resource"_s].toObject();
            QCOMPARE(device[u"resourceType"_s].toString(), u"Device"_s);
            QCOMPARE(device[u"status"_s].toString(), u"active"_s);
        }
        QCOMPARE(urls.size(), 3);

        const QJsonObject matched = entries[0][u"resource"_s].toObject();
        const QJsonArray identifiers = matched[u"identifier"_s].toArray();
        QCOMPARE(identifiers[0][u"system"_s].toString(), u"urn:pasban:asset-tag"_s);
        QCOMPARE(identifiers[0][u"value"_s].toString(), u"BME-1"_s);
        QCOMPARE(identifiers[1][u"type"_s][u"coding"_s][0][u"code"_s].toString(), u"SNO"_s);
        QCOMPARE(identifiers[1][u"value"_s].toString(), u"OX200-0001"_s);
        QCOMPARE(matched[u"manufacturer"_s].toString(), u"Karun Medical"_s);
        QCOMPARE(matched[u"modelNumber"_s].toString(), u"OX-200"_s);
        QCOMPARE(matched[u"serialNumber"_s].toString(), u"OX200-0001"_s);
        const QJsonArray versions = matched[u"version"_s].toArray();
        QCOMPARE(versions[0][u"type"_s][u"text"_s].toString(), u"firmware"_s);
        QCOMPARE(versions[0][u"value"_s].toString(), u"2.1"_s);
        QCOMPARE(versions[1][u"type"_s][u"text"_s].toString(), u"firmware (observed)"_s);
        QCOMPARE(versions[1][u"value"_s].toString(), u"2.3"_s);
        QCOMPARE(matched[u"location"_s][u"display"_s].toString(), u"ICU bed 3"_s);
        QCOMPARE(matched[u"note"_s][0][u"text"_s].toString(), u"باتری, نو"_s);
        QCOMPARE(extension(matched, u"last-seen"_s, u"valueDateTime"_s).toString(), u"2026-11-28T11:30:00Z"_s);
        QCOMPARE(extension(matched, u"posture-score"_s, u"valueDecimal"_s).toDouble(), 72.5);
        QCOMPARE(extension(matched, u"open-findings"_s, u"valueInteger"_s).toInt(), 3);

        // Not seen, no posture: those elements are absent, never invented.
        const QJsonObject unseen = entries[1][u"resource"_s].toObject();
        QCOMPARE(unseen[u"identifier"_s][0][u"value"_s].toString(), u"BME-2"_s);
        QVERIFY(extension(unseen, u"last-seen"_s, u"valueDateTime"_s).isUndefined());
        QVERIFY(extension(unseen, u"posture-score"_s, u"valueDecimal"_s).isUndefined());
        // A device nobody declared still goes out, identified by Pasban's id.
        const QJsonObject stranger = entries[2][u"resource"_s].toObject();
        QCOMPARE(stranger[u"identifier"_s][0][u"system"_s].toString(), u"urn:pasban:device-id"_s);

        // Stable ids: the same inventory exported again names the same resources.
        const QByteArray again =
            InventoryExporter(&posture).fhir(*m_store->entries(), QDateTime(QDate(2026, 11, 29), QTime(), Qt::UTC));
        QCOMPARE(QJsonDocument::fromJson(again)[u"entry"_s][0][u"fullUrl"_s].toString(),
                 entries[0][u"fullUrl"_s].toString());
    }

    void jsonCarriesObservedValuesAndNullsForUnknownPosture()
    {
        FakePosture posture;
        posture.values.insert(u"ble:C4:7F:51:3A:22:10"_s, DevicePosture {40, 1});
        const QJsonArray array = QJsonDocument::fromJson(InventoryExporter(&posture).json(*m_store->entries())).array();
        QCOMPARE(array.size(), 3);
        const QJsonObject first = array[0].toObject();
        QCOMPARE(first[u"assetTag"_s].toString(), u"BME-1"_s);
        QCOMPARE(first[u"firmware"_s].toString(), u"2.1"_s);
        QCOMPARE(first[u"observedFirmware"_s].toString(), u"2.3"_s);
        QCOMPARE(first[u"transport"_s].toString(), u"ble"_s);
        QCOMPARE(first[u"lastSeen"_s].toString(), u"2026-11-28T11:30:00Z"_s);
        QCOMPARE(first[u"postureScore"_s].toDouble(), 40.0);
        QCOMPARE(first[u"openFindings"_s].toInt(), 1);
        const QJsonObject second = array[1].toObject();
        QVERIFY(second[u"postureScore"_s].isNull());
        QVERIFY(second[u"openFindings"_s].isNull());
        QVERIFY(second[u"lastSeen"_s].isNull());
        // Without a posture source at all: null everywhere.
        const QJsonArray without = QJsonDocument::fromJson(InventoryExporter().json(*m_store->entries())).array();
        QVERIFY(without[0][u"postureScore"_s].isNull());
    }

    void csvIsRfc4180WithHeaderAndQuotedCommas()
    {
        const QByteArray bytes = InventoryExporter().csv(*m_store->entries());
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "assetTag,manufacturer,model,serial,firmware,hardware,location,department,owner,notes,"
                                 "bluetoothAddress,usbVendorId,usbProductId,deviceId,lastSeen,transport,"
                                 "observedFirmware,postureScore,openFindings\r\n"));
        QVERIFY(QString::fromUtf8(bytes).contains(u"\"باتری, نو\""_s));
        QCOMPARE(bytes.count("\r\n"), 4);
    }

    void formatNames()
    {
        QCOMPARE(exportFormatFromName(u"fhir"), ExportFormat::Fhir);
        QCOMPARE(exportFormatFromName(u"csv"), ExportFormat::Csv);
        QCOMPARE(exportFormatFromName(u"json"), ExportFormat::Json);
        QVERIFY(!exportFormatFromName(u"xml"));
    }

private:
    test::MockClock m_clock;
    std::unique_ptr<test::TestDatabase> m_test;
    std::unique_ptr<InventoryStore> m_store;
};

QTEST_GUILESS_MAIN(TestInventoryExport)
#include "tst_InventoryExport.moc"
