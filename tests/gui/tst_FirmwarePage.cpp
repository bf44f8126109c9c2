// Firmware page: a signed package made by the test PKI is imported after every
// verification check is shown, listed, and offered in the push wizard, which lists
// every check for the chosen device and keeps Push disabled for a wrong model; an
// unverified image is imported only through the warning with a reason; removal
// asks first. Everything is recorded in the audit sink.
#include "../common/PackageFixture.h"
#include "../common/RecordingAuditSink.h"
#include "common/Translator.h"
#include "console/ConsoleContext.h"
#include "firmware/FirmwarePage.h"
#include "firmware/PackageTableModel.h"
#include "firmware/PackageVerifier.h"
#include "firmware/PushDialog.h"
#include "firmware/TrustStore.h"
#include "firmware/VerificationChecksView.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;

namespace {

template<typename T> T *child(QObject *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qFatal("no child %s", qPrintable(name));
    return widget;
}

QStringList states(const ui::VerificationChecksView *view)
{
    QStringList out;
    for (int i = 0; i < view->topLevelItemCount(); ++i)
        out.append(view->topLevelItem(i)->data(0, Qt::UserRole).toString() + u'='
                   + view->topLevelItem(i)->data(1, Qt::UserRole).toString());
    return out;
}

QStringList operations(const test::RecordingAuditSink &sink)
{
    QStringList out;
    for (const audit::AuditEvent &e : sink.events)
        out.append(e.details.value(u"operation"_s).toString());
    return out;
}

} // namespace

class TestFirmwarePage : public QObject
{
    Q_OBJECT

    test::PackageFixture m_fx;
    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleContext> m_context;
    QString m_package;
    QString m_image;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString error = m_fx.create();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto context = ConsoleContext::start(m_dir.filePath(u"data"_s));
        QVERIFY2(context.ok(), context.ok() ? "" : qPrintable(context.error().toString()));
        m_context = std::move(context).value();
        firmware::TrustStore trust(m_context->database(), nullptr);
        QVERIFY(trust.importRoot(m_fx.certificate(u"vendor-root"_s), firmware::TrustRole::Vendor).ok());
        QVERIFY(trust.importRoot(m_fx.certificate(u"approval-root"_s), firmware::TrustRole::Approval).ok());

        const QMap<QString, QByteArray> images = m_fx.goodImages();
        m_package = write(u"acme.pasbanpkg"_s,
                          m_fx.package(m_fx.manifest(images).toJson(), images, u"signer"_s, u"approver"_s).serialize());
        m_image = write(u"bare.bin"_s, images.first());
    }

    void importShowsEveryCheckThenLists()
    {
        test::RecordingAuditSink sink;
        ui::FirmwarePage page(*m_context, &sink);
        page.show();
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(child<QWidget>(&page, u"emptyState"_s)->isVisible());

        page.importPackageFile(m_package);
        auto *report = child<QDialog>(&page, u"importReport"_s);
        QVERIFY(report->isVisible());
        const QStringList checks = states(child<ui::VerificationChecksView>(report, u"verificationChecks"_s));
        QVERIFY2(checks.size() >= 10, qPrintable(checks.join(u' ')));
        QVERIFY2(checks.contains(u"vendor-signature=passed"_s), qPrintable(checks.join(u' ')));
        QVERIFY(checks.contains(u"mcuboot-images=passed"_s));
        for (const QString &c : checks)
            QVERIFY2(!c.endsWith(u"=failed"_s), qPrintable(c));
        auto *confirm = child<QPushButton>(report, u"confirmImport"_s);
        QVERIFY(confirm->isEnabled());
        QVERIFY(!confirm->isDefault()); // the safe choice is the default
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_VERIFY(!page.findChild<QDialog *>(u"importReport"_s));

        QCOMPARE(page.model()->rowCount(), 1);
        const firmware::LibraryEntry *e = page.model()->entry(0);
        QCOMPARE(e->packageId, u"acme-px100-2.1.0"_s);
        QVERIFY(e->approved);
        QCOMPARE(page.model()->index(0, ui::PackageTableModel::Status).data().toString(),
                 ui::PackageTableModel::statusText(*e));
        QVERIFY(operations(sink).contains(u"firmware.library.import"_s));

        // The same file again: the report is shown, the library refuses the duplicate.
        page.importPackageFile(m_package);
        report = child<QDialog>(&page, u"importReport"_s);
        QTest::mouseClick(child<QPushButton>(report, u"confirmImport"_s), Qt::LeftButton);
        QVERIFY(child<QLabel>(&page, u"status"_s)->toolTip() == u"firmware.library_duplicate"_s);
        QCOMPARE(page.model()->rowCount(), 1);
    }

    void tamperedPackageCannotBeImported()
    {
        test::RecordingAuditSink sink;
        ui::FirmwarePage page(*m_context, &sink);
        QMap<QString, QByteArray> images = m_fx.goodImages();
        const QByteArray manifest = m_fx.manifest(images).toJson();
        images.first()[0x210] = char(images.first()[0x210] ^ 1);
        const QString path = write(u"tampered.pasbanpkg"_s, m_fx.package(manifest, images, u"signer"_s).serialize());
        page.importPackageFile(path);
        auto *report = child<QDialog>(&page, u"importReport"_s);
        const QStringList checks = states(child<ui::VerificationChecksView>(report, u"verificationChecks"_s));
        QVERIFY2(checks.contains(u"file-hashes=failed"_s), qPrintable(checks.join(u' ')));
        QVERIFY(!child<QPushButton>(report, u"confirmImport"_s)->isEnabled());
        report->reject();
    }

    void wizardRefusesAWrongModel()
    {
        test::RecordingAuditSink sink;
        ui::FirmwarePage page(*m_context, &sink);
        QCOMPARE(page.model()->rowCount(), 1); // imported above
        ui::PushDialog *wizard = page.openPushWizard(u"acme-px100-2.1.0"_s);
        QVERIFY(wizard);
        QCOMPARE(wizard->packageBox()->currentData().toString(), u"acme-px100-2.1.0"_s);
        wizard->modelEdit()->setText(u"PX-200"_s);
        wizard->hardwareEdit()->setText(u"A"_s);
        wizard->addressEdit()->setText(u"127.0.0.1:9"_s);
        QTest::mouseClick(wizard->checkButton(), Qt::LeftButton);
        QCOMPARE(wizard->stage(), ui::PushDialog::Stage::Checks);
        const QStringList checks = states(wizard->checksView());
        QVERIFY2(checks.contains(u"target=failed"_s), qPrintable(checks.join(u' ')));
        QVERIFY(checks.contains(u"vendor-signature=passed"_s));
        QVERIFY(!wizard->verificationPassed());
        QVERIFY(!wizard->pushButton()->isEnabled());
        // The refusal is audited with the check's code.
        QVERIFY(!sink.events.isEmpty());

        // The right model: every check passes, Push is enabled (nothing sent yet).
        child<QPushButton>(wizard, u"cancelButton"_s); // present
        wizard->modelEdit()->setText(u"PX-100"_s);
        wizard->runChecks();
        QVERIFY2(wizard->verificationPassed(), qPrintable(states(wizard->checksView()).join(u' ')));
        QVERIFY(wizard->pushButton()->isEnabled());
        QVERIFY(!wizard->pushButton()->isDefault());
        // Editing the target afterwards invalidates the checks.
        wizard->modelEdit()->setText(u"PX-100 "_s);
        QVERIFY(!wizard->verificationPassed());
        wizard->close();
    }

    // The whole wizard against pasban-devsim over UDP: checks, then the upload on the
    // asynchronous engine (the GUI thread keeps running), then the device's own
    // answer: the new version active and confirmed.
    void pushEndToEndOverUdp()
    {
        QProcess devsim;
        devsim.start(QStringLiteral(PASBAN_DEVSIM), {u"--udp"_s, u"0"_s, u"--version"_s, u"2.0.0"_s});
        QVERIFY(devsim.waitForStarted(10000));
        auto stop = qScopeGuard([&devsim] {
            devsim.terminate();
            devsim.waitForFinished(10000);
        });
        QString port;
        while (port.isEmpty() && (devsim.canReadLine() || devsim.waitForReadyRead(10000))) {
            const QByteArray line = devsim.readLine().trimmed();
            if (line.startsWith("udp: "))
                port = QString::fromUtf8(line.mid(5));
        }
        QVERIFY(!port.isEmpty());

        test::RecordingAuditSink sink;
        ui::FirmwarePage page(*m_context, &sink);
        ui::PushDialog *wizard = page.openPushWizard(u"acme-px100-2.1.0"_s);
        QVERIFY(wizard);
        wizard->modelEdit()->setText(u"PX-100"_s);
        wizard->hardwareEdit()->setText(u"A"_s);
        wizard->transportBox()->setCurrentIndex(wizard->transportBox()->findData(u"udp"_s));
        wizard->addressEdit()->setText(u"127.0.0.1:"_s + port);
        wizard->runChecks();
        QVERIFY2(wizard->verificationPassed(), qPrintable(states(wizard->checksView()).join(u' ')));
        QSignalSpy finished(wizard, &ui::PushDialog::finishedUpdate);
        QTest::mouseClick(wizard->pushButton(), Qt::LeftButton);
        QCOMPARE(wizard->stage(), ui::PushDialog::Stage::Update);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 120000);
        QVERIFY2(finished.first().first().toBool(), qPrintable(wizard->resultLabel()->text()));
        QCOMPARE(wizard->stage(), ui::PushDialog::Stage::Result);
        QVERIFY2(wizard->resultLabel()->text().contains(u"2.1.0"_s), qPrintable(wizard->resultLabel()->text()));
        QVERIFY(operations(sink).size() > 2); // verification and the update's steps

        stop.dismiss();
        devsim.terminate();
        QVERIFY(devsim.waitForFinished(10000));
        const QByteArray summary = devsim.readAllStandardError();
        QVERIFY2(summary.contains("primary 2.1.0, confirmed"), summary.constData());
    }

    // A Nordic DFU package goes through the same warning; its application image is
    // listed as unverified, and the tooltip says where it came from.
    void nordicDfuPackageImportsItsApplicationImage()
    {
        test::RecordingAuditSink sink;
        ui::FirmwarePage page(*m_context, &sink);
        const int before = page.model()->rowCount();
        page.importUnverifiedFile(QStringLiteral(PASBAN_TEST_DATA_DIR "/firmware/dfu/dfu_application.zip"));
        auto *warning = child<QDialog>(&page, u"unverifiedWarning"_s);
        auto *confirm = child<QPushButton>(warning, u"confirmImport"_s);
        QVERIFY(!confirm->isEnabled());
        child<QLineEdit>(warning, u"reason"_s)->setText(u"vendor hotfix"_s);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_VERIFY(!page.findChild<QDialog *>(u"unverifiedWarning"_s));
        QCOMPARE(page.model()->rowCount(), before + 1);
        int row = -1;
        for (int r = 0; r < page.model()->rowCount(); ++r) {
            if (page.model()->entry(r)->origin == u"nordic-dfu-zip"_s)
                row = r;
        }
        QVERIFY(row >= 0);
        QCOMPARE(page.model()->entry(row)->verdict, u"unverified"_s);
        QVERIFY(page.model()
                    ->index(row, ui::PackageTableModel::Status)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"Nordic DFU"_s));
        QVERIFY(child<QLabel>(&page, u"status"_s)->text().contains(u"Nordic DFU"_s));
        QVERIFY(operations(sink).contains(u"firmware.library.import_unverified"_s));
        page.removePackage(page.model()->entry(row)->packageId);
        child<QMessageBox>(&page, u"removeConfirmation"_s)->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(page.model()->rowCount(), before);
    }

    void unverifiedImportNeedsTheWarningAndAReason()
    {
        test::RecordingAuditSink sink;
        ui::FirmwarePage page(*m_context, &sink);
        page.importUnverifiedFile(m_image);
        auto *warning = child<QDialog>(&page, u"unverifiedWarning"_s);
        auto *confirm = child<QPushButton>(warning, u"confirmImport"_s);
        QVERIFY(!confirm->isEnabled());
        child<QLineEdit>(warning, u"reason"_s)->setText(u"vendor portal down"_s);
        child<QLineEdit>(warning, u"models"_s)->setText(u"PX-100"_s);
        QVERIFY(confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_VERIFY(!page.findChild<QDialog *>(u"unverifiedWarning"_s));
        QCOMPARE(page.model()->rowCount(), 2);
        int unverifiedRow = -1;
        for (int row = 0; row < 2; ++row) {
            if (page.model()->entry(row)->verdict == u"unverified"_s)
                unverifiedRow = row;
        }
        QVERIFY(unverifiedRow >= 0);
        QCOMPARE(page.model()->index(unverifiedRow, ui::PackageTableModel::Status).data().toString(),
                 ui::PackageTableModel::tr("Unverified"));
        QVERIFY(operations(sink).contains(u"firmware.library.import_unverified"_s));

        // An unverified image is not offered for a push.
        ui::PushDialog *wizard = page.openPushWizard();
        QCOMPARE(wizard->packageBox()->count(), 1);
        wizard->close();

        // Remove asks first (Cancel is the default) and is audited.
        const QString id = page.model()->entry(unverifiedRow)->packageId;
        page.removePackage(id);
        auto *box = child<QMessageBox>(&page, u"removeConfirmation"_s);
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        box->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QVERIFY(operations(sink).contains(u"firmware.library.remove"_s));
    }

    // In Persian the page's own words are Persian (identifiers stay Latin inside isolates).
    void persianLabels()
    {
        QVERIFY(Translator::install(u"fa"_s));
        auto restore = qScopeGuard([] { Translator::install(u"en"_s); });
        test::RecordingAuditSink sink;
        ui::FirmwarePage page(*m_context, &sink);
        auto isLatin = [](const QString &text) {
            for (const QChar c : text) {
                if (c.isLetter() && c.unicode() < 0x250)
                    return true;
            }
            return false;
        };
        for (int column = 0; column < ui::PackageTableModel::ColumnCount; ++column) {
            const QString header = page.model()->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(!header.isEmpty() && !isLatin(header), qPrintable(header));
        }
        for (const QString &name :
             {u"importButton"_s, u"removeButton"_s, u"pushButton"_s, u"importUnverifiedButton"_s}) {
            const QString text = child<QPushButton>(&page, name)->text();
            QVERIFY2(!isLatin(text), qPrintable(text));
        }
        const QString status = page.model()->index(0, ui::PackageTableModel::Status).data().toString();
        QVERIFY2(!isLatin(status), qPrintable(status));
    }

    void withoutTheAuditLogNothingChanges()
    {
        ui::FirmwarePage page(*m_context, nullptr);
        page.show();
        QVERIFY(child<QWidget>(&page, u"auditNote"_s)->isVisible());
        QVERIFY(!child<QPushButton>(&page, u"importButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(&page, u"pushButton"_s)->isEnabled());
        QVERIFY(!page.openPushWizard());
    }
};

QTEST_MAIN(TestFirmwarePage)
#include "tst_FirmwarePage.moc"
