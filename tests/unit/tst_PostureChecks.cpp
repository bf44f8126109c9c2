// Every check of the posture catalogue, each with a case that must produce its
// finding and one that must not, from the simulated ward and inventory records.
#include "MockClock.h"
#include "PostureFixture.h"
#include "crypto/PrivateKey.h"
#include "firmware/DevelopmentKeys.h"
#include "firmware/McubootImage.h"
#include "posture/AdvisoryIndex.h"
#include "posture/ApprovedFirmware.h"
#include "posture/Check.h"
#include "posture/CsafParser.h"
#include "sim/SimFirmwareImage.h"

#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::posture;

namespace {

class FakeLibrary final : public ApprovedFirmwareSource
{
public:
    std::optional<ApprovedFirmware> newestApproved(const QString &model) const override
    {
        if (!versions.contains(model))
            return std::nullopt;
        return ApprovedFirmware {versions.value(model), u"pkg-"_s + model};
    }
    QHash<QString, QString> versions;
};

QList<Finding> run(const QString &checkId, const DeviceFacts &facts, const PostureContext &context = {})
{
    const Check *check = findCheck(checkId);
    if (!check)
        qFatal("no check %s", qPrintable(checkId));
    QList<Finding> out;
    check->evaluate(facts, context, out);
    return out;
}

PostureContext now()
{
    PostureContext context;
    context.now = QDateTime::currentDateTimeUtc();
    return context;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

} // namespace

class TestPostureChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogueIdsAreUniqueAndDocumented()
    {
        const QByteArray doc = readFile(QStringLiteral(PASBAN_SOURCE_DIR "/docs/posture-checks.md"));
        QSet<QString> ids;
        for (const Check *check : checkCatalogue()) {
            const CheckInfo info = check->info();
            QVERIFY2(!ids.contains(info.id), qPrintable(info.id));
            ids.insert(info.id);
            // Each check has a row in the documented table.
            QVERIFY2(doc.contains((u"| `"_s + info.id + u"` |"_s).toUtf8()), qPrintable(info.id));
        }
        QCOMPARE(ids.size(), 19);
    }

    void healthDataReadableWithoutPairing()
    {
        test::PostureFixture fleet;
        const QString oximeter = fleet.scanAndInterrogate(u"oximeter"_s);
        const QList<Finding> found = run(u"ble.health-data-unauthenticated"_s, fleet.facts(oximeter));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].severity, Severity::High);
        QCOMPARE(found[0].evidence.size(), 1);
        const QString what = found[0].evidence[0].what.english();
        QVERIFY2(what.contains(u"PLX Continuous"_s) && what.contains(u"0x2A5F"_s) && what.contains(u"notify"_s),
                 qPrintable(what));
        QCOMPARE(found[0].evidence[0].operatorName, u"engineer.k"_s);
        QCOMPARE(found[0].evidence[0].how, u"interrogation"_s);
        QVERIFY(found[0].evidence[0].when.isValid());

        // The heart-rate strap refuses without pairing.
        const QString strap = fleet.scanAndInterrogate(u"hr-strap"_s);
        QVERIFY(run(u"ble.health-data-unauthenticated"_s, fleet.facts(strap)).isEmpty());
        // A bonded interrogation proves nothing about strangers.
        DeviceFacts bonded = fleet.facts(oximeter);
        bonded.interrogation->method = u"ble-gatt-bonded"_s;
        QVERIFY(run(u"ble.health-data-unauthenticated"_s, bonded).isEmpty());
    }

    void smpManagementOpen()
    {
        test::PostureFixture fleet;
        const QString bridge = fleet.scanAndInterrogate(u"smp-bridge"_s);
        const QList<Finding> found = run(u"ble.smp-unauthenticated"_s, fleet.facts(bridge));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].severity, Severity::Critical);
        QVERIFY(found[0].references.iec62443.contains(u"CR 2.1"_s));
        const QString oximeter = fleet.scanAndInterrogate(u"oximeter"_s);
        QVERIFY(run(u"ble.smp-unauthenticated"_s, fleet.facts(oximeter)).isEmpty());
    }

    void noMitmProtectionDeclared()
    {
        test::PostureFixture fleet;
        // The thermometer declares mode 1 level 1 (0x0101).
        const QString thermometer = fleet.scanAndInterrogate(u"thermometer"_s);
        const QList<Finding> found = run(u"ble.no-mitm-protection"_s, fleet.facts(thermometer));
        QCOMPARE(found.size(), 1);
        QVERIFY(found[0].evidence[0].what.english().contains(u"0101"_s));
        // Level 4 declared: no finding; no declaration: no evidence, no finding.
        DeviceFacts secure = fleet.facts(thermometer);
        secure.interrogation->securityLevels = QByteArray::fromHex("0104");
        QVERIFY(run(u"ble.no-mitm-protection"_s, secure).isEmpty());
        const QString oximeter = fleet.scanAndInterrogate(u"oximeter"_s);
        QVERIFY(run(u"ble.no-mitm-protection"_s, fleet.facts(oximeter)).isEmpty());
    }

    void trackableIdentity()
    {
        test::PostureFixture fleet;
        const QString strap = fleet.scan(u"hr-strap"_s); // public address + Heart Rate
        const QList<Finding> found = run(u"ble.trackable-identity"_s, fleet.facts(strap));
        QCOMPARE(found.size(), 1);
        QVERIFY(found[0].evidence[0].what.english().contains(u"00:1B:DC:44:12:9E"_s));
        // The glucose meter rotates a resolvable private address.
        const QString glucose = fleet.scan(u"glucose-rpa"_s);
        QVERIFY(run(u"ble.trackable-identity"_s, fleet.facts(glucose)).isEmpty());
    }

    void personalNameInAdvertisedName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("possessive") << u"Maria's Oximeter"_s << true;
        QTest::newRow("title") << u"OX Mr Rahimi"_s << true;
        QTest::newRow("record number") << u"OX MRN 448812"_s << true;
        QTest::newRow("six digits") << u"Bed 3 - 20481733"_s << true;
        QTest::newRow("model name") << u"OX-200 Oximeter"_s << false;
        QTest::newRow("short number") << u"TC-1 Thermometer 12"_s << false;
    }

    void personalNameInAdvertisedName()
    {
        QFETCH(QString, name);
        QFETCH(bool, flagged);
        test::PostureFixture fleet;
        const QString id = fleet.scan(u"oximeter"_s, [&](discovery::Advertisement &a) { a.name = name; });
        const QList<Finding> found = run(u"ble.personal-name"_s, fleet.facts(id));
        QCOMPARE(found.size(), flagged ? 1 : 0);
        if (flagged) // the evidence never repeats the name itself
            QVERIFY(!found[0].evidence[0].what.english().contains(name));
    }

    void healthMeasurementsAdvertised()
    {
        test::PostureFixture fleet;
        // A thermometer that broadcasts its reading as Health Thermometer service data.
        const QString leaky = fleet.scan(u"thermometer"_s, [](discovery::Advertisement &a) {
            a.serviceData.insert(QBluetoothUuid(quint16(0x1809)), QByteArray::fromHex("006E0100FF"));
        });
        const QList<Finding> found = run(u"ble.health-data-advertised"_s, fleet.liveFacts(leaky));
        QCOMPARE(found.size(), 1);
        QVERIFY(found[0].evidence[0].what.english().contains(u"5 bytes"_s));
        // The ward's oximeter advertises no service data.
        const QString quiet = fleet.scan(u"oximeter"_s);
        QVERIFY(run(u"ble.health-data-advertised"_s, fleet.liveFacts(quiet)).isEmpty());
    }

    void firmwareOlderThanApproved()
    {
        test::PostureFixture fleet;
        const QString thermometer = fleet.scanAndInterrogate(u"thermometer"_s); // TC-1 at 1.4.2
        FakeLibrary library;
        PostureContext context = now();
        context.approvedFirmware = &library;
        library.versions.insert(u"TC-1"_s, u"1.10.0"_s);
        const QList<Finding> found = run(u"firmware.outdated"_s, fleet.facts(thermometer), context);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].evidence.size(), 2);
        QCOMPARE(found[0].evidence[1].provenance, Provenance::Declared);
        QVERIFY(found[0].remediation.english().contains(u"1.10.0"_s));
        library.versions.insert(u"TC-1"_s, u"1.4.2"_s);
        QVERIFY(run(u"firmware.outdated"_s, fleet.facts(thermometer), context).isEmpty());
        library.versions.clear();
        QVERIFY(run(u"firmware.outdated"_s, fleet.facts(thermometer), context).isEmpty());
    }

    void imageSignedWithDevelopmentKey()
    {
        test::PostureFixture fleet;
        const QString bridge = fleet.scanAndInterrogate(u"smp-bridge"_s);
        const QString oximeter = fleet.scanAndInterrogate(u"oximeter"_s);
        auto devKey = crypto::PrivateKey::fromPem(
            readFile(QStringLiteral(PASBAN_TEST_DATA_DIR "/firmware/mcuboot-dev-root-ed25519.pem")));
        QVERIFY(devKey.ok());
        auto ownKey = crypto::PrivateKey::generate(crypto::SignatureAlgorithm::Ed25519);
        QVERIFY(ownKey.ok());
        sim::SimFirmwareImage spec;
        spec.major = 3;
        spec.revision = 1;
        const auto record = [&](const QString &id, const crypto::PrivateKey &key) {
            auto bytes = spec.buildSigned(key);
            QVERIFY(bytes.ok());
            auto image = firmware::McubootImage::parse(*bytes);
            QVERIFY(image.ok());
            QVERIFY(fleet.store
                        ->recordObservation(id,
                                            imageObservation(*image, QDateTime::currentDateTimeUtc(),
                                                             u"smp-image-list"_s, u"engineer.k"_s))
                        .ok());
        };
        record(bridge, *devKey);
        record(oximeter, *ownKey);
        const QList<Finding> found = run(u"firmware.development-key"_s, fleet.facts(bridge));
        QCOMPARE(found.size(), 1);
        QVERIFY2(found[0].evidence[0].what.english().contains(u"root-ed25519"_s),
                 qPrintable(found[0].evidence[0].what.english()));
        QVERIFY(run(u"firmware.development-key"_s, fleet.facts(oximeter)).isEmpty());
    }

    void noSecurityCounter()
    {
        test::PostureFixture fleet;
        const QString bridge = fleet.scanAndInterrogate(u"smp-bridge"_s);
        const QString oximeter = fleet.scanAndInterrogate(u"oximeter"_s);
        // What FirmwareUpdate::recordInInventory writes: securityCounter only when the image has one.
        inventory::Observation update {u"firmware-update"_s,
                                       QJsonObject {{u"device"_s, bridge}, {u"version"_s, u"3.0.2"_s}},
                                       QDateTime::currentDateTimeUtc(), u"smp"_s, u"engineer.k"_s};
        QVERIFY(fleet.store->recordObservation(bridge, update).ok());
        update.value.insert(u"securityCounter"_s, 0x03000002);
        QVERIFY(fleet.store->recordObservation(oximeter, update).ok());
        QCOMPARE(run(u"firmware.no-security-counter"_s, fleet.facts(bridge)).size(), 1);
        QVERIFY(run(u"firmware.no-security-counter"_s, fleet.facts(oximeter)).isEmpty());
        // Never updated or inspected: nothing is known, nothing is claimed.
        const QString strap = fleet.scanAndInterrogate(u"hr-strap"_s);
        QVERIFY(run(u"firmware.no-security-counter"_s, fleet.facts(strap)).isEmpty());
    }

    void knownVulnerabilityFromAdvisory()
    {
        test::PostureFixture fleet;
        const QString thermometer = fleet.scanAndInterrogate(u"thermometer"_s); // Karun Medical TC-1 1.4.2
        const QString glucose = fleet.scanAndInterrogate(u"glucose-rpa"_s); // Karun Medical GM-5 5.2
        // A minimal advisory for the ward's TC-1 thermometer below 1.5.
        auto advisory = CsafParser::parse(readFile(QStringLiteral(PASBAN_TEST_DATA_DIR "/csaf/test-karun-tc1.json")));
        QVERIFY2(advisory.ok(), advisory.ok() ? "" : qPrintable(advisory.error().detail()));
        AdvisoryIndex index({*advisory});
        PostureContext context = now();
        context.advisories = &index;
        const QList<Finding> found = run(u"advisory"_s, fleet.facts(thermometer), context);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].id, u"advisory/TEST-1/CVE-2026-0001"_s);
        QCOMPARE(found[0].severity, Severity::High);
        QCOMPARE(found[0].cvss.value_or(0), 7.5);
        QCOMPARE(found[0].references.cves, QStringList {u"CVE-2026-0001"_s});
        QVERIFY(run(u"advisory"_s, fleet.facts(glucose), context).isEmpty());
    }

    void usbFunctions_data()
    {
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("dfu") << QStringList {u"usb-dfu-runtime"_s} << QStringList {u"usb.dfu-runtime"_s};
        QTest::newRow("storage") << QStringList {u"usb-mass-storage"_s} << QStringList {u"usb.mass-storage"_s};
        QTest::newRow("hid alone") << QStringList {u"usb-hid"_s} << QStringList {};
        QTest::newRow("hid composite") << QStringList {u"usb-hid"_s, u"usb-cdc-acm"_s}
                                       << QStringList {u"usb.hid-composite"_s};
        QTest::newRow("serial only") << QStringList {u"usb-cdc-acm"_s} << QStringList {};
        QTest::newRow("smp answered") << QStringList {u"usb-smp-open"_s} << QStringList {u"usb.smp-unauthenticated"_s};
    }

    void usbFunctions()
    {
        QFETCH(QStringList, kinds);
        QFETCH(QStringList, expected);
        test::PostureFixture fleet;
        inventory::ObservedDevice pump;
        pump.id = u"usb:1915:520F:PUMP-01"_s;
        pump.transport = u"usb"_s;
        pump.manufacturer = u"Karun Medical"_s;
        pump.seenUtc = QDateTime::currentDateTimeUtc();
        QVERIFY(fleet.store->recordSeen(pump, u"scan"_s).ok());
        for (const QString &kind : kinds)
            QVERIFY(fleet.store->recordObservation(pump.id, {kind, {}, pump.seenUtc, u"usb-enumeration"_s, {}}).ok());
        QStringList produced;
        for (const QString &id :
             {u"usb.dfu-runtime"_s, u"usb.mass-storage"_s, u"usb.hid-composite"_s, u"usb.smp-unauthenticated"_s}) {
            for (const Finding &f : run(id, fleet.facts(pump.id)))
                produced.append(f.id);
        }
        QCOMPARE(produced, expected);
    }

    void neverInterrogated()
    {
        test::PostureFixture fleet;
        const QString scanned = fleet.scan(u"oximeter"_s);
        QCOMPARE(run(u"inventory.never-interrogated"_s, fleet.facts(scanned)).size(), 1);
        const QString interrogated = fleet.scanAndInterrogate(u"thermometer"_s);
        QVERIFY(run(u"inventory.never-interrogated"_s, fleet.facts(interrogated)).isEmpty());
    }

    void notInInventoryOrWithoutAssetTag()
    {
        test::PostureFixture fleet;
        const QString id = fleet.scan(u"oximeter"_s);
        // In range, known to the registry only.
        const DeviceFacts live = factsFromRegistry(*fleet.registry.device(id));
        QCOMPARE(run(u"inventory.not-in-inventory"_s, live).size(), 1);
        QVERIFY(run(u"inventory.no-asset-tag"_s, live).isEmpty());
        // Stored without an asset tag, then with one.
        QVERIFY(run(u"inventory.not-in-inventory"_s, fleet.facts(id)).isEmpty());
        QCOMPARE(run(u"inventory.no-asset-tag"_s, fleet.facts(id)).size(), 1);
        inventory::AssetFields asset;
        asset.assetTag = u"W3-0042"_s;
        QVERIFY(fleet.store->updateAsset(id, asset).ok());
        QVERIFY(run(u"inventory.no-asset-tag"_s, fleet.facts(id)).isEmpty());
    }

    void notSeenForDays()
    {
        test::PostureFixture fleet;
        const QString id = fleet.scan(u"oximeter"_s);
        PostureContext context = now();
        context.staleAfterDays = 30;
        QVERIFY(run(u"inventory.not-seen"_s, fleet.facts(id), context).isEmpty());
        context.now = context.now.addDays(31);
        const QList<Finding> found = run(u"inventory.not-seen"_s, fleet.facts(id), context);
        QCOMPARE(found.size(), 1);
        QVERIFY(found[0].evidence[0].what.english().contains(u"31 days"_s));
        context.staleAfterDays = 60; // the setting decides
        QVERIFY(run(u"inventory.not-seen"_s, fleet.facts(id), context).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPostureChecks)
#include "tst_PostureChecks.moc"
