// The console's log-in, lock screen and break-glass banner (issue #8), over the
// real Authenticator and a real console database; the idle time is injected.
#include "../common/MockClock.h"
#include "../common/RecordingAuditSink.h"
#include "common/Translator.h"
#include "operators/Authenticator.h"
#include "operators/IdleLock.h"
#include "operators/LoginDialog.h"
#include "operators/OperatorStore.h"
#include "operators/SessionBanner.h"
#include "operators/SessionController.h"
#include "storage/ConsoleSchema.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using operators::Role;

namespace {

constexpr crypto::ScryptParams TestParams {1024, 8, 1};
const QString EngineerPassword = u"Ward 7 engineer!"_s;
const QString TechnicianPassword = u"Technician 2026 pw"_s;

crypto::SecureBytes secret(const QString &text)
{
    return crypto::SecureBytes(text.toUtf8());
}

} // namespace

class TestLogin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        Translator::install(u"en"_s);
        QApplication::setLayoutDirection(Qt::LeftToRight);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto db = storage::openConsoleDatabase(m_dir->filePath(u"pasban.sqlite"_s));
        QVERIFY(db.ok());
        m_db = std::make_unique<storage::Database>(std::move(db).value());
        m_clock = std::make_unique<test::MockClock>();
        m_sink = std::make_unique<test::RecordingAuditSink>();
        m_store = std::make_unique<operators::OperatorStore>(*m_db, *m_clock, TestParams);
        QVERIFY(m_store->add(u"alice"_s, Role::ClinicalEngineer, secret(EngineerPassword)).ok());
        QVERIFY(m_store->add(u"bob"_s, Role::FieldTechnician, secret(TechnicianPassword)).ok());
        m_auth = std::make_unique<operators::Authenticator>(*m_store, m_sink.get(), *m_clock);
    }

    void cleanup()
    {
        m_auth.reset();
        m_store.reset();
        m_db.reset();
        m_dir.reset();
        Translator::install(u"en"_s);
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }

    void rightPasswordLogsIn()
    {
        ui::LoginDialog dialog(*m_auth, ui::LoginDialog::Mode::Login);
        dialog.show();
        enter(dialog, u"bob"_s, TechnicianPassword);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.session().name, u"bob"_s);
        QCOMPARE(dialog.session().role, Role::FieldTechnician);
        QVERIFY(!dialog.session().emergency);
        QVERIFY(field<QLineEdit>(dialog, "password")->text().isEmpty());
    }

    void wrongPasswordIsRefusedThenLocksOut()
    {
        ui::LoginDialog dialog(*m_auth, ui::LoginDialog::Mode::Login);
        dialog.show();
        auto *error = field<QLabel>(dialog, "loginError");
        enter(dialog, u"bob"_s, u"not the password 1"_s);
        QVERIFY(dialog.isVisible());
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), u"The operator name or the password is wrong."_s);
        QVERIFY(field<QLineEdit>(dialog, "password")->text().isEmpty()); // never left on screen
        for (int attempt = 2; attempt <= operators::Authenticator::MaxFailedAttempts; ++attempt)
            enter(dialog, u"bob"_s, u"not the password 1"_s);
        QVERIFY2(error->text().contains(u"locked"_s), qPrintable(error->text()));
        // Locked: the right password is refused too, with the lock-out message.
        enter(dialog, u"bob"_s, TechnicianPassword);
        QVERIFY(dialog.isVisible());
        QVERIFY2(error->text().contains(u"locked"_s), qPrintable(error->text()));
        QVERIFY(!dialog.session().isValid());
    }

    void idleConsoleLocksAndPasswordUnlocks()
    {
        QMainWindow window;
        auto *page = new QLabel(u"page with a running job"_s, &window);
        window.setCentralWidget(page);
        ui::SessionController controller(*m_auth, window, std::chrono::milliseconds(200), *m_clock);
        window.show();
        controller.begin(loginAs(u"alice"_s, EngineerPassword));
        QVERIFY(controller.banner()->isVisible());
        QVERIFY(controller.banner()->text().contains(u"alice"_s));

        // Input restarts the countdown; silence locks.
        QSignalSpy idle(&controller.idleLock(), &ui::IdleLock::idle);
        QVERIFY(controller.idleLock().isArmed());
        QTRY_VERIFY_WITH_TIMEOUT(controller.isLocked(), 5000);
        QCOMPARE(idle.count(), 1);
        QVERIFY(!window.isVisible());
        QPointer<QLabel> stillThere(page);
        QVERIFY(stillThere); // the page was hidden, not destroyed

        ui::LoginDialog *lockScreen = controller.lockScreen();
        QVERIFY(lockScreen);
        QCOMPARE(field<QLineEdit>(*lockScreen, "operatorName")->text(), u"alice"_s);
        // Escape does not dismiss the lock screen.
        lockScreen->reject();
        QVERIFY(controller.isLocked());
        // A wrong password keeps it locked; the right one unlocks.
        enter(*lockScreen, u"alice"_s, u"wrong password 99"_s);
        QVERIFY(controller.isLocked());
        enter(*lockScreen, u"alice"_s, EngineerPassword);
        QVERIFY(!controller.isLocked());
        QVERIFY(window.isVisible());
        QVERIFY(stillThere);
        QVERIFY(controller.idleLock().isArmed());
        controller.end();
    }

    void activityKeepsTheConsoleOpen()
    {
        ui::IdleLock idle(std::chrono::milliseconds(60000));
        QSignalSpy spy(&idle, &ui::IdleLock::idle);
        QWidget widget;
        widget.show();
        idle.arm();
        // Typing restarts the countdown: the time left goes back up.
        QTest::qWait(200);
        const std::chrono::milliseconds before = idle.remaining();
        QVERIFY(before < std::chrono::milliseconds(60000));
        QTest::keyClick(&widget, Qt::Key_A);
        QVERIFY(idle.isArmed());
        QVERIFY2(idle.remaining() > before, "a key press must restart the idle countdown");
        QCOMPARE(spy.count(), 0);
        // Then silence: a short injected interval runs out.
        idle.setInterval(std::chrono::milliseconds(100));
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5000);
        QVERIFY(!idle.isArmed()); // once, until armed again
    }

    void breakGlassShowsRedBannerAndIsAudited()
    {
        ui::LoginDialog dialog(*m_auth, ui::LoginDialog::Mode::Login);
        dialog.show();
        field<QCheckBox>(dialog, "emergency")->setChecked(true);
        QVERIFY(field<QLineEdit>(dialog, "emergencyReason")->isVisible());
        // No reason, no emergency access.
        enter(dialog, u"bob"_s, TechnicianPassword);
        QVERIFY(dialog.isVisible());
        QVERIFY(field<QLabel>(dialog, "loginError")->text().contains(u"reason"_s, Qt::CaseInsensitive));
        field<QLineEdit>(dialog, "emergencyReason")->setText(u"Infusion pump alarm in ICU bed 3"_s);
        field<QSpinBox>(dialog, "emergencyMinutes")->setValue(30);
        enter(dialog, u"bob"_s, TechnicianPassword);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const operators::OperatorSession session = dialog.session();
        QVERIFY(session.emergency);
        QCOMPARE(session.role, Role::ClinicalEngineer);
        QCOMPARE(session.accountRole, Role::FieldTechnician);
        QVERIFY(hasEvent(audit::EventType::EmergencyOverrideStarted, u"bob"_s));

        QMainWindow window;
        window.setCentralWidget(new QLabel(u"page"_s));
        ui::SessionController controller(*m_auth, window, std::chrono::minutes(10), *m_clock);
        window.show();
        controller.begin(session);
        ui::SessionBanner *banner = window.statusBar()->findChild<ui::SessionBanner *>(u"sessionBanner"_s);
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->property("emergency").toBool());
        QVERIFY(banner->styleSheet().contains(u"#b00020"_s));
        QVERIFY(banner->text().contains(u"EMERGENCY"_s));
        QVERIFY(banner->text().contains(u"Infusion pump alarm"_s));

        // Ending the session records the stop, once.
        controller.end();
        QCOMPARE(countEvents(audit::EventType::EmergencyOverrideStopped), 1);
        QVERIFY(!banner->isVisible());
    }

    void persianLoginIsRightToLeftAndTranslated()
    {
        QVERIFY(Translator::install(u"fa"_s));
        QApplication::setLayoutDirection(Qt::RightToLeft);
        ui::LoginDialog dialog(*m_auth, ui::LoginDialog::Mode::Login);
        dialog.show();
        QCOMPARE(dialog.layoutDirection(), Qt::RightToLeft);
        const QString title = dialog.windowTitle();
        QVERIFY2(!title.contains(u"Log in"_s), qPrintable(title));
        QVERIFY2(containsPersian(title), qPrintable(title));
        QVERIFY(containsPersian(field<QCheckBox>(dialog, "emergency")->text()));
        QVERIFY(containsPersian(field<QPushButton>(dialog, "logIn")->text()));
        enter(dialog, u"bob"_s, u"not the password 1"_s);
        QVERIFY(containsPersian(field<QLabel>(dialog, "loginError")->text()));

        ui::SessionBanner banner;
        operators::OperatorSession session;
        session.name = u"bob"_s;
        session.role = Role::FieldTechnician;
        banner.setSession(session);
        QVERIFY2(containsPersian(banner.text()), qPrintable(banner.text()));
    }

private:
    template<typename T> static T *field(QWidget &parent, const char *name)
    {
        T *found = parent.findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no %s", name);
        return found;
    }

    static bool containsPersian(const QString &text)
    {
        for (const QChar c : text)
            if (c.unicode() >= 0x0600 && c.unicode() <= 0x06FF)
                return true;
        return false;
    }

    static void enter(ui::LoginDialog &dialog, const QString &name, const QString &password)
    {
        field<QLineEdit>(dialog, "operatorName")->setText(name);
        QLineEdit *passwordField = field<QLineEdit>(dialog, "password");
        passwordField->setText(password);
        QTest::mouseClick(field<QPushButton>(dialog, "logIn"), Qt::LeftButton);
    }

    operators::OperatorSession loginAs(const QString &name, const QString &password)
    {
        Result<operators::OperatorSession> session = m_auth->login(name, secret(password));
        if (!session)
            qFatal("login failed");
        return *session;
    }

    int countEvents(audit::EventType type) const
    {
        int count = 0;
        for (const audit::AuditEvent &event : m_sink->events)
            count += event.type == type ? 1 : 0;
        return count;
    }

    bool hasEvent(audit::EventType type, const QString &name) const
    {
        for (const audit::AuditEvent &event : m_sink->events)
            if (event.type == type && event.operatorId == name)
                return true;
        return false;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<test::MockClock> m_clock;
    std::unique_ptr<test::RecordingAuditSink> m_sink;
    std::unique_ptr<operators::OperatorStore> m_store;
    std::unique_ptr<operators::Authenticator> m_auth;
};

QTEST_MAIN(TestLogin)
#include "tst_Login.moc"
