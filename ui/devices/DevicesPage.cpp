#include "DevicesPage.h"
#include "PageTitle.h"

#include "DeviceDetailView.h"
#include "DeviceFilterModel.h"
#include "DeviceTableModel.h"
#include "InventoryImportDialog.h"
#include "InventoryTableModel.h"
#include "common/Settings.h"
#include "console/DeviceInventorySync.h"
#include "console/DiscoverySession.h"
#include "console/InventoryChanges.h"
#include "discovery/BleScanner.h"
#include "discovery/DeviceRegistry.h"
#include "operators/OperatorAccess.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

namespace {
constexpr discovery::DeviceClass FilterClasses[] = {
    discovery::DeviceClass::HeartRateMonitor,     discovery::DeviceClass::Thermometer,
    discovery::DeviceClass::BloodPressureMonitor, discovery::DeviceClass::GlucoseMeter,
    discovery::DeviceClass::PulseOximeter,        discovery::DeviceClass::ContinuousGlucoseMonitor,
    discovery::DeviceClass::WeightScale,          discovery::DeviceClass::InsulinPump,
    discovery::DeviceClass::GenericHealthSensor,  discovery::DeviceClass::Unknown,
};
} // namespace

DevicesPage::DevicesPage(const DeviceServices &services, Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_settings(settings)
    , m_session(services.scanner && services.registry ? new DiscoverySession(*services.scanner, *services.registry,
                                                                             services.inventory, services.audit, this)
                                                      : nullptr)
    , m_detail(new DeviceDetailView(services, m_session, settings))
    , m_title(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_scanButton(new QPushButton(this))
    , m_importButton(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
    , m_viewChoice(new QComboBox(this))
    , m_inventoryTable(new QTableView(this))
    , m_scanRow(new QWidget(this))
    , m_scanProgress(new QProgressBar(m_scanRow))
    , m_scanStatus(new QLabel(m_scanRow))
    , m_filterText(new QLineEdit(this))
    , m_classFilter(new QComboBox(this))
    , m_transportFilter(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new QLabel(this))
    , m_table(new QTableView(this))
{
    makePageTitle(m_title);
    m_banner->setObjectName(u"devicesBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_scanButton->setObjectName(u"scanButton"_s);
    m_scanProgress->setObjectName(u"scanProgress"_s);
    // The words go in a label beside the bar: a progress bar's own text is not
    // drawn in right-to-left layouts by every style (Fusion leaves it out).
    m_scanProgress->setTextVisible(false);
    m_scanStatus->setObjectName(u"scanStatus"_s);
    auto *scanLayout = new QHBoxLayout(m_scanRow);
    scanLayout->setContentsMargins(0, 0, 0, 0);
    scanLayout->addWidget(m_scanProgress, 1);
    scanLayout->addWidget(m_scanStatus);
    m_scanRow->hide();
    m_filterText->setObjectName(u"deviceFilter"_s);
    m_filterText->setClearButtonEnabled(true);
    m_classFilter->setObjectName(u"classFilter"_s);
    m_transportFilter->setObjectName(u"transportFilter"_s);
    m_classFilter->addItem(QString(), QString());
    for (discovery::DeviceClass c : FilterClasses)
        m_classFilter->addItem(QString(), discovery::jsonName(c));
    m_transportFilter->addItem(QString(), QString());
    m_transportFilter->addItem(QString(), discovery::jsonName(discovery::Transport::Ble));
    m_transportFilter->addItem(QString(), discovery::jsonName(discovery::Transport::Usb));
    m_emptyState->setObjectName(u"devicesEmptyState"_s);
    m_emptyState->setWordWrap(true);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_table->setObjectName(u"devicesTable"_s);

    m_importButton->setObjectName(u"importButton"_s);
    m_exportButton->setObjectName(u"exportButton"_s);
    m_viewChoice->setObjectName(u"deviceView"_s);
    m_viewChoice->addItem(QString());
    m_viewChoice->addItem(QString());
    m_inventoryTable->setObjectName(u"inventoryTable"_s);
    m_inventoryTable->setSortingEnabled(true);
    m_inventoryTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_inventoryTable->horizontalHeader()->setStretchLastSection(true);
    m_inventoryTable->verticalHeader()->hide();
    m_inventoryTable->setWordWrap(false);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_scanButton);
    tools->addWidget(m_importButton);
    tools->addWidget(m_exportButton);
    tools->addWidget(m_viewChoice);
    tools->addWidget(m_filterText, 1);
    tools->addWidget(m_classFilter);
    tools->addWidget(m_transportFilter);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_inventoryTable);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_title);
    layout->addWidget(m_banner);
    layout->addLayout(tools);
    layout->addWidget(m_scanRow);
    layout->addWidget(m_stack, 1);

    if (m_services.registry) {
        m_model = new DeviceTableModel(*m_services.registry, m_settings, this);
        m_filter = new DeviceFilterModel(this);
        m_filter->setSourceModel(m_model);
        m_table->setModel(m_filter);
        m_table->setSortingEnabled(true);
        m_table->sortByColumn(-1, Qt::AscendingOrder); // order of discovery until the operator sorts
        m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
        m_table->setContextMenuPolicy(Qt::CustomContextMenu);
        m_table->horizontalHeader()->setSectionsMovable(true);
        m_table->horizontalHeader()->setStretchLastSection(true);
        m_table->verticalHeader()->hide();
        m_table->setWordWrap(false);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &DevicesPage::updateEmptyState);
        // Fit the columns to the first devices; after that the operator's widths stay.
        connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
            if (!m_columnsFitted) {
                m_columnsFitted = true;
                m_table->resizeColumnsToContents();
            }
            // The detail pane shows the first device rather than staying empty;
            // the operator's own choice is never overridden.
            if (!m_table->currentIndex().isValid() && m_filter->rowCount() > 0)
                m_table->setCurrentIndex(m_filter->index(0, 0));
        });
        connect(m_model, &QAbstractItemModel::modelReset, this, &DevicesPage::updateEmptyState);
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &current) {
                    m_detail->showDevice(current.data(DeviceTableModel::IdRole).toString());
                });
        connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
            m_detail->showDevice(index.data(DeviceTableModel::IdRole).toString());
        });
        connect(m_table, &QWidget::customContextMenuRequested, this, &DevicesPage::showContextMenu);
        connect(m_filterText, &QLineEdit::textChanged, m_filter, &DeviceFilterModel::setText);
        connect(m_classFilter, &QComboBox::currentIndexChanged, this,
                [this](int index) { m_filter->setDeviceClass(m_classFilter->itemData(index).toString()); });
        connect(m_transportFilter, &QComboBox::currentIndexChanged, this,
                [this](int index) { m_filter->setTransport(m_transportFilter->itemData(index).toString()); });
    }
    if (m_services.inventory) {
        m_inventoryModel = new InventoryTableModel(m_services.inventory->store(), this);
        auto *sorted = new QSortFilterProxyModel(this);
        sorted->setSourceModel(m_inventoryModel);
        m_inventoryTable->setModel(sorted);
        connect(m_inventoryTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &current) {
                    m_detail->showDevice(current.data(InventoryTableModel::IdRole).toString());
                });
        // What a scan stored shows in the whole inventory once the scan is over.
        if (m_session)
            connect(m_session, &DiscoverySession::finished, this, &DevicesPage::reloadInventory);
    }
    connect(m_importButton, &QPushButton::clicked, this, &DevicesPage::importInventory);
    connect(m_exportButton, &QPushButton::clicked, this, &DevicesPage::exportInventory);
    connect(m_viewChoice, &QComboBox::currentIndexChanged, this, [this](int index) { showInventory(index == 1); });

    auto *copy = new QAction(this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &DevicesPage::copySelectedRows);
    m_table->addAction(copy);

    connect(m_scanButton, &QPushButton::clicked, this, [this] {
        if (m_session && m_session->isActive())
            stopScan();
        else
            startScan();
    });
    if (m_session) {
        connect(m_session, &DiscoverySession::started, this, &DevicesPage::onScanStarted);
        connect(m_session, &DiscoverySession::progress, this, &DevicesPage::updateScanProgress);
        connect(m_session, &DiscoverySession::finished, this, &DevicesPage::onScanFinished);
        connect(m_session, &DiscoverySession::failed, this, [this](const Error &error) {
            m_lastError = error.message();
            updateBanner();
        });
        connect(m_session, &DiscoverySession::storeFailed, this, [this](const Error &error) {
            m_lastError = error.message();
            updateBanner();
        });
        connect(m_services.scanner, &discovery::BleScanner::adapterStateChanged, this, &DevicesPage::updateBanner);
    }
    retranslate();
}

DevicesPage::~DevicesPage()
{
    // Not placed in a detail pane (tests, or a window without one): ours to delete.
    if (m_detail && !m_detail->parent())
        delete m_detail;
}

QWidget *DevicesPage::detailWidget() const
{
    return m_detail;
}

void DevicesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DevicesPage::retranslate()
{
    m_title->setText(tr("Devices"));
    m_filterText->setPlaceholderText(tr("Filter by name, address, manufacturer or class"));
    m_classFilter->setItemText(0, tr("All device classes"));
    for (int i = 1; i < m_classFilter->count(); ++i) {
        const auto c = discovery::deviceClassFromJsonName(m_classFilter->itemData(i).toString());
        m_classFilter->setItemText(i, c ? discovery::displayName(*c) : QString());
    }
    m_transportFilter->setItemText(0, tr("All transports"));
    m_transportFilter->setItemText(1, tr("Bluetooth LE"));
    m_transportFilter->setItemText(2, tr("USB"));
    m_emptyState->setText(tr("No devices yet.\nPress Scan to look for Bluetooth LE devices nearby, or Import to "
                             "bring in the inventory of the maintenance system (CMMS)."));
    m_importButton->setText(tr("&Import…"));
    m_importButton->setToolTip(tr("Import devices from the maintenance system (CSV or JSON), with a preview"));
    m_exportButton->setText(tr("E&xport…"));
    m_exportButton->setToolTip(tr("Write the inventory as CSV, JSON or FHIR for the maintenance system"));
    m_viewChoice->setItemText(0, tr("Seen in this session"));
    m_viewChoice->setItemText(1, tr("Whole inventory"));
    const bool scanning = m_session && m_session->isActive();
    m_scanButton->setText(scanning ? tr("&Stop") : tr("&Scan"));
    updateGates();
    updateBanner();
    updateEmptyState();
    updateScanProgress();
}

void DevicesPage::updateBanner()
{
    QString text;
    if (!m_services.scanner) {
        text = tr("Bluetooth scanning is not available in this build.");
    } else if (m_services.simulated) {
        text = tr("Demo fleet: these devices are simulated by Pasban; no radio is used. "
                  "Start Pasban without --demo on a computer with Bluetooth to see real devices.");
    } else {
        const discovery::AdapterState state = m_services.scanner->adapterState();
        text = discovery::adapterAdvice(state);
    }
    if (!m_lastError.isEmpty())
        text = text.isEmpty() ? m_lastError : text + u"\n"_s + m_lastError;
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void DevicesPage::updateEmptyState()
{
    if (m_viewChoice->currentIndex() == 1) {
        m_stack->setCurrentWidget(m_inventoryModel && m_inventoryModel->rowCount() > 0
                                      ? static_cast<QWidget *>(m_inventoryTable)
                                      : m_emptyState);
        return;
    }
    m_stack->setCurrentWidget(m_model && m_model->rowCount() > 0 ? static_cast<QWidget *>(m_table) : m_emptyState);
}

void DevicesPage::reloadInventory()
{
    if (!m_inventoryModel)
        return;
    if (Status loaded = m_inventoryModel->reload(); !loaded) {
        m_lastError = loaded.error().message();
        updateBanner();
    }
    if (m_viewChoice->currentIndex() == 1 && m_inventoryModel->rowCount() > 0) {
        m_inventoryTable->resizeColumnsToContents();
    }
    updateEmptyState();
    m_detail->reload();
}

void DevicesPage::showInventory(bool whole)
{
    if (m_viewChoice->currentIndex() != (whole ? 1 : 0)) {
        m_viewChoice->setCurrentIndex(whole ? 1 : 0); // comes back here through the signal
        return;
    }
    if (whole)
        reloadInventory();
    else
        updateEmptyState();
}

void DevicesPage::importInventory()
{
    if (!m_services.inventory)
        return;
    if (const Status allowed = m_access ? m_access->check(operators::Permission::ImportInventory) : Status();
        !allowed) {
        m_lastError = allowed.error().message();
        updateBanner();
        return;
    }
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import devices"), QString(),
        tr("Inventory files (*.csv *.json);;CSV files (*.csv);;JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        openImport(path);
}

InventoryImportDialog *DevicesPage::openImport(const QString &path)
{
    auto *dialog = new InventoryImportDialog(m_services, path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InventoryImportDialog::imported, this, [this] { showInventory(true); });
    dialog->open();
    dialog->start();
    return dialog;
}

void DevicesPage::exportInventory()
{
    if (!m_services.inventory)
        return;
    if (const Status allowed = m_access ? m_access->check(operators::Permission::ExportAuditAndReports) : Status();
        !allowed) {
        m_lastError = allowed.error().message();
        updateBanner();
        return;
    }
    const QStringList formats = {tr("CSV (spreadsheet, maintenance system)"), tr("JSON"),
                                 tr("FHIR R4 Bundle of Device resources")};
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Export the inventory"), tr("Format:"), formats, 0, false, &ok);
    if (!ok)
        return;
    const int index = int(formats.indexOf(chosen));
    const QString format = index == 0 ? u"csv"_s : index == 1 ? u"json"_s : u"fhir"_s;
    const QString suggested = index == 0 ? u"pasban-inventory.csv"_s
        : index == 1                     ? u"pasban-inventory.json"_s
                                         : u"pasban-inventory.fhir.json"_s;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the inventory"), suggested);
    if (path.isEmpty())
        return;
    if (Status written = exportInventoryTo(path, format); !written) {
        m_lastError = written.error().message();
        updateBanner();
    }
}

Status DevicesPage::exportInventoryTo(const QString &path, const QString &format)
{
    if (!m_services.inventory)
        return Error(u"inventory.unavailable"_s,
                     QT_TRANSLATE_NOOP("pasban::Error", "There is no inventory to export."));
    const std::optional<inventory::ExportFormat> chosen = inventory::exportFormatFromName(format);
    if (!chosen)
        return Error(u"inventory.unknown_format"_s, QT_TRANSLATE_NOOP("pasban::Error", "Unknown export format %1."),
                     {format});
    // Each device's posture score and open findings go back to the maintenance system.
    InventoryChanges changes(m_services.inventory->store(), m_services.audit);
    Result<int> written = changes.exportWithPosture(path, *chosen, m_services.registry);
    if (!written)
        return written.error();
    return {};
}

void DevicesPage::setOperatorAccess(OperatorAccess *access)
{
    OperatorAccess::follow(m_access, access, this, [this] { updateGates(); });
    if (m_detail)
        m_detail->setOperatorAccess(access);
    updateGates();
}

void DevicesPage::updateGates()
{
    using operators::Permission;
    OperatorAccess::gate(m_access, m_scanButton, Permission::Scan, m_session != nullptr);
    OperatorAccess::gate(m_access, m_importButton, Permission::ImportInventory, m_services.inventory != nullptr);
    OperatorAccess::gate(m_access, m_exportButton, Permission::ExportAuditAndReports, m_services.inventory != nullptr);
}

void DevicesPage::startScan(std::chrono::milliseconds duration)
{
    if (!m_session)
        return;
    // Core decides (and records a refusal); the button is disabled for it already.
    if (const Status allowed = m_access ? m_access->check(operators::Permission::Scan) : Status(); !allowed) {
        m_lastError = allowed.error().message();
        updateBanner();
        return;
    }
    m_lastError.clear();
    updateBanner();
    if (Status started = m_session->start(duration); !started) {
        m_lastError = started.error().message();
        updateBanner();
    }
}

void DevicesPage::stopScan()
{
    if (m_session)
        m_session->stop();
}

void DevicesPage::onScanStarted()
{
    m_scanButton->setText(tr("&Stop"));
    m_scanRow->show();
}

void DevicesPage::onScanFinished()
{
    m_scanRow->hide();
    m_scanButton->setText(tr("&Scan"));
    updateBanner();
}

void DevicesPage::updateScanProgress()
{
    if (!m_session || m_scanRow->isHidden())
        return;
    const qint64 durationMs = m_session->duration().count();
    const qint64 elapsedMs = m_session->elapsed().count();
    const int count = m_model ? m_model->rowCount() : 0;
    if (durationMs <= 0) {
        m_scanProgress->setRange(0, 0); // until stopped: busy, no end to show
        m_scanStatus->setText(tr("Scanning: %n device(s) found", nullptr, count));
        m_scanProgress->setAccessibleDescription(m_scanStatus->text());
        return;
    }
    m_scanProgress->setRange(0, int(durationMs / 100));
    m_scanProgress->setValue(int(elapsedMs / 100));
    const int left = int((durationMs - elapsedMs + 999) / 1000);
    //: Scan progress: devices found so far, seconds left
    m_scanStatus->setText(tr("Scanning: %n device(s) found", nullptr, count) + u" — "_s
                          + tr("%n second(s) left", nullptr, left));
    m_scanProgress->setAccessibleDescription(m_scanStatus->text());
}

void DevicesPage::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    m_detail->showDevice(index.data(DeviceTableModel::IdRole).toString());
    QMenu menu(this);
    menu.addAction(tr("&Interrogate…"), this, [this] { m_detail->interrogate(); });
    menu.addAction(tr("&Copy row"), this, &DevicesPage::copySelectedRows);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void DevicesPage::copySelectedRows()
{
    if (!m_table->selectionModel())
        return;
    QStringList lines;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &rowIndex : rows) {
        QStringList cells;
        for (int column = 0; column < m_filter->columnCount(); ++column)
            cells << m_filter->index(rowIndex.row(), column)
                         .data()
                         .toString()
                         .remove(QChar(0x202A))
                         .remove(QChar(0x202C))
                         .remove(QChar(0x2068))
                         .remove(QChar(0x2069));
        lines << cells.join(u'\t');
    }
    QApplication::clipboard()->setText(lines.join(u'\n'));
}

} // namespace pasban::ui
