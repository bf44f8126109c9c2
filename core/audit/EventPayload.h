#pragma once

#include "AuditEvent.h"
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

namespace pasban::audit {

// The fields of an event that are stored encrypted, and their plaintext encoding:
//
//   u32 big-endian length L ‖ L bytes of CBOR ‖ zero bytes up to a multiple of 32
//
// The CBOR is a map with integer keys: 1 action (text "C"/"R"/"U"/"D"/"E"),
// 2 operator, 3 workstation, 4 device (text, omitted when empty), 5 details (map).
// The padding hides the exact length of names and details from anyone reading the
// ciphertext sizes. decode() accepts exactly this and nothing else.
struct EventPayload
{
    static constexpr qsizetype PaddingBlock = 32;
    // Keeps an event well within what a syslog receiver must accept (32 KiB) once
    // it is forwarded as XML, with room for the envelope.
    static constexpr qsizetype MaxEncodedSize = 24 * 1024;

    Action action = Action::Execute;
    QString operatorId;
    QString workstation;
    QString device;
    QJsonObject details;

    [[nodiscard]] static EventPayload fromEvent(const AuditEvent &event);
    void applyTo(AuditEvent &event) const;

    // audit.event_too_large beyond MaxEncodedSize.
    [[nodiscard]] Result<QByteArray> encode() const;
    // audit.damaged for anything that is not exactly what encode() produces.
    [[nodiscard]] static Result<EventPayload> decode(QByteArrayView bytes);
};

} // namespace pasban::audit
