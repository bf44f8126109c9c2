#include "AboutDialog.h"

#include "WidgetProperties.h"
#include "common/Bidi.h"
#include "crypto/SelfTest.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Pasban"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/icons/pasban.svg"_s).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);

    auto *name = new QLabel(tr("Pasban"), this);
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.8);
    nameFont.setBold(true);
    name->setFont(nameFont);
    name->setAlignment(Qt::AlignCenter);

    auto *purpose = new QLabel(tr("Pasban keeps connected medical devices safe: it finds Bluetooth LE and USB "
                                  "devices, shows how well their patient data is protected, updates them only "
                                  "with signed firmware, and records every security-relevant action in an "
                                  "encrypted, tamper-evident audit log."),
                               this);
    purpose->setWordWrap(true);

    auto *versions = new QLabel(this);
    versions->setProperty(IdentifierProperty, true);
    versions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    versions->setText(
        tr("Version %1").arg(ltrIsolate(QStringLiteral(PASBAN_VERSION))) + u"<br>"_s
        + tr("Built with %1 and %2")
              .arg(ltrIsolate(u"Qt "_s + QString::fromLatin1(qVersion())), ltrIsolate(crypto::opensslVersion())));
    versions->setAlignment(Qt::AlignCenter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(icon);
    layout->addWidget(name);
    layout->addWidget(purpose);
    layout->addWidget(versions);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace pasban::ui
