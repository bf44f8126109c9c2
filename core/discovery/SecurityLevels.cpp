#include "SecurityLevels.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::discovery {

namespace {
Error malformed(const QString &why)
{
    return Error(u"discovery.securitylevels.malformed"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The device's declaration of its required Bluetooth security could not be read: "
                                   "it does not follow the specification. Treat the device's security as unknown."),
                 {}, why);
}
} // namespace

Result<QList<SecurityLevelRequirement>> SecurityLevels::parse(QByteArrayView value)
{
    if (value.isEmpty())
        return malformed(u"empty LE GATT Security Levels value"_s);
    if (value.size() % 2 != 0)
        return malformed(u"%1 octets is not a whole number of (mode, level) pairs"_s.arg(value.size()));
    QList<SecurityLevelRequirement> out;
    out.reserve(value.size() / 2);
    for (qsizetype i = 0; i < value.size(); i += 2) {
        const SecurityLevelRequirement entry {quint8(value[i]), quint8(value[i + 1])};
        if (entry.mode < 1 || entry.mode > 3)
            return malformed(u"security mode %1 at octet %2 (1 to 3 defined)"_s.arg(entry.mode).arg(i));
        // Core 5.x Vol 3 Part C §10.2: mode 1 has levels 1–4, mode 2 levels 1–2, mode 3 levels 1–3.
        const quint8 highest = entry.mode == 1 ? 4 : entry.mode == 2 ? 2 : 3;
        if (entry.level < 1 || entry.level > highest)
            return malformed(u"security level %1 at octet %2 (1 to %3 defined in mode %4)"_s.arg(entry.level)
                                 .arg(i + 1)
                                 .arg(highest)
                                 .arg(entry.mode));
        out.append(entry);
    }
    return out;
}

quint8 SecurityLevels::mode1Level(const QList<SecurityLevelRequirement> &requirements)
{
    quint8 level = 1;
    for (const auto &entry : requirements) {
        if (entry.mode == 1)
            level = std::max(level, entry.level);
    }
    return level;
}

} // namespace pasban::discovery
