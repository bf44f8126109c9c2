// The engine over the simulated ward: findings per device, the transparent score
// with each finding's contribution, risk acceptance (holding, expired) and
// findings resolved since the previous evaluation.
#include "PostureFixture.h"
#include "posture/PostureEngine.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::posture;

class TestPostureEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oximeterFindingsAndScore()
    {
        test::PostureFixture fleet;
        const QString id = fleet.scanAndInterrogate(u"oximeter"_s);
        PostureContext context;
        context.now = QDateTime::currentDateTimeUtc();
        const DevicePosture posture = PostureEngine().evaluate(fleet.facts(id), context);
        QStringList ids;
        for (const Finding &f : posture.findings)
            ids.append(f.id);
        // Most severe first.
        QCOMPARE(ids,
                 (QStringList {u"ble.health-data-unauthenticated"_s, u"ble.trackable-identity"_s,
                               u"inventory.no-asset-tag"_s}));
        // 100 − high 20 − medium 10 − low 3.
        QCOMPARE(posture.score, 67);
        QCOMPARE(posture.contributions.size(), 3);
        QCOMPARE(posture.contributions[0].points, 20);
        QCOMPARE(posture.contributions[1].points, 10);
        QCOMPARE(posture.contributions[2].points, 3);
        QCOMPARE(posture.worstOpen(), std::optional<Severity>(Severity::High));
        QCOMPARE(posture.label, u"OX-200 Oximeter"_s);
    }

    // One name for a device everywhere (posture, flows page, diagram, report).
    void theDisplayNameFallsBackFromNameToModelToAddressToId()
    {
        DeviceFacts facts;
        facts.id = u"ble:C0:FF:EE:00:00:01"_s;
        QCOMPARE(facts.displayName(), facts.id);
        facts.address = u"C0:FF:EE:00:00:01"_s;
        QCOMPARE(facts.displayName(), u"C0:FF:EE:00:00:01"_s);
        facts.model = u"OX-200"_s;
        QCOMPARE(facts.displayName(), u"OX-200"_s);
        facts.manufacturer = u"Acme Medical"_s;
        QCOMPARE(facts.displayName(), u"Acme Medical OX-200"_s);
        facts.name = u"Bed 4 oximeter"_s;
        QCOMPARE(facts.displayName(), u"Bed 4 oximeter"_s);
    }

    void scoreNeverGoesBelowZero()
    {
        DevicePosture posture;
        for (int i = 0; i < 4; ++i) {
            Finding f;
            f.id = QString::number(i);
            f.severity = Severity::Critical;
            posture.findings.append(f);
        }
        Scoring::score(posture);
        QCOMPARE(posture.score, 0);
    }

    void acceptedRiskStopsCountingUntilItExpires()
    {
        test::PostureFixture fleet;
        const QString id = fleet.scanAndInterrogate(u"smp-bridge"_s);
        PostureContext context;
        context.now = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
        context.staleAfterDays = 0; // not-seen would otherwise join in after a month
        RiskAcceptance acceptance;
        acceptance.deviceId = id;
        acceptance.findingId = u"ble.smp-unauthenticated"_s;
        acceptance.reason = u"Bridge isolated in a shielded room"_s;
        acceptance.expires = QDate(2026, 12, 31);
        const PostureEngine engine;
        const DevicePosture open = engine.evaluate(fleet.facts(id), context);
        const DevicePosture accepted = engine.evaluate(fleet.facts(id), context, {acceptance});
        const Finding *finding = accepted.finding(u"ble.smp-unauthenticated"_s);
        QVERIFY(finding);
        QCOMPARE(finding->status, FindingStatus::RiskAccepted);
        QCOMPARE(accepted.score, open.score + 40);
        // The last day still holds; the day after, it is open again and says why.
        context.now = QDateTime(QDate(2026, 12, 31), QTime(23, 59), Qt::UTC);
        QCOMPARE(engine.evaluate(fleet.facts(id), context, {acceptance}).finding(u"ble.smp-unauthenticated"_s)->status,
                 FindingStatus::RiskAccepted);
        context.now = QDateTime(QDate(2027, 1, 1), QTime(0, 1), Qt::UTC);
        const DevicePosture expired = engine.evaluate(fleet.facts(id), context, {acceptance});
        QCOMPARE(expired.finding(u"ble.smp-unauthenticated"_s)->status, FindingStatus::AcceptanceExpired);
        QCOMPARE(expired.score, open.score);
        QCOMPARE(jsonName(FindingStatus::AcceptanceExpired), u"acceptance-expired"_s);
    }

    void findingGoneSinceLastTimeIsResolved()
    {
        test::PostureFixture fleet;
        const QString id = fleet.scanAndInterrogate(u"thermometer"_s);
        inventory::AssetFields asset;
        asset.assetTag = u"W3-0007"_s;
        QVERIFY(fleet.store->updateAsset(id, asset).ok());
        PostureContext context;
        context.now = QDateTime::currentDateTimeUtc();
        const DevicePosture posture =
            PostureEngine().evaluate(fleet.facts(id), context, {}, {u"inventory.no-asset-tag"_s});
        const Finding *resolved = posture.finding(u"inventory.no-asset-tag"_s);
        QVERIFY(resolved);
        QCOMPARE(resolved->status, FindingStatus::Resolved);
        QCOMPARE(posture.findings.last().id, u"inventory.no-asset-tag"_s); // listed after the open ones
        const auto contribution =
            std::find_if(posture.contributions.cbegin(), posture.contributions.cend(),
                         [](const Contribution &c) { return c.findingId == u"inventory.no-asset-tag"_s; });
        QVERIFY(contribution != posture.contributions.cend());
        QCOMPARE(contribution->points, 0);
    }

    void fleetScoreIsTheMeanWithEachDevicesShare()
    {
        test::PostureFixture fleet;
        QList<DeviceFacts> devices;
        for (const QString &key : {u"oximeter"_s, u"smp-bridge"_s, u"glucose-rpa"_s})
            devices.append(fleet.facts(fleet.scanAndInterrogate(key)));
        PostureContext context;
        context.now = QDateTime::currentDateTimeUtc();
        const FleetPosture result = PostureEngine().evaluateFleet(devices, context);
        QCOMPARE(result.devices.size(), 3);
        int sum = 0;
        for (const DevicePosture &d : result.devices)
            sum += d.score;
        QCOMPARE(result.score, int(std::lround(sum / 3.0)));
        double shares = 0;
        for (const auto &[device, share] : result.contributions())
            shares += share;
        QCOMPARE(qRound(100 - shares), result.score);
    }
};

QTEST_GUILESS_MAIN(TestPostureEngine)
#include "tst_PostureEngine.moc"
