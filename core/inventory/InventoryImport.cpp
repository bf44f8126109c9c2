#include "InventoryImport.h"

#include "CsvReader.h"
#include "FieldRules.h"
#include "InventoryStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

namespace pasban::inventory {

namespace {

constexpr qsizetype ProgressEvery = 500;

Error cancelled()
{
    return Error(u"inventory.cancelled"_s,
                 QT_TRANSLATE_NOOP("pasban::Error", "The import was cancelled; the inventory was not changed."));
}

Error fileError(const char *message, const QStringList &arguments = {})
{
    return Error(u"inventory.import_invalid"_s, message, arguments);
}

// Maps the columns (or one JSON object's keys) to fields; unknown names are
// ignored, or rejected when strict; two names for one field are rejected.
struct ColumnMap
{
    QList<std::optional<Field>> fields; // per column
    int deviceIdColumn = -1; // a Pasban export's deviceId
};

class Parser
{
public:
    Parser(const ImportOptions &options, const ImportProgress &progress)
        : m_options(options)
        , m_progress(progress)
    {
    }

    Result<ParsedImport> csv(QByteArrayView bytes);
    Result<ParsedImport> json(QByteArrayView bytes);

private:
    void reject(int line, bool entry, const QString &field, const Error &error)
    {
        m_result.rejections.append({line, entry, field, error});
    }
    std::optional<ColumnMap> mapColumns(const QStringList &names, int line, bool entry);
    // Checks one row's values and adds it (or its rejections).
    void addRow(int line, bool entry, const QList<std::pair<Field, QString>> &values, bool exportedDevice);
    bool report(qsizetype done, qsizetype total)
    {
        return !m_progress || m_progress(ImportPhase::Reading, done, total);
    }
    bool tooMany(int line, bool entry)
    {
        if (m_result.rows.size() + m_result.rejections.size() < InventoryImporter::MaxRows)
            return false;
        reject(line, entry, {},
               fileError(QT_TRANSLATE_NOOP("pasban::Error", "The file has more than %1 rows; split it."),
                         {QString::number(InventoryImporter::MaxRows)}));
        return true;
    }

    const ImportOptions &m_options;
    const ImportProgress &m_progress;
    ParsedImport m_result;
    QHash<QString, int> m_lineOfTag;
};

std::optional<ColumnMap> Parser::mapColumns(const QStringList &names, int line, bool entry)
{
    ColumnMap map;
    QHash<Field, QString> seen;
    bool ok = true;
    for (int i = 0; i < names.size(); ++i) {
        const QString &name = names[i];
        const std::optional<Field> field = FieldRules::fieldForHeader(name);
        map.fields.append(field);
        if (!field) {
            if (const QString column = FieldRules::exportOnlyColumn(name); !column.isEmpty()) {
                if (column == u"deviceId"_s)
                    map.deviceIdColumn = i;
                continue;
            }
            if (m_options.strict) {
                reject(line, entry, name,
                       fileError(QT_TRANSLATE_NOOP("pasban::Error",
                                                   "The column %1 is not an inventory field (strict import). Remove "
                                                   "it or import without strict checking."),
                                 {name}));
                ok = false;
            } else if (!m_result.ignoredColumns.contains(name)) {
                m_result.ignoredColumns.append(name);
            }
            continue;
        }
        if (seen.contains(*field)) {
            reject(line, entry, name,
                   fileError(QT_TRANSLATE_NOOP("pasban::Error", "The columns %1 and %2 both name the field %3."),
                             {seen.value(*field), name, fieldName(*field)}));
            ok = false;
        }
        seen.insert(*field, name);
    }
    if (!ok)
        return std::nullopt;
    return map;
}

void Parser::addRow(int line, bool entry, const QList<std::pair<Field, QString>> &values, bool exportedDevice)
{
    ImportRow row;
    row.line = line;
    bool ok = true;
    for (auto [field, value] : values) {
        if (std::optional<Error> invalid = FieldRules::normalise(field, value)) {
            if (field == Field::AssetTag && value.isEmpty() && exportedDevice) {
                // A device Pasban saw that nobody declared: exported for the
                // maintenance system's information, nothing to import.
                ++m_result.skipped;
                return;
            }
            reject(line, entry, fieldName(field), *invalid);
            ok = false;
            continue;
        }
        row.values.insert(field, value);
    }
    if (!row.values.contains(Field::AssetTag) && ok) {
        if (exportedDevice) {
            ++m_result.skipped;
            return;
        }
        reject(line, entry, fieldName(Field::AssetTag),
               Error(u"inventory.invalid_field"_s, QT_TRANSLATE_NOOP("pasban::Error", "%1 is required and is empty."),
                     {fieldName(Field::AssetTag)}));
        return;
    }
    if (!ok)
        return;
    const QString tag = row.values.value(Field::AssetTag);
    if (const auto it = m_lineOfTag.constFind(tag); it != m_lineOfTag.cend()) {
        reject(line, entry, fieldName(Field::AssetTag),
               fileError(entry ? QT_TRANSLATE_NOOP("pasban::Error",
                                                   "The asset tag %1 appears twice in the file (first in entry %2).")
                               : QT_TRANSLATE_NOOP("pasban::Error",
                                                   "The asset tag %1 appears twice in the file (first on line %2)."),
                         {tag, QString::number(*it)}));
        return;
    }
    m_lineOfTag.insert(tag, line);
    m_result.rows.append(std::move(row));
}

Result<ParsedImport> Parser::csv(QByteArrayView bytes)
{
    CsvReader reader(bytes);
    CsvRecord header;
    if (!reader.next(header)) {
        if (reader.failed())
            reject(reader.line(), false, {}, reader.error());
        else
            reject(1, false, {},
                   fileError(QT_TRANSLATE_NOOP("pasban::Error", "The file is empty: it needs a header row.")));
        return m_result;
    }
    const std::optional<ColumnMap> map = mapColumns(header.fields, header.line, false);
    if (!map)
        return m_result;
    if (!map->fields.contains(Field::AssetTag)) {
        reject(header.line, false, fieldName(Field::AssetTag),
               fileError(QT_TRANSLATE_NOOP("pasban::Error",
                                           "The header row has no asset tag column (assetTag, \"Asset Tag\" or id).")));
        return m_result;
    }
    CsvRecord record;
    qsizetype count = 0;
    while (reader.next(record)) {
        if (tooMany(record.line, false))
            return m_result;
        if (record.fields.size() != map->fields.size()) {
            reject(record.line, false, {},
                   fileError(QT_TRANSLATE_NOOP("pasban::Error",
                                               "Line %1 has %2 fields but the header has %3: a field is missing or "
                                               "a comma is not quoted."),
                             {QString::number(record.line), QString::number(record.fields.size()),
                              QString::number(map->fields.size())}));
            continue;
        }
        QList<std::pair<Field, QString>> values;
        for (qsizetype i = 0; i < record.fields.size(); ++i) {
            if (map->fields[i])
                values.append({*map->fields[i], record.fields[i]});
        }
        const bool exported = map->deviceIdColumn >= 0 && !record.fields[map->deviceIdColumn].trimmed().isEmpty();
        addRow(record.line, false, values, exported);
        if (++count % ProgressEvery == 0 && !report(reader.position(), bytes.size()))
            return cancelled();
    }
    if (reader.failed())
        reject(reader.line(), false, {}, reader.error());
    return m_result;
}

Result<ParsedImport> Parser::json(QByteArrayView bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype offset = qBound(qsizetype(0), qsizetype(parseError.offset), bytes.size());
        const int line = int(bytes.first(offset).count('\n')) + 1;
        reject(line, false, {},
               fileError(
                   QT_TRANSLATE_NOOP("pasban::Error", "The file is not valid JSON (line %1: %2); it may be cut short."),
                   {QString::number(line), parseError.errorString()}));
        return m_result;
    }
    if (!document.isArray()) {
        reject(1, false, {},
               fileError(
                   QT_TRANSLATE_NOOP("pasban::Error", "The JSON file must be an array of objects, one per device.")));
        return m_result;
    }
    const QJsonArray array = document.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const int number = int(i + 1);
        if (tooMany(number, true))
            return m_result;
        const QJsonValue value = array.at(i);
        if (!value.isObject()) {
            reject(
                number, true, {},
                fileError(QT_TRANSLATE_NOOP("pasban::Error", "Entry %1 is not an object."), {QString::number(number)}));
            continue;
        }
        const QJsonObject object = value.toObject();
        const QStringList keys = object.keys();
        const std::optional<ColumnMap> map = mapColumns(keys, number, true);
        if (!map)
            continue;
        QList<std::pair<Field, QString>> values;
        bool ok = true;
        for (qsizetype k = 0; k < keys.size(); ++k) {
            if (!map->fields[k])
                continue;
            const QJsonValue item = object.value(keys[k]);
            QString text;
            if (item.isString())
                text = item.toString();
            else if (item.isDouble())
                text = QString::number(item.toDouble(), 'g', 17);
            else if (!item.isNull()) {
                reject(number, true, keys[k],
                       fileError(QT_TRANSLATE_NOOP("pasban::Error", "%1 must be text."), {keys[k]}));
                ok = false;
                continue;
            }
            values.append({*map->fields[k], text});
        }
        if (!ok)
            continue;
        bool exported = false;
        if (map->deviceIdColumn >= 0) {
            const QJsonValue id = object.value(keys[map->deviceIdColumn]);
            exported = id.isString() && !id.toString().trimmed().isEmpty();
        }
        addRow(number, true, values, exported);
        if (number % ProgressEvery == 0 && !report(number, array.size()))
            return cancelled();
    }
    return m_result;
}

} // namespace

std::optional<ImportFormat> importFormatFromName(QStringView name)
{
    if (name.compare(u"csv", Qt::CaseInsensitive) == 0)
        return ImportFormat::Csv;
    if (name.compare(u"json", Qt::CaseInsensitive) == 0)
        return ImportFormat::Json;
    return std::nullopt;
}

ImportFormat importFormatForFile(const QString &fileName)
{
    return fileName.endsWith(u".json"_s, Qt::CaseInsensitive) ? ImportFormat::Json : ImportFormat::Csv;
}

QString ImportRejection::where() const
{
    QString place;
    if (line <= 0)
        place = QCoreApplication::translate("pasban::inventory::Import", "the file");
    else if (entry)
        place = QCoreApplication::translate("pasban::inventory::Import", "entry %1").arg(line);
    else
        place = QCoreApplication::translate("pasban::inventory::Import", "line %1").arg(line);
    if (field.isEmpty())
        return place;
    //: Where an import problem is: "line 12, usbVendorId"
    return QCoreApplication::translate("pasban::inventory::Import", "%1, %2").arg(place, field);
}

Result<ParsedImport> parseImport(QByteArrayView bytes, const ImportOptions &options, const ImportProgress &progress)
{
    if (bytes.size() > InventoryImporter::MaxFileBytes) {
        ParsedImport parsed;
        parsed.rejections.append(
            {0,
             false,
             {},
             fileError(QT_TRANSLATE_NOOP("pasban::Error", "The file is larger than %1 MiB; split it."),
                       {QString::number(InventoryImporter::MaxFileBytes / (1024 * 1024))})});
        return parsed;
    }
    Parser parser(options, progress);
    return options.format == ImportFormat::Json ? parser.json(bytes) : parser.csv(bytes);
}

InventoryImporter::InventoryImporter(InventoryStore &store)
    : m_store(store)
{
}

Result<ImportPlan> InventoryImporter::plan(QByteArrayView bytes, const ImportOptions &options)
{
    Result<ParsedImport> parsed = parseImport(bytes, options, m_progress);
    if (!parsed)
        return parsed.error();
    ImportPlan plan;
    plan.options = options;
    plan.rows = int(parsed->rows.size() + parsed->skipped);
    plan.skipped = parsed->skipped;
    plan.ignoredColumns = parsed->ignoredColumns;
    plan.rejections = parsed->rejections;
    // Rows rejected while reading still count as rows (once, however many faults).
    QSet<int> rejectedRows;
    for (const ImportRejection &rejection : std::as_const(plan.rejections)) {
        if (rejection.entry || rejection.line > 1)
            rejectedRows.insert(rejection.line);
    }
    plan.rows += int(rejectedRows.size());

    Result<QList<DeclaredRecord>> stored = m_store.declaredRecords();
    if (!stored)
        return stored.error();
    QHash<QString, DeclaredRecord> existing;
    existing.reserve(stored->size());
    for (const DeclaredRecord &record : std::as_const(*stored))
        existing.insert(record.assetTag, record);

    const bool entries = options.format == ImportFormat::Json;
    const qsizetype total = parsed->rows.size();
    for (qsizetype i = 0; i < total; ++i) {
        const ImportRow &row = parsed->rows[i];
        const QString tag = row.values.value(Field::AssetTag);
        const auto found = existing.constFind(tag);
        DeclaredRecord record = found != existing.cend() ? *found : DeclaredRecord {};
        // Columns the file has replace stored values (an empty cell clears);
        // columns it lacks leave them as they are.
        for (auto it = row.values.cbegin(); it != row.values.cend(); ++it)
            record.setValue(it.key(), it.value());
        Field atFault = Field::AssetTag;
        if (std::optional<Error> invalid = FieldRules::check(record, &atFault)) {
            plan.rejections.append({row.line, entries, fieldName(atFault), *invalid});
            continue;
        }
        record.source = options.source;
        record.declaredUtc = {};
        PlannedRow planned {row.line, entries, record, {}};
        if (found == existing.cend()) {
            plan.additions.append(std::move(planned));
        } else {
            for (Field field : allFields()) {
                if (found->value(field) != record.value(field))
                    planned.changes.append({field, found->value(field), record.value(field)});
            }
            if (planned.changes.isEmpty())
                ++plan.unchanged;
            else
                plan.updates.append(std::move(planned));
        }
        if ((i + 1) % ProgressEvery == 0 && m_progress && !m_progress(ImportPhase::Comparing, i + 1, total))
            return cancelled();
    }
    std::sort(plan.rejections.begin(), plan.rejections.end(),
              [](const ImportRejection &a, const ImportRejection &b) { return a.line < b.line; });
    return plan;
}

Status InventoryImporter::apply(const ImportPlan &plan)
{
    if (!plan.canApply()) {
        const ImportRejection &first = plan.rejections.constFirst();
        return Error(u"inventory.import_rejected"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "Nothing was imported: %1 row(s) cannot be imported, the first at %2 (%3). "
                                       "Correct the file and import it again."),
                     {QString::number(plan.rejections.size()), first.where(), first.error.message()});
    }
    QList<DeclaredRecord> records;
    records.reserve(plan.additions.size() + plan.updates.size());
    for (const PlannedRow &row : plan.additions)
        records.append(row.record);
    for (const PlannedRow &row : plan.updates)
        records.append(row.record);
    if (records.isEmpty())
        return {};
    BulkProgress progress;
    if (m_progress) {
        progress = [this](qsizetype done, qsizetype total) {
            return m_progress(ImportPhase::Writing, done, total);
        };
    }
    return m_store.writeDeclared(records, progress);
}

} // namespace pasban::inventory
