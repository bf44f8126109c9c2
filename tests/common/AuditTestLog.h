#pragma once

// A small encrypted audit log in a temporary folder, for the export and viewer
// tests (passphrase key store with a low scrypt cost, file anchor, mock clock).

#include "MockClock.h"
#include "audit/AuditLog.h"
#include "audit/FileAnchorStore.h"
#include "audit/PassphraseKeyStore.h"
#include "storage/ConsoleSchema.h"

#include <QTemporaryDir>

#include <memory>

namespace pasban::test {

class AuditTestLog
{
public:
    AuditTestLog()
        : m_anchor(m_dir.filePath(audit::FileAnchorStore::defaultFileName()))
        , m_keys(crypto::SecureBytes::fromUtf8(u"correct horse"), crypto::ScryptParams {1u << 10, 8, 1})
    {
    }

    [[nodiscard]] QString databasePath() const { return m_dir.filePath(QStringLiteral("console.db")); }
    [[nodiscard]] QString filePath(const QString &name) const { return m_dir.filePath(name); }
    [[nodiscard]] MockClock &clock() { return m_clock; }
    [[nodiscard]] audit::FileAnchorStore &anchor() { return m_anchor; }

    [[nodiscard]] Result<storage::Database> database() const { return storage::openConsoleDatabase(databasePath()); }

    // Opens (creating on first use) the log; nullptr with the error printed on failure.
    [[nodiscard]] std::unique_ptr<audit::AuditLog> open()
    {
        Result<storage::Database> db = database();
        if (!db) {
            qWarning() << db.error().code() << db.error().detail();
            return nullptr;
        }
        audit::AuditLog::Options options;
        options.clock = &m_clock;
        options.anchors = {&m_anchor};
        options.workstation = QStringLiteral("ward-7-console");
        options.create = true;
        Result<std::unique_ptr<audit::AuditLog>> log = audit::AuditLog::open(std::move(db).value(), m_keys, options);
        if (!log) {
            qWarning() << log.error().code() << log.error().detail();
            return nullptr;
        }
        return std::move(log).value();
    }

private:
    QTemporaryDir m_dir;
    MockClock m_clock;
    audit::FileAnchorStore m_anchor;
    audit::PassphraseKeyStore m_keys;
};

} // namespace pasban::test
