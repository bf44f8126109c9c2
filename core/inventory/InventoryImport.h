#pragma once

#include "DeclaredRecord.h"
#include "common/Error.h"
#include "common/Result.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace pasban::inventory {

class InventoryStore;

enum class ImportFormat { Csv, Json };
// "csv" / "json"; a file name chooses by its extension (.json, else CSV).
[[nodiscard]] std::optional<ImportFormat> importFormatFromName(QStringView name);
[[nodiscard]] ImportFormat importFormatForFile(const QString &fileName);

struct ImportOptions
{
    ImportFormat format = ImportFormat::Csv;
    // Refuse columns (CSV) or keys (JSON) Pasban does not know, instead of ignoring them.
    bool strict = false;
    QString source = QStringLiteral("import"); // kept with each record
};

// Why one row (or the whole file) cannot be imported.
struct ImportRejection
{
    // CSV: the line the row starts on (the header is line 1). JSON: the entry's
    // number in the array (from 1) when `entry`, else the line of a syntax error.
    int line = 0;
    bool entry = false;
    QString field; // exchange name or the column as written; empty for the whole row
    Error error;

    // "line 12, usbVendorId" / "entry 3, assetTag", translated.
    [[nodiscard]] QString where() const;
};

// One row as read: its line and the values of the columns the file has.
struct ImportRow
{
    int line = 0;
    QHash<Field, QString> values; // normalised; only fields the file carries
};

struct ParsedImport
{
    QList<ImportRow> rows;
    QList<ImportRejection> rejections;
    QStringList ignoredColumns; // unknown, not strict
    int skipped = 0; // rows of a Pasban export for devices nobody declared (no asset tag)
};

enum class ImportPhase { Reading, Comparing, Writing };
// Called every few hundred rows; return false to cancel (inventory.cancelled).
using ImportProgress = std::function<bool(ImportPhase phase, qsizetype done, qsizetype total)>;

// Reads and checks every row without touching any inventory. Problems with the
// file or a row are rejections, never an error; only cancelling is an error.
[[nodiscard]] Result<ParsedImport> parseImport(QByteArrayView bytes, const ImportOptions &options,
                                               const ImportProgress &progress = {});

struct FieldChange
{
    Field field;
    QString before;
    QString after;
};

struct PlannedRow
{
    int line = 0;
    bool entry = false;
    DeclaredRecord record; // as it will be stored
    QList<FieldChange> changes; // for an update: what changes
};

// What an import would do, computed without writing: the preview.
struct ImportPlan
{
    ImportOptions options;
    int rows = 0; // data rows read
    QList<PlannedRow> additions;
    QList<PlannedRow> updates;
    int unchanged = 0;
    int skipped = 0;
    QList<ImportRejection> rejections;
    QStringList ignoredColumns;

    // An import is all or nothing: any rejection keeps the inventory as it is.
    [[nodiscard]] bool canApply() const { return rejections.isEmpty(); }
};

// Imports a maintenance system's inventory (CSV or JSON) into the declared
// records: plan() previews, apply() writes the plan in one transaction.
class InventoryImporter
{
public:
    static constexpr qsizetype MaxFileBytes = 64 * 1024 * 1024;
    static constexpr int MaxRows = 200000;

    explicit InventoryImporter(InventoryStore &store);

    void setProgress(ImportProgress progress) { m_progress = std::move(progress); }

    [[nodiscard]] Result<ImportPlan> plan(QByteArrayView bytes, const ImportOptions &options);
    // inventory.import_rejected (naming the first rejection) when the plan has
    // any; otherwise writes additions and updates, all or nothing.
    [[nodiscard]] Status apply(const ImportPlan &plan);

private:
    InventoryStore &m_store;
    ImportProgress m_progress;
};

} // namespace pasban::inventory
