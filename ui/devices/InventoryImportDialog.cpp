#include "InventoryImportDialog.h"

#include "common/Bidi.h"
#include "console/DeviceInventorySync.h"
#include "console/InventoryChanges.h"
#include "inventory/InventoryStore.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

namespace {

// Work on a connection of its own: the GUI thread's connection stays its own.
template<typename Work>
auto withOwnConnection(inventory::InventoryStore &guiStore, Work &&work)
    -> decltype(work(std::declval<inventory::InventoryStore &>()))
{
    const QString path = guiStore.database().path();
    if (path.isEmpty())
        return work(guiStore); // in memory: only the one connection exists
    Result<storage::Database> db = storage::Database::open(path, storage::OpenMode::ReadWrite);
    if (!db)
        return db.error();
    inventory::InventoryStore store(*db);
    return work(store);
}

QString placeText(int line, bool entry)
{
    return entry ? InventoryImportDialog::tr("entry %1").arg(QLocale().toString(line))
                 : InventoryImportDialog::tr("line %1").arg(QLocale().toString(line));
}

} // namespace

InventoryImportDialog::InventoryImportDialog(const DeviceServices &services, const QString &filePath, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_path(filePath)
    , m_file(new QLabel(this))
    , m_strict(new QCheckBox(this))
    , m_preview(new QTreeWidget(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(u"inventoryImportDialog"_s);
    m_file->setWordWrap(true);
    m_strict->setObjectName(u"strictImport"_s);
    m_preview->setObjectName(u"importPreview"_s);
    m_preview->setColumnCount(2);
    m_preview->header()->setStretchLastSection(true);
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status->setObjectName(u"importStatus"_s);
    m_status->setWordWrap(true);
    m_import = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(u"confirmImport"_s);
    m_import->setEnabled(false);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    // The safe choice is the default: Enter does not import.
    m_cancel->setDefault(true);
    m_import->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_file);
    layout->addWidget(m_strict);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(720, 520);

    connect(m_strict, &QCheckBox::toggled, this, &InventoryImportDialog::replan);
    connect(m_import, &QPushButton::clicked, this, &InventoryImportDialog::confirm);
    connect(m_cancel, &QPushButton::clicked, this, &InventoryImportDialog::reject);
    retranslate();
}

InventoryImportDialog::~InventoryImportDialog()
{
    cancelWork();
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void InventoryImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void InventoryImportDialog::retranslate()
{
    setWindowTitle(tr("Import devices from the maintenance system"));
    m_file->setText(tr("File: %1").arg(ltrIsolate(QFileInfo(m_path).fileName())));
    m_strict->setText(tr("Refuse columns that are not inventory fields (strict)"));
    m_import->setText(tr("&Import"));
    m_preview->setHeaderLabels({tr("Row"), tr("What happens")});
    if (m_plan)
        showPlan();
}

void InventoryImportDialog::reject()
{
    if (m_worker) {
        cancelWork(); // the worker reports back; the dialog stays until then
        return;
    }
    QDialog::reject();
}

void InventoryImportDialog::cancelWork()
{
    m_cancelRequested = true;
}

void InventoryImportDialog::start()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("The file cannot be read: %1").arg(file.errorString()));
        return;
    }
    if (file.size() > inventory::InventoryImporter::MaxFileBytes) {
        m_status->setText(tr("The file is larger than %1 MiB; split it.")
                              .arg(inventory::InventoryImporter::MaxFileBytes / (1024 * 1024)));
        return;
    }
    m_bytes = file.readAll();
    m_hash = QCryptographicHash::hash(m_bytes, QCryptographicHash::Sha256);
    replan();
}

void InventoryImportDialog::runInWorker(std::function<void()> work)
{
    m_cancelRequested = false;
    setWorking(true);
    m_worker = QThread::create(std::move(work));
    m_worker->start();
}

void InventoryImportDialog::setWorking(bool working)
{
    m_progress->setVisible(working);
    m_strict->setEnabled(!working);
    m_import->setEnabled(!working && m_plan && m_plan->canApply() && !m_applied
                         && (!m_plan->additions.isEmpty() || !m_plan->updates.isEmpty()));
    if (working) {
        m_progress->setRange(0, 0);
        m_cancel->setText(tr("Cancel"));
    }
}

void InventoryImportDialog::onProgress(inventory::ImportPhase phase, qsizetype done, qsizetype total)
{
    if (!m_worker)
        return;
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? int(1000 * done / total) : 0);
    switch (phase) {
    case inventory::ImportPhase::Reading:
        m_status->setText(tr("Reading the file…"));
        break;
    case inventory::ImportPhase::Comparing:
        m_status->setText(
            tr("Comparing with the inventory: %1 of %2 rows").arg(QLocale().toString(done), QLocale().toString(total)));
        break;
    case inventory::ImportPhase::Writing:
        m_status->setText(tr("Importing: %1 of %2 rows").arg(QLocale().toString(done), QLocale().toString(total)));
        break;
    }
    m_progress->setAccessibleDescription(m_status->text());
}

void InventoryImportDialog::replan()
{
    if (!m_services.inventory || m_bytes.isEmpty() || m_worker)
        return;
    m_plan.reset();
    m_preview->clear();
    inventory::ImportOptions options;
    options.format = inventory::importFormatForFile(m_path);
    if (!m_path.endsWith(u".csv"_s, Qt::CaseInsensitive) && m_bytes.left(64).trimmed().startsWith('['))
        options.format = inventory::ImportFormat::Json;
    options.strict = m_strict->isChecked();
    options.source = u"import"_s;
    m_status->setText(tr("Reading the file…"));
    inventory::InventoryStore &guiStore = m_services.inventory->store();
    const QByteArray bytes = m_bytes;
    runInWorker([this, &guiStore, bytes, options] {
        Result<inventory::ImportPlan> result =
            withOwnConnection(guiStore, [&](inventory::InventoryStore &store) -> Result<inventory::ImportPlan> {
                inventory::InventoryImporter importer(store);
                importer.setProgress([this](inventory::ImportPhase phase, qsizetype done, qsizetype total) {
                    QMetaObject::invokeMethod(
                        this, [this, phase, done, total] { onProgress(phase, done, total); }, Qt::QueuedConnection);
                    return !m_cancelRequested.load();
                });
                return importer.plan(bytes, options);
            });
        QMetaObject::invokeMethod(
            this, [this, result] { onPlanned(result); }, Qt::QueuedConnection);
    });
}

void InventoryImportDialog::onPlanned(const Result<inventory::ImportPlan> &result)
{
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    if (!result) {
        m_error = result.error();
        m_status->setText(result.error().code() == u"inventory.cancelled"_s
                              ? tr("Cancelled: nothing was read into the inventory.")
                              : result.error().message());
        setWorking(false);
        return;
    }
    m_plan = *result;
    setWorking(false);
    showPlan();
}

void InventoryImportDialog::showPlan()
{
    m_preview->clear();
    const inventory::ImportPlan &plan = *m_plan;
    const QLocale locale;
    const auto section = [this, &locale](const QString &title, qsizetype count, const QString &name) {
        auto *item = new QTreeWidgetItem(m_preview, {title.arg(locale.toString(count))});
        item->setData(0, Qt::UserRole, name);
        item->setFirstColumnSpanned(true);
        return item;
    };
    QTreeWidgetItem *rejected = section(tr("Rejected: %1 row(s)"), plan.rejections.size(), u"rejected"_s);
    for (const inventory::ImportRejection &rejection : plan.rejections) {
        QString place = rejection.line <= 0 ? tr("the file") : placeText(rejection.line, rejection.entry);
        if (!rejection.field.isEmpty())
            place += u", "_s + ltrIsolate(rejection.field);
        //: A rejected row: a mark and a word, never colour alone
        new QTreeWidgetItem(rejected, {place, tr("⚠ Rejected: %1").arg(rejection.error.message())});
    }
    QTreeWidgetItem *updates = section(tr("To update: %1 device(s)"), plan.updates.size(), u"update"_s);
    for (const inventory::PlannedRow &row : plan.updates) {
        auto *item = new QTreeWidgetItem(
            updates, {placeText(row.line, row.entry), tr("Update %1").arg(ltrIsolate(row.record.assetTag))});
        for (const inventory::FieldChange &change : row.changes) {
            //: One changed field: its name, the value before and after
            new QTreeWidgetItem(
                item,
                {QString(),
                 tr("%1: “%2” → “%3”")
                     .arg(inventory::fieldLabel(change.field), change.before.isEmpty() ? tr("(empty)") : change.before,
                          change.after.isEmpty() ? tr("(empty)") : change.after)});
        }
    }
    QTreeWidgetItem *additions = section(tr("To add: %1 device(s)"), plan.additions.size(), u"add"_s);
    for (const inventory::PlannedRow &row : plan.additions) {
        QStringList what {ltrIsolate(row.record.assetTag)};
        if (!row.record.manufacturer.isEmpty() || !row.record.model.isEmpty())
            what << QString(row.record.manufacturer + u' ' + row.record.model).trimmed();
        if (!row.record.location.isEmpty())
            what << row.record.location;
        new QTreeWidgetItem(additions, {placeText(row.line, row.entry), tr("Add %1").arg(what.join(u" — "_s))});
    }
    rejected->setExpanded(true);
    updates->setExpanded(plan.updates.size() <= 50);
    additions->setExpanded(plan.additions.size() <= 50);
    m_preview->resizeColumnToContents(0);

    QString summary = tr("%1 row(s): %2 to add, %3 to update, %4 unchanged, %5 rejected.")
                          .arg(locale.toString(plan.rows), locale.toString(plan.additions.size()),
                               locale.toString(plan.updates.size()), locale.toString(plan.unchanged),
                               locale.toString(plan.rejections.size()));
    if (!plan.ignoredColumns.isEmpty())
        summary +=
            u' ' + tr("Ignored columns (not inventory fields): %1.").arg(ltrIsolate(plan.ignoredColumns.join(u", "_s)));
    if (m_applied)
        summary += u' ' + tr("Imported.");
    else if (!plan.canApply())
        summary += u' ' + tr("Nothing can be imported while rows are rejected: correct the file and import it again.");
    else if (plan.additions.isEmpty() && plan.updates.isEmpty())
        summary += u' ' + tr("The inventory already holds all of this.");
    m_status->setText(summary);
    setWorking(false);
}

void InventoryImportDialog::confirm()
{
    if (!m_plan || !m_plan->canApply() || m_worker || m_applied || !m_services.inventory)
        return;
    // Recorded before anything is written; a change that cannot be recorded is not made.
    InventoryChanges changes(m_services.inventory->store(), m_services.audit);
    if (Status recorded = changes.recordImport(*m_plan, m_path, m_hash); !recorded) {
        m_status->setText(tr("Not imported: the audit log could not record it. %1").arg(recorded.error().message()));
        return;
    }
    inventory::InventoryStore &guiStore = m_services.inventory->store();
    const inventory::ImportPlan plan = *m_plan;
    m_status->setText(tr("Importing…"));
    runInWorker([this, &guiStore, plan] {
        const Status result = withOwnConnection(guiStore, [&](inventory::InventoryStore &store) -> Status {
            inventory::InventoryImporter importer(store);
            importer.setProgress([this](inventory::ImportPhase phase, qsizetype done, qsizetype total) {
                QMetaObject::invokeMethod(
                    this, [this, phase, done, total] { onProgress(phase, done, total); }, Qt::QueuedConnection);
                return !m_cancelRequested.load();
            });
            return importer.apply(plan);
        });
        QMetaObject::invokeMethod(
            this, [this, result] { onApplied(result); }, Qt::QueuedConnection);
    });
}

void InventoryImportDialog::onApplied(const Status &status)
{
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    if (!status) {
        InventoryChanges(m_services.inventory->store(), m_services.audit)
            .recordImportFailed(*m_plan, m_path, status.error());
        m_status->setText(status.error().code() == u"inventory.cancelled"_s
                              ? tr("Cancelled: the inventory was not changed.")
                              : tr("Not imported; the inventory was not changed. %1").arg(status.error().message()));
        setWorking(false);
        return;
    }
    m_applied = true;
    showPlan();
    m_cancel->setText(tr("Close"));
    Q_EMIT imported();
    accept();
}

} // namespace pasban::ui
