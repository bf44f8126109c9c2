#pragma once

#include "firmware/PackageLibrary.h"

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

class PackageTableModel;
class PushDialog;
class VerificationChecksView;

// Firmware page: the package library (core/firmware/PackageLibrary) with Import…
// (every verification check shown before the package is kept), an explicit,
// audited override for unverified images, Remove, and the push wizard. Changes
// are made only while the audit log records them.
class FirmwarePage : public QWidget
{
    Q_OBJECT
public:
    FirmwarePage(ConsoleContext &context, audit::AuditSink *sink, QWidget *parent = nullptr);
    ~FirmwarePage() override;

    // Who is logged in (recorded with each change); empty until the login screen exists.
    void setOperator(const QString &operatorId) { m_operator = operatorId; }

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
    void showError(const QString &headline, const Error &error);
    void updateActions();
    void retranslate();

    ConsoleContext &m_context;
    audit::AuditSink *m_sink;
    QString m_operator;
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
