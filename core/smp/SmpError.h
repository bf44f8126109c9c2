#pragma once

#include "common/Result.h"

#include <QCborMap>
#include <QString>

#include <optional>

namespace pasban::smp {

// An error a device reported in a response payload, in either form:
//   SMP v1  {"rc": N}                         N from the generic table below
//   SMP v2  {"err": {"group": G, "rc": N}}    N defined by management group G
// A v2 device still uses the v1 form for generic errors, so both are read always.
class SmpError
{
public:
    enum class Form { V1, V2 };

    // Zephyr's MGMT_ERR_* codes (the v1 "rc" values).
    enum GenericRc : qint64 {
        Ok = 0,
        Unknown = 1,
        NoMemory = 2,
        InvalidValue = 3,
        Timeout = 4,
        NoEntry = 5,
        BadState = 6,
        MessageSize = 7,
        NotSupported = 8,
        Corrupt = 9,
        Busy = 10,
        AccessDenied = 11,
        TooOld = 12,
        TooNew = 13,
    };

    // Zephyr's IMG_MGMT_ERR_* codes (v2, group 1) that a user can act on.
    enum ImageRc : qint64 {
        CurrentVersionIsNewer = 27,
        ImageAlreadyPending = 28,
        ImageTooLarge = 30,
        ConfirmationDenied = 32,
    };

    SmpError(Form form, qint64 rc, quint16 group = 0);

    // nullopt when the payload reports no error (no "rc"/"err", or a code of 0).
    // An error Result when the fields are there but of the wrong type or range.
    [[nodiscard]] static Result<std::optional<SmpError>> fromPayload(const QCborMap &payload);

    [[nodiscard]] Form form() const { return m_form; }
    [[nodiscard]] qint64 rc() const { return m_rc; }
    // The management group of a v2 error; 0 (OS) for v1, which has none.
    [[nodiscard]] quint16 group() const { return m_group; }
    // The device's own English explanation ("rsn", sent by Zephyr with
    // CONFIG_MCUMGR_GRP_IMG_VERBOSE_ERR); empty if none. Goes into the detail only:
    // it is not translated and not written for clinicians.
    [[nodiscard]] QString reason() const { return m_reason; }

    // What happened and what to do, translated into the current language.
    [[nodiscard]] QString description() const;
    // As an Error value: code "smp.device.<name>", the description as message, and
    // form, group and code in the detail.
    [[nodiscard]] Error toError() const;

    // The error for a response whose fields are missing or of the wrong type; shared
    // by every response reader so the user sees one message for one kind of fault.
    [[nodiscard]] static Error malformedResponse(const QString &detail);

private:
    struct Meaning
    {
        const char *name;
        const char *sourceText;
    };
    [[nodiscard]] Meaning meaning() const;
    [[nodiscard]] static Result<std::optional<SmpError>> readError(const QCborMap &payload);

    Form m_form;
    qint64 m_rc;
    quint16 m_group;
    QString m_reason;
};

} // namespace pasban::smp
