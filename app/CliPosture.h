#pragma once

#include "CliOutput.h"

#include <QCommandLineParser>
#include <QList>
#include <QStringList>

namespace pasban::cli {

// pasban-cli advisories import PATH... [--passphrase-file FILE] [--json]
//   CSAF 2.0 files or folders (the .sha512 beside a file is checked); all or
//   nothing; audited.
// pasban-cli advisories list [--json]
//   Each advisory with its CVEs, CVSS, known exploitation and the inventory
//   devices it matches.
// pasban-cli posture [--device ID] [--json]
//   Evaluates every check for the inventory; per device: id, assetTag (when it
//   has one), label, score, findings (id, severity, title, evidence, why,
//   remediation, references, status) and score contributions.
// pasban-cli posture accept --device ID --finding FID --reason TEXT
//                           --expires YYYY-MM-DD [--passphrase-file FILE]
//   Accepts an open finding's risk until the date (audited).
//
// Exit codes:
//   0  done
//   1  refused: an advisory file rejected (nothing imported), a reason or expiry
//      date not acceptable, a finding that is not open, or the audit log refused
//   2  usage error, an unknown device, or the audit log cannot be opened or
//      unlocked (once a log exists, changes need --passphrase-file)
//   3  the data folder or database is unusable
[[nodiscard]] QList<QCommandLineOption> postureOptionList();
[[nodiscard]] int runAdvisories(const Output &out, const QString &dataDir, const QCommandLineParser &parser,
                                const QStringList &arguments);
[[nodiscard]] int runPosture(const Output &out, const QString &dataDir, const QCommandLineParser &parser,
                             const QStringList &arguments);

} // namespace pasban::cli
