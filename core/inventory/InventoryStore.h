#pragma once

#include "DeclaredRecord.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace pasban::storage {
class Database;
}

namespace pasban::inventory {

// Fields the clinical engineer or the maintenance system declares.
struct AssetFields
{
    QString assetTag;
    QString location;
    QString department;
    QString owner;
    QString notes;
};

// What a scan or interrogation saw of a device, with its stable identity:
// "ble:AA:BB:…" for public/static addresses, "ble-dis:<model>:<serial>" once an
// interrogation has read them, "usb:VID:PID:SERIAL" for USB.
struct ObservedDevice
{
    QString id;
    QString transport; // "ble" | "usb"
    QString address;
    QString addressType;
    QString name;
    QString deviceClass; // stable JSON name, e.g. "pulse-oximeter"
    QString manufacturer;
    QString model;
    QString serial;
    QString hardware;
    QString firmware;
    QString software;
    QDateTime seenUtc;
};

struct FirmwareChange
{
    QString version;
    QDateTime observedUtc;
    QString source; // "scan", "interrogation", "update"
};

// One piece of evidence: what was observed, when, and how.
struct Observation
{
    QString kind; // e.g. "probe", "smp-echo", "security-levels"
    QJsonObject value;
    QDateTime observedUtc;
    QString method; // e.g. "interrogation", "scan"
    QString operatorName;
};

struct InventoryDevice
{
    ObservedDevice observed;
    AssetFields asset;
    QDateTime firstSeenUtc;
    QDateTime lastSeenUtc;
};

// One line of the inventory: a declared record, an observed device, or both once
// they were matched (see DeviceMatching). ID is the observed device's id, or
// "asset:<tag>" for a record not seen yet.
struct InventoryEntry
{
    QString id;
    std::optional<DeclaredRecord> declared;
    std::optional<InventoryDevice> device;

    // The declared tag, else the one typed on the device; empty when none.
    [[nodiscard]] QString assetTag() const;
};

// Called every few hundred rows of a bulk write with the rows done; false cancels.
using BulkProgress = std::function<bool(qsizetype done, qsizetype total)>;

// The devices the console knows, kept in the console database. All methods run
// on the caller's thread against the connection given.
class InventoryStore
{
public:
    InventoryStore(storage::Database &database, const Clock &clock = Clock::system());

    // Inserts a new device or refreshes a known one: non-empty observed fields
    // replace stored ones, last seen moves on, a new firmware version is added to
    // the history. Asset fields are never touched by an observation.
    [[nodiscard]] Status recordSeen(const ObservedDevice &device, const QString &source = QStringLiteral("scan"));
    // The same for many devices in one transaction (all or none); CREATED, when
    // given, receives the ids that were new to the inventory.
    [[nodiscard]] Status recordSeen(const QList<ObservedDevice> &devices, const QString &source,
                                    QStringList *created = nullptr);

    [[nodiscard]] Status updateAsset(const QString &id, const AssetFields &asset);
    [[nodiscard]] Status recordObservation(const QString &id, const Observation &observation);

    // Folds FROM into INTO (same device seen under two identities, e.g. rotating
    // private addresses resolved by an interrogation): history and observations
    // move, first seen is the earlier, asset fields of INTO win where set.
    [[nodiscard]] Status merge(const QString &fromId, const QString &intoId);

    [[nodiscard]] Result<QList<InventoryDevice>> list();

    // Declared records (schema 7), kept apart from what is observed. Writing one
    // matches it to an observed device when a rule agrees (DeviceMatching); a
    // device seen later (recordSeen) is matched to a waiting record the same way.
    [[nodiscard]] Result<QList<DeclaredRecord>> declaredRecords();
    [[nodiscard]] Result<std::optional<DeclaredRecord>> findDeclared(const QString &assetTag);
    [[nodiscard]] Result<std::optional<DeclaredRecord>> declaredForDevice(const QString &deviceId);
    // Adds RECORD (checked with FieldRules); inventory.duplicate_asset_tag when its tag is taken.
    [[nodiscard]] Status addDeclared(DeclaredRecord record);
    // Inserts or replaces every record (by asset tag) in one transaction, then
    // matches them: all or nothing. Records must be checked already. PROGRESS may
    // cancel (inventory.cancelled); nothing is written then.
    [[nodiscard]] Status writeDeclared(const QList<DeclaredRecord> &records, const BulkProgress &progress = {});
    // Whether a declared record or an observed device carries ASSETTAG.
    [[nodiscard]] Result<bool> hasAssetTag(const QString &assetTag);
    // Removes the declared record; its observed device (if any) stays, without the tag.
    [[nodiscard]] Status removeDeclared(const QString &assetTag);
    // Everything: matched pairs, records not seen yet, devices nobody declared.
    [[nodiscard]] Result<QList<InventoryEntry>> entries();
    [[nodiscard]] Result<std::optional<InventoryDevice>> find(const QString &id);
    [[nodiscard]] Result<QList<FirmwareChange>> firmwareHistory(const QString &id);
    [[nodiscard]] Result<QList<Observation>> observations(const QString &id);

    // The connection it uses (a worker thread opens its own to the same path).
    [[nodiscard]] storage::Database &database() const { return m_db; }

private:
    Status storeSeen(const ObservedDevice &device, const QString &source, bool &created);
    Status matchSeen(const QString &deviceId);
    Status matchAllUnlinked();
    Status link(const DeclaredRecord &record, const QString &deviceId);

    storage::Database &m_db;
    const Clock &m_clock;
};

} // namespace pasban::inventory
