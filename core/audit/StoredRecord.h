#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace pasban::audit {

// One row of audit_events exactly as stored, before anything is trusted. Integers
// are kept as SQLite's signed 64-bit values so that a tampered value is encoded
// (and detected) as it is, not first clamped into range.
struct StoredRecord
{
    qint64 sequence = 0;
    qint64 recordedMs = 0; // UTC milliseconds since 1970
    qint64 eventType = 0; // DICOM code
    qint64 outcome = 0;
    qint64 keyId = 0;
    std::optional<QByteArray> operatorIndex; // blind index; NULL when there is no operator
    std::optional<QByteArray> deviceIndex;
    QByteArray sealed; // nonce ‖ AES-256-GCM ciphertext ‖ tag of the EventPayload
    QByteArray link; // HMAC-SHA-256 chain link

    // Set by the reader when a column held a value of the wrong SQL type (text
    // where a number belongs): such a row never verifies.
    QString columnProblem;
};

} // namespace pasban::audit
