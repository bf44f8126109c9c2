#include "DeviceDetailView.h"

#include "AssetEditor.h"
#include "InterrogateDialog.h"
#include "UsbText.h"
#include "audit/AuditSink.h"
#include "common/Bidi.h"
#include "common/Clock.h"
#include "common/DateFormat.h"
#include "common/Settings.h"
#include "console/DeviceInventorySync.h"
#include "console/DiscoverySession.h"
#include "discovery/BleInterrogator.h"
#include "discovery/DeviceJson.h"
#include "discovery/DeviceRegistry.h"
#include "discovery/Identification.h"
#include "discovery/LibusbScanner.h"
#include "health/DecodedMeasurement.h"
#include "health/UnitPreferences.h"
#include "inventory/DeclaredComparison.h"
#include "inventory/InventoryStore.h"
#include "operators/OperatorAccess.h"
#include "smp/SmpProbe.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString identifier(const QString &text)
{
    return ltrIsolate(text.toHtmlEscaped());
}

// Qt's rich text lays table columns out left to right whatever the language, so
// in a right-to-left window the cells are written in reverse: the first column
// then stands on the right, where a Persian reader starts.
QString cellsInReadingOrder(QStringList cells)
{
    if (QGuiApplication::layoutDirection() == Qt::RightToLeft)
        std::reverse(cells.begin(), cells.end());
    QString html = u"<tr>"_s;
    for (const QString &cell : std::as_const(cells))
        html += u"<td style='padding-left:6px; padding-right:6px'>%1</td>"_s.arg(cell);
    return html + u"</tr>"_s;
}

QString row(const QString &label, const QString &value)
{
    return cellsInReadingOrder({u"<b>%1</b>"_s.arg(label), value});
}

// Severity is an icon, a word and a colour together, never colour alone.
QString verdictHtml(discovery::ProbeVerdict verdict)
{
    switch (verdict) {
    case discovery::ProbeVerdict::Open:
        return u"<span style='color:#b3261e'>⚠ %1</span>"_s.arg(DeviceDetailView::tr("Open: readable without pairing"));
    case discovery::ProbeVerdict::Protected:
        return u"<span style='color:#1e6b35'>✔ %1</span>"_s.arg(
            DeviceDetailView::tr("Protected: refused without pairing"));
    case discovery::ProbeVerdict::Error:
        break;
    }
    return u"<span style='color:#5f6368'>? %1</span>"_s.arg(DeviceDetailView::tr("No evidence: the attempt failed"));
}

QString characteristicLabel(const QBluetoothUuid &uuid)
{
    const QString name = discovery::characteristicName(uuid);
    const QString id = identifier(discovery::uuidString(uuid));
    return name.isEmpty() ? id : escaped(name) + u" ("_s + id + u')';
}

health::UnitPreferences unitPreferences(const Settings &settings)
{
    const auto unit = [&settings](Settings::Key key) {
        return health::preferenceUnitFromUcum(settings.value(key).toString());
    };
    return {unit(Settings::Key::TemperatureUnit), unit(Settings::Key::PressureUnit), unit(Settings::Key::GlucoseUnit),
            unit(Settings::Key::WeightUnit)};
}

// One reading in the operator's units; a converted value says what was sent,
// so the device's own figure is never hidden.
QString readingText(const health::Reading &reading, const health::UnitPreferences &preferences)
{
    const Result<health::Reading> shown = health::inPreferredUnit(reading, preferences);
    if (!shown || shown->unit == reading.unit || !reading.value.isFinite())
        return reading.name() + u": "_s + reading.toString();
    //: A value converted to the unit chosen in Settings, then the value as the device sent it
    return reading.name() + u": "_s
        + DeviceDetailView::tr("%1 (sent as %2)").arg(shown->toString(), reading.toString());
}

QString measurementText(const discovery::NotificationRecord &notification, const health::UnitPreferences &preferences)
{
    const Result<health::DecodedMeasurement> decoded =
        health::decodeMeasurement(notification.characteristic.toUInt16(), notification.value);
    if (!decoded)
        return DeviceDetailView::tr("could not be decoded: %1").arg(decoded.error().message());
    QStringList parts;
    for (const health::Reading &reading : decoded->readings)
        parts << readingText(reading, preferences);
    parts += decoded->notes();
    return parts.join(u"; "_s);
}

// Where a declared value came from, in words.
QString sourceText(const QString &source)
{
    if (source == u"import"_s)
        return DeviceDetailView::tr("imported from the maintenance system");
    if (source == u"cli"_s)
        return DeviceDetailView::tr("added on the command line");
    if (source == u"edit"_s || source.isEmpty())
        return DeviceDetailView::tr("typed in Pasban");
    return escaped(source);
}

// A comparison's state: a mark and a word (and a colour), never colour alone.
QString comparisonHtml(inventory::FieldComparison::State state)
{
    using State = inventory::FieldComparison::State;
    switch (state) {
    case State::Agrees:
        return u"<span style='color:#1e6b35'>✔ %1</span>"_s.arg(DeviceDetailView::tr("agrees"));
    case State::Differs:
        return u"<span style='color:#b3261e'><b>⚠ %1</b></span>"_s.arg(DeviceDetailView::tr("Mismatch"));
    case State::NotObserved:
        return u"<span style='color:#5f6368'>%1</span>"_s.arg(DeviceDetailView::tr("not observed yet"));
    case State::NotDeclared:
        return u"<span style='color:#5f6368'>%1</span>"_s.arg(DeviceDetailView::tr("not declared"));
    }
    return {};
}

QString valueOrDash(const QString &value)
{
    return value.isEmpty() ? u"—"_s : identifier(value);
}

QString yesNo(bool value)
{
    return value ? DeviceDetailView::tr("yes") : DeviceDetailView::tr("no");
}

// The device descriptor's class: most devices leave it to their interfaces.
QString deviceClassText(quint8 code)
{
    QString hex = identifier(u"0x%1"_s.arg(code, 2, 16, QChar(u'0')));
    switch (code) {
    case 0x00:
        return DeviceDetailView::tr("defined by each interface (%1)").arg(hex);
    case 0x02:
        return DeviceDetailView::tr("communications device (%1)").arg(hex);
    case 0xEF:
        return DeviceDetailView::tr("composite device (%1)").arg(hex);
    case 0xFF:
        return DeviceDetailView::tr("vendor-specific (%1)").arg(hex);
    default:
        return hex;
    }
}

QString slotState(const smp::ImageSlotState &slot)
{
    QStringList flags;
    if (slot.active)
        flags << DeviceDetailView::tr("running");
    if (slot.confirmed)
        flags << DeviceDetailView::tr("confirmed");
    if (slot.pending)
        flags << DeviceDetailView::tr("pending: swaps in at the next reset");
    if (slot.bootable)
        flags << DeviceDetailView::tr("bootable");
    if (slot.permanent)
        flags << DeviceDetailView::tr("permanent");
    return flags.isEmpty() ? DeviceDetailView::tr("stored, not running") : flags.join(DeviceDetailView::tr(", "));
}

} // namespace

DeviceDetailView::DeviceDetailView(const DeviceServices &services, DiscoverySession *session, Settings &settings,
                                   QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
    , m_settings(settings)
    , m_empty(new QLabel(this))
    , m_text(new QTextBrowser(this))
    , m_interrogateButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_probeButton(new QPushButton(this))
{
    setObjectName(u"deviceDetail"_s);
    m_empty->setWordWrap(true);
    m_text->setOpenLinks(false);
    m_text->setObjectName(u"deviceDetailText"_s);
    m_interrogateButton->setObjectName(u"interrogateButton"_s);
    m_probeButton->setObjectName(u"probeSmpButton"_s);
    m_cancelButton->setObjectName(u"deviceCancelButton"_s);
    m_status->setWordWrap(true);
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_cancelButton->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_interrogateButton);
    buttons->addWidget(m_probeButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    if (m_services.inventory) {
        m_assetEditor = new AssetEditor(*m_services.inventory, this);
        m_assetEditor->setEnabled(false);
        layout->addWidget(m_assetEditor);
    }

    connect(m_interrogateButton, &QPushButton::clicked, this, [this] { interrogate(); });
    connect(m_probeButton, &QPushButton::clicked, this, &DeviceDetailView::probeOverSmp);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (isProbing())
            cancelProbe();
        else if (m_services.interrogator)
            m_services.interrogator->cancel();
    });
    if (m_services.interrogator) {
        connect(m_services.interrogator, &discovery::BleInterrogator::progress, this, &DeviceDetailView::onProgress);
        connect(m_services.interrogator, &discovery::BleInterrogator::notificationReceived, this,
                &DeviceDetailView::onNotification);
        connect(m_services.interrogator, &discovery::BleInterrogator::finished, this, &DeviceDetailView::onFinished);
        connect(m_services.interrogator, &discovery::BleInterrogator::failed, this, &DeviceDetailView::onFailed);
    }
    if (m_services.registry) {
        connect(m_services.registry, &discovery::DeviceRegistry::devicesChanged, this, [this](const QStringList &ids) {
            if (ids.contains(m_id))
                refresh();
        });
    }
    connect(&m_settings, &Settings::changed, this, &DeviceDetailView::refresh);
    retranslate();
}

void DeviceDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DeviceDetailView::retranslate()
{
    m_empty->setText(tr("Select a device to see what was observed about it."));
    m_interrogateButton->setText(tr("&Interrogate…"));
    m_interrogateButton->setToolTip(tr("Connect without pairing, read what the device reveals and test whether "
                                       "its measurements are protected"));
    m_probeButton->setText(tr("&Probe over SMP"));
    m_cancelButton->setText(tr("Cancel"));
    refresh();
}

void DeviceDetailView::showDevice(const QString &id)
{
    if (id == m_id)
        return;
    m_id = id;
    if (m_interrogatingId.isEmpty())
        m_status->clear();
    if (m_assetEditor)
        m_assetEditor->showDevice(id);
    gateAssetEditor();
    refresh();
}

void DeviceDetailView::setOperatorAccess(OperatorAccess *access)
{
    OperatorAccess::follow(m_access, access, this, [this] {
        gateAssetEditor();
        refresh();
    });
    gateAssetEditor();
    refresh();
}

void DeviceDetailView::gateAssetEditor()
{
    if (m_assetEditor)
        OperatorAccess::gate(m_access, m_assetEditor, operators::Permission::EditInventory, !m_id.isEmpty());
}

void DeviceDetailView::refresh()
{
    const std::optional<discovery::DeviceRecord> device =
        m_services.registry && !m_id.isEmpty() ? m_services.registry->device(m_id) : std::nullopt;
    const QString declared = renderDeclared(bool(device));
    const bool known = device || !declared.isEmpty();
    m_empty->setVisible(!known);
    m_text->setVisible(known);
    const bool busy = m_services.interrogator && m_services.interrogator->isBusy();
    const bool usb = device && device->usb;
    m_interrogateButton->setVisible(device && !usb);
    m_probeButton->setVisible(usb);
    if (m_assetEditor)
        m_assetEditor->setVisible(bool(device));
    OperatorAccess::gate(m_access, m_interrogateButton, operators::Permission::Interrogate,
                         device && m_services.interrogator && !busy);
    const bool hasPort = usb && !device->usb->serialPort.isEmpty();
    if (usb && !hasPort)
        m_probeButton->setToolTip(tr("This device has no serial port (CDC-ACM), so it cannot be probed over SMP."));
    else
        m_probeButton->setToolTip(tr("Ask the device over its USB serial port what it runs (SMP/mcumgr): "
                                     "operating system, bootloader and firmware images. Read only: nothing is "
                                     "changed."));
    // Probing is interrogating a device, as in pasban-cli usb probe.
    OperatorAccess::gate(m_access, m_probeButton, operators::Permission::Interrogate, hasPort && !isProbing());
    if (known)
        m_text->setHtml((device ? renderDevice(*device) : QString()) + declared);
}

QString DeviceDetailView::renderDeclared(bool inRegistry) const
{
    if (!m_services.inventory || m_id.isEmpty())
        return {};
    inventory::InventoryStore &store = m_services.inventory->store();
    std::optional<inventory::DeclaredRecord> declared;
    std::optional<inventory::InventoryDevice> observed;
    if (m_id.startsWith(u"asset:"_s)) {
        Result<std::optional<inventory::DeclaredRecord>> found = store.findDeclared(m_id.mid(6));
        if (found)
            declared = *found;
    } else {
        Result<std::optional<inventory::DeclaredRecord>> found = store.declaredForDevice(m_id);
        if (found)
            declared = *found;
        Result<std::optional<inventory::InventoryDevice>> device = store.find(m_id);
        if (device)
            observed = *device;
    }
    const CalendarSystem calendar = m_settings.calendar();
    QString html;
    if (!declared) {
        if (!inRegistry && !observed)
            return {};
        if (!inRegistry && observed) {
            html += u"<h3>%1</h3><h4>%2</h4>"_s.arg(
                escaped(observed->observed.name.isEmpty() ? tr("(no name)") : observed->observed.name),
                tr("Observed, last at %1").arg(escaped(DateFormat::dateTime(observed->lastSeenUtc, calendar))));
            html += u"<table>"_s;
            html += row(tr("Identity"), identifier(observed->observed.id));
            if (!observed->observed.manufacturer.isEmpty())
                html += row(tr("Manufacturer"), escaped(observed->observed.manufacturer));
            if (!observed->observed.firmware.isEmpty())
                html += row(tr("Firmware revision"), identifier(observed->observed.firmware));
            html += u"</table>"_s;
        }
        return html
            + u"<p><i>%1</i></p>"_s.arg(
                tr("Not declared: no record imported from the maintenance system matches this device."));
    }
    if (!inRegistry) {
        html += u"<h3>%1</h3>"_s.arg(identifier(declared->assetTag)
                                     + (declared->model.isEmpty()
                                            ? QString()
                                            : u" — "_s + escaped(declared->manufacturer + u' ' + declared->model)));
    }
    //: Provenance: declared values, where they came from and when
    html += u"<h4>%1</h4>"_s.arg(
        tr("Declared (%1, %2) and observed")
            .arg(sourceText(declared->source), escaped(DateFormat::dateTime(declared->declaredUtc, calendar))));
    const QList<inventory::FieldComparison> comparison =
        observed ? inventory::compareDeclared(*declared, observed->observed) : QList<inventory::FieldComparison>();
    if (!observed) {
        html += u"<p><i>%1</i></p>"_s.arg(tr("Not seen by a scan yet: these values are declared only."));
    } else if (inventory::hasMismatch(comparison)) {
        QStringList fields;
        for (const inventory::FieldComparison &c : comparison) {
            if (c.state == inventory::FieldComparison::State::Differs)
                fields << inventory::fieldLabel(c.field);
        }
        html += u"<p style='color:#b3261e'><b>⚠ %1</b></p>"_s.arg(
            tr("Declared and observed values differ: %1.").arg(escaped(fields.join(tr(", ")))));
    } else {
        html += u"<p style='color:#1e6b35'>✔ %1</p>"_s.arg(tr("What was observed agrees with what is declared."));
    }
    html += u"<table><tr><th align='start'>%1</th><th align='start'>%2</th><th align='start'>%3</th>"
            "<th align='start'>%4</th></tr>"_s.arg(tr("Field"), tr("Declared"), tr("Observed"), tr("Comparison"));
    for (const inventory::FieldComparison &c : comparison) {
        html += u"<tr><td style='padding-inline-end:12px'><b>%1</b></td><td style='padding-inline-end:12px'>%2</td>"
                "<td style='padding-inline-end:12px'>%3</td><td>%4</td></tr>"_s.arg(
                    escaped(inventory::fieldLabel(c.field)), valueOrDash(c.declared), valueOrDash(c.observed),
                    comparisonHtml(c.state));
    }
    QSet<inventory::Field> compared;
    for (const inventory::FieldComparison &c : comparison)
        compared.insert(c.field);
    for (inventory::Field field : inventory::allFields()) {
        const QString value = declared->value(field);
        if (value.isEmpty() || compared.contains(field))
            continue;
        const QString shown = field == inventory::Field::Notes || field == inventory::Field::Location
                || field == inventory::Field::Department || field == inventory::Field::Owner
            ? escaped(value).replace(u"\n"_s, u"<br>"_s)
            : identifier(value);
        html += u"<tr><td style='padding-inline-end:12px'><b>%1</b></td><td>%2</td><td>—</td><td></td></tr>"_s.arg(
            escaped(inventory::fieldLabel(field)), shown);
    }
    html += u"</table>"_s;
    return html;
}

QString DeviceDetailView::renderDevice(const discovery::DeviceRecord &device) const
{
    if (device.usb)
        return renderUsb(device);
    const CalendarSystem calendar = m_settings.calendar();
    QString html = u"<h3>%1</h3><p>%2</p>"_s.arg(escaped(device.name.isEmpty() ? tr("(no name)") : device.name),
                                                 escaped(discovery::displayName(device.deviceClass)));

    //: Provenance: observed by a scan, with the time
    html += u"<h4>%1</h4><table>"_s.arg(
        tr("Observed by scan, last at %1").arg(escaped(DateFormat::dateTime(device.lastSeen, calendar))));
    html +=
        row(tr("Address"), identifier(device.address) + u" — "_s + escaped(discovery::displayName(device.addressType)));
    html += row(tr("Signal"), tr("%1 dBm").arg(QLocale().toString(device.rssi)));
    if (!device.manufacturer.isEmpty())
        html += row(tr("Manufacturer"), escaped(device.manufacturer));
    QStringList services;
    for (const QBluetoothUuid &uuid : device.services) {
        const QString name = discovery::serviceName(uuid);
        services << (name.isEmpty() ? identifier(discovery::uuidString(uuid)) : escaped(name));
    }
    if (!services.isEmpty())
        html += row(tr("Advertised services"), services.join(u", "_s));
    if (device.smp)
        html += row(tr("Firmware update"), tr("over SMP (mcumgr)"));
    if (device.nordicDfu)
        html += row(tr("Firmware update"), tr("Nordic DFU"));
    html += row(tr("First seen"), escaped(DateFormat::dateTime(device.firstSeen, calendar)));
    html += u"</table>"_s;

    if (!device.interrogation) {
        html += u"<p><i>%1</i></p>"_s.arg(tr("Not interrogated yet: whether its patient data can be read without "
                                             "pairing is unknown."));
        return html;
    }
    const discovery::Interrogation &in = *device.interrogation;
    html +=
        u"<h4>%1</h4><table>"_s.arg(tr("Observed by interrogation at %1 (%2)")
                                        .arg(escaped(DateFormat::dateTime(in.atUtc, calendar)), identifier(in.method)));
    const auto disRow = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += row(label, identifier(value));
    };
    disRow(tr("Manufacturer"), in.dis.manufacturer);
    disRow(tr("Model"), in.dis.model);
    disRow(tr("Serial number"), in.dis.serial);
    disRow(tr("Hardware revision"), in.dis.hardware);
    disRow(tr("Firmware revision"), in.dis.firmware);
    disRow(tr("Software revision"), in.dis.software);
    if (in.dis.has11073Certification)
        html += row(tr("IEEE 11073 certification data"), tr("present"));
    html += u"</table>"_s;

    html += u"<h4>%1</h4>"_s.arg(tr("Protection of health measurements"));
    if (in.probe.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(tr("No health measurement characteristic was found."));
    } else {
        html += u"<table>"_s;
        for (auto it = in.probe.cbegin(); it != in.probe.cend(); ++it)
            html += row(characteristicLabel(it.key()), verdictHtml(it->verdict));
        html += u"</table>"_s;
    }
    if (in.smpOpen.has_value()) {
        html += u"<p>%1</p>"_s.arg(*in.smpOpen ? u"<span style='color:#b3261e'>⚠ %1</span>"_s.arg(tr(
                                       "Device management (SMP) answered without pairing: anyone in radio range could "
                                       "upload firmware or reset it."))
                                               : u"<span style='color:#1e6b35'>✔ %1</span>"_s.arg(
                                                   tr("Device management (SMP) did not answer without pairing.")));
    }
    if (in.securityLevels)
        html += u"<p>%1 %2</p>"_s.arg(tr("Declared GATT security levels:"),
                                      identifier(QString::fromLatin1(in.securityLevels->toHex(' '))));

    if (!in.notifications.isEmpty()) {
        const health::UnitPreferences preferences = unitPreferences(m_settings);
        html += u"<h4>%1</h4><ul>"_s.arg(tr("Measurements received"));
        QHash<QBluetoothUuid, const discovery::NotificationRecord *> latest;
        for (const discovery::NotificationRecord &n : in.notifications)
            latest.insert(n.characteristic, &n);
        for (auto it = latest.cbegin(); it != latest.cend(); ++it)
            html +=
                u"<li>%1: %2</li>"_s.arg(characteristicLabel(it.key()), escaped(measurementText(**it, preferences)));
        html += u"</ul>"_s;
    }
    return html;
}

void DeviceDetailView::interrogate(bool confirmed)
{
    if (!m_services.interrogator || !m_services.registry || m_services.interrogator->isBusy())
        return;
    const std::optional<discovery::DeviceRecord> device = m_services.registry->device(m_id);
    if (!device)
        return;
    // Core decides (and records a refusal); the button is disabled for it already.
    if (const Status allowed = m_access ? m_access->check(operators::Permission::Interrogate) : Status(); !allowed) {
        m_status->setText(allowed.error().message());
        return;
    }
    int listenSeconds = m_settings.value(Settings::Key::InterrogationListenSeconds).toInt();
    if (!confirmed) {
        InterrogateDialog dialog(device->name, device->address, listenSeconds, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        listenSeconds = dialog.listenSeconds();
        m_settings.setValue(Settings::Key::InterrogationListenSeconds, listenSeconds);
    }
    m_interrogatingId = m_id;
    m_live.clear();
    m_progress->setValue(0);
    m_progress->show();
    m_cancelButton->show();
    m_interrogateButton->setEnabled(false);
    m_status->setText(tr("Interrogating %1…").arg(ltrIsolate(device->address)));
    discovery::InterrogationOptions options;
    options.notifyFor = std::chrono::seconds {listenSeconds};
    m_services.interrogator->interrogate(device->address, options);
}

void DeviceDetailView::onProgress(const QString &phase, int percent)
{
    m_progress->setValue(percent);
    m_progress->setFormat(phase + u" — %p%"_s);
}

void DeviceDetailView::onNotification(const discovery::NotificationRecord &notification)
{
    m_status->setText(characteristicLabel(notification.characteristic) + u": "_s
                      + escaped(measurementText(notification, unitPreferences(m_settings))));
}

void DeviceDetailView::onFinished(const discovery::Interrogation &interrogation)
{
    m_progress->hide();
    m_cancelButton->hide();
    const QString id = std::exchange(m_interrogatingId, QString());
    QString newId = id;
    m_status->setText(tr("Interrogation finished."));
    // Typed but unsaved asset fields follow the device to its new identity.
    std::optional<inventory::AssetFields> pending;
    if (m_assetEditor && m_assetEditor->isModified())
        pending = m_assetEditor->fields();
    if (m_session) {
        Result<QString> stored = m_session->recordInterrogation(id, interrogation);
        if (stored)
            newId = *stored;
        else
            m_status->setText(u"<span style='color:#b3261e'>✖ %1</span>"_s.arg(escaped(stored.error().message())));
    } else if (m_services.registry) {
        newId = m_services.registry->mergeInterrogation(id, interrogation);
    }
    m_id.clear();
    if (m_assetEditor && newId != m_assetEditor->deviceId()) {
        m_assetEditor->revert(); // the old identity may be merged away: the edits move instead
        m_assetEditor->showDevice(newId);
        if (pending)
            m_assetEditor->setFields(*pending);
    }
    showDevice(newId);
}

void DeviceDetailView::onFailed(const pasban::Error &error)
{
    m_progress->hide();
    m_cancelButton->hide();
    if (m_session && !m_interrogatingId.isEmpty())
        m_session->recordInterrogationFailure(m_interrogatingId, error);
    m_interrogatingId.clear();
    m_status->setText(u"<span style='color:#b3261e'>✖ %1</span>"_s.arg(escaped(error.message())));
    refresh();
}

QString DeviceDetailView::renderUsb(const discovery::DeviceRecord &device) const
{
    const discovery::UsbDevice &usb = *device.usb;
    const CalendarSystem calendar = m_settings.calendar();
    const QString title = usb.displayName();
    QString html = u"<h3>%1</h3><p>%2</p>"_s.arg(escaped(title), tr("USB device: %1").arg(UsbText::functions(usb)));
    if (!usb.accessHint.isEmpty()) {
        // The hint in the current language (the stored one is in the language of the scan).
        html += u"<p style='color:#b3261e'><b>⚠ %1</b><br>%2</p>"_s.arg(
            tr("Access denied by the operating system: only what it shares without opening the device is shown."),
            escaped(discovery::LibusbScanner::accessHint()));
    }
    //: Provenance: observed by USB enumeration, with the time
    html += u"<h4>%1</h4><table>"_s.arg(
        tr("Observed by USB enumeration, last at %1").arg(escaped(DateFormat::dateTime(device.lastSeen, calendar))));
    QStringList names;
    if (!usb.vendorName.isEmpty())
        names << escaped(usb.vendorName);
    if (!usb.productName.isEmpty())
        names << escaped(usb.productName);
    //: Vendor and product IDs of a USB device
    html += row(tr("VID:PID"),
                UsbText::vidPid(usb)
                    + (names.isEmpty() ? u" — "_s + tr("not in the USB ID database") : u" — "_s + names.join(u", "_s)));
    html += row(tr("Manufacturer string"), valueOrDash(usb.manufacturer));
    html += row(tr("Product string"), valueOrDash(usb.product));
    if (usb.weakIdentity()) {
        html += row(tr("Serial number"),
                    u"<span style='color:#8a5300'>⚠ %1</span>"_s.arg(
                        tr("none: weak identity. The device is told apart only by the port it is plugged into; on "
                           "another port it becomes a new entry.")));
    } else {
        html += row(tr("Serial number"), identifier(usb.serial));
    }
    html += row(tr("Bus path"), identifier(usb.busPath));
    html += row(tr("Device class"), deviceClassText(usb.descriptor.deviceClass));
    QStringList interfaces;
    for (const discovery::UsbInterface &interface : usb.interfaces) {
        interfaces << UsbText::function(interface) + u" "_s
                + identifier(u"(%1/%2/%3)"_s.arg(interface.interfaceClass, 2, 16, QChar(u'0'))
                                 .arg(interface.interfaceSubClass, 2, 16, QChar(u'0'))
                                 .arg(interface.interfaceProtocol, 2, 16, QChar(u'0')));
    }
    html += row(tr("Interfaces"), interfaces.isEmpty() ? u"—"_s : interfaces.join(u"<br>"_s));
    html += row(tr("Serial port"), valueOrDash(usb.serialPort));
    html += row(tr("Firmware replaceable over USB DFU"),
                usb.hasDfu() ? u"<span style='color:#b3261e'>⚠ %1</span>"_s.arg(yesNo(true)) : yesNo(false));
    html += row(tr("Mass storage exposed"),
                usb.hasMassStorage() ? u"<span style='color:#b3261e'>⚠ %1</span>"_s.arg(yesNo(true)) : yesNo(false));
    html += row(tr("First seen"), escaped(DateFormat::dateTime(device.firstSeen, calendar)));
    html += u"</table>"_s;
    return html + renderProbe();
}

QString DeviceDetailView::renderProbe() const
{
    if (isProbing() && m_probingId == m_id)
        return {};
    if (!m_probeShown || m_probeShown->id != m_id)
        return {};
    const ProbeShown &shown = *m_probeShown;
    //: Provenance: observed by an SMP probe over a serial port, with the time
    QString html = u"<h4>%1</h4>"_s.arg(
        tr("Observed by SMP probe on %1 at %2")
            .arg(identifier(shown.port), escaped(DateFormat::dateTime(shown.atUtc, m_settings.calendar()))));
    if (!shown.result) {
        const Error error = shown.error.value_or(Error());
        return html
            + u"<p style='color:#b3261e'>✖ %1<br><small>%2</small></p>"_s.arg(
                escaped(error.message()), tr("Technical detail: %1").arg(identifier(error.code())));
    }
    const smp::SmpProbeResult &result = *shown.result;
    html += u"<p style='color:#b3261e'>⚠ %1</p>"_s.arg(
        tr("Device management (SMP) answered over USB without authentication: anyone with this cable could "
           "upload firmware or reset the device."));
    html += u"<table>"_s;
    html += row(tr("Echo"), yesNo(result.echo));
    html += row(tr("OS and application"), result.osInfo ? identifier(*result.osInfo) : tr("not supported"));
    if (result.parameters) {
        html += row(tr("Management buffers"),
                    tr("%1 of %2 bytes")
                        .arg(QLocale().toString(result.parameters->bufferCount),
                             QLocale().toString(result.parameters->bufferSize)));
    }
    QString bootloader = tr("not supported");
    if (result.bootloader) {
        bootloader = result.bootloader->name.isEmpty() ? tr("unnamed") : identifier(result.bootloader->name);
        if (result.bootloader->mode)
            bootloader += u", "_s + escaped(smp::bootloaderModeText(*result.bootloader->mode));
        if (result.bootloader->noDowngrade.value_or(false))
            bootloader += u", "_s + tr("refuses older firmware");
    }
    html += row(tr("Bootloader"), bootloader);
    html += u"</table>"_s;
    if (!result.images) {
        html += u"<p>%1</p>"_s.arg(tr("The device does not list its firmware images."));
        return html;
    }
    html += u"<table>"_s
        + cellsInReadingOrder({u"<b>%1</b>"_s.arg(tr("Image and slot")), u"<b>%1</b>"_s.arg(tr("Version")),
                               u"<b>%1</b>"_s.arg(tr("State")), u"<b>%1</b>"_s.arg(tr("Hash"))});
    for (const smp::ImageSlotState &slot : *result.images) {
        html += cellsInReadingOrder(
            {tr("image %1, slot %2").arg(QLocale().toString(slot.image), QLocale().toString(slot.slot)),
             identifier(slot.version), escaped(slotState(slot)),
             identifier(QString::fromLatin1(slot.hash.toHex().left(16))) + u"…"_s});
    }
    html += u"</table>"_s;
    return html;
}

bool DeviceDetailView::isProbing() const
{
    return m_probe && m_probe->isRunning();
}

void DeviceDetailView::probeOverSmp()
{
    if (isProbing() || !m_services.registry)
        return;
    const std::optional<discovery::DeviceRecord> device = m_services.registry->device(m_id);
    if (!device || !device->usb || device->usb->serialPort.isEmpty())
        return;
    // Core decides (and records a refusal); the button is disabled for it already.
    if (const Status allowed = m_access ? m_access->check(operators::Permission::Interrogate) : Status(); !allowed) {
        m_status->setText(allowed.error().message());
        return;
    }
    const QString id = m_id;
    const QString port = device->usb->serialPort;
    smp::SmpProbeOptions options;
    if (m_probeTimeoutMs > 0) {
        options.client.timeoutMs = m_probeTimeoutMs;
        options.client.firstChunkTimeoutMs = m_probeTimeoutMs;
    }
    m_probe = smp::SmpProbe::forSerialPort(port, options, this);
    connect(m_probe, &smp::SmpProbe::progress, this, [this](const QString &step, int done, int total) {
        m_progress->setValue(total > 0 ? done * 100 / total : 0);
        m_progress->setFormat(step + u" — %p%"_s);
    });
    connect(m_probe, &smp::SmpProbe::finished, this,
            [this, id, port](const Result<smp::SmpProbeResult> &result) { onProbeFinished(id, port, result); });
    m_probingId = id;
    m_progress->setValue(0);
    m_progress->show();
    m_cancelButton->show();
    m_probeButton->setEnabled(false);
    m_status->setText(tr("Probing %1 over SMP…").arg(ltrIsolate(port)));
    m_probe->start();
}

void DeviceDetailView::cancelProbe()
{
    if (isProbing())
        m_probe->cancel();
}

void DeviceDetailView::onProbeFinished(const QString &id, const QString &port,
                                       const Result<smp::SmpProbeResult> &result)
{
    m_progress->hide();
    m_cancelButton->hide();
    m_probingId.clear();
    if (m_probe)
        m_probe->deleteLater();
    ProbeShown shown;
    shown.id = id;
    shown.port = port;
    shown.atUtc = Clock::system().nowUtc();
    if (result)
        shown.result = std::make_shared<const smp::SmpProbeResult>(*result);
    else
        shown.error = result.error();
    m_probeShown = shown;
    const QString operatorId = m_session ? m_session->operatorId() : QString();
    if (m_services.audit) {
        audit::AuditEvent event = smp::probeAuditEvent(port, id, result);
        event.operatorId = operatorId;
        if (Result<quint64> recorded = m_services.audit->record(event); !recorded) {
            m_status->setText(u"<span style='color:#b3261e'>✖ %1</span>"_s.arg(escaped(recorded.error().message())));
            refresh();
            return;
        }
    }
    // Evidence for the posture page: management answered without authentication.
    if (result && result->echo && m_services.inventory) {
        inventory::Observation observation {QString::fromUtf16(smp::ProbeObservationKind),
                                            smp::probeObservationValue(*result, port), shown.atUtc, u"smp-probe"_s,
                                            operatorId};
        Status stored = m_services.inventory->flush(); // the device itself may not be written yet
        if (stored)
            stored = m_services.inventory->store().recordObservation(id, observation);
        if (!stored) {
            m_status->setText(u"<span style='color:#b3261e'>✖ %1</span>"_s.arg(escaped(stored.error().message())));
            refresh();
            return;
        }
    }
    if (result)
        m_status->setText(tr("Probe finished."));
    else if (result.error().code() == u"smp.cancelled"_s)
        m_status->setText(tr("Probe cancelled."));
    else
        m_status->setText(u"<span style='color:#b3261e'>✖ %1</span>"_s.arg(escaped(result.error().message())));
    refresh();
}

} // namespace pasban::ui
