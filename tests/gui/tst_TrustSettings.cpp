// Settings → Trust: a root is imported only after its fingerprint is shown and the
// operator confirms (Cancel is the default); it is listed with its kind and
// fingerprint; a local revocation needs a reason and marks it revoked; a CRL from
// a trusted root is imported; every change is audited; without the audit log
// nothing can be changed.
#include "../common/PackageFixture.h"
#include "../common/RecordingAuditSink.h"
#include "console/ConsoleContext.h"
#include "firmware/TrustStore.h"
#include "pages/TrustSettings.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

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

QStringList operations(const test::RecordingAuditSink &sink)
{
    QStringList out;
    for (const audit::AuditEvent &e : sink.events)
        out.append(e.details.value(u"operation"_s).toString());
    return out;
}

} // namespace

class TestTrustSettings : public QObject
{
    Q_OBJECT

    test::PackageFixture m_fx;
    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleContext> m_context;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString error = m_fx.create();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto context = ConsoleContext::start(m_dir.filePath(u"data"_s));
        QVERIFY2(context.ok(), context.ok() ? "" : qPrintable(context.error().toString()));
        m_context = std::move(context).value();
    }

    void importShowsTheFingerprintAndNeedsConfirmation()
    {
        test::RecordingAuditSink sink;
        ui::TrustSettings trust(*m_context);
        trust.setAuditSink(&sink);
        QCOMPARE(trust.roots()->topLevelItemCount(), 0);
        const crypto::Certificate root = m_fx.certificate(u"vendor-root"_s);

        // Cancelled: nothing trusted.
        trust.importRootFile(m_fx.pki().path(u"vendor-root.crt"_s));
        auto *dialog = child<QDialog>(&trust, u"trustRootConfirmation"_s);
        QVERIFY(child<QLabel>(dialog, u"fingerprint"_s)->text().contains(root.fingerprintText()));
        QCOMPARE(child<QLabel>(dialog, u"subject"_s)->text(), root.subject());
        QVERIFY(!child<QPushButton>(dialog, u"confirmTrust"_s)->isDefault());
        dialog->reject();
        QTRY_VERIFY(!trust.findChild<QDialog *>(u"trustRootConfirmation"_s));
        QCOMPARE(trust.roots()->topLevelItemCount(), 0);

        trust.importRootFile(m_fx.pki().path(u"vendor-root.crt"_s));
        dialog = child<QDialog>(&trust, u"trustRootConfirmation"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"confirmTrust"_s), Qt::LeftButton);
        QTRY_COMPARE(trust.roots()->topLevelItemCount(), 1);
        QTRY_VERIFY(!trust.findChild<QDialog *>(u"trustRootConfirmation"_s)); // closed and deleted
        QCOMPARE(trust.roots()->topLevelItem(0)->data(2, Qt::UserRole).toString(), root.fingerprintText());
        QCOMPARE(trust.roots()->topLevelItem(0)->data(4, Qt::UserRole).toBool(), false);

        // The approval root, chosen as such.
        trust.importRootFile(m_fx.pki().path(u"approval-root.crt"_s));
        dialog = child<QDialog>(&trust, u"trustRootConfirmation"_s);
        auto *role = child<QComboBox>(dialog, u"role"_s);
        role->setCurrentIndex(role->findData(int(firmware::TrustRole::Approval)));
        QTest::mouseClick(child<QPushButton>(dialog, u"confirmTrust"_s), Qt::LeftButton);
        QTRY_VERIFY2(trust.roots()->topLevelItemCount() == 2,
                     qPrintable(child<QLabel>(&trust, u"trustStatus"_s)->toolTip()));
        const Result<QList<firmware::TrustAnchor>> anchors =
            firmware::TrustStore(m_context->database(), nullptr).anchors();
        QVERIFY(anchors.ok());
        int approvals = 0;
        for (const firmware::TrustAnchor &a : *anchors)
            approvals += a.role == firmware::TrustRole::Approval ? 1 : 0;
        QCOMPARE(approvals, 1);
        QCOMPARE(operations(sink).count(u"firmware.trust.import_root"_s), 2);

        // A CRL signed by the vendor root.
        trust.importCrlFile(m_fx.pki().path(u"vendor-root.crl"_s));
        QVERIFY2(operations(sink).contains(u"firmware.trust.import_crl"_s),
                 qPrintable(child<QLabel>(&trust, u"trustStatus"_s)->text()));

        // Revoke: a reason is required; the root is then shown revoked.
        trust.roots()->setCurrentItem(trust.roots()->topLevelItem(0));
        trust.revokeSelected();
        dialog = child<QDialog>(&trust, u"trustRevokeConfirmation"_s);
        auto *confirm = child<QPushButton>(dialog, u"confirmRevoke"_s);
        QVERIFY(!confirm->isEnabled());
        child<QLineEdit>(dialog, u"reason"_s)->setText(u"key compromised"_s);
        QVERIFY(confirm->isEnabled());
        const QString revokedFingerprint = trust.roots()->topLevelItem(0)->data(2, Qt::UserRole).toString();
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_VERIFY(operations(sink).contains(u"firmware.trust.revoke"_s));
        bool shownRevoked = false;
        for (int i = 0; i < trust.roots()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = trust.roots()->topLevelItem(i);
            if (item->data(2, Qt::UserRole).toString() == revokedFingerprint)
                shownRevoked = item->data(4, Qt::UserRole).toBool();
        }
        QVERIFY(shownRevoked);
        QVERIFY(child<QLabel>(&trust, u"trustRevocations"_s)->text().contains(u"key compromised"_s));
    }

    void withoutTheAuditLogNothingChanges()
    {
        ui::TrustSettings trust(*m_context);
        QVERIFY(!child<QPushButton>(&trust, u"trustImportRoot"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(&trust, u"trustImportCrl"_s)->isEnabled());
    }
};

QTEST_MAIN(TestTrustSettings)
#include "tst_TrustSettings.moc"
