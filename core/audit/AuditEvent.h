#pragma once

#include "EventType.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace pasban::audit {

// What was done: FHIR AuditEvent.action / DICOM EventActionCode.
enum class Action : char {
    Create = 'C',
    Read = 'R',
    Update = 'U',
    Delete = 'D',
    Execute = 'E',
};

// How it went: FHIR AuditEvent.outcome / DICOM EventOutcomeIndicator.
enum class Outcome : quint8 {
    Success = 0,
    MinorFailure = 4,
    SeriousFailure = 8,
    MajorFailure = 12,
};

// One audit record. sequence, recorded and keyId are set by AuditLog::append;
// whatever the caller put there is ignored.
//
// Stored in clear (filterable without the key): sequence, recorded, type,
// outcome. Encrypted: action, operatorId, workstation, device, details. Never
// put a secret (password, key) into details; patient context is allowed there,
// it is encrypted.
struct AuditEvent
{
    quint64 sequence = 0; // from 1, without gaps
    QDateTime recorded; // UTC, millisecond precision
    EventType type = EventType::ApplicationActivity;
    Action action = Action::Execute;
    Outcome outcome = Outcome::Success;
    QString operatorId; // who: the operator's user name or id; empty when nobody is logged in
    QString workstation; // where: empty means this computer's host name
    QString device; // the medical device concerned (serial, address), if any
    QJsonObject details; // anything else, as JSON
    quint32 keyId = 0; // which data key sealed it
    // The event's chain link as stored (set by AuditLog::query; ignored by append):
    // exports carry it so a copy can be matched against the log.
    QByteArray link;

    // False when the encrypted fields could not be opened (the row was changed or
    // its key is unavailable): then only the clear fields above are filled in.
    bool readable = true;
};

// "C", "R", "U", "D" or "E".
[[nodiscard]] QString actionCode(Action action);
[[nodiscard]] std::optional<Action> actionFromCode(QStringView code);
// Only 0, 4, 8 and 12 are outcomes.
[[nodiscard]] std::optional<Outcome> outcomeFromValue(qint64 value);
// Translated: "Success", "Minor failure", ...
[[nodiscard]] QString outcomeName(Outcome outcome);
[[nodiscard]] QString actionName(Action action);

} // namespace pasban::audit
