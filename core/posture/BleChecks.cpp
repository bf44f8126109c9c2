// Checks on what a Bluetooth LE device reveals over the air: its advertisements
// and what an unauthenticated interrogation could read (REFERENCE.md §1).
#include "Checks.h"
#include "discovery/Identification.h"
#include "discovery/SecurityLevels.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace pasban::posture::checks {

namespace {

QString uuidLabel(const QBluetoothUuid &uuid)
{
    bool ok = false;
    const quint16 short16 = uuid.toUInt16(&ok);
    const QString code = ok ? u"0x"_s + QString::number(short16, 16).toUpper().rightJustified(4, u'0')
                            : uuid.toString(QUuid::WithoutBraces).toLower();
    const QString name = discovery::characteristicName(uuid).isEmpty() ? discovery::serviceName(uuid)
                                                                       : discovery::characteristicName(uuid);
    return name.isEmpty() ? code : u"%1 %2"_s.arg(name, code);
}

// Probe verdicts show what a stranger can do only when the console was not bonded.
bool unauthenticated(const InterrogationFacts &interrogation)
{
    return interrogation.method != u"ble-gatt-bonded"_s;
}

class HealthDataUnauthenticated final : public Check
{
public:
    CheckInfo info() const override
    {
        return {u"ble.health-data-unauthenticated"_s,
                Severity::High,
                QT_TRANSLATE_NOOP("pasban::posture", "Health data readable without pairing"),
                u"interrogation: protection probe of each health measurement characteristic"_s,
                {{u"TXCF-2"_s, u"MPII-3.6"_s, u"CONN-1.1.2"_s},
                 {u"CR 1.2"_s, u"CR 4.1"_s},
                 {u"164.312(a)(1)"_s, u"164.312(e)(1)"_s},
                 {},
                 {u"ICSMA-24-254-01"_s},
                 {u"CWE-319"_s}}};
    }

    void evaluate(const DeviceFacts &facts, const PostureContext &, QList<Finding> &out) const override
    {
        if (!facts.interrogation || !unauthenticated(*facts.interrogation))
            return;
        Finding finding = makeFinding();
        for (const ProbeFact &probe : facts.interrogation->probe) {
            if (probe.verdict != u"open"_s)
                continue;
            const Text what = probe.operation == u"read"_s
                ? Text::of(QT_TRANSLATE_NOOP("pasban::posture", "%1 could be read without pairing"),
                           {uuidLabel(probe.characteristic)})
                : Text::of(QT_TRANSLATE_NOOP("pasban::posture", "%1 delivered data without pairing (%2)"),
                           {uuidLabel(probe.characteristic), probe.operation});
            finding.evidence.append(interrogationEvidence(*facts.interrogation, what));
        }
        if (finding.evidence.isEmpty())
            return;
        finding.why = Text::of(QT_TRANSLATE_NOOP(
            "pasban::posture",
            "Anyone within radio range can read this patient's measurements, and nothing on the link proves they "
            "come from this device. Measurements are protected health information."));
        finding.remediation = Text::of(QT_TRANSLATE_NOOP(
            "pasban::posture",
            "Ask the manufacturer for firmware that requires authenticated pairing (LE Secure Connections) for "
            "the health service; until then keep the device where strangers cannot come within range, and pair "
            "it only with the hospital's gateway."));
        out.append(finding);
    }
};

class SmpUnauthenticated final : public Check
{
public:
    CheckInfo info() const override
    {
        return {u"ble.smp-unauthenticated"_s,
                Severity::Critical,
                QT_TRANSLATE_NOOP("pasban::posture", "Firmware management open to anyone in range"),
                u"interrogation: SMP echo written without pairing"_s,
                {{u"SAHD-3.2"_s, u"CONN-1.1.2"_s},
                 {u"CR 2.1"_s, u"CR 3.4"_s, u"EDR 3.10"_s},
                 {u"164.312(c)(1)"_s, u"164.312(d)"_s},
                 {},
                 {u"ICSMA-26-148-01"_s},
                 {u"CWE-306"_s}}};
    }

    void evaluate(const DeviceFacts &facts, const PostureContext &, QList<Finding> &out) const override
    {
        if (!facts.interrogation || !unauthenticated(*facts.interrogation) || facts.interrogation->smpOpen != true)
            return;
        Finding finding = makeFinding();
        finding.evidence.append(interrogationEvidence(
            *facts.interrogation,
            Text::of(QT_TRANSLATE_NOOP("pasban::posture",
                                       "The SMP management characteristic accepted a write and answered an echo "
                                       "request without pairing"))));
        finding.why = Text::of(QT_TRANSLATE_NOOP(
            "pasban::posture",
            "Whoever can write to the management service can upload firmware, erase images or reset the device "
            "during therapy. SMP has no authentication of its own: the link must provide it."));
        finding.remediation = Text::of(QT_TRANSLATE_NOOP(
            "pasban::posture",
            "Have the firmware built with the SMP Bluetooth transport set to require authenticated pairing "
            "(Zephyr: the \"authenticated\" permission level), or disable the management service in clinical "
            "builds. Update the device only through Pasban with signed, approved packages."));
        out.append(finding);
    }
};

class NoMitmProtection final : public Check
{
public:
    CheckInfo info() const override
    {
        return {u"ble.no-mitm-protection"_s,
                Severity::Medium,
                QT_TRANSLATE_NOOP("pasban::posture", "Patient-data device declares no protection against impostors"),
                u"interrogation: LE GATT Security Levels (0x2BF5)"_s,
                {{u"TXCF-2"_s, u"MPII-3.6"_s}, {u"CR 1.2"_s, u"CR 3.1"_s}, {u"164.312(e)(1)"_s, u"164.312(d)"_s}}};
    }

    void evaluate(const DeviceFacts &facts, const PostureContext &, QList<Finding> &out) const override
    {
        if (!facts.interrogation || !facts.interrogation->securityLevels || !facts.carriesPatientData())
            return;
        const Result<QList<discovery::SecurityLevelRequirement>> levels =
            discovery::SecurityLevels::parse(*facts.interrogation->securityLevels);
        if (!levels)
            return; // a malformed declaration proves nothing either way
        const quint8 level = discovery::SecurityLevels::mode1Level(*levels);
        if (level >= 3)
            return;
        Finding finding = makeFinding();
        finding.evidence.append(interrogationEvidence(
            *facts.interrogation,
            Text::of(QT_TRANSLATE_NOOP("pasban::posture",
                                       "LE GATT Security Levels reads %1: LE security mode 1, level %2 at most "
                                       "(level 3 or 4 is needed for authenticated pairing)"),
                     {QString::fromLatin1(facts.interrogation->securityLevels->toHex()), QString::number(level)})));
        finding.why = Text::of(QT_TRANSLATE_NOOP(
            "pasban::posture",
            "The device itself says it never requires authenticated (MITM-protected) pairing, so a nearby attacker "
            "can pose as the gateway or as the device and read or alter measurements."));
        finding.remediation = Text::of(QT_TRANSLATE_NOOP(
            "pasban::posture",
            "Ask the manufacturer whether a firmware or configuration requires LE Secure Connections with "
            "authentication (mode 1 level 4); record the answer in the device's MDS2 and accept the risk only with "
            "an expiry date."));
        out.append(finding);
    }
};

class TrackableIdentity final : public Check
{
public:
    CheckInfo info() const override
    {
        return {u"ble.trackable-identity"_s,
                Severity::Medium,
                QT_TRANSLATE_NOOP("pasban::posture", "Wearer can be tracked and their condition inferred"),
                u"scan: address type together with health services or appearance"_s,
                {{u"MPII-3.6"_s, u"DIDT"_s}, {u"CR 4.1"_s}, {u"164.312(e)(1)"_s}}};
    }

    void evaluate(const DeviceFacts &facts, const PostureContext &, QList<Finding> &out) const override
    {
        if (facts.transport != u"ble"_s || !facts.carriesPatientData())
            return;
        if (facts.addressType != u"public"_s && facts.addressType != u"random-static"_s)
            return;
        Finding finding = makeFinding();
        Evidence evidence;
        evidence.what =
            Text::of(QT_TRANSLATE_NOOP("pasban::posture", "Advertises from the fixed %1 address %2 as a %3"),
                     {facts.addressType, facts.address, facts.deviceClass});
        evidence.when = facts.lastSeen;
        evidence.how = u"scan"_s;
        finding.evidence.append(evidence);
        finding.why = Text::of(QT_TRANSLATE_NOOP(
            "pasban::posture",
            "An address that never changes lets anyone with a receiver follow the wearer, and the advertised "
            "health service tells them the wearer's condition."));
        finding.remediation = Text::of(QT_TRANSLATE_NOOP(
            "pasban::posture",
            "Prefer devices that use resolvable private addresses (privacy) and advertise no health service "
            "until bonded; ask the manufacturer whether privacy can be enabled."));
        out.append(finding);
    }
};

// A masked form that shows the shape of a name but not the name.
QString masked(const QString &name)
{
    QString out;
    bool wordStart = true;
    for (const QChar c : name) {
        if (c.isLetterOrNumber()) {
            out += wordStart ? c : QChar(u'•');
            wordStart = false;
        } else {
            out += c;
            wordStart = true;
        }
    }
    return out;
}

class PersonalName final : public Check
{
public:
    CheckInfo info() const override
    {
        return {u"ble.personal-name"_s,
                Severity::High,
                QT_TRANSLATE_NOOP("pasban::posture", "Advertised name carries a person's name or record number"),
                u"scan: advertised local name"_s,
                {{u"DIDT"_s, u"MPII-3.6"_s}, {u"CR 4.1"_s}, {u"164.312(a)(1)"_s, u"164.312(e)(1)"_s}}};
    }

    void evaluate(const DeviceFacts &facts, const PostureContext &, QList<Finding> &out) const override
    {
        if (facts.name.isEmpty())
            return;
        // A possessive ("Maria's"), a title before a capitalised word ("Mr Rahimi"),
        // a record keyword before a number ("MRN 448812"), or six digits in a row.
        static const QRegularExpression person(uR"((\b\p{Lu}\p{Ll}+['’]s\b)|(\b(Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}))"_s);
        static const QRegularExpression record(
            uR"((\b(MRN|PID|UHID|patient|pt|record|rec)\b\s*[:#.\-]?\s*\d+)|(\d{6,}))"_s,
            QRegularExpression::CaseInsensitiveOption);
        const bool isPerson = person.match(facts.name).hasMatch();
        const bool isRecord = record.match(facts.name).hasMatch();
        if (!isPerson && !isRecord)
            return;
        Finding finding = makeFinding();
        Evidence evidence;
        evidence.what = isPerson
            ? Text::of(QT_TRANSLATE_NOOP("pasban::posture",
                                         "The advertised name looks like it holds a person's name (masked: %1)"),
                       {masked(facts.name)})
            : Text::of(QT_TRANSLATE_NOOP("pasban::posture",
                                         "The advertised name looks like it holds a record number (masked: %1)"),
                       {masked(facts.name)});
        evidence.when = facts.lastSeen;
        evidence.how = u"scan"_s;
        finding.evidence.append(evidence);
        finding.why = Text::of(QT_TRANSLATE_NOOP(
            "pasban::posture",
            "Every receiver in range sees the advertised name. A name or record number there identifies the patient "
            "together with their device and condition."));
        finding.remediation = Text::of(QT_TRANSLATE_NOOP(
            "pasban::posture",
            "Rename the device to an asset tag or a neutral model name, and check the ward's set-up procedure so "
            "staff do not type patients' names into device names."));
        out.append(finding);
    }
};

class HealthDataAdvertised final : public Check
{
public:
    CheckInfo info() const override
    {
        return {u"ble.health-data-advertised"_s,
                Severity::High,
                QT_TRANSLATE_NOOP("pasban::posture", "Health measurements broadcast in advertisements"),
                u"scan: service data under a health service or measurement UUID"_s,
                {{u"TXCF-2"_s, u"MPII-3.6"_s},
                 {u"CR 4.1"_s},
                 {u"164.312(e)(1)"_s, u"164.312(e)(2)(ii)"_s},
                 {},
                 {u"ICSMA-24-254-01"_s},
                 {u"CWE-319"_s}}};
    }

    void evaluate(const DeviceFacts &facts, const PostureContext &, QList<Finding> &out) const override
    {
        if (!facts.advertisement)
            return;
        Finding finding = makeFinding();
        for (auto it = facts.advertisement->serviceDataSizes.cbegin();
             it != facts.advertisement->serviceDataSizes.cend(); ++it) {
            if (it.value() <= 0
                || !(isHealthService(it.key()) || discovery::isHealthMeasurementCharacteristic(it.key())))
                continue;
            Evidence evidence;
            evidence.what =
                Text::of(QT_TRANSLATE_NOOP("pasban::posture", "Advertisements carry %1 bytes of service data for %2"),
                         {QString::number(it.value()), uuidLabel(it.key())});
            evidence.when = facts.advertisement->seen;
            evidence.how = u"scan"_s;
            finding.evidence.append(evidence);
        }
        if (finding.evidence.isEmpty())
            return;
        finding.why = Text::of(QT_TRANSLATE_NOOP(
            "pasban::posture",
            "Advertisements are broadcast in clear to every receiver, without any connection: whoever listens "
            "collects the measurements."));
        finding.remediation = Text::of(QT_TRANSLATE_NOOP(
            "pasban::posture",
            "Ask the manufacturer for firmware that sends measurements only over an encrypted, authenticated "
            "connection; until then treat the readings as public and keep the device away from public areas."));
        out.append(finding);
    }
};

} // namespace

QList<const Check *> bleChecks()
{
    static const HealthDataUnauthenticated healthData;
    static const SmpUnauthenticated smp;
    static const NoMitmProtection mitm;
    static const TrackableIdentity trackable;
    static const PersonalName personalName;
    static const HealthDataAdvertised advertised;
    return {&smp, &healthData, &advertised, &personalName, &mitm, &trackable};
}

} // namespace pasban::posture::checks
