#include "FirmwarePage.h"
#include "PageTitle.h"

#include "PackageTableModel.h"
#include "PushDialog.h"
#include "VerificationChecksView.h"
#include "console/ConsoleContext.h"
#include "firmware/FirmwarePackage.h"
#include "firmware/PackageVerifier.h"
#include "firmware/TrustStore.h"
#include "operators/OperatorAccess.h"
#include "operators/SecondApprovalDialog.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

FirmwarePage::FirmwarePage(ConsoleContext &context, audit::AuditSink *sink, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_sink(sink)
    , m_model(new PackageTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_title(new QLabel(this))
    , m_auditNote(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(m_stack))
    , m_table(new QTableView(m_stack))
    , m_status(new QLabel(this))
    , m_importButton(new QPushButton(this))
    , m_importUnverifiedButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
    , m_pushButton(new QPushButton(this))
{
    makePageTitle(m_title);
    m_auditNote->setObjectName(u"auditNote"_s);
    m_auditNote->setWordWrap(true);
    m_auditNote->setVisible(!m_sink);
    m_empty->setObjectName(u"emptyState"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_importButton->setObjectName(u"importButton"_s);
    m_importUnverifiedButton->setObjectName(u"importUnverifiedButton"_s);
    m_removeButton->setObjectName(u"removeButton"_s);
    m_pushButton->setObjectName(u"pushButton"_s);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::EditRole);
    m_table->setObjectName(u"packageTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_table);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_importUnverifiedButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    buttons->addWidget(m_pushButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_auditNote);
    layout->addLayout(buttons);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);

    connect(m_importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import firmware package"), {},
                                                          tr("Pasban firmware packages (*.pasbanpkg);;All files (*)"));
        if (!path.isEmpty())
            importPackageFile(path);
    });
    connect(m_importUnverifiedButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import unverified image"), {},
                                         tr("MCUboot images and Nordic DFU packages (*.bin *.zip);;All files (*)"));
        if (!path.isEmpty())
            importUnverifiedFile(path);
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] { removePackage(selectedPackageId()); });
    connect(m_pushButton, &QPushButton::clicked, this, [this] { openPushWizard(selectedPackageId()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FirmwarePage::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, [this] { openPushWizard(selectedPackageId()); });

    retranslate();
    reload();
}

FirmwarePage::~FirmwarePage() = default;

firmware::PackageLibrary FirmwarePage::library(firmware::TrustSnapshot trust) const
{
    return firmware::PackageLibrary(m_context.database(),
                                    firmware::PackageLibrary::folderIn(m_context.dataDirectory().path()),
                                    std::move(trust), m_sink);
}

void FirmwarePage::reload()
{
    const Result<QList<firmware::LibraryEntry>> entries = library().list();
    if (!entries) {
        showError(tr("The firmware library could not be read."), entries.error());
        m_model->setEntries({});
    } else {
        m_model->setEntries(*entries);
    }
    m_table->resizeColumnsToContents();
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_empty) : m_table);
    updateActions();
}

QString FirmwarePage::selectedPackageId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(PackageTableModel::PackageIdRole).toString();
}

void FirmwarePage::setOperatorAccess(OperatorAccess *access)
{
    const auto follow = [this] {
        m_operator = m_access ? m_access->operatorName() : QString();
        updateActions();
    };
    OperatorAccess::follow(m_access, access, this, follow);
    follow();
}

void FirmwarePage::updateActions()
{
    using operators::Permission;
    const bool recording = m_sink != nullptr;
    const QString selected = selectedPackageId();
    m_importButton->setEnabled(recording);
    OperatorAccess::gate(m_access, m_importUnverifiedButton, Permission::ImportUnverifiedPackage, recording);
    m_removeButton->setEnabled(recording && !selected.isEmpty());
    OperatorAccess::gate(m_access, m_pushButton, Permission::PushApprovedPackage, recording && m_model->rowCount() > 0);
}

bool FirmwarePage::mayDo(operators::Permission permission, const QString &headline)
{
    // Core decides, and records a refusal (the button is disabled for it already).
    if (!m_access)
        return true;
    if (const Status allowed = m_access->check(permission); !allowed) {
        showError(headline, allowed.error());
        return false;
    }
    return true;
}

void FirmwarePage::showError(const QString &headline, const Error &error)
{
    m_status->setText(headline + u' ' + error.message());
    m_status->setToolTip(error.code());
}

void FirmwarePage::importPackageFile(const QString &path)
{
    // First every check, shown to the operator; the library verifies again when it
    // keeps the package, so nothing unverified slips in between.
    Result<firmware::TrustSnapshot> trust = firmware::TrustStore(m_context.database(), nullptr).snapshot();
    if (!trust) {
        showError(tr("The trust store could not be read."), trust.error());
        return;
    }
    QFile file(path);
    QByteArray bytes;
    if (file.open(QIODevice::ReadOnly) && file.size() <= firmware::PackageLibrary::MaxPackageFileSize)
        bytes = file.readAll();
    const Result<firmware::FirmwarePackage> package = firmware::FirmwarePackage::parse(bytes);
    if (!package) {
        showError(tr("%1 is not a firmware package Pasban can read.").arg(QFileInfo(path).fileName()), package.error());
        return;
    }
    firmware::TargetDevice device;
    const firmware::PackageManifest &manifest = package->manifest();
    if (!manifest.targets.isEmpty()) {
        device.model = manifest.targets.first().model;
        device.hardwareRevision = manifest.targets.first().hardwareRevisions.value(0);
    }
    const firmware::VerificationReport report =
        firmware::PackageVerifier(*trust, nullptr).verify(*package, device, std::nullopt);

    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"importReport"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Verification of %1").arg(manifest.packageId));
    auto *summary = new QLabel(dialog);
    summary->setObjectName(u"summary"_s);
    summary->setWordWrap(true);
    summary->setText(report.passed() ? tr("Every check passed. Package %1 from %2, version %3.")
                                           .arg(manifest.packageId, manifest.vendor, manifest.version.toString())
                                     : tr("The package failed verification and cannot be imported."));
    auto *checks = new VerificationChecksView(dialog);
    checks->setReport(report);
    auto *buttonBox = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *importButton = buttonBox->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    importButton->setObjectName(u"confirmImport"_s);
    importButton->setEnabled(report.passed());
    buttonBox->button(QDialogButtonBox::Cancel)->setDefault(true);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(summary);
    layout->addWidget(checks, 1);
    layout->addWidget(buttonBox);
    dialog->resize(720, 420);
    connect(buttonBox, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttonBox, &QDialogButtonBox::accepted, dialog, [this, dialog, path, snapshot = *trust] {
        firmware::PackageLibrary lib = library(snapshot);
        const Result<firmware::LibraryEntry> entry = lib.importPackage(path, m_operator);
        if (!entry) {
            showError(tr("The package was not imported."), entry.error());
        } else {
            m_status->setText(tr("Imported %1, version %2.").arg(entry->packageId, entry->version.toString()));
            m_status->setToolTip({});
            reload();
            Q_EMIT libraryChanged();
        }
        dialog->accept();
    });
    dialog->open();
}

void FirmwarePage::importUnverifiedFile(const QString &path)
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"unverifiedWarning"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Import an unverified image"));
    auto *icon = new QLabel(dialog);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    auto *warning = new QLabel(dialog);
    warning->setWordWrap(true);
    warning->setText(tr("%1 has no signed manifest. Pasban cannot tell who built it, whether it was changed, or "
                        "which devices it is meant for. A device that runs firmware from an unknown source may "
                        "harm patients. Import it only if you know where it comes from; the import and your reason "
                        "are recorded in the audit log.")
                         .arg(QFileInfo(path).fileName()));
    auto *reason = new QLineEdit(dialog);
    reason->setObjectName(u"reason"_s);
    auto *models = new QLineEdit(dialog);
    models->setObjectName(u"models"_s);
    models->setPlaceholderText(tr("e.g. PX-100, PX-200"));
    auto *form = new QFormLayout;
    form->addRow(tr("Reason (required):"), reason);
    form->addRow(tr("Device models:"), models);
    auto *buttonBox = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *importButton = buttonBox->addButton(tr("Import unverified"), QDialogButtonBox::AcceptRole);
    importButton->setObjectName(u"confirmImport"_s);
    importButton->setEnabled(false);
    buttonBox->button(QDialogButtonBox::Cancel)->setDefault(true);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(warning, 1);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(buttonBox);
    connect(reason, &QLineEdit::textChanged, importButton,
            [importButton](const QString &text) { importButton->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttonBox, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttonBox, &QDialogButtonBox::accepted, dialog, [this, dialog, path, reason, models] {
        QStringList modelList;
        for (const QString &m : models->text().split(u',', Qt::SkipEmptyParts))
            modelList.append(m.trimmed());
        const QString why = reason->text();
        dialog->accept();
        if (!mayDo(operators::Permission::ImportUnverifiedPackage, tr("The image was not imported.")))
            return;
        // The two-person rule: a second clinical engineer approves before it is kept.
        SecondApprovalDialog::request(
            m_access, operators::Permission::ImportUnverifiedPackage, this,
            [this, path, why, modelList](const QString &) {
                const Result<firmware::LibraryEntry> entry =
                    library().importUnverifiedImage(path, why, modelList, m_operator);
                if (!entry) {
                    showError(tr("The image was not imported."), entry.error());
                    return;
                }
                m_status->setText(entry->origin == u"nordic-dfu-zip"_s
                                      ? tr("Imported the unverified application image of the Nordic DFU package as "
                                           "%1, version %2.")
                                            .arg(entry->packageId, entry->version.toString())
                                      : tr("Imported unverified image %1, version %2.")
                                            .arg(entry->packageId, entry->version.toString()));
                m_status->setToolTip({});
                reload();
                Q_EMIT libraryChanged();
            });
    });
    dialog->open();
}

void FirmwarePage::removePackage(const QString &packageId)
{
    if (packageId.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove package"),
                                tr("Remove %1 from the firmware library? It can no longer be pushed to devices "
                                   "until it is imported again.")
                                    .arg(packageId),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"removeConfirmation"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("Remove"));
    connect(box, &QMessageBox::finished, this, [this, box, packageId](int) {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        if (const Status removed = library().remove(packageId, m_operator); !removed) {
            showError(tr("The package was not removed."), removed.error());
            return;
        }
        m_status->setText(tr("Removed %1.").arg(packageId));
        m_status->setToolTip({});
        reload();
        Q_EMIT libraryChanged();
    });
    box->open();
}

PushDialog *FirmwarePage::openPushWizard(const QString &packageId)
{
    if (!m_sink)
        return nullptr;
    if (!mayDo(operators::Permission::PushApprovedPackage, tr("The push was not started.")))
        return nullptr;
    // An operator who may push approved packages only is offered only those, and
    // the push checks the hospital approval again.
    const bool approvedOnly = m_access && !m_access->allows(operators::Permission::PushUnverifiedPackage);
    QList<firmware::LibraryEntry> packages = m_model->entries();
    if (approvedOnly)
        packages.removeIf([](const firmware::LibraryEntry &e) { return !e.approved; });
    if (m_push)
        m_push->close();
    m_push = new PushDialog(m_context, m_sink, packages, packageId, this);
    m_push->setAttribute(Qt::WA_DeleteOnClose);
    m_push->setOperator(m_operator);
    m_push->setRequireApproval(approvedOnly);
    m_push->open();
    return m_push;
}

void FirmwarePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FirmwarePage::retranslate()
{
    m_title->setText(tr("Firmware"));
    m_auditNote->setText(tr("The audit log is not recording, so packages cannot be imported, removed or pushed. "
                            "Unlock the audit log to make changes."));
    m_empty->setText(tr("No firmware packages yet — Import a signed package from its vendor to check it and "
                        "keep it here for pushes."));
    m_importButton->setText(tr("Import…"));
    m_importUnverifiedButton->setText(tr("Import unverified image…"));
    m_removeButton->setText(tr("Remove"));
    m_pushButton->setText(tr("Push to a device…"));
}

} // namespace pasban::ui
