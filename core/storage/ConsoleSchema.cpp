#include "ConsoleSchema.h"

#include "common/Clock.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace pasban::storage {

namespace {

Status insertInfo(Database &db, const QString &key, const QString &value)
{
    Result<Statement> statement = db.prepare(u"INSERT INTO console_info (key, value) VALUES (?1, ?2)");
    if (!statement)
        return statement.error();
    return statement->bind(1, key).bind(2, value).run();
}

// Version 1: who this installation is, so exports and audit records from
// different consoles can be told apart.
Status createConsoleInfo(Database &db)
{
    if (Status created = db.exec(u"CREATE TABLE console_info (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)");
        !created)
        return created;
    if (Status stamped = insertInfo(db, u"created_utc"_s, Clock::system().nowUtc().toString(Qt::ISODate)); !stamped)
        return stamped;
    return insertInfo(db, u"installation_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

// Version 2: the device inventory (core/inventory). Times are UTC ISO-8601 text.
const char16_t *const InventorySchema = uR"(
CREATE TABLE inventory_device (
    id            TEXT PRIMARY KEY NOT NULL,
    transport     TEXT NOT NULL,
    address       TEXT NOT NULL DEFAULT '',
    address_type  TEXT NOT NULL DEFAULT '',
    name          TEXT NOT NULL DEFAULT '',
    device_class  TEXT NOT NULL DEFAULT '',
    manufacturer  TEXT NOT NULL DEFAULT '',
    model         TEXT NOT NULL DEFAULT '',
    serial        TEXT NOT NULL DEFAULT '',
    hardware      TEXT NOT NULL DEFAULT '',
    firmware      TEXT NOT NULL DEFAULT '',
    software      TEXT NOT NULL DEFAULT '',
    first_seen    TEXT NOT NULL,
    last_seen     TEXT NOT NULL,
    asset_tag     TEXT NOT NULL DEFAULT '',
    location      TEXT NOT NULL DEFAULT '',
    department    TEXT NOT NULL DEFAULT '',
    owner         TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT ''
);
CREATE TABLE inventory_firmware (
    device_id    TEXT NOT NULL REFERENCES inventory_device(id) ON DELETE CASCADE,
    version      TEXT NOT NULL,
    observed     TEXT NOT NULL,
    source       TEXT NOT NULL
);
CREATE INDEX inventory_firmware_device ON inventory_firmware(device_id);
CREATE TABLE inventory_observation (
    device_id    TEXT NOT NULL REFERENCES inventory_device(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL,
    value        TEXT NOT NULL,
    observed     TEXT NOT NULL,
    method       TEXT NOT NULL,
    operator     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX inventory_observation_device ON inventory_observation(device_id);
)";

// Version 3: the encrypted, hash-chained audit log (core/audit). Times are UTC
// milliseconds since 1970 (integers: canonical for the chain, cheap to range-filter).
// Only sequence, time, type and outcome are clear; no CHECK constraints, because
// a tampered row must still be readable so the verifier can name it.
const char16_t *const AuditSchema = uR"(
CREATE TABLE audit_log (
    singleton             INTEGER PRIMARY KEY,
    log_id                BLOB NOT NULL,
    format                INTEGER NOT NULL,
    created_utc           INTEGER NOT NULL,
    key_store             TEXT NOT NULL,
    key_store_parameters  BLOB NOT NULL
);
CREATE TABLE audit_keys (
    key_id                INTEGER PRIMARY KEY,
    first_sequence        INTEGER NOT NULL,
    created_utc           INTEGER NOT NULL,
    wrapped_key           BLOB NOT NULL,
    checkpoint_public_key BLOB NOT NULL,
    recovery_wrapped_key  BLOB
);
CREATE TABLE audit_events (
    sequence        INTEGER PRIMARY KEY,
    recorded_utc    INTEGER NOT NULL,
    event_type      INTEGER NOT NULL,
    outcome         INTEGER NOT NULL,
    key_id          INTEGER NOT NULL,
    operator_index  BLOB,
    device_index    BLOB,
    sealed          BLOB NOT NULL,
    link            BLOB NOT NULL
);
CREATE INDEX audit_events_time ON audit_events(recorded_utc);
CREATE INDEX audit_events_operator ON audit_events(operator_index) WHERE operator_index IS NOT NULL;
CREATE INDEX audit_events_device ON audit_events(device_index) WHERE device_index IS NOT NULL;
-- Append-only for Pasban's own code; the chain, not this, is what catches others.
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
    BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
    BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
CREATE TABLE audit_checkpoints (
    number       INTEGER PRIMARY KEY,
    sequence     INTEGER NOT NULL,
    link         BLOB NOT NULL,
    created_utc  INTEGER NOT NULL,
    key_id       INTEGER NOT NULL,
    interim      INTEGER NOT NULL,
    signature    BLOB NOT NULL
);
)";

// Version 4: central forwarding's durable cursor (core/audit/forward): per
// destination ("host:port"), the log it follows and how far the receiver is known
// to have the events and checkpoints. Everything else about the queue is the
// audit log itself: the forwarder reads the events after last_sequence.
const char16_t *const AuditForwardSchema = uR"(
CREATE TABLE audit_forward_state (
    destination          TEXT PRIMARY KEY NOT NULL,
    log_id               BLOB NOT NULL,
    last_sequence        INTEGER NOT NULL,
    checkpoint_number    INTEGER NOT NULL,
    checkpoint_sequence  INTEGER NOT NULL,
    updated_utc          INTEGER NOT NULL
);
)";

// Version 5: firmware trust and anti-rollback (core/firmware). Certificates and CRLs
// are kept as DER; fingerprints are SHA-256 of the DER. firmware_device_record holds
// the highest version, sequence number and security counter the console has seen
// installed on each device (devices do not report their counter); it only grows.
const char16_t *const FirmwareTrustSchema = uR"(
CREATE TABLE firmware_trust_anchor (
    fingerprint  BLOB PRIMARY KEY NOT NULL,
    role         TEXT NOT NULL,
    certificate  BLOB NOT NULL,
    subject      TEXT NOT NULL,
    imported     TEXT NOT NULL,
    imported_by  TEXT NOT NULL DEFAULT ''
);
CREATE TABLE firmware_trust_crl (
    issuer       TEXT PRIMARY KEY NOT NULL,
    crl          BLOB NOT NULL,
    imported     TEXT NOT NULL
);
CREATE TABLE firmware_revoked_certificate (
    fingerprint  BLOB PRIMARY KEY NOT NULL,
    reason       TEXT NOT NULL DEFAULT '',
    revoked      TEXT NOT NULL,
    revoked_by   TEXT NOT NULL DEFAULT ''
);
CREATE TABLE firmware_device_record (
    device_id        TEXT PRIMARY KEY NOT NULL,
    version          TEXT NOT NULL,
    sequence_number  INTEGER NOT NULL,
    security_counter INTEGER NOT NULL,
    image_hash       BLOB,
    package_id       TEXT NOT NULL DEFAULT '',
    updated          TEXT NOT NULL
);
)";

// Version 6: firmware update jobs (core/firmware/FirmwareJobStore), one row per
// device, so an update interrupted by a lost link or a console restart resumes.
// Times are UTC ISO-8601 text.
const char16_t *const FirmwareJobsSchema = uR"(
CREATE TABLE firmware_jobs (
    device       TEXT PRIMARY KEY NOT NULL,
    file_sha     BLOB NOT NULL,
    image_hash   BLOB NOT NULL,
    version      TEXT NOT NULL,
    size         INTEGER NOT NULL,
    offset       INTEGER NOT NULL,
    state        TEXT NOT NULL,
    mode         TEXT NOT NULL,
    started_utc  TEXT NOT NULL,
    updated_utc  TEXT NOT NULL
);
)";

// Version 7: declared inventory records (core/inventory), as imported from the
// hospital's maintenance system or typed, kept apart from what scans observe.
// device_id links a record to the observed device it was matched to (one each);
// removing the device leaves the record waiting for the next match. Values are
// stored normalised (FieldRules); text that identifies a device compares
// case-insensitively. Times are UTC ISO-8601 text.
const char16_t *const InventoryDeclaredSchema = uR"(
CREATE TABLE inventory_declared (
    asset_tag          TEXT PRIMARY KEY NOT NULL,
    device_id          TEXT UNIQUE REFERENCES inventory_device(id) ON DELETE SET NULL,
    manufacturer       TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    model              TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    serial             TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    firmware           TEXT NOT NULL DEFAULT '',
    hardware           TEXT NOT NULL DEFAULT '',
    location           TEXT NOT NULL DEFAULT '',
    department         TEXT NOT NULL DEFAULT '',
    owner              TEXT NOT NULL DEFAULT '',
    notes              TEXT NOT NULL DEFAULT '',
    bluetooth_address  TEXT NOT NULL DEFAULT '',
    usb_vendor_id      TEXT NOT NULL DEFAULT '',
    usb_product_id     TEXT NOT NULL DEFAULT '',
    source             TEXT NOT NULL DEFAULT '',
    declared           TEXT NOT NULL
);
CREATE INDEX inventory_declared_bluetooth ON inventory_declared(bluetooth_address) WHERE bluetooth_address <> '';
CREATE INDEX inventory_declared_serial ON inventory_declared(serial) WHERE serial <> '';
)";

// Version 8: the firmware package library (core/firmware/PackageLibrary). The
// package file itself is copied into the data folder (file_name, relative to the
// library folder); this row is its index, taken from the manifest at import, with
// the verdict the console reached then. List columns (targets, CVEs, SBOM
// components) are JSON arrays. Times are UTC ISO-8601 text.
const char16_t *const PackageLibrarySchema = uR"(
CREATE TABLE firmware_package (
    package_id        TEXT PRIMARY KEY NOT NULL,
    vendor            TEXT NOT NULL,
    version           TEXT NOT NULL,
    sequence_number   INTEGER NOT NULL,
    targets           TEXT NOT NULL,
    signer_subject    TEXT NOT NULL DEFAULT '',
    approved          INTEGER NOT NULL,
    approved_by       TEXT NOT NULL DEFAULT '',
    verdict           TEXT NOT NULL,
    cves_fixed        TEXT NOT NULL,
    release_notes     TEXT NOT NULL DEFAULT '',
    sbom_components   TEXT NOT NULL,
    file_name         TEXT NOT NULL,
    file_sha256       BLOB NOT NULL,
    imported_utc      TEXT NOT NULL,
    imported_by       TEXT NOT NULL DEFAULT ''
);
)";

// Version 9: operators (core/operators/OperatorStore). Passwords only as scrypt
// hashes with a per-account salt and the cost parameters used; times are UTC
// ISO-8601 text ('' when unset).
const char16_t *const OperatorsSchema = uR"(
CREATE TABLE operators (
    name                  TEXT PRIMARY KEY NOT NULL,
    role                  TEXT NOT NULL,
    salt                  BLOB NOT NULL,
    scrypt_n              INTEGER NOT NULL,
    scrypt_r              INTEGER NOT NULL,
    scrypt_p              INTEGER NOT NULL,
    hash                  BLOB NOT NULL,
    enabled               INTEGER NOT NULL DEFAULT 1,
    failed_attempts       INTEGER NOT NULL DEFAULT 0,
    locked_until          TEXT NOT NULL DEFAULT '',
    created_utc           TEXT NOT NULL,
    password_changed_utc  TEXT NOT NULL
);
)";

// Version 10: declared patient-data flows (core/flows). One row per
// declaration, for one device (device_id) or for a model (manufacturer, model;
// device_id ''). data_types is a JSON array of names.
const char16_t *const FlowsSchema = uR"(
CREATE TABLE flow_declaration (
    id                INTEGER PRIMARY KEY,
    device_id         TEXT NOT NULL DEFAULT '',
    manufacturer      TEXT NOT NULL DEFAULT '',
    model             TEXT NOT NULL DEFAULT '',
    endpoint          TEXT NOT NULL,
    destination       TEXT NOT NULL,
    transport         TEXT NOT NULL,
    encryption        TEXT NOT NULL,
    patient_data      INTEGER NOT NULL,
    data_types        TEXT NOT NULL DEFAULT '[]',
    source            TEXT NOT NULL,
    source_reference  TEXT NOT NULL DEFAULT '',
    declared          TEXT NOT NULL,
    declared_by       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX flow_declaration_device ON flow_declaration(device_id);
CREATE INDEX flow_declaration_model ON flow_declaration(model);
)";

// Version 11: security posture (core/posture). Imported CSAF advisories are kept
// as the files were (document), with where they came from and their SHA-256, and
// parsed again when loaded; risk acceptances, one per device and finding, with
// their reason and the last day they hold (UTC date); score snapshots for the
// trend (device_id '' is the fleet), each with the ids of the findings then open.
const char16_t *const PostureSchema = uR"(
CREATE TABLE posture_advisory (
    tracking_id      TEXT PRIMARY KEY NOT NULL,
    title            TEXT NOT NULL,
    publisher        TEXT NOT NULL,
    version          TEXT NOT NULL,
    current_release  TEXT NOT NULL DEFAULT '',
    source_file      TEXT NOT NULL,
    sha256           BLOB NOT NULL,
    document         BLOB NOT NULL,
    imported         TEXT NOT NULL,
    imported_by      TEXT NOT NULL DEFAULT ''
);
CREATE TABLE posture_acceptance (
    device_id    TEXT NOT NULL,
    finding_id   TEXT NOT NULL,
    reason       TEXT NOT NULL,
    expires      TEXT NOT NULL,
    accepted     TEXT NOT NULL,
    accepted_by  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (device_id, finding_id)
);
CREATE TABLE posture_snapshot (
    taken          TEXT NOT NULL,
    device_id      TEXT NOT NULL,
    score          INTEGER NOT NULL,
    open_findings  TEXT NOT NULL
);
CREATE INDEX posture_snapshot_device ON posture_snapshot(device_id, taken);
)";

} // namespace

QList<Migration> consoleMigrations()
{
    return {
        {1, u"console identity (console_info)"_s, &createConsoleInfo},
        Migration::fromSql(2, u"device inventory"_s, QString::fromUtf16(InventorySchema)),
        Migration::fromSql(3, u"audit log"_s, QString::fromUtf16(AuditSchema)),
        Migration::fromSql(4, u"audit forwarding cursor"_s, QString::fromUtf16(AuditForwardSchema)),
        Migration::fromSql(5, u"firmware trust store and anti-rollback records"_s,
                           QString::fromUtf16(FirmwareTrustSchema)),
        Migration::fromSql(6, u"firmware update jobs"_s, QString::fromUtf16(FirmwareJobsSchema)),
        Migration::fromSql(7, u"declared inventory records"_s, QString::fromUtf16(InventoryDeclaredSchema)),
        Migration::fromSql(8, u"firmware package library"_s, QString::fromUtf16(PackageLibrarySchema)),
        Migration::fromSql(9, u"operators"_s, QString::fromUtf16(OperatorsSchema)),
        Migration::fromSql(10, u"declared patient-data flows"_s, QString::fromUtf16(FlowsSchema)),
        Migration::fromSql(11, u"security posture: advisories, risk acceptances, score snapshots"_s,
                           QString::fromUtf16(PostureSchema)),
    };
}

Result<Database> openConsoleDatabase(const QString &path, int busyTimeoutMs)
{
    Result<Database> db = Database::open(path, OpenMode::ReadWriteCreate, busyTimeoutMs);
    if (!db)
        return db.error();
    if (Status migrated = migrate(*db, consoleMigrations()); !migrated)
        return migrated.error();
    return std::move(db).value();
}

QString consoleDatabaseFileName()
{
    return u"pasban.sqlite"_s;
}

} // namespace pasban::storage
