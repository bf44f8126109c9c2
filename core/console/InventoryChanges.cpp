#include "InventoryChanges.h"

#include "audit/AuditSink.h"
#include "inventory/FieldRules.h"
#include "inventory/InventoryStore.h"
#include "posture/PostureService.h"

#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace pasban {

namespace {

audit::AuditEvent inventoryEvent(const QString &name, audit::Action action)
{
    audit::AuditEvent event;
    event.type = audit::EventType::ApplicationActivity;
    event.action = action;
    event.details = {{u"event"_s, name}};
    return event;
}

Error exportWriteFailed(const QString &path, const QString &reason)
{
    return Error(u"inventory.export_failed"_s,
                 QT_TRANSLATE_NOOP("pasban::Error", "The inventory could not be written to %1: %2"), {path, reason});
}

} // namespace

InventoryChanges::InventoryChanges(inventory::InventoryStore &store, audit::AuditSink *audit, QString operatorId,
                                   const Clock &clock)
    : m_store(store)
    , m_audit(audit)
    , m_operatorId(std::move(operatorId))
    , m_clock(clock)
{
}

Status InventoryChanges::recordEvent(audit::AuditEvent event)
{
    if (!m_audit)
        return {};
    event.operatorId = m_operatorId;
    Result<quint64> recorded = m_audit->record(event);
    if (!recorded)
        return recorded.error();
    return {};
}

Status InventoryChanges::recordImport(const inventory::ImportPlan &plan, const QString &fileName,
                                      const QByteArray &fileHash)
{
    audit::AuditEvent event = inventoryEvent(u"inventory-import"_s, audit::Action::Update);
    event.details.insert(u"file"_s, QFileInfo(fileName).fileName());
    event.details.insert(u"sha256"_s, QString::fromLatin1(fileHash.toHex()));
    event.details.insert(u"format"_s, plan.options.format == inventory::ImportFormat::Json ? u"json"_s : u"csv"_s);
    event.details.insert(u"strict"_s, plan.options.strict);
    event.details.insert(u"rows"_s, plan.rows);
    event.details.insert(u"added"_s, qint64(plan.additions.size()));
    event.details.insert(u"updated"_s, qint64(plan.updates.size()));
    event.details.insert(u"unchanged"_s, plan.unchanged);
    return recordEvent(event);
}

void InventoryChanges::recordImportFailed(const inventory::ImportPlan &plan, const QString &fileName,
                                          const Error &error)
{
    audit::AuditEvent event = inventoryEvent(u"inventory-import"_s, audit::Action::Update);
    event.outcome = audit::Outcome::MinorFailure;
    event.details.insert(u"file"_s, QFileInfo(fileName).fileName());
    event.details.insert(u"rows"_s, plan.rows);
    event.details.insert(u"error"_s, error.code());
    (void)recordEvent(event);
}

Status InventoryChanges::applyImport(inventory::InventoryImporter &importer, const inventory::ImportPlan &plan,
                                     const QString &fileName, const QByteArray &fileHash)
{
    if (!plan.canApply())
        return importer.apply(plan); // refuses, naming the first rejection; nothing changes
    if (Status recorded = recordImport(plan, fileName, fileHash); !recorded)
        return recorded;
    Status applied = importer.apply(plan);
    if (!applied)
        recordImportFailed(plan, fileName, applied.error());
    return applied;
}

Status InventoryChanges::add(const inventory::DeclaredRecord &record)
{
    inventory::DeclaredRecord checked = record;
    if (std::optional<Error> invalid = inventory::FieldRules::check(checked))
        return *invalid;
    audit::AuditEvent event = inventoryEvent(u"inventory-add"_s, audit::Action::Create);
    event.details.insert(u"assetTag"_s, checked.assetTag);
    Result<std::optional<inventory::DeclaredRecord>> existing = m_store.findDeclared(checked.assetTag);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return m_store.addDeclared(checked); // refused as a duplicate: nothing changes, nothing to record
    if (Status recorded = recordEvent(event); !recorded)
        return recorded;
    return m_store.addDeclared(checked);
}

Status InventoryChanges::remove(const QString &assetTag)
{
    Result<bool> known = m_store.hasAssetTag(assetTag);
    if (!known)
        return known.error();
    if (!*known)
        return m_store.removeDeclared(assetTag); // refused (unknown tag): nothing changes, nothing to record
    audit::AuditEvent event = inventoryEvent(u"inventory-remove"_s, audit::Action::Delete);
    event.details.insert(u"assetTag"_s, assetTag);
    Result<std::optional<inventory::DeclaredRecord>> existing = m_store.findDeclared(assetTag);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        event.device = (*existing)->deviceId;
    if (Status recorded = recordEvent(event); !recorded)
        return recorded;
    return m_store.removeDeclared(assetTag);
}

Result<int> InventoryChanges::exportTo(const QString &path, inventory::ExportFormat format,
                                       const inventory::InventoryPostureSource *posture)
{
    Result<QList<inventory::InventoryEntry>> entries = m_store.entries();
    if (!entries)
        return entries.error();
    const QByteArray bytes = inventory::InventoryExporter(posture).write(*entries, format, m_clock.nowUtc());
    audit::AuditEvent event;
    event.type = audit::EventType::Export;
    event.action = audit::Action::Read;
    event.details = {{u"event"_s, u"inventory-export"_s},
                     {u"format"_s, inventory::exportFormatName(format)},
                     {u"count"_s, qint64(entries->size())},
                     {u"file"_s, QFileInfo(path).fileName()}};
    // Recorded first: the inventory does not leave the console unaudited.
    if (Status recorded = recordEvent(event); !recorded)
        return recorded.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        const Error error = exportWriteFailed(path, file.errorString());
        event.outcome = audit::Outcome::MinorFailure;
        event.details.insert(u"error"_s, error.code());
        (void)recordEvent(event);
        return error;
    }
    return int(entries->size());
}

Result<int> InventoryChanges::exportWithPosture(const QString &path, inventory::ExportFormat format,
                                                const discovery::DeviceRegistry *registry)
{
    Result<posture::PostureEvaluation> evaluation = posture::PostureService(m_store.database()).evaluate(registry);
    if (!evaluation)
        return evaluation.error();
    const posture::EvaluatedPostureSource posture(evaluation->fleet);
    return exportTo(path, format, &posture);
}

} // namespace pasban
