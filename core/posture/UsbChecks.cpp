// Checks on USB functions a device exposes (REFERENCE.md §4), from the
// observations USB discovery stores by kind.
#include "Checks.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::posture::checks {

namespace {

const UsbFunctionFact *usbFunction(const DeviceFacts &facts, QStringView kind)
{
    for (const UsbFunctionFact &function : facts.usbFunctions) {
        if (function.kind == kind)
            return &function;
    }
    return nullptr;
}

Evidence usbEvidence(const UsbFunctionFact &function, Text what)
{
    Evidence evidence;
    evidence.what = std::move(what);
    evidence.when = function.at;
    evidence.how = function.method.isEmpty() ? u"usb-enumeration"_s : function.method;
    evidence.operatorName = function.operatorName;
    return evidence;
}

// One USB function, one finding: the three differ only in texts and references.
class UsbFunctionCheck final : public Check
{
public:
    UsbFunctionCheck(CheckInfo info, QString kind, const char *what, const char *why, const char *remediation)
        : m_info(std::move(info))
        , m_kind(std::move(kind))
        , m_what(what)
        , m_why(why)
        , m_remediation(remediation)
    {
    }

    CheckInfo info() const override { return m_info; }

    void evaluate(const DeviceFacts &facts, const PostureContext &, QList<Finding> &out) const override
    {
        const UsbFunctionFact *function = usbFunction(facts, m_kind);
        if (!function)
            return;
        // HID matters on a composite device: a medical device that also types.
        if (m_kind == u"usb-hid"_s && !function->value.value(u"composite"_s).toBool()) {
            const bool other = std::any_of(facts.usbFunctions.cbegin(), facts.usbFunctions.cend(),
                                           [](const UsbFunctionFact &f) { return f.kind != u"usb-hid"_s; });
            if (!other)
                return;
        }
        Finding finding = makeFinding();
        finding.evidence.append(usbEvidence(*function, Text::of(m_what)));
        finding.why = Text::of(m_why);
        finding.remediation = Text::of(m_remediation);
        out.append(finding);
    }

private:
    CheckInfo m_info;
    QString m_kind;
    const char *m_what;
    const char *m_why;
    const char *m_remediation;
};

} // namespace

QList<const Check *> usbChecks()
{
    static const UsbFunctionCheck dfu(
        {u"usb.dfu-runtime"_s,
         Severity::High,
         QT_TRANSLATE_NOOP("pasban::posture", "Firmware replaceable over USB (DFU run-time interface)"),
         u"USB enumeration: interface class 0xFE/0x01 protocol 1 (observation usb-dfu-runtime)"_s,
         {{u"CONN-1.2.2"_s, u"SAHD-3.2"_s}, {u"CR 3.4"_s, u"EDR 2.13"_s}, {u"164.312(c)(1)"_s}}},
        u"usb-dfu-runtime"_s, QT_TRANSLATE_NOOP("pasban::posture", "The device exposes a USB DFU run-time interface"),
        QT_TRANSLATE_NOOP("pasban::posture",
                          "Any computer the device is plugged into can switch it into its bootloader and write "
                          "firmware, unless the bootloader checks signatures."),
        QT_TRANSLATE_NOOP("pasban::posture",
                          "Confirm with the manufacturer that the DFU bootloader accepts only signed images; charge "
                          "the device only from power supplies or approved docks, never from shared computers."));
    static const UsbFunctionCheck storage(
        {u"usb.mass-storage"_s,
         Severity::Medium,
         QT_TRANSLATE_NOOP("pasban::posture", "USB mass storage exposed"),
         u"USB enumeration: interface class 0x08 (observation usb-mass-storage)"_s,
         {{u"CONN-1.2.2"_s, u"MLDP"_s}, {u"CR 7.7"_s, u"EDR 2.13"_s}, {u"164.312(a)(1)"_s, u"164.312(c)(1)"_s}}},
        u"usb-mass-storage"_s, QT_TRANSLATE_NOOP("pasban::posture", "The device exposes a USB mass-storage interface"),
        QT_TRANSLATE_NOOP("pasban::posture",
                          "A drive on a medical device is a path for copying patient data off it and for bringing "
                          "malware onto the computers it is plugged into."),
        QT_TRANSLATE_NOOP("pasban::posture",
                          "Ask whether the storage function can be disabled; block USB storage on the workstations "
                          "the device connects to, and scan files that come from it."));
    static const UsbFunctionCheck hid(
        {u"usb.hid-composite"_s,
         Severity::Medium,
         QT_TRANSLATE_NOOP("pasban::posture", "Keyboard-like HID interface on a composite device"),
         u"USB enumeration: interface class 0x03 beside other functions (observation usb-hid)"_s,
         {{u"CONN-1.2.2"_s}, {u"CR 7.7"_s, u"EDR 2.13"_s}, {u"164.312(a)(1)"_s}}},
        u"usb-hid"_s,
        QT_TRANSLATE_NOOP("pasban::posture", "The device exposes a HID interface beside its other USB functions"),
        QT_TRANSLATE_NOOP("pasban::posture",
                          "A device that can act as a keyboard can type commands into the workstation it is "
                          "plugged into (keystroke injection) if its firmware is compromised."),
        QT_TRANSLATE_NOOP("pasban::posture",
                          "Ask the manufacturer what the HID function is for; where it is not needed, restrict "
                          "new keyboards on clinical workstations (USB device control policy)."));
    // Stored by an operator's SMP probe over the device's CDC-ACM port (Devices
    // page, core/smp/SmpProbe): the device answered management commands with no
    // authentication at all.
    static const UsbFunctionCheck smp(
        {u"usb.smp-unauthenticated"_s,
         Severity::High,
         QT_TRANSLATE_NOOP("pasban::posture", "SMP management open over USB without authentication"),
         u"SMP probe over the CDC-ACM serial port: echo, OS and image list answered (observation usb-smp-open)"_s,
         {{u"CONN-1.2.2"_s, u"SAHD-3.2"_s},
          {u"CR 1.2"_s, u"CR 2.1"_s, u"EDR 2.13"_s},
          {u"164.312(c)(1)"_s, u"164.312(d)"_s}}},
        u"usb-smp-open"_s,
        QT_TRANSLATE_NOOP("pasban::posture",
                          "The device answered SMP management commands over its USB serial port without "
                          "authentication"),
        QT_TRANSLATE_NOOP("pasban::posture",
                          "Anyone who plugs the device into a computer can list, upload and activate firmware "
                          "images and reset it; only the bootloader's signature check stands in the way."),
        QT_TRANSLATE_NOOP("pasban::posture",
                          "Ask the manufacturer to disable the SMP serial transport in production firmware or to "
                          "require authentication; keep the device away from shared computers and check that "
                          "MCUboot verifies image signatures."));
    return {&dfu, &storage, &hid, &smp};
}

} // namespace pasban::posture::checks
