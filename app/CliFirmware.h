#pragma once

#include "CliOutput.h"
#include "common/Result.h"
#include "firmware/FirmwarePackage.h"

#include <QCommandLineParser>
#include <QList>
#include <QStringList>

namespace pasban::firmware {
struct VerificationReport;
}

namespace pasban::cli {

// pasban-cli mcuboot inspect IMAGE
// pasban-cli mcuboot verify IMAGE --key PUBKEY.pem
//   exit 0 valid, 1 invalid (the reason is printed), 2 unreadable file or key / usage
// pasban-cli package create --manifest MANIFEST.json --image FILE... [--sbom SBOM.json] --out PACKAGE
// pasban-cli package sign|approve PACKAGE --cert CERT.pem --key KEY.pem [--out PACKAGE]
// pasban-cli package inspect PACKAGE
// pasban-cli package verify PACKAGE [--trust DIR] --device-model M [--device-hardware H]
//     [--device-version V] [--device-active-hash HEX] [--device-id ID] [--require-approval]
//   exit 0 valid, 1 invalid (every failed check is printed), 2 unreadable / usage
// pasban-cli package import PACKAGE [--trust DIR] [--operator NAME] --passphrase-file FILE
// pasban-cli package import IMAGE.bin --unverified --accept-risk --reason TEXT [--device-model M]...
//     [--operator NAME] --passphrase-file FILE
// pasban-cli package list
// pasban-cli package remove ID [--operator NAME] --passphrase-file FILE
//   exit 0 done, 1 refused (the reason is printed), 2 unreadable file / usage
// pasban-cli trust import CERT --role vendor|approval [--yes] --passphrase-file FILE
// pasban-cli trust list
// pasban-cli trust revoke (--crl CRL | --fingerprint SHA256 [--reason TEXT]) --passphrase-file FILE
[[nodiscard]] QList<QCommandLineOption> firmwareOptionList();
[[nodiscard]] int runMcuboot(const Output &out, const QCommandLineParser &parser, const QStringList &arguments);
[[nodiscard]] int runPackage(const Output &out, const QString &dataDir, const QCommandLineParser &parser,
                             const QStringList &arguments);
// A file the user named, read whole in one buffer; cli.file_unreadable when it
// cannot be opened or is larger than `limit`.
[[nodiscard]] Result<QByteArray> readInputFile(const QString &path,
                                               qint64 limit = firmware::FirmwarePackage::MaxFileSize);
// Every check of a package verification as the CLI shows it: "[ok] Title", or
// "[FAILED] Title" followed by an indented line with the reason and its code.
[[nodiscard]] QStringList verificationLines(const firmware::VerificationReport &report);
[[nodiscard]] int runTrust(const Output &out, const QString &dataDir, const QCommandLineParser &parser,
                           const QStringList &arguments);

} // namespace pasban::cli
