// The Security posture page on the simulated ward plus an inventoried device a
// real CISA advisory names: advisories import (and a hostile file imports
// nothing, with the reason on the page), the device list, findings and detail
// show what the engine found, severity is a word and an icon as well as a
// colour, the charts count what the fleet holds, accepting a risk needs a reason
// and an expiry and raises the score (audited), and the page speaks Persian.
#include "PostureFixture.h"
#include "RecordingAuditSink.h"
#include "common/Settings.h"
#include "common/Translator.h"
#include "posture/AcceptRiskDialog.h"
#include "posture/AdvisoryStore.h"
#include "posture/FindingDetailView.h"
#include "posture/PostureCharts.h"
#include "posture/PostureModels.h"
#include "posture/PosturePage.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;

namespace {

const QString CisaFolder = QStringLiteral(PASBAN_SOURCE_DIR "/tests/data/csaf/cisa");
const QString ScaleId = u"ble-dis:bpl-scale"_s;
const QString ScaleFinding = u"advisory/ICSMA-24-254-01/CVE-2024-34463"_s;

template<typename T> void onModal(const std::function<void(T *)> &act)
{
    QTimer::singleShot(0, [act] {
        QTRY_VERIFY(qobject_cast<T *>(QApplication::activeModalWidget()));
        act(qobject_cast<T *>(QApplication::activeModalWidget()));
    });
}

bool hasLatinLetters(QString text)
{
    static const QRegularExpression isolate(u"[\u2066\u202A][^\u2069\u202C]*[\u2069\u202C]"_s);
    static const QRegularExpression acronym(u"\\b[A-Z][A-Z0-9_]+\\b"_s);
    text.remove(isolate).remove(u'&').remove(acronym);
    static const QRegularExpression latin(u"[A-Za-z]"_s);
    return text.contains(latin);
}

QList<qreal> barValues(QChartView *view)
{
    QList<qreal> values;
    const auto *series = qobject_cast<QAbstractBarSeries *>(view->chart()->series().value(0));
    if (!series)
        return values;
    for (const QBarSet *set : series->barSets()) {
        for (int i = 0; i < set->count(); ++i)
            values.append(set->at(i));
    }
    return values;
}

} // namespace

class TestPosturePage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        Translator::install(u"en"_s);
        m_fleet = std::make_unique<test::PostureFixture>();
        m_oximeter = m_fleet->scanAndInterrogate(u"oximeter"_s); // PLX readable without pairing
        m_strap = m_fleet->scanAndInterrogate(u"hr-strap"_s);
        QVERIFY(!m_oximeter.isEmpty() && !m_strap.isEmpty());
        // A scale a real CISA advisory names (tests/data/csaf/inventory-fixture.json).
        inventory::ObservedDevice scale;
        scale.id = ScaleId;
        scale.transport = u"ble"_s;
        scale.manufacturer = u"BPL Medical Technologies Pvt. Ltd."_s;
        scale.model = u"PWS-01-BT"_s;
        scale.firmware = u"1.0"_s;
        scale.seenUtc = QDateTime::currentDateTimeUtc();
        QVERIFY(m_fleet->store->recordSeen(scale).ok());

        m_settings = std::make_unique<Settings>(m_fleet->m_dir.filePath(u"settings.ini"_s));
        m_page = std::make_unique<ui::PosturePage>(
            *m_fleet->database,
            ui::DeviceServices {&m_fleet->registry, nullptr, nullptr, m_fleet->sync.get(), true, &m_sink}, *m_settings);
        m_page->resize(1200, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_settings.reset();
        m_fleet.reset();
        m_sink = {};
        Translator::install(u"en"_s);
    }

    void advisoriesImportAndShowAsFindings()
    {
        QCOMPARE(m_page->deviceTable()->model()->rowCount(), 3);
        QVERIFY(!m_page->evaluation().device(ScaleId)->finding(ScaleFinding)); // no advisories yet

        const Result<posture::AdvisoryImportReport> report = m_page->importAdvisories({CisaFolder});
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->imported.size(), 5);
        QVERIFY(m_page->messageLabel()->isVisible());
        QVERIFY(m_page->messageLabel()->text().contains(u"Advisories imported: 5 "_s));
        QCOMPARE(m_page->evaluation().advisories, 5);
        QVERIFY(m_page->fleetScoreLabel()->text().contains(u"advisories known: 5"_s));
        QCOMPARE(m_sink.events.size(), 1); // the import, audited

        m_page->selectDevice(ScaleId);
        QCOMPARE(m_page->selectedDevice(), ScaleId);
        m_page->selectFinding(ScaleFinding);
        const posture::Finding *finding = m_page->selectedFinding();
        QVERIFY(finding);
        QCOMPARE(finding->id, ScaleFinding);
        const QString detail = m_page->findingDetail()->toPlainText();
        QVERIFY(detail.contains(u"CVE-2024-34463"_s));
        QVERIFY(detail.contains(u"ICSMA-24-254-01"_s));
        QVERIFY(detail.contains(u"CVSS "_s));
        QVERIFY(detail.contains(u"Why it matters"_s));
        QVERIFY(detail.contains(finding->why.translated().left(30)));
        QVERIFY(detail.contains(u"What to do"_s));
        QVERIFY(detail.contains(u"Evidence"_s));

        // The findings table: the severity as a word with an icon, CVSS as a number.
        const QAbstractItemModel *findings = m_page->findingTable()->model();
        int row = -1;
        for (int r = 0; r < findings->rowCount(); ++r) {
            if (findings->index(r, 0).data(ui::FindingTableModel::FindingIdRole).toString() == ScaleFinding)
                row = r;
        }
        QVERIFY(row >= 0);
        QCOMPARE(findings->index(row, ui::FindingTableModel::Severity).data().toString(),
                 posture::displayName(finding->severity));
        QVERIFY(
            !findings->index(row, ui::FindingTableModel::Severity).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(findings->index(row, ui::FindingTableModel::Cvss).data().toString(),
                 QLocale().toString(*finding->cvss, 'f', 1));
    }

    void aHostileAdvisoryImportsNothingAndSaysWhy()
    {
        QVERIFY(m_page->importAdvisories({CisaFolder}).ok());
        QTemporaryDir bad;
        QFile file(bad.filePath(u"evil.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(5000, '[')); // deep nesting, not CSAF
        file.close();
        QFile::copy(CisaFolder + u"/icsma-21-012-01.json"_s, bad.filePath(u"good.json"_s));

        const Result<posture::AdvisoryImportReport> report = m_page->importAdvisories({bad.path()});
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code(), u"posture.csaf_invalid"_s);
        QVERIFY(m_page->messageLabel()->isVisible());
        QVERIFY(m_page->messageLabel()->text().startsWith(u"Nothing was imported: "_s));
        QVERIFY(m_page->messageLabel()->property("problem").toBool());
        QCOMPARE(*posture::AdvisoryStore(*m_fleet->database).count(), 5);
        QCOMPARE(m_page->evaluation().advisories, 5);
    }

    void devicesShowScoreAndWorstSeverityInWords()
    {
        const QAbstractItemModel *devices = m_page->deviceTable()->model();
        QCOMPARE(devices->rowCount(), 3);
        for (int row = 0; row < devices->rowCount(); ++row) {
            const QString id = devices->index(row, 0).data(ui::DevicePostureModel::DeviceIdRole).toString();
            const posture::DevicePosture *device = m_page->evaluation().device(id);
            QVERIFY(device);
            QCOMPARE(devices->index(row, ui::DevicePostureModel::Score).data().toString(),
                     QLocale().toString(device->score));
            QCOMPARE(devices->index(row, ui::DevicePostureModel::WorstSeverity).data().toString(),
                     ui::SeverityStyle::label(device->worstOpen()));
            QVERIFY(!devices->index(row, ui::DevicePostureModel::WorstSeverity)
                         .data(Qt::DecorationRole)
                         .value<QIcon>()
                         .isNull());
        }
        // Readable without colour: each level has its own word.
        QSet<QString> words;
        for (posture::Severity s : {posture::Severity::Critical, posture::Severity::High, posture::Severity::Medium,
                                    posture::Severity::Low, posture::Severity::Info})
            words.insert(ui::SeverityStyle::label(s));
        words.insert(ui::SeverityStyle::label(std::nullopt));
        QCOMPARE(words.size(), 6);
        // The oximeter gives away patient data without pairing: worse than the strap.
        QVERIFY(m_page->evaluation().device(m_oximeter)->score < m_page->evaluation().device(m_strap)->score);
    }

    void chartsCountWhatTheFleetHolds()
    {
        const QList<qreal> risk = barValues(m_page->charts()->riskView());
        QCOMPARE(risk.size(), 25); // five levels, stacked
        QCOMPARE(int(std::accumulate(risk.cbegin(), risk.cend(), 0.0)), 3);
        // Lying bars, drawn bottom up: the most severe level is the top one, named
        // in full on the axis; the chart is laid out left to right in every language.
        QChart *riskChart = m_page->charts()->riskView()->chart();
        const auto axes = riskChart->axes(Qt::Vertical);
        auto *levels = qobject_cast<QBarCategoryAxis *>(axes.value(0));
        QVERIFY(levels);
        QCOMPARE(levels->categories().size(), 5);
        // (after the left-to-right mark that keeps Qt Charts laying Persian words out right)
        QCOMPARE(levels->categories().last(), QChar(0x200E) + ui::SeverityStyle::label(posture::Severity::Critical));
        QCOMPARE(riskChart->layoutDirection(), Qt::LeftToRight);
        const QList<qreal> frequent = barValues(m_page->charts()->frequentView());
        QVERIFY(!frequent.isEmpty());
        QVERIFY(*std::max_element(frequent.cbegin(), frequent.cend()) <= 3);
        const auto *trend = qobject_cast<QLineSeries *>(m_page->charts()->trendView()->chart()->series().value(0));
        QVERIFY(trend);
        QVERIFY(trend->count() >= 1);
        QCOMPARE(int(trend->at(trend->count() - 1).y()), m_page->evaluation().fleet.score);
    }

    void acceptingARiskNeedsAReasonAndAnExpiryAndRaisesTheScore()
    {
        QVERIFY(m_page->importAdvisories({CisaFolder}).ok());
        m_sink = {};
        m_page->selectDevice(ScaleId);
        m_page->selectFinding(ScaleFinding);
        const int before = m_page->evaluation().device(ScaleId)->score;
        auto *acceptButton = m_page->findChild<QPushButton *>(u"acceptRisk"_s);
        QVERIFY(acceptButton->isEnabled());

        // Cancel changes nothing.
        onModal<ui::AcceptRiskDialog>([](ui::AcceptRiskDialog *dialog) {
            QVERIFY(dialog->buttons()->button(QDialogButtonBox::Cancel)->isDefault());
            dialog->reject();
        });
        m_page->acceptRisk();
        QVERIFY(m_sink.events.isEmpty());

        bool okWithoutReason = true;
        bool okWithShortReason = true;
        bool okWithPastDate = true;
        onModal<ui::AcceptRiskDialog>(
            [&okWithoutReason, &okWithShortReason, &okWithPastDate](ui::AcceptRiskDialog *dialog) {
                QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
                okWithoutReason = ok->isEnabled();
                dialog->reasonEdit()->setPlainText(u"short"_s);
                okWithShortReason = ok->isEnabled();
                dialog->reasonEdit()->setPlainText(u"Scale is on an isolated ward network; vendor fix due."_s);
                dialog->expiryEdit()->setDate(QDateTime::currentDateTimeUtc().date()); // clamped to tomorrow
                dialog->expiryEdit()->setDate(QDate(2000, 1, 1));
                okWithPastDate = dialog->expires() <= QDateTime::currentDateTimeUtc().date();
                dialog->expiryEdit()->setDate(QDateTime::currentDateTimeUtc().date().addDays(30));
                QVERIFY(ok->isEnabled());
                ok->click();
            });
        m_page->acceptRisk();
        QVERIFY(!okWithoutReason);
        QVERIFY(!okWithShortReason);
        QVERIFY(!okWithPastDate);

        const posture::DevicePosture *after = m_page->evaluation().device(ScaleId);
        QCOMPARE(after->finding(ScaleFinding)->status, posture::FindingStatus::RiskAccepted);
        QVERIFY(after->score > before);
        QCOMPARE(m_sink.events.size(), 1);
        QCOMPARE(m_sink.events[0].details.value(u"event"_s).toString(), u"posture-risk-accepted"_s);
        // Still selected, shown as accepted with its reason; cannot be accepted twice.
        QCOMPARE(m_page->selectedFinding()->id, ScaleFinding);
        QVERIFY(m_page->findingDetail()->toPlainText().contains(u"isolated ward network"_s));
        QVERIFY(!acceptButton->isEnabled());
        const QAbstractItemModel *findings = m_page->findingTable()->model();
        const int row = m_page->findingTable()->currentIndex().row();
        QVERIFY(findings->index(row, ui::FindingTableModel::Status).data().toString().startsWith(u"Risk accepted"_s));
        QVERIFY(m_page->messageLabel()->text().contains(u"audit log"_s));
    }

    void thePageSpeaksPersian()
    {
        QVERIFY(m_page->importAdvisories({CisaFolder}).ok());
        Translator::install(u"fa"_s);
        m_page->setLayoutDirection(Qt::RightToLeft);
        QEvent change(QEvent::LanguageChange);
        QApplication::sendEvent(m_page.get(), &change);
        const auto title = m_page->findChild<QLabel *>(u"pageTitle"_s);
        QVERIFY(title);
        QVERIFY(!hasLatinLetters(title->text()));
        QVERIFY(!title->text().isEmpty());
        QVERIFY2(!hasLatinLetters(m_page->fleetScoreLabel()->text()), qPrintable(m_page->fleetScoreLabel()->text()));
        for (QPushButton *button : m_page->findChildren<QPushButton *>())
            QVERIFY2(!hasLatinLetters(button->text()), qPrintable(button->text()));
        const QAbstractItemModel *devices = m_page->deviceTable()->model();
        for (int column = 0; column < devices->columnCount(); ++column)
            QVERIFY(!hasLatinLetters(devices->headerData(column, Qt::Horizontal).toString()));
        for (int row = 0; row < devices->rowCount(); ++row) {
            const QString severity = devices->index(row, ui::DevicePostureModel::WorstSeverity).data().toString();
            QVERIFY2(!hasLatinLetters(severity), qPrintable(severity));
        }
        m_page->selectDevice(ScaleId);
        m_page->selectFinding(ScaleFinding);
        const QString detail = m_page->findingDetail()->toPlainText();
        QVERIFY2(detail.contains(u"CVE-2024-34463"_s), qPrintable(detail)); // identifiers stay as they are
        QVERIFY(!detail.contains(u"Why it matters"_s));
        QVERIFY(!m_page->charts()->riskView()->chart()->title().isEmpty());
        QVERIFY(!hasLatinLetters(m_page->charts()->riskView()->chart()->title()));
        QVERIFY(!hasLatinLetters(m_page->charts()->trendView()->chart()->title()));
    }

private:
    std::unique_ptr<test::PostureFixture> m_fleet;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ui::PosturePage> m_page;
    test::RecordingAuditSink m_sink;
    QString m_oximeter;
    QString m_strap;
};

QTEST_MAIN(TestPosturePage)
#include "tst_PosturePage.moc"
