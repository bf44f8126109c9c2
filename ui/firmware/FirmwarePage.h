#pragma once

#include "firmware/PackageLibrary.h"
#include "operators/Role.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace pasban {
class ConsoleContext;
}
namespace pasban::audit {
class AuditSink;
}

namespace pasban::ui {

class OperatorAccess;
class PackageTableModel;
class PushDialog;
class VerificationChecksView;

// Firmware page: the package library (core/firmware/PackageLibrary) with Import…
// (every verification check shown before the package is kept), an explicit,
// audited override for unverified images, Remove, and the push wizard. Changes
// are made only while the audit log records them. With operator accounts the
// operator's role decides (core's AccessControl): the unverified import needs a
// second clinical engineer's approval, and an operator who may push approved
// packages only is offered only those, checked for the approval again at push.
class FirmwarePage : public QWidget
{
    Q_OBJECT
public:
    FirmwarePage(ConsoleContext &context, audit::AuditSink *sink, QWidget *parent = nullptr);
    ~FirmwarePage() override;

    // Who is logged in (recorded with each change); empty until the login screen exists.
    void setOperator(const QString &operatorId) { m_operator = operatorId; }
    // Who is at the keyboard (null: no accounts, everything allowed); follows log-ins
    // and names the operator in every change.
    void setOperatorAccess(OperatorAccess *access);

    // Each opens its dialog (window-modal, not blocking) for the file.
    void importPackageFile(const QString &path);
    void importUnverifiedFile(const QString &path);
    void removePackage(const QString &packageId);
    PushDialog *openPushWizard(const QString &packageId = {});

    void reload();
    [[nodiscard]] PackageTableModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QString selectedPackageId() const;

Q_SIGNALS:
    void libraryChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] firmware::PackageLibrary library(firmware::TrustSnapshot trust = {}) const;
    [[nodiscard]] bool mayDo(operators::Permission permission, const QString &headline);
    void showError(const QString &headline, const Error &error);
    void updateActions();
    void retranslate();

    ConsoleContext &m_context;
    audit::AuditSink *m_sink;
    QString m_operator;
    QPointer<OperatorAccess> m_access;
    PackageTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLabel *m_auditNote;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_importButton;
    QPushButton *m_importUnverifiedButton;
    QPushButton *m_removeButton;
    QPushButton *m_pushButton;
    QPointer<PushDialog> m_push;
};

} // namespace pasban::ui
