// Settings → Forwarding: the fields load from and save to the typed settings, a
// change is recorded as an audit event before it is applied, and a change that
// cannot be recorded is refused.
#include "audit/AuditLog.h"
#include "audit/AuditSink.h"
#include "audit/PassphraseKeyStore.h"
#include "audit/forward/SyslogForwarder.h"
#include "common/Settings.h"
#include "pages/ForwardingSettings.h"
#include "storage/ConsoleSchema.h"

#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;

namespace {

class RecordingSink final : public audit::AuditSink
{
public:
    Result<quint64> record(const audit::AuditEvent &event) override
    {
        if (refuse)
            return Error(u"audit.closed"_s, QT_TRANSLATE_NOOP("pasban::Error", "The audit log is closed."));
        events.append(event);
        return quint64(events.size());
    }
    QList<audit::AuditEvent> events;
    bool refuse = false;
};

template<typename T> T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qFatal("no child %s", qPrintable(name));
    return widget;
}

} // namespace

class TestForwardingSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s));
        m_settings->setValue(Settings::Key::ForwardingHost, u"old.example.org"_s);
    }

    void cleanup() { m_settings.reset(); }

    void loadsEditsAndRecordsBeforeApplying()
    {
        ui::ForwardingSettings widget(*m_settings);
        RecordingSink sink;
        widget.setAuditSink(&sink);
        QCOMPARE(child<QLineEdit>(&widget, u"forwardingHost"_s)->text(), u"old.example.org"_s);
        QCOMPARE(child<QSpinBox>(&widget, u"forwardingPort"_s)->value(), 6514);
        QVERIFY(!child<QPushButton>(&widget, u"forwardingApply"_s)->isEnabled());

        child<QCheckBox>(&widget, u"forwardingEnabled"_s)->setChecked(true);
        child<QLineEdit>(&widget, u"forwardingHost"_s)->setText(u"  siem.example.org "_s);
        child<QSpinBox>(&widget, u"forwardingPort"_s)->setValue(10514);
        child<QLineEdit>(&widget, u"forwardingCaFile"_s)->setText(u"/etc/pasban/ca.pem"_s);
        QVERIFY(child<QPushButton>(&widget, u"forwardingApply"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(&widget, u"forwardingApply"_s), Qt::LeftButton);

        QCOMPARE(m_settings->value(Settings::Key::ForwardingEnabled).toBool(), true);
        QCOMPARE(m_settings->value(Settings::Key::ForwardingHost).toString(), u"siem.example.org"_s);
        QCOMPARE(m_settings->value(Settings::Key::ForwardingPort).toInt(), 10514);
        QCOMPARE(m_settings->value(Settings::Key::ForwardingCaFile).toString(), u"/etc/pasban/ca.pem"_s);
        QCOMPARE(sink.events.size(), 1);
        const audit::AuditEvent &event = sink.events.first();
        QCOMPARE(event.type, audit::EventType::NetworkConfiguration);
        QCOMPARE(event.action, audit::Action::Update);
        QCOMPARE(event.details[u"changed"_s].toArray(), (QJsonArray {u"enabled"_s, u"host"_s, u"port"_s, u"caFile"_s}));
        QCOMPARE(event.details[u"destination"_s].toString(), u"siem.example.org:10514"_s);
        QVERIFY(!child<QPushButton>(&widget, u"forwardingApply"_s)->isEnabled());

        // The saved values survive a new widget (and a new Settings object).
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s));
        ui::ForwardingSettings reloaded(*m_settings);
        QCOMPARE(child<QLineEdit>(&reloaded, u"forwardingHost"_s)->text(), u"siem.example.org"_s);
        QCOMPARE(child<QSpinBox>(&reloaded, u"forwardingPort"_s)->value(), 10514);
        QVERIFY(child<QCheckBox>(&reloaded, u"forwardingEnabled"_s)->isChecked());
    }

    void unrecordedChangeIsRefused()
    {
        ui::ForwardingSettings widget(*m_settings);
        RecordingSink sink;
        sink.refuse = true;
        widget.setAuditSink(&sink);
        child<QLineEdit>(&widget, u"forwardingHost"_s)->setText(u"evil.example.org"_s);
        QVERIFY(!widget.apply());
        QCOMPARE(m_settings->value(Settings::Key::ForwardingHost).toString(), u"old.example.org"_s);
        QVERIFY(!child<QLabel>(&widget, u"forwardingTestResult"_s)->text().isEmpty());
    }

    void testConnectionReportsAnIncompleteSetup()
    {
        ui::ForwardingSettings widget(*m_settings);
        QPushButton *test = child<QPushButton>(&widget, u"forwardingTest"_s);
        QVERIFY(test->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);
        QLabel *result = child<QLabel>(&widget, u"forwardingTestResult"_s);
        // No CA, certificate or key chosen: refused before any connection.
        QTRY_VERIFY(test->isEnabled());
        QVERIFY(result->text().contains(u"not fully set up"_s));
    }

    void showsTheForwardersRealState()
    {
        Result<storage::Database> stateDb = storage::openConsoleDatabase(m_dir.filePath(u"pasban.sqlite"_s));
        Result<storage::Database> logDb = storage::openConsoleDatabase(m_dir.filePath(u"pasban.sqlite"_s));
        QVERIFY(stateDb.ok() && logDb.ok());
        audit::PassphraseKeyStore keys(crypto::SecureBytes::fromUtf8(u"secret"), {1u << 10, 8, 1});
        audit::AuditLog::Options options;
        options.create = true;
        std::unique_ptr<audit::AuditLog> log = audit::AuditLog::open(std::move(logDb).value(), keys, options).value();
        audit::forward::SyslogForwarder forwarder(*log, *stateDb, {});

        ui::ForwardingSettings widget(*m_settings);
        widget.setForwarder(&forwarder);
        QLabel *state = child<QLabel>(&widget, u"forwardingState"_s);
        QCOMPARE(state->text(), u"Forwarding: off"_s);

        // Switched on with certificate files that do not exist: an error, with the reason.
        child<QCheckBox>(&widget, u"forwardingEnabled"_s)->setChecked(true);
        child<QLineEdit>(&widget, u"forwardingCaFile"_s)->setText(m_dir.filePath(u"missing-ca.pem"_s));
        child<QLineEdit>(&widget, u"forwardingCertificateFile"_s)->setText(m_dir.filePath(u"missing.pem"_s));
        child<QLineEdit>(&widget, u"forwardingKeyFile"_s)->setText(m_dir.filePath(u"missing.key"_s));
        QVERIFY(widget.apply());
        QCOMPARE(forwarder.status().state, audit::forward::ForwardStatus::State::Failed);
        QCOMPARE(forwarder.status().error->code(), u"forward.file"_s);
        QVERIFY(state->text().startsWith(u"Forwarding: error\n"_s));
        QVERIFY(state->text().contains(u"missing-ca.pem"_s));

        // Switched off again.
        child<QCheckBox>(&widget, u"forwardingEnabled"_s)->setChecked(false);
        QVERIFY(widget.apply());
        QCOMPARE(state->text(), u"Forwarding: off"_s);
        widget.setForwarder(nullptr);
    }

    void invalidStoredPortReadsAsDefault()
    {
        m_settings->setValue(Settings::Key::ForwardingPort, u"70000"_s);
        QCOMPARE(m_settings->value(Settings::Key::ForwardingPort).toInt(), 6514);
        m_settings->setValue(Settings::Key::ForwardingHost, u"bad\nhost"_s);
        QCOMPARE(m_settings->value(Settings::Key::ForwardingHost).toString(), QString());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
};

QTEST_MAIN(TestForwardingSettings)
#include "tst_ForwardingSettings.moc"
