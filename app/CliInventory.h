#pragma once

#include "CliOutput.h"

#include <QCommandLineParser>
#include <QList>
#include <QStringList>

namespace pasban::cli {

// pasban-cli inventory list [--json]
// pasban-cli inventory import FILE [--format csv|json] [--dry-run] [--strict]
// pasban-cli inventory export --format csv|json|fhir --out FILE
// pasban-cli inventory add --asset-tag T [--manufacturer M --model X --serial S --firmware V --hardware H
//                          --location L --department D --owner O --notes N --bluetooth-address A
//                          --usb-vendor-id V --usb-product-id P]
// pasban-cli inventory remove --asset-tag T
// Changes (import, add, remove) and exports take [--passphrase-file FILE] and are
// recorded in the audit log; once a log exists they refuse to run without it.
//
// Exit codes:
//   0  done; import --dry-run: the file would import cleanly
//   1  refused: rows rejected (nothing written; each rejection names line and
//      field), a duplicate or invalid field (add), an unknown asset tag (remove),
//      the export could not be written, or the audit log refused the record
//   2  usage error, an unreadable input file, or the audit log cannot be opened
//      or unlocked (wrong passphrase, or none given once a log exists)
//   3  the data folder or database is unusable
[[nodiscard]] QList<QCommandLineOption> inventoryOptionList();
[[nodiscard]] int runInventory(const Output &out, const QString &dataDir, const QCommandLineParser &parser,
                               const QStringList &arguments);

} // namespace pasban::cli
