#include "SmpError.h"

#include "SmpIds.h"

#include <QCborValue>

using namespace Qt::Literals::StringLiterals;

namespace pasban::smp {

namespace {
// Error codes are 16-bit on the device side; anything outside this range is not one.
constexpr qint64 MaxRc = 0x7fffffff;
// Enough for any reason Zephyr sends; a longer one is cut, not trusted to be short.
constexpr qsizetype MaxReasonLength = 200;

std::optional<qint64> integerIn(const QCborValue &value, qint64 max)
{
    if (!value.isInteger())
        return std::nullopt;
    const qint64 number = value.toInteger();
    if (number < 0 || number > max)
        return std::nullopt;
    return number;
}
} // namespace

SmpError::SmpError(Form form, qint64 rc, quint16 group)
    : m_form(form)
    , m_rc(rc)
    , m_group(form == Form::V1 ? quint16(0) : group)
{
}

Error SmpError::malformedResponse(const QString &detail)
{
    return Error(u"smp.bad_response"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The device answered in a form Pasban does not understand. Check that the device "
                                   "firmware supports this operation; if it should, report the problem."),
                 {}, detail);
}

Result<std::optional<SmpError>> SmpError::fromPayload(const QCborMap &payload)
{
    Result<std::optional<SmpError>> error = readError(payload);
    if (error && error->has_value()) {
        if (const QCborValue reason = payload.value(u"rsn"_s); reason.isString())
            (*error)->m_reason = reason.toString().left(MaxReasonLength);
    }
    return error;
}

Result<std::optional<SmpError>> SmpError::readError(const QCborMap &payload)
{
    const QCborValue err = payload.value(u"err"_s);
    if (!err.isUndefined()) {
        if (!err.isMap())
            return malformedResponse(u"\"err\" is not a map"_s);
        const QCborMap map = err.toMap();
        const std::optional<qint64> group = integerIn(map.value(u"group"_s), 0xffff);
        const std::optional<qint64> rc = integerIn(map.value(u"rc"_s), MaxRc);
        if (!group || !rc)
            return malformedResponse(u"\"err\" needs integer \"group\" and \"rc\""_s);
        if (*rc == 0)
            return std::optional<SmpError>();
        return std::optional<SmpError>(SmpError(Form::V2, *rc, quint16(*group)));
    }
    const QCborValue rcValue = payload.value(u"rc"_s);
    if (rcValue.isUndefined())
        return std::optional<SmpError>();
    const std::optional<qint64> rc = integerIn(rcValue, MaxRc);
    if (!rc)
        return malformedResponse(u"\"rc\" is not a non-negative integer"_s);
    if (*rc == 0)
        return std::optional<SmpError>();
    return std::optional<SmpError>(SmpError(Form::V1, *rc));
}

SmpError::Meaning SmpError::meaning() const
{
    if (m_form == Form::V1) {
        switch (m_rc) {
        case Unknown:
            return {"unknown",
                    QT_TRANSLATE_NOOP("pasban::Error",
                                      "The device reported an unexpected error. Try again; if it keeps happening, "
                                      "restart the device.")};
        case NoMemory:
            return {"no_memory",
                    QT_TRANSLATE_NOOP("pasban::Error", "The device ran out of memory. Restart it and try again.")};
        case InvalidValue:
            return {"invalid_value",
                    QT_TRANSLATE_NOOP("pasban::Error",
                                      "The device rejected the request as invalid. Check that the firmware or "
                                      "setting is meant for this device model.")};
        case Timeout:
            return {
                "timeout",
                QT_TRANSLATE_NOOP("pasban::Error", "The device ran out of time carrying out the request. Try again.")};
        case NoEntry:
            return {"no_entry",
                    QT_TRANSLATE_NOOP("pasban::Error",
                                      "The device does not have what was asked for (for example, no image in that "
                                      "slot).")};
        case BadState:
            return {"bad_state",
                    QT_TRANSLATE_NOOP("pasban::Error",
                                      "The device cannot do this in its current state (for example, another update "
                                      "is waiting). Finish or cancel that first, then try again.")};
        case MessageSize:
            return {"message_size",
                    QT_TRANSLATE_NOOP("pasban::Error",
                                      "A message was too large for the device. Try again; if it keeps happening, "
                                      "report the problem.")};
        case NotSupported:
            return {"not_supported", QT_TRANSLATE_NOOP("pasban::Error", "The device does not support this operation.")};
        case Corrupt:
            return {"corrupt",
                    QT_TRANSLATE_NOOP("pasban::Error",
                                      "The device found its stored data damaged. Take it out of service and contact "
                                      "the manufacturer's service.")};
        case Busy:
            return {"busy", QT_TRANSLATE_NOOP("pasban::Error", "The device is busy. Wait a moment and try again.")};
        case AccessDenied:
            return {"access_denied",
                    QT_TRANSLATE_NOOP("pasban::Error",
                                      "The device refused access. Check that the device is unlocked for "
                                      "maintenance and that you may manage it.")};
        case TooOld:
            return {"too_old",
                    QT_TRANSLATE_NOOP("pasban::Error",
                                      "The device does not accept the protocol version Pasban used (too old for the "
                                      "device).")};
        case TooNew:
            return {"too_new",
                    QT_TRANSLATE_NOOP("pasban::Error",
                                      "The device does not accept the protocol version Pasban used (too new for the "
                                      "device).")};
        default:
            break;
        }
    } else if (m_group == Group::Image) {
        switch (m_rc) {
        case CurrentVersionIsNewer:
            return {"image.newer_version_running",
                    QT_TRANSLATE_NOOP("pasban::Error",
                                      "The device already runs a newer firmware version than this image, and it "
                                      "refuses downgrades.")};
        case ImageAlreadyPending:
            return {"image.already_pending",
                    QT_TRANSLATE_NOOP("pasban::Error",
                                      "The device already has an update waiting to be installed. Restart the device "
                                      "to finish that update before sending another.")};
        case ImageTooLarge:
            return {"image.too_large",
                    QT_TRANSLATE_NOOP("pasban::Error",
                                      "The firmware image is too large for the device's update slot. Check that it "
                                      "is meant for this device model.")};
        case ConfirmationDenied:
            return {"image.confirmation_denied",
                    QT_TRANSLATE_NOOP("pasban::Error",
                                      "The device refused to confirm the new firmware. It will return to the "
                                      "previous firmware at its next restart.")};
        default:
            break;
        }
    }
    return {"error",
            QT_TRANSLATE_NOOP("pasban::Error",
                              "The device reported error %2 in management group %1. Look the code up in the "
                              "device's documentation.")};
}

Error SmpError::toError() const
{
    const Meaning m = meaning();
    QString detail =
        m_form == Form::V1 ? u"SMP v1 rc %1"_s.arg(m_rc) : u"SMP v2 group %1 rc %2"_s.arg(m_group).arg(m_rc);
    if (!m_reason.isEmpty())
        detail += u": \"%1\""_s.arg(m_reason);
    return Error(u"smp.device."_s + QString::fromLatin1(m.name), m.sourceText,
                 {QString::number(m_group), QString::number(m_rc)}, detail);
}

QString SmpError::description() const
{
    return toError().message();
}

} // namespace pasban::smp
