// The main window in a real (offscreen) window: both languages, direction,
// runtime retranslation, keyboard navigation and layout restore.
#include "AboutDialog.h"
#include "LanguageController.h"
#include "MainWindow.h"
#include "WidgetProperties.h"
#include "common/Translator.h"
#include "console/AuditTrail.h"
#include "console/ConsoleContext.h"
#include "devices/DeviceTableModel.h"
#include "discovery/BleScenario.h"
#include "discovery/DeviceRegistry.h"
#include "sim/DemoUsb.h"
#include "sim/SimulatedBleInterrogator.h"
#include "sim/SimulatedBleScanner.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using pasban::ui::MainWindow;

namespace {

// Text a person sees, with the parts that are allowed to stay Latin removed:
// identifiers inside left-to-right embeddings, mnemonics, command-line options,
// ENVIRONMENT_NAMES and acronyms (USB, BLE), and the product name Qt.
QString withoutIdentifiers(QString text)
{
    static const QRegularExpression isolate(u"\u202A[^\u202C]*\u202C"_s);
    static const QRegularExpression option(u"--[a-z][a-z-]*"_s);
    static const QRegularExpression acronym(u"\\b[A-Z][A-Z0-9_]+\\b"_s);
    static const QRegularExpression product(u"\\bQt\\b"_s);
    text.remove(isolate).remove(u'&').remove(option).remove(acronym).remove(product);
    return text;
}

bool hasLatinLetters(const QString &text)
{
    static const QRegularExpression latin(u"[A-Za-z]"_s);
    return withoutIdentifiers(text).contains(latin);
}

void collectMenu(const QMenu *menu, QStringList &texts)
{
    texts << menu->title();
    for (const QAction *action : menu->actions()) {
        if (action->menu())
            collectMenu(action->menu(), texts);
        else if (!action->isSeparator())
            texts << action->text();
    }
}

// Every piece of visible text in WINDOW, with where it came from.
QList<QPair<QString, QString>> visibleTexts(QWidget *window)
{
    QList<QPair<QString, QString>> found;
    const auto add = [&found](const QObject *from, const QString &text) {
        if (!text.trimmed().isEmpty())
            found.append(
                {from->objectName() + u" ("_s + QString::fromLatin1(from->metaObject()->className()) + u')', text});
    };
    add(window, window->windowTitle());
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window) || widget->property(ui::IdentifierProperty).toBool())
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            add(label, QTextDocumentFragment::fromHtml(label->text()).toPlainText());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button, button->text());
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            add(group, group->title());
        else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                add(combo, combo->itemText(i));
        } else if (auto *list = qobject_cast<QListWidget *>(widget)) {
            for (int i = 0; i < list->count(); ++i)
                add(list, list->item(i)->text());
        }
    }
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        QStringList menuTexts;
        for (const QAction *action : main->menuBar()->actions()) {
            if (action->menu())
                collectMenu(action->menu(), menuTexts);
        }
        for (const QString &text : std::as_const(menuTexts))
            add(main->menuBar(), text);
    }
    return found;
}

// What a person reads in TABLE: the header and every cell, with where each came
// from. Names a device or the Bluetooth SIG's register gives (device name,
// manufacturer) are proper names and stay as they are, in any language.
QList<QPair<QString, QString>> tableTexts(const QTableView *table)
{
    QList<QPair<QString, QString>> found;
    const QAbstractItemModel *model = table->model();
    for (int column = 0; column < model->columnCount(); ++column) {
        const QString header = model->headerData(column, Qt::Horizontal).toString();
        found.append({u"header %1"_s.arg(column), header});
        if (column == ui::DeviceTableModel::Name || column == ui::DeviceTableModel::Manufacturer)
            continue;
        for (int row = 0; row < model->rowCount(); ++row)
            found.append({u"cell %1,%2 under %3"_s.arg(row).arg(column).arg(header),
                          model->index(row, column).data().toString()});
    }
    return found;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        startConsole();
    }

    void cleanup()
    {
        m_window.reset();
        m_language.reset();
        m_context.reset();
        Translator::install(u"en"_s);
    }

    void opensInEnglishLeftToRight()
    {
        openWindow(u"en"_s);
        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(m_window->windowTitle(), u"Pasban — Devices"_s);
        QVERIFY(navigationCentreX() < m_window->width() / 2);
    }

    // First start (no saved layout): the detail pane gets a quarter of the width,
    // up to 340 px, not just its minimum, so a USB device's IDs do not wrap.
    void firstStartGivesTheDetailPaneAQuarter()
    {
        openWindow(u"en"_s);
        auto *detail = m_window->findChild<QWidget *>(u"detailPane"_s);
        QVERIFY(detail);
        const int expected = std::clamp(m_window->width() / 4, detail->minimumWidth(), 340);
        QVERIFY(expected > detail->minimumWidth());
        QTRY_VERIFY2(detail->width() >= expected - 16,
                     qPrintable(u"%1 of %2"_s.arg(detail->width()).arg(m_window->width())));
    }

    void opensInPersianRightToLeftWithNavigationOnTheRight()
    {
        openWindow(u"fa"_s);
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
        QVERIFY(m_window->isRightToLeft());
        QVERIFY2(navigationCentreX() > m_window->width() / 2, "navigation must stand on the right in Persian");
        QCOMPARE(m_window->windowTitle(), u"پاسبان — دستگاه‌ها"_s);
        // A font with Persian glyphs is chosen when one is installed.
        const QString family = ui::LanguageController::fontFamilyFor(u"fa"_s);
        if (!family.isEmpty())
            QCOMPARE(QApplication::font().families().constFirst(), family);
    }

    void everyVisibleStringIsPersianInPersianMode_data()
    {
        QTest::addColumn<int>("page");
        for (int page = 0; page <= static_cast<int>(MainWindow::Page::Settings); ++page)
            QTest::addRow("%s", qPrintable(MainWindow::pageId(static_cast<MainWindow::Page>(page)))) << page;
    }

    void everyVisibleStringIsPersianInPersianMode()
    {
        QFETCH(int, page);
        // Start in English and switch at runtime through the Settings page, as a user would.
        openWindow(u"en"_s);
        switchLanguageThroughSettings(u"fa"_s);
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
        m_window->showPage(static_cast<MainWindow::Page>(page));

        const auto texts = visibleTexts(m_window.get());
        QVERIFY(texts.size() > 10);
        for (const auto &[where, text] : texts)
            QVERIFY2(!hasLatinLetters(text), qPrintable(u"English left in Persian mode: "_s + where + u": "_s + text));
    }

    void switchingBackToEnglishRetranslatesAgain()
    {
        openWindow(u"fa"_s);
        switchLanguageThroughSettings(u"en"_s);
        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(m_window->windowTitle(), u"Pasban — Settings"_s);
        QCOMPARE(m_window->findChild<QListWidget *>(u"navigation"_s)->item(0)->text(), u"Devices"_s);
        QVERIFY(navigationCentreX() < m_window->width() / 2);
    }

    void unbuiltPagesSaySoPlainly()
    {
        openWindow(u"en"_s);
        for (const char *id : {"devices"}) {
            m_window->showPage(*MainWindow::pageFromId(QString::fromLatin1(id)));
            QWidget *page = m_window->findChild<QStackedWidget *>(u"pages"_s)->currentWidget();
            QStringList texts;
            for (const QLabel *label : page->findChildren<QLabel *>())
                texts << label->text();
            QVERIFY2(texts.join(u' ').contains(u"not built yet"_s), id);
        }
        // Data flows is built: its diagram, not a placeholder.
        m_window->showPage(MainWindow::Page::DataFlows);
        QVERIFY(
            m_window->findChild<QStackedWidget *>(u"pages"_s)->currentWidget()->findChild<QWidget *>(u"flowDiagram"_s));
    }

    void theSecurityReportExportsFromTheFileMenu()
    {
        openWindow(u"en"_s);
        QAction *action = nullptr;
        for (QAction *candidate : m_window->findChildren<QAction *>()) {
            if (candidate->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R))
                action = candidate;
        }
        QVERIFY(action);
        QVERIFY(action->text().contains(u"report"_s));
        const QString path = m_dir->filePath(u"report.pdf"_s);
        QVERIFY(m_window->exportReportTo(path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
        QVERIFY(!m_window->exportReportTo(m_dir->filePath(u"missing/folder/report.pdf"_s)).ok());
    }

    void keyboardReachesEveryPage()
    {
        openWindow(u"en"_s);
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Posture);
        QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Settings);

        // Arrow keys in the navigation list move between pages.
        auto *navigation = m_window->findChild<QListWidget *>(u"navigation"_s);
        m_window->showPage(MainWindow::Page::Devices);
        navigation->setFocus();
        QTest::keyClick(navigation, Qt::Key_Down);
        QCOMPARE(m_window->currentPage(), MainWindow::Page::DataFlows);

        // F6 moves focus out of the navigation into the page.
        QTest::keyClick(m_window.get(), Qt::Key_F6);
        QVERIFY(!navigation->hasFocus());
    }

    void sizePositionPageAndPanesAreRestored()
    {
        openWindow(u"en"_s);
        m_window->resize(900, 620);
        m_window->showPage(MainWindow::Page::Audit);
        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier); // hide the detail pane
        QVERIFY(!m_window->findChild<QWidget *>(u"detailPane"_s)->isVisible());
        m_window->close();
        m_window.reset();
        m_language.reset();
        m_context.reset();

        startConsole(); // a new start on the same data folder
        openWindow(QString());
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Audit);
        QCOMPARE(m_window->size(), QSize(900, 620));
        QVERIFY(!m_window->findChild<QWidget *>(u"detailPane"_s)->isVisible());
    }

    void firstRunFollowsTheSystemLocaleAndRemembersIt()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        openWindow(QString()); // no --lang, nothing saved
        QCOMPARE(m_context->settings().language(), Translator::systemLanguage());
    }

    void scansTheSimulatedFleetAndShowsIt_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("Persian") << u"fa"_s;
    }

    void scansTheSimulatedFleetAndShowsIt()
    {
        QFETCH(QString, language);
        auto ward = discovery::BleScenario::ward();
        QVERIFY(ward.ok());
        discovery::DeviceRegistry registry;
        sim::SimulatedBleScanner scanner(*ward);
        sim::SimulatedBleInterrogator interrogator(*ward);
        m_language = std::make_unique<ui::LanguageController>(m_context->settings());
        m_language->applyInitial(language);
        m_window = std::make_unique<MainWindow>(*m_context, *m_language,
                                                ui::DeviceServices {&registry, &scanner, &interrogator, nullptr, true});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showPage(MainWindow::Page::Devices);
        auto *table = m_window->findChild<QTableView *>(u"devicesTable"_s);
        QVERIFY(table);
        QVERIFY(m_window->findChild<QWidget *>(u"deviceDetail"_s)->isVisible());
        m_window->startDemoScan();
        QTRY_COMPARE(table->model()->rowCount(), int(ward->devices.size()));
        QVERIFY(table->isVisible());

        // Every simulated device is listed under its advertised name and address.
        QStringList names;
        QStringList addresses;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QString name = table->model()->index(row, ui::DeviceTableModel::Name).data().toString();
            // Isolated, so a Latin name keeps its punctuation where it belongs in a right-to-left table.
            QVERIFY2(name.startsWith(QChar(0x2068)) && name.endsWith(QChar(0x2069)), qPrintable(name));
            names << name.mid(1, name.size() - 2);
            addresses << table->model()->index(row, ui::DeviceTableModel::Address).data().toString();
        }
        for (const discovery::ScenarioDevice &device : ward->devices) {
            QVERIFY2(names.contains(device.advertisement.name), qPrintable(device.advertisement.name));
            QVERIFY2(addresses.join(u' ').contains(device.advertisement.address), qPrintable(device.key));
        }
        const QString classes = [&] {
            QStringList all;
            for (int row = 0; row < table->model()->rowCount(); ++row)
                all << table->model()->index(row, ui::DeviceTableModel::Class).data().toString();
            return all.join(u'|');
        }();
        if (language == u"en"_s) {
            QVERIFY2(classes.contains(u"Pulse oximeter"_s), qPrintable(classes));
            QCOMPARE(table->model()->headerData(ui::DeviceTableModel::Class, Qt::Horizontal).toString(),
                     u"Device class"_s);
        } else {
            static const QRegularExpression persian(u"[\u0600-\u06FF]"_s);
            QVERIFY2(classes.contains(persian), qPrintable(classes));
            for (const auto &[where, text] : visibleTexts(m_window.get()))
                QVERIFY2(!hasLatinLetters(text),
                         qPrintable(u"English left in Persian mode: "_s + where + u": "_s + text));
            for (const auto &[where, text] : tableTexts(table))
                QVERIFY2(!hasLatinLetters(text),
                         qPrintable(u"English left in the Persian table: "_s + where + u": "_s + text));
        }
        // The status bar counts what was found, per transport, in the language's digits.
        auto *bluetooth = m_window->findChild<QLabel *>(u"bluetoothStatus"_s);
        auto *usb = m_window->findChild<QLabel *>(u"usbStatus"_s);
        QVERIFY(bluetooth && usb);
        const QLocale locale;
        QTRY_VERIFY2(bluetooth->text().contains(locale.toString(qsizetype(ward->devices.size()))),
                     qPrintable(bluetooth->text()));
        const QList<discovery::UsbDevice> usbDevices = sim::demoUsbDevices();
        QVERIFY(!usbDevices.isEmpty());
        if (language == u"en"_s) {
            QVERIFY2(bluetooth->text().startsWith(u"Bluetooth: "_s), qPrintable(bluetooth->text()));
            QVERIFY2(!bluetooth->text().contains(u"not scanned"_s), qPrintable(bluetooth->text()));
            QCOMPARE(usb->text(), u"USB: no devices found"_s);
        }
        registry.setUsbDevices(usbDevices, QDateTime::currentDateTimeUtc());
        QTRY_VERIFY2(usb->text().contains(locale.toString(usbDevices.size())), qPrintable(usb->text()));
        if (language == u"en"_s)
            QCOMPARE(usb->text(), u"USB: %1 devices"_s.arg(usbDevices.size()));
        else
            QVERIFY2(!hasLatinLetters(usb->text() + bluetooth->text()), qPrintable(usb->text() + bluetooth->text()));
        scanner.stop();
        m_window.reset(); // before the services it uses
    }

    void auditIndicatorFollowsTheTrailHonestly()
    {
        openWindow(u"en"_s);
        auto *indicator = m_window->findChild<QLabel *>(u"auditStatus"_s);
        QCOMPARE(indicator->text(), u"Audit log: not recording yet"_s);

        audit::AuditOpener::Request request;
        request.databasePath = m_context->databasePath();
        request.create = true;
        request.useKeystore = false;
        request.passphraseCost = {1u << 10, 8, 1};
        request.passphrase = crypto::SecureBytes::fromUtf8(u"gui secret");
        AuditTrail trail;
        m_window->setAuditTrail(&trail);
        QVERIFY(trail.open(request).ok());
        QCOMPARE(indicator->text(), u"Audit log: recording"_s);
        trail.stop();
        QCOMPARE(indicator->text(), u"Audit log: stopped"_s);
        request.passphrase = crypto::SecureBytes::fromUtf8(u"wrong");
        QVERIFY(!trail.open(request).ok());
        QCOMPARE(indicator->text(), u"Audit log: locked"_s);
        QVERIFY(indicator->toolTip().contains(u"passphrase"_s));
        m_window->setAuditTrail(nullptr);
    }

    void aboutDialogSpeaksPersian()
    {
        openWindow(u"fa"_s);
        ui::AboutDialog dialog(m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.isRightToLeft());
        for (const auto &[where, text] : visibleTexts(&dialog))
            QVERIFY2(!hasLatinLetters(text), qPrintable(where + u": "_s + text));
    }

private:
    void startConsole()
    {
        auto context = ConsoleContext::start(m_dir->path());
        QVERIFY2(context.ok(), context.ok() ? "" : qPrintable(context.error().toString()));
        m_context = std::move(context).value();
    }

    void openWindow(const QString &language)
    {
        m_language = std::make_unique<ui::LanguageController>(m_context->settings());
        m_language->applyInitial(language);
        m_window = std::make_unique<MainWindow>(*m_context, *m_language);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void switchLanguageThroughSettings(const QString &language)
    {
        m_window->showPage(MainWindow::Page::Settings);
        auto *box = m_window->findChild<QComboBox *>(u"languageBox"_s);
        QVERIFY(box);
        const int index = box->findData(language);
        QVERIFY(index >= 0);
        box->setCurrentIndex(index);
        Q_EMIT box->activated(index);
        QCoreApplication::processEvents();
        QCOMPARE(m_language->language(), language);
        QCOMPARE(m_context->settings().language(), language);
    }

    int navigationCentreX() const
    {
        auto *navigation = m_window->findChild<QListWidget *>(u"navigation"_s);
        return navigation->mapTo(m_window.get(), QPoint(navigation->width() / 2, 0)).x();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConsoleContext> m_context;
    std::unique_ptr<ui::LanguageController> m_language;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_MainWindow.moc"
