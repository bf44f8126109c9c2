#include "FlowsPage.h"
#include "PageTitle.h"

#include "FlowDeclarationDialog.h"
#include "FlowDiagram.h"
#include "FlowDiagramPainter.h"
#include "audit/AuditEvent.h"
#include "audit/AuditSink.h"
#include "common/DateFormat.h"
#include "common/Settings.h"
#include "console/DeviceInventorySync.h"
#include "discovery/DeviceRegistry.h"
#include "flows/FlowGraph.h"
#include "flows/FlowStore.h"
#include "posture/PostureInputs.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

FlowsPage::FlowsPage(storage::Database &database, const DeviceServices &services, Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_services(services)
    , m_settings(settings)
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_deviceLabel(new QLabel(this))
    , m_device(new QComboBox(this))
    , m_declare(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_exportSvg(new QPushButton(this))
    , m_exportPng(new QPushButton(this))
    , m_banner(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_diagram(new FlowDiagramView(m_scroll))
    , m_tableTitle(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    makePageTitle(m_title);
    m_intro->setWordWrap(true);
    m_device->setObjectName(u"flowDevice"_s);
    m_device->setMinimumContentsLength(16);
    m_device->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_deviceLabel->setBuddy(m_device);
    m_declare->setObjectName(u"declareFlow"_s);
    m_edit->setObjectName(u"editFlow"_s);
    m_remove->setObjectName(u"removeFlow"_s);
    m_exportSvg->setObjectName(u"exportSvg"_s);
    m_exportPng->setObjectName(u"exportPng"_s);
    m_banner->setObjectName(u"contradictionBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        u"QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid #c62828; padding: 6px; }"_s);
    m_empty->setObjectName(u"flowsEmpty"_s);
    m_empty->setWordWrap(true);
    m_scroll->setWidget(m_diagram);
    m_scroll->setWidgetResizable(false);
    m_scroll->setBackgroundRole(QPalette::Base);
    m_table->setObjectName(u"flowDeclarations"_s);
    m_table->setColumnCount(8);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    // Two rows, so the page fits beside the navigation and the detail pane in a
    // 900-pixel window in either language.
    auto *chooser = new QHBoxLayout;
    chooser->addWidget(m_deviceLabel);
    chooser->addWidget(m_device, 1);
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_declare);
    toolbar->addWidget(m_edit);
    toolbar->addWidget(m_remove);
    toolbar->addStretch();
    toolbar->addWidget(m_exportSvg);
    toolbar->addWidget(m_exportPng);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_tableTitle);
    lowerLayout->addWidget(m_table);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_scroll);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addLayout(chooser);
    layout->addLayout(toolbar);
    layout->addWidget(m_banner);
    layout->addWidget(m_empty);
    layout->addWidget(splitter, 1);

    connect(m_device, &QComboBox::currentIndexChanged, this, [this] { rebuild(); });
    connect(m_declare, &QPushButton::clicked, this, &FlowsPage::declareFlow);
    connect(m_edit, &QPushButton::clicked, this, &FlowsPage::editDeclaration);
    connect(m_remove, &QPushButton::clicked, this, &FlowsPage::removeDeclaration);
    connect(m_exportSvg, &QPushButton::clicked, this, [this] { exportWithDialog(u"svg"_s); });
    connect(m_exportPng, &QPushButton::clicked, this, [this] { exportWithDialog(u"png"_s); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool one = m_table->currentRow() >= 0 && !m_table->selectedItems().isEmpty();
        m_edit->setEnabled(one);
        m_remove->setEnabled(one);
    });
    connect(m_table, &QTableWidget::itemDoubleClicked, this, [this] { editDeclaration(); });
    auto *remove = new QShortcut(QKeySequence::Delete, m_table);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &FlowsPage::removeDeclaration);
    connect(m_diagram, &FlowDiagramView::deviceClicked, this, &FlowsPage::selectDevice);

    retranslate();
    reload();
}

void FlowsPage::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

void FlowsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FlowsPage::retranslate()
{
    m_title->setText(tr("Data flows"));
    m_intro->setText(tr("Where each device's patient data goes and whether it is protected on the way. Links the "
                        "console observed are marked verified; links engineers declared are dashed until an "
                        "interrogation confirms or disproves them."));
    m_deviceLabel->setText(tr("De&vice:"));
    m_declare->setText(tr("&Declare flow…"));
    m_declare->setToolTip(tr("State where this device's data goes (from an MDS2 form, a vendor document or a site "
                             "survey)."));
    m_edit->setText(tr("&Change…"));
    m_remove->setText(tr("&Remove"));
    m_exportSvg->setText(tr("Export S&VG…"));
    m_exportPng->setText(tr("Export &PNG…"));
    m_tableTitle->setText(tr("Declared flows"));
    m_table->setHorizontalHeaderLabels({tr("Applies to"), tr("Goes to"), tr("Destination"), tr("Transport"),
                                        tr("Encryption"), tr("Data"), tr("Source"), tr("Declared")});
    m_empty->setText(tr("No devices in the inventory yet. Scan on the Devices page; every device found appears "
                        "here with what the console observed, and you can declare where its data goes."));
    reload();
}

void FlowsPage::reload()
{
    Result<QList<posture::DeviceFacts>> facts = posture::gatherFacts(m_database, m_services.registry);
    Result<QList<flows::FlowDeclaration>> declarations = flows::FlowStore(m_database).list();
    m_facts.clear();
    m_declarations.clear();
    if (!facts || !declarations) {
        showError(facts ? declarations.error() : facts.error());
    } else {
        m_facts = *facts;
        m_declarations = *declarations;
    }
    const QString keep = selectedDevice();
    {
        const QSignalBlocker blocker(m_device);
        m_device->clear();
        m_device->addItem(tr("All devices"), QString());
        for (const posture::DeviceFacts &device : std::as_const(m_facts))
            m_device->addItem(deviceLabel(device), device.id);
        const int index = m_device->findData(keep);
        m_device->setCurrentIndex(index < 0 ? 0 : index);
    }
    rebuild();
}

void FlowsPage::selectDevice(const QString &deviceId)
{
    const int index = m_device->findData(deviceId);
    if (index >= 0)
        m_device->setCurrentIndex(index);
}

QString FlowsPage::selectedDevice() const
{
    return m_device->currentData().toString();
}

const posture::DeviceFacts *FlowsPage::facts(const QString &deviceId) const
{
    for (const posture::DeviceFacts &facts : m_facts) {
        if (facts.id == deviceId)
            return &facts;
    }
    return nullptr;
}

QString FlowsPage::deviceLabel(const posture::DeviceFacts &facts) const
{
    return facts.assetTag.isEmpty() ? facts.displayName()
                                    : tr("%1 (asset %2)").arg(facts.displayName(), facts.assetTag);
}

void FlowsPage::rebuild()
{
    const QString selected = selectedDevice();
    QList<posture::DeviceFacts> shown;
    for (const posture::DeviceFacts &facts : std::as_const(m_facts)) {
        if (selected.isEmpty() || facts.id == selected)
            shown.append(facts);
    }
    const flows::FlowGraph graph = flows::FlowGraph::build(shown, m_declarations);
    const qsizetype contradicted = graph.contradictions().size();
    m_banner->setText(tr("Declarations contradicted by what the console observed: %n. The device's health data was "
                         "read without pairing; the Security posture page lists each one as a finding.",
                         nullptr, int(contradicted)));
    m_banner->setVisible(contradicted > 0);
    m_empty->setVisible(m_facts.isEmpty());
    m_diagram->setGraph(graph);
    m_diagram->setHighlightedNode(selected.isEmpty() ? QString() : u"device:"_s + selected);
    m_declare->setEnabled(!selected.isEmpty());
    m_declare->setToolTip(selected.isEmpty() ? tr("Choose a device first: a flow is declared for a device or its "
                                                  "model.")
                                             : tr("State where this device's data goes (from an MDS2 form, a vendor "
                                                  "document or a site survey)."));
    const bool haveDiagram = !graph.nodes().isEmpty();
    m_exportSvg->setEnabled(haveDiagram);
    m_exportPng->setEnabled(haveDiagram);
    fillTable();
}

void FlowsPage::fillTable()
{
    const QString selected = selectedDevice();
    m_shown.clear();
    if (selected.isEmpty()) {
        m_shown = m_declarations;
    } else if (const posture::DeviceFacts *device = facts(selected)) {
        m_shown = device->declaredFlows;
    }
    const CalendarSystem calendar = m_settings.calendar();
    m_table->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const flows::FlowDeclaration &flow = m_shown.at(row);
        QString scope;
        if (flow.forModel()) {
            scope = tr("Model %1").arg(QString(flow.manufacturer + u' ' + flow.model).trimmed());
        } else if (const posture::DeviceFacts *device = facts(flow.deviceId)) {
            scope = deviceLabel(*device);
        } else {
            scope = flow.deviceId;
        }
        QStringList types;
        for (const QString &type : flow.dataTypes)
            types.append(flows::dataTypeLabel(type));
        const QString carried = flow.patientData
            ? (types.isEmpty() ? tr("Patient data") : QLocale().createSeparatedList(types))
            : tr("No patient data");
        const QStringList cells {
            scope,
            flows::label(flow.endpoint),
            flow.destination,
            flows::label(flow.transport),
            flows::label(flow.encryption),
            carried,
            flow.sourceReference.isEmpty() ? flows::label(flow.source)
                                           : tr("%1: %2").arg(flows::label(flow.source), flow.sourceReference),
            flow.declaredBy.isEmpty()
                ? DateFormat::dateTime(flow.declared, calendar)
                : tr("%1 by %2").arg(DateFormat::dateTime(flow.declared, calendar), flow.declaredBy)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    m_edit->setEnabled(false);
    m_remove->setEnabled(false);
}

void FlowsPage::declareFlow()
{
    const posture::DeviceFacts *device = facts(selectedDevice());
    if (!device)
        return;
    flows::FlowDeclaration initial;
    initial.deviceId = device->id;
    initial.manufacturer = device->manufacturer;
    initial.model = device->model;
    initial.endpoint = flows::Endpoint::Gateway;
    initial.transport = flows::Transport::Ble;
    FlowDeclarationDialog dialog(initial, deviceLabel(*device), false, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Result<qint64> added = flows::FlowStore(m_database, m_services.audit).add(dialog.declaration(), QString());
    if (!added)
        showError(added.error());
    reload();
}

void FlowsPage::editDeclaration()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_shown.size())
        return;
    flows::FlowDeclaration initial = m_shown.at(row);
    const bool forModel = initial.forModel();
    const posture::DeviceFacts *device = facts(forModel ? selectedDevice() : initial.deviceId);
    if (device) {
        initial.deviceId = device->id;
        if (!forModel) {
            initial.manufacturer = device->manufacturer;
            initial.model = device->model;
        }
    }
    FlowDeclarationDialog dialog(initial, device ? deviceLabel(*device) : initial.deviceId, forModel, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status changed = flows::FlowStore(m_database, m_services.audit).update(dialog.declaration(), QString());
        !changed)
        showError(changed.error());
    reload();
}

void FlowsPage::removeDeclaration()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_shown.size())
        return;
    const flows::FlowDeclaration flow = m_shown.at(row);
    QMessageBox ask(QMessageBox::Question, tr("Remove declared flow"),
                    tr("Remove the declared flow to %1? The diagram and the posture findings will no longer take "
                       "it into account. The removal is recorded in the audit log.")
                        .arg(flow.destination),
                    QMessageBox::NoButton, this);
    QPushButton *removeButton = ask.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != removeButton)
        return;
    if (Status removed = flows::FlowStore(m_database, m_services.audit).remove(flow.id, QString()); !removed)
        showError(removed.error());
    reload();
}

void FlowsPage::exportWithDialog(const QString &format)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = folder + u"/pasban-data-flows."_s + format;
    const QString filter = format == u"svg"_s ? tr("SVG pictures (*.svg)") : tr("PNG pictures (*.png)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the data-flow diagram"), suggested, filter);
    if (path.isEmpty())
        return;
    if (Status written = exportDiagram(path, format); !written)
        showError(written.error());
}

Status FlowsPage::exportDiagram(const QString &path, const QString &format)
{
    if (m_services.audit) {
        audit::AuditEvent event;
        event.type = audit::EventType::Export;
        event.action = audit::Action::Read;
        event.device = selectedDevice();
        event.details = {{u"event"_s, u"flow-diagram-export"_s},
                         {u"format"_s, format},
                         {u"devices"_s, qint64(m_diagram->graph().nodes().size())},
                         {u"file"_s, QFileInfo(path).fileName()}};
        // Recorded first: nothing leaves the console unaudited.
        if (Result<quint64> recorded = m_services.audit->record(event); !recorded)
            return recorded.error();
    }
    const report::FlowDiagramPainter painter(m_diagram->graph(), layoutDirection());
    return format == u"svg"_s ? painter.exportSvg(path, tr("Pasban: patient-data flows")) : painter.exportPng(path);
}

void FlowsPage::showError(const Error &error)
{
    QMessageBox::warning(this, tr("Data flows"), error.message());
}

} // namespace pasban::ui
