#pragma once

// Certificates for tests, made with the openssl command-line tool (an independent
// implementation, so the product's CMS code is not checked against itself):
//   vendor-root       self-signed CA (the vendor's trust root)
//   signer            code-signing certificate under vendor-root
//   expiring          code-signing, valid for one day only (judge it two days later)
//   noeku             under vendor-root, extendedKeyUsage emailProtection only
//   revoked           code-signing under vendor-root, revoked in vendor-root.crl
//   other-root, stranger   an unknown CA and a code-signing certificate under it
//   approval-root, approver   the hospital's approval CA and a clinical engineer
// Each NAME has NAME.crt and NAME.key (PEM, unencrypted EC P-256) in dir().

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace pasban::test {

class TestPki
{
public:
    // Empty string on success, else what failed.
    QString create()
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        const QString ext = QStringLiteral("[code]\nbasicConstraints=critical,CA:FALSE\n"
                                           "keyUsage=critical,digitalSignature\nextendedKeyUsage=codeSigning\n"
                                           "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n"
                                           "[noeku]\nbasicConstraints=critical,CA:FALSE\n"
                                           "keyUsage=critical,digitalSignature\nextendedKeyUsage=emailProtection\n"
                                           "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n");
        if (!write(QStringLiteral("ext.cnf"), ext.toUtf8()))
            return QStringLiteral("cannot write ext.cnf");
        QString error;
        if (!(error = root(QStringLiteral("vendor-root"), QStringLiteral("Test Vendor Root"))).isEmpty()
            || !(error = leaf(QStringLiteral("signer"), QStringLiteral("vendor-root"), QStringLiteral("code"), 365, 2))
                    .isEmpty()
            || !(error = leaf(QStringLiteral("expiring"), QStringLiteral("vendor-root"), QStringLiteral("code"), 1, 3))
                    .isEmpty()
            || !(error = leaf(QStringLiteral("noeku"), QStringLiteral("vendor-root"), QStringLiteral("noeku"), 365, 4))
                    .isEmpty()
            || !(error = leaf(QStringLiteral("revoked"), QStringLiteral("vendor-root"), QStringLiteral("code"), 365, 5))
                    .isEmpty()
            || !(error = root(QStringLiteral("other-root"), QStringLiteral("Unknown Root"))).isEmpty()
            || !(error = leaf(QStringLiteral("stranger"), QStringLiteral("other-root"), QStringLiteral("code"), 365, 6))
                    .isEmpty()
            || !(error = root(QStringLiteral("approval-root"), QStringLiteral("Hospital Approval Root"))).isEmpty()
            || !(error =
                     leaf(QStringLiteral("approver"), QStringLiteral("approval-root"), QStringLiteral("code"), 365, 7))
                    .isEmpty()
            || !(error = crl()).isEmpty()) {
            return error;
        }
        return {};
    }

    QString dir() const { return m_dir.path(); }
    QString path(const QString &file) const { return m_dir.filePath(file); }
    QByteArray read(const QString &file) const
    {
        QFile f(path(file));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    // A moment at which every certificate above is valid (they start "now").
    static QDateTime validTime() { return QDateTime::currentDateTimeUtc().addSecs(120); }
    // When "expiring" has expired and the others have not.
    static QDateTime afterExpiry() { return QDateTime::currentDateTimeUtc().addDays(3); }

private:
    QString run(const QStringList &arguments)
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral("openssl"), arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            return QStringLiteral("openssl %1: %2")
                .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAllStandardError()));
        }
        return {};
    }
    bool write(const QString &file, const QByteArray &bytes)
    {
        QFile f(path(file));
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }
    QString root(const QString &name, const QString &cn)
    {
        return run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                    QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                    QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                    name + QStringLiteral(".crt"), QStringLiteral("-days"), QStringLiteral("3650"),
                    QStringLiteral("-subj"), QStringLiteral("/O=Pasban Tests/CN=") + cn, QStringLiteral("-addext"),
                    QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                    QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
    }
    QString leaf(const QString &name, const QString &ca, const QString &section, int days, int serial)
    {
        QString error =
            run({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                 QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                 name + QStringLiteral(".key"), QStringLiteral("-out"), name + QStringLiteral(".csr"),
                 QStringLiteral("-subj"), QStringLiteral("/O=Pasban Tests/CN=") + name});
        if (!error.isEmpty())
            return error;
        return run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    name + QStringLiteral(".csr"), QStringLiteral("-CA"), ca + QStringLiteral(".crt"),
                    QStringLiteral("-CAkey"), ca + QStringLiteral(".key"), QStringLiteral("-set_serial"),
                    QString::number(serial), QStringLiteral("-days"), QString::number(days), QStringLiteral("-out"),
                    name + QStringLiteral(".crt"), QStringLiteral("-extfile"), QStringLiteral("ext.cnf"),
                    QStringLiteral("-extensions"), section});
    }
    QString crl()
    {
        const QString config = QStringLiteral("[ca]\ndefault_ca=CA_default\n[CA_default]\ndatabase=index.txt\n"
                                              "crlnumber=crlnumber\ndefault_md=sha256\ndefault_crl_days=30\n");
        if (!write(QStringLiteral("ca.cnf"), config.toUtf8()) || !write(QStringLiteral("index.txt"), {})
            || !write(QStringLiteral("crlnumber"), "01\n")) {
            return QStringLiteral("cannot write the CA database");
        }
        const QStringList ca {QStringLiteral("-config"),  QStringLiteral("ca.cnf"),
                              QStringLiteral("-keyfile"), QStringLiteral("vendor-root.key"),
                              QStringLiteral("-cert"),    QStringLiteral("vendor-root.crt")};
        QString error =
            run(QStringList {QStringLiteral("ca"), QStringLiteral("-revoke"), QStringLiteral("revoked.crt")} + ca);
        if (!error.isEmpty())
            return error;
        return run(QStringList {QStringLiteral("ca"), QStringLiteral("-gencrl"), QStringLiteral("-out"),
                                QStringLiteral("vendor-root.crl")}
                   + ca);
    }

    QTemporaryDir m_dir;
};

} // namespace pasban::test
