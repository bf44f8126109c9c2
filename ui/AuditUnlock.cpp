#include "AuditUnlock.h"

#include "console/AuditTrail.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

namespace {

std::optional<QString> askPassphrase(QWidget *parent, const QString &label)
{
    bool ok = false;
    const QString passphrase =
        QInputDialog::getText(parent, QCoreApplication::translate("pasban::ui::AuditUnlock", "Unlock the audit log"),
                              label, QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return passphrase;
}

void showError(QWidget *parent, const Error &error)
{
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("pasban::ui::AuditUnlock", "Audit log"),
                    error.message(), QMessageBox::Ok, parent);
    box.setDetailedText(error.code() + (error.detail().isEmpty() ? QString() : u"\n"_s + error.detail()));
    box.exec();
}

} // namespace

bool unlockAuditTrail(AuditTrail &trail, const audit::AuditOpener::Request &request, QWidget *parent)
{
    Status opened = trail.open(request);
    while (!opened) {
        const QString code = opened.error().code();
        const bool create = code == u"audit.no_key_source"_s;
        if (code == u"audit.wrong_passphrase"_s || code == u"audit.passphrase_empty"_s)
            showError(parent, opened.error());
        else if (!create && code != u"audit.passphrase_required"_s) {
            showError(parent, opened.error()); // not something a passphrase fixes
            return false;
        }
        const std::optional<QString> passphrase =
            askPassphrase(parent,
                          create ? QCoreApplication::translate(
                              "pasban::ui::AuditUnlock",
                              "This computer has no system keystore. Choose a passphrase to protect the audit log:")
                                 : QCoreApplication::translate("pasban::ui::AuditUnlock", "Audit log passphrase:"));
        if (!passphrase)
            return false;
        if (create) {
            const std::optional<QString> again = askPassphrase(
                parent, QCoreApplication::translate("pasban::ui::AuditUnlock", "Type the passphrase again:"));
            if (!again)
                return false;
            if (*again != *passphrase) {
                QMessageBox::warning(parent, QCoreApplication::translate("pasban::ui::AuditUnlock", "Audit log"),
                                     QCoreApplication::translate("pasban::ui::AuditUnlock",
                                                                 "The two passphrases differ. Nothing was created."));
                continue;
            }
        }
        audit::AuditOpener::Request retry = request;
        retry.passphrase = crypto::SecureBytes::fromUtf8(*passphrase);
        opened = trail.open(std::move(retry));
    }
    return trail.state() == AuditTrail::State::Recording;
}

} // namespace pasban::ui
