#include "InventoryStore.h"

#include "DeviceMatching.h"
#include "FieldRules.h"

#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace pasban::inventory {

namespace {

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

Error unknownDevice(const QString &id)
{
    return Error(u"inventory.unknown_device"_s,
                 QT_TRANSLATE_NOOP("pasban::Error", "The device %1 is not in the inventory. Scan again or import it."),
                 {id});
}

const QString DeviceColumns = u"id, transport, address, address_type, name, device_class, manufacturer, model, "
                              "serial, hardware, firmware, software, first_seen, last_seen, asset_tag, location, "
                              "department, owner, notes"_s;

InventoryDevice readDevice(const storage::Statement &row)
{
    InventoryDevice device;
    ObservedDevice &o = device.observed;
    o.id = row.columnText(0);
    o.transport = row.columnText(1);
    o.address = row.columnText(2);
    o.addressType = row.columnText(3);
    o.name = row.columnText(4);
    o.deviceClass = row.columnText(5);
    o.manufacturer = row.columnText(6);
    o.model = row.columnText(7);
    o.serial = row.columnText(8);
    o.hardware = row.columnText(9);
    o.firmware = row.columnText(10);
    o.software = row.columnText(11);
    device.firstSeenUtc = fromIso(row.columnText(12));
    device.lastSeenUtc = fromIso(row.columnText(13));
    o.seenUtc = device.lastSeenUtc;
    device.asset = {row.columnText(14), row.columnText(15), row.columnText(16), row.columnText(17), row.columnText(18)};
    return device;
}

const QString DeclaredColumns = u"asset_tag, manufacturer, model, serial, firmware, hardware, location, department, "
                                "owner, notes, bluetooth_address, usb_vendor_id, usb_product_id, source, declared, "
                                "coalesce(device_id, '')"_s;

DeclaredRecord readDeclared(const storage::Statement &row)
{
    DeclaredRecord record;
    int column = 0;
    for (Field field : allFields())
        record.setValue(field, row.columnText(column++));
    record.source = row.columnText(column++);
    record.declaredUtc = fromIso(row.columnText(column++));
    record.deviceId = row.columnText(column);
    return record;
}

Error cancelled()
{
    return Error(u"inventory.cancelled"_s,
                 QT_TRANSLATE_NOOP("pasban::Error", "The import was cancelled; the inventory was not changed."));
}

} // namespace

QString InventoryEntry::assetTag() const
{
    if (declared)
        return declared->assetTag;
    return device ? device->asset.assetTag : QString();
}

InventoryStore::InventoryStore(storage::Database &database, const Clock &clock)
    : m_db(database)
    , m_clock(clock)
{
}

Status InventoryStore::recordSeen(const ObservedDevice &device, const QString &source)
{
    return recordSeen(QList<ObservedDevice> {device}, source);
}

Status InventoryStore::recordSeen(const QList<ObservedDevice> &devices, const QString &source, QStringList *created)
{
    for (const ObservedDevice &device : devices) {
        if (device.id.isEmpty() || device.transport.isEmpty()) {
            return Error(u"inventory.invalid"_s,
                         QT_TRANSLATE_NOOP("pasban::Error", "A device without an identity cannot be stored."));
        }
    }
    // One transaction for the lot: a ward's worth of devices costs one commit.
    auto transaction = storage::Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    QStringList inserted;
    for (const ObservedDevice &device : devices) {
        bool isNew = false;
        if (Status stored = storeSeen(device, source, isNew); !stored)
            return stored;
        if (isNew)
            inserted.append(device.id);
    }
    if (Status committed = transaction->commit(); !committed)
        return committed;
    if (created)
        *created = inserted;
    return {};
}

Status InventoryStore::storeSeen(const ObservedDevice &device, const QString &source, bool &created)
{
    const QString seen = iso(device.seenUtc.isValid() ? device.seenUtc : m_clock.nowUtc());
    Result<std::optional<InventoryDevice>> existing = find(device.id);
    if (!existing)
        return existing.error();
    created = !existing->has_value();

    // Empty observed fields mean "not seen this time", never "erase".
    Result<storage::Statement> upsert = m_db.prepare(
        u"INSERT INTO inventory_device (id, transport, address, address_type, name, device_class, manufacturer, "
        "model, serial, hardware, firmware, software, first_seen, last_seen) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13) "
        "ON CONFLICT(id) DO UPDATE SET "
        "address = coalesce(nullif(excluded.address, ''), address), "
        "address_type = coalesce(nullif(excluded.address_type, ''), address_type), "
        "name = coalesce(nullif(excluded.name, ''), name), "
        "device_class = coalesce(nullif(excluded.device_class, ''), device_class), "
        "manufacturer = coalesce(nullif(excluded.manufacturer, ''), manufacturer), "
        "model = coalesce(nullif(excluded.model, ''), model), "
        "serial = coalesce(nullif(excluded.serial, ''), serial), "
        "hardware = coalesce(nullif(excluded.hardware, ''), hardware), "
        "firmware = coalesce(nullif(excluded.firmware, ''), firmware), "
        "software = coalesce(nullif(excluded.software, ''), software), "
        "first_seen = min(first_seen, excluded.first_seen), "
        "last_seen = max(last_seen, excluded.last_seen)");
    if (!upsert)
        return upsert.error();
    upsert->bind(1, device.id)
        .bind(2, device.transport)
        .bind(3, device.address)
        .bind(4, device.addressType)
        .bind(5, device.name)
        .bind(6, device.deviceClass)
        .bind(7, device.manufacturer)
        .bind(8, device.model)
        .bind(9, device.serial)
        .bind(10, device.hardware)
        .bind(11, device.firmware)
        .bind(12, device.software)
        .bind(13, seen);
    if (Status ran = upsert->run(); !ran)
        return ran;

    const QString previousFirmware = existing->has_value() ? (*existing)->observed.firmware : QString();
    if (!device.firmware.isEmpty() && device.firmware != previousFirmware) {
        Result<storage::Statement> history = m_db.prepare(
            u"INSERT INTO inventory_firmware (device_id, version, observed, source) VALUES (?1, ?2, ?3, ?4)");
        if (!history)
            return history.error();
        if (Status ran = history->bind(1, device.id).bind(2, device.firmware).bind(3, seen).bind(4, source).run(); !ran)
            return ran;
    }
    // A device seen after its record was imported becomes one entry with it.
    return matchSeen(device.id);
}

Status InventoryStore::updateAsset(const QString &id, const AssetFields &asset)
{
    auto transaction = storage::Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    Result<storage::Statement> update =
        m_db.prepare(u"UPDATE inventory_device SET asset_tag = ?2, location = ?3, department = ?4, owner = ?5, "
                     "notes = ?6 WHERE id = ?1");
    if (!update)
        return update.error();
    update->bind(1, id)
        .bind(2, asset.assetTag)
        .bind(3, asset.location)
        .bind(4, asset.department)
        .bind(5, asset.owner)
        .bind(6, asset.notes);
    if (Status ran = update->run(); !ran)
        return ran;
    if (m_db.changes() != 1)
        return unknownDevice(id);
    // What the engineer types about a matched device is its declaration too.
    Result<storage::Statement> declared = m_db.prepare(
        u"UPDATE inventory_declared SET asset_tag = CASE WHEN ?2 <> '' THEN ?2 ELSE asset_tag END, location = ?3, "
        "department = ?4, owner = ?5, notes = ?6, source = 'edit', declared = ?7 WHERE device_id = ?1");
    if (!declared)
        return declared.error();
    declared->bind(1, id)
        .bind(2, asset.assetTag)
        .bind(3, asset.location)
        .bind(4, asset.department)
        .bind(5, asset.owner)
        .bind(6, asset.notes)
        .bind(7, iso(m_clock.nowUtc()));
    if (Status ran = declared->run(); !ran)
        return ran;
    if (Status matched = matchSeen(id); !matched)
        return matched;
    return transaction->commit();
}

Status InventoryStore::recordObservation(const QString &id, const Observation &observation)
{
    Result<storage::Statement> insert =
        m_db.prepare(u"INSERT INTO inventory_observation (device_id, kind, value, observed, method, operator) "
                     "SELECT id, ?2, ?3, ?4, ?5, ?6 FROM inventory_device WHERE id = ?1");
    if (!insert)
        return insert.error();
    insert->bind(1, id)
        .bind(2, observation.kind)
        .bind(3, QString::fromUtf8(QJsonDocument(observation.value).toJson(QJsonDocument::Compact)))
        .bind(4, iso(observation.observedUtc.isValid() ? observation.observedUtc : m_clock.nowUtc()))
        .bind(5, observation.method)
        .bind(6, observation.operatorName);
    if (Status ran = insert->run(); !ran)
        return ran;
    return m_db.changes() == 1 ? Status() : Status(unknownDevice(id));
}

Status InventoryStore::merge(const QString &fromId, const QString &intoId)
{
    if (fromId == intoId)
        return {};
    auto transaction = storage::Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    Result<std::optional<InventoryDevice>> from = find(fromId);
    if (!from)
        return from.error();
    Result<std::optional<InventoryDevice>> into = find(intoId);
    if (!into)
        return into.error();
    if (!from->has_value())
        return unknownDevice(fromId);
    if (!into->has_value())
        return unknownDevice(intoId);

    const QStringList steps = {
        u"UPDATE inventory_firmware SET device_id = ?2 WHERE device_id = ?1"_s,
        u"UPDATE inventory_observation SET device_id = ?2 WHERE device_id = ?1"_s,
        // Keep INTO's asset fields where set, else take FROM's; widen the seen span.
        u"UPDATE inventory_device SET "
        "first_seen = min(first_seen, (SELECT first_seen FROM inventory_device WHERE id = ?1)), "
        "last_seen = max(last_seen, (SELECT last_seen FROM inventory_device WHERE id = ?1)), "
        "asset_tag = coalesce(nullif(asset_tag, ''), (SELECT asset_tag FROM inventory_device WHERE id = ?1)), "
        "location = coalesce(nullif(location, ''), (SELECT location FROM inventory_device WHERE id = ?1)), "
        "department = coalesce(nullif(department, ''), (SELECT department FROM inventory_device WHERE id = ?1)), "
        "owner = coalesce(nullif(owner, ''), (SELECT owner FROM inventory_device WHERE id = ?1)), "
        "notes = coalesce(nullif(notes, ''), (SELECT notes FROM inventory_device WHERE id = ?1)) "
        "WHERE id = ?2"_s,
        // A declared record follows its device, unless INTO has one already.
        u"UPDATE inventory_declared SET device_id = ?2 WHERE device_id = ?1 "
        "AND NOT EXISTS (SELECT 1 FROM inventory_declared WHERE device_id = ?2)"_s,
        u"DELETE FROM inventory_device WHERE id = ?1"_s,
    };
    for (const QString &sql : steps) {
        Result<storage::Statement> step = m_db.prepare(sql);
        if (!step)
            return step.error();
        step->bind(1, fromId);
        if (step->parameterCount() > 1)
            step->bind(2, intoId);
        if (Status ran = step->run(); !ran)
            return ran;
    }
    if (Status matched = matchSeen(intoId); !matched)
        return matched;
    return transaction->commit();
}

Result<QList<InventoryDevice>> InventoryStore::list()
{
    Result<storage::Statement> query =
        m_db.prepare(QString(u"SELECT "_s + DeviceColumns + u" FROM inventory_device ORDER BY last_seen DESC, id"_s));
    if (!query)
        return query.error();
    return query->collectRows([](const storage::Statement &row) { return readDevice(row); });
}

Result<std::optional<InventoryDevice>> InventoryStore::find(const QString &id)
{
    Result<storage::Statement> query =
        m_db.prepare(QString(u"SELECT "_s + DeviceColumns + u" FROM inventory_device WHERE id = ?1"_s));
    if (!query)
        return query.error();
    query->bind(1, id);
    Result<bool> row = query->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<InventoryDevice>();
    return std::optional<InventoryDevice>(readDevice(*query));
}

Result<QList<FirmwareChange>> InventoryStore::firmwareHistory(const QString &id)
{
    Result<storage::Statement> query = m_db.prepare(
        u"SELECT version, observed, source FROM inventory_firmware WHERE device_id = ?1 ORDER BY observed, rowid");
    if (!query)
        return query.error();
    query->bind(1, id);
    return query->collectRows([](const storage::Statement &row) {
        return FirmwareChange {row.columnText(0), fromIso(row.columnText(1)), row.columnText(2)};
    });
}

Result<QList<Observation>> InventoryStore::observations(const QString &id)
{
    Result<storage::Statement> query =
        m_db.prepare(u"SELECT kind, value, observed, method, operator FROM inventory_observation "
                     "WHERE device_id = ?1 ORDER BY observed, rowid");
    if (!query)
        return query.error();
    query->bind(1, id);
    return query->collectRows([](const storage::Statement &row) {
        return Observation {row.columnText(0), QJsonDocument::fromJson(row.columnText(1).toUtf8()).object(),
                            fromIso(row.columnText(2)), row.columnText(3), row.columnText(4)};
    });
}

Result<QList<DeclaredRecord>> InventoryStore::declaredRecords()
{
    Result<storage::Statement> query =
        m_db.prepare(QString(u"SELECT "_s + DeclaredColumns + u" FROM inventory_declared ORDER BY asset_tag"_s));
    if (!query)
        return query.error();
    return query->collectRows([](const storage::Statement &row) { return readDeclared(row); });
}

Result<std::optional<DeclaredRecord>> InventoryStore::findDeclared(const QString &assetTag)
{
    Result<storage::Statement> query =
        m_db.prepare(QString(u"SELECT "_s + DeclaredColumns + u" FROM inventory_declared WHERE asset_tag = ?1"_s));
    if (!query)
        return query.error();
    Result<QList<DeclaredRecord>> rows =
        query->bind(1, assetTag).collectRows([](const storage::Statement &row) { return readDeclared(row); });
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<DeclaredRecord>() : std::optional<DeclaredRecord>(rows->constFirst());
}

Result<std::optional<DeclaredRecord>> InventoryStore::declaredForDevice(const QString &deviceId)
{
    Result<storage::Statement> query =
        m_db.prepare(QString(u"SELECT "_s + DeclaredColumns + u" FROM inventory_declared WHERE device_id = ?1"_s));
    if (!query)
        return query.error();
    Result<QList<DeclaredRecord>> rows =
        query->bind(1, deviceId).collectRows([](const storage::Statement &row) { return readDeclared(row); });
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<DeclaredRecord>() : std::optional<DeclaredRecord>(rows->constFirst());
}

Status InventoryStore::addDeclared(DeclaredRecord record)
{
    if (std::optional<Error> invalid = FieldRules::check(record))
        return *invalid;
    Result<std::optional<DeclaredRecord>> existing = findDeclared(record.assetTag);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        return Error(u"inventory.duplicate_asset_tag"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "The asset tag %1 is already in the inventory. Choose another tag, or import "
                                       "a file to update the record."),
                     {record.assetTag});
    }
    return writeDeclared({record});
}

Status InventoryStore::writeDeclared(const QList<DeclaredRecord> &records, const BulkProgress &progress)
{
    auto transaction = storage::Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    Result<storage::Statement> upsert = m_db.prepare(
        u"INSERT INTO inventory_declared (asset_tag, manufacturer, model, serial, firmware, hardware, location, "
        "department, owner, notes, bluetooth_address, usb_vendor_id, usb_product_id, source, declared) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15) "
        "ON CONFLICT(asset_tag) DO UPDATE SET manufacturer = excluded.manufacturer, model = excluded.model, "
        "serial = excluded.serial, firmware = excluded.firmware, hardware = excluded.hardware, "
        "location = excluded.location, department = excluded.department, owner = excluded.owner, "
        "notes = excluded.notes, bluetooth_address = excluded.bluetooth_address, "
        "usb_vendor_id = excluded.usb_vendor_id, usb_product_id = excluded.usb_product_id, "
        "source = excluded.source, declared = excluded.declared");
    if (!upsert)
        return upsert.error();
    // A matched device shows its declared asset fields (the asset editor reads them there).
    Result<storage::Statement> sync =
        m_db.prepare(u"UPDATE inventory_device SET asset_tag = ?1, location = coalesce(nullif(?2, ''), location), "
                     "department = coalesce(nullif(?3, ''), department), owner = coalesce(nullif(?4, ''), owner), "
                     "notes = coalesce(nullif(?5, ''), notes) "
                     "WHERE id = (SELECT device_id FROM inventory_declared WHERE asset_tag = ?1)");
    if (!sync)
        return sync.error();
    const QString now = iso(m_clock.nowUtc());
    const qsizetype total = records.size();
    for (qsizetype i = 0; i < total; ++i) {
        const DeclaredRecord &record = records[i];
        int index = 1;
        for (Field field : allFields())
            upsert->bind(index++, record.value(field));
        upsert->bind(14, record.source).bind(15, record.declaredUtc.isValid() ? iso(record.declaredUtc) : now);
        if (Status ran = upsert->run(); !ran)
            return ran;
        sync->bind(1, record.assetTag)
            .bind(2, record.location)
            .bind(3, record.department)
            .bind(4, record.owner)
            .bind(5, record.notes);
        if (Status ran = sync->run(); !ran)
            return ran;
        if (progress && (i + 1) % 500 == 0 && !progress(i + 1, total))
            return cancelled();
    }
    if (Status matched = matchAllUnlinked(); !matched)
        return matched;
    if (progress && !progress(total, total))
        return cancelled();
    return transaction->commit();
}

Status InventoryStore::removeDeclared(const QString &assetTag)
{
    auto transaction = storage::Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    Result<storage::Statement> clear =
        m_db.prepare(u"UPDATE inventory_device SET asset_tag = '' WHERE asset_tag = ?1 AND asset_tag <> ''");
    if (!clear)
        return clear.error();
    if (Status ran = clear->bind(1, assetTag).run(); !ran)
        return ran;
    const int cleared = m_db.changes();
    Result<storage::Statement> remove = m_db.prepare(u"DELETE FROM inventory_declared WHERE asset_tag = ?1");
    if (!remove)
        return remove.error();
    if (Status ran = remove->bind(1, assetTag).run(); !ran)
        return ran;
    if (m_db.changes() == 0 && cleared == 0) {
        return Error(u"inventory.unknown_asset_tag"_s,
                     QT_TRANSLATE_NOOP("pasban::Error", "No device in the inventory has the asset tag %1."),
                     {assetTag});
    }
    return transaction->commit();
}

Result<bool> InventoryStore::hasAssetTag(const QString &assetTag)
{
    Result<storage::Statement> query =
        m_db.prepare(u"SELECT EXISTS (SELECT 1 FROM inventory_declared WHERE asset_tag = ?1) "
                     "OR EXISTS (SELECT 1 FROM inventory_device WHERE asset_tag = ?1 AND asset_tag <> '')");
    if (!query)
        return query.error();
    query->bind(1, assetTag);
    Result<bool> row = query->step();
    if (!row)
        return row.error();
    return *row && query->columnInt64(0) != 0;
}

Result<QList<InventoryEntry>> InventoryStore::entries()
{
    Result<QList<InventoryDevice>> devices = list();
    if (!devices)
        return devices.error();
    Result<QList<DeclaredRecord>> declared = declaredRecords();
    if (!declared)
        return declared.error();
    QHash<QString, qsizetype> deviceIndex;
    for (qsizetype i = 0; i < devices->size(); ++i)
        deviceIndex.insert(devices->at(i).observed.id, i);
    QSet<QString> matched;
    QList<InventoryEntry> result;
    result.reserve(declared->size() + devices->size());
    for (const DeclaredRecord &record : std::as_const(*declared)) {
        InventoryEntry entry;
        entry.declared = record;
        const auto it = record.deviceId.isEmpty() ? deviceIndex.cend() : deviceIndex.constFind(record.deviceId);
        if (it != deviceIndex.cend()) {
            entry.device = devices->at(*it);
            entry.id = record.deviceId;
            matched.insert(record.deviceId);
        } else {
            entry.id = u"asset:"_s + record.assetTag;
        }
        result.append(std::move(entry));
    }
    for (const InventoryDevice &device : std::as_const(*devices)) {
        if (!matched.contains(device.observed.id))
            result.append(InventoryEntry {device.observed.id, std::nullopt, device});
    }
    return result;
}

Status InventoryStore::link(const DeclaredRecord &record, const QString &deviceId)
{
    Result<storage::Statement> update =
        m_db.prepare(u"UPDATE inventory_declared SET device_id = ?2 WHERE asset_tag = ?1 AND device_id IS NULL");
    if (!update)
        return update.error();
    if (Status ran = update->bind(1, record.assetTag).bind(2, deviceId).run(); !ran)
        return ran;
    Result<storage::Statement> sync =
        m_db.prepare(u"UPDATE inventory_device SET asset_tag = ?2, location = coalesce(nullif(?3, ''), location), "
                     "department = coalesce(nullif(?4, ''), department), owner = coalesce(nullif(?5, ''), owner), "
                     "notes = coalesce(nullif(?6, ''), notes) WHERE id = ?1");
    if (!sync)
        return sync.error();
    return sync->bind(1, deviceId)
        .bind(2, record.assetTag)
        .bind(3, record.location)
        .bind(4, record.department)
        .bind(5, record.owner)
        .bind(6, record.notes)
        .run();
}

Status InventoryStore::matchSeen(const QString &deviceId)
{
    Result<std::optional<DeclaredRecord>> linked = declaredForDevice(deviceId);
    if (!linked)
        return linked.error();
    if (linked->has_value())
        return {};
    Result<std::optional<InventoryDevice>> device = find(deviceId);
    if (!device)
        return device.error();
    if (!device->has_value())
        return {};
    const InventoryDevice &seen = **device;
    QString serial = seen.observed.serial;
    if (const std::optional<UsbIdentity> usb = usbIdentity(seen.observed))
        serial = usb->serial;
    // Candidates by index; the rules themselves decide (DeviceMatching).
    Result<storage::Statement> query = m_db.prepare(QString(
        u"SELECT "_s + DeclaredColumns
        + u" FROM inventory_declared WHERE device_id IS NULL AND ((bluetooth_address <> '' AND bluetooth_address = "
          "upper(?1)) OR (serial <> '' AND serial = ?2 COLLATE NOCASE) OR (?3 <> '' AND asset_tag = ?3))"_s));
    if (!query)
        return query.error();
    query->bind(1, seen.observed.transport == u"ble"_s ? seen.observed.address : QString())
        .bind(2, serial)
        .bind(3, seen.asset.assetTag);
    Result<QList<DeclaredRecord>> candidates =
        query->collectRows([](const storage::Statement &row) { return readDeclared(row); });
    if (!candidates)
        return candidates.error();
    const DeclaredRecord *best = nullptr;
    std::optional<MatchRule> bestRule;
    for (const DeclaredRecord &candidate : std::as_const(*candidates)) {
        const std::optional<MatchRule> rule = matchRule(candidate, seen);
        if (rule && (!bestRule || *rule < *bestRule)) {
            best = &candidate;
            bestRule = rule;
        }
    }
    return best ? link(*best, deviceId) : Status();
}

Status InventoryStore::matchAllUnlinked()
{
    Result<storage::Statement> query = m_db.prepare(QString(
        u"SELECT "_s + DeclaredColumns + u" FROM inventory_declared WHERE device_id IS NULL ORDER BY asset_tag"_s));
    if (!query)
        return query.error();
    Result<QList<DeclaredRecord>> waiting =
        query->collectRows([](const storage::Statement &row) { return readDeclared(row); });
    if (!waiting)
        return waiting.error();
    if (waiting->isEmpty())
        return {};
    Result<storage::Statement> devicesQuery =
        m_db.prepare(QString(u"SELECT "_s + DeviceColumns
                             + u" FROM inventory_device WHERE id NOT IN (SELECT device_id FROM inventory_declared "
                               "WHERE device_id IS NOT NULL) ORDER BY id"_s));
    if (!devicesQuery)
        return devicesQuery.error();
    Result<QList<InventoryDevice>> devices =
        devicesQuery->collectRows([](const storage::Statement &row) { return readDevice(row); });
    if (!devices)
        return devices.error();
    if (devices->isEmpty())
        return {};
    // Index the unmatched devices once: a 50,000-row import stays linear.
    QMultiHash<QString, qsizetype> byKey;
    for (qsizetype i = 0; i < devices->size(); ++i) {
        const InventoryDevice &device = devices->at(i);
        if (device.observed.transport == u"ble"_s && !device.observed.address.isEmpty())
            byKey.insert(u"a:"_s + device.observed.address.toUpper(), i);
        QString serial = device.observed.serial;
        if (const std::optional<UsbIdentity> usb = usbIdentity(device.observed))
            serial = usb->serial;
        if (!serial.isEmpty())
            byKey.insert(u"s:"_s + serial.toCaseFolded(), i);
        if (!device.asset.assetTag.isEmpty())
            byKey.insert(u"t:"_s + device.asset.assetTag, i);
    }
    QSet<qsizetype> taken;
    for (const DeclaredRecord &record : std::as_const(*waiting)) {
        QList<qsizetype> candidates;
        if (!record.bluetoothAddress.isEmpty())
            candidates += byKey.values(u"a:"_s + record.bluetoothAddress.toUpper());
        if (!record.serial.isEmpty())
            candidates += byKey.values(u"s:"_s + record.serial.toCaseFolded());
        candidates += byKey.values(u"t:"_s + record.assetTag);
        std::optional<MatchRule> bestRule;
        qsizetype best = -1;
        for (qsizetype index : std::as_const(candidates)) {
            if (taken.contains(index))
                continue;
            const std::optional<MatchRule> rule = matchRule(record, devices->at(index));
            if (rule && (!bestRule || *rule < *bestRule || (*rule == *bestRule && index < best))) {
                bestRule = rule;
                best = index;
            }
        }
        if (best < 0)
            continue;
        taken.insert(best);
        if (Status linked = link(record, devices->at(best).observed.id); !linked)
            return linked;
    }
    return {};
}

} // namespace pasban::inventory
