// Operators in the console's pages (issue #8), over the real Authenticator,
// AccessControl and a real console database: the two-person rule before adding a
// trust root and importing an unverified image (a second clinical engineer's own
// name and password, refused in core's words otherwise), and the pages' gating by
// role: what the role may not do is disabled with a tooltip naming the role, a
// refused action that still reaches core is audited, and every change names the
// operator.
#include "../common/AuditTestLog.h"
#include "../common/PackageFixture.h"
#include "../common/RecordingAuditSink.h"
#include "LanguageController.h"
#include "MainWindow.h"
#include "audit/AuditEventModel.h"
#include "audit/AuditPage.h"
#include "common/Settings.h"
#include "common/Translator.h"
#include "console/ConsoleContext.h"
#include "console/DeviceInventorySync.h"
#include "discovery/BleScenario.h"
#include "discovery/DeviceRegistry.h"
#include "firmware/FirmwarePage.h"
#include "firmware/PackageTableModel.h"
#include "firmware/PushDialog.h"
#include "firmware/TrustStore.h"
#include "inventory/InventoryStore.h"
#include "operators/Authenticator.h"
#include "operators/IdleLock.h"
#include "operators/LoginDialog.h"
#include "operators/OperatorAccess.h"
#include "operators/OperatorStore.h"
#include "operators/SecondApprovalDialog.h"
#include "operators/SessionController.h"
#include "pages/TrustSettings.h"
#include "posture/AdvisoryStore.h"
#include "posture/PosturePage.h"
#include "sim/SimulatedBleInterrogator.h"
#include "sim/SimulatedBleScanner.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using operators::Role;

namespace {

constexpr crypto::ScryptParams TestParams {1024, 8, 1};
const QString EngineerPassword = u"Ward 7 engineer!"_s;
const QString SecondEngineerPassword = u"Second engineer 42"_s;
const QString TechnicianPassword = u"Technician 2026 pw"_s;
const QString AuditorPassword = u"Auditor reads 2026"_s;

template<typename T> T *child(QObject *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qFatal("no child %s", qPrintable(name));
    return widget;
}

crypto::SecureBytes secret(const QString &text)
{
    return crypto::SecureBytes(text.toUtf8());
}

} // namespace

class TestOperatorAccess : public QObject
{
    Q_OBJECT

    test::PackageFixture m_fx;
    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleContext> m_context;
    std::unique_ptr<operators::OperatorStore> m_store;
    test::RecordingAuditSink m_sink;
    std::unique_ptr<operators::Authenticator> m_auth;
    std::unique_ptr<ui::OperatorAccess> m_access;

private Q_SLOTS:
    void initTestCase()
    {
        Translator::install(u"en"_s);
        QVERIFY(m_dir.isValid());
        const QString error = m_fx.create();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto context = ConsoleContext::start(m_dir.filePath(u"data"_s));
        QVERIFY2(context.ok(), context.ok() ? "" : qPrintable(context.error().toString()));
        m_context = std::move(context).value();
        m_store = std::make_unique<operators::OperatorStore>(m_context->database(), Clock::system(), TestParams);
        QVERIFY(m_store->add(u"alice"_s, Role::ClinicalEngineer, secret(EngineerPassword)).ok());
        QVERIFY(m_store->add(u"erin"_s, Role::ClinicalEngineer, secret(SecondEngineerPassword)).ok());
        QVERIFY(m_store->add(u"bob"_s, Role::FieldTechnician, secret(TechnicianPassword)).ok());
        QVERIFY(m_store->add(u"carol"_s, Role::Auditor, secret(AuditorPassword)).ok());
        m_auth = std::make_unique<operators::Authenticator>(*m_store, &m_sink);
        m_access = std::make_unique<ui::OperatorAccess>(*m_auth, &m_sink);
        QFile image(m_dir.filePath(u"app.bin"_s));
        QVERIFY(image.open(QIODevice::WriteOnly));
        image.write(m_fx.goodImages().first());
    }

    void init() { m_sink.events.clear(); }

    // Settings → Trust: the root is imported only once a second, different clinical
    // engineer approved with their own password; both names are audited.
    void trustRootNeedsASecondEngineer()
    {
        logIn(u"alice"_s, EngineerPassword);
        ui::TrustSettings trust(*m_context);
        trust.setAuditSink(&m_sink);
        trust.setOperatorAccess(m_access.get());
        QVERIFY(child<QPushButton>(&trust, u"trustImportRoot"_s)->isEnabled());
        const int before = trust.roots()->topLevelItemCount();

        // Cancelled approval: nothing trusted.
        QDialog *approval = confirmRoot(trust, u"approval-root.crt"_s);
        approval->reject();
        QTRY_VERIFY(!trust.findChild<QDialog *>(u"secondApproval"_s));
        QCOMPARE(trust.roots()->topLevelItemCount(), before);

        approval = confirmRoot(trust, u"vendor-root.crt"_s);
        auto *error = child<QLabel>(approval, u"approvalError"_s);
        // The operator cannot approve their own action; a technician cannot approve.
        approve(approval, u"alice"_s, EngineerPassword);
        QVERIFY(approval->isVisible());
        QVERIFY2(error->text().contains(u"different person"_s), qPrintable(error->text()));
        approve(approval, u"bob"_s, TechnicianPassword);
        QVERIFY(approval->isVisible());
        QVERIFY2(error->text().contains(u"bob"_s), qPrintable(error->text()));
        approve(approval, u"erin"_s, u"not her password"_s);
        QVERIFY(approval->isVisible());
        QCOMPARE(error->text(), u"The operator name or the password is wrong."_s);
        QVERIFY(child<QLineEdit>(approval, u"approverPassword"_s)->text().isEmpty()); // never left on screen
        QCOMPARE(trust.roots()->topLevelItemCount(), before);

        approve(approval, u"erin"_s, SecondEngineerPassword);
        QTRY_COMPARE(trust.roots()->topLevelItemCount(), before + 1);
        QTRY_VERIFY(!trust.findChild<QDialog *>(u"secondApproval"_s));

        // One approval event with both names; the import itself names the operator.
        bool approvalRecorded = false;
        bool importNamesOperator = false;
        for (const audit::AuditEvent &e : m_sink.events) {
            if (e.type == audit::EventType::UseOfRestrictedFunction && e.outcome == audit::Outcome::Success)
                approvalRecorded = e.operatorId == u"alice"_s && e.details.value(u"approver"_s) == u"erin"_s
                    && e.details.value(u"permission"_s) == u"manage-trust"_s;
            if (e.details.value(u"operation"_s) == u"firmware.trust.import_root"_s)
                importNamesOperator = e.operatorId == u"alice"_s;
        }
        QVERIFY(approvalRecorded);
        QVERIFY(importNamesOperator);
    }

    // Firmware → Import unverified image: the same rule before the image is kept.
    void unverifiedImportNeedsASecondEngineer()
    {
        logIn(u"alice"_s, EngineerPassword);
        ui::FirmwarePage page(*m_context, &m_sink);
        page.setOperatorAccess(m_access.get());
        const int before = page.model()->rowCount();
        page.importUnverifiedFile(m_dir.filePath(u"app.bin"_s));
        auto *warning = child<QDialog>(&page, u"unverifiedWarning"_s);
        child<QLineEdit>(warning, u"reason"_s)->setText(u"vendor portal down"_s);
        QTest::mouseClick(child<QPushButton>(warning, u"confirmImport"_s), Qt::LeftButton);
        QDialog *approval = nullptr;
        QTRY_VERIFY((approval = page.findChild<QDialog *>(u"secondApproval"_s)));
        QCOMPARE(page.model()->rowCount(), before);
        approve(approval, u"erin"_s, SecondEngineerPassword);
        QTRY_COMPARE(page.model()->rowCount(), before + 1);
        const QList<firmware::LibraryEntry> entries = page.model()->entries();
        const auto entry = std::find_if(entries.cbegin(), entries.cend(),
                                        [](const firmware::LibraryEntry &e) { return e.verdict == u"unverified"_s; });
        QVERIFY(entry != entries.cend());
        QCOMPARE(entry->importedBy, u"alice"_s);
    }

    // The main window's pages follow the operator's role: what it may not do is
    // disabled, its tooltip naming the role needed; the clinical engineer may do
    // all of it; an action that reaches core anyway is refused and audited.
    void pagesFollowTheRole()
    {
        auto ward = discovery::BleScenario::ward();
        QVERIFY(ward.ok());
        discovery::DeviceRegistry registry;
        sim::SimulatedBleScanner scanner(*ward);
        sim::SimulatedBleInterrogator interrogator(*ward);
        inventory::InventoryStore inventory(m_context->database());
        DeviceInventorySync inventorySync(registry, inventory);
        ui::DeviceServices services {&registry, &scanner, &interrogator, &inventorySync, true};
        services.audit = &m_sink;
        ui::LanguageController language(m_context->settings());
        language.applyInitial(u"en"_s);
        ui::MainWindow window(*m_context, language, services);
        window.setAuditForwarder(nullptr, &m_sink);
        logIn(u"bob"_s, TechnicianPassword);
        window.setOperatorAccess(m_access.get());
        window.show();

        QWidget *devices = child<QWidget>(&window, u"devicesPage"_s);
        QWidget *firmware = child<QWidget>(&window, u"firmwarePage"_s);
        auto *scan = child<QPushButton>(devices, u"scanButton"_s);
        auto *inventoryImport = child<QPushButton>(devices, u"importButton"_s);
        auto *trustImport = child<QPushButton>(&window, u"trustImportRoot"_s);
        auto *unverified = child<QPushButton>(firmware, u"importUnverifiedButton"_s);
        auto *idle = child<QSpinBox>(&window, u"idleLockMinutes"_s);

        // Field technician: scans, but no trust, unverified import, inventory import or settings.
        QVERIFY(scan->isEnabled());
        for (QWidget *refused : std::initializer_list<QWidget *> {trustImport, unverified, inventoryImport, idle}) {
            QVERIFY2(!refused->isEnabled(), qPrintable(refused->objectName()));
            QVERIFY2(refused->toolTip().contains(u"Needs the Clinical engineer role"_s),
                     qPrintable(refused->toolTip()));
            QVERIFY2(refused->toolTip().contains(u"You are signed in as Field technician"_s),
                     qPrintable(refused->toolTip()));
        }
        QVERIFY(unverified->toolTip().contains(u"import an unverified firmware package"_s));

        // Called anyway (not through the disabled button): core refuses and records it.
        m_sink.events.clear();
        auto *page = qobject_cast<ui::FirmwarePage *>(firmware);
        QVERIFY(page);
        page->importUnverifiedFile(m_dir.filePath(u"app.bin"_s));
        auto *warning = child<QDialog>(page, u"unverifiedWarning"_s);
        child<QLineEdit>(warning, u"reason"_s)->setText(u"trying anyway"_s);
        QTest::mouseClick(child<QPushButton>(warning, u"confirmImport"_s), Qt::LeftButton);
        QVERIFY(!page->findChild<QDialog *>(u"secondApproval"_s));
        QVERIFY(child<QLabel>(page, u"status"_s)->text().contains(u"bob"_s));
        bool refusalAudited = false;
        for (const audit::AuditEvent &e : m_sink.events)
            refusalAudited = refusalAudited
                || (e.type == audit::EventType::UseOfRestrictedFunction && e.outcome == audit::Outcome::MinorFailure
                    && e.operatorId == u"bob"_s
                    && e.details.value(u"permission"_s).toString() == u"import-unverified"_s);
        QVERIFY(refusalAudited);

        // Auditor: not even a scan.
        logIn(u"carol"_s, AuditorPassword);
        QVERIFY(!scan->isEnabled());
        QVERIFY2(scan->toolTip().contains(u"You are signed in as Auditor"_s), qPrintable(scan->toolTip()));
        QVERIFY(scan->toolTip().contains(u"scan for devices"_s));
        QVERIFY(!trustImport->isEnabled());

        // Clinical engineer: everything, and the gates' tooltips are gone again.
        logIn(u"alice"_s, EngineerPassword);
        for (QWidget *allowed :
             std::initializer_list<QWidget *> {scan, trustImport, unverified, inventoryImport, idle}) {
            QVERIFY2(allowed->isEnabled(), qPrintable(allowed->objectName()));
            QVERIFY2(!allowed->toolTip().contains(u"Needs"_s), qPrintable(allowed->toolTip()));
        }
        // Its own tooltip came back.
        QVERIFY2(inventoryImport->toolTip().contains(u"maintenance system"_s), qPrintable(inventoryImport->toolTip()));
    }

    // Push: a field technician is offered approved packages only (and the push
    // checks the approval again); the engineer sees every verified package; the
    // auditor may not push, and a wizard opened anyway is refused and audited.
    void technicianPushesApprovedPackagesOnly()
    {
        firmware::TrustStore trust(m_context->database(), nullptr);
        const Result<QList<firmware::TrustAnchor>> anchors = trust.anchors();
        QVERIFY(anchors.ok());
        for (const auto &[name, role] : {std::pair {u"vendor-root"_s, firmware::TrustRole::Vendor},
                                         std::pair {u"approval-root"_s, firmware::TrustRole::Approval}}) {
            const crypto::Certificate root = m_fx.certificate(name);
            const bool present = std::any_of(anchors->cbegin(), anchors->cend(), [&](const firmware::TrustAnchor &a) {
                return a.certificate.fingerprintSha256() == root.fingerprintSha256();
            });
            if (!present)
                QVERIFY(trust.importRoot(root, role).ok());
        }
        const QMap<QString, QByteArray> images = m_fx.goodImages();
        const auto writePackage = [&](const QString &id, const QString &approver) {
            firmware::PackageManifest manifest = m_fx.manifest(images);
            manifest.packageId = id;
            const QString path = m_dir.filePath(id + u".pasbanpkg"_s);
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                qFatal("cannot write %s", qPrintable(path));
            file.write(m_fx.package(manifest.toJson(), images, u"signer"_s, approver).serialize());
            return path;
        };
        firmware::PackageLibrary library(m_context->database(),
                                         firmware::PackageLibrary::folderIn(m_context->dataDirectory().path()),
                                         *trust.snapshot(), &m_sink);
        QVERIFY(library.importPackage(writePackage(u"acme-approved"_s, u"approver"_s), u"alice"_s).ok());
        QVERIFY(library.importPackage(writePackage(u"acme-vendor-only"_s, {}), u"alice"_s).ok());

        ui::FirmwarePage page(*m_context, &m_sink);
        page.setOperatorAccess(m_access.get());
        const auto offered = [&page] {
            QStringList ids;
            ui::PushDialog *wizard = page.openPushWizard();
            if (!wizard)
                return ids;
            for (int i = 0; i < wizard->packageBox()->count(); ++i)
                ids.append(wizard->packageBox()->itemData(i).toString());
            wizard->close();
            return ids;
        };
        logIn(u"bob"_s, TechnicianPassword);
        QVERIFY(child<QPushButton>(&page, u"pushButton"_s)->isEnabled());
        QStringList ids = offered();
        QVERIFY2(ids.contains(u"acme-approved"_s), qPrintable(ids.join(u' ')));
        QVERIFY2(!ids.contains(u"acme-vendor-only"_s), qPrintable(ids.join(u' ')));

        logIn(u"alice"_s, EngineerPassword);
        ids = offered();
        QVERIFY2(ids.contains(u"acme-approved"_s) && ids.contains(u"acme-vendor-only"_s), qPrintable(ids.join(u' ')));

        logIn(u"carol"_s, AuditorPassword);
        auto *push = child<QPushButton>(&page, u"pushButton"_s);
        QVERIFY(!push->isEnabled());
        QVERIFY2(push->toolTip().contains(u"push an approved firmware package"_s), qPrintable(push->toolTip()));
        m_sink.events.clear();
        QVERIFY(!page.openPushWizard());
        QCOMPARE(m_sink.events.size(), 1);
        QCOMPARE(m_sink.events.first().operatorId, u"carol"_s);
        QCOMPARE(m_sink.events.first().details.value(u"permission"_s).toString(), u"push-approved"_s);
    }

    // Audit: a field technician may only see their own actions; the auditor reads
    // everything; the operator field shows the enforced name.
    void technicianSeesOwnAuditEventsOnly()
    {
        test::AuditTestLog fixture;
        std::unique_ptr<audit::AuditLog> log = fixture.open();
        QVERIFY(log);
        for (const QString &name : {u"alice"_s, u"bob"_s, u"alice"_s}) {
            audit::AuditEvent event;
            event.type = audit::EventType::Query;
            event.action = audit::Action::Execute;
            event.operatorId = name;
            QVERIFY(log->append(event).ok());
        }
        ui::AuditPage page(m_context->settings());
        page.setAuditLog(log.get());
        logIn(u"bob"_s, TechnicianPassword);
        page.setOperatorAccess(m_access.get());
        auto *operatorField = child<QLineEdit>(&page, u"auditOperator"_s);
        QCOMPARE(page.model()->filter().operatorId, u"bob"_s);
        QCOMPARE(operatorField->text(), u"bob"_s);
        QVERIFY(!operatorField->isEnabled());
        QVERIFY(operatorField->toolTip().contains(u"read the audit log"_s));
        QTRY_COMPARE(page.model()->rowCount(), 1);
        // Typing another name (were the field enabled) changes nothing.
        operatorField->setText(u"alice"_s);
        QCOMPARE(page.currentFilter().operatorId, u"bob"_s);

        logIn(u"carol"_s, AuditorPassword);
        QVERIFY(operatorField->isEnabled());
        QVERIFY(page.model()->filter().operatorId.isEmpty());
        QTRY_VERIFY(page.model()->rowCount() >= 3);
        page.cancelWork();
    }

    // Posture: importing advisories is checked by core whoever calls it, not only
    // by the disabled button. The auditor is refused in core's words, audited
    // under their name, and nothing is stored; an engineer's import lands and
    // names them.
    void postureImportIsCheckedByCore()
    {
        ui::DeviceServices services;
        services.audit = &m_sink;
        ui::PosturePage page(m_context->database(), services, m_context->settings());
        page.setOperatorAccess(m_access.get());
        const QString cisa = QStringLiteral(PASBAN_SOURCE_DIR "/tests/data/csaf/cisa");
        const posture::AdvisoryStore store(m_context->database());
        const int before = store.count().value();

        logIn(u"carol"_s, AuditorPassword);
        auto *import = child<QPushButton>(&page, u"importAdvisories"_s);
        QVERIFY(!import->isEnabled());
        m_sink.events.clear();
        const Result<posture::AdvisoryImportReport> refused = page.importAdvisories({cisa});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), u"operator.permission_denied"_s);
        QCOMPARE(store.count().value(), before);
        QCOMPARE(m_sink.events.size(), 1);
        QCOMPARE(m_sink.events.first().operatorId, u"carol"_s);
        QCOMPARE(m_sink.events.first().details.value(u"permission"_s).toString(), u"change-settings"_s);

        logIn(u"alice"_s, EngineerPassword);
        QVERIFY(import->isEnabled());
        const Result<posture::AdvisoryImportReport> imported = page.importAdvisories({cisa});
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().toString()));
        QCOMPARE(store.count().value(), before + 5);
        QVERIFY(std::any_of(m_sink.events.cbegin(), m_sink.events.cend(), [](const audit::AuditEvent &e) {
            return e.type == audit::EventType::SoftwareConfiguration && e.operatorId == u"alice"_s;
        }));
    }

    // Settings → Security: the idle time changes the running session's lock at once.
    void idleLockMinutesApplyLive()
    {
        ui::LanguageController language(m_context->settings());
        language.applyInitial(u"en"_s);
        ui::MainWindow window(*m_context, language);
        ui::SessionController controller(*m_auth, window, std::chrono::minutes(10));
        controller.followIdleSetting(m_context->settings());
        logIn(u"alice"_s, EngineerPassword);
        window.setOperatorAccess(m_access.get());
        controller.begin(m_access->session());
        QCOMPARE(controller.idleLock().interval(), std::chrono::milliseconds(std::chrono::minutes(10)));

        auto *idle = child<QSpinBox>(&window, u"idleLockMinutes"_s);
        QCOMPARE(idle->minimum(), 1);
        QCOMPARE(idle->maximum(), 240);
        QCOMPARE(idle->value(), 10);
        idle->setValue(3);
        QCOMPARE(m_context->settings().value(Settings::Key::IdleLockMinutes).toInt(), 3);
        QCOMPARE(controller.idleLock().interval(), std::chrono::milliseconds(std::chrono::minutes(3)));
        QVERIFY(controller.idleLock().isArmed());
        QVERIFY(controller.idleLock().remaining() <= std::chrono::minutes(3));
        idle->setValue(10);
        QCOMPARE(controller.idleLock().interval(), std::chrono::milliseconds(std::chrono::minutes(10)));
        controller.end();
    }

    // In Persian the approval dialog, the refusal tooltip and Settings → Security
    // speak Persian (only the operators' own names stay Latin) and run right to left.
    void persianWidgets()
    {
        Translator::install(u"fa"_s);
        QApplication::setLayoutDirection(Qt::RightToLeft);
        const auto restore = qScopeGuard([] {
            Translator::install(u"en"_s);
            QApplication::setLayoutDirection(Qt::LeftToRight);
        });
        const QRegularExpression latin(u"[A-Za-z]"_s);
        logIn(u"alice"_s, EngineerPassword);
        ui::SecondApprovalDialog dialog(*m_access, operators::Permission::ManageTrustStore);
        dialog.show();
        QCOMPARE(dialog.layoutDirection(), Qt::RightToLeft);
        QStringList texts {dialog.windowTitle()};
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            texts.append(label->text());
        for (const QPushButton *button : dialog.findChildren<QPushButton *>())
            texts.append(button->text());
        for (const QString &text : texts)
            QVERIFY2(!QString(text).remove(u"alice"_s).contains(latin), qPrintable(text));

        logIn(u"bob"_s, TechnicianPassword);
        const QString refusal = m_access->refusalText(operators::Permission::ImportUnverifiedPackage);
        QVERIFY2(!refusal.isEmpty() && !refusal.contains(latin), qPrintable(refusal));

        ui::LanguageController language(m_context->settings());
        language.applyInitial(u"fa"_s);
        ui::MainWindow window(*m_context, language);
        auto *security = child<QGroupBox>(&window, u"securitySettings"_s);
        QVERIFY(!security->title().isEmpty() && !security->title().contains(latin));
        for (const QLabel *label : security->findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(latin), qPrintable(label->text()));
        // Without accounts, the status bar's hint is Persian too, the command kept as it is.
        const QString hint = child<QLabel>(&window, u"operatorStatus"_s)->text();
        QVERIFY2(!hint.isEmpty() && !hint.contains(latin), qPrintable(hint));
    }

private:
    void logIn(const QString &name, const QString &password)
    {
        Result<operators::OperatorSession> session = m_auth->login(name, secret(password));
        QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().message()));
        m_access->setSession(*session);
    }

    // Import root… for FILE, confirmed: returns the second-approval dialog.
    QDialog *confirmRoot(ui::TrustSettings &trust, const QString &file)
    {
        trust.importRootFile(m_fx.pki().path(file));
        auto *dialog = child<QDialog>(&trust, u"trustRootConfirmation"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"confirmTrust"_s), Qt::LeftButton);
        QDialog *approval = nullptr;
        if (!QTest::qWaitFor([&] { return (approval = trust.findChild<QDialog *>(u"secondApproval"_s)); }))
            qFatal("no second approval asked for %s", qPrintable(file));
        return approval;
    }

    static void approve(QDialog *approval, const QString &name, const QString &password)
    {
        child<QLineEdit>(approval, u"approverName"_s)->setText(name);
        child<QLineEdit>(approval, u"approverPassword"_s)->setText(password);
        QTest::mouseClick(child<QPushButton>(approval, u"approve"_s), Qt::LeftButton);
    }
};

QTEST_MAIN(TestOperatorAccess)
#include "tst_OperatorAccess.moc"
