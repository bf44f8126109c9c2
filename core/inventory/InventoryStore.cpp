#include "InventoryStore.h"

#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QJsonDocument>

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

} // namespace

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
    return {};
}

Status InventoryStore::updateAsset(const QString &id, const AssetFields &asset)
{
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
    return m_db.changes() == 1 ? Status() : Status(unknownDevice(id));
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

} // namespace pasban::inventory
