// The Audit page over a real encrypted log (PassphraseKeyStore): the model pages
// through ~20,000 events and passes QAbstractItemModelTester, every filter kind
// selects the right events, the detail view shows decrypted fields, Verify reports
// an intact and a tampered log correctly off the GUI thread, Export writes a file
// that parses back, viewing is audited once per settled filter, the locked and
// empty states, and the Persian page is mirrored with no English left.
#include "AuditTestLog.h"
#include "LanguageController.h"
#include "MainWindow.h"
#include "WidgetProperties.h"
#include "audit/AuditDetailView.h"
#include "audit/AuditEventModel.h"
#include "audit/AuditPage.h"
#include "audit/export/AuditCsv.h"
#include "audit/export/FhirAuditEvent.h"
#include "common/Translator.h"
#include "console/ConsoleContext.h"
#include "storage/ConsoleSchema.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::audit;
using pasban::ui::AuditEventModel;
using pasban::ui::AuditPage;

namespace {

constexpr int BulkEvents = 20000;

QString withoutIdentifiers(QString text)
{
    static const QRegularExpression isolate(u"\u202A[^\u202C]*\u202C"_s);
    static const QRegularExpression acronym(u"\\b[A-Z][A-Z0-9_]+\\b"_s);
    text.remove(isolate).remove(u'&').remove(acronym);
    return text;
}

bool hasLatinLetters(const QString &text)
{
    static const QRegularExpression latin(u"[A-Za-z]"_s);
    return withoutIdentifiers(text).contains(latin);
}

// Event i of the bulk load: a known pattern of types, outcomes, operators,
// devices and times, so every filter has an exact expected answer.
AuditEvent bulkEvent(int i)
{
    AuditEvent event;
    static const EventType types[] = {EventType::Login, EventType::Query, EventType::SoftwareConfiguration,
                                      EventType::HardwareConfiguration};
    event.type = types[i % 4];
    event.action = i % 4 == 2 ? Action::Update : Action::Execute;
    event.outcome = i % 10 == 0 ? Outcome::SeriousFailure : Outcome::Success;
    event.operatorId = i % 3 == 0 ? u"laleh.karimi"_s : u"reza.ahmadi"_s;
    event.device = i % 7 == 0 ? u"PUMP-SN-%1"_s.arg(i % 5) : QString();
    event.details = {{u"i"_s, i}};
    return event;
}

} // namespace

class TestAuditPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // One log of 1 + 20,000 events (+ those the tests add), shared by the tests
        // that only read; events are 1 ms apart from a fixed time, one day per 5,000.
        m_fixture = std::make_unique<test::AuditTestLog>();
        m_fixture->clock().set(QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC));
        m_log = m_fixture->open();
        QVERIFY(m_log);
        for (int day = 0; day < 4; ++day) {
            QList<AuditEvent> batch;
            for (int i = day * 5000; i < (day + 1) * 5000; ++i)
                batch.append(bulkEvent(i));
            QVERIFY(m_log->appendBatch(batch));
            m_fixture->clock().advanceMs(qint64(24) * 3600 * 1000);
        }
        m_total = m_log->lastSequence().value();
        QCOMPARE(m_total, quint64(BulkEvents + 1));
    }

    void cleanupTestCase()
    {
        m_log.reset();
        m_fixture.reset();
    }

    void modelPassesTheModelTester()
    {
        AuditEventModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLog(m_log.get());
        EventFilter filter;
        filter.newestFirst = true;
        filter.types = {EventType::Login};
        model.setFilter(filter);
        model.sort(0, Qt::AscendingOrder);
        model.setLog(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void pagesFromTopToBottomWithoutLoadingEverything()
    {
        AuditEventModel model;
        model.setLog(m_log.get());
        QCOMPARE(quint64(model.rowCount()), m_total);
        // Newest first: row r is event total - r, across every page.
        for (int row = 0; row < model.rowCount(); row += 97)
            QCOMPARE(model.index(row, AuditEventModel::Sequence).data(AuditEventModel::SequenceRole).toULongLong(),
                     m_total - quint64(row));
        const int last = model.rowCount() - 1;
        QCOMPARE(model.eventAt(last)->sequence, quint64(1));
        QCOMPARE(model.eventAt(last)->type, EventType::AuditRecordingStarted);
        // The whole log was walked once, page by page (keyset from the previous page).
        QCOMPARE(model.pagesFetched(), (model.rowCount() + AuditEventModel::PageSize - 1) / AuditEventModel::PageSize);

        // Jumping back to the top and to the middle fetches only those pages.
        const int before = model.pagesFetched();
        QCOMPARE(model.eventAt(0)->sequence, m_total);
        QCOMPARE(model.eventAt(10000)->sequence, m_total - 10000);
        QCOMPARE(model.eventAt(9999)->sequence, m_total - 9999); // the page before a cached one
        QCOMPARE(model.pagesFetched(), before + 3);

        // Oldest first.
        model.sort(0, Qt::AscendingOrder);
        QCOMPARE(model.eventAt(0)->sequence, quint64(1));
        QCOMPARE(model.eventAt(12345)->sequence, quint64(12346));
    }

    void viewScrollsToTheBottom()
    {
        AuditPage page(settings());
        page.setAuditLog(m_log.get());
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView *table = page.table();
        table->setFocus();
        table->setCurrentIndex(page.model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(table->currentIndex().row(), page.model()->rowCount() - 1);
        QCOMPARE(table->currentIndex().data(AuditEventModel::SequenceRole).toULongLong(), quint64(1));
        // Only the pages shown were read, never the whole log.
        QVERIFY(page.model()->pagesFetched() <= 4);
        QCOMPARE(page.detailView()->fieldText(u"sequence"_s), QLocale().toString(1));
    }

    void eachFilterKindSelectsTheRightEvents_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<quint64>("expected");
        // Counted from the pattern the log was filled with (the bulk events only:
        // event 1, recording started, matches none of these filters).
        const auto matching = [](const std::function<bool(int, const AuditEvent &)> &predicate) {
            quint64 count = 0;
            for (int i = 0; i < BulkEvents; ++i)
                count += predicate(i, bulkEvent(i)) ? 1 : 0;
            return count;
        };
        QTest::newRow("type") << u"type"_s << matching([](int, const AuditEvent &e) {
            return e.type == EventType::SoftwareConfiguration;
        });
        QTest::newRow("outcome") << u"outcome"_s << matching([](int, const AuditEvent &e) {
            return e.outcome == Outcome::SeriousFailure;
        });
        QTest::newRow("operator") << u"operator"_s << matching([](int, const AuditEvent &e) {
            return e.operatorId == u"laleh.karimi"_s;
        });
        QTest::newRow("device") << u"device"_s
                                << matching([](int, const AuditEvent &e) { return e.device == u"PUMP-SN-3"_s; });
        QTest::newRow("time") << u"time"_s << matching([](int i, const AuditEvent &) { return i / 5000 == 1; });
    }

    void eachFilterKindSelectsTheRightEvents()
    {
        QFETCH(QString, kind);
        QFETCH(quint64, expected);
        AuditPage page(settings());
        page.setAuditLog(m_log.get());
        // Set through the controls, as a user would.
        if (kind == u"type"_s) {
            auto *box = page.findChild<QComboBox *>(u"auditType"_s);
            box->setCurrentIndex(box->findData(quint32(EventType::SoftwareConfiguration)));
        } else if (kind == u"outcome"_s) {
            auto *box = page.findChild<QComboBox *>(u"auditOutcome"_s);
            box->setCurrentIndex(box->findData(int(Outcome::SeriousFailure)));
        } else if (kind == u"operator"_s) {
            page.findChild<QLineEdit *>(u"auditOperator"_s)->setText(u"laleh.karimi"_s);
        } else if (kind == u"device"_s) {
            page.findChild<QLineEdit *>(u"auditDevice"_s)->setText(u"PUMP-SN-3"_s);
        } else if (kind == u"time"_s) {
            // Dates are local days: the second day's events fall on this one.
            page.findChild<QCheckBox *>(u"auditFromEnabled"_s)->setChecked(true);
            page.findChild<QDateEdit *>(u"auditFrom"_s)->setDate(secondDay());
            page.findChild<QCheckBox *>(u"auditToEnabled"_s)->setChecked(true);
            page.findChild<QDateEdit *>(u"auditTo"_s)->setDate(secondDay());
        }
        QTRY_COMPARE(quint64(page.model()->rowCount()), expected);
        AuditEventModel *model = page.model();
        for (int row = 0; row < model->rowCount(); row += qMax(1, model->rowCount() / 50)) {
            const AuditEvent event = *model->eventAt(row);
            const int i = int(event.details.value(u"i"_s).toInt());
            QCOMPARE(event.sequence, quint64(i + 2));
            if (kind == u"type"_s)
                QCOMPARE(event.type, EventType::SoftwareConfiguration);
            else if (kind == u"outcome"_s)
                QCOMPARE(event.outcome, Outcome::SeriousFailure);
            else if (kind == u"operator"_s)
                QCOMPARE(event.operatorId, u"laleh.karimi"_s);
            else if (kind == u"device"_s)
                QCOMPARE(event.device, u"PUMP-SN-3"_s);
            else
                QCOMPARE(event.recorded.toLocalTime().date(), secondDay());
        }
        // The last row is the oldest match.
        const AuditEvent oldest = *model->eventAt(model->rowCount() - 1);
        QVERIFY(oldest.sequence <= quint64(7 * 5 + 2 + 5000));
    }

    void detailShowsTheDecryptedFields()
    {
        AuditPage page(settings());
        page.setAuditLog(m_log.get());
        // Bulk event 70 (sequence 72): device PUMP-SN-0, operator reza.ahmadi, i = 70.
        page.model()->sort(0, Qt::AscendingOrder);
        page.table()->setCurrentIndex(page.model()->index(71, 0));
        ui::AuditDetailView *detail = page.detailView();
        QCOMPARE(detail->fieldText(u"sequence"_s), QLocale().toString(72));
        QVERIFY(detail->fieldText(u"operator"_s).contains(u"reza.ahmadi"_s));
        QVERIFY(detail->fieldText(u"device"_s).contains(u"PUMP-SN-0"_s));
        QVERIFY(detail->fieldText(u"workstation"_s).contains(u"ward-7-console"_s));
        QVERIFY(detail->fieldText(u"type"_s).contains(u"110131"_s)); // Software Configuration
        QVERIFY(detail->fieldText(u"timeUtc"_s).contains(u"2026-11-01T08:00:00.000Z"_s));
        QVERIFY(detail->fieldText(u"details"_s).contains(u"\"i\": 70"_s));
    }

    void verifyReportsAnIntactLog()
    {
        AuditPage page(settings());
        page.setAuditLog(m_log.get());
        QSignalSpy finished(&page, &AuditPage::workFinished);
        page.startVerify();
        QVERIFY(page.isWorking());
        QVERIFY(finished.wait(120000));
        QVERIFY2(page.statusText().contains(u"Intact up to event"_s), qPrintable(page.statusText()));
        QVERIFY(page.statusText().contains(u"anchored at checkpoint"_s));
    }

    void verifyNamesTheFirstBrokenEventOfATamperedCopy()
    {
        // A copy of a small log with one byte of event 3's sealed column flipped.
        test::AuditTestLog copy;
        std::unique_ptr<AuditLog> log = copy.open();
        QVERIFY(log);
        QList<AuditEvent> batch;
        for (int i = 0; i < 10; ++i)
            batch.append(bulkEvent(i));
        QVERIFY(log->appendBatch(batch));
        {
            Result<storage::Database> raw = storage::Database::open(copy.databasePath());
            QVERIFY(raw);
            QVERIFY(raw->exec(u"DROP TRIGGER audit_events_no_update"_s));
            QVERIFY(raw->exec(u"UPDATE audit_events SET sealed = substr(sealed, 1, 10) || "
                              u"x'00' || substr(sealed, 12) WHERE sequence = 3"_s));
        }
        AuditPage page(settings());
        page.setAuditLog(log.get());
        QSignalSpy finished(&page, &AuditPage::workFinished);
        page.startVerify();
        QVERIFY(finished.wait(60000));
        QVERIFY2(page.statusText().contains(u"Event 3"_s), qPrintable(page.statusText()));
        QVERIFY(!page.statusText().contains(u"Intact"_s));
    }

    void exportFromThePageWritesAParseableFileAndIsRecorded()
    {
        test::AuditTestLog small;
        std::unique_ptr<AuditLog> log = small.open();
        QVERIFY(log);
        QList<AuditEvent> batch;
        for (int i = 0; i < 1500; ++i)
            batch.append(bulkEvent(i));
        QVERIFY(log->appendBatch(batch));
        AuditPage page(settings());
        page.setAuditLog(log.get());
        for (const ExportFormat format : {ExportFormat::Fhir, ExportFormat::Csv}) {
            const QString path = small.filePath(format == ExportFormat::Fhir ? u"out.json"_s : u"out.csv"_s);
            QSignalSpy finished(&page, &AuditPage::workFinished);
            page.startExport(format, path);
            QVERIFY(page.findChild<QWidget *>(u"auditProgressRow"_s)->isVisibleTo(&page));
            QVERIFY(finished.wait(60000));
            QVERIFY2(page.statusText().contains(u"Exported"_s), qPrintable(page.statusText()));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            const Result<QList<AuditEvent>> events =
                format == ExportFormat::Fhir ? fhir::parseBundle(bytes) : csv::parseExport(bytes);
            QVERIFY(events);
            QVERIFY(events->size() >= 1501);
            QCOMPARE(events->at(1).details.value(u"i"_s).toInt(), 0);
            const AuditEvent last = log->tail(1).value().first();
            QCOMPARE(last.type, EventType::Export);
            QCOMPARE(last.details.value(u"format"_s).toString(), exportFormatId(format));
        }
    }

    void cancellingAnExportLeavesNoFile()
    {
        AuditPage page(settings());
        page.setAuditLog(m_log.get());
        const QString path = m_fixture->filePath(u"cancelled.csv"_s);
        QSignalSpy finished(&page, &AuditPage::workFinished);
        page.startExport(ExportFormat::Csv, path);
        page.cancelWork();
        QVERIFY(finished.wait(120000));
        QVERIFY(!QFile::exists(path));
        QVERIFY2(page.statusText().contains(u"cancelled"_s), qPrintable(page.statusText()));
    }

    void viewingIsRecordedOncePerSettledFilter()
    {
        AuditPage page(settings());
        page.setAuditLog(m_log.get());
        page.show();
        const quint64 before = m_log->lastSequence().value();
        // Typing a name letter by letter and scrolling: one Query event.
        auto *operatorEdit = page.findChild<QLineEdit *>(u"auditOperator"_s);
        for (const QString &partial : {u"l"_s, u"la"_s, u"lal"_s, u"laleh.karimi"_s})
            operatorEdit->setText(partial);
        for (int row = 0; row < 2000; row += 100)
            (void)page.model()->eventAt(row);
        page.flushAuditRecord();
        const QList<AuditEvent> recorded = m_log
                                               ->query(
                                                   [&] {
                                                       EventFilter after;
                                                       after.afterSequence = before;
                                                       return after;
                                                   }(),
                                                   10)
                                               .value();
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().type, EventType::Query);
        QCOMPARE(recorded.first().details.value(u"filter"_s).toObject().value(u"operator"_s).toString(),
                 u"laleh.karimi"_s);
        // Nothing more without another change.
        page.flushAuditRecord();
        QCOMPARE(m_log->lastSequence().value(), before + 1);
    }

    void lockedAndEmptyStatesSaySo()
    {
        AuditPage page(settings());
        auto *stack = page.findChild<QStackedWidget *>();
        QCOMPARE(stack->currentWidget()->objectName(), u"auditLockedState"_s);
        QVERIFY(page.findChild<QLabel *>(u"auditLockedState"_s)->text().contains(u"The audit log is locked"_s));
        QVERIFY(!page.findChild<QPushButton *>(u"auditVerify"_s)->isEnabled());
        page.setAuditLog(m_log.get());
        QCOMPARE(stack->currentWidget()->objectName(), u"auditTable"_s);
        page.findChild<QLineEdit *>(u"auditDevice"_s)->setText(u"NO-SUCH-DEVICE"_s);
        QTRY_COMPARE(stack->currentWidget()->objectName(), u"auditEmptyState"_s);
        QVERIFY(page.findChild<QLabel *>(u"auditEmptyState"_s)->text().contains(u"No audit events match"_s));
        page.setAuditLog(nullptr);
        QCOMPARE(stack->currentWidget()->objectName(), u"auditLockedState"_s);
    }

    void persianPageIsMirroredAndTranslated()
    {
        QTemporaryDir data;
        Result<std::unique_ptr<ConsoleContext>> context = ConsoleContext::start(data.path());
        QVERIFY(context);
        ui::LanguageController language((*context)->settings());
        language.setLanguage(u"fa"_s);
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
        (*context)->settings().setCalendar(CalendarSystem::Jalali);
        {
            ui::MainWindow window(**context, language);
            window.setAuditLog(m_log.get());
            window.showPage(ui::MainWindow::Page::Audit);
            window.resize(1200, 760);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            AuditPage *page = window.auditPage();
            QVERIFY(page->isRightToLeft());
            page->table()->setCurrentIndex(page->model()->index(3, 0));

            QStringList texts;
            for (QWidget *widget : page->findChildren<QWidget *>()) {
                if (!widget->isVisibleTo(page) || widget->property(ui::IdentifierProperty).toBool())
                    continue;
                if (auto *label = qobject_cast<QLabel *>(widget))
                    texts << QTextDocumentFragment::fromHtml(label->text()).toPlainText();
                else if (auto *button = qobject_cast<QAbstractButton *>(widget))
                    texts << button->text();
                else if (auto *combo = qobject_cast<QComboBox *>(widget))
                    for (int i = 0; i < combo->count(); ++i)
                        texts << combo->itemText(i);
            }
            for (QWidget *widget : page->detailWidget()->findChildren<QLabel *>()) {
                if (widget->isVisibleTo(page->detailWidget()) && !widget->property(ui::IdentifierProperty).toBool())
                    texts << qobject_cast<QLabel *>(widget)->text();
            }
            for (int column = 0; column < page->model()->columnCount(); ++column) {
                texts << page->model()->headerData(column, Qt::Horizontal).toString();
                // Cells other than operator and device (identifiers, in isolates).
                texts << page->model()->index(3, column).data().toString();
            }
            QVERIFY(texts.size() > 30);
            for (const QString &text : std::as_const(texts))
                QVERIFY2(!hasLatinLetters(text), qPrintable(u"English left in Persian mode: "_s + text));
            // The time column uses the Solar Hijri calendar (1405 for November 2026) in Persian digits.
            QVERIFY(page->model()->index(3, AuditEventModel::Time).data().toString().contains(u"۱۴۰۵"_s));
            saveScreenshot(&window, u"fa-audit.png"_s);
        }
        language.setLanguage(u"en"_s);
        (*context)->settings().setCalendar(CalendarSystem::Gregorian);
    }

    void englishScreenshot()
    {
        QTemporaryDir data;
        Result<std::unique_ptr<ConsoleContext>> context = ConsoleContext::start(data.path());
        QVERIFY(context);
        ui::LanguageController language((*context)->settings());
        language.setLanguage(u"en"_s);
        ui::MainWindow window(**context, language);
        window.setAuditLog(m_log.get());
        window.showPage(ui::MainWindow::Page::Audit);
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.auditPage()->table()->setCurrentIndex(window.auditPage()->model()->index(3, 0));
        QVERIFY(!window.auditPage()->isRightToLeft());
        saveScreenshot(&window, u"en-audit.png"_s);
    }

private:
    static QDate secondDay() { return QDateTime(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC).toLocalTime().date(); }

    Settings &settings()
    {
        if (!m_context) {
            m_contextDir = std::make_unique<QTemporaryDir>();
            m_context = ConsoleContext::start(m_contextDir->path()).value();
        }
        return m_context->settings();
    }

    // With PASBAN_SCREENSHOT_DIR set (scripts/screenshots, under Xvfb), the window
    // is saved there.
    static void saveScreenshot(QWidget *window, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PASBAN_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(300);
        QVERIFY(window->grab().save(dir + u'/' + name));
    }

    std::unique_ptr<test::AuditTestLog> m_fixture;
    std::unique_ptr<AuditLog> m_log;
    quint64 m_total = 0;
    std::unique_ptr<QTemporaryDir> m_contextDir;
    std::unique_ptr<ConsoleContext> m_context;
};

QTEST_MAIN(TestAuditPage)
#include "tst_AuditPage.moc"
