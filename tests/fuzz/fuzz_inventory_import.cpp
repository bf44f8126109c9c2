// The inventory importer's CSV and JSON readers (a maintenance system's export is
// outside bytes). The first byte chooses: bit 0 JSON instead of CSV, bit 1 strict.
// Whatever is accepted must be normalised and survive Pasban's own export and a
// second import unchanged.
#include "inventory/FieldRules.h"
#include "inventory/InventoryExport.h"
#include "inventory/InventoryImport.h"

#include <QByteArrayView>

#include <cstdint>

using namespace pasban::inventory;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    ImportOptions options;
    options.format = (data[0] & 1) ? ImportFormat::Json : ImportFormat::Csv;
    options.strict = (data[0] & 2) != 0;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const pasban::Result<ParsedImport> parsed = parseImport(bytes, options);
    if (!parsed)
        __builtin_trap(); // only cancelling is an error, and nobody cancels here
    for (const ImportRejection &rejection : parsed->rejections) {
        if (rejection.line < 0 || rejection.error.code().isEmpty())
            __builtin_trap();
    }
    if (!parsed->rejections.isEmpty())
        return 0;

    QList<InventoryEntry> entries;
    for (const ImportRow &row : parsed->rows) {
        DeclaredRecord record;
        for (auto it = row.values.cbegin(); it != row.values.cend(); ++it) {
            QString again = it.value();
            // Stored values are normal already: normalising twice changes nothing.
            if (FieldRules::normalise(it.key(), again) || again != it.value())
                __builtin_trap();
            record.setValue(it.key(), it.value());
        }
        if (record.assetTag.isEmpty())
            __builtin_trap();
        entries.append(InventoryEntry {QStringLiteral("asset:") + record.assetTag, record, std::nullopt});
    }
    for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Json}) {
        ImportOptions back;
        back.format = format == ExportFormat::Json ? ImportFormat::Json : ImportFormat::Csv;
        back.strict = true;
        const QByteArray exported = InventoryExporter().write(entries, format, {});
        const pasban::Result<ParsedImport> reread = parseImport(exported, back);
        if (!reread || !reread->rejections.isEmpty() || reread->rows.size() != parsed->rows.size())
            __builtin_trap();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            for (Field field : allFields()) {
                if (reread->rows[i].values.value(field) != entries[i].declared->value(field))
                    __builtin_trap();
            }
        }
    }
    return 0;
}
