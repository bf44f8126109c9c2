// pasban-cli mcuboot / package / trust: the commands and their exit codes, run as a
// user would, on images and certificates made for the test.
#include "../common/PackageFixture.h"
#include "firmware/RollbackStore.h"
#include "inventory/InventoryStore.h"
#include "storage/ConsoleSchema.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class TestFirmwareCli : public QObject
{
    Q_OBJECT

    test::PackageFixture m_fx;
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    void write(const QString &name, const QByteArray &bytes)
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
    }
    Run cli(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.start(QStringLiteral(PASBAN_CLI), arguments + QStringList {u"--data-dir"_s, path(u"data"_s)});
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2, process.readAllStandardOutput(),
                process.readAllStandardError()};
    }
    QStringList verifyArgs(const QString &package, const QString &model = u"PX-100"_s)
    {
        return {u"package"_s, u"verify"_s,           package,    u"--device-model"_s, model, u"--device-hardware"_s,
                u"A"_s,       u"--device-version"_s, u"2.0.0"_s, u"--json"_s};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString error = m_fx.create();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.remove(u"PASBAN_DATA_DIR"_s);
        m_env.insert(u"HOME"_s, path(u"home"_s));
        m_env.insert(u"XDG_DATA_HOME"_s, path(u"home/.local/share"_s));

        const QMap<QString, QByteArray> images = m_fx.goodImages();
        write(u"app.bin"_s, images.first());
        write(u"manifest.json"_s, m_fx.manifest(images).toJson());
        write(u"vendor-mcuboot.pem"_s, *m_fx.vendorKey().publicKey()->toPem());
        write(u"other.pem"_s, *crypto::PrivateKey::generate(crypto::SignatureAlgorithm::Ed25519)->publicKey()->toPem());
        write(u"passphrase.txt"_s, "firmware cli test passphrase\n");
        QDir(m_dir.path()).mkpath(u"trust/vendor"_s);
        QDir(m_dir.path()).mkpath(u"trust/approval"_s);
        QVERIFY(QFile::copy(m_fx.pki().path(u"vendor-root.crt"_s), path(u"trust/vendor/root.pem"_s)));
        QVERIFY(QFile::copy(m_fx.pki().path(u"approval-root.crt"_s), path(u"trust/approval/root.pem"_s)));
    }

    void mcuboot()
    {
        Run run = cli({u"mcuboot"_s, u"inspect"_s, path(u"app.bin"_s), u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"version"_s).toString(), u"2.1.0"_s);
        QCOMPARE(run.json().value(u"securityCounter"_s).toInteger(), 0x02010000);
        QVERIFY(run.json().value(u"hashValid"_s).toBool());
        QCOMPARE(run.json().value(u"tlvs"_s).toArray().size(), 4);

        QCOMPARE(
            cli({u"mcuboot"_s, u"verify"_s, path(u"app.bin"_s), u"--key"_s, path(u"vendor-mcuboot.pem"_s)}).exitCode,
            0);
        run = cli({u"mcuboot"_s, u"verify"_s, path(u"app.bin"_s), u"--key"_s, path(u"other.pem"_s), u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"firmware.signature_invalid"_s);
        QByteArray tampered = m_fx.goodImages().first();
        tampered[0x210] = char(tampered[0x210] ^ 1);
        write(u"tampered.bin"_s, tampered);
        run = cli({u"mcuboot"_s, u"verify"_s, path(u"tampered.bin"_s), u"--key"_s, path(u"vendor-mcuboot.pem"_s),
                   u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"firmware.hash_mismatch"_s);
        QCOMPARE(cli({u"mcuboot"_s, u"verify"_s, path(u"missing.bin"_s), u"--key"_s, path(u"other.pem"_s)}).exitCode,
                 2);
        QCOMPARE(cli({u"mcuboot"_s, u"verify"_s, path(u"app.bin"_s), u"--key"_s, path(u"manifest.json"_s)}).exitCode,
                 2);
        QCOMPARE(cli({u"mcuboot"_s, u"verify"_s, path(u"app.bin"_s)}).exitCode, 2);
        QCOMPARE(cli({u"mcuboot"_s, u"inspect"_s, path(u"manifest.json"_s)}).exitCode, 1);
    }

    void packageLifecycle()
    {
        const QString pkg = path(u"acme.pasbanpkg"_s);
        QCOMPARE(cli({u"package"_s, u"create"_s, u"--manifest"_s, path(u"manifest.json"_s), u"--image"_s,
                      path(u"app.bin"_s), u"--out"_s, pkg})
                     .exitCode,
                 0);
        Run run = cli({u"package"_s, u"inspect"_s, pkg, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"manifest"_s).toObject().value(u"packageId"_s).toString(), u"acme-px100-2.1.0"_s);

        // Unsigned: refused with its reason.
        run = cli(verifyArgs(pkg) + QStringList {u"--trust"_s, path(u"trust"_s)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("firmware.vendor_signature_missing"));

        QCOMPARE(cli({u"package"_s, u"sign"_s, pkg, u"--cert"_s, m_fx.pki().path(u"signer.crt"_s), u"--key"_s,
                      m_fx.pki().path(u"signer.key"_s)})
                     .exitCode,
                 0);
        run = cli(verifyArgs(pkg) + QStringList {u"--trust"_s, path(u"trust"_s)});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"valid"_s).toBool(), true);
        QCOMPARE(run.json().value(u"checks"_s).toArray().size(), 11);

        run = cli(verifyArgs(pkg, u"PX-200"_s) + QStringList {u"--trust"_s, path(u"trust"_s)});
        QCOMPARE(run.exitCode, 1);
        bool found = false;
        for (const QJsonValue &c : run.json().value(u"checks"_s).toArray())
            found |= c.toObject().value(u"code"_s).toString() == u"firmware.wrong_model"_s;
        QVERIFY(found);

        run = cli(verifyArgs(pkg) + QStringList {u"--trust"_s, path(u"trust"_s), u"--require-approval"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("firmware.approval_missing"));
        QCOMPARE(cli({u"package"_s, u"approve"_s, pkg, u"--cert"_s, m_fx.pki().path(u"approver.crt"_s), u"--key"_s,
                      m_fx.pki().path(u"approver.key"_s)})
                     .exitCode,
                 0);
        run = cli(verifyArgs(pkg) + QStringList {u"--trust"_s, path(u"trust"_s), u"--require-approval"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.json().value(u"approver"_s).toString().contains(u"approver"_s));

        // Unreadable package and usage errors: 2.
        write(u"junk.pasbanpkg"_s, "junk");
        QCOMPARE(cli(verifyArgs(path(u"junk.pasbanpkg"_s)) + QStringList {u"--trust"_s, path(u"trust"_s)}).exitCode, 2);
        QCOMPARE(cli({u"package"_s, u"verify"_s, pkg, u"--trust"_s, path(u"trust"_s)}).exitCode, 2);
        QCOMPARE(cli(verifyArgs(pkg) + QStringList {u"--trust"_s, path(u"no-such-folder"_s)}).exitCode, 2);
    }

    // firmware push PACKAGE: verified against the trust folder and the device (model
    // from the flags or the inventory) before anything is sent; afterwards the
    // console's anti-rollback record holds the new version, sequence and counter.
    void pushSignedPackage()
    {
        const QString pkg = path(u"acme.pasbanpkg"_s); // signed and approved by packageLifecycle
        QVERIFY(QFile::exists(pkg));
        QProcess devsim;
        devsim.start(QStringLiteral(PASBAN_DEVSIM), {u"--udp"_s, u"0"_s, u"--version"_s, u"2.0.0"_s});
        QVERIFY(devsim.waitForStarted(10000));
        QString port;
        while (port.isEmpty() && (devsim.canReadLine() || devsim.waitForReadyRead(10000))) {
            const QByteArray line = devsim.readLine().trimmed();
            if (line.startsWith("udp: "))
                port = QString::fromUtf8(line.mid(5));
        }
        QVERIFY(!port.isEmpty());
        const QStringList push {u"firmware"_s,
                                u"push"_s,
                                pkg,
                                u"--udp"_s,
                                u"127.0.0.1:"_s + port,
                                u"--trust"_s,
                                path(u"trust"_s),
                                u"--timeout-ms"_s,
                                u"1000"_s,
                                u"--reconnect-ms"_s,
                                u"50"_s,
                                u"--json"_s};

        // Wrong model, and no model known at all: refused, nothing sent.
        Run run = cli(push + QStringList {u"--device-model"_s, u"PX-200"_s, u"--device-hardware"_s, u"A"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"firmware.wrong_model"_s);
        QVERIFY2(run.err.contains("firmware.wrong_model"), run.err.constData()); // the check list on stderr
        run = cli(push);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"cli.device_unknown"_s);

        // The device as the inventory knows it (the refused runs created the database).
        {
            Result<storage::Database> db =
                storage::openConsoleDatabase(QDir(path(u"data"_s)).filePath(storage::consoleDatabaseFileName()));
            QVERIFY(db.ok());
            inventory::ObservedDevice device;
            device.id = u"px-1"_s;
            device.transport = u"ble"_s;
            device.model = u"PX-100"_s;
            device.hardware = u"A"_s;
            device.seenUtc = QDateTime::currentDateTimeUtc();
            QVERIFY(inventory::InventoryStore(*db).recordSeen(device).ok());
        }

        // The right device, its model from the inventory: updated, confirmed, audited, recorded.
        run = cli(push
                  + QStringList {u"--device-id"_s, u"px-1"_s, u"--require-approval"_s, u"--passphrase-file"_s,
                                 path(u"passphrase.txt"_s)});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().value(u"version"_s).toString(), u"2.1.0"_s);
        QVERIFY(run.json().value(u"confirmed"_s).toBool());
        QVERIFY(run.err.contains("[ok]"));

        // The same package again: the device runs it already, nothing is sent.
        run = cli(push + QStringList {u"--device-model"_s, u"PX-100"_s, u"--device-hardware"_s, u"B"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.json().value(u"alreadyInstalled"_s).toBool());

        devsim.terminate();
        QVERIFY(devsim.waitForFinished(10000));
        QVERIFY(devsim.readAllStandardError().contains("primary 2.1.0, confirmed"));

        Result<storage::Database> db =
            storage::openConsoleDatabase(QDir(path(u"data"_s)).filePath(storage::consoleDatabaseFileName()));
        QVERIFY(db.ok());
        const std::optional<firmware::DeviceFirmwareRecord> record =
            firmware::RollbackStore(*db).find(u"px-1"_s).value();
        QVERIFY(record.has_value());
        QCOMPARE(record->version.toString(), u"2.1.0"_s);
        QCOMPARE(record->sequenceNumber, quint64(7));
        QCOMPARE(record->packageId, u"acme-px100-2.1.0"_s);

        // Audited: the verdict and the update's steps.
        run = cli(
            {u"audit"_s, u"tail"_s, u"-n"_s, u"200"_s, u"--json"_s, u"--passphrase-file"_s, path(u"passphrase.txt"_s)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("acme-px100-2.1.0"), run.out.left(2000).constData());
    }

    // firmware push PACKAGE --fleet: two serial devices in parallel and one refused
    // by verification (wrong model), which is never contacted.
    void pushToAFleet()
    {
        const QString pkg = path(u"acme.pasbanpkg"_s);
        std::vector<std::unique_ptr<QProcess>> sims;
        QStringList links;
        for (const QStringList &arguments :
             {QStringList {u"--pty"_s}, QStringList {u"--pty"_s}, QStringList {u"--udp"_s, u"0"_s}}) {
            auto sim = std::make_unique<QProcess>();
            sim->start(QStringLiteral(PASBAN_DEVSIM), arguments + QStringList {u"--version"_s, u"2.0.0"_s});
            QVERIFY(sim->waitForStarted(10000));
            const QByteArray prefix = arguments.contains(u"--udp"_s) ? "udp: " : "pty: ";
            QString where;
            while (where.isEmpty() && (sim->canReadLine() || sim->waitForReadyRead(10000))) {
                const QByteArray line = sim->readLine().trimmed();
                if (line.startsWith(prefix))
                    where = QString::fromUtf8(line.mid(prefix.size()));
            }
            QVERIFY(!where.isEmpty());
            links.append(where);
            sims.push_back(std::move(sim));
        }
        const QJsonArray fleet {
            QJsonObject {{u"deviceId"_s, u"fleet-1"_s},
                         {u"serial"_s, links[0]},
                         {u"model"_s, u"PX-100"_s},
                         {u"hardware"_s, u"A"_s}},
            QJsonObject {{u"deviceId"_s, u"fleet-2"_s},
                         {u"serial"_s, links[1]},
                         {u"model"_s, u"PX-100"_s},
                         {u"hardware"_s, u"B"_s}},
            QJsonObject {{u"deviceId"_s, u"fleet-3"_s},
                         {u"udp"_s, QString(u"127.0.0.1:"_s + links[2])},
                         {u"model"_s, u"PX-200"_s}},
        };
        write(u"fleet.json"_s, QJsonDocument(fleet).toJson());
        const Run run = cli({u"firmware"_s, u"push"_s, pkg, u"--fleet"_s, path(u"fleet.json"_s), u"--parallel"_s,
                             u"2"_s, u"--trust"_s, path(u"trust"_s), u"--report"_s, path(u"fleet-report.json"_s),
                             u"--timeout-ms"_s, u"1000"_s, u"--reconnect-ms"_s, u"50"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 1); // not every device was updated
        const QJsonObject report = run.json();
        QCOMPARE(report.value(u"succeeded"_s).toInt(), 2);
        QCOMPARE(report.value(u"refused"_s).toInt(), 1);
        const QJsonArray devices = report.value(u"devices"_s).toArray();
        QCOMPARE(devices.size(), 3);
        QCOMPARE(devices.at(2).toObject().value(u"error"_s).toObject().value(u"code"_s).toString(),
                 u"firmware.wrong_model"_s);
        QFile saved(path(u"fleet-report.json"_s));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(saved.readAll()).object(), report);

        const QList<QByteArray> expected {"primary 2.1.0, confirmed", "primary 2.1.0, confirmed", "; 0 requests"};
        for (std::size_t i = 0; i < sims.size(); ++i) {
            sims[i]->terminate();
            QVERIFY(sims[i]->waitForFinished(10000));
            const QByteArray summary = sims[i]->readAllStandardError();
            QVERIFY2(summary.contains(expected[int(i)]), summary.constData());
        }
    }

    // package import|list|remove: the console's firmware library. A signed package is
    // verified on import (a bad one is refused with its reason); an unverified image
    // needs the explicit flags and a reason, and is listed as such; all audited.
    void packageLibrary()
    {
        const QString pkg = path(u"acme.pasbanpkg"_s); // signed and approved by packageLifecycle
        const QStringList audit {u"--passphrase-file"_s, path(u"passphrase.txt"_s)};
        const QStringList trust {u"--trust"_s, path(u"trust"_s)};
        Run run = cli({u"package"_s, u"list"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"packages"_s).toArray().size(), 0);

        // Changes need the audit log; a missing file is a usage error.
        QCOMPARE(cli(QStringList {u"package"_s, u"import"_s, pkg} + trust).exitCode, 2);
        QCOMPARE(cli(QStringList {u"package"_s, u"import"_s, path(u"missing.pasbanpkg"_s)} + trust + audit).exitCode,
                 2);
        // Nothing trusted in the console's own store yet: refused with the reason.
        run = cli(QStringList {u"package"_s, u"import"_s, pkg, u"--json"_s} + audit);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value(u"error"_s).toObject().value(u"code"_s).toString(),
                 u"crypto.certificate_untrusted"_s);

        run = cli(QStringList {u"package"_s, u"import"_s, pkg, u"--json"_s} + trust + audit);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"packageId"_s).toString(), u"acme-px100-2.1.0"_s);
        QCOMPARE(run.json().value(u"verdict"_s).toString(), u"verified"_s);
        QVERIFY(run.json().value(u"approved"_s).toBool());
        // The same package again: refused as a duplicate.
        run = cli(QStringList {u"package"_s, u"import"_s, pkg, u"--json"_s} + trust + audit);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"firmware.library_duplicate"_s);

        // A bare image: only with --unverified --accept-risk --reason.
        QCOMPARE(cli(QStringList {u"package"_s, u"import"_s, path(u"app.bin"_s)} + audit).exitCode, 2);
        QCOMPARE(cli(QStringList {u"package"_s, u"import"_s, path(u"app.bin"_s), u"--unverified"_s} + audit).exitCode,
                 2);
        QCOMPARE(cli(QStringList {u"package"_s, u"import"_s, path(u"app.bin"_s), u"--unverified"_s, u"--accept-risk"_s}
                     + audit)
                     .exitCode,
                 2);
        QCOMPARE(cli(QStringList {u"package"_s, u"import"_s, path(u"tampered.bin"_s), u"--unverified"_s,
                                  u"--accept-risk"_s, u"--reason"_s, u"vendor portal down"_s}
                     + audit)
                     .exitCode,
                 1);
        run = cli(QStringList {u"package"_s, u"import"_s, path(u"app.bin"_s), u"--unverified"_s, u"--accept-risk"_s,
                               u"--reason"_s, u"vendor portal down"_s, u"--device-model"_s, u"PX-100"_s, u"--json"_s}
                  + audit);
        QCOMPARE(run.exitCode, 0);
        const QString unverifiedId = run.json().value(u"packageId"_s).toString();
        QVERIFY(unverifiedId.startsWith(u"unverified-"_s));
        QCOMPARE(run.json().value(u"verdict"_s).toString(), u"unverified"_s);
        QCOMPARE(run.json().value(u"version"_s).toString(), u"2.1.0"_s);

        // A Nordic DFU package: its application image, through the same flags.
        const QString dfuZip = QStringLiteral(PASBAN_TEST_DATA_DIR "/firmware/dfu/dfu_application.zip");
        QCOMPARE(cli(QStringList {u"package"_s, u"import"_s, dfuZip, u"--unverified"_s} + audit).exitCode, 2);
        run = cli(QStringList {u"package"_s, u"import"_s, dfuZip, u"--unverified"_s, u"--accept-risk"_s, u"--reason"_s,
                               u"vendor portal down"_s, u"--json"_s}
                  + audit);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"origin"_s).toString(), u"nordic-dfu-zip"_s);
        QCOMPARE(run.json().value(u"version"_s).toString(), u"1.2.3+4"_s);
        const QString dfuId = run.json().value(u"packageId"_s).toString();
        const QByteArray truncated = QByteArray("PK\x03\x04\x14\0\0\0\0\0\0\0\0\0", 14);
        QFile hostile(path(u"hostile.zip"_s));
        QVERIFY(hostile.open(QIODevice::WriteOnly));
        hostile.write(truncated); // a local header and nothing else
        hostile.close();
        run = cli(QStringList {u"package"_s, u"import"_s, path(u"hostile.zip"_s), u"--unverified"_s, u"--accept-risk"_s,
                               u"--reason"_s, u"test"_s, u"--json"_s}
                  + audit);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"zip.not_zip"_s);
        QCOMPARE(cli(QStringList {u"package"_s, u"remove"_s, dfuId} + audit).exitCode, 0);

        run = cli({u"package"_s, u"list"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QMap<QString, QString> verdicts;
        for (const QJsonValue &p : run.json().value(u"packages"_s).toArray())
            verdicts.insert(p.toObject().value(u"packageId"_s).toString(), p.toObject().value(u"verdict"_s).toString());
        QCOMPARE(verdicts.value(u"acme-px100-2.1.0"_s), u"verified"_s);
        QCOMPARE(verdicts.value(unverifiedId), u"unverified"_s);
        run = cli({u"package"_s, u"list"_s});
        QVERIFY(run.out.contains("UNVERIFIED"));

        QCOMPARE(cli({u"package"_s, u"remove"_s, unverifiedId}).exitCode, 2);
        QCOMPARE(cli(QStringList {u"package"_s, u"remove"_s, u"no-such-package"_s} + audit).exitCode, 1);
        QCOMPARE(cli(QStringList {u"package"_s, u"remove"_s, unverifiedId} + audit).exitCode, 0);
        run = cli({u"package"_s, u"list"_s, u"--json"_s});
        QCOMPARE(run.json().value(u"packages"_s).toArray().size(), 1);

        run = cli(QStringList {u"audit"_s, u"tail"_s, u"-n"_s, u"30"_s, u"--json"_s} + audit);
        QCOMPARE(run.exitCode, 0);
        QStringList operations;
        QString reason;
        for (const QJsonValue &e : run.json().value(u"events"_s).toArray()) {
            const QJsonObject details = e.toObject().value(u"details"_s).toObject();
            operations.append(details.value(u"operation"_s).toString());
            if (details.value(u"unverified"_s).toBool())
                reason = details.value(u"reason"_s).toString();
        }
        QVERIFY2(operations.contains(u"firmware.library.import"_s), qPrintable(operations.join(u',')));
        QVERIFY(operations.contains(u"firmware.library.import_unverified"_s));
        QVERIFY(operations.contains(u"firmware.library.remove"_s));
        QCOMPARE(reason, u"vendor portal down"_s);
    }

    void trustStore()
    {
        const QString pkg = path(u"acme.pasbanpkg"_s);
        const QStringList audit {u"--passphrase-file"_s, path(u"passphrase.txt"_s)};
        // Not confirmed: the fingerprint is shown, nothing is imported.
        Run run =
            cli(QStringList {u"trust"_s, u"import"_s, m_fx.pki().path(u"vendor-root.crt"_s), u"--role"_s, u"vendor"_s}
                    + audit,
                "no\n");
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(m_fx.certificate(u"vendor-root"_s).fingerprintText().toLatin1()));
        // Changes need the audit log.
        QCOMPARE(
            cli({u"trust"_s, u"import"_s, m_fx.pki().path(u"vendor-root.crt"_s), u"--role"_s, u"vendor"_s, u"--yes"_s})
                .exitCode,
            2);
        QCOMPARE(
            cli(QStringList {u"trust"_s, u"import"_s, m_fx.pki().path(u"vendor-root.crt"_s), u"--role"_s, u"vendor"_s}
                    + audit,
                "yes\n")
                .exitCode,
            0);
        run = cli({u"trust"_s, u"list"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"roots"_s).toArray().size(), 1);

        // The console's own trust store verifies the package.
        QCOMPARE(cli(verifyArgs(pkg)).exitCode, 0);
        QCOMPARE(cli(QStringList {u"trust"_s, u"revoke"_s, u"--crl"_s, m_fx.pki().path(u"vendor-root.crl"_s)} + audit)
                     .exitCode,
                 0);
        QCOMPARE(cli(verifyArgs(pkg)).exitCode, 0); // the CRL revokes another certificate
        QCOMPARE(cli(QStringList {u"trust"_s, u"revoke"_s, u"--fingerprint"_s,
                                  m_fx.certificate(u"signer"_s).fingerprintText(), u"--reason"_s, u"key lost"_s}
                     + audit)
                     .exitCode,
                 0);
        run = cli(verifyArgs(pkg));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("firmware.certificate_revoked_locally"));

        // Every change is in the audit log.
        run = cli(QStringList {u"audit"_s, u"tail"_s, u"-n"_s, u"20"_s, u"--json"_s} + audit);
        QCOMPARE(run.exitCode, 0);
        QStringList operations;
        for (const QJsonValue &e : run.json().value(u"events"_s).toArray())
            operations.append(e.toObject().value(u"details"_s).toObject().value(u"operation"_s).toString());
        QVERIFY2(operations.contains(u"firmware.trust.import_root"_s), qPrintable(operations.join(u',')));
        QVERIFY(operations.contains(u"firmware.trust.import_crl"_s));
        QVERIFY(operations.contains(u"firmware.trust.revoke"_s));
    }
};

QTEST_GUILESS_MAIN(TestFirmwareCli)
#include "tst_FirmwareCli.moc"
