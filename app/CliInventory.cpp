#include "CliInventory.h"

#include "CliAudit.h"
#include "audit/AuditLog.h"
#include "audit/AuditSink.h"
#include "console/ConsoleContext.h"
#include "console/InventoryChanges.h"
#include "inventory/DeclaredComparison.h"
#include "inventory/DeviceMatching.h"
#include "inventory/InventoryExport.h"
#include "inventory/InventoryImport.h"
#include "inventory/InventoryStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace pasban::cli {

namespace {

// The option behind each declared field for `inventory add`.
QString optionFor(inventory::Field field)
{
    // "bluetoothAddress" → "bluetooth-address"
    QString name;
    for (QChar c : inventory::fieldName(field)) {
        if (c.isUpper())
            name += u'-' + c.toLower();
        else
            name += c;
    }
    return name;
}

QJsonObject declaredJson(const inventory::DeclaredRecord &record)
{
    QJsonObject object;
    for (inventory::Field field : inventory::allFields())
        object.insert(inventory::fieldName(field), record.value(field));
    return object;
}

QJsonObject entryJson(const inventory::InventoryEntry &entry)
{
    QJsonObject object {{u"id"_s, entry.id}};
    if (const QString tag = entry.assetTag(); !tag.isEmpty())
        object.insert(u"assetTag"_s, tag);
    if (entry.device) {
        const inventory::InventoryDevice &d = *entry.device;
        const inventory::ObservedDevice &o = d.observed;
        // The observed fields, as `inventory list --json` always gave them.
        object.insert(u"transport"_s, o.transport);
        object.insert(u"address"_s, o.address);
        object.insert(u"addressType"_s, o.addressType);
        object.insert(u"name"_s, o.name);
        object.insert(u"deviceClass"_s, o.deviceClass);
        object.insert(u"manufacturer"_s, o.manufacturer);
        object.insert(u"model"_s, o.model);
        object.insert(u"serial"_s, o.serial);
        object.insert(u"hardware"_s, o.hardware);
        object.insert(u"firmware"_s, o.firmware);
        object.insert(u"software"_s, o.software);
        object.insert(u"firstSeen"_s, d.firstSeenUtc.toString(Qt::ISODate));
        object.insert(u"lastSeen"_s, d.lastSeenUtc.toString(Qt::ISODate));
        object.insert(u"location"_s, d.asset.location);
        object.insert(u"department"_s, d.asset.department);
        object.insert(u"owner"_s, d.asset.owner);
        object.insert(u"notes"_s, d.asset.notes);
    }
    if (entry.declared) {
        const inventory::DeclaredRecord &declared = *entry.declared;
        // Not seen yet: the declared values are all there is.
        if (!entry.device) {
            for (inventory::Field field : inventory::allFields())
                object.insert(inventory::fieldName(field), declared.value(field));
        }
        object.insert(u"declared"_s, declaredJson(declared));
        if (entry.device) {
            QJsonArray comparison;
            for (const inventory::FieldComparison &c : inventory::compareDeclared(declared, entry.device->observed)) {
                comparison.append(QJsonObject {{u"field"_s, inventory::fieldName(c.field)},
                                               {u"declared"_s, c.declared},
                                               {u"observed"_s, c.observed},
                                               {u"state"_s, inventory::stateName(c.state)}});
            }
            object.insert(u"comparison"_s, comparison);
            if (const std::optional<inventory::MatchRule> rule = inventory::matchRule(declared, *entry.device))
                object.insert(u"matchedBy"_s, inventory::matchRuleName(*rule));
        }
    }
    object.insert(u"seen"_s, entry.device.has_value());
    object.insert(u"state"_s,
                  entry.device && entry.declared ? u"matched"_s
                      : entry.device             ? u"observed-only"_s
                                                 : u"declared-only"_s);
    return object;
}

int listInventory(const Output &out, inventory::InventoryStore &store)
{
    Result<QList<inventory::InventoryEntry>> entries = store.entries();
    if (!entries)
        return out.fail(entries.error(), Failed);
    if (out.json()) {
        QJsonArray array;
        for (const inventory::InventoryEntry &entry : std::as_const(*entries))
            array.append(entryJson(entry));
        out.array(array);
        return Success;
    }
    for (const inventory::InventoryEntry &entry : std::as_const(*entries)) {
        QString line = u"%1  %2"_s.arg(entry.assetTag().isEmpty() ? u"-"_s : entry.assetTag(), entry.id);
        if (entry.device)
            line += u"  %1  %2  %3"_s.arg(entry.device->observed.deviceClass, entry.device->observed.name,
                                          entry.device->observed.firmware);
        else if (entry.declared)
            line += u"  %1 %2  "_s.arg(entry.declared->manufacturer, entry.declared->model)
                + QCoreApplication::translate("cli", "(not seen yet)");
        if (entry.device && entry.declared
            && inventory::hasMismatch(inventory::compareDeclared(*entry.declared, entry.device->observed)))
            line += u"  "_s + QCoreApplication::translate("cli", "MISMATCH: declared and observed values differ");
        out.text(line);
    }
    out.text(QCoreApplication::translate("cli", "%n device(s) in the inventory.", nullptr, int(entries->size())));
    return Success;
}

QJsonObject rejectionJson(const inventory::ImportRejection &rejection)
{
    QJsonObject object {{rejection.entry ? u"entry"_s : u"line"_s, rejection.line},
                        {u"code"_s, rejection.error.code()},
                        {u"message"_s, rejection.error.sourceMessage()}};
    if (!rejection.field.isEmpty())
        object.insert(u"field"_s, rejection.field);
    return object;
}

void printPlan(const Output &out, const inventory::ImportPlan &plan, bool dryRun, bool applied)
{
    if (out.json()) {
        QJsonArray additions;
        for (const inventory::PlannedRow &row : plan.additions)
            additions.append(
                QJsonObject {{row.entry ? u"entry"_s : u"line"_s, row.line}, {u"assetTag"_s, row.record.assetTag}});
        QJsonArray updates;
        for (const inventory::PlannedRow &row : plan.updates) {
            QJsonArray changes;
            for (const inventory::FieldChange &change : row.changes)
                changes.append(QJsonObject {{u"field"_s, inventory::fieldName(change.field)},
                                            {u"from"_s, change.before},
                                            {u"to"_s, change.after}});
            updates.append(QJsonObject {{row.entry ? u"entry"_s : u"line"_s, row.line},
                                        {u"assetTag"_s, row.record.assetTag},
                                        {u"changes"_s, changes}});
        }
        QJsonArray rejected;
        for (const inventory::ImportRejection &rejection : plan.rejections)
            rejected.append(rejectionJson(rejection));
        out.object({{u"dryRun"_s, dryRun},
                    {u"applied"_s, applied},
                    {u"rows"_s, plan.rows},
                    {u"added"_s, qint64(plan.additions.size())},
                    {u"updated"_s, qint64(plan.updates.size())},
                    {u"unchanged"_s, plan.unchanged},
                    {u"skipped"_s, plan.skipped},
                    {u"rejected"_s, qint64(plan.rejections.size())},
                    {u"ignoredColumns"_s, QJsonArray::fromStringList(plan.ignoredColumns)},
                    {u"additions"_s, additions},
                    {u"updates"_s, updates},
                    {u"rejections"_s, rejected}});
        return;
    }
    for (const inventory::PlannedRow &row : plan.additions)
        out.text(QCoreApplication::translate("cli", "add     %1").arg(row.record.assetTag));
    for (const inventory::PlannedRow &row : plan.updates) {
        QStringList changes;
        for (const inventory::FieldChange &change : row.changes)
            changes << u"%1: \"%2\" → \"%3\""_s.arg(inventory::fieldName(change.field), change.before, change.after);
        out.text(QCoreApplication::translate("cli", "update  %1  %2").arg(row.record.assetTag, changes.join(u"; "_s)));
    }
    for (const inventory::ImportRejection &rejection : plan.rejections)
        out.text(
            QCoreApplication::translate("cli", "reject  %1: %2").arg(rejection.where(), rejection.error.message()));
    if (!plan.ignoredColumns.isEmpty())
        out.text(QCoreApplication::translate("cli", "Ignored columns (not inventory fields): %1")
                     .arg(plan.ignoredColumns.join(u", "_s)));
    //: Import summary: rows in the file, then what happens to them
    out.text(QCoreApplication::translate("cli", "%1 row(s): %2 to add, %3 to update, %4 unchanged, %5 rejected.")
                 .arg(plan.rows)
                 .arg(plan.additions.size())
                 .arg(plan.updates.size())
                 .arg(plan.unchanged)
                 .arg(plan.rejections.size()));
    if (!plan.canApply())
        out.text(QCoreApplication::translate("cli", "Nothing was imported: correct the rejected rows and try again."));
    else if (dryRun)
        out.text(QCoreApplication::translate("cli", "Dry run: nothing was written."));
    else if (applied)
        out.text(QCoreApplication::translate("cli", "Imported."));
}

// The import format: --format, else the file's extension, else its first character.
std::optional<inventory::ImportFormat> importFormat(const QCommandLineParser &parser, const QString &path,
                                                    const QByteArray &bytes)
{
    if (parser.isSet(u"format"_s))
        return inventory::importFormatFromName(parser.value(u"format"_s));
    if (path.endsWith(u".json"_s, Qt::CaseInsensitive))
        return inventory::ImportFormat::Json;
    if (path.endsWith(u".csv"_s, Qt::CaseInsensitive))
        return inventory::ImportFormat::Csv;
    const QByteArray start = bytes.left(64).trimmed();
    return start.startsWith('[') ? inventory::ImportFormat::Json : inventory::ImportFormat::Csv;
}

int importInventory(const Output &out, const QString &dataDir, const QCommandLineParser &parser, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return out.fail(Error(u"inventory.file_unreadable"_s,
                              QT_TRANSLATE_NOOP("pasban::Error", "The file %1 cannot be read: %2"),
                              {path, file.errorString()}),
                        Usage);
    }
    if (file.size() > inventory::InventoryImporter::MaxFileBytes) {
        return out.fail(Error(u"inventory.import_invalid"_s,
                              QT_TRANSLATE_NOOP("pasban::Error", "The file is larger than %1 MiB; split it."),
                              {QString::number(inventory::InventoryImporter::MaxFileBytes / (1024 * 1024))}),
                        Failed);
    }
    const QByteArray bytes = file.readAll();
    const std::optional<inventory::ImportFormat> format = importFormat(parser, path, bytes);
    if (!format)
        return usage(u"inventory import"_s, u"--format takes csv or json"_s);
    const bool dryRun = parser.isSet(u"dry-run"_s);

    auto context = ConsoleContext::start(dataDir);
    if (!context)
        return out.fail(context.error(), StartFailed);
    AuditChoice audit;
    if (!dryRun) {
        audit = chooseAudit(out, dataDir, parser, (*context)->database(), u"inventory import"_s);
        if (audit.exitCode != Success)
            return audit.exitCode;
    }
    inventory::InventoryStore store((*context)->database());
    inventory::InventoryImporter importer(store);
    inventory::ImportOptions options;
    options.format = *format;
    options.strict = parser.isSet(u"strict"_s);
    Result<inventory::ImportPlan> plan = importer.plan(bytes, options);
    if (!plan)
        return out.fail(plan.error(), Failed);
    if (dryRun || !plan->canApply()) {
        printPlan(out, *plan, dryRun, false);
        return plan->canApply() ? Success : Failed;
    }
    InventoryChanges changes(store, audit.sink.get());
    const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    if (Status applied = changes.applyImport(importer, *plan, path, hash); !applied)
        return out.fail(applied.error(), Failed);
    printPlan(out, *plan, false, true);
    return Success;
}

int exportInventory(const Output &out, const QString &dataDir, const QCommandLineParser &parser)
{
    const std::optional<inventory::ExportFormat> format = inventory::exportFormatFromName(parser.value(u"format"_s));
    if (!format)
        return usage(u"inventory export"_s, u"needs --format csv, json or fhir"_s);
    if (!parser.isSet(u"out"_s))
        return usage(u"inventory export"_s, u"needs --out FILE"_s);
    auto context = ConsoleContext::start(dataDir);
    if (!context)
        return out.fail(context.error(), StartFailed);
    AuditChoice audit = chooseAudit(out, dataDir, parser, (*context)->database(), u"inventory export"_s);
    if (audit.exitCode != Success)
        return audit.exitCode;
    inventory::InventoryStore store((*context)->database());
    InventoryChanges changes(store, audit.sink.get());
    // Each device's posture score and open findings go back to the maintenance system.
    const Result<int> written = changes.exportWithPosture(parser.value(u"out"_s), *format);
    if (!written)
        return out.fail(written.error(), Failed);
    if (out.json())
        out.object({{u"exported"_s, *written},
                    {u"format"_s, inventory::exportFormatName(*format)},
                    {u"file"_s, parser.value(u"out"_s)}});
    else
        out.text(QCoreApplication::translate("cli", "%n device(s) written to %1.", nullptr, *written)
                     .arg(parser.value(u"out"_s)));
    return Success;
}

int addOrRemove(const Output &out, const QString &dataDir, const QCommandLineParser &parser, bool add)
{
    const QString command = add ? u"inventory add"_s : u"inventory remove"_s;
    if (!parser.isSet(u"asset-tag"_s) || parser.value(u"asset-tag"_s).trimmed().isEmpty())
        return usage(command, u"needs --asset-tag TAG"_s);
    inventory::DeclaredRecord record;
    for (inventory::Field field : inventory::allFields()) {
        if (parser.isSet(optionFor(field))) {
            if (!add && field != inventory::Field::AssetTag)
                return usage(command, u"takes only --asset-tag"_s);
            record.setValue(field, parser.value(optionFor(field)));
        }
    }
    record.source = u"cli"_s;
    auto context = ConsoleContext::start(dataDir);
    if (!context)
        return out.fail(context.error(), StartFailed);
    AuditChoice audit = chooseAudit(out, dataDir, parser, (*context)->database(), command);
    if (audit.exitCode != Success)
        return audit.exitCode;
    inventory::InventoryStore store((*context)->database());
    InventoryChanges changes(store, audit.sink.get());
    const Status done = add ? changes.add(record) : changes.remove(record.assetTag.trimmed());
    if (!done)
        return out.fail(done.error(), Failed);
    if (add) {
        Result<std::optional<inventory::DeclaredRecord>> stored = store.findDeclared(record.assetTag.trimmed());
        const QString deviceId = stored && stored->has_value() ? (*stored)->deviceId : QString();
        if (out.json())
            out.object({{u"added"_s, record.assetTag.trimmed()}, {u"matchedDevice"_s, deviceId}});
        else
            out.text(deviceId.isEmpty()
                         ? QCoreApplication::translate("cli", "Added %1.").arg(record.assetTag.trimmed())
                         : QCoreApplication::translate("cli", "Added %1; it is the device %2 already seen.")
                               .arg(record.assetTag.trimmed(), deviceId));
    } else {
        if (out.json())
            out.object({{u"removed"_s, record.assetTag.trimmed()}});
        else
            out.text(QCoreApplication::translate("cli", "Removed %1.").arg(record.assetTag.trimmed()));
    }
    return Success;
}

} // namespace

QList<QCommandLineOption> inventoryOptionList()
{
    QList<QCommandLineOption> options = {
        {u"dry-run"_s, u"inventory import: show what would change without writing."_s},
        {u"strict"_s, u"inventory import: refuse columns that are not inventory fields."_s},
        {u"format"_s, u"inventory import: csv or json (default: from the file); export: csv, json or fhir."_s,
         u"FORMAT"_s},
        {u"out"_s, u"inventory export: the file to write."_s, u"FILE"_s},
        {u"passphrase-file"_s, u"inventory import/add/remove/export: the audit log's passphrase file."_s, u"FILE"_s},
    };
    for (inventory::Field field : inventory::allFields()) {
        options.append(QCommandLineOption(
            optionFor(field), u"inventory add: the declared %1."_s.arg(inventory::fieldName(field)), u"VALUE"_s));
    }
    return options;
}

int runInventory(const Output &out, const QString &dataDir, const QCommandLineParser &parser,
                 const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == u"import"_s && arguments.size() == 2)
        return importInventory(out, dataDir, parser, arguments[1]);
    if (arguments.size() != 1)
        return usage(u"inventory"_s, u"use: inventory list | import FILE | export | add | remove (see --help)"_s);
    if (sub == u"export"_s)
        return exportInventory(out, dataDir, parser);
    if (sub == u"add"_s || sub == u"remove"_s)
        return addOrRemove(out, dataDir, parser, sub == u"add"_s);
    if (sub != u"list"_s)
        return usage(u"inventory"_s, u"use: inventory list | import FILE | export | add | remove (see --help)"_s);
    auto context = ConsoleContext::start(dataDir);
    if (!context)
        return out.fail(context.error(), StartFailed);
    inventory::InventoryStore store((*context)->database());
    return listInventory(out, store);
}

} // namespace pasban::cli
