#pragma once

#include "common/Error.h"

#include <QGroupBox>
#include <QPointer>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace pasban {
class ConsoleContext;
}
namespace pasban::audit {
class AuditSink;
}

namespace pasban::ui {

class OperatorAccess;

// Settings → Trust: the firmware trust store (core/firmware/TrustStore). Lists the
// roots (subject, vendor or hospital approval, SHA-256 fingerprint, validity,
// revoked); Import root… shows the certificate's fingerprint and asks the operator
// to compare and confirm; Revoke (a local revocation with a reason); Import CRL….
// TrustStore records every change in the audit log before making it, so changes
// are offered only while the log records. With operator accounts, changes need
// the "manage the trust store" permission, and a new root a second clinical
// engineer's approval (SecondApprovalDialog) before it is imported.
class TrustSettings : public QGroupBox
{
    Q_OBJECT
public:
    explicit TrustSettings(ConsoleContext &context, QWidget *parent = nullptr);

    void setAuditSink(audit::AuditSink *sink);
    void setOperator(const QString &operatorId) { m_operator = operatorId; }
    // Who is at the keyboard (null: no accounts, everything allowed); follows log-ins.
    void setOperatorAccess(OperatorAccess *access);

    // Each opens its confirmation dialog (window-modal, not blocking).
    void importRootFile(const QString &path);
    void importCrlFile(const QString &path);
    void revokeSelected();

    void reload();
    [[nodiscard]] QTreeWidget *roots() const { return m_roots; }

protected:
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] bool mayChange();
    void showError(const QString &headline, const Error &error);
    void showDone(const QString &text);
    void updateActions();
    void retranslate();

    ConsoleContext &m_context;
    audit::AuditSink *m_sink = nullptr;
    QString m_operator;
    QPointer<OperatorAccess> m_access;
    QLabel *m_hint;
    QTreeWidget *m_roots;
    QLabel *m_revocations;
    QLabel *m_status;
    QPushButton *m_importRoot;
    QPushButton *m_revoke;
    QPushButton *m_importCrl;
};

} // namespace pasban::ui
