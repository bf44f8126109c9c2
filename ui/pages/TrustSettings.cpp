#include "TrustSettings.h"

#include "console/ConsoleContext.h"
#include "crypto/Certificate.h"
#include "firmware/TrustStore.h"
#include "operators/OperatorAccess.h"
#include "operators/SecondApprovalDialog.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

namespace {

constexpr qint64 MaxCertificateFileSize = 1024 * 1024;

QString isolate(const QString &text)
{
    return QChar(0x2066) + text + QChar(0x2069);
}

QByteArray readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxCertificateFileSize)
        return {};
    return file.readAll();
}

} // namespace

TrustSettings::TrustSettings(ConsoleContext &context, QWidget *parent)
    : QGroupBox(parent)
    , m_context(context)
    , m_hint(new QLabel(this))
    , m_roots(new QTreeWidget(this))
    , m_revocations(new QLabel(this))
    , m_status(new QLabel(this))
    , m_importRoot(new QPushButton(this))
    , m_revoke(new QPushButton(this))
    , m_importCrl(new QPushButton(this))
{
    setObjectName(u"trustSettings"_s);
    m_hint->setWordWrap(true);
    m_roots->setObjectName(u"trustRoots"_s);
    m_roots->setRootIsDecorated(false);
    m_roots->setColumnCount(5);
    m_roots->header()->setStretchLastSection(false);
    m_roots->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_roots->setMinimumHeight(120);
    m_revocations->setObjectName(u"trustRevocations"_s);
    m_revocations->setWordWrap(true);
    m_status->setObjectName(u"trustStatus"_s);
    m_status->setWordWrap(true);
    m_importRoot->setObjectName(u"trustImportRoot"_s);
    m_revoke->setObjectName(u"trustRevoke"_s);
    m_importCrl->setObjectName(u"trustImportCrl"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_importRoot);
    buttons->addWidget(m_revoke);
    buttons->addWidget(m_importCrl);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_roots);
    layout->addLayout(buttons);
    layout->addWidget(m_revocations);
    layout->addWidget(m_status);

    connect(m_importRoot, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import root certificate"), {},
                                                          tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        if (!path.isEmpty())
            importRootFile(path);
    });
    connect(m_importCrl, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import revocation list"), {},
                                                          tr("Revocation lists (*.crl *.pem *.der);;All files (*)"));
        if (!path.isEmpty())
            importCrlFile(path);
    });
    connect(m_revoke, &QPushButton::clicked, this, &TrustSettings::revokeSelected);
    connect(m_roots, &QTreeWidget::itemSelectionChanged, this, &TrustSettings::updateActions);
    retranslate();
    reload();
}

void TrustSettings::setAuditSink(audit::AuditSink *sink)
{
    m_sink = sink;
    updateActions();
}

void TrustSettings::setOperatorAccess(OperatorAccess *access)
{
    const auto follow = [this] {
        m_operator = m_access ? m_access->operatorName() : QString();
        updateActions();
    };
    OperatorAccess::follow(m_access, access, this, follow);
    follow();
}

void TrustSettings::updateActions()
{
    using operators::Permission;
    const bool recording = m_sink != nullptr;
    OperatorAccess::gate(m_access, m_importRoot, Permission::ManageTrustStore, recording);
    OperatorAccess::gate(m_access, m_importCrl, Permission::ManageTrustStore, recording);
    OperatorAccess::gate(m_access, m_revoke, Permission::ManageTrustStore,
                         recording && m_roots->currentItem() != nullptr);
    m_hint->setText(recording ? tr("Packages are trusted only when their signatures chain to a root listed here. "
                                   "Every change is recorded in the audit log.")
                              : tr("The audit log is not recording, so the trust store cannot be changed. Unlock "
                                   "the audit log to make changes."));
}

void TrustSettings::reload()
{
    const firmware::TrustStore store(m_context.database(), nullptr);
    const Result<QList<firmware::TrustAnchor>> anchors = store.anchors();
    const Result<QList<firmware::LocalRevocation>> revoked = store.revocations();
    const Result<QList<crypto::CertificateRevocationList>> crls = store.crls();
    m_roots->clear();
    if (!anchors || !revoked || !crls) {
        showError(tr("The trust store could not be read."),
                  !anchors ? anchors.error() : (!revoked ? revoked.error() : crls.error()));
        updateActions();
        return;
    }
    QSet<QByteArray> revokedFingerprints;
    for (const firmware::LocalRevocation &r : *revoked)
        revokedFingerprints.insert(r.fingerprint);
    const QLocale locale;
    for (const firmware::TrustAnchor &a : *anchors) {
        auto *item = new QTreeWidgetItem(m_roots);
        const bool isRevoked = revokedFingerprints.contains(a.certificate.fingerprintSha256());
        item->setText(0, a.certificate.subject());
        item->setText(1, a.role == firmware::TrustRole::Vendor ? tr("Vendor") : tr("Hospital approval"));
        item->setText(2, isolate(a.certificate.fingerprintText()));
        item->setData(2, Qt::UserRole, a.certificate.fingerprintText());
        item->setText(3,
                      tr("%1 to %2")
                          .arg(locale.toString(a.certificate.notBefore().toLocalTime().date(), QLocale::ShortFormat),
                               locale.toString(a.certificate.notAfter().toLocalTime().date(), QLocale::ShortFormat)));
        item->setIcon(4,
                      style()->standardIcon(isRevoked ? QStyle::SP_MessageBoxCritical : QStyle::SP_DialogApplyButton));
        item->setText(4, isRevoked ? tr("Revoked") : tr("Trusted"));
        item->setData(4, Qt::UserRole, isRevoked);
    }
    QStringList lines;
    for (const firmware::LocalRevocation &r : *revoked)
        lines.append(tr("Revoked here: %1 (%2)")
                         .arg(isolate(QString::fromLatin1(r.fingerprint.toHex(':').toUpper())),
                              r.reason.isEmpty() ? tr("no reason given") : r.reason));
    for (const crypto::CertificateRevocationList &c : *crls)
        lines.append(
            tr("Revocation list from %1: %n certificate(s) revoked", nullptr, int(c.revokedCount())).arg(c.issuer()));
    m_revocations->setText(lines.join(u'\n'));
    m_revocations->setVisible(!lines.isEmpty());
    updateActions();
}

bool TrustSettings::mayChange()
{
    // Core decides, and records a refusal (the buttons are disabled for it already).
    if (!m_access)
        return true;
    if (const Status allowed = m_access->check(operators::Permission::ManageTrustStore); !allowed) {
        showError(tr("The trust store was not changed."), allowed.error());
        return false;
    }
    return true;
}

void TrustSettings::showError(const QString &headline, const Error &error)
{
    m_status->setText(headline + u' ' + error.message());
    m_status->setToolTip(error.code());
}

void TrustSettings::showDone(const QString &text)
{
    m_status->setText(text);
    m_status->setToolTip({});
}

void TrustSettings::importRootFile(const QString &path)
{
    const Result<crypto::Certificate> certificate = crypto::Certificate::fromBytes(readSmallFile(path));
    if (!certificate) {
        showError(tr("The file is not a certificate Pasban can read."), certificate.error());
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"trustRootConfirmation"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Trust a root certificate"));
    auto *explanation = new QLabel(tr("Compare the fingerprint with the one the issuer gave you (by telephone or on "
                                      "paper, not in the same e-mail as the file). Every package signed under this "
                                      "root will be accepted for the devices it names."),
                                   dialog);
    explanation->setWordWrap(true);
    auto *subject = new QLabel(certificate->subject(), dialog);
    subject->setObjectName(u"subject"_s);
    auto *fingerprint = new QLabel(isolate(certificate->fingerprintText()), dialog);
    fingerprint->setObjectName(u"fingerprint"_s);
    fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    fingerprint->setWordWrap(true);
    auto *role = new QComboBox(dialog);
    role->setObjectName(u"role"_s);
    role->addItem(tr("Vendor (signs firmware packages)"), int(firmware::TrustRole::Vendor));
    role->addItem(tr("Hospital approval (releases packages to technicians)"), int(firmware::TrustRole::Approval));
    auto *form = new QFormLayout;
    form->addRow(tr("Subject:"), subject);
    form->addRow(tr("SHA-256 fingerprint:"), fingerprint);
    form->addRow(tr("Trust as:"), role);
    auto *buttonBox = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *trust = buttonBox->addButton(tr("Trust this root"), QDialogButtonBox::AcceptRole);
    trust->setObjectName(u"confirmTrust"_s);
    buttonBox->button(QDialogButtonBox::Cancel)->setDefault(true);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttonBox);
    connect(buttonBox, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttonBox, &QDialogButtonBox::accepted, dialog, [this, dialog, role, cert = *certificate] {
        const auto trustRole = firmware::TrustRole(role->currentData().toInt());
        dialog->accept();
        if (!mayChange())
            return;
        // The two-person rule: a second clinical engineer approves before it is kept.
        SecondApprovalDialog::request(
            m_access, operators::Permission::ManageTrustStore, this, [this, cert, trustRole](const QString &) {
                firmware::TrustStore store(m_context.database(), m_sink);
                if (const Status imported = store.importRoot(cert, trustRole, m_operator); !imported)
                    showError(tr("The root was not imported."), imported.error());
                else
                    showDone(tr("Trusted: %1").arg(cert.subject()));
                reload();
            });
    });
    dialog->open();
}

void TrustSettings::importCrlFile(const QString &path)
{
    const Result<crypto::CertificateRevocationList> crl =
        crypto::CertificateRevocationList::fromBytes(readSmallFile(path));
    if (!crl) {
        showError(tr("The file is not a revocation list Pasban can read."), crl.error());
        return;
    }
    if (!mayChange())
        return;
    firmware::TrustStore store(m_context.database(), m_sink);
    if (const Status imported = store.importCrl(*crl, m_operator); !imported)
        showError(tr("The revocation list was not imported."), imported.error());
    else
        showDone(tr("Revocation list imported from %1.").arg(crl->issuer()));
    reload();
}

void TrustSettings::revokeSelected()
{
    const QTreeWidgetItem *item = m_roots->currentItem();
    if (!item)
        return;
    const QString fingerprintText = item->data(2, Qt::UserRole).toString();
    const QString subjectText = item->text(0);
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"trustRevokeConfirmation"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Revoke a root"));
    auto *text = new QLabel(tr("Revoke %1? Packages signed under it will be refused from now on, also for pushes "
                               "already prepared.")
                                .arg(subjectText),
                            dialog);
    text->setWordWrap(true);
    auto *reason = new QLineEdit(dialog);
    reason->setObjectName(u"reason"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("Reason (required):"), reason);
    auto *buttonBox = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *revoke = buttonBox->addButton(tr("Revoke"), QDialogButtonBox::AcceptRole);
    revoke->setObjectName(u"confirmRevoke"_s);
    revoke->setEnabled(false);
    buttonBox->button(QDialogButtonBox::Cancel)->setDefault(true);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttonBox);
    connect(reason, &QLineEdit::textChanged, revoke,
            [revoke](const QString &t) { revoke->setEnabled(!t.trimmed().isEmpty()); });
    connect(buttonBox, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttonBox, &QDialogButtonBox::accepted, dialog, [this, dialog, reason, fingerprintText, subjectText] {
        if (!mayChange()) {
            dialog->accept();
            return;
        }
        firmware::TrustStore store(m_context.database(), m_sink);
        if (const Status revoked =
                store.revokeFingerprint(firmware::parseFingerprint(fingerprintText), reason->text(), m_operator);
            !revoked)
            showError(tr("The root was not revoked."), revoked.error());
        else
            showDone(tr("Revoked: %1").arg(subjectText));
        reload();
        dialog->accept();
    });
    dialog->open();
}

void TrustSettings::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QGroupBox::changeEvent(event);
}

void TrustSettings::retranslate()
{
    setTitle(tr("Firmware trust"));
    m_roots->setHeaderLabels({tr("Subject"), tr("Kind"), tr("SHA-256 fingerprint"), tr("Valid"), tr("State")});
    m_importRoot->setText(tr("Import root…"));
    m_revoke->setText(tr("Revoke…"));
    m_importCrl->setText(tr("Import CRL…"));
    updateActions();
}

} // namespace pasban::ui
