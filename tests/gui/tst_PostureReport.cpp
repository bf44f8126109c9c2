// The PDF posture report on the simulated ward, in English and in Persian: the
// text pdftotext extracts holds the findings with their evidence, the asset tag
// and the score; the Persian report is right to left with Persian digits and
// Solar Hijri dates. Charts count devices by risk level.
#include "PdfText.h"
#include "PostureFixture.h"
#include "PostureReport.h"
#include "ReportCharts.h"
#include "common/Translator.h"
#include "flows/FlowStore.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>
#include <QTextOption>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;

class TestPostureReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        Translator::install(u"en"_s);
        m_fleet = std::make_unique<test::PostureFixture>();
        m_oximeter = m_fleet->scanAndInterrogate(u"oximeter"_s);
        m_strap = m_fleet->scanAndInterrogate(u"hr-strap"_s);
        inventory::AssetFields asset;
        asset.assetTag = u"BME-04417"_s;
        asset.location = u"بخش ۴"_s;
        QVERIFY(m_fleet->store->updateAsset(m_oximeter, asset).ok());
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed: scripts/lib/deps.sh installs it");
    }

    void cleanup()
    {
        if (qEnvironmentVariableIsSet("PASBAN_KEEP_REPORTS"))
            m_fleet->m_dir.setAutoRemove(false);
        m_fleet.reset();
        Translator::install(u"en"_s);
    }

    void chartsCountDevicesByRisk()
    {
        const report::ReportInput input = makeInput({});
        posture::FleetPosture fleet;
        for (const report::ReportDevice &device : input.devices)
            fleet.devices.append(device.posture);
        const auto risk = report::ReportCharts::devicesByRisk(fleet);
        QCOMPARE(risk.size(), 5);
        int total = 0;
        for (const auto &bar : risk)
            total += bar.second;
        QCOMPARE(total, 2);
        QCOMPARE(risk[1].second, 1); // the oximeter's worst open finding is high
        const auto frequent = report::ReportCharts::frequentFindings(fleet);
        QVERIFY(!frequent.isEmpty());
        QVERIFY(frequent.first().second >= 1);
        const QImage chart = report::ReportCharts::barChart(u"t"_s, risk, {}, Qt::LeftToRight, QLocale::c());
        QVERIFY(!chart.isNull());
    }

    void theEnglishFleetReportHoldsTheEvidence()
    {
        const QString path = m_fleet->m_dir.filePath(u"fleet-en.pdf"_s);
        QVERIFY(report::PostureReport(makeInput({})).writePdf(path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        const QString text = test::pdfText(path);
        QVERIFY2(text.contains(u"Security posture report: fleet"_s), qPrintable(text.left(400)));
        QVERIFY(text.contains(u"Health data readable without pairing"_s));
        QVERIFY(text.contains(u"0x2A5F"_s)); // the evidence names the characteristic
        QVERIFY(text.contains(u"engineer.k"_s)); // and who interrogated
        QVERIFY(text.contains(u"BME-04417"_s));
        QVERIFY(text.contains(u"Fleet score:"_s));
        QVERIFY(text.contains(u"What to do:"_s));
        QVERIFY(text.contains(u"Patient-data flows"_s));
    }

    void aDeviceReportShowsOnlyThatDevice()
    {
        const QString path = m_fleet->m_dir.filePath(u"device.pdf"_s);
        QVERIFY(report::PostureReport(makeInput(m_strap)).writePdf(path).ok());
        const QString text = test::pdfText(path);
        QVERIFY(text.contains(u"Device score:"_s));
        QVERIFY(!text.contains(u"BME-04417"_s));
        QVERIFY(!text.contains(u"Health data readable without pairing"_s)); // the strap refuses
    }

    void thePersianReportIsRightToLeftWithPersianDigits()
    {
        QVERIFY(Translator::install(u"fa"_s));
        report::ReportInput input = makeInput({});
        input.language = u"fa"_s;
        input.calendar = CalendarSystem::Jalali;
        input.generatedUtc = QDateTime(QDate(2026, 11, 28), QTime(10, 4), QTimeZone::utc());
        QTextDocument document;
        report::PostureReport(input).build(document);
        QCOMPARE(document.defaultTextOption().textDirection(), Qt::RightToLeft);
        const QString plain = document.toPlainText();
        // 2026-11-28 is 7 Azar 1405 in the Solar Hijri calendar, in Persian digits.
        QVERIFY2(plain.contains(u"۱۴۰۵"_s), qPrintable(plain.left(300)));
        QVERIFY(!plain.contains(u"2026"_s));
        // The oximeter's finding is there, under its Persian title.
        const QString title = QCoreApplication::translate("pasban::posture", "Health data readable without pairing");
        QVERIFY(title != u"Health data readable without pairing"_s);
        QVERIFY2(plain.contains(title), qPrintable(plain.left(600)));
        QVERIFY(!plain.contains(u"Health data readable without pairing"_s));

        const QString path = m_fleet->m_dir.filePath(u"fleet-fa.pdf"_s);
        QVERIFY(report::PostureReport(input).writePdf(path).ok());
        const QString text = test::pdfText(path);
        QVERIFY2(text.contains(u"BME-04417"_s), qPrintable(text.left(400)));
        QVERIFY(text.contains(u"۱۴۰۵"_s));
        // pdftotext drops zero-width non-joiners and moves the hamza above: compare letters only.
        QVERIFY2(test::lettersOnly(text).contains(test::lettersOnly(title)), qPrintable(text.left(1500)));
        bool persianLetters = false;
        for (const QChar c : text)
            persianLetters = persianLetters || (c.unicode() >= 0x0600 && c.unicode() <= 0x06FF);
        QVERIFY(persianLetters);
    }

    void anUnwritablePlaceIsAnError()
    {
        const Status written =
            report::PostureReport(makeInput({})).writePdf(m_fleet->m_dir.filePath(u"no/such/dir/r.pdf"_s));
        QCOMPARE(written.error().code(), u"report.write_failed"_s);
    }

private:
    report::ReportInput makeInput(const QString &deviceId)
    {
        report::ReportInput input;
        input.generatedUtc = QDateTime::currentDateTimeUtc();
        input.operatorName = u"engineer.k"_s;
        input.deviceId = deviceId;
        QList<posture::DeviceFacts> facts;
        for (const QString &id : {m_oximeter, m_strap}) {
            if (deviceId.isEmpty() || id == deviceId)
                facts.append(m_fleet->facts(id));
        }
        posture::PostureContext context;
        context.now = QDateTime::currentDateTimeUtc();
        const posture::FleetPosture fleet = posture::PostureEngine().evaluateFleet(facts, context);
        for (qsizetype i = 0; i < facts.size(); ++i) {
            report::ReportDevice device;
            device.facts = facts.at(i);
            device.posture = fleet.devices.at(i);
            device.asset = (*m_fleet->store->find(facts.at(i).id))->asset;
            input.devices.append(device);
        }
        input.fleetScore = fleet.score;
        input.graph = flows::FlowGraph::build(facts, {});
        return input;
    }

    std::unique_ptr<test::PostureFixture> m_fleet;
    QString m_oximeter;
    QString m_strap;
};

QTEST_MAIN(TestPostureReport)
#include "tst_PostureReport.moc"
