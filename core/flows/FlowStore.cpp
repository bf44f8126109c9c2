#include "FlowStore.h"

#include "audit/AuditEvent.h"
#include "audit/AuditSink.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace pasban::flows {

namespace {

constexpr QStringView SelectColumns =
    u"SELECT id, device_id, manufacturer, model, endpoint, destination, transport, encryption, patient_data, "
    u"data_types, source, source_reference, declared, declared_by FROM flow_declaration";

Result<FlowDeclaration> readRow(const storage::Statement &row)
{
    FlowDeclaration flow;
    flow.id = row.columnInt64(0);
    flow.deviceId = row.columnText(1);
    flow.manufacturer = row.columnText(2);
    flow.model = row.columnText(3);
    const std::optional<Endpoint> endpoint = endpointFromName(row.columnText(4));
    flow.destination = row.columnText(5);
    const std::optional<Transport> transport = transportFromName(row.columnText(6));
    const std::optional<Encryption> encryption = encryptionFromName(row.columnText(7));
    flow.patientData = row.columnInt64(8) != 0;
    const QJsonArray types = QJsonDocument::fromJson(row.columnText(9).toUtf8()).array();
    for (const auto &type : types)
        flow.dataTypes.append(type.toString());
    const std::optional<DeclarationSource> source = sourceFromName(row.columnText(10));
    flow.sourceReference = row.columnText(11);
    flow.declared = QDateTime::fromString(row.columnText(12), Qt::ISODateWithMs).toUTC();
    flow.declaredBy = row.columnText(13);
    if (!endpoint || !transport || !encryption || !source) {
        return Error(u"flows.record_damaged"_s,
                     QT_TRANSLATE_NOOP("pasban::Error", "A stored flow declaration is damaged (declaration %1)."),
                     {QString::number(flow.id)});
    }
    flow.endpoint = *endpoint;
    flow.transport = *transport;
    flow.encryption = *encryption;
    flow.source = *source;
    return flow;
}

QString normalised(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

} // namespace

FlowStore::FlowStore(storage::Database &db, audit::AuditSink *audit, const Clock &clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
{
}

Status FlowStore::audit(const char *operation, const FlowDeclaration &declaration, const QString &operatorId)
{
    if (!m_audit)
        return {};
    audit::AuditEvent event;
    event.type = audit::EventType::ApplicationActivity;
    const QString name = QString::fromLatin1(operation);
    event.action = name == u"remove"_s ? audit::Action::Delete
        : name == u"update"_s          ? audit::Action::Update
                                       : audit::Action::Create;
    event.operatorId = operatorId;
    event.device = declaration.deviceId;
    QJsonObject details = declaration.toJson();
    details.insert(u"operation"_s, QString(u"flows.declaration."_s + name));
    event.details = details;
    const Result<quint64> recorded = m_audit->record(event);
    if (!recorded)
        return recorded.error();
    return {};
}

Result<qint64> FlowStore::add(FlowDeclaration declaration, const QString &operatorId)
{
    if (Status valid = declaration.validate(); !valid)
        return valid.error();
    declaration.declared = m_clock.nowUtc();
    declaration.declaredBy = operatorId;
    // Recorded first (the audit log may live in this database: no transaction is
    // open while it writes): a declaration the log refuses is not made.
    if (Status recorded = audit("declare", declaration, operatorId); !recorded)
        return recorded.error();
    Result<storage::Transaction> transaction = storage::Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    Result<storage::Statement> count = m_db.prepare(u"SELECT count(*) FROM flow_declaration");
    if (!count)
        return count.error();
    if (Result<bool> row = count->step(); !row)
        return row.error();
    if (count->columnInt64(0) >= MaxDeclarations) {
        return Error(u"flows.too_many"_s,
                     QT_TRANSLATE_NOOP("pasban::Error", "The console already holds %1 declared flows."),
                     {QString::number(MaxDeclarations)});
    }
    Result<storage::Statement> insert =
        m_db.prepare(u"INSERT INTO flow_declaration (device_id, manufacturer, model, endpoint, destination, transport, "
                     u"encryption, patient_data, data_types, source, source_reference, declared, declared_by) "
                     u"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    if (!insert)
        return insert.error();
    if (Status s = insert->bind(1, declaration.deviceId)
                       .bind(2, declaration.forModel() ? declaration.manufacturer : QString())
                       .bind(3, declaration.model)
                       .bind(4, jsonName(declaration.endpoint))
                       .bind(5, declaration.destination.trimmed())
                       .bind(6, jsonName(declaration.transport))
                       .bind(7, jsonName(declaration.encryption))
                       .bind(8, qint64(declaration.patientData ? 1 : 0))
                       .bind(9,
                             QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(declaration.dataTypes))
                                                   .toJson(QJsonDocument::Compact)))
                       .bind(10, jsonName(declaration.source))
                       .bind(11, declaration.sourceReference)
                       .bind(12, declaration.declared.toString(Qt::ISODateWithMs))
                       .bind(13, operatorId)
                       .run();
        !s)
        return s.error();
    declaration.id = m_db.lastInsertRowId();
    if (Status committed = transaction->commit(); !committed)
        return committed.error();
    return declaration.id;
}

Status FlowStore::update(FlowDeclaration declaration, const QString &operatorId)
{
    if (Status valid = declaration.validate(); !valid)
        return valid;
    Result<std::optional<FlowDeclaration>> existing = find(declaration.id);
    if (!existing)
        return existing.error();
    if (!*existing) {
        return Error(u"flows.not_found"_s, QT_TRANSLATE_NOOP("pasban::Error", "There is no declared flow %1."),
                     {QString::number(declaration.id)});
    }
    declaration.declared = m_clock.nowUtc();
    declaration.declaredBy = operatorId;
    if (Status recorded = audit("update", declaration, operatorId); !recorded)
        return recorded;
    Result<storage::Transaction> transaction = storage::Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    Result<storage::Statement> change = m_db.prepare(
        u"UPDATE flow_declaration SET device_id = ?2, manufacturer = ?3, model = ?4, endpoint = ?5, "
        u"destination = ?6, transport = ?7, encryption = ?8, patient_data = ?9, data_types = ?10, source = ?11, "
        u"source_reference = ?12, declared = ?13, declared_by = ?14 WHERE id = ?1");
    if (!change)
        return change.error();
    if (Status s = change->bind(1, declaration.id)
                       .bind(2, declaration.deviceId)
                       .bind(3, declaration.forModel() ? declaration.manufacturer : QString())
                       .bind(4, declaration.model)
                       .bind(5, jsonName(declaration.endpoint))
                       .bind(6, declaration.destination.trimmed())
                       .bind(7, jsonName(declaration.transport))
                       .bind(8, jsonName(declaration.encryption))
                       .bind(9, qint64(declaration.patientData ? 1 : 0))
                       .bind(10,
                             QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(declaration.dataTypes))
                                                   .toJson(QJsonDocument::Compact)))
                       .bind(11, jsonName(declaration.source))
                       .bind(12, declaration.sourceReference)
                       .bind(13, declaration.declared.toString(Qt::ISODateWithMs))
                       .bind(14, operatorId)
                       .run();
        !s)
        return s;
    return transaction->commit();
}

Status FlowStore::remove(qint64 id, const QString &operatorId)
{
    Result<std::optional<FlowDeclaration>> existing = find(id);
    if (!existing)
        return existing.error();
    if (!*existing) {
        return Error(u"flows.not_found"_s, QT_TRANSLATE_NOOP("pasban::Error", "There is no declared flow %1."),
                     {QString::number(id)});
    }
    if (Status recorded = audit("remove", **existing, operatorId); !recorded)
        return recorded;
    Result<storage::Statement> erase = m_db.prepare(u"DELETE FROM flow_declaration WHERE id = ?1");
    if (!erase)
        return erase.error();
    return erase->bind(1, id).run();
}

Result<QList<FlowDeclaration>> FlowStore::list() const
{
    Result<storage::Statement> query = m_db.prepare(QString(SelectColumns.toString() + u" ORDER BY id"_s));
    if (!query)
        return query.error();
    QList<FlowDeclaration> flows;
    std::optional<Error> damaged;
    Status visited = query->forEachRow([&](const storage::Statement &row) {
        Result<FlowDeclaration> flow = readRow(row);
        if (!flow) {
            damaged = flow.error();
            return false;
        }
        flows.append(*flow);
        return true;
    });
    if (!visited)
        return visited.error();
    if (damaged)
        return *damaged;
    return flows;
}

Result<std::optional<FlowDeclaration>> FlowStore::find(qint64 id) const
{
    Result<storage::Statement> query = m_db.prepare(QString(SelectColumns.toString() + u" WHERE id = ?1"_s));
    if (!query)
        return query.error();
    Result<bool> found = query->bind(1, id).step();
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<FlowDeclaration>();
    Result<FlowDeclaration> flow = readRow(*query);
    if (!flow)
        return flow.error();
    return std::optional<FlowDeclaration>(*flow);
}

QList<FlowDeclaration> FlowStore::applying(const QList<FlowDeclaration> &all, const QString &deviceId,
                                           const QString &manufacturer, const QString &model)
{
    QList<FlowDeclaration> result;
    const QString wantedModel = normalised(model);
    const QString wantedManufacturer = normalised(manufacturer);
    for (const FlowDeclaration &flow : all) {
        const bool mine = !flow.deviceId.isEmpty() && flow.deviceId == deviceId;
        const bool myModel = flow.forModel() && !wantedModel.isEmpty() && normalised(flow.model) == wantedModel
            && (flow.manufacturer.trimmed().isEmpty() || normalised(flow.manufacturer) == wantedManufacturer);
        if (mine || myModel)
            result.append(flow);
    }
    return result;
}

} // namespace pasban::flows
